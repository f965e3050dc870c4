// What asyncio.run, Runner.run and loop.run_until_complete leave for the host when they suspend
// the interpreter (lang::VM::canSuspendHost) instead of running the loop inside the call: the
// host drives `loop` until `future` is done (EventLoop::begin_until, step, end_until), then
// resumes the interpreter with complete(outcome), the value the native call returns.
#pragma once

#include <functional>

#include "lang/vm.hpp"
#include "runtime/event_loop.hpp"

namespace coroscope::modules {

struct LoopWait final : lang::HostRequest {
  rt::EventLoop* loop = nullptr;
  rt::Ref<rt::Future> future;
  std::function<lang::Value(const rt::Result&)> complete;
};

}  // namespace coroscope::modules
