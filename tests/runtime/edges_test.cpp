// Edge cases across the building blocks: lock barging, cancelling a task that awaits gather,
// errors through shield and wait_for, timeout states, Event, join, as_completed.
#include "harness.hpp"
#include "runtime/async_with.hpp"
#include "runtime/gather.hpp"
#include "runtime/locks.hpp"
#include "runtime/queues.hpp"
#include "runtime/shield.hpp"
#include "runtime/sleep.hpp"
#include "runtime/timeout.hpp"
#include "runtime/wait.hpp"

namespace coroscope::rt::testing {
namespace {

Co<Value> holder(Program& p, Ref<Lock> lock, std::string name) {
  co_await lock->acquire();
  p.print(name, "holds the lock");
  auto r = co_await catching(sleep(0));
  lock->unlock();
  if (r.exc) co_await raise(r.exc);
  co_return {};
}

Co<Value> child(Program& p, std::string name, double d) {
  auto r = co_await catching(sleep(d));
  if (r.ok()) co_return S(name);
  if (is_cancelled(r.exc)) p.print(name, "cancelled");
  co_await raise(r.exc);
  co_return {};
}

Co<Value> boom() {
  co_await sleep(1);
  co_await raise(native::exc("KeyError", "k"));
  co_return {};
}

Co<Value> gathered(Program& p) {
  std::vector<Ref<Future>> children = create_tasks(child(p, "a", 5), child(p, "b", 5));
  co_return co_await gather(children);
}

Co<void> sleep_body(double d) { co_await sleep(d); }

Co<Value> edges(Program& p) {
  EventLoop& loop = p.loop;
  auto lock = make_ref<Lock>();
  co_await lock->acquire();
  Ref<Task> w = create_task(holder(p, lock, "waiter"));
  co_await sleep(0);
  lock->unlock();
  p.print("released; locked =", lock->locked());
  Ref<Task> m = create_task(holder(p, lock, "latecomer"));
  co_await gather(futs(w, m));

  Ref<Task> g = create_task(gathered(p));
  co_await sleep(0);
  co_await sleep(0);
  g->cancel(S("via task"));
  auto r = co_await catching(g);
  if (is_cancelled(r.exc)) p.print("task around gather:", repr(r.exc));

  Ref<Task> inner = create_task(boom());
  r = co_await catching(shield(inner));
  if (native::type_name(r.exc) == "KeyError") p.print("shield passes the error:", repr(r.exc));
  r = co_await catching(wait_for(boom(), 5));
  if (native::type_name(r.exc) == "KeyError") p.print("wait_for passes the error:", repr(r.exc));
  Ref<Future> done = loop.create_future();
  done->set_result(S("early"));
  Value v = co_await wait_for(done, 0);
  p.print("wait_for on a done future:", v);

  Ref<Timeout> cm = timeout(10);
  co_await async_with(cm, sleep_body(1));
  p.print("finished timeout:", cm->expired(), *cm->when() - loop.time());
  if (Value e = cm->reschedule(1)) p.print(e);
  cm = timeout(1);
  auto timed_out = co_await catching(async_with(cm, sleep_body(2)));
  if (native::type_name(timed_out.exc) == "TimeoutError") {
    if (Value e = cm->reschedule(1)) p.print(e);
  }

  auto ev = make_ref<Event>();
  ev->set();
  v = co_await ev->wait();
  p.print("set event:", v);
  ev->clear();
  Ref<Task> t = create_task(ev->wait());
  co_await sleep(0);
  p.print("waiting:", t->done());
  ev->set();
  ev->clear();
  v = co_await t;
  p.print("woken even though cleared:", v);

  auto q = make_ref<Queue>();
  co_await q->join();
  p.print("join on an empty queue returns at once");
  std::vector<Ref<Future>> fs = create_tasks(child(p, "x", 2), child(p, "y", 1));
  AsCompleted it(fs, std::nullopt);
  for (std::size_t i = 0; i < it.size(); ++i) {
    v = co_await it.next();
    p.print("as_completed", v);
  }
  co_return {};
}

TEST(Edges, BuildingBlocks) {
  Program p;
  run(p.loop, edges(p));
  EXPECT_EQ(p.print.text, expected("027_edges"));
}

}  // namespace
}  // namespace coroscope::rt::testing
