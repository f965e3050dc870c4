// asyncio.wait, wait_for (as CPython 3.11 implements it, before the timeout-based rewrite),
// as_completed, and the helpers they share.
#pragma once

#include <memory>
#include <optional>
#include <vector>

#include "runtime/native_coro.hpp"
#include "runtime/queues.hpp"

namespace coroscope::rt {

enum class ReturnWhen : std::uint8_t { FirstCompleted, FirstException, AllCompleted };

// CPython returns two sets; these keep the order of the futures given (see docs/RUNTIME.md).
struct WaitResult {
  std::vector<Ref<Future>> done;
  std::vector<Ref<Future>> pending;
};

// wait(fs) never raises TimeoutError and never cancels anything.
Co<WaitResult> wait(std::vector<Ref<Future>> fs, std::optional<double> timeout = std::nullopt,
                    ReturnWhen when = ReturnWhen::AllCompleted);

// wait_for(fut, timeout): on timeout cancels fut, waits for it to finish cancelling, then raises
// TimeoutError (or returns fut's value if it suppressed the cancel).
// `label` is what the wait is called in the trace (`wait_for(timeout=1)`); 0: "wait_for".
Co<Value> wait_for(Ref<Future> fut, std::optional<double> timeout, Label label = 0);
// wait_for(coro, timeout): with no timeout the coroutine is awaited inline, else wrapped in a
// task (ensure_future).
Co<Value> wait_for(Co<Value> coro, std::optional<double> timeout);

// as_completed(fs, timeout): next() is the i-th `_wait_for_one()` coroutine; call it size() times.
class AsCompleted {
 public:
  AsCompleted(std::vector<Ref<Future>> fs, std::optional<double> timeout);
  std::size_t size() const noexcept { return count_; }
  Co<Value> next();

  struct State;

 private:
  std::shared_ptr<State> st_;
  std::size_t count_;
};

// _cancel_and_wait: cancel fut and wait until it is done.
Co<void> cancel_and_wait(Ref<Future> fut);

}  // namespace coroscope::rt
