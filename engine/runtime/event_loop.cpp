#include "runtime/event_loop.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "runtime/callback_labels.hpp"
#include "runtime/threads.hpp"

namespace coroscope::rt {
namespace {

thread_local EventLoop* t_running = nullptr;

// base_events: heap cleanup thresholds and the monotonic clock's resolution.
constexpr std::size_t kMinScheduledTimerHandles = 100;
constexpr double kMinCancelledTimerHandlesFraction = 0.5;
constexpr double kClockResolution = 1e-9;

// std heaps are max-heaps: "a after b" puts the earliest (when, seq) on top.
template <class E>
bool timer_after(const E& a, const E& b) {
  if (a.when != b.when) return a.when > b.when;
  return a.seq > b.seq;
}

}  // namespace

EventLoop* get_running_loop() noexcept { return t_running; }
EventLoop& running_loop() noexcept { return *t_running; }

// ---- Handle ---------------------------------------------------------------------------------

Handle::Handle(EventLoop* loop, Callback cb, Ref<Future> arg, Value ctx, std::uint64_t id)
    : loop_(loop), cb_(std::move(cb)), arg_(std::move(arg)), ctx_(std::move(ctx)), id_(id) {}

Handle::~Handle() = default;

void Handle::cancel() {
  if (cancelled_) return;
  cancelled_ = true;
  if (timer_ && scheduled_) {
    loop_->timer_handle_cancelled(this);
    // A timer already moved to the ready queue leaves it with a 'run' event instead.
    if (loop_->tracing()) loop_->emit({.kind = TraceKind::TimerCancelled, .other = id_});
  }
  cb_.reset();
  arg_ = nullptr;
}

// ---- ReadyQueue -----------------------------------------------------------------------------

EventLoop::ReadyQueue::~ReadyQueue() {
  while (!empty()) pop()->release();
}

void EventLoop::ReadyQueue::grow() {
  std::vector<Handle*> bigger(buf_.size() * 2);
  for (std::size_t i = 0; i < size_; ++i) bigger[i] = buf_[(head_ + i) & (buf_.size() - 1)];
  buf_ = std::move(bigger);
  head_ = 0;
}

// ---- EventLoop ------------------------------------------------------------------------------

EventLoop::EventLoop(Language& lang, std::unique_ptr<Clock> clock, Tracer* tracer)
    : lang_(&lang),
      clock_(clock ? std::move(clock) : make_virtual_clock()),
      tracer_(tracer),
      pool_(Pool::create()) {
  Pool::set_current(pool_);
}

EventLoop::~EventLoop() {
  close();
  if (Pool::current() == pool_) Pool::set_current(nullptr);
  pool_->detach();
}

void EventLoop::close() {
  if (closed_ || running_) return;  // CPython: "Cannot close a running event loop"
  closed_ = true;
  tracer_ = nullptr;  // what close() unwinds is not part of the run
  // Pending tasks hold cycles through their coroutines; unwinding them releases everything.
  // CPython leaves them to the garbage collector, which closes the coroutines the same way.
  while (tasks_head_) {
    Ref<Task> t(tasks_head_);
    unregister_task(t.get());
    if (!t->done()) call_exception_handler({"Task was destroyed but it is pending!", {}, t});
    t->abandon();
  }
  default_pool_.reset();
  while (!ready_.empty()) ready_.pop()->release();
  for (auto& e : timers_) e.handle->release();
  timers_.clear();
  sleepers_.clear();
}

void EventLoop::emit(TraceEvent&& e) {
  e.iteration = iteration_;
  e.time = clock_->now();
  tracer_->on_event(e);
}

std::uint64_t EventLoop::current_task_id() const noexcept {
  return current_task_ ? current_task_->id() : 0;
}

bool EventLoop::in_timer_callback() const noexcept {
  return running_handle_ && running_handle_->timer_;
}

Label EventLoop::running_handle_label() const noexcept {
  return running_handle_ ? running_handle_->label_ : 0;
}

void EventLoop::trace_ready(Handle* h) {
  h->queued_ = true;
  emit_step(TraceKind::Ready, h->task_, h->id_, 0, static_cast<std::uint8_t>(h->role_), h->label_);
}

Ref<Handle> EventLoop::push_ready(Callback cb, Ref<Future> arg, Value ctx, Label label) {
  auto* h = new Handle(this, std::move(cb), std::move(arg), std::move(ctx), next_id());
  h->add_ref();  // the queue's reference
  h->label_ = label;
  ready_.push(h);
  if (tracer_) trace_ready(h);
  return Ref<Handle>(h);
}

void EventLoop::schedule(Callback cb, Ref<Future> arg, Value ctx, HandleRole role,
                         std::uint64_t task, Label label) {
  auto* h = new Handle(this, std::move(cb), std::move(arg), std::move(ctx), next_id());
  h->add_ref();
  ready_.push(h);
  if (tracer_) {
    h->role_ = role;
    h->task_ = task;
    h->label_ = label;
    trace_ready(h);
  }
}

Ref<Handle> EventLoop::call_soon(Callback cb, Value ctx, Label label) {
  if (!ctx) ctx = lang_->copy_context();
  return push_ready(std::move(cb), {}, std::move(ctx), label);
}

Ref<Handle> EventLoop::call_soon_threadsafe(Callback cb, Value ctx, Label label) {
  posted_ = true;
  return push_ready(std::move(cb), {}, std::move(ctx), label);
}

Ref<Handle> EventLoop::call_later(double delay, Callback cb, Value ctx, Label label) {
  return call_at(time() + delay, std::move(cb), std::move(ctx), label);
}

Ref<Handle> EventLoop::call_at(double when, Callback cb, Value ctx, Label label) {
  if (!ctx) ctx = lang_->copy_context();
  auto* h = new Handle(this, std::move(cb), {}, std::move(ctx), next_id());
  h->timer_ = true;
  h->when_ = when;
  h->seq_ = h->id_;
  h->scheduled_ = true;
  h->add_ref();
  // A NaN deadline compares false with everything: CPython's heap leaves it where it lands and
  // _run_once, asking `when >= end_time`, finds it due at once (sleep(nan) returns at the next
  // iteration, wait_for(..., nan) times out). Keyed first, it is due at once here too, and the
  // heap keeps a strict order. The handle keeps its NaN for when().
  timers_.push_back({std::isnan(when) ? -HUGE_VAL : when, h->seq_, h});
  std::push_heap(timers_.begin(), timers_.end(), timer_after<TimerEntry>);
  if (tracer_) {
    h->label_ = label;
    h->task_ = current_task_id();
    emit({.kind = TraceKind::TimerAdded,
          .task = h->task_,
          .other = h->id_,
          .when = when,
          .label = label});
  }
  return Ref<Handle>(h);
}

void EventLoop::timer_handle_cancelled(Handle*) { ++timer_cancelled_count_; }

void EventLoop::enter_task(Task* t) { current_task_ = t; }
void EventLoop::leave_task(Task*) { current_task_ = nullptr; }

void EventLoop::register_task(Task* t) {
  t->registered_ = true;
  t->prev_ = tasks_tail_;
  t->next_ = nullptr;
  if (tasks_tail_) {
    tasks_tail_->next_ = t;
  } else {
    tasks_head_ = t;
  }
  tasks_tail_ = t;
}

void EventLoop::unregister_task(Task* t) {
  if (!t->registered_) return;
  t->registered_ = false;
  (t->prev_ ? t->prev_->next_ : tasks_head_) = t->next_;
  (t->next_ ? t->next_->prev_ : tasks_tail_) = t->prev_;
  t->prev_ = t->next_ = nullptr;
}

std::vector<Ref<Task>> EventLoop::all_tasks() const {
  std::vector<Ref<Task>> out;
  for (Task* t = tasks_head_; t; t = t->next_) {
    if (!t->done()) out.emplace_back(t);
  }
  return out;
}

void EventLoop::call_exception_handler(const ErrorContext& ctx) {
  if (handler_) {
    handler_(*this, ctx);
    return;
  }
  // fputs, not fprintf: the only printf left in the engine would pull printf_core into the wasm.
  std::fputs((ctx.message + "\n").c_str(), stderr);
  if (ctx.exception) std::fputs((lang_->repr(ctx.exception) + "\n").c_str(), stderr);
}

void EventLoop::raise_base_exception(Value e) {
  if (!base_exc_) base_exc_ = std::move(e);
}

// ---- the iteration --------------------------------------------------------------------------

void EventLoop::run_once_impl(bool may_block) {
  // Drop cancelled timers: rebuild the heap when they dominate, else pop them off the top.
  std::size_t sched = timers_.size();
  if (sched > kMinScheduledTimerHandles &&
      static_cast<double>(timer_cancelled_count_) / static_cast<double>(sched) >
          kMinCancelledTimerHandlesFraction) {
    std::vector<TimerEntry> kept;
    kept.reserve(sched);
    for (auto& e : timers_) {
      if (e.handle->cancelled_) {
        e.handle->scheduled_ = false;
        e.handle->release();
      } else {
        kept.push_back(e);
      }
    }
    timers_ = std::move(kept);
    std::make_heap(timers_.begin(), timers_.end(), timer_after<TimerEntry>);
    timer_cancelled_count_ = 0;
  } else {
    while (!timers_.empty() && timers_.front().handle->cancelled_) {
      --timer_cancelled_count_;
      std::pop_heap(timers_.begin(), timers_.end(), timer_after<TimerEntry>);
      Handle* h = timers_.back().handle;
      timers_.pop_back();
      h->scheduled_ = false;
      h->release();
    }
  }

  select(may_block);

  // Timers due now go after the callbacks already queued. Past 2**23 s a double's spacing exceeds
  // the clock resolution, and now + resolution is now again: a timer the clock has reached is due
  // regardless, or the loop would jump to it forever.
  double now = time();
  double end_time = now + kClockResolution;
  while (!timers_.empty() && (timers_.front().when < end_time || timers_.front().when <= now)) {
    std::pop_heap(timers_.begin(), timers_.end(), timer_after<TimerEntry>);
    Handle* h = timers_.back().handle;
    timers_.pop_back();
    h->scheduled_ = false;
    ready_.push(h);  // the heap's reference moves to the queue
    if (tracer_ && !h->cancelled_) {
      emit({.kind = TraceKind::TimerFired, .other = h->id_});
      trace_ready(h);
    }
  }

  // Only what was queued before this point runs in this iteration.
  std::size_t ntodo = ready_.size();
  for (std::size_t i = 0; i < ntodo; ++i) {
    Handle* h = ready_.pop();
    if (h->queued_ && tracer_) {
      emit_step(TraceKind::Run, h->task_, h->id_, 0, static_cast<std::uint8_t>(h->role_));
    }
    if (!h->cancelled_) {
      if (h->ctx_) lang_->enter_context(h->ctx_);
      running_handle_ = h;
      Value err = h->cb_(h->arg_.get());
      running_handle_ = nullptr;
      if (h->ctx_) lang_->exit_context(h->ctx_);
      if (err) {
        if (lang_->is_base_error(err)) {
          raise_base_exception(err);
        } else {
          call_exception_handler({"Exception in callback", err, h->arg_});
        }
      }
    }
    h->release();
    if (base_exc_) break;  // SystemExit/KeyboardInterrupt leave _run_once at once
  }
  ++iteration_;
}

void EventLoop::select(bool may_block) {
  for (;;) {
    run_due_workers();
    bool events = std::exchange(posted_, false);
    bool no_wait = !ready_.empty() || stopping_;  // CPython selects with timeout 0
    if (events || no_wait) {
      // Virtual time only advances when the loop idles (the reference runner's livelock rule).
      if (no_wait && clock_->is_virtual() && (!timers_.empty() || !sleepers_.empty())) {
        if (livelock_limit_ && ++busy_ > livelock_limit_) {
          stop_reason_ = StopReason::Livelock;
          stopping_ = true;
        }
      } else {
        busy_ = 0;
      }
      return;
    }
    busy_ = 0;
    // Idle: whichever comes first, the next timer or the next worker wake-up.
    const Handle* head = timers_.empty() ? nullptr : timers_.front().handle;
    double head_when = head ? timers_.front().when : 0;
    if (!sleepers_.empty()) {
      const Sleeper& w = sleepers_.front();
      bool worker_first =
          !head || w.deadline < head_when || (w.deadline == head_when && w.seq < head->seq_);
      if (worker_first) {
        if (!clock_->is_virtual() && !may_block && w.deadline > time()) return;
        if (clock_->is_virtual() && !(w.deadline <= horizon_)) {
          stop_past_horizon(w.deadline);
          return;
        }
        if (tracer_) emit({.kind = TraceKind::LoopIdle, .when = w.deadline});
        run_next_worker();
        continue;
      }
    }
    if (!head) {
      idle_forever_ = true;
      return;
    }
    if (!clock_->is_virtual() && !may_block) return;
    if (clock_->is_virtual() && head_when > horizon_) {
      stop_past_horizon(head_when);
      return;
    }
    if (tracer_ && head_when > time()) emit({.kind = TraceKind::LoopIdle, .when = head_when});
    clock_->advance_to(head_when);
    return;
  }
}

namespace {
bool sleeper_after(double ad, std::uint64_t as, double bd, std::uint64_t bs) {
  return ad != bd ? ad > bd : as > bs;
}
}  // namespace

void EventLoop::add_sleeper(double deadline, Worker* w) {
  sleepers_.push_back({deadline, next_seq(), w});
  std::push_heap(sleepers_.begin(), sleepers_.end(), [](const Sleeper& a, const Sleeper& b) {
    return sleeper_after(a.deadline, a.seq, b.deadline, b.seq);
  });
}

void EventLoop::run_next_worker() {
  std::pop_heap(sleepers_.begin(), sleepers_.end(), [](const Sleeper& a, const Sleeper& b) {
    return sleeper_after(a.deadline, a.seq, b.deadline, b.seq);
  });
  Sleeper s = sleepers_.back();
  sleepers_.pop_back();
  clock_->advance_to(s.deadline);
  run_worker(s.worker);
}

void EventLoop::run_worker(Worker* w) {
  Worker* prev = std::exchange(running_worker_, w);
  w->pool_->run(w);
  running_worker_ = prev;
}

void EventLoop::run_due_workers() {
  while (!sleepers_.empty() && sleepers_.front().deadline <= time()) run_next_worker();
}

void EventLoop::block_for(double seconds, Label label) {
  double target = time() + (seconds > 0 ? seconds : 0);
  if (tracer_) {
    emit({.kind = TraceKind::LoopBlocked,
          .task = current_task_id(),
          .when = target,
          .label = label ? label : lang_->labels.literal("time.sleep")});
  }
  while (!sleepers_.empty() && sleepers_.front().deadline <= target) run_next_worker();
  clock_->advance_to(target);
  if (tracer_) emit({.kind = TraceKind::LoopUnblocked});
}

bool EventLoop::run_once(bool may_block) {
  if (closed_) return false;
  EventLoop* prev = std::exchange(t_running, this);
  Pool::set_current(pool_);
  idle_forever_ = past_horizon_ = false;
  run_once_impl(may_block);
  t_running = prev;
  if (past_horizon_) stop_reason_ = StopReason::TimeLimit;
  if (base_exc_) return false;
  return !idle_forever_;
}

std::optional<double> EventLoop::next_deadline() const {
  if (!ready_.empty() || posted_) return time();
  std::optional<double> best;
  for (const auto& e : timers_) {
    if (!e.handle->cancelled_ && (!best || e.when < *best)) best = e.when;
  }
  if (!sleepers_.empty() && (!best || sleepers_.front().deadline < *best)) {
    best = sleepers_.front().deadline;
  }
  return best;
}

void EventLoop::run_forever() {
  if (running_ || closed_) return;
  begin_run();
  while (step()) {
  }
  end_run();
}

void EventLoop::stop_past_horizon(double when) {
  idle_forever_ = true;
  past_horizon_ = true;
  horizon_wait_ = when - time();
}

std::string EventLoop::time_limit_message() const {
  char buf[160];
  std::snprintf(buf, sizeof buf,
                "virtual time limit exceeded: nothing left to run but a sleep of %g s, past the "
                "virtual clock's limit of %g s",
                horizon_wait_, horizon_);
  return buf;
}

void EventLoop::begin_run() {
  running_ = true;
  prev_running_ = std::exchange(t_running, this);
  Pool::set_current(pool_);
  stop_reason_ = StopReason::None;
}

bool EventLoop::step(bool may_block) {
  // A host may run another program's loop between two steps of this one.
  t_running = this;
  Pool::set_current(pool_);
  idle_forever_ = past_horizon_ = false;
  run_once_impl(may_block);
  if (base_exc_) {
    stop_reason_ = StopReason::BaseException;
    return false;
  }
  if (stopping_) {
    if (stop_reason_ == StopReason::None) stop_reason_ = StopReason::Stopped;
    return false;
  }
  if (idle_forever_) {
    stop_reason_ = past_horizon_ ? StopReason::TimeLimit : StopReason::Deadlock;
    return false;
  }
  return true;
}

void EventLoop::end_run() {
  stopping_ = false;
  running_ = false;
  t_running = prev_running_;
}

Result EventLoop::run_until_complete(const Ref<Future>& f) {
  if (closed_) return {{}, lang_->make_runtime_error("Event loop is closed")};
  if (running_) return {{}, lang_->make_runtime_error("This event loop is already running")};
  CallbackId id = begin_until(f);
  while (step()) {
  }
  return end_until(f, id);
}

CallbackId EventLoop::begin_until(const Ref<Future>& f) {
  CallbackId id =
      f->add_done_callback([](Future* fut) { fut->loop().stop(); }, {}, labels::kRunUntilComplete);
  begin_run();
  return id;
}

Result EventLoop::end_until(const Ref<Future>& f, CallbackId id) {
  end_run();
  f->remove_done_callback(id);
  if (base_exc_) {
    Value e = std::move(base_exc_);
    // The future's own SystemExit/KeyboardInterrupt propagates to the caller: retrieved, so it
    // is not reported as never retrieved (CPython's traceback keeps the task alive to the end).
    if (f->done() && !f->cancelled() && f->peek_exception() == e) f->exception();
    return {{}, e};
  }
  if (!f->done()) {
    return {{},
            lang_->make_runtime_error(stop_reason_ == StopReason::TimeLimit
                                          ? time_limit_message()
                                          : "Event loop stopped before Future completed.")};
  }
  return f->result();
}

// ---- worker pools ---------------------------------------------------------------------------

WorkerPool& EventLoop::default_pool() {
  // CPython: min(32, cpu_count + 4) workers; the reference runner fixes 32.
  if (!default_pool_) default_pool_ = std::make_unique<WorkerPool>(*this, 32, "asyncio");
  return *default_pool_;
}

Ref<Future> EventLoop::run_in_executor(WorkerPool* pool, std::unique_ptr<CoroLike> body,
                                       const char* what) {
  return (pool ? *pool : default_pool()).submit(std::move(body), what);
}

Ref<Future> EventLoop::shutdown_default_executor() {
  Ref<Future> fut = create_future();
  fut->set_label("shutdown_default_executor");
  if (!default_pool_) {
    fut->set_result({});
    return fut;
  }
  default_pool_->when_idle([this, fut] {
    call_soon_threadsafe([fut](Future*) {
      if (!fut->done()) fut->set_result({});
    });
  });
  return fut;
}

}  // namespace coroscope::rt
