// The five runtime micro-benchmarks as plain functions: each runs `n` operations on a fresh loop
// and returns the seconds they took. bench_asyncio.py runs the same programs on CPython.
#pragma once

#include <ctime>

#if defined(__EMSCRIPTEN__)
#include <emscripten.h>
#endif

#include "runtime/native_language.hpp"
#include "runtime/queues.hpp"
#include "runtime/sleep.hpp"

namespace coroscope::bench {

using namespace coroscope::rt;

// CPU time, not wall time: the build machine is shared, and wall time would count the time
// other processes hold the CPU. Natively the thread's CPU clock; under Node the process's
// (process.cpuUsage(), microseconds).
#if defined(__EMSCRIPTEN__)
EM_JS(double, node_cpu_seconds, (), {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
});
#endif

inline double now_seconds() {
#if defined(__EMSCRIPTEN__)
  return node_cpu_seconds();
#else
  timespec ts;
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
#endif
}

struct Timer {
  double t0 = now_seconds();
  double seconds() const { return now_seconds() - t0; }
};

// sleep(0) switch: one task yields n times (each is one loop iteration).
inline Co<void> yielder(long n) {
  for (long i = 0; i < n; ++i) co_await sleep(0);
}
inline double sleep0_switch(long n) {
  native::NativeLanguage lang;
  EventLoop loop(lang);
  Ref<Task> t = create_task(loop, yielder(n));
  Timer tm;
  loop.run_until_complete(t);
  return tm.seconds();
}

// Create a task and wait for it to finish: `await create_task(noop())`.
inline Co<Value> noop() { co_return {}; }
inline Co<void> spawner(long n) {
  for (long i = 0; i < n; ++i) co_await create_task(noop());
}
inline double task_create_finish(long n) {
  native::NativeLanguage lang;
  EventLoop loop(lang);
  Ref<Task> t = create_task(loop, spawner(n));
  Timer tm;
  loop.run_until_complete(t);
  return tm.seconds();
}

// Future completion to waiter resumed: a fresh future, completed by a callback, awaited.
inline Co<void> future_waiter(EventLoop& loop, long n) {
  for (long i = 0; i < n; ++i) {
    Ref<Future> f = loop.create_future();
    loop.call_soon([f](Future*) { f->set_result({}); });
    co_await f;
  }
}
inline double future_roundtrip(long n) {
  native::NativeLanguage lang;
  EventLoop loop(lang);
  Ref<Task> t = create_task(loop, future_waiter(loop, n));
  Timer tm;
  loop.run_until_complete(t);
  return tm.seconds();
}

// Timer schedule and fire: rounds of 1000 call_later(0) timers through the heap, on the real
// clock, each round run until every timer has fired.
inline double timer_schedule_fire(long n) {
  native::NativeLanguage lang;
  EventLoop loop(lang, make_real_clock());
  long fired = 0;
  Timer tm;
  for (long done = 0; done < n; done += 1000) {
    for (long i = 0; i < 1000; ++i) loop.call_later(0, [&fired](Future*) { ++fired; });
    while (fired < done + 1000) loop.run_once(false);
  }
  return tm.seconds();
}

// Queue ping-pong: a round trip through two queues between two tasks.
inline Co<void> pinger(Ref<Queue> out, Ref<Queue> in, long n) {
  for (long i = 0; i < n; ++i) {
    co_await out->put({});
    co_await in->get();
  }
}
inline Co<void> ponger(Ref<Queue> in, Ref<Queue> out, long n) {
  for (long i = 0; i < n; ++i) {
    co_await in->get();
    co_await out->put({});
  }
}
inline double queue_pingpong(long n) {
  native::NativeLanguage lang;
  EventLoop loop(lang);
  auto a = make_ref<Queue>();
  auto b = make_ref<Queue>();
  Ref<Task> t1 = create_task(loop, pinger(a, b, n));
  Ref<Task> t2 = create_task(loop, ponger(a, b, n));
  Timer tm;
  loop.run_until_complete(t1);
  loop.run_until_complete(t2);
  return tm.seconds();
}

struct Scenario {
  const char* name;
  double (*run)(long n);
};
inline constexpr Scenario kScenarios[] = {
    {"sleep0_switch", sleep0_switch},       {"task_create_finish", task_create_finish},
    {"future_roundtrip", future_roundtrip}, {"timer_schedule_fire", timer_schedule_fire},
    {"queue_pingpong", queue_pingpong},
};

}  // namespace coroscope::bench
