// asyncio.run (3.11's Runner): run the main coroutine as a task, then cancel leftover tasks and
// wait for them (their finally blocks run after main returns), shut down async generators and
// the default executor.
#pragma once

#include "runtime/native_coro.hpp"

namespace coroscope::rt {

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

}  // namespace coroscope::rt
