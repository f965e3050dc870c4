// asyncio's event loop, ported from base_events.BaseEventLoop: a ready queue run with the
// snapshot rule, a timer heap ordered by (deadline, scheduling order) with CPython's cancelled
// timer cleanup, and a pluggable clock. run_once/next_deadline let a host (the browser) drive it
// without ever blocking.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "runtime/clock.hpp"
#include "runtime/coro.hpp"
#include "runtime/future.hpp"
#include "runtime/handle.hpp"
#include "runtime/language.hpp"
#include "runtime/task.hpp"
#include "runtime/trace.hpp"

namespace coroscope::rt {

class Worker;
class WorkerPool;

// What call_exception_handler receives (asyncio's context dict).
struct ErrorContext {
  std::string message;
  Value exception;
  Ref<Future> future;  // the future or task concerned, if any
};
using ExceptionHandler = std::function<void(EventLoop&, const ErrorContext&)>;

enum class StopReason : std::uint8_t {
  None,
  Stopped,        // stop() or the awaited future finished
  Deadlock,       // nothing ready, no timer, no worker: CPython would wait forever
  Livelock,       // the loop never idles while a timer is pending (virtual clock only)
  TimeLimit,      // idle until a timer past the virtual clock's horizon (sleep(inf) included)
  BaseException,  // SystemExit / KeyboardInterrupt escaped a task
};

class EventLoop {
 public:
  explicit EventLoop(Language& lang, std::unique_ptr<Clock> clock = nullptr,
                     Tracer* tracer = nullptr);
  ~EventLoop();
  EventLoop(const EventLoop&) = delete;
  EventLoop& operator=(const EventLoop&) = delete;

  Language& lang() const noexcept { return *lang_; }
  Clock& clock() const noexcept { return *clock_; }
  double time() const { return clock_->now(); }
  std::uint64_t iteration() const noexcept { return iteration_; }
  void set_tracer(Tracer* t) noexcept { tracer_ = t; }
  Tracer* tracer() const noexcept { return tracer_; }

  // `label` names the callback in the trace (Labels; 0: "callback").
  Ref<Handle> call_soon(Callback cb, Value ctx = {}, Label label = 0);
  // From a worker lane: like call_soon, and it wakes an idle loop (the self-pipe write).
  Ref<Handle> call_soon_threadsafe(Callback cb, Value ctx = {}, Label label = 0);
  Ref<Handle> call_later(double delay, Callback cb, Value ctx = {}, Label label = 0);
  Ref<Handle> call_at(double when, Callback cb, Value ctx = {}, Label label = 0);

  Ref<Future> create_future() { return Future::create(*this); }
  Ref<Task> create_task(std::unique_ptr<CoroLike> coro, TaskOptions opts) {
    return Task::create(*this, std::move(coro), std::move(opts));
  }
  Ref<Task> create_task(std::unique_ptr<CoroLike> coro) {
    return Task::create(*this, std::move(coro), TaskOptions{});
  }

  // One _run_once. With may_block false an idle real-clock loop returns at once instead of
  // waiting (the host calls again at next_deadline()). Returns false once the loop can never
  // make progress again (nothing ready, no timers, no worker lanes) or has stopped.
  bool run_once(bool may_block = true);
  // When the loop next has work: now if callbacks are ready, else the earliest timer or worker
  // wake-up; nullopt if nothing is scheduled.
  std::optional<double> next_deadline() const;
  void run_forever();
  // run_until_complete in pieces, for a host that returns to its own event loop between
  // iterations (the browser): begin_until(f), then step() until it returns false, then
  // end_until(f, id). The loop is running from begin_until to end_until. The caller has checked
  // that the loop is neither closed nor running.
  CallbackId begin_until(const Ref<Future>& f);
  // One iteration of run_forever; false once run_forever would have returned (stopped, deadlock,
  // SystemExit/KeyboardInterrupt). With may_block false an idle real-clock loop does not wait.
  bool step(bool may_block = true);
  Result end_until(const Ref<Future>& f, CallbackId id);
  Result run_until_complete(const Ref<Future>& f);
  void stop() noexcept { stopping_ = true; }
  bool is_running() const noexcept { return running_; }
  StopReason stop_reason() const noexcept { return stop_reason_; }
  // Breaks reference cycles of pending tasks and drops queued callbacks. Also run by ~EventLoop.
  // Does nothing while the loop is running.
  void close();
  bool is_closed() const noexcept { return closed_; }

  // time.sleep() on the loop's thread: the clock advances, the loop does not run; worker lanes
  // due in that window run meanwhile.
  // `label` is what the trace calls it (`time.sleep(5)`).
  void block_for(double seconds, Label label = 0);

  Task* current_task() const noexcept { return current_task_; }
  // For inspectors: callbacks in the ready queue and entries in the timer heap (cancelled
  // timers stay there until _run_once cleans them up).
  std::size_t ready_count() const noexcept { return ready_.size(); }
  std::size_t timer_count() const noexcept { return timers_.size(); }
  // asyncio.all_tasks(): pending tasks, in creation order (CPython iterates a WeakSet).
  std::vector<Ref<Task>> all_tasks() const;

  void set_exception_handler(ExceptionHandler h) { handler_ = std::move(h); }
  void call_exception_handler(const ErrorContext& ctx);

  // run_in_executor(pool, body): body runs on a simulated worker thread; null pool = default.
  // `what` names the wait in the trace (`to_thread(blocking_io)`).
  Ref<Future> run_in_executor(WorkerPool* pool, std::unique_ptr<CoroLike> body,
                              const char* what = "run_in_executor");
  WorkerPool& default_pool();
  // Resolves once every lane of the default pool is idle (shutdown_default_executor).
  Ref<Future> shutdown_default_executor();

  // Livelock guard for the virtual clock (the reference runner's limit); 0 disables it.
  void set_livelock_limit(std::uint64_t n) noexcept { livelock_limit_ = n; }
  // The virtual clock never jumps past this time (the reference runner's limit, about three
  // years): a loop with nothing left to run but a timer or worker wake-up beyond it stops with
  // StopReason::TimeLimit instead of jumping there or, for sleep(inf), waiting forever.
  static constexpr double kVirtualHorizon = 1e8;
  void set_virtual_horizon(double t) noexcept { horizon_ = t; }
  // Why a TimeLimit stop happened, for the program's error and the host's notice.
  std::string time_limit_message() const;

  std::uint64_t next_id() noexcept { return ++lang_->next_object_id; }
  bool tracing() const noexcept { return tracer_ != nullptr; }
  // Stamps `e` with the iteration and the time and hands it to the tracer. Callers test
  // tracing() first, so that nothing is built for a run without a tracer.
  void emit(TraceEvent&& e);
  // The same for the events of every iteration (Tracer::on_step_event).
  void emit_step(TraceKind kind, std::uint64_t task, std::uint64_t other, std::int64_t line,
                 std::uint8_t flag, Label label = 0) {
    tracer_->on_step_event(kind, iteration_, clock_->now(), task, other, line, flag, label);
  }
  // A label for the trace from a literal; 0 (and no lookup) when nothing is traced.
  Label label(const char* literal) { return tracer_ ? lang_->labels.literal(literal) : 0; }
  // The task running now, as an id (0: none).
  std::uint64_t current_task_id() const noexcept;
  // Whether the callback running now is a timer's (the cause of what it completes).
  bool in_timer_callback() const noexcept;
  Label running_handle_label() const noexcept;

  // Internal plumbing used by Task, Future, Handle and worker lanes.
  void schedule(Callback cb, Ref<Future> arg, Value ctx, HandleRole role = HandleRole::Callback,
                std::uint64_t task = 0, Label label = 0);
  void enter_task(Task* t);
  void leave_task(Task* t);
  Task* swap_current_task(Task* t) noexcept { return std::exchange(current_task_, t); }
  void register_task(Task* t);
  void unregister_task(Task* t);
  void timer_handle_cancelled(Handle* h);
  void stop_past_horizon(double when);
  void raise_base_exception(Value e);
  void add_sleeper(double deadline, Worker* w);
  std::uint64_t next_seq() noexcept { return next_id(); }
  bool in_worker() const noexcept { return running_worker_ != nullptr; }

 private:
  Ref<Handle> push_ready(Callback cb, Ref<Future> arg, Value ctx, Label label);
  // The tracer learns that `h` entered the ready queue.
  void trace_ready(Handle* h);
  void begin_run();
  void end_run();
  void run_once_impl(bool may_block);
  void select(bool may_block);
  void run_due_workers();
  void run_next_worker();
  void run_worker(Worker* w);

  struct Sleeper {
    double deadline;
    std::uint64_t seq;
    Worker* worker;
  };

  // A growable ring buffer of owned handle pointers.
  class ReadyQueue {
   public:
    ~ReadyQueue();
    bool empty() const noexcept { return size_ == 0; }
    std::size_t size() const noexcept { return size_; }
    void push(Handle* h) {
      if (size_ == buf_.size()) grow();
      buf_[(head_ + size_) & (buf_.size() - 1)] = h;
      ++size_;
    }
    Handle* pop() {
      Handle* h = buf_[head_];
      head_ = (head_ + 1) & (buf_.size() - 1);
      --size_;
      return h;
    }

   private:
    void grow();
    std::vector<Handle*> buf_ = std::vector<Handle*>(64);  // capacity: a power of two
    std::size_t head_ = 0, size_ = 0;
  };

  Language* lang_;
  std::unique_ptr<Clock> clock_;
  Tracer* tracer_;
  Pool* pool_;
  ReadyQueue ready_;
  // The timer heap, ordered by (when, seq); keys are kept inline so comparisons stay in cache.
  struct TimerEntry {
    double when;
    std::uint64_t seq;
    Handle* handle;  // owned reference
  };
  std::vector<TimerEntry> timers_;
  std::size_t timer_cancelled_count_ = 0;
  std::vector<Sleeper> sleepers_;  // heap ordered by (deadline, seq)
  std::uint64_t iteration_ = 0;
  std::uint64_t busy_ = 0;
  std::uint64_t livelock_limit_ = 200000;
  bool stopping_ = false;
  bool running_ = false;
  bool closed_ = false;
  bool posted_ = false;
  bool idle_forever_ = false;
  bool past_horizon_ = false;  // idle_forever_ because the next event is past horizon_
  double horizon_ = kVirtualHorizon;
  double horizon_wait_ = 0;  // how far ahead that event was
  StopReason stop_reason_ = StopReason::None;
  Value base_exc_;
  Task* current_task_ = nullptr;
  Handle* running_handle_ = nullptr;
  Task* tasks_head_ = nullptr;
  Task* tasks_tail_ = nullptr;
  Worker* running_worker_ = nullptr;
  std::unique_ptr<WorkerPool> default_pool_;
  ExceptionHandler handler_;
  EventLoop* prev_running_ = nullptr;

  friend class WorkerPool;
};

// asyncio.get_running_loop(): the loop running on this thread, or null.
EventLoop* get_running_loop() noexcept;
// The running loop; the caller guarantees there is one.
EventLoop& running_loop() noexcept;

}  // namespace coroscope::rt
