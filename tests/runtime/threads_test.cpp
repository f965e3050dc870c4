// Worker threads: exceptions from a thread, cancelling a queued item, cancelling the awaiter of
// a running one (the thread finishes anyway).
#include "runtime/threads.hpp"

#include "harness.hpp"
#include "runtime/gather.hpp"
#include "runtime/sleep.hpp"

namespace coroscope::rt::testing {
namespace {

Co<Value> fails() {
  co_await worker_sleep(1);
  co_await raise(native::exc("ValueError", "in thread"));
  co_return {};
}

Co<Value> quick() { co_return S("quick"); }

Co<Value> work(Program& p, std::string name, double d) {
  p.print(name, "starts at", p.loop.time());
  co_await worker_sleep(d);
  p.print(name, "ends at", p.loop.time());
  co_return S(name);
}

Co<Value> thread_edges(Program& p, WorkerPool& pool) {
  EventLoop& loop = p.loop;
  auto r = co_await catching(to_thread(fails()));
  if (native::type_name(r.exc) == "ValueError") {
    p.print("thread raised", repr(r.exc), loop.time());
  }
  Value v = co_await to_thread(quick());
  p.print(v, loop.time());
  Ref<Future> f1 = loop.run_in_executor(&pool, make_coro(work(p, "one", 2)));
  Ref<Future> f2 = loop.run_in_executor(&pool, make_coro(work(p, "two", 1)));
  f2->cancel();
  v = co_await f1;
  p.print(v, loop.time());
  co_await sleep(3);
  p.print("two cancelled", f2->cancelled(), loop.time());
  Ref<Task> t = create_task(to_thread(work(p, "three", 2)));
  co_await sleep(1);
  t->cancel();
  r = co_await catching(t);
  if (is_cancelled(r.exc)) p.print("awaiter cancelled at", loop.time());
  co_await sleep(2);
  p.print("end", loop.time());
  co_return {};
}

TEST(Threads, ErrorsAndCancellation) {
  Program p;
  WorkerPool pool(p.loop, 1, "ThreadPoolExecutor-0");
  run(p.loop, thread_edges(p, pool));
  EXPECT_EQ(p.print.text, expected("028_thread_edges"));
}

}  // namespace
}  // namespace coroscope::rt::testing

namespace coroscope::rt::testing {
namespace {

// ---- 032_run_coroutine_threadsafe -------------------------------------------------------------

Co<Value> add(Program& p, int a, int b) {
  p.print("add runs on the loop at", p.loop.time());
  co_await sleep(0.5);
  co_return I(a + b);
}

Co<Value> fail_on_loop() {
  co_await raise(native::exc("ValueError", "from the loop"));
  co_return {};
}

Co<Value> in_thread(Program& p) {
  p.print("thread starts");
  Ref<Future> fut = run_coroutine_threadsafe(p.loop, add(p, 2, 3));
  Value r = co_await fut;  // fut.result() in the thread
  p.print("thread got", r, "at", p.loop.time());
  co_await worker_sleep(1);
  Ref<Future> f2 = run_coroutine_threadsafe(p.loop, fail_on_loop());
  auto caught = co_await catching(f2);
  if (native::type_name(caught.exc) == "ValueError") {
    p.print("thread caught", repr(caught.exc), "at", p.loop.time());
  }
  co_return I(native::as_int(r) * 10);
}

Co<Value> ticker(Program& p) {
  for (int i = 0; i < 3; ++i) {
    p.print("tick", i, p.loop.time());
    co_await sleep(0.5);
  }
  co_return {};
}

Co<Value> threadsafe_main(Program& p) {
  Value r = co_await gather(create_tasks(to_thread(in_thread(p)), ticker(p)));
  p.print("result", native::as_list(r)->items[0], p.loop.time());
  co_return {};
}

TEST(Threads, RunCoroutineThreadsafe) {
  Program p;
  run(p.loop, threadsafe_main(p));
  EXPECT_EQ(p.print.text, expected("032_run_coroutine_threadsafe"));
}

}  // namespace
}  // namespace coroscope::rt::testing
