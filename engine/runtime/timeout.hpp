// asyncio.timeout / timeout_at (timeouts.py, 3.11): on expiry the current task is cancelled; on
// exit the CancelledError becomes TimeoutError only if this scope's cancel is the last one
// outstanding (uncancel() <= cancelling-at-entry), so nested scopes work through the counts.
#pragma once

#include <optional>

#include "runtime/native_coro.hpp"
#include "runtime/object_base.hpp"

namespace coroscope::rt {

class Timeout final : public RcObject {
 public:
  enum class State : std::uint8_t { Created, Entered, Expiring, Expired, Exited };
  // `label` is what its timer is called in the trace (`timeout(1)`); 0: "timeout".
  explicit Timeout(std::optional<double> when, Label label = 0) : when_(when), label_(label) {}

  std::optional<double> when() const noexcept { return when_; }
  // RuntimeError as a value if the timeout is not active.
  Value reschedule(std::optional<double> when);
  bool expired() const noexcept { return state_ == State::Expiring || state_ == State::Expired; }
  State state() const noexcept { return state_; }

  // async with: aenter(), then aexit(the body's exception or null). aexit raises TimeoutError
  // when this scope expired and converts the body's CancelledError; otherwise it returns and
  // the caller re-raises the body's exception, as `async with` does.
  Co<void> aenter();
  Co<void> aexit(Value exc);

 private:
  void on_timeout();
  State state_ = State::Created;
  std::optional<double> when_;
  Ref<Handle> handler_;
  Ref<Task> task_;
  int cancelling_ = 0;
  Label label_;
};

Ref<Timeout> timeout(std::optional<double> delay, Label label = 0);
Ref<Timeout> timeout_at(std::optional<double> when, Label label = 0);

}  // namespace coroscope::rt
