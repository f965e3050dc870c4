#include "runtime/shield.hpp"

#include <memory>

#include "runtime/callback_labels.hpp"
#include "runtime/event_loop.hpp"

namespace coroscope::rt {

Ref<Future> shield(const Ref<Future>& inner) {
  if (inner->done()) return inner;
  EventLoop& loop = inner->loop();
  Ref<Future> outer = loop.create_future();
  if (inner->is_task()) {
    outer->set_waits_on(inner->id());
    // Also without a tracer: the deadlock report names it.
    outer->set_label(
        loop.lang().labels.intern("shield(" + static_cast<const Task*>(inner.get())->name() + ")"));
  } else {
    outer->set_label("shield(Future)");
  }
  // The inner callback holds the outer; the outer callback removes the inner one by id.
  auto inner_cb = std::make_shared<CallbackId>(0);
  *inner_cb = inner->add_done_callback(
      [outer](Future* in) {
        if (outer->cancelled()) {
          if (!in->cancelled()) in->exception();  // mark it retrieved
          return;
        }
        outer->set_cause("shielded task done");
        if (in->cancelled()) {
          outer->cancel();
        } else {
          Result r = in->exception();
          if (r.value) {
            outer->set_exception(r.value);
          } else {
            outer->set_result(in->result().value);
          }
        }
      },
      {}, labels::kShieldInner);
  outer->add_done_callback(
      [inner, inner_cb](Future*) {
        if (!inner->done()) inner->remove_done_callback(*inner_cb);
      },
      {}, labels::kShieldOuter);
  return outer;
}

}  // namespace coroscope::rt
