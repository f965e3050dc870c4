// TaskGroup and timeout: §2.1 points 12, 13 and 14.
#include <algorithm>

#include "harness.hpp"
#include "runtime/async_with.hpp"
#include "runtime/sleep.hpp"
#include "runtime/task_group.hpp"
#include "runtime/timeout.hpp"

namespace coroscope::rt::testing {
namespace {

std::string reprs(const Value& group) {
  std::vector<Value> items;
  for (auto& e : native::as_exc(group)->exceptions) items.push_back(S(repr(e)));
  return native::repr(native::list_(items));
}

// ---- 012_taskgroup_abort_order ----------------------------------------------------------------

Co<Value> tg_sleeper(std::vector<int>& events, int i) {
  auto r = co_await catching(sleep(10));
  if (is_cancelled(r.exc)) events.push_back(i);
  if (r.exc) co_await raise(r.exc);
  co_return {};
}

Co<Value> failer() {
  co_await sleep(1);
  co_await raise(native::exc("RuntimeError", "fail"));
  co_return {};
}

Co<void> abort_body(Ref<TaskGroup> tg, std::vector<int>& events) {
  for (int i = 0; i < 8; ++i) tg->create_task(tg_sleeper(events, i));
  tg->create_task(failer());
  co_return;
}

Co<Value> abort_order(Program& p) {
  std::vector<int> events;
  auto tg = make_ref<TaskGroup>();
  auto r = co_await catching(async_with(tg, abort_body(tg, events)));
  if (native::type_name(r.exc) == "ExceptionGroup") p.print("caught", reprs(r.exc));
  std::sort(events.begin(), events.end());
  std::vector<Value> ev;
  for (int i : events) ev.push_back(I(i));
  p.print("cancelled children", native::list_(ev));
  co_return {};
}

TEST(Structured, TaskGroupAbortsEveryChild) {
  Program p;
  run(p.loop, abort_order(p));
  EXPECT_EQ(p.print.text, expected("012_taskgroup_abort_order"));
}

// ---- 013_taskgroup_errors ---------------------------------------------------------------------

Co<Value> fail(Program& p, double d, std::string msg) {
  co_await sleep(d);
  p.print("failing", msg);
  co_await raise(native::exc("ValueError", msg));
  co_return {};
}

Co<Value> slow(Program& p) {
  auto r = co_await catching(sleep(10));
  if (is_cancelled(r.exc)) p.print("slow cancelled");
  if (r.exc) co_await raise(r.exc);
  co_return {};
}

Co<void> errors_body(Program& p, Ref<TaskGroup> tg, Task* task) {
  tg->create_task(fail(p, 1, "e1"));
  tg->create_task(fail(p, 1, "e2"));
  tg->create_task(slow(p));
  auto r = co_await catching(sleep(5));
  if (is_cancelled(r.exc)) p.print("body cancelled, cancelling =", task->cancelling());
  if (r.exc) co_await raise(r.exc);
}

Co<Value> body_then_group(Program& p) {
  Task* task = current_task();
  auto tg = make_ref<TaskGroup>();
  auto r = co_await catching(async_with(tg, errors_body(p, tg, task)));
  if (native::type_name(r.exc) == "ExceptionGroup") {
    p.print("group:", r.exc, reprs(r.exc));
  } else if (r.exc) {
    co_await raise(r.exc);
  }
  p.print("after group, cancelling =", task->cancelling());
  auto t = tg->create_task(slow(p));
  if (!t.ok()) p.print("create_task after exit:", t.exc);
  co_return {};
}

Co<void> parent_body(Program& p, Ref<TaskGroup> tg) {
  tg->create_task(slow(p));
  co_await sleep(10);
}

Co<Value> parent_cancelled(Program& p) {
  auto tg = make_ref<TaskGroup>();
  co_await async_with(tg, parent_body(p, tg));
  co_return {};
}

Co<void> results_body(Ref<TaskGroup> tg, Ref<Task>& a, Ref<Task>& b) {
  a = tg->create_task(sleep(1, S("A"))).value;
  b = tg->create_task(sleep(2, S("B"))).value;
  co_return;
}

Co<Value> taskgroup_errors(Program& p) {
  co_await body_then_group(p);
  Ref<Task> t = create_task(parent_cancelled(p));
  co_await sleep(1);
  t->cancel();
  auto r = co_await catching(t);
  if (is_cancelled(r.exc)) p.print("parent propagated CancelledError");
  Ref<Task> a, b;
  auto tg = make_ref<TaskGroup>();
  co_await async_with(tg, results_body(tg, a, b));
  p.print("results", a->result().value, b->result().value);
  co_return {};
}

TEST(Structured, TaskGroupErrorPath) {
  Program p;
  run(p.loop, taskgroup_errors(p));
  EXPECT_EQ(p.print.text, expected("013_taskgroup_errors"));
}

// ---- 014_nested_timeouts ----------------------------------------------------------------------

Co<void> inner_scope(Program& p, Ref<Timeout> inner, Ref<Timeout> outer, double t0) {
  auto r = co_await catching(async_with(inner, sleep(3)));
  if (native::type_name(r.exc) == "TimeoutError") {
    p.print("inner timed out at", p.loop.time() - t0, inner->expired(), outer->expired());
  } else if (r.exc) {
    co_await raise(r.exc);
  }
  co_await sleep(10);
}

Co<void> reschedule_body(Program& p, Ref<Timeout> cm) {
  cm->reschedule(p.loop.time() + 4);
  co_await sleep(3);
}

Co<void> reschedule_none_body(Program& p, Ref<Timeout> cm) {
  cm->reschedule(std::nullopt);
  co_await sleep(2);
  cm->reschedule(p.loop.time());
  co_await sleep(1);
}

Co<void> past_deadline_body(Program& p) {
  p.print("body runs");
  co_await sleep(0);
  p.print("never");
}

Co<void> suppressing_body(Program& p) {
  auto r = co_await catching(sleep(2));
  if (is_cancelled(r.exc))
    p.print("body saw the cancel and returns normally");
  else if (r.exc)
    co_await raise(r.exc);
}

Co<Value> nested_timeouts(Program& p) {
  Task* task = current_task();
  EventLoop& loop = p.loop;
  double t0 = loop.time();
  Ref<Timeout> outer = timeout(5);
  Ref<Timeout> inner = timeout(1);
  auto r = co_await catching(async_with(outer, inner_scope(p, inner, outer, t0)));
  if (native::type_name(r.exc) == "TimeoutError") {
    p.print("outer timed out at", loop.time() - t0, outer->expired());
  }
  p.print("cancelling", task->cancelling());
  Ref<Timeout> cm = timeout(2);
  co_await async_with(cm, reschedule_body(p, cm));
  p.print("rescheduled scope survived, expired:", cm->expired());
  cm = timeout(1);
  r = co_await catching(async_with(cm, reschedule_none_body(p, cm)));
  if (native::type_name(r.exc) == "TimeoutError") {
    p.print("timeout_at now:", repr(r.exc), loop.time() - t0);
  }
  r = co_await catching(async_with(timeout_at(loop.time() - 1), past_deadline_body(p)));
  if (native::type_name(r.exc) == "TimeoutError") {
    p.print("past deadline expires at the first suspension");
  }
  r = co_await catching(async_with(timeout(1), suppressing_body(p)));
  if (native::type_name(r.exc) == "TimeoutError") p.print("not converted");
  p.print("cancelling", task->cancelling());
  co_return {};
}

TEST(Structured, NestedTimeouts) {
  Program p;
  run(p.loop, nested_timeouts(p));
  EXPECT_EQ(p.print.text, expected("014_nested_timeouts"));
}

}  // namespace
}  // namespace coroscope::rt::testing
