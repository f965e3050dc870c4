// asyncio.sleep: sleep(0) is a bare yield; otherwise a future resolved by a call_later timer,
// whose handle is cancelled on the way out.
#pragma once

#include "runtime/native_coro.hpp"

namespace coroscope::rt {

Co<Value> sleep(double delay, Value result = {});

// Cancels a timer handle when the scope ends (the `finally: h.cancel()` of CPython's ports).
struct CancelOnExit {
  Ref<Handle> handle;
  ~CancelOnExit() {
    if (handle) handle->cancel();
  }
};

}  // namespace coroscope::rt
