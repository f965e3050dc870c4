// asyncio.Runner and asyncio.run (runners.py, 3.11): run a coroutine as a task on the loop; on
// close cancel leftover tasks and wait for them (their finally blocks run after main returns),
// shut down async generators and the default executor, close the loop.
#pragma once

#include "runtime/native_coro.hpp"

namespace coroscope::rt {

class Runner {
 public:
  // The context is copied once, here: every run() of this runner shares it.
  explicit Runner(EventLoop& loop);
  ~Runner() { close(); }
  Runner(const Runner&) = delete;
  Runner& operator=(const Runner&) = delete;

  // The main task's result or exception; RuntimeError if the runner is closed or a loop is
  // already running on this thread.
  Result run(std::unique_ptr<CoroLike> coro);
  template <class T>
  Result run(Co<T> coro) {
    return run(make_coro(std::move(coro)));
  }
  // run() without the waiting, for a host that drives the loop itself: the main task (run()
  // then waits for it with loop().run_until_complete), or null with `failed` set to what run()
  // would return.
  Ref<Task> start(std::unique_ptr<CoroLike> coro, Result& failed);
  void close();
  EventLoop& loop() const noexcept { return *loop_; }

 private:
  EventLoop* loop_;
  Value context_;
  bool closed_ = false;
};

// asyncio.run(main): Runner(loop).run(main), then close().
Result run(EventLoop& loop, std::unique_ptr<CoroLike> main);
template <class T>
Result run(EventLoop& loop, Co<T> main) {
  return run(loop, make_coro(std::move(main)));
}

// to_thread / run_in_executor for a native body (a Co run on a worker lane; worker_sleep()
// inside it is time.sleep).
Co<Value> to_thread(std::unique_ptr<CoroLike> body);
template <class T>
Co<Value> to_thread(Co<T> body) {
  return to_thread(make_coro(std::move(body)));
}

// asyncio.run_coroutine_threadsafe(coro, loop), called from a worker lane: the coroutine becomes
// a task on the loop (one call_soon_threadsafe hop later) and the returned future, standing for
// the concurrent.futures.Future, takes its outcome. Awaiting it in the worker body
// (`co_await f`) is `f.result()`: the lane waits without blocking the loop.
Ref<Future> run_coroutine_threadsafe(EventLoop& loop, std::unique_ptr<CoroLike> coro);
template <class T>
Ref<Future> run_coroutine_threadsafe(EventLoop& loop, Co<T> coro) {
  return run_coroutine_threadsafe(loop, make_coro(std::move(coro)));
}

}  // namespace coroscope::rt
