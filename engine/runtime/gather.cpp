#include "runtime/gather.hpp"

#include <algorithm>
#include <memory>
#include <unordered_set>

#include "runtime/callback_labels.hpp"
#include "runtime/event_loop.hpp"

namespace coroscope::rt {

void GatheringFuture::waits_on(std::vector<std::uint64_t>& out) const {
  for (auto& c : children_) {
    if (c->is_task()) out.push_back(c->id());
  }
}

bool GatheringFuture::cancel(Value msg) {
  if (done()) return false;
  bool ret = false;
  for (auto& child : children_) {
    if (child->cancel(msg)) ret = true;
  }
  if (ret) cancel_requested_ = true;
  return ret;
}

Ref<Future> gather(EventLoop& loop, const std::vector<Ref<Future>>& args, bool return_exceptions) {
  if (args.empty()) {
    Ref<Future> outer = loop.create_future();
    outer->set_result(loop.lang().make_list({}));
    return outer;
  }
  // A set, not a scan of `unique`: gather over thousands of tasks must stay linear.
  std::vector<Ref<Future>> unique;
  std::unordered_set<Future*> seen;
  seen.reserve(args.size());
  for (auto& a : args) {
    if (seen.insert(a.get()).second) unique.push_back(a);
  }
  Ref<GatheringFuture> outer(new GatheringFuture(loop, args));
  // Also without a tracer: the deadlock report names it.
  outer->set_label(loop.lang().labels.intern("gather(" + std::to_string(args.size()) +
                                             (args.size() == 1 ? " child)" : " children)")));
  struct State {
    std::size_t nfuts = 0, nfinished = 0;
  };
  auto st = std::make_shared<State>();
  st->nfuts = unique.size();
  GatheringFuture* raw = outer.get();
  for (auto& fut : unique) {
    // The callback owns the outer future while a child is pending; the reference drops with
    // the callback once the child is done.
    fut->add_done_callback(
        [st, outer = Ref<GatheringFuture>(raw), return_exceptions](Future* f) {
          ++st->nfinished;
          Language& lang = f->loop().lang();
          if (outer->done()) {
            if (!f->cancelled()) f->exception();  // mark the exception as retrieved
            return;
          }
          if (!return_exceptions) {
            if (f->cancelled()) {
              outer->set_cause("a child was cancelled");
              outer->set_exception(f->make_cancelled_error());
              return;
            }
            Value exc = f->exception().value;
            if (exc) {
              outer->set_cause("a child raised");
              outer->set_exception(exc);
              return;
            }
          }
          if (st->nfinished == st->nfuts) {
            std::vector<Value> results;
            for (auto& child : outer->children()) {
              if (child->cancelled()) {
                Value msg = child->cancel_message() ? child->cancel_message() : lang.make_str("");
                results.push_back(lang.make_cancelled_error(msg));
              } else {
                Result r = child->exception();
                results.push_back(r.value ? r.value : child->result().value);
              }
            }
            outer->set_cause("all children done");
            if (outer->cancel_requested()) {
              outer->set_exception(f->make_cancelled_error());
            } else {
              outer->set_result(lang.make_list(std::move(results)));
            }
          }
        },
        {}, labels::kGather);
  }
  return outer;
}

Ref<Future> gather(const std::vector<Ref<Future>>& children, bool return_exceptions) {
  return gather(running_loop(), children, return_exceptions);
}

}  // namespace coroscope::rt
