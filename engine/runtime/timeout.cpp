#include "runtime/timeout.hpp"

namespace coroscope::rt {

Value Timeout::reschedule(std::optional<double> when) {
  EventLoop& loop = running_loop();
  if (state_ != State::Entered) {
    if (state_ == State::Created)
      return loop.lang().make_runtime_error("Timeout has not been entered");
    static const char* names[] = {"created", "active", "expiring", "expired", "finished"};
    return loop.lang().make_runtime_error(std::string("Cannot change state of ") +
                                          names[static_cast<int>(state_)] + " Timeout");
  }
  when_ = when;
  if (handler_) handler_->cancel();
  if (!when) {
    handler_ = nullptr;
  } else {
    Ref<Timeout> self(this);
    Callback cb = [self](Future*) { self->on_timeout(); };
    Label label = label_ ? label_ : loop.label("timeout");
    handler_ = *when <= loop.time() ? loop.call_soon(std::move(cb), {}, label)
                                    : loop.call_at(*when, std::move(cb), {}, label);
  }
  return {};
}

Co<void> Timeout::aenter() {
  Ref<Timeout> self(this);
  Language& lang = running_loop().lang();
  if (state_ != State::Created)
    co_await raise(lang.make_runtime_error("Timeout has already been entered"));
  Task* task = current_task();
  if (!task) co_await raise(lang.make_runtime_error("Timeout should be used inside a task"));
  state_ = State::Entered;
  task_ = Ref<Task>(task);
  cancelling_ = task->cancelling();
  if (Value e = reschedule(when_)) co_await raise(e);
}

Co<void> Timeout::aexit(Value exc) {
  Ref<Timeout> self(this);
  Language& lang = running_loop().lang();
  if (handler_) {
    handler_->cancel();
    handler_ = nullptr;
  }
  if (state_ == State::Expiring) {
    state_ = State::Expired;
    if (task_->uncancel() <= cancelling_ && exc && lang.is_cancelled_error(exc)) {
      Value te = lang.make_timeout_error();
      lang.set_cause(te, exc);
      lang.set_context(te, exc);
      task_ = nullptr;
      co_await raise(te);
    }
  } else if (state_ == State::Entered) {
    state_ = State::Exited;
  }
  task_ = nullptr;  // the scope is over: drop the task (CPython keeps it until collected)
  co_return;
}

void Timeout::on_timeout() {
  task_->cancel();
  state_ = State::Expiring;
  handler_ = nullptr;  // breaks the cycle timeout -> handle -> callback -> timeout
}

Ref<Timeout> timeout(std::optional<double> delay, Label label) {
  EventLoop& loop = running_loop();
  return make_ref<Timeout>(delay ? std::optional<double>(loop.time() + *delay) : std::nullopt,
                           label);
}

Ref<Timeout> timeout_at(std::optional<double> when, Label label) {
  return make_ref<Timeout>(when, label);
}

}  // namespace coroscope::rt
