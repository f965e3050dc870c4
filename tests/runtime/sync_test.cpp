// Lock, Semaphore, BoundedSemaphore, Event, Condition (§2.1 point 17) and the Queue family.
#include "harness.hpp"
#include "runtime/gather.hpp"
#include "runtime/locks.hpp"
#include "runtime/queues.hpp"
#include "runtime/sleep.hpp"

namespace coroscope::rt::testing {
namespace {

// ---- 017_locks --------------------------------------------------------------------------------

Co<Value> locker(Program& p, Ref<Lock> lock, std::string name, double d) {
  p.print(name, "wants");
  co_await lock->acquire();
  p.print(name, "has");
  auto r = co_await catching(sleep(d));
  lock->unlock();
  if (r.exc) co_await raise(r.exc);
  p.print(name, "released");
  co_return {};
}

Co<Value> sem_user(Program& p, Ref<Semaphore> sem, int i) {
  co_await sem->acquire();
  p.print("sem in", i);
  co_await sleep(1);
  sem->unlock();
  p.print("sem out", i);
  co_return {};
}

Co<Value> event_waiter(Program& p, Ref<Event> ev, int i) {
  p.print("wait", i);
  co_await ev->wait();
  p.print("woke", i);
  co_return {};
}

Co<Value> consumer(Program& p, Ref<Condition> cond, std::vector<std::string>& items, int i) {
  co_await cond->acquire();
  co_await cond->wait_for([&] { return items.empty() ? Value{} : p.lang.make_bool(true); });
  p.print("consumer", i, "got", items.front());
  items.erase(items.begin());
  cond->unlock();
  co_return {};
}

Co<Value> cancelled_wait(Program& p, Ref<Condition> cond) {
  co_await cond->acquire();
  auto r = co_await catching(cond->wait());
  if (is_cancelled(r.exc)) p.print("cancelled wait holds lock:", cond->locked());
  cond->unlock();
  if (r.exc) co_await raise(r.exc);
  co_return {};
}

Co<Value> locks_main(Program& p) {
  auto lock = make_ref<Lock>();
  std::vector<Ref<Future>> ts;
  for (const char* n : {"a", "b", "c"}) ts.emplace_back(create_task(locker(p, lock, n, 1)));
  co_await sleep(0);
  p.print("locked", lock->locked());
  co_await gather(ts);
  co_await lock->acquire();
  Ref<Task> w1 = create_task(locker(p, lock, "w1", 0));
  Ref<Task> w2 = create_task(locker(p, lock, "w2", 0));
  co_await sleep(0);
  lock->unlock();
  w1->cancel();
  p.print("locked after release", lock->locked());
  co_await gather(futs(w1, w2), true);
  p.print("w1 cancelled", w1->cancelled());
  if (Value e = lock->unlock()) p.print("release unlocked:", e);

  auto sem = make_ref<Semaphore>(2);
  ts.clear();
  for (int i = 0; i < 4; ++i) ts.emplace_back(create_task(sem_user(p, sem, i)));
  co_await gather(ts);
  auto bs = make_ref<BoundedSemaphore>(1);
  if (Value e = bs->unlock()) p.print(e);

  auto ev = make_ref<Event>();
  ts.clear();
  for (int i = 0; i < 3; ++i) ts.emplace_back(create_task(event_waiter(p, ev, i)));
  co_await sleep(0);
  ev->set();
  p.print("set", ev->is_set());
  co_await gather(ts);

  auto cond = make_ref<Condition>();
  std::vector<std::string> items;
  ts.clear();
  for (int i = 0; i < 2; ++i) ts.emplace_back(create_task(consumer(p, cond, items, i)));
  co_await sleep(0);
  co_await cond->acquire();
  items.push_back("x");
  cond->notify();
  cond->unlock();
  co_await sleep(0);
  co_await cond->acquire();
  items.push_back("y");
  cond->notify_all();
  cond->unlock();
  co_await gather(ts);
  Ref<Task> t = create_task(cancelled_wait(p, cond));
  co_await sleep(0);
  t->cancel();
  co_await gather(futs(t), true);
  p.print("lock free:", !cond->locked(), t->cancelled());
  co_return {};
}

TEST(Sync, Locks) {
  Program p;
  run(p.loop, locks_main(p));
  EXPECT_EQ(p.print.text, expected("017_locks"));
}

// ---- 021_queue --------------------------------------------------------------------------------

Co<Value> producer(Program& p, Ref<Queue> q, int n) {
  for (int i = 0; i < n; ++i) {
    co_await q->put(I(i));
    p.print("put", i, "size", q->qsize());
  }
  co_await q->put({});
  co_return {};
}

Co<Value> q_consumer(Program& p, Ref<Queue> q) {
  for (;;) {
    Value item = co_await q->get();
    q->task_done();
    if (!item) break;
    p.print("got", item);
    co_await sleep(1);
  }
  co_return {};
}

Co<Value> q_worker(Program& p, Ref<Queue> q, std::string name) {
  for (;;) {
    Value item = co_await q->get();
    co_await sleep(static_cast<double>(native::as_int(item)));
    p.print(name, "did", item);
    q->task_done();
  }
}

Co<Value> queue_main(Program& p) {
  auto q = make_ref<Queue>(2);
  co_await gather(create_tasks(producer(p, q, 4), q_consumer(p, q)));
  q = make_ref<Queue>();
  for (int d : {3, 1, 2, 1}) q->put_nowait(I(d));
  std::vector<Ref<Future>> workers = create_tasks(q_worker(p, q, "w0"), q_worker(p, q, "w1"));
  co_await q->join();
  p.print("joined at", p.loop.time(), "unfinished", q->unfinished_tasks());
  for (auto& w : workers) w->cancel();
  co_await gather(workers, true);
  if (native::type_name(q->get_nowait().exc) == "QueueEmpty") p.print("QueueEmpty");
  auto full = make_ref<Queue>(1);
  full->put_nowait(I(1));
  if (native::type_name(full->put_nowait(I(2))) == "QueueFull") p.print("QueueFull");
  for (int i = 0; i < 2; ++i) {
    if (Value e = q->task_done()) {
      p.print(e);
      break;
    }
  }
  auto pq = make_ref<PriorityQueue>(
      [](const Value& a, const Value& b) { return native::as_int(a) < native::as_int(b); });
  for (int v : {5, 1, 4, 1, 3, 9, 2}) pq->put_nowait(I(v));
  std::vector<Value> out;
  while (!pq->empty()) out.push_back(pq->get_nowait().value);
  p.print("priority", native::list_(out));
  auto lq = make_ref<LifoQueue>();
  for (int v : {1, 2, 3}) lq->put_nowait(I(v));
  out.clear();
  for (int i = 0; i < 3; ++i) out.push_back(lq->get_nowait().value);
  p.print("lifo", native::list_(out));
  Ref<Task> getter = create_task(q->get());
  co_await sleep(0);
  getter->cancel();
  co_await gather(futs(getter), true);
  q->put_nowait(S("after cancel"));
  Value v = co_await q->get();
  p.print("get", v);
  co_return {};
}

TEST(Sync, Queues) {
  Program p;
  run(p.loop, queue_main(p));
  EXPECT_EQ(p.print.text, expected("021_queue"));
}

}  // namespace
}  // namespace coroscope::rt::testing

namespace coroscope::rt::testing {
namespace {

// ---- 031_barrier_runner -----------------------------------------------------------------------

struct BarrierProgram {
  native::NativeLanguage lang{true};
  EventLoop loop{lang};
  Printer print;
  native::ContextVar var{"var", S("unset")};
};

Co<Value> party(BarrierProgram& p, Ref<Barrier> barrier, std::string name, double delay) {
  co_await sleep(delay);
  p.print(name, "arrives,", barrier->n_waiting(), "waiting");
  Value index = co_await barrier->wait();
  p.print(name, "passes with index", index);
  co_return {};
}

Co<Value> doomed(BarrierProgram& p, Ref<Barrier> barrier, std::string name) {
  auto r = co_await catching(barrier->wait());
  if (native::type_name(r.exc) == "BrokenBarrierError")
    p.print(name, "broken:", r.exc);
  else if (r.exc)
    co_await raise(r.exc);
  co_return {};
}

Co<Value> first(BarrierProgram& p) {
  auto barrier = make_ref<Barrier>(3);
  p.print(barrier->parties(), barrier->broken());
  co_await gather(create_tasks(party(p, barrier, "a", 1), party(p, barrier, "b", 3),
                               party(p, barrier, "c", 2)));
  auto b2 = make_ref<Barrier>(3);
  std::vector<Ref<Future>> ts = create_tasks(doomed(p, b2, "x"), doomed(p, b2, "y"));
  co_await sleep(1);
  p.print("waiting", b2->n_waiting());
  co_await b2->abort();
  co_await gather(ts);
  p.print("broken", b2->broken());
  auto b3 = make_ref<Barrier>(2);
  Ref<Task> t = create_task(doomed(p, b3, "r"));
  co_await sleep(0);
  co_await b3->reset();
  co_await t;
  p.print("after reset broken?", b3->broken(), b3->n_waiting());
  p.var.set(p.lang, S("set in first run"));
  co_return S("first");
}

Co<Value> second(BarrierProgram& p) {
  p.print("second sees", p.var.get(p.lang));
  co_return S("second");
}

TEST(Sync, BarrierAndRunner) {
  BarrierProgram p;
  Runner runner(p.loop);
  p.print(runner.run(first(p)).value);
  p.print(runner.run(second(p)).value);
  runner.close();
  EXPECT_EQ(p.print.text, expected("031_barrier_runner"));
}

}  // namespace
}  // namespace coroscope::rt::testing
