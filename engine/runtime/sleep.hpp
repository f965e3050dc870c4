// asyncio.sleep: sleep(0) is a bare yield; otherwise a future resolved by a call_later timer,
// whose handle is cancelled on the way out.
#pragma once

#include "runtime/native_coro.hpp"

namespace coroscope::rt {

// `label` is what the wait is called in the trace (`sleep(1.0)`, the delay as the program wrote
// it); 0: "sleep".
Co<Value> sleep(double delay, Value result = {}, Label label = 0);

// Cancels a timer handle when the scope ends (the `finally: h.cancel()` of CPython's ports).
struct CancelOnExit {
  Ref<Handle> handle;
  ~CancelOnExit() {
    if (handle) handle->cancel();
  }
};

}  // namespace coroscope::rt
