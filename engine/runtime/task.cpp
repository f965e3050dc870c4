#include "runtime/task.hpp"

#include "runtime/callback_labels.hpp"
#include "runtime/event_loop.hpp"

namespace coroscope::rt {

Ref<Task> Task::create(EventLoop& loop, std::unique_ptr<CoroLike> coro, TaskOptions opts) {
  bool eager = opts.eager && get_running_loop() == &loop;
  Ref<Task> t(new Task(loop, std::move(coro), std::move(opts)));
  if (eager) {
    // 3.12 __eager_start: the first step runs now, as the current task.
    Language& lang = loop.lang();
    Task* prev = loop.swap_current_task(t.get());
    if (t->context_) lang.enter_context(t->context_);
    t->step_body({});
    if (t->context_) lang.exit_context(t->context_);
    loop.swap_current_task(prev);
    if (!t->done()) loop.register_task(t.get());
  } else {
    t->schedule_step({});
    loop.register_task(t.get());
  }
  return t;
}

Task::Task(EventLoop& loop, std::unique_ptr<CoroLike> coro, TaskOptions&& opts)
    : Future(loop), coro_(std::move(coro)), context_(std::move(opts.context)) {
  task_ = true;
  Language& lang = loop.lang();
  // CPython 3.11's C Task draws a number even when a name is given.
  number_ = lang.next_task_number++;
  named_ = custom_name_ = !opts.name.empty();
  name_ = std::move(opts.name);
  if (!context_) context_ = lang.copy_context();
  if (loop.tracing()) {
    loop.emit({.kind = TraceKind::TaskCreated,
               .task = id(),
               .by = loop.current_task_id(),
               .line = lang.current_line(),
               .future = this});
  }
}

Task::~Task() {
  loop_->unregister_task(this);
  if (coro_) coro_->close();
}

void Task::abandon() {
  // Cancelling what it waits on unlinks combinators (gather, shield) that reference their
  // children and are referenced back by them; the callbacks this queues are dropped with the
  // loop's queue.
  if (fut_waiter_ && !fut_waiter_->done()) fut_waiter_->cancel();
  fut_waiter_ = nullptr;
  if (coro_) {
    auto c = std::move(coro_);
    c->close();
  }
  if (!done()) drop_callbacks();
}

void Task::schedule_step(Value exc) {
  Ref<Task> self(this);
  if (exc) {
    loop_->schedule([self, exc](Future*) { self->step(exc); }, {}, context_, HandleRole::Step,
                    id());
  } else {
    loop_->schedule([self](Future*) { self->step({}); }, {}, context_, HandleRole::Step, id());
  }
}

bool Task::cancel(Value msg) {
  if (done()) return false;
  ++num_cancels_requested_;
  if (loop_->tracing()) {
    loop_->emit({.kind = TraceKind::CancelRequested,
                 .task = id(),
                 .by = loop_->current_task_id(),
                 .count = num_cancels_requested_,
                 .value = &msg});
  }
  if (fut_waiter_) {
    // The waiter is kept: it may be a task that swallows the cancel, and a later cancel() must
    // still reach it.
    if (fut_waiter_->cancel(msg)) return true;
  }
  must_cancel_ = true;
  cancel_message_ = std::move(msg);
  return true;
}

int Task::uncancel() {
  if (num_cancels_requested_ > 0) --num_cancels_requested_;
  if (loop_->tracing())
    loop_->emit({.kind = TraceKind::Uncancelled, .task = id(), .count = num_cancels_requested_});
  return num_cancels_requested_;
}

void Task::step(Value exc) {
  if (done()) return;  // CPython raises InvalidStateError into the loop's handler
  Ref<Task> self(this);
  loop_->enter_task(this);
  step_body(std::move(exc));
  loop_->leave_task(this);
}

void Task::step_body(Value exc) {
  Language& lang = loop_->lang();
  if (must_cancel_) {
    if (!exc || !lang.is_cancelled_error(exc)) exc = make_cancelled_error();
    must_cancel_ = false;
  }
  fut_waiter_ = nullptr;
  if (loop_->tracing()) {
    loop_->emit_step(TraceKind::StepBegin, id(), 0, coro_->line(), std::uint8_t(exc ? 1 : 0));
  }
  StepResult r = exc ? coro_->throw_(std::move(exc)) : coro_->send({});
  if (loop_->tracing()) trace_step_end(r);
  switch (r.kind) {
    case StepResult::Kind::Return:
      if (must_cancel_) {
        must_cancel_ = false;
        cancel_future(cancel_message_);
      } else {
        set_result(std::move(r.value));
      }
      break;
    case StepResult::Kind::Raise:
      if (lang.is_cancelled_error(r.value)) {
        cancelled_exc_ = std::move(r.value);
        cancel_future({});
      } else if (lang.is_base_error(r.value)) {
        set_exception(r.value);
        loop_->raise_base_exception(std::move(r.value));
      } else {
        set_exception(std::move(r.value));
      }
      break;
    case StepResult::Kind::Block: {
      Ref<Future> f = std::move(r.future);
      if (&f->loop() != loop_) {
        schedule_step(
            lang.make_runtime_error("Task " + name() + " got Future attached to a different loop"));
      } else if (f.get() == this) {
        schedule_step(lang.make_runtime_error("Task cannot await on itself: " + name()));
      } else {
        if (loop_->tracing())
          loop_->emit(
              {.kind = TraceKind::Blocked, .task = id(), .other = f->id(), .future = f.get()});
        Ref<Task> self(this);
        f->add_done_callback([self](Future* done) { self->wakeup(done); }, context_,
                             labels::kTaskWakeup, id());
        fut_waiter_ = std::move(f);
        if (must_cancel_ && fut_waiter_->cancel(cancel_message_)) must_cancel_ = false;
      }
      break;
    }
    case StepResult::Kind::Yield:
      schedule_step({});
      break;
    case StepResult::Kind::Sleep:
      schedule_step(lang.make_runtime_error("Task got bad yield: a worker-thread sleep"));
      break;
  }
}

void Task::trace_step_end(const StepResult& r) {
  StepHow how = r.kind == StepResult::Kind::Return  ? StepHow::Return
                : r.kind == StepResult::Kind::Raise ? StepHow::Raise
                : r.kind == StepResult::Kind::Block ? StepHow::Block
                                                    : StepHow::Yield;
  loop_->emit_step(TraceKind::StepEnd, id(), 0, coro_ ? coro_->line() : 0,
                   static_cast<std::uint8_t>(how));
}

void Task::wakeup(Future* f) {
  Result r = f->result();
  step(std::move(r.exc));
}

}  // namespace coroscope::rt
