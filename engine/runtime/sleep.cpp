#include "runtime/sleep.hpp"

namespace coroscope::rt {

Co<Value> sleep(double delay, Value result, Label label) {
  if (delay <= 0) {
    co_await yield_now();
    co_return result;
  }
  EventLoop& loop = running_loop();
  Ref<Future> future = loop.create_future();
  if (label) {
    future->set_label(label);
  } else {
    future->set_label("sleep");
  }
  CancelOnExit h{loop.call_later(
      delay,
      [future, result](Future*) {
        if (!future->cancelled()) future->set_result(result);  // _set_result_unless_cancelled
      },
      {}, loop.tracing() ? future->trace_label() : 0)};
  co_return co_await future;
}

}  // namespace coroscope::rt
