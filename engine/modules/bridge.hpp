// The bridge between the interpreter and the runtime: Python coroutines driven by rt::Task
// (PyCoro), runtime coroutines awaited from Python (RtAwaitable), rt::Future/rt::Task exposed as
// asyncio.Future/asyncio.Task (FutureObj), and the per-VM state that owns the event loops.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "lang/vm.hpp"
#include "modules/py_language.hpp"
#include "runtime/runtime.hpp"

namespace coroscope::modules {

// What a Python object that holds runtime references is, besides a Python object. Every such
// object is linked into the State's list, in creation order, so that teardown can drop those
// references (oldest first) while the VM and the loops are both still alive. An intrusive list:
// awaitables and futures are made and collected by the hundred thousand, and a hash set cost an
// allocation and a rehash per object.
struct RtHolder {
  explicit RtHolder(struct State& st);
  virtual ~RtHolder();
  virtual void drop() = 0;
  virtual struct FutureObj* as_future() { return nullptr; }
  struct State* state;
  RtHolder *prev = nullptr, *next = nullptr;  // State::holders, oldest first
};

// asyncio.Future / asyncio.Task: one Python object per rt::Future (identity is preserved by the
// future's binding pointer, so current_task() is the object create_task() returned).
struct FutureObj final : lang::Obj, RtHolder {
  FutureObj(State& st, rt::Ref<rt::Future> f);
  ~FutureObj() override;
  void drop() override;
  FutureObj* as_future() override { return this; }
  void trace(lang::Heap& h) override;
  // Lets go of `fut`, unbinding it from this object.
  void release_future();
  rt::Ref<rt::Future> fut;
  lang::Value coro;  // tasks: the coroutine object, for get_coro() and the repr
  struct Callback {
    rt::Value fn;
    rt::CallbackId id;
  };
  std::vector<Callback> callbacks;  // add_done_callback, for remove_done_callback and the repr
  lang::Dict* dict = nullptr;
  bool log_destroy_pending = true;
};

// The Python object bound to `f` (null if none is alive).
inline FutureObj* bound_future(const rt::Future* f) { return static_cast<FutureObj*>(f->binding); }

// A runtime coroutine (asyncio.sleep, Queue.get, wait_for, ...) as a Python awaitable: its
// send/throw/close delegate to the CoroLike exactly as `yield from` would. It is an interpreter
// iterator, so `await` steps it through next() directly (no method lookup, and its return value
// comes back without a StopIteration object).
struct RtAwaitable final : lang::Iterator, RtHolder {
  RtAwaitable(State& st, std::unique_ptr<rt::CoroLike> c, const char* name);
  void drop() override;
  lang::Value next(lang::VM& vm) override;
  // Returned or raised: the coroutine's frames go back to the loop's pool now, not when the
  // collector gets to this object.
  void finish();
  std::unique_ptr<rt::CoroLike> coro;
  const char* name;  // a literal: the function's name, for the repr
  bool started = false, finished = false;
};

// A runtime object (a Lock, a Queue, a TaskGroup, ...) held by a Python wrapper class.
struct RtHandle final : lang::Obj, RtHolder {
  RtHandle(State& st, rt::Value v) : Obj(lang::Kind::Misc), RtHolder(st), obj(std::move(v)) {}
  void drop() override {
    obj = {};
    extra.reset();  // e.g. a Runner, whose destructor must see its loop (closed, not freed)
  }
  void trace(lang::Heap& h) override {
    h.mark(fn);
    h.mark(args);
  }
  // Timer handles: the callback and its arguments, for the repr.
  lang::Value fn, args;
  bool timer = false;
  template <class T>
  T* as() const {
    return dynamic_cast<T*>(static_cast<rt::RcObject*>(obj.get()));
  }
  rt::Value obj;
  std::shared_ptr<void> extra;  // e.g. an AsCompleted
};

struct LoopEntry {
  std::unique_ptr<rt::EventLoop> loop;
  uint32_t pin;  // the Python loop object
  // concurrent.futures.ThreadPoolExecutor pools used on this loop, by executor id (destroyed
  // before the loop, which may still list their workers as sleepers).
  std::vector<std::pair<int64_t, std::unique_ptr<rt::WorkerPool>>> pools;
};

struct Options {
  bool real_clock = false;
  double speed = 1.0;  // real clock: loop seconds per wall second
  rt::Tracer* tracer = nullptr;
  // Virtual clock only: seconds of program time each interpreter step costs (0: computation is
  // free, as under the reference runner). See CpuClock.
  double cpu_time = 0;
};

struct State;

// The virtual clock when CPU time is on: each interpreter step the program has run (lang::VM's
// step count, the one --max-steps limits) advances it by Options::cpu_time. The steps are
// charged lazily, whenever anyone reads the time (the loop between callbacks, time.monotonic,
// the trace): a task step that computes for a while then ends later than it began, and the timers
// due meanwhile fire late, as when the loop is blocked. Steps run inside a worker thread's body
// are charged to that body's own clock (WorkerRun::ahead), so a to_thread body's computation
// overlaps with the loop instead of blocking it.
class CpuClock final : public rt::Clock {
 public:
  CpuClock(State& st, double cost) : st_(st), cost_(cost) {}
  double now() const override {
    charge();
    return now_;
  }
  bool is_virtual() const override { return true; }
  void advance_to(double t) override {
    charge();
    if (t > now_) now_ = t;
  }
  // Charges the steps run since the last charge to whoever ran them: the main thread's clock,
  // or the worker body running now.
  void charge() const;

 private:
  State& st_;
  double cost_;
  mutable double now_ = 0.0;
  mutable std::uint64_t charged_ = 0;  // the step count already charged
};

struct State {
  State(lang::VM& vm, Options opts);
  ~State();
  lang::VM& vm;
  PyLanguage lang;
  Options opts;
  std::vector<LoopEntry> loops;
  RtHolder *first_holder = nullptr, *last_holder = nullptr;
  lang::Type *tFuture = nullptr, *tTask = nullptr, *tAwaitable = nullptr, *tHandle = nullptr,
             *tTimerHandle = nullptr;
  rt::EventLoop* current_loop = nullptr;  // asyncio.get_event_loop()/set_event_loop()
  uint32_t exc_handler_pin = 0;
  std::unique_ptr<rt::Clock> clock;  // shared by every loop of the program (see SharedClock)
  CpuClock* cpu_clock = nullptr;     // `clock` when CPU time is on
  // Charges the interpreter steps run so far (CPU time on; else nothing): call before a worker
  // body starts or stops running, or reads or moves its own clock.
  void charge_cpu() {
    if (cpu_clock) cpu_clock->charge();
  }
  std::string dying_repr;   // repr of a future being released, for the error report
  std::string handle_repr;  // "Exception in callback": the handle being run, for the report
  // threading.current_thread(): the worker lane running now (empty: the main thread), followed
  // through the lanes' trace events once `threading` is imported.
  std::string lane_name;
  std::unique_ptr<rt::Tracer> lane_tracker;
  // Futures whose Python object was collected: released at teardown, never during a GC sweep
  // (releasing may report "exception was never retrieved", which runs Python code).
  std::vector<rt::Ref<rt::Future>> graveyard;
  // Task objects stay alive until teardown so their repr (and coroutine) can be reported.
  std::vector<uint32_t> task_pins;
  bool nest_asyncio = false;
  // A worker-thread body running ahead of the loop's clock (see PyCall in asyncio_core.cpp):
  // `ahead` is the time its time.sleep calls have added so far; what it prints after a sleep
  // waits in the segment of that sleep until its lane reaches that time.
  struct WorkerRun {
    struct Segment {
      double at;                                       // seconds after the body started
      std::vector<std::pair<bool, std::string>> text;  // (stderr?, text) in order
      bool busy = false;  // the time up to `at` was computed (CPU time), not slept
    };
    double ahead = 0;
    std::vector<Segment> segments;
    // CPU time: a segment at `ahead` if the body computed since its last one, so that what it
    // writes next (or its result) comes when its thread has done that work.
    void mark_ahead() {
      double last = segments.empty() ? 0.0 : segments.back().at;
      if (ahead > last) segments.push_back({ahead, {}, true});
    }
    // The program's own stdout/stderr writers, and the thread's name, while the body runs with
    // its output held back (worker_wait lets the loop run meanwhile).
    std::function<void(const std::string&)> out, err;
    std::string lane;
  };
  WorkerRun* worker_run = nullptr;

  rt::EventLoop* loop_of(lang::Value pyloop);
  lang::Value pyloop_of(rt::EventLoop* loop);
  // Closes every loop and drops every runtime reference held by Python objects; after this the
  // VM may be destroyed. Pending tasks are left behind silently, as the reference runner does.
  void shutdown();
  // Before `loop` closes: Python objects of finished futures and tasks let go of them, so one
  // whose exception was never retrieved reports it now (CPython reports it when the task object
  // dies, which for a fire-and-forget task is as soon as it is done).
  void release_finished(rt::EventLoop* loop);
  bool closing_quietly = false;
};

State& state_of(lang::VM& vm);
State* find_state(lang::VM& vm);

lang::Value wrap_future(State& st, const rt::Ref<rt::Future>& f);
bool is_future(State& st, lang::Value v);
rt::Ref<rt::Future> future_of(lang::Value v);
// `name` must outlive the awaitable (a string literal).
lang::Value make_awaitable(State& st, std::unique_ptr<rt::CoroLike> c, const char* name);
lang::Value make_awaitable(State& st, rt::Co<rt::Value> c, const char* name);
// A Python coroutine object (or a runtime awaitable) as something a Task can drive; null with an
// exception pending if `coro` is neither.
std::unique_ptr<rt::CoroLike> coro_like(State& st, lang::Value coro);
// `greet('ada') at file.py:6`: a callback as CPython's format_helpers shows it.
std::string callback_repr(lang::VM& vm, lang::Value fn, lang::Value args);
// Task repr (CPython's _task_repr_info) and future repr.
std::string future_repr(State& st, rt::Future* f, lang::Value coro);
std::string coro_repr(State& st, lang::Value coro);
// Turns a runtime Result into a Python return value or a raised exception.
lang::Value result_to_py(lang::VM& vm, const rt::Result& r);
void init_bridge_types(State& st);

}  // namespace coroscope::modules
