// Task and Future API details, executors, and cancelled waiters in locks and queues.
#include <algorithm>

#include "harness.hpp"
#include "runtime/gather.hpp"
#include "runtime/locks.hpp"
#include "runtime/queues.hpp"
#include "runtime/sleep.hpp"
#include "runtime/threads.hpp"

namespace coroscope::rt::testing {
namespace {

std::string sorted_names(EventLoop& loop) {
  std::vector<std::string> names;
  for (auto& t : loop.all_tasks()) names.push_back(t->name());
  std::sort(names.begin(), names.end());
  std::vector<Value> v;
  for (auto& n : names) v.push_back(S(n));
  return native::repr(native::list_(v));
}

// ---- 024_task_api -----------------------------------------------------------------------------

Co<Value> child(double n) {
  co_await sleep(n);
  co_return I(static_cast<int>(n));
}

Co<Value> selfish() {
  co_await Ref<Task>(current_task());
  co_return {};
}

Co<Value> task_api(Program& p) {
  EventLoop& loop = p.loop;
  p.print("main is", current_task()->name());
  Ref<Task> a = create_task(child(1));
  Ref<Task> b = create_task(child(2), TaskOptions{"bee", {}, false});
  Ref<Task> c = create_task(child(3));
  p.print(a->name(), b->name(), c->name());
  c->set_name("sea");
  p.print("all tasks", sorted_names(loop));
  Ref<Future> fut = loop.create_future();
  for (int i = 0; i < 3; ++i) {
    fut->add_done_callback([&p, i](Future* f) { p.print("callback", i, f->result().value); });
  }
  fut->set_result(S("r"));
  p.print("callbacks scheduled, not run");
  co_await sleep(0);
  p.print("after one iteration");
  co_await gather(futs(a, b, c));
  p.print("all tasks", sorted_names(loop));
  Ref<Task> s = create_task(selfish());
  auto r = co_await catching(s);
  if (native::type_name(r.exc) == "RuntimeError") {
    std::string msg = native::str(r.exc);
    p.print("RuntimeError:", msg.substr(0, msg.find(':')));
  }
  if (native::type_name(fut->set_result(I(1))) == "InvalidStateError") p.print("InvalidStateError");
  Ref<Future> f2 = loop.create_future();
  Value e = f2->result().exc;
  if (native::type_name(e) == "InvalidStateError") p.print("InvalidStateError:", e);
  f2->cancel(S("why"));
  e = f2->result().exc;
  if (is_cancelled(e)) p.print("cancelled future raises", repr(e));
  co_return {};
}

TEST(Api, TaskAndFuture) {
  Program p;
  run(p.loop, task_api(p));
  EXPECT_EQ(p.print.text, expected("024_task_api"));
}

// ---- 025_executor -----------------------------------------------------------------------------

Co<Value> work(Program& p, std::string name, double d) {
  p.print(name, "starts at", p.loop.time());
  co_await worker_sleep(d);
  p.print(name, "ends at", p.loop.time());
  co_return S(name);
}

Co<Value> executor_main(Program& p, WorkerPool& pool) {
  EventLoop& loop = p.loop;
  Ref<Future> f1 = loop.run_in_executor(&pool, make_coro(work(p, "one", 2)));
  Ref<Future> f2 = loop.run_in_executor(&pool, make_coro(work(p, "two", 1)));
  p.print("submitted");
  Value v = co_await gather(futs(f1, f2));
  p.print(native::repr(v), loop.time());
  loop.run_in_executor(nullptr, make_coro(work(p, "detached", 5)));
  co_await sleep(1);
  p.print("main returns", loop.time());
  co_return {};
}

TEST(Api, ExecutorPools) {
  Program p;
  WorkerPool pool(p.loop, 1, "ThreadPoolExecutor-0");
  run(p.loop, executor_main(p, pool));
  p.print("run returned", p.loop.time());
  EXPECT_EQ(p.print.text, expected("025_executor"));
}

// ---- 026_lock_cancel --------------------------------------------------------------------------

Co<Value> sem_waiter(Program& p, Ref<Semaphore> sem, std::string name) {
  auto r = co_await catching(sem->acquire());
  if (r.ok()) {
    p.print(name, "acquired");
    r = co_await catching(sleep(1));
    sem->unlock();
  }
  if (is_cancelled(r.exc)) p.print(name, "cancelled");
  if (r.exc) co_await raise(r.exc);
  co_return {};
}

Co<Value> putter(Program& p, Ref<Queue> q, int item) {
  auto r = co_await catching(q->put(I(item)));
  if (r.ok()) p.print("put", item);
  if (is_cancelled(r.exc)) p.print("putter", item, "cancelled");
  if (r.exc) co_await raise(r.exc);
  co_return {};
}

Co<Value> lock_cancel(Program& p) {
  auto sem = make_ref<Semaphore>(1);
  co_await sem->acquire();
  std::vector<Ref<Future>> ts =
      create_tasks(sem_waiter(p, sem, "x"), sem_waiter(p, sem, "y"), sem_waiter(p, sem, "z"));
  co_await sleep(0);
  sem->unlock();
  ts[0]->cancel();
  p.print("locked", sem->locked());
  co_await gather(ts, true);
  p.print("value", static_cast<int>(sem->value()));
  auto lock = make_ref<Lock>();
  co_await lock->acquire();
  Ref<Task> w = create_task(lock->acquire());
  co_await sleep(0);
  w->cancel();
  co_await gather(futs(w), true);
  lock->unlock();
  Value v = co_await lock->acquire();
  p.print("barging allowed after the only waiter left:", v);
  auto q = make_ref<Queue>(1);
  q->put_nowait(I(0));
  std::vector<Ref<Future>> ps = create_tasks(putter(p, q, 1), putter(p, q, 2));
  co_await sleep(0);
  p.print(q->get_nowait().value);
  ps[0]->cancel();
  co_await gather(ps, true);
  p.print("queue holds", q->get_nowait().value);
  co_return {};
}

TEST(Api, CancelledWaitersPassTheWakeUpOn) {
  Program p;
  run(p.loop, lock_cancel(p));
  EXPECT_EQ(p.print.text, expected("026_lock_cancel"));
}

}  // namespace
}  // namespace coroscope::rt::testing
