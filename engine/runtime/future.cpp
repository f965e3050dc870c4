#include "runtime/future.hpp"

#include <algorithm>

#include "runtime/callback_labels.hpp"
#include "runtime/event_loop.hpp"

namespace coroscope::rt {

Ref<Future> Future::create(EventLoop& loop) { return Ref<Future>(new Future(loop)); }

Future::Future(EventLoop& loop) : loop_(&loop), id_(loop.next_id()) {}

Future::~Future() {
  if (log_traceback_ && !loop_->is_closed()) {
    // Future.__del__: nobody looked at the exception. The object is being destroyed, so the
    // handler gets the exception only.
    loop_->call_exception_handler(
        {is_task() ? "Task exception was never retrieved" : "Future exception was never retrieved",
         exception_,
         {}});
  }
}

Value Future::make_cancelled_error() {
  if (cancelled_exc_) return std::exchange(cancelled_exc_, nullptr);
  return loop_->lang().make_cancelled_error(cancel_message_);
}

bool Future::cancel(Value msg) { return cancel_future(std::move(msg)); }

bool Future::cancel_future(Value msg) {
  log_traceback_ = false;
  if (state_ != State::Pending) return false;
  state_ = State::Cancelled;
  cancel_message_ = std::move(msg);
  trace_done();
  schedule_callbacks();
  return true;
}

Value Future::set_result(Value v) {
  if (state_ != State::Pending) {
    return loop_->lang().make_invalid_state_error(state_ == State::Cancelled ? "CANCELLED"
                                                                             : "FINISHED");
  }
  result_ = std::move(v);
  state_ = State::Finished;
  trace_done();
  schedule_callbacks();
  return {};
}

Value Future::set_exception(Value e) {
  if (state_ != State::Pending) {
    return loop_->lang().make_invalid_state_error(state_ == State::Cancelled ? "CANCELLED"
                                                                             : "FINISHED");
  }
  exception_ = std::move(e);
  state_ = State::Finished;
  trace_done();
  schedule_callbacks();
  log_traceback_ = true;
  return {};
}

void Future::trace_done() {
  if (!is_task() || !loop_->tracing()) return;
  TaskOutcome what = state_ == State::Cancelled ? TaskOutcome::Cancelled
                     : exception_               ? TaskOutcome::Exception
                                                : TaskOutcome::Result;
  const Value& v = state_ == State::Cancelled ? cancel_message_ : exception_ ? exception_ : result_;
  loop_->emit({.kind = TraceKind::TaskDone,
               .flag = static_cast<std::uint8_t>(what),
               .task = id_,
               .value = &v});
}

const char* Future::label_text() const {
  if (label_) return loop_->lang().labels.text(label_).c_str();
  return label_literal_ ? label_literal_ : "";
}

Label Future::trace_label() const {
  if (label_) return label_;
  return label_literal_ ? loop_->lang().labels.literal(label_literal_) : 0;
}

void Future::waits_on(std::vector<std::uint64_t>& out) const {
  std::uint64_t t = on_ref_ ? *on_ref_ : on_;
  if (t) out.push_back(t);
}

void Future::set_cause(const char* literal) {
  if (loop_->tracing()) cause_ = loop_->lang().labels.literal(literal);
}

Label Future::cause() const {
  if (cause_) return cause_;
  Labels& l = loop_->lang().labels;
  if (is_task()) {
    return l.literal(state_ == State::Cancelled ? "@ cancelled"
                     : exception_               ? "@ raised"
                                                : "@ returned");
  }
  // A timer's callback completing it: the timer is the cause, named after what armed it for a
  // cancel (`timeout(1)`).
  bool timer = loop_->in_timer_callback() && !loop_->current_task_id();
  if (state_ == State::Cancelled) {
    Label armed = timer ? loop_->running_handle_label() : 0;
    return armed ? armed : l.literal("cancel");
  }
  if (timer) return l.literal("timer");
  return l.literal(exception_ ? "set_exception" : "set_result");
}

// Every callback a completed future queues goes through here: a task's wake-up is reported with
// its cause (what completed the future, and which task did) before it enters the ready queue.
void Future::schedule(Entry& e) {
  if (!loop_->tracing()) {
    loop_->schedule(std::move(e.fn), Ref<Future>(this), std::move(e.ctx));
    return;
  }
  if (e.task) {
    bool message = state_ == State::Cancelled && !is_task() && cancel_message_;
    loop_->emit({.kind = TraceKind::Woken,
                 .task = e.task,
                 .other = id_,
                 .by = loop_->current_task_id(),
                 .label = cause(),
                 .value = message ? &cancel_message_ : nullptr});
    loop_->schedule(std::move(e.fn), Ref<Future>(this), std::move(e.ctx), HandleRole::Wakeup,
                    e.task);
    return;
  }
  Label l = e.trace_label;
  if (!l && e.label) l = loop_->lang().labels.literal(labels::short_name(e.label));
  loop_->schedule(std::move(e.fn), Ref<Future>(this), std::move(e.ctx), HandleRole::Callback, 0, l);
}

Result Future::result() {
  if (state_ == State::Cancelled) return {{}, make_cancelled_error()};
  if (state_ != State::Finished) {
    return {{}, loop_->lang().make_invalid_state_error("Result is not set.")};
  }
  log_traceback_ = false;
  if (exception_) return {{}, exception_};
  return {result_, {}};
}

Result Future::exception() {
  if (state_ == State::Cancelled) return {{}, make_cancelled_error()};
  if (state_ != State::Finished) {
    return {{}, loop_->lang().make_invalid_state_error("Exception is not set.")};
  }
  log_traceback_ = false;
  return {exception_, {}};
}

CallbackId Future::add_done_callback(Callback cb, Value ctx, const char* label, std::uint64_t task,
                                     Label trace_label) {
  CallbackId id = loop_->next_id();
  if (state_ != State::Pending) {
    Entry e{std::move(cb), std::move(ctx), id, label, task, trace_label};
    schedule(e);
  } else {
    if (!ctx) ctx = loop_->lang().copy_context();
    if (!has_first_ && more_.empty()) {
      first_ = {std::move(cb), std::move(ctx), id, label, task, trace_label};
      has_first_ = true;
    } else {
      more_.push_back({std::move(cb), std::move(ctx), id, label, task, trace_label});
    }
  }
  return id;
}

std::vector<std::pair<CallbackId, const char*>> Future::callbacks() const {
  std::vector<std::pair<CallbackId, const char*>> out;
  if (has_first_) out.emplace_back(first_.id, first_.label);
  for (const Entry& e : more_) out.emplace_back(e.id, e.label);
  return out;
}

std::size_t Future::remove_done_callback(CallbackId id) {
  std::size_t n = 0;
  if (has_first_ && first_.id == id) {
    first_ = {};
    has_first_ = false;
    ++n;
  }
  auto it = std::remove_if(more_.begin(), more_.end(), [id](const Entry& e) { return e.id == id; });
  n += static_cast<std::size_t>(more_.end() - it);
  more_.erase(it, more_.end());
  return n;
}

void Future::drop_callbacks() {
  first_ = {};
  has_first_ = false;
  more_.clear();
}

void Future::add_immediate_callback(SmallFn<void(Future*)> cb) {
  if (done()) {
    cb(this);
    return;
  }
  if (!immediate_) immediate_ = std::make_unique<std::vector<SmallFn<void(Future*)>>>();
  immediate_->push_back(std::move(cb));
}

void Future::schedule_callbacks() {
  if (immediate_) {
    auto now = std::move(immediate_);
    for (auto& cb : *now) cb(this);
  }
  // Registration order: the inline entry was registered before anything in more_ (a removed
  // inline entry is never refilled while more_ holds entries).
  if (has_first_) {
    has_first_ = false;
    Entry e = std::move(first_);
    first_ = {};
    schedule(e);
  }
  if (more_.empty()) return;
  auto cbs = std::move(more_);
  more_.clear();
  for (auto& e : cbs) schedule(e);
}

}  // namespace coroscope::rt
