// Runtime behaviour beyond CPython's surface: the host-driven API, the trace, frame-stack depth,
// deadlock and livelock detection, timer-heap cleanup, escaping base exceptions, eager tasks.
#include <chrono>
#include <thread>

#include "harness.hpp"
#include "runtime/gather.hpp"
#include "runtime/shield.hpp"
#include "runtime/sleep.hpp"

namespace coroscope::rt::testing {
namespace {

// The 001 twin again, driven by a host the way the browser does: run_once(false) slices.
Co<Value> waiter(Program& p, Ref<Future> fut) {
  p.print("waiter start");
  Value v = co_await fut;
  p.print("waiter got", v);
  co_return {};
}
Co<Value> sleeper(Program& p, double t0) {
  co_await sleep(1);
  p.print("sleeper woke at", p.loop.time() - t0);
  co_return {};
}
Co<Value> wake_latency(Program& p) {
  EventLoop& loop = p.loop;
  Ref<Future> fut = loop.create_future();
  Ref<Task> t = create_task(waiter(p, fut));
  co_await sleep(0);
  loop.call_soon([&p](Future*) { p.print("cb A"); });
  fut->set_result(I(1));
  loop.call_soon([&p](Future*) { p.print("cb B"); });
  p.print("set done");
  co_await sleep(0);
  p.print("main after sleep0");
  co_await t;
  double t0 = loop.time();
  Ref<Task> s = create_task(sleeper(p, t0));
  co_await sleep(0);
  loop.call_at(t0 + 1, [&p](Future*) { p.print("timer at 1"); });
  co_await sleep(1);
  p.print("main woke");
  co_await s;
  for (int i = 0; i < 2; ++i) {
    p.print("tick", i);
    co_await sleep(0);
  }
  co_return {};
}

TEST(Loop, HostDrivenSlicesReproduceTheTwin) {
  Program p;
  Ref<Task> main = create_task(p.loop, wake_latency(p));
  int slices = 0;
  while (!main->done() && p.loop.run_once(false)) ++slices;
  EXPECT_TRUE(main->done());
  EXPECT_GT(slices, 5);
  EXPECT_EQ(p.print.text, expected("001_wake_latency"));
  EXPECT_FALSE(p.loop.next_deadline().has_value());
}

TEST(Loop, RealClockRunOnceNeverBlocks) {
  native::NativeLanguage lang;
  EventLoop loop(lang, make_real_clock());
  bool fired = false;
  loop.call_later(0.05, [&fired](Future*) { fired = true; });
  auto start = std::chrono::steady_clock::now();
  EXPECT_TRUE(loop.run_once(false));
  double spent = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  EXPECT_LT(spent, 0.04);
  EXPECT_FALSE(fired);
  ASSERT_TRUE(loop.next_deadline().has_value());
  double deadline = *loop.next_deadline();
  EXPECT_GE(deadline, loop.time());
  loop.clock().advance_to(deadline);  // the host's setTimeout
  loop.run_once(false);
  EXPECT_TRUE(fired);
}

// ---- trace --------------------------------------------------------------------------------------

struct Recorder : Tracer {
  std::string text;
  Language* lang = nullptr;
  void on_event(const TraceEvent& e) override {
    text.append("i").append(std::to_string(e.iteration)).append(" t=").append(py(e.time));
    text.append(" ").append(to_string(e.kind)).append(" task=").append(std::to_string(e.task));
    if (e.other) text.append(" other=").append(std::to_string(e.other));
    if (e.by) text.append(" by=").append(std::to_string(e.by));
    if (e.flag) text.append(" flag=").append(std::to_string(e.flag));
    if (e.label) text.append(" ").append(lang->labels.text(e.label));
    if (e.kind == TraceKind::CancelRequested || e.kind == TraceKind::Uncancelled) {
      text.append(" count=").append(std::to_string(e.count));
    }
    if (e.value && *e.value) text.append(" ").append(native::repr(*e.value));
    text.append("\n");
  }
};

Co<Value> traced_child() {
  co_await sleep(1);
  co_return I(7);
}

Co<Value> traced_main() {
  Ref<Task> c = create_task(traced_child());
  co_await sleep(0);
  c->cancel(S("stop"));
  auto r = co_await catching(c);
  (void)r;
  co_return I(1);
}

TEST(Loop, TraceRecordsEveryStateChange) {
  native::NativeLanguage lang;
  Recorder rec;
  rec.lang = &lang;
  EventLoop loop(lang, nullptr, &rec);
  Ref<Task> t = create_task(loop, traced_main());
  loop.run_until_complete(t);
  // Ids: futures, tasks, handles, timers and callbacks share one counter. Iteration 0: Task-1
  // (id 1) runs its first step (handle 2), creates Task-2 (id 4, step handle 5) and yields.
  // Iteration 1: Task-2 starts (it was queued first), arms a 1 s timer (8) and blocks on its
  // future (7); Task-1 cancels it, which cancels that future and queues Task-2's wake-up.
  // Iteration 2: Task-2 wakes with CancelledError and ends cancelled, waking Task-1. Iteration 3:
  // Task-1 returns, which queues run_until_complete's stop callback (iteration 4).
  const char* want =
      "i0 t=0.0 task_created task=1\n"
      "i0 t=0.0 ready task=1 other=2 flag=1\n"
      "i0 t=0.0 run task=1 other=2 flag=1\n"
      "i0 t=0.0 step_begin task=1\n"
      "i0 t=0.0 task_created task=4 by=1\n"
      "i0 t=0.0 ready task=4 other=5 flag=1\n"
      "i0 t=0.0 step_end task=1\n"
      "i0 t=0.0 ready task=1 other=6 flag=1\n"
      "i1 t=0.0 run task=4 other=5 flag=1\n"
      "i1 t=0.0 step_begin task=4\n"
      "i1 t=0.0 timer_added task=4 other=8 sleep\n"
      "i1 t=0.0 step_end task=4 flag=1\n"
      "i1 t=0.0 blocked task=4 other=7\n"
      "i1 t=0.0 run task=1 other=6 flag=1\n"
      "i1 t=0.0 step_begin task=1\n"
      "i1 t=0.0 cancel_requested task=4 by=1 count=1 'stop'\n"
      "i1 t=0.0 woken task=4 other=7 by=1 cancel 'stop'\n"
      "i1 t=0.0 ready task=4 other=10 flag=2\n"
      "i1 t=0.0 step_end task=1 flag=1\n"
      "i1 t=0.0 blocked task=1 other=4\n"
      "i2 t=0.0 run task=4 other=10 flag=2\n"
      "i2 t=0.0 step_begin task=4 flag=1\n"
      "i2 t=0.0 timer_cancelled task=0 other=8\n"
      "i2 t=0.0 step_end task=4 flag=3\n"
      "i2 t=0.0 task_done task=4 flag=2\n"
      "i2 t=0.0 woken task=1 other=4 by=4 @ cancelled\n"
      "i2 t=0.0 ready task=1 other=12 flag=2\n"
      "i3 t=0.0 run task=1 other=12 flag=2\n"
      "i3 t=0.0 step_begin task=1 flag=1\n"
      "i3 t=0.0 step_end task=1 flag=2\n"
      "i3 t=0.0 task_done task=1 1\n"
      "i3 t=0.0 ready task=0 other=13 _run_until_complete_cb()\n"
      "i4 t=0.0 run task=0 other=13\n";
  EXPECT_EQ(rec.text, want);
}

// ---- frame stack
// ----------------------------------------------------------------------------------

Co<Value> nest(int n) {
  if (n == 0) {
    co_await sleep(0);
    co_return I(0);
  }
  Value v = co_await nest(n - 1);
  co_return I(native::as_int(v) + 1);
}

Co<Value> nest_raise(int n) {
  if (n == 0) {
    co_await sleep(0);
    co_await raise(native::exc("ValueError", "deep"));
    co_return {};
  }
  co_return co_await nest_raise(n - 1);
}

Co<Value> deep_main(Program& p) {
  Value v = co_await nest(100000);
  p.print("depth", v);
  auto r = co_await catching(nest_raise(100000));
  p.print("raised through", repr(r.exc));
  for (int i = 0; i < 200000; ++i) co_await sleep(0);
  p.print("200000 switches");
  co_return {};
}

TEST(Loop, DeepAwaitChainsKeepTheStackFlat) {
  Program p;
  run(p.loop, deep_main(p));
  EXPECT_EQ(p.print.text, "depth 100000\nraised through ValueError('deep')\n200000 switches\n");
}

// ---- deadlock, livelock, base exceptions
// ----------------------------------------------------------

TEST(Loop, DeadlockStopsInsteadOfHanging) {
  Program p;
  Ref<Future> never = p.loop.create_future();
  Result r = p.loop.run_until_complete(never);
  EXPECT_EQ(p.loop.stop_reason(), StopReason::Deadlock);
  EXPECT_EQ(repr(r.exc), "RuntimeError('Event loop stopped before Future completed.')");
}

Co<Value> spin() {
  for (;;) co_await sleep(0);
}

TEST(Loop, LivelockIsDetectedOnTheVirtualClock) {
  Program p;
  p.loop.set_livelock_limit(1000);
  Ref<Task> s = create_task(p.loop, spin());
  Ref<Task> t = create_task(p.loop, sleep(1));
  Result r = p.loop.run_until_complete(t);
  EXPECT_EQ(p.loop.stop_reason(), StopReason::Livelock);
  EXPECT_FALSE(r.ok());
  EXPECT_LE(p.loop.iteration(), 1002u);
}

Co<Value> interrupted() {
  co_await sleep(0);
  co_await raise(native::exc_noargs("KeyboardInterrupt", true));
  co_return {};
}

TEST(Loop, KeyboardInterruptEscapesTheLoop) {
  Program p;
  bool later = false;
  Ref<Task> t = create_task(p.loop, interrupted());
  Ref<Task> forever = create_task(p.loop, sleep(100));
  p.loop.call_later(1, [&later](Future*) { later = true; });
  Result r = p.loop.run_until_complete(forever);
  EXPECT_EQ(p.loop.stop_reason(), StopReason::BaseException);
  EXPECT_EQ(repr(r.exc), "KeyboardInterrupt()");
  EXPECT_EQ(repr(t->result().exc), "KeyboardInterrupt()");
  EXPECT_FALSE(later);
}

// ---- timer heap cleanup
// -----------------------------------------------------------------------------

TEST(Loop, CancelledTimersAreCleanedLikeCPython) {
  Program p;
  std::vector<Ref<Handle>> hs;
  for (int i = 0; i < 150; ++i) hs.push_back(p.loop.call_later(10 + i, [](Future*) {}));
  // Few cancelled: only those at the head of the heap are popped.
  // (A ready callback keeps the virtual clock from jumping to the next timer.)
  for (int i = 1; i < 40; ++i) hs[i]->cancel();
  hs[0]->cancel();
  p.loop.call_soon([](Future*) {});
  p.loop.run_once(false);
  EXPECT_EQ(p.loop.timer_count(), 110u);
  // Cancelled timers behind a live head stay while they are few...
  hs[120]->cancel();
  p.loop.call_soon([](Future*) {});
  p.loop.run_once(false);
  EXPECT_EQ(p.loop.timer_count(), 110u);
  // ...but more than half cancelled among more than 100: the heap is rebuilt without them.
  for (int i = 40; i < 100; ++i) hs[i]->cancel();
  p.loop.call_soon([](Future*) {});
  p.loop.run_once(false);
  EXPECT_EQ(p.loop.timer_count(), 49u);
}

// ---- eager start (3.12's eager_start, opt-in)
// -------------------------------------------------------

Co<Value> eager_child(Program& p, bool block) {
  p.print("child runs");
  if (block) co_await sleep(0);
  p.print("child ends");
  co_return I(1);
}

Co<Value> eager_main(Program& p) {
  Ref<Task> a = create_task(eager_child(p, false), TaskOptions{{}, {}, true});
  p.print("created a, done:", a->done());
  Ref<Task> b = create_task(eager_child(p, true), TaskOptions{{}, {}, true});
  p.print("created b, done:", b->done());
  co_await b;
  co_return {};
}

TEST(Loop, EagerTasksRunTheirFirstStepInCreateTask) {
  Program p;
  run(p.loop, eager_main(p));
  EXPECT_EQ(p.print.text,
            "child runs\nchild ends\ncreated a, done: True\nchild runs\ncreated b, done: False\n"
            "child ends\n");
}

}  // namespace
}  // namespace coroscope::rt::testing

namespace coroscope::rt::testing {
namespace {

TEST(Loop, RunForeverUntilStop) {
  Program p;
  int ticks = 0;
  p.loop.call_later(2.5, [&p](Future*) { p.loop.stop(); });
  for (int i = 1; i <= 3; ++i) p.loop.call_later(i, [&ticks](Future*) { ++ticks; });
  p.loop.run_forever();
  EXPECT_EQ(p.loop.stop_reason(), StopReason::Stopped);
  EXPECT_EQ(ticks, 2);
  EXPECT_EQ(p.loop.time(), 2.5);
  p.loop.run_forever();  // the loop can run again; the last timer is still due
  EXPECT_EQ(p.loop.stop_reason(), StopReason::Deadlock);
  EXPECT_EQ(ticks, 3);
}

}  // namespace
}  // namespace coroscope::rt::testing

namespace coroscope::rt::testing {
namespace {

TEST(Loop, RealClockSleepsForReal) {
  native::NativeLanguage lang;
  EventLoop loop(lang, make_real_clock());
  auto start = std::chrono::steady_clock::now();
  Result r = run(loop, sleep(0.02, I(5)));
  double spent = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  EXPECT_EQ(repr(r.value), "5");
  EXPECT_GE(spent, 0.02);
  EXPECT_LT(spent, 2.0);
}

TEST(Loop, RealClockSpeedScalesLoopTime) {
  native::NativeLanguage lang;
  EventLoop loop(lang, make_real_clock(20.0));
  auto start = std::chrono::steady_clock::now();
  Result r = run(loop, sleep(1.0, I(7)));  // one loop second is 50 ms of wall time
  double spent = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  EXPECT_EQ(repr(r.value), "7");
  EXPECT_GE(loop.time(), 1.0);
  EXPECT_GE(spent, 0.05);
  EXPECT_LT(spent, 0.9);
}

struct KindRecorder : Tracer {
  std::string text;
  void on_event(const TraceEvent& e) override {
    switch (e.kind) {
      case TraceKind::Lane:
      case TraceKind::LoopBlocked:
      case TraceKind::LoopUnblocked:
        text.append(to_string(e.kind)).append(" t=").append(py(e.time));
        if (e.kind == TraceKind::Lane) text.append(" state=").append(std::to_string(e.flag));
        if (!e.name.empty()) text.append(" ").append(e.name);
        if (e.when) text.append(" until=").append(py(e.when));
        text.append("\n");
        break;
      default:
        break;
    }
  }
};

Co<Value> lane_body(double d) {
  co_await worker_sleep(d);
  co_return {};
}

Co<Value> lanes_main(EventLoop& loop) {
  Ref<Task> t = create_task(to_thread(lane_body(2)));
  co_await sleep(0);
  loop.block_for(3);
  co_await t;
  co_return {};
}

TEST(Loop, TraceShowsWorkerLanesAndTheBlockedLoop) {
  native::NativeLanguage lang;
  KindRecorder rec;
  EventLoop loop(lang, nullptr, &rec);
  run(loop, lanes_main(loop));
  EXPECT_EQ(rec.text,
            "lane t=0.0 state=0 asyncio_0\n"  // starts its item
            "lane t=0.0 state=1 asyncio_0\n"  // sleeps
            "loop_blocked t=0.0 until=3.0\n"
            "lane t=2.0 state=0 asyncio_0\n"  // wakes
            "lane t=2.0 state=2 asyncio_0\n"  // is done
            "loop_unblocked t=3.0\n");
}

}  // namespace
}  // namespace coroscope::rt::testing

namespace coroscope::rt::testing {
namespace {

Co<Value> awaits_forever(Ref<Future> never) {
  Ref<Future> g = gather(futs(never));
  Ref<Future> s = shield(never);
  co_await g;
  co_await s;
  co_return {};
}

TEST(Loop, ClosingBreaksCyclesOfAbandonedTasks) {
  // gather and shield link the child and the outer future both ways until one completes; a
  // task left waiting forever must not leak them (LeakSanitizer checks this in the asan build).
  Program p;
  std::vector<std::string> reports;
  p.loop.set_exception_handler(
      [&reports](EventLoop&, const ErrorContext& c) { reports.push_back(c.message); });
  Ref<Future> never = p.loop.create_future();
  Ref<Task> t = create_task(p.loop, awaits_forever(never));
  Result r = p.loop.run_until_complete(t);
  EXPECT_EQ(p.loop.stop_reason(), StopReason::Deadlock);
  EXPECT_FALSE(r.ok());
  p.loop.close();
  EXPECT_FALSE(t->done());
  EXPECT_EQ(reports, std::vector<std::string>{"Task was destroyed but it is pending!"});
}

// ---- 030_notebook: the host runs a notebook-style file the way the reference runner does ----

struct FinallyPrint {
  Printer& print;
  ~FinallyPrint() { print("finally of stuck"); }
};

Co<Value> stuck(Program& p) {
  FinallyPrint f{p.print};
  co_await p.loop.create_future();
  co_return {};
}

Co<Value> notebook_file(Program& p) {
  create_task(stuck(p));
  co_await sleep(0);
  p.print("end of file");
  co_return {};
}

TEST(Loop, NotebookStyleRunLeavesBlockedTasksToTheEnd) {
  Program p;
  p.loop.set_exception_handler([](EventLoop&, const ErrorContext&) {});
  Ref<Task> file = create_task(p.loop, notebook_file(p));
  while (p.loop.run_once()) {
  }
  EXPECT_TRUE(file->done());
  p.loop.close();  // interpreter exit: pending coroutines are closed, their finally blocks run
  EXPECT_EQ(p.print.text, expected("030_notebook"));
}

}  // namespace
}  // namespace coroscope::rt::testing
