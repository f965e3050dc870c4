// The loop, futures and tasks: §2.1 points 1-5 of the research notes, each against its twin.
#include "harness.hpp"
#include "runtime/gather.hpp"
#include "runtime/sleep.hpp"

namespace coroscope::rt::testing {
namespace {

// ---- 001_wake_latency -------------------------------------------------------------------------

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

Co<void> ticker(Program& p, int n) {
  for (int i = 0; i < n; ++i) {
    p.print("tick", i);
    co_await sleep(0);
  }
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
  co_await ticker(p, 2);
  co_return {};
}

TEST(Core, WakeLatency) {
  Program p;
  Result r = run(p.loop, wake_latency(p));
  EXPECT_TRUE(r.ok());
  EXPECT_EQ(p.print.text, expected("001_wake_latency"));
}

// ---- 002_ready_snapshot -----------------------------------------------------------------------

void chain(Program& p, int n) {
  p.print("chain", n);
  if (n < 3) p.loop.call_soon([&p, n](Future*) { chain(p, n + 1); });
}

Co<Value> ready_snapshot(Program& p) {
  EventLoop& loop = p.loop;
  loop.call_later(0, [&p](Future*) { p.print("later0 A"); });
  loop.call_soon([&p](Future*) { p.print("soon B"); });
  loop.call_soon([&p](Future*) { chain(p, 0); });
  loop.call_soon([&p](Future*) { p.print("soon C"); });
  for (int i = 0; i < 4; ++i) {
    p.print("main iteration", i);
    co_await sleep(0);
  }
  Ref<Handle> h = loop.call_soon([&p](Future*) { p.print("cancelled handle"); });
  h->cancel();
  Ref<Handle> t = loop.call_later(0.5, [&p](Future*) { p.print("cancelled timer"); });
  t->cancel();
  co_await sleep(1);
  p.print("done");
  co_return {};
}

TEST(Core, ReadySnapshot) {
  Program p;
  run(p.loop, ready_snapshot(p));
  EXPECT_EQ(p.print.text, expected("002_ready_snapshot"));
}

// ---- 003_equal_deadlines ----------------------------------------------------------------------

Co<Value> sleeper_i(Program& p, int i, double d) {
  co_await sleep(d);
  p.print("woke", i);
  co_return {};
}

Co<Value> equal_deadlines(Program& p) {
  EventLoop& loop = p.loop;
  std::vector<Ref<Future>> tasks;
  for (int i = 0; i < 8; ++i) tasks.emplace_back(create_task(sleeper_i(p, i, i % 2 ? 1 : 2)));
  double now = loop.time();
  for (int i = 0; i < 5; ++i) {
    loop.call_at(now + 3, [&p, i](Future*) { p.print("call_at", i); });
  }
  co_await gather(tasks);
  co_await sleep(5);
  p.print("end", loop.time() - now);
  co_return {};
}

TEST(Core, EqualDeadlinesFireInSchedulingOrder) {
  Program p;
  run(p.loop, equal_deadlines(p));
  EXPECT_EQ(p.print.text, expected("003_equal_deadlines"));
}

// ---- 004_start_order --------------------------------------------------------------------------

Co<Value> child(Program& p, std::string name, int n) {
  for (int i = 0; i < n; ++i) {
    p.print(name, i);
    co_await sleep(0);
  }
  co_return {};
}

Co<Value> start_order(Program& p) {
  Ref<Task> a = create_task(child(p, "a", 2));
  Ref<Task> b = create_task(child(p, "b", 2));
  p.print("main before yield", a->name(), b->name());
  co_await sleep(0);
  p.print("main after yield");
  co_await a;
  p.print("main after a");
  co_await b;
  p.print(a->result().value, b->done());
  co_return {};
}

TEST(Core, StartOrder) {
  Program p;
  run(p.loop, start_order(p));
  EXPECT_EQ(p.print.text, expected("004_start_order"));
}

// ---- 005_what_suspends ------------------------------------------------------------------------

Co<Value> inner(Program& p) {
  p.print("inner runs inline");
  co_return I(7);
}

Co<Value> other(Program& p) {
  p.print("other runs");
  co_return {};
}

Co<Value> what_suspends(Program& p) {
  Ref<Task> t = create_task(other(p));
  Value v = co_await inner(p);
  p.print("got", v);
  Ref<Future> done = p.loop.create_future();
  done->set_result(I(3));
  Value d = co_await done;
  p.print("done future gives", d);
  p.print("still before other");
  co_await sleep(0);
  p.print("after a real suspension");
  co_await t;
  co_return {};
}

TEST(Core, WhatSuspends) {
  Program p;
  run(p.loop, what_suspends(p));
  EXPECT_EQ(p.print.text, expected("005_what_suspends"));
}

}  // namespace
}  // namespace coroscope::rt::testing
