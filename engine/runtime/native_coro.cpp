#include "runtime/native_coro.hpp"

namespace coroscope::rt {

StepResult NativeCoro::send(Value) {
  if (!top_) return StepResult::raise(nullptr);
  return run();
}

StepResult NativeCoro::throw_(Value exc) {
  if (!top_) return StepResult::raise(std::move(exc));
  if (top_->catching) {
    top_->in_exc = std::move(exc);
    return run();
  }
  StepResult out;
  if (unwind(std::move(exc), out)) return out;
  return run();
}

void NativeCoro::close() {
  while (top_) {
    detail::FrameBase* f = top_;
    top_ = f->parent;
    f->handle.destroy();
  }
}

StepResult NativeCoro::run() {
  for (;;) {
    detail::FrameBase* top = top_;
    act_ = Act::None;
    top->handle.resume();
    if (finished_) std::exchange(finished_, nullptr)->handle.destroy();
    switch (act_) {
      case Act::Push:
        pushed_->parent = top_;
        top_ = pushed_;
        continue;
      case Act::Block:
        return StepResult::block(std::move(blocked_));
      case Act::Yield:
        return StepResult::yield();
      case Act::Sleep:
        return StepResult::sleep(sleep_);
      case Act::Done:
        if (!top->parent) {
          Value v = take_root_(top);
          top_ = nullptr;
          top->handle.destroy();
          return StepResult::ret(std::move(v));
        }
        top_ = top->parent;
        finished_ = top;  // destroyed once the parent has taken the result
        continue;
      case Act::Raise: {
        StepResult out;
        if (unwind(std::move(exc_), out)) return out;
        continue;
      }
      case Act::None:
        // Something resumed without going through an awaiter of ours.
        std::terminate();
    }
  }
}

bool NativeCoro::unwind(Value e, StepResult& out) {
  for (;;) {
    detail::FrameBase* f = top_;
    top_ = f->parent;
    f->handle.destroy();  // destructors run, innermost first, like `finally` blocks
    if (!top_) {
      out = StepResult::raise(std::move(e));
      return true;
    }
    if (top_->catching) {
      top_->in_exc = std::move(e);
      return false;
    }
  }
}

}  // namespace coroscope::rt
