// shield, gather, wait_for and wait: §2.1 points 9, 10, 11, 15 and 16.
#include "harness.hpp"
#include "runtime/gather.hpp"
#include "runtime/shield.hpp"
#include "runtime/sleep.hpp"
#include "runtime/wait.hpp"

namespace coroscope::rt::testing {
namespace {

// ---- 009_shield -------------------------------------------------------------------------------

Co<Value> work(Program& p, int n) {
  co_await sleep(1);
  p.print("work finished", n);
  co_return I(42);
}

Co<Value> shield_awaiter(Program& p, Ref<Task> inner) {
  auto r = co_await catching(shield(inner));
  if (is_cancelled(r.exc)) p.print("awaiter cancelled");
  if (r.exc) co_await raise(r.exc);
  co_return r.value;
}

Co<Value> shield_main(Program& p) {
  Ref<Task> inner = create_task(work(p, 1));
  Ref<Task> t = create_task(shield_awaiter(p, inner));
  co_await sleep(0);
  t->cancel();
  auto r = co_await catching(t);
  if (is_cancelled(r.exc)) p.print("t cancelled", t->cancelled());
  Value v = co_await inner;
  p.print("inner result", v);
  Ref<Task> inner2 = create_task(work(p, 2));
  Ref<Future> outer = shield(inner2);
  co_await sleep(0);
  inner2->cancel();
  auto r2 = co_await catching(outer);
  if (is_cancelled(r2.exc)) p.print("outer cancelled too", outer->cancelled());
  Ref<Future> done = p.loop.create_future();
  done->set_result(I(5));
  p.print("shield of done is itself", shield(done) == done);
  co_return {};
}

TEST(Combinators, Shield) {
  Program p;
  run(p.loop, shield_main(p));
  EXPECT_EQ(p.print.text, expected("009_shield"));
}

// ---- 010_gather_siblings ----------------------------------------------------------------------

Co<Value> ok(Program& p, std::string name, double d) {
  co_await sleep(d);
  p.print("ok", name);
  co_return S(name);
}

Co<Value> bad(double d) {
  co_await sleep(d);
  co_await raise(native::exc("ValueError", "boom"));
  co_return {};
}

Co<Value> gather_siblings(Program& p) {
  Ref<Task> a = create_task(ok(p, "a", 2));
  std::vector<Ref<Future>> rest = create_tasks(bad(1), ok(p, "c", 3));
  auto r = co_await catching(gather(futs(a, rest[0], rest[1])));
  if (native::type_name(r.exc) == "ValueError") {
    p.print("gather raised", repr(r.exc), "a done", a->done());
  }
  co_await sleep(3);
  p.print("a result", a->result().value);
  Value v = co_await gather(create_tasks(ok(p, "x", 1), bad(0.5)), true);
  p.print("with return_exceptions", v);
  v = co_await gather(futs(a, a));
  p.print("duplicates", v);
  v = co_await gather(futs());
  p.print("empty", v);
  co_return {};
}

TEST(Combinators, GatherFailureLeavesSiblingsRunning) {
  Program p;
  run(p.loop, gather_siblings(p));
  EXPECT_EQ(p.print.text, expected("010_gather_siblings"));
}

// ---- 011_gather_cancel ------------------------------------------------------------------------

Co<Value> gchild(Program& p, std::string name) {
  auto r = co_await catching(sleep(5));
  if (is_cancelled(r.exc)) p.print("child", name, "cancelled", repr(r.exc));
  if (r.exc) co_await raise(r.exc);
  co_return {};
}

Co<Value> gather_cancel(Program& p) {
  Ref<Future> g = gather(create_tasks(gchild(p, "a"), gchild(p, "b")));
  co_await sleep(0);
  p.print("cancel", g->cancel(S("stop")));
  auto r = co_await catching(g);
  if (is_cancelled(r.exc)) p.print("gather raised", repr(r.exc));
  Ref<Future> g2 = gather(create_tasks(gchild(p, "c"), gchild(p, "d")), true);
  co_await sleep(0);
  g2->cancel(S("msg2"));
  r = co_await catching(g2);
  if (r.ok()) p.print(r.value);
  if (is_cancelled(r.exc)) p.print("gather(return_exceptions) raised", repr(r.exc));
  Ref<Task> t1 = create_task(gchild(p, "e"));
  Ref<Task> t2 = create_task(gchild(p, "f"));
  Ref<Future> g3 = gather(futs(t1, t2), true);
  co_await sleep(0);
  t1->cancel(S("only e"));
  p.print("results", Value{});
  t2->cancel();
  Value v = co_await g3;
  p.print(native::repr(v));
  co_return {};
}

TEST(Combinators, GatherCancellation) {
  Program p;
  run(p.loop, gather_cancel(p));
  EXPECT_EQ(p.print.text, expected("011_gather_cancel"));
}

// ---- 015_wait_for -----------------------------------------------------------------------------

Co<Value> slow(double d, std::string r) {
  co_await sleep(d);
  co_return S(r);
}

Co<Value> stubborn(Program& p) {
  auto r = co_await catching(sleep(5));
  if (is_cancelled(r.exc)) {
    p.print("stubborn suppresses the cancel");
    co_await sleep(1);
    co_return S("kept");
  }
  if (r.exc) co_await raise(r.exc);
  co_return {};
}

Co<Value> cleanup(Program& p) {
  auto r = co_await catching(sleep(5));
  if (is_cancelled(r.exc)) {
    p.print("cleanup starts");
    co_await sleep(1);
    p.print("cleanup ends");
  }
  if (r.exc) co_await raise(r.exc);
  co_return {};
}

Co<Value> wf_outer(Program& p) { co_return co_await wait_for(cleanup(p), 10); }

Co<Value> wait_for_main(Program& p) {
  EventLoop& loop = p.loop;
  double t0 = loop.time();
  Value v = co_await wait_for(slow(1, "fast enough"), 2);
  p.print(v);
  auto r = co_await catching(wait_for(slow(3, "x"), 1));
  if (native::type_name(r.exc) == "TimeoutError") {
    p.print("timed out", repr(r.exc), loop.time() - t0);
  }
  v = co_await wait_for(stubborn(p), 1);
  p.print(v, loop.time() - t0);
  r = co_await catching(wait_for(cleanup(p), 1));
  if (native::type_name(r.exc) == "TimeoutError")
    p.print("timeout after cleanup", loop.time() - t0);
  v = co_await wait_for(slow(1, "no timeout"), std::nullopt);
  p.print(v);
  r = co_await catching(wait_for(slow(1, "zero"), 0));
  if (native::type_name(r.exc) == "TimeoutError") p.print("zero timeout", loop.time() - t0);
  Ref<Task> t = create_task(wf_outer(p));
  co_await sleep(1);
  t->cancel();
  r = co_await catching(t);
  if (is_cancelled(r.exc)) p.print("outer cancel propagated", loop.time() - t0);
  co_return {};
}

TEST(Combinators, WaitFor) {
  Program p;
  run(p.loop, wait_for_main(p));
  EXPECT_EQ(p.print.text, expected("015_wait_for"));
}

// ---- 016_wait ---------------------------------------------------------------------------------

Co<Value> job(double d, bool fail = false) {
  co_await sleep(d);
  if (fail) co_await raise(native::exc("ValueError", "x"));
  co_return I(static_cast<int>(d));
}

std::string names(const std::vector<Ref<Future>>& fs, const std::vector<Ref<Future>>& tasks) {
  std::vector<Value> idx;
  for (std::size_t i = 0; i < tasks.size(); ++i) {
    for (auto& f : fs) {
      if (f == tasks[i]) idx.push_back(I(static_cast<int>(i)));
    }
  }
  return native::repr(native::list_(idx));
}

Co<Value> wait_main(Program& p) {
  std::vector<Ref<Future>> tasks;
  tasks = create_tasks(job(3), job(1), job(2));
  WaitResult w = co_await wait(tasks, std::nullopt, ReturnWhen::FirstCompleted);
  p.print("first completed", names(w.done, tasks), names(w.pending, tasks));
  std::vector<Value> flags;
  for (auto& f : w.pending) flags.push_back(p.lang.make_bool(f->cancelled()));
  p.print("pending cancelled?", native::repr(native::list_(flags)));
  w = co_await wait(tasks, 0.5);
  p.print("timeout", names(w.done, tasks), names(w.pending, tasks));
  w = co_await wait(tasks);
  std::vector<Value> results;
  for (auto& t : tasks) results.push_back(t->result().value);
  p.print("all", names(w.done, tasks), names(w.pending, tasks),
          native::repr(native::list_(results)));
  tasks = create_tasks(job(1), job(2, true), job(3));
  w = co_await wait(tasks, std::nullopt, ReturnWhen::FirstException);
  p.print("first exception", names(w.done, tasks), names(w.pending, tasks), p.loop.time());
  co_await wait(w.pending);
  co_return {};
}

TEST(Combinators, Wait) {
  Program p;
  run(p.loop, wait_main(p));
  EXPECT_EQ(p.print.text, expected("016_wait"));
}

}  // namespace
}  // namespace coroscope::rt::testing
