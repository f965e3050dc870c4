// `_asyncio_core`: the native half of the asyncio module. asyncio.py (frozen) gives the public
// API its CPython signatures, classes and error messages; every scheduling decision is made here
// by the runtime (engine/runtime), never in Python.
#include "modules/asyncio_core.hpp"

#include <functional>
#include <memory>
#include <optional>

#include "lang/containers.hpp"
#include "lang/native_util.hpp"
#include "modules/bridge.hpp"
#include "modules/loop_wait.hpp"
#include "modules/py_value.hpp"
#include "modules/trace_text.hpp"

namespace coroscope::modules {

using lang::Args;
using lang::Kind;
using lang::Value;
using lang::VM;

namespace {

State& S(VM& vm) { return state_of(vm); }

// One clock per program: every loop reads it, so time.monotonic() and loop.time() agree and a
// second asyncio.run() continues where the first one stopped (as the reference runner's clock).
class SharedClock final : public rt::Clock {
 public:
  explicit SharedClock(rt::Clock& c) : c_(c) {}
  double now() const override { return c_.now(); }
  bool is_virtual() const override { return c_.is_virtual(); }
  void advance_to(double t) override { c_.advance_to(t); }

 private:
  rt::Clock& c_;
};

rt::EventLoop* L(VM& vm, Value pyloop) {
  rt::EventLoop* l = S(vm).loop_of(pyloop);
  if (!l) vm.raise(vm.eRuntimeError, "not an event loop");
  return l;
}
#define LOOP(i)                      \
  rt::EventLoop* loop = L(vm, a[i]); \
  if (!loop) return Value::err()

bool to_double(VM& vm, Value v, double& out) {
  if (v.isFloat()) return out = v.f, true;
  if (v.isInt()) return out = double(v.i), true;
  if (v.isBool()) return out = v.b, true;
  vm.raise(vm.eTypeError, "'" + vm.typeName(v) + "' object cannot be interpreted as a number");
  return false;
}
bool opt_double(VM& vm, Value v, std::optional<double>& out) {
  if (v.isNone() || v.isUndef()) return out.reset(), true;
  double d;
  if (!to_double(vm, v, d)) return false;
  out = d;
  return true;
}

RtHandle* H(Args& a, int i = 0) { return static_cast<RtHandle*>(a[i].o); }
Value handle(State& st, rt::Value obj) {
  return Value::obj(st.vm.heap.make<RtHandle>(st.tHandle, st, std::move(obj)));
}

void print_context(State& st, const rt::ErrorContext& ctx, const std::string& future_repr) {
  VM& vm = st.vm;
  std::string out = ctx.message + "\n";
  // CPython's context key: Task.__del__ passes the task, Future.__del__ the future.
  bool pending = ctx.future && !ctx.future->done();
  if (!future_repr.empty()) out += (pending ? "task: " : "future: ") + future_repr + "\n";
  if (!st.handle_repr.empty()) out += "handle: " + st.handle_repr + "\n";
  if (ctx.exception) out += vm.formatException(from_rt(ctx.exception));
  if (vm.writeErr) vm.writeErr(out);
}

void on_loop_error(State& st, rt::EventLoop& loop, const rt::ErrorContext& ctx) {
  VM& vm = st.vm;
  if (st.closing_quietly && ctx.future && !ctx.future->done()) return;
  std::string frepr;
  if (ctx.future)
    frepr = future_repr(st, ctx.future.get(), [&] {
      FutureObj* o = bound_future(ctx.future.get());
      return o ? o->coro : Value::none();
    }());
  else if (!st.dying_repr.empty())
    frepr = st.dying_repr;
  Value handler = st.exc_handler_pin ? vm.pinned(st.exc_handler_pin) : Value::none();
  if (handler.isNone()) {
    print_context(st, ctx, frepr);
    return;
  }
  lang::Dict* d = vm.newDict();
  Value dv = Value::obj(d);
  lang::Roots r(vm, {dv});
  lang::dictSetStr(vm, d, vm.intern("message"), vm.newStr(ctx.message));
  if (ctx.exception) lang::dictSetStr(vm, d, vm.intern("exception"), from_rt(ctx.exception));
  if (ctx.future)
    lang::dictSetStr(vm, d, vm.intern(ctx.future->is_task() ? "task" : "future"),
                     wrap_future(st, ctx.future));
  Value res = vm.call2(handler, st.pyloop_of(&loop), dv);
  if (res.isErr()) vm.printException(vm.takePending());
}

// A Python callback run by the loop (Handle._run): an exception goes to the exception handler
// with the callback's description, as CPython reports it; SystemExit and KeyboardInterrupt go back
// to the loop, which stops.
rt::Value call_py(State* st, rt::EventLoop* loop, const rt::Value& fn, const rt::Value& args,
                  bool timer) {
  VM& vm = st->vm;
  Value t = from_rt(args);
  std::vector<Value> argv;
  if (lang::isKind(t, Kind::Tuple)) argv = lang::asTuple(t)->items;
  Value r = vm.call(from_rt(fn), argv.data(), int(argv.size()));
  if (!r.isErr()) return {};
  Value exc = vm.takePending();
  lang::Roots keep(vm, {exc});
  if (vm.isInstance(exc, vm.eSystemExit) || vm.isInstance(exc, vm.eKeyboardInterrupt))
    return to_rt(vm, exc);
  std::string cb = callback_repr(vm, from_rt(fn), t);
  rt::ErrorContext ctx;
  ctx.message = "Exception in callback " + cb;
  ctx.exception = to_rt(vm, exc);
  st->handle_repr = std::string(timer ? "<TimerHandle " : "<Handle ") + cb + ">";
  loop->call_exception_handler(ctx);
  st->handle_repr.clear();
  return {};
}

// Follows which worker lane runs (for threading.current_thread()) and forwards every event to
// the session's tracer, if any.
class LaneTracker final : public rt::Tracer {
 public:
  explicit LaneTracker(State& st) : st_(st) {}
  void on_event(const rt::TraceEvent& e) override {
    if (e.kind == rt::TraceKind::Lane) {
      if (e.flag == static_cast<std::uint8_t>(rt::LaneState::Run)) {
        st_.lane_name = e.name;
      } else {
        st_.lane_name.clear();
      }
    }
    if (st_.opts.tracer) st_.opts.tracer->on_event(e);
  }
  void on_step_event(rt::TraceKind kind, std::uint64_t iteration, double time, std::uint64_t task,
                     std::uint64_t other, std::int64_t line, std::uint8_t flag,
                     rt::Label label) override {
    if (st_.opts.tracer)
      st_.opts.tracer->on_step_event(kind, iteration, time, task, other, line, flag, label);
  }

 private:
  State& st_;
};

rt::Tracer* tracer_for(State& st) {
  return st.lane_tracker ? st.lane_tracker.get() : st.opts.tracer;
}

// Where the trace's labels are interned: the running loop's language when that loop is traced;
// outside any loop (module code), the session's when it has a tracer; null when nothing is traced.
rt::Labels* traced_labels(VM& vm) {
  if (rt::EventLoop* loop = rt::get_running_loop()) return loop->tracing() ? &loop->lang().labels : nullptr;
  State& st = S(vm);
  return st.opts.tracer ? &st.lang.labels : nullptr;
}
// `sleep(1.0)`: what the program called, with the argument as it wrote it, interned for the
// trace; 0 (and nothing computed) when nothing is traced.
rt::Label call_label(VM& vm, const char* fn, const char* param, Value arg) {
  rt::Labels* labels = traced_labels(vm);
  return labels ? labels->intern(std::string(fn) + "(" + param + trace_repr(vm, arg) + ")") : 0;
}
// A label the program's Python code chose (the simulated network's `GET https://...`), interned
// for the trace; 0 when not traced or when `text` is None.
rt::Label text_label(VM& vm, Value text) {
  rt::Labels* labels = traced_labels(vm);
  return labels && lang::isKind(text, Kind::Str) ? labels->intern(lang::asStr(text)->s()) : 0;
}
// A Python callback as the ready queue shows it, `print_later()`.
rt::Label callback_label(State& st, rt::EventLoop* loop, Value fn) {
  if (!loop->tracing()) return 0;
  return st.lang.labels.intern(callable_name(st.vm, fn));
}

// ---- loops -------------------------------------------------------------------------------------

Value newLoop(VM& vm, Args& a) {
  NARGS("new_loop", 1, 1);
  State& st = S(vm);
  if (!st.clock)
    st.clock = st.opts.real_clock ? rt::make_real_clock(st.opts.speed) : rt::make_virtual_clock();
  auto loop = std::make_unique<rt::EventLoop>(st.lang, std::make_unique<SharedClock>(*st.clock),
                                              tracer_for(st));
  State* sp = &st;
  loop->set_exception_handler(
      [sp](rt::EventLoop& l, const rt::ErrorContext& c) { on_loop_error(*sp, l, c); });
  st.loops.push_back({std::move(loop), vm.pin(a[0]), {}});
  return Value::none();
}
Value loopTime(VM& vm, Args& a) {
  LOOP(0);
  return Value::flt(loop->time());
}
Value timer_handle(State& st, rt::Ref<rt::Handle> h, Value fn, Value args, bool timer) {
  auto* o = st.vm.heap.make<RtHandle>(st.tTimerHandle, st, rt::Value(h));
  o->fn = fn;
  o->args = args;
  o->timer = timer;
  return Value::obj(o);
}
// call_soon(loop, cb, args, context) / call_later(loop, delay, ...) / call_at(loop, when, ...)
Value schedule(VM& vm, Args& a, int mode) {
  LOOP(0);
  State* st = &S(vm);
  int i = mode == 0 ? 1 : 2;
  double when = 0;
  if (mode && !to_double(vm, a[1], when)) return Value::err();
  rt::Value fn = to_rt(vm, a[i]), args = to_rt(vm, a[i + 1]);
  rt::Value ctx = a.n > i + 2 && !a[i + 2].isNone() ? to_rt(vm, a[i + 2]) : rt::Value{};
  bool timer = mode == 1 || mode == 2;
  rt::Callback cb = [st, loop, fn, args, timer](rt::Future*) {
    return call_py(st, loop, fn, args, timer);
  };
  rt::Label label = callback_label(*st, loop, a[i]);
  rt::Ref<rt::Handle> h = mode == 0   ? loop->call_soon(std::move(cb), ctx, label)
                          : mode == 1 ? loop->call_later(when, std::move(cb), ctx, label)
                          : mode == 2 ? loop->call_at(when, std::move(cb), ctx, label)
                                      : loop->call_soon_threadsafe(std::move(cb), ctx, label);
  return timer_handle(*st, h, a[i], a[i + 1], mode == 1 || mode == 2);
}
Value loopCallSoon(VM& vm, Args& a) { return schedule(vm, a, 0); }
Value loopCallLater(VM& vm, Args& a) { return schedule(vm, a, 1); }
Value loopCallAt(VM& vm, Args& a) { return schedule(vm, a, 2); }
Value loopCreateFuture(VM& vm, Args& a) {
  LOOP(0);
  return wrap_future(S(vm), loop->create_future());
}
Value new_task(State& st, rt::EventLoop* loop, Value coro, Value name, Value context,
               bool draw = false) {
  VM& vm = st.vm;
  auto cl = coro_like(st, coro);
  if (!cl) return Value::err();
  rt::TaskOptions o;
  if (!name.isNone() && !name.isUndef() && !vm.strInto(o.name, name)) return Value::err();
  if (!context.isNone() && !context.isUndef()) o.context = to_rt(vm, context);
  bool named = !o.name.empty();
  rt::Ref<rt::Task> t = loop->create_task(std::move(cl), std::move(o));
  // 3.11's Task draws a Task-N number only when it gets no name (loop.create_task(name=...));
  // asyncio.create_task and TaskGroup.create_task name the task after creating it, so they draw.
  if (named && !draw) st.lang.next_task_number--;
  Value obj = wrap_future(st, t);
  static_cast<FutureObj*>(obj.o)->coro = coro;
  return obj;
}
Value loopCreateTask(VM& vm, Args& a) {
  NARGS("create_task", 4, 5);
  LOOP(0);
  // A fifth argument: named by asyncio.create_task, which draws a number even so.
  return new_task(S(vm), loop, a[1], a[2], a[3], a.n > 4);
}
// Called straight from __main__'s code, the loop is driven by the host (the browser's worker
// returns to its own event loop between iterations) instead of inside this call: the
// interpreter suspends and continues with complete(outcome) once `f` is done.
bool suspend_host(VM& vm, rt::EventLoop* loop, rt::Ref<rt::Future> f,
                  std::function<Value(const rt::Result&)> complete) {
  if (!vm.canSuspendHost()) return false;
  auto w = std::make_unique<LoopWait>();
  w->loop = loop;
  w->future = std::move(f);
  w->complete = std::move(complete);
  vm.hostRequest = std::move(w);
  return true;
}
Value loopRunUntilComplete(VM& vm, Args& a) {
  NARGS("run_until_complete", 2, 2);
  LOOP(0);
  if (!is_future(S(vm), a[1])) return vm.raise(vm.eTypeError, "a Future was expected");
  if (loop->is_closed()) return vm.raise(vm.eRuntimeError, "Event loop is closed");
  if (loop->is_running()) return vm.raise(vm.eRuntimeError, "This event loop is already running");
  if (rt::get_running_loop())
    return vm.raise(vm.eRuntimeError, "Cannot run the event loop while another loop is running");
  rt::Ref<rt::Future> f = future_of(a[1]);
  if (suspend_host(vm, loop, f, [&vm](const rt::Result& r) { return result_to_py(vm, r); }))
    return Value::err();
  rt::Result r = loop->run_until_complete(f);
  return result_to_py(vm, r);
}
Value loopRunForever(VM& vm, Args& a) {
  LOOP(0);
  if (loop->is_closed()) return vm.raise(vm.eRuntimeError, "Event loop is closed");
  if (loop->is_running()) return vm.raise(vm.eRuntimeError, "This event loop is already running");
  if (rt::get_running_loop())
    return vm.raise(vm.eRuntimeError, "Cannot run the event loop while another loop is running");
  loop->run_forever();
  return Value::none();
}
Value loopStop(VM& vm, Args& a) {
  LOOP(0);
  loop->stop();
  return Value::none();
}
Value loopClose(VM& vm, Args& a) {
  LOOP(0);
  if (loop->is_running()) return vm.raise(vm.eRuntimeError, "Cannot close a running event loop");
  if (!loop->is_closed()) {
    S(vm).release_finished(loop);
    loop->close();
  }
  return Value::none();
}
Value loopIsRunning(VM& vm, Args& a) {
  LOOP(0);
  return Value::boolean(loop->is_running());
}
Value loopIsClosed(VM& vm, Args& a) {
  LOOP(0);
  return Value::boolean(loop->is_closed());
}
// Runs until the loop has nothing left to do (a notebook kernel's idle loop).
Value loopRunUntilIdle(VM& vm, Args& a) {
  LOOP(0);
  while (loop->run_once()) {
  }
  return Value::none();
}
Value setExceptionHandler(VM& vm, Args& a) {
  NARGS("set_exception_handler", 1, 1);
  State& st = S(vm);
  if (st.exc_handler_pin) vm.unpin(st.exc_handler_pin);
  st.exc_handler_pin = a[0].isNone() ? 0 : vm.pin(a[0]);
  return Value::none();
}
Value defaultExceptionHandler(VM& vm, Args& a) {
  NARGS("default_exception_handler", 1, 1);
  State& st = S(vm);
  Value ctx = a[0];
  if (!lang::isKind(ctx, Kind::Dict)) return vm.raise(vm.eTypeError, "context must be a dict");
  lang::Dict* d = lang::asDict(ctx);
  rt::ErrorContext ec;
  Value m = lang::dictGetStr(d, vm.intern("message"));
  if (!m.isUndef() && !vm.strInto(ec.message, m)) return Value::err();
  Value e = lang::dictGetStr(d, vm.intern("exception"));
  if (!e.isUndef()) ec.exception = to_rt(vm, e);
  std::string frepr;
  for (const char* k : {"task", "future"}) {
    Value f = lang::dictGetStr(d, vm.intern(k));
    if (!f.isUndef() && is_future(st, f))
      frepr = future_repr(st, future_of(f).get(), static_cast<FutureObj*>(f.o)->coro);
  }
  print_context(st, ec, frepr);
  return Value::none();
}

// A worker-thread body: calls a Python function. The interpreter cannot pause a plain Python
// call, so the body runs to its end at once, ahead of the loop's clock: each time.sleep(d) in it
// adds d to the body's own clock (what time.monotonic() and friends read inside it) without
// blocking, and what it prints after a sleep is held back. The lane then sleeps from one of those
// instants to the next, releasing the held-back output as it reaches each, and delivers the
// result at the last: prints, the result and the lane's busy time land where the reference
// runner's threads put them. What differs is only state the body reads or writes between its
// sleeps while the loop changes it (see docs/ASYNCIO.md).
class PyCall final : public rt::CoroLike {
 public:
  PyCall(State& st, Value fn, Value args)
      : st_(st), fn_(to_rt(st.vm, fn)), args_(to_rt(st.vm, args)) {}
  rt::StepResult send(rt::Value) override {
    if (!ran_) {
      ran_ = true;
      run_body();
      if (segments_.empty()) return outcome_;
      return until(0, segments_[0].at);
    }
    // The lane reached segment next_: its output appears now.
    VM& vm = st_.vm;
    for (auto& [is_err, text] : segments_[next_].text) {
      auto& sink = is_err ? vm.writeErr : vm.writeOut;
      if (sink) sink(text);
    }
    ++next_;
    if (next_ < segments_.size()) return until(next_, segments_[next_].at - segments_[next_ - 1].at);
    return outcome_;
  }
  // The lane's way to segment i: computing or sleeping, for `seconds`.
  rt::StepResult until(std::size_t i, double seconds) const {
    return segments_[i].busy ? rt::StepResult::compute(seconds) : rt::StepResult::sleep(seconds);
  }
  rt::StepResult throw_(rt::Value e) override { return rt::StepResult::raise(e); }
  void close() override {}
  std::string describe() const override {
    return callable_name(st_.vm, from_rt(name_fn_ ? name_fn_ : fn_));
  }
  void name_after(Value fn) { name_fn_ = to_rt(st_.vm, fn); }

 private:
  void run_body() {
    VM& vm = st_.vm;
    State::WorkerRun run;
    st_.charge_cpu();  // what ran before is the caller's
    State::WorkerRun* outer = std::exchange(st_.worker_run, &run);
    auto out = vm.writeOut, err = vm.writeErr;
    run.out = out;
    run.err = err;
    run.lane = st_.lane_name;
    State* st = &st_;
    auto hold = [&run, st](bool is_err, const std::function<void(const std::string&)>& sink) {
      return [&run, st, is_err, sink](const std::string& s) {
        // With CPU time on, what the body computed before this write is time its thread spent.
        st->charge_cpu();
        run.mark_ahead();
        if (run.segments.empty()) {
          if (sink) sink(s);
        } else {
          run.segments.back().text.emplace_back(is_err, s);
        }
      };
    };
    vm.writeOut = hold(false, out);
    vm.writeErr = hold(true, err);
    Value t = from_rt(args_);
    std::vector<Value> argv;
    if (lang::isKind(t, Kind::Tuple)) argv = lang::asTuple(t)->items;
    Value r = vm.call(from_rt(fn_), argv.data(), int(argv.size()));
    outcome_ = r.isErr() ? rt::StepResult::raise(to_rt(vm, vm.takePending()))
                         : rt::StepResult::ret(to_rt(vm, r));
    // The result is handed over when the thread has done the body's last computation.
    st_.charge_cpu();
    run.mark_ahead();
    vm.writeOut = out;
    vm.writeErr = err;
    st_.worker_run = outer;
    segments_ = std::move(run.segments);
  }

  State& st_;
  rt::Value fn_, args_, name_fn_;
  bool ran_ = false;
  rt::StepResult outcome_ = rt::StepResult::ret({});
  std::vector<State::WorkerRun::Segment> segments_;
  std::size_t next_ = 0;
};

// loop_run_in_executor(loop, fn, args[, func]): with `func`, asyncio.to_thread(func, ...), as the
// trace names the wait and the work item.
Value loopRunInExecutor(VM& vm, Args& a) {
  NARGS("run_in_executor", 3, 4);
  LOOP(0);
  State& st = S(vm);
  auto body = std::make_unique<PyCall>(st, a[1], a[2]);
  if (a.n > 3) body->name_after(a[3]);
  return wrap_future(st, loop->run_in_executor(nullptr, std::move(body),
                                               a.n > 3 ? "to_thread" : "run_in_executor"));
}
// loop.run_in_executor(executor, ...) for a concurrent.futures.ThreadPoolExecutor: the
// executor's own simulated pool on this loop (its max_workers and thread name prefix).
Value executorRun(VM& vm, Args& a) {
  NARGS("executor_run", 6, 6);
  LOOP(0);
  State& st = S(vm);
  if (!a[1].isInt() || !a[2].isInt() || !lang::isKind(a[3], Kind::Str))
    return vm.raise(vm.eTypeError, "executor_run(loop, id, max_workers, prefix, fn, args)");
  LoopEntry* entry = nullptr;
  for (auto& e : st.loops)
    if (e.loop.get() == loop) entry = &e;
  if (!entry) return vm.raise(vm.eRuntimeError, "unknown event loop");
  rt::WorkerPool* pool = nullptr;
  for (auto& [id, p] : entry->pools)
    if (id == a[1].i) pool = p.get();
  if (!pool) {
    entry->pools.emplace_back(
        a[1].i, std::make_unique<rt::WorkerPool>(*loop, int(a[2].i), lang::asStr(a[3])->s()));
    pool = entry->pools.back().second.get();
  }
  return wrap_future(st, loop->run_in_executor(pool, std::make_unique<PyCall>(st, a[4], a[5])));
}
Value toThread(VM& vm, Args& a) {
  NARGS("to_thread", 2, 2);
  State& st = S(vm);
  auto body = std::make_unique<PyCall>(st, a[0], a[1]);
  return make_awaitable(st, rt::to_thread(std::move(body)), "to_thread");
}
Value blockFor(VM& vm, Args& a) {
  // block_for(secs[, label]): time.sleep, or a blocking call of the simulated network that
  // names itself on the timeline.
  NARGS("block_for", 1, 2);
  double d;
  if (!to_double(vm, a[0], d)) return Value::err();
  State& st = S(vm);
  st.charge_cpu();
  if (st.worker_run) {
    // In a worker thread: the body's own clock moves (see PyCall); the loop is not blocked.
    st.worker_run->mark_ahead();  // what it computed before sleeping
    st.worker_run->ahead += d;
    st.worker_run->segments.push_back({st.worker_run->ahead, {}});
    return Value::none();
  }
  rt::EventLoop* loop = rt::get_running_loop();
  if (loop) {
    loop->block_for(d, a.n > 1 ? text_label(vm, a[1]) : call_label(vm, "time.sleep", "", a[0]));
  } else {
    // Module code (no loop yet): the main thread blocks all the same, and the timeline's loop
    // lane, the main thread's, shows it (requests.get before asyncio.run).
    if (!st.clock)
      st.clock = st.opts.real_clock ? rt::make_real_clock(st.opts.speed) : rt::make_virtual_clock();
    double now = st.clock->now(), until = now + (d > 0 ? d : 0);
    if (st.opts.tracer && d > 0) {
      rt::Label label = a.n > 1 ? text_label(vm, a[1]) : call_label(vm, "time.sleep", "", a[0]);
      st.opts.tracer->on_event({.kind = rt::TraceKind::LoopBlocked,
                                .iteration = ~std::uint64_t(0),
                                .time = now,
                                .when = until,
                                .label = label ? label : st.lang.labels.literal("time.sleep")});
    }
    st.clock->advance_to(until);
    if (st.opts.tracer && d > 0)
      st.opts.tracer->on_event({.kind = rt::TraceKind::LoopUnblocked, .iteration = ~std::uint64_t(0), .time = until});
  }
  return Value::none();
}
Value clockNow(VM& vm, Args&) {
  State& st = S(vm);
  if (!st.clock)
    st.clock = st.opts.real_clock ? rt::make_real_clock(st.opts.speed) : rt::make_virtual_clock();
  double now = st.clock->now();  // charges CPU time first, to the body if in one
  return Value::flt(now + (st.worker_run ? st.worker_run->ahead : 0.0));
}
// A worker body waiting for something only the loop can bring about (a concurrent Future's
// result() for run_coroutine_threadsafe): worker_wait(done, loop, timeout) runs the loop's
// iterations from inside the body until done() is true, as the worker's thread would sleep while
// the loop runs. First the loop catches up with the body's own clock, releasing its held-back
// output at the instants it was due; the body then continues on the loop's clock. Returns
// False on timeout; RuntimeError outside a worker or if the loop can make no more progress.
Value workerWait(VM& vm, Args& a) {
  NARGS("worker_wait", 3, 3);
  State& st = S(vm);
  State::WorkerRun* run = st.worker_run;
  if (!run)
    return vm.raise(vm.eRuntimeError,
                    "this wait would block the event loop's thread forever (Coroscope)");
  rt::EventLoop* loop = st.loop_of(a[1]);
  if (!loop) return vm.raise(vm.eTypeError, "worker_wait: an event loop is required");
  double timeout = -1;
  if (!a[2].isNone() && !to_double(vm, a[2], timeout)) return Value::err();
  // Let the loop (and other threads) run: the program's own writers, the main thread's clock.
  st.charge_cpu();
  run->mark_ahead();
  auto hooked_out = vm.writeOut, hooked_err = vm.writeErr;
  vm.writeOut = run->out;
  vm.writeErr = run->err;
  st.worker_run = nullptr;
  rt::Task* task = loop->swap_current_task(nullptr);
  auto noop = [](rt::Future*) { return rt::Value{}; };
  // Runs iterations until `stop` holds; false if the loop can make no more progress.
  auto run_until = [&](const std::function<bool()>& stop) {
    while (!stop()) {
      st.lane_name.clear();
      if (!loop->run_once()) return false;
    }
    return true;
  };
  bool ok = true;
  double base = loop->time();
  for (auto& seg : run->segments) {
    double due = base + seg.at;
    rt::Ref<rt::Handle> wake = loop->call_at(due, noop);
    ok = run_until([&] { return loop->time() >= due; });
    wake->cancel();
    if (!ok) break;
    for (auto& [is_err, text] : seg.text) {
      auto& sink = is_err ? run->err : run->out;
      if (sink) sink(text);
    }
  }
  run->segments.clear();
  run->ahead = 0;
  Value result = Value::boolean(true);
  auto done = [&] {
    Value r = vm.call0(a[0]);
    return r.isErr() || vm.truthy(r) > 0;
  };
  if (ok) {
    if (timeout >= 0) {
      double deadline = loop->time() + timeout;
      rt::Ref<rt::Handle> wake = loop->call_at(deadline, noop);
      ok = run_until([&] { return done() || loop->time() >= deadline; });
      wake->cancel();
      if (ok && !done()) result = Value::boolean(false);
    } else {
      ok = run_until(done);
    }
  }
  loop->swap_current_task(task);
  st.lane_name = run->lane;
  st.charge_cpu();  // the loop's iterations ran on the main thread
  st.worker_run = run;
  vm.writeOut = hooked_out;
  vm.writeErr = hooked_err;
  if (vm.pending.isObj()) return Value::err();
  if (!ok)
    return vm.raise(vm.eRuntimeError,
                    "the event loop stopped before the worker's wait could end (Coroscope)");
  return result;
}
// How far the running worker body is ahead of the loop's clock (None outside workers).
Value workerAhead(VM& vm, Args&) {
  State& st = S(vm);
  return st.worker_run ? Value::flt(st.worker_run->ahead) : Value::none();
}

Value getRunningLoop(VM& vm, Args&) {
  rt::EventLoop* l = rt::get_running_loop();
  return l ? S(vm).pyloop_of(l) : Value::none();
}
Value setEventLoop(VM& vm, Args& a) {
  NARGS("set_event_loop", 1, 1);
  State& st = S(vm);
  st.current_loop = a[0].isNone() ? nullptr : st.loop_of(a[0]);
  return Value::none();
}
Value getEventLoopRaw(VM& vm, Args&) {
  State& st = S(vm);
  return st.current_loop ? st.pyloop_of(st.current_loop) : Value::none();
}
rt::EventLoop* loop_arg(VM& vm, Args& a, int i) {
  if (a.n > i && !a[i].isNone()) return S(vm).loop_of(a[i]);
  return rt::get_running_loop();
}
Value currentTask(VM& vm, Args& a) {
  rt::EventLoop* l = loop_arg(vm, a, 0);
  if (!l) return vm.raise(vm.eRuntimeError, "no running event loop");
  rt::Task* t = l->current_task();
  return t ? wrap_future(S(vm), rt::Ref<rt::Future>(t)) : Value::none();
}
Value allTasks(VM& vm, Args& a) {
  rt::EventLoop* l = loop_arg(vm, a, 0);
  if (!l) return vm.raise(vm.eRuntimeError, "no running event loop");
  std::vector<Value> out;
  for (auto& t : l->all_tasks()) out.push_back(wrap_future(S(vm), t));
  return vm.newList(std::move(out));
}
Value isCoroutine(VM& vm, Args& a) {
  NARGS("iscoroutine", 1, 1);
  Value v = a[0];
  if (lang::isKind(v, Kind::Generator)) {
    auto* g = static_cast<lang::Generator*>(v.o);
    return Value::boolean(g->gkind == lang::GenKind::Coroutine || g->iterableCoroutine);
  }
  return Value::boolean(v.isObj() && vm.typeOf(v) == S(vm).tAwaitable);
}
Value isCoroutineFunction(VM& vm, Args& a) {
  NARGS("iscoroutinefunction", 1, 1);
  Value f = a[0];
  if (lang::isKind(f, Kind::BoundMethod)) f = static_cast<lang::BoundMethod*>(f.o)->func;
  if (lang::isKind(f, Kind::Function))
    return Value::boolean(static_cast<lang::Function*>(f.o)->code->isCoroutine);
  (void)vm;
  return Value::boolean(false);
}
// nest_asyncio's run_until_complete on a running loop: iterations of the loop are run from inside
// the caller (a task's step, or __main__'s) until the future is done. The calling task leaves
// while they run, as nest_asyncio's patched Task does, so the tasks stepped meanwhile can enter.
Value loopRunNested(VM& vm, Args& a) {
  NARGS("loop_run_nested", 2, 2);
  LOOP(0);
  rt::Ref<rt::Future> f = future_of(a[1]);
  if (!f) return vm.raise(vm.eTypeError, "a future is required");
  rt::Task* outer = loop->swap_current_task(nullptr);
  while (!f->done() && loop->run_once()) {
  }
  loop->swap_current_task(outer);
  if (!f->done()) return vm.raise(vm.eRuntimeError, "Event loop stopped before Future completed.");
  return result_to_py(vm, f->result());
}
Value runCoroutineThreadsafe(VM& vm, Args& a) {
  NARGS("run_coroutine_threadsafe", 2, 2);
  LOOP(0);
  State& st = S(vm);
  auto cl = coro_like(st, a[1]);
  if (!cl) return Value::err();
  return wrap_future(st, rt::run_coroutine_threadsafe(*loop, std::move(cl)));
}
// traceback.format_exception / print_exc: the interpreter's own traceback text.
Value formatException(VM& vm, Args& a) {
  NARGS("format_exception", 1, 1);
  if (!lang::isKind(a[0], Kind::Exception)) return vm.newStr("NoneType: None\n");
  return vm.newStr(vm.formatException(a[0]));
}
Value handledException(VM& vm, Args&) {
  return vm.handledExc.isObj() ? vm.handledExc : Value::none();
}
Value trackThreads(VM& vm, Args&) {
  State& st = S(vm);
  if (!st.lane_tracker) {
    st.lane_tracker = std::make_unique<LaneTracker>(st);
    for (auto& e : st.loops)
      if (!e.loop->is_closed()) e.loop->set_tracer(st.lane_tracker.get());
  }
  return Value::none();
}
Value threadName(VM& vm, Args&) {
  State& st = S(vm);
  return st.lane_name.empty() ? Value::none() : vm.newStr(st.lane_name);
}
Value registerContexts(VM& vm, Args& a) {
  NARGS("register_contexts", 3, 3);
  PyLanguage& l = S(vm).lang;
  l.copy_fn = vm.pin(a[0]);
  l.enter_fn = vm.pin(a[1]);
  l.exit_fn = vm.pin(a[2]);
  return Value::none();
}
Value isFuture(VM& vm, Args& a) {
  NARGS("isfuture", 1, 1);
  return Value::boolean(is_future(S(vm), a[0]));
}
// future_label(fut, text): what a task awaiting fut waits for, in the timeline (the simulated
// streams' `StreamReader.read`; a bare Future is shown as `Future`).
Value futureLabel(VM& vm, Args& a) {
  NARGS("future_label", 2, 2);
  if (!is_future(S(vm), a[0])) return vm.raise(vm.eTypeError, "a Future was expected");
  future_of(a[0])->set_label(text_label(vm, a[1]));
  return Value::none();
}
Value registerTypes(VM& vm, Args& a) {
  NARGS("register", 5, 5);
  State& st = S(vm);
  for (int i = 0; i < 5; i++)
    if (!lang::isKind(a[i], Kind::Type)) return vm.raise(vm.eTypeError, "register: not a type");
  st.lang.cancelled = lang::asType(a[0]);
  st.lang.invalid_state = lang::asType(a[1]);
  st.lang.queue_empty = lang::asType(a[2]);
  st.lang.queue_full = lang::asType(a[3]);
  st.lang.broken_barrier = lang::asType(a[4]);
  return vm.newTuple({Value::obj(st.tFuture), Value::obj(st.tTask), Value::obj(st.tTimerHandle)});
}

// ---- awaitables and combinators -----------------------------------------------------------------

// asyncio.sleep(0) as rt::sleep(0) behaves (one bare yield, then the result), without a
// coroutine frame: programs call it in their hottest loops.
class YieldOnce final : public rt::CoroLike, public rt::Pooled {
 public:
  explicit YieldOnce(rt::Value result) : result_(std::move(result)) {}
  rt::StepResult send(rt::Value) override {
    if (yielded_) return rt::StepResult::ret(std::move(result_));
    yielded_ = true;
    return rt::StepResult::yield();
  }
  rt::StepResult throw_(rt::Value exc) override { return rt::StepResult::raise(std::move(exc)); }
  void close() override {}

 private:
  rt::Value result_;
  bool yielded_ = false;
};

Value sleep(VM& vm, Args& a) {
  // sleep(delay, result[, label]): asyncio.sleep, or a wait of the simulated network that names
  // what it waits for on the timeline.
  NARGS("sleep", 2, 3);
  double d;
  if (!to_double(vm, a[0], d)) return Value::err();
  if (d <= 0) return make_awaitable(S(vm), std::make_unique<YieldOnce>(to_rt(vm, a[1])), "sleep");
  rt::Label label = a.n > 2 ? text_label(vm, a[2]) : call_label(vm, "sleep", "", a[0]);
  return make_awaitable(S(vm), rt::sleep(d, to_rt(vm, a[1]), label), "sleep");
}
bool futures_arg(VM& vm, Value list, std::vector<rt::Ref<rt::Future>>& out) {
  std::vector<Value> items;
  if (!vm.toList(list, items)) return false;
  for (Value v : items) {
    if (!is_future(S(vm), v)) {
      vm.raise(vm.eTypeError, "expected a Future");
      return false;
    }
    out.push_back(future_of(v));
  }
  return true;
}
Value gather(VM& vm, Args& a) {
  NARGS("gather", 3, 3);
  std::vector<rt::Ref<rt::Future>> fs;
  if (!futures_arg(vm, a[0], fs)) return Value::err();
  int t = vm.truthy(a[1]);
  if (t < 0) return Value::err();
  rt::EventLoop* l = loop_arg(vm, a, 2);
  if (!l && !fs.empty()) l = &fs[0]->loop();
  if (!l) l = S(vm).current_loop;
  if (!l) return vm.raise(vm.eRuntimeError, "no running event loop");
  return wrap_future(S(vm), rt::gather(*l, fs, t != 0));
}
Value shield(VM& vm, Args& a) {
  NARGS("shield", 1, 1);
  if (!is_future(S(vm), a[0])) return vm.raise(vm.eTypeError, "expected a Future");
  return wrap_future(S(vm), rt::shield(future_of(a[0])));
}
rt::Co<rt::Value> wait_co(State* st, std::vector<rt::Ref<rt::Future>> fs,
                          std::optional<double> timeout, rt::ReturnWhen when) {
  rt::WaitResult r = co_await rt::wait(std::move(fs), timeout, when);
  VM& vm = st->vm;
  std::vector<Value> done, pending;
  for (auto& f : r.done) done.push_back(wrap_future(*st, f));
  for (auto& f : r.pending) pending.push_back(wrap_future(*st, f));
  Value d = vm.newList(std::move(done));
  lang::Roots keep(vm, {d});
  Value p = vm.newList(std::move(pending));
  lang::Roots keep2(vm, {p});
  co_return to_rt(vm, vm.newTuple({d, p}));
}
Value wait(VM& vm, Args& a) {
  NARGS("wait", 3, 3);
  std::vector<rt::Ref<rt::Future>> fs;
  if (!futures_arg(vm, a[0], fs)) return Value::err();
  std::optional<double> timeout;
  if (!opt_double(vm, a[1], timeout)) return Value::err();
  if (!a[2].isInt()) return vm.raise(vm.eValueError, "Invalid return_when value");
  auto when = static_cast<rt::ReturnWhen>(a[2].i);
  return make_awaitable(S(vm), wait_co(&S(vm), std::move(fs), timeout, when), "wait");
}
Value waitFor(VM& vm, Args& a) {
  NARGS("wait_for", 2, 2);
  if (!is_future(S(vm), a[0])) return vm.raise(vm.eTypeError, "expected a Future");
  std::optional<double> timeout;
  if (!opt_double(vm, a[1], timeout)) return Value::err();
  return make_awaitable(
      S(vm), rt::wait_for(future_of(a[0]), timeout, call_label(vm, "wait_for", "timeout=", a[1])),
      "wait_for");
}
Value asCompletedNew(VM& vm, Args& a) {
  NARGS("as_completed_new", 2, 2);
  std::vector<rt::Ref<rt::Future>> fs;
  if (!futures_arg(vm, a[0], fs)) return Value::err();
  std::optional<double> timeout;
  if (!opt_double(vm, a[1], timeout)) return Value::err();
  Value h = handle(S(vm), {});
  static_cast<RtHandle*>(h.o)->extra = std::make_shared<rt::AsCompleted>(std::move(fs), timeout);
  return h;
}
Value asCompletedNext(VM& vm, Args& a) {
  auto ac = std::static_pointer_cast<rt::AsCompleted>(H(a)->extra);
  auto body = [](std::shared_ptr<rt::AsCompleted> ac) -> rt::Co<rt::Value> {
    co_return co_await ac->next();
  };
  return make_awaitable(S(vm), body(ac), "_wait_for_one");
}

// ---- timeouts and task groups -----------------------------------------------------------------

Value timeoutNew(VM& vm, Args& a) {
  NARGS("timeout_new", 2, 2);
  std::optional<double> when;
  if (!opt_double(vm, a[0], when)) return Value::err();
  int at = vm.truthy(a[1]);
  rt::Label label = call_label(vm, at ? "timeout_at" : "timeout", "", a[0]);
  return handle(S(vm),
                at ? rt::Value(rt::timeout_at(when, label)) : rt::Value(rt::timeout(when, label)));
}
rt::Timeout* TO(Args& a) { return H(a)->as<rt::Timeout>(); }
Value timeoutEnter(VM& vm, Args& a) {
  rt::Ref<rt::Timeout> t(TO(a));
  auto body = [](rt::Ref<rt::Timeout> t) -> rt::Co<rt::Value> {
    co_await t->aenter();
    co_return rt::Value{};
  };
  return make_awaitable(S(vm), body(t), "__aenter__");
}
Value timeoutExit(VM& vm, Args& a) {
  rt::Ref<rt::Timeout> t(TO(a));
  auto body = [](rt::Ref<rt::Timeout> t, rt::Value exc) -> rt::Co<rt::Value> {
    co_await t->aexit(exc);
    co_return rt::Value{};
  };
  return make_awaitable(S(vm), body(t, to_rt(vm, a[1])), "__aexit__");
}
Value timeoutWhen(VM&, Args& a) {
  auto w = TO(a)->when();
  return w ? Value::flt(*w) : Value::none();
}
Value timeoutReschedule(VM& vm, Args& a) {
  std::optional<double> when;
  if (!opt_double(vm, a[1], when)) return Value::err();
  rt::Value e = TO(a)->reschedule(when);
  if (e) return vm.raiseValue(from_rt(e));
  return Value::none();
}
Value timeoutState(VM&, Args& a) { return Value::integer(static_cast<int64_t>(TO(a)->state())); }

Value taskGroupNew(VM& vm, Args&) {
  return handle(S(vm), rt::Value(rt::make_ref<rt::TaskGroup>()));
}
rt::TaskGroup* TG(Args& a) { return H(a)->as<rt::TaskGroup>(); }
Value taskGroupEnter(VM& vm, Args& a) {
  rt::Ref<rt::TaskGroup> g(TG(a));
  auto body = [](rt::Ref<rt::TaskGroup> g) -> rt::Co<rt::Value> {
    co_await g->aenter();
    co_return rt::Value{};
  };
  return make_awaitable(S(vm), body(g), "__aenter__");
}
Value taskGroupExit(VM& vm, Args& a) {
  rt::Ref<rt::TaskGroup> g(TG(a));
  auto body = [](rt::Ref<rt::TaskGroup> g, rt::Value exc) -> rt::Co<rt::Value> {
    co_await g->aexit(exc);
    co_return rt::Value{};
  };
  return make_awaitable(S(vm), body(g, to_rt(vm, a[1])), "__aexit__");
}
Value taskGroupCreateTask(VM& vm, Args& a) {
  NARGS("create_task", 4, 4);
  State& st = S(vm);
  auto cl = coro_like(st, a[1]);
  if (!cl) return Value::err();
  rt::TaskOptions o;
  if (!a[2].isNone() && !vm.strInto(o.name, a[2])) return Value::err();
  if (!a[3].isNone()) o.context = to_rt(vm, a[3]);
  auto r = TG(a)->create_task(std::move(cl), std::move(o));
  if (r.exc) return vm.raiseValue(from_rt(r.exc));
  Value obj = wrap_future(st, r.value);
  static_cast<FutureObj*>(obj.o)->coro = a[1];
  return obj;
}
Value taskGroupRepr(VM& vm, Args& a) { return vm.newStr(TG(a)->repr()); }

// ---- synchronisation primitives ---------------------------------------------------------------

template <class T>
T* as(Args& a) {
  return H(a)->as<T>();
}
Value lockNew(VM& vm, Args&) { return handle(S(vm), rt::Value(rt::make_ref<rt::Lock>())); }
Value lockAcquire(VM& vm, Args& a) {
  auto body = [](rt::Ref<rt::Lock> l) -> rt::Co<rt::Value> { co_return co_await l->acquire(); };
  return make_awaitable(S(vm), body(rt::Ref<rt::Lock>(as<rt::Lock>(a))), "acquire");
}
Value raise_if(VM& vm, const rt::Value& e) {
  if (e) return vm.raiseValue(from_rt(e));
  return Value::none();
}
Value lockRelease(VM& vm, Args& a) { return raise_if(vm, as<rt::Lock>(a)->unlock()); }
Value lockLocked(VM&, Args& a) { return Value::boolean(as<rt::Lock>(a)->locked()); }
Value lockWaiters(VM&, Args& a) { return Value::integer(int64_t(as<rt::Lock>(a)->waiters())); }
Value eventWaiters(VM&, Args& a) { return Value::integer(int64_t(as<rt::Event>(a)->waiters())); }
Value semWaiters(VM&, Args& a) { return Value::integer(int64_t(as<rt::Semaphore>(a)->waiters())); }
Value condWaiters(VM&, Args& a) { return Value::integer(int64_t(as<rt::Condition>(a)->waiters())); }

Value eventNew(VM& vm, Args&) { return handle(S(vm), rt::Value(rt::make_ref<rt::Event>())); }
Value eventSet(VM&, Args& a) {
  as<rt::Event>(a)->set();
  return Value::none();
}
Value eventClear(VM&, Args& a) {
  as<rt::Event>(a)->clear();
  return Value::none();
}
Value eventIsSet(VM&, Args& a) { return Value::boolean(as<rt::Event>(a)->is_set()); }
Value eventWait(VM& vm, Args& a) {
  auto body = [](rt::Ref<rt::Event> e) -> rt::Co<rt::Value> { co_return co_await e->wait(); };
  return make_awaitable(S(vm), body(rt::Ref<rt::Event>(as<rt::Event>(a))), "wait");
}

Value semNew(VM& vm, Args& a) {
  NARGS("sem_new", 2, 2);
  long v = long(a[0].isInt() ? a[0].i : 1);
  if (vm.truthy(a[1])) return handle(S(vm), rt::Value(rt::make_ref<rt::BoundedSemaphore>(v)));
  return handle(S(vm), rt::Value(rt::make_ref<rt::Semaphore>(v)));
}
Value semAcquire(VM& vm, Args& a) {
  auto body = [](rt::Ref<rt::Semaphore> s) -> rt::Co<rt::Value> {
    co_return co_await s->acquire();
  };
  return make_awaitable(S(vm), body(rt::Ref<rt::Semaphore>(as<rt::Semaphore>(a))), "acquire");
}
Value semRelease(VM& vm, Args& a) { return raise_if(vm, as<rt::Semaphore>(a)->unlock()); }
Value semLocked(VM&, Args& a) { return Value::boolean(as<rt::Semaphore>(a)->locked()); }
Value semValue(VM&, Args& a) { return Value::integer(as<rt::Semaphore>(a)->value()); }

Value condNew(VM& vm, Args& a) {
  rt::Ref<rt::Lock> lock;
  if (a.n > 0 && !a[0].isNone()) lock = rt::Ref<rt::Lock>(H(a)->as<rt::Lock>());
  return handle(S(vm), rt::Value(rt::make_ref<rt::Condition>(lock)));
}
Value condLock(VM& vm, Args& a) { return handle(S(vm), rt::Value(as<rt::Condition>(a)->lock())); }
Value condWait(VM& vm, Args& a) {
  auto body = [](rt::Ref<rt::Condition> c) -> rt::Co<rt::Value> { co_return co_await c->wait(); };
  return make_awaitable(S(vm), body(rt::Ref<rt::Condition>(as<rt::Condition>(a))), "wait");
}
Value condNotify(VM& vm, Args& a) {
  int64_t n = a.n > 1 && a[1].isInt() ? a[1].i : 1;
  return raise_if(vm, as<rt::Condition>(a)->notify(size_t(n)));
}
Value condNotifyAll(VM& vm, Args& a) { return raise_if(vm, as<rt::Condition>(a)->notify_all()); }

Value barrierNew(VM& vm, Args& a) {
  long n = long(a.n > 0 && a[0].isInt() ? a[0].i : 1);
  return handle(S(vm), rt::Value(rt::make_ref<rt::Barrier>(n)));
}
Value barrierWait(VM& vm, Args& a) {
  auto body = [](rt::Ref<rt::Barrier> b) -> rt::Co<rt::Value> { co_return co_await b->wait(); };
  return make_awaitable(S(vm), body(rt::Ref<rt::Barrier>(as<rt::Barrier>(a))), "wait");
}
Value barrierReset(VM& vm, Args& a) {
  auto body = [](rt::Ref<rt::Barrier> b) -> rt::Co<rt::Value> {
    co_await b->reset();
    co_return rt::Value{};
  };
  return make_awaitable(S(vm), body(rt::Ref<rt::Barrier>(as<rt::Barrier>(a))), "reset");
}
Value barrierAbort(VM& vm, Args& a) {
  auto body = [](rt::Ref<rt::Barrier> b) -> rt::Co<rt::Value> {
    co_await b->abort();
    co_return rt::Value{};
  };
  return make_awaitable(S(vm), body(rt::Ref<rt::Barrier>(as<rt::Barrier>(a))), "abort");
}
Value barrierInfo(VM& vm, Args& a) {
  rt::Barrier* b = as<rt::Barrier>(a);
  return vm.newTuple({Value::integer(b->parties()), Value::integer(b->n_waiting()),
                      Value::boolean(b->broken()), Value::integer(int64_t(b->state()))});
}

Value queueNew(VM& vm, Args& a) {
  NARGS("queue_new", 2, 2);
  int64_t kind = a[0].isInt() ? a[0].i : 0;
  std::ptrdiff_t maxsize = a[1].isInt() ? std::ptrdiff_t(a[1].i) : 0;
  State* st = &S(vm);
  if (kind == 1) {
    auto less = [st](const rt::Value& x, const rt::Value& y) {
      Value r = st->vm.compare(lang::kLt, from_rt(x), from_rt(y));
      if (r.isErr()) {
        st->vm.takePending();
        return false;
      }
      return st->vm.truthy(r) > 0;
    };
    return handle(*st, rt::Value(rt::make_ref<rt::PriorityQueue>(less, maxsize)));
  }
  if (kind == 2) return handle(*st, rt::Value(rt::make_ref<rt::LifoQueue>(maxsize)));
  return handle(*st, rt::Value(rt::make_ref<rt::Queue>(maxsize)));
}
// The handle of a queue made by queue_new (asyncio.Queue._h): no dynamic_cast needed.
rt::Queue* Q(Args& a) {
  return static_cast<rt::Queue*>(static_cast<rt::RcObject*>(H(a)->obj.get()));
}
Value queuePut(VM& vm, Args& a) {
  auto body = [](rt::Ref<rt::Queue> q, rt::Value v) -> rt::Co<rt::Value> {
    co_await q->put(v);
    co_return rt::Value{};
  };
  return make_awaitable(S(vm), body(rt::Ref<rt::Queue>(Q(a)), to_rt(vm, a[1])), "put");
}
Value queueGet(VM& vm, Args& a) {
  auto body = [](rt::Ref<rt::Queue> q) -> rt::Co<rt::Value> { co_return co_await q->get(); };
  return make_awaitable(S(vm), body(rt::Ref<rt::Queue>(Q(a))), "get");
}
// Queue.put/get when they need not wait (CPython's put and get do not suspend then): the item
// is stored or taken now, without an awaitable; queue_put/queue_get are for the waiting case.
Value queueTryPut(VM& vm, Args& a) {
  rt::Queue* q = Q(a);
  if (q->full()) return Value::boolean(false);
  q->put_nowait(to_rt(vm, a[1]));  // cannot fail: the queue is not full
  return Value::boolean(true);
}
Value queueTryGet(VM& vm, Args& a) {
  rt::Queue* q = Q(a);
  if (q->empty()) return a[1];  // the caller's marker for "would wait"
  return result_to_py(vm, q->get_nowait());
}
Value queuePutNowait(VM& vm, Args& a) { return raise_if(vm, Q(a)->put_nowait(to_rt(vm, a[1]))); }
Value queueGetNowait(VM& vm, Args& a) { return result_to_py(vm, Q(a)->get_nowait()); }
Value queueTaskDone(VM& vm, Args& a) { return raise_if(vm, Q(a)->task_done()); }
Value queueJoin(VM& vm, Args& a) {
  auto body = [](rt::Ref<rt::Queue> q) -> rt::Co<rt::Value> {
    co_await q->join();
    co_return rt::Value{};
  };
  return make_awaitable(S(vm), body(rt::Ref<rt::Queue>(Q(a))), "join");
}
Value queueInfo(VM& vm, Args& a) {
  rt::Queue* q = Q(a);
  return vm.newTuple({Value::integer(int64_t(q->qsize())), Value::integer(int64_t(q->maxsize())),
                      Value::integer(int64_t(q->unfinished_tasks())),
                      Value::integer(int64_t(q->getters())),
                      Value::integer(int64_t(q->putters()))});
}
Value queueItems(VM& vm, Args& a) {
  std::vector<Value> out;
  for (const rt::Value& v : Q(a)->items()) out.push_back(from_rt(v));
  return vm.newList(std::move(out));
}

// asyncio.run(coro) on a fresh loop: rt::run creates Task-1's successor task, cancels what is
// left, waits for the default executor and closes the loop, as runners.run does.
Value runMain(VM& vm, Args& a) {
  NARGS("run", 2, 2);
  LOOP(0);
  State& st = S(vm);
  auto cl = coro_like(st, a[1]);
  if (!cl) return Value::err();
  rt::EventLoop* prev = st.current_loop;
  st.current_loop = loop;
  rt::Result r = rt::run(*loop, std::move(cl));
  st.current_loop = prev;
  return result_to_py(vm, r);
}
Value runnerNew(VM& vm, Args& a) {
  LOOP(0);
  Value h = handle(S(vm), {});
  static_cast<RtHandle*>(h.o)->extra = std::make_shared<rt::Runner>(*loop);
  return h;
}
Value runnerRun(VM& vm, Args& a) {
  NARGS("runner_run", 2, 2);
  auto r = std::static_pointer_cast<rt::Runner>(H(a)->extra);
  if (!r) return vm.raise(vm.eRuntimeError, "Runner is closed");
  auto cl = coro_like(S(vm), a[1]);
  if (!cl) return Value::err();
  if (!vm.canSuspendHost()) return result_to_py(vm, r->run(std::move(cl)));
  rt::Result failed;
  rt::Ref<rt::Task> task = r->start(std::move(cl), failed);
  if (!task) return result_to_py(vm, failed);
  suspend_host(vm, &r->loop(), task,
               [&vm](const rt::Result& res) { return result_to_py(vm, res); });
  return Value::err();
}
Value runnerClose(VM& vm, Args& a) {
  auto r = std::static_pointer_cast<rt::Runner>(H(a)->extra);
  if (r) {
    S(vm).release_finished(&r->loop());
    r->close();
  }
  return Value::none();
}

struct Fn {
  const char* name;
  lang::NativeFn fn;
};
const Fn kFns[] = {
    {"new_loop", newLoop},
    {"loop_time", loopTime},
    {"loop_call_soon", loopCallSoon},
    {"loop_call_later", loopCallLater},
    {"loop_call_at", loopCallAt},
    {"loop_create_future", loopCreateFuture},
    {"loop_create_task", loopCreateTask},
    {"loop_run_until_complete", loopRunUntilComplete},
    {"loop_run_forever", loopRunForever},
    {"loop_run_until_idle", loopRunUntilIdle},
    {"loop_stop", loopStop},
    {"loop_close", loopClose},
    {"loop_is_running", loopIsRunning},
    {"loop_is_closed", loopIsClosed},
    {"loop_run_in_executor", loopRunInExecutor},
    {"executor_run", executorRun},
    {"set_exception_handler", setExceptionHandler},
    {"default_exception_handler", defaultExceptionHandler},
    {"to_thread", toThread},
    {"block_for", blockFor},
    {"worker_ahead", workerAhead},
    {"worker_wait", workerWait},
    {"clock_now", clockNow},
    {"get_running_loop", getRunningLoop},
    {"set_event_loop", setEventLoop},
    {"get_event_loop_raw", getEventLoopRaw},
    {"current_task", currentTask},
    {"all_tasks", allTasks},
    {"iscoroutine", isCoroutine},
    {"isfuture", isFuture},
    {"future_label", futureLabel},
    {"register_contexts", registerContexts},
    {"track_threads", trackThreads},
    {"thread_name", threadName},
    {"format_exception", formatException},
    {"handled_exception", handledException},
    {"iscoroutinefunction", isCoroutineFunction},
    {"loop_run_nested", loopRunNested},
    {"run_coroutine_threadsafe", runCoroutineThreadsafe},
    {"register", registerTypes},
    {"sleep", sleep},
    {"gather", gather},
    {"shield", shield},
    {"wait", wait},
    {"wait_for", waitFor},
    {"as_completed_new", asCompletedNew},
    {"as_completed_next", asCompletedNext},
    {"timeout_new", timeoutNew},
    {"timeout_enter", timeoutEnter},
    {"timeout_exit", timeoutExit},
    {"timeout_when", timeoutWhen},
    {"timeout_reschedule", timeoutReschedule},
    {"timeout_state", timeoutState},
    {"taskgroup_new", taskGroupNew},
    {"taskgroup_enter", taskGroupEnter},
    {"taskgroup_exit", taskGroupExit},
    {"taskgroup_create_task", taskGroupCreateTask},
    {"taskgroup_repr", taskGroupRepr},
    {"lock_new", lockNew},
    {"lock_acquire", lockAcquire},
    {"lock_release", lockRelease},
    {"lock_locked", lockLocked},
    {"lock_waiters", lockWaiters},
    {"event_waiters", eventWaiters},
    {"sem_waiters", semWaiters},
    {"cond_waiters", condWaiters},
    {"event_new", eventNew},
    {"event_set", eventSet},
    {"event_clear", eventClear},
    {"event_is_set", eventIsSet},
    {"event_wait", eventWait},
    {"sem_new", semNew},
    {"sem_acquire", semAcquire},
    {"sem_release", semRelease},
    {"sem_locked", semLocked},
    {"sem_value", semValue},
    {"cond_new", condNew},
    {"cond_lock", condLock},
    {"cond_wait", condWait},
    {"cond_notify", condNotify},
    {"cond_notify_all", condNotifyAll},
    {"barrier_new", barrierNew},
    {"barrier_wait", barrierWait},
    {"barrier_reset", barrierReset},
    {"barrier_abort", barrierAbort},
    {"barrier_info", barrierInfo},
    {"queue_new", queueNew},
    {"queue_put", queuePut},
    {"queue_get", queueGet},
    {"queue_put_nowait", queuePutNowait},
    {"queue_try_put", queueTryPut},
    {"queue_try_get", queueTryGet},
    {"queue_get_nowait", queueGetNowait},
    {"queue_task_done", queueTaskDone},
    {"queue_join", queueJoin},
    {"queue_info", queueInfo},
    {"queue_items", queueItems},
    {"run", runMain},
    {"runner_new", runnerNew},
    {"runner_run", runnerRun},
    {"runner_close", runnerClose},
};

lang::Module* make_core(VM& vm) {
  State& st = S(vm);
  if (!st.tFuture) init_bridge_types(st);
  lang::Module* m = vm.newModule("_asyncio_core");
  for (const Fn& f : kFns) vm.addToModule(m, f.name, vm.newNative(f.name, f.fn));
  return m;
}

}  // namespace

void register_asyncio_core(VM& vm) { vm.moduleFactories["_asyncio_core"] = make_core; }

}  // namespace coroscope::modules
