// The trace the page receives, on small Python programs: run through host::Session in slices,
// taken after every slice as the browser's worker takes it, and read back with
// host::TraceDecoder (which reads records as web/src/engine/trace_decode.ts does).
#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <string>
#include <vector>

#include "host/session.hpp"
#include "host/trace_decode.hpp"

namespace coroscope::host {
namespace {

struct Traced {
  std::vector<TraceEventView> events;
  std::unordered_map<std::uint64_t, std::string> names;
  std::string out, err;
  int status = 0;
  std::size_t takes = 0;

  // Every event as `coroscope run --events` prints it, without the stamp.
  std::vector<std::string> lines(EventKind kind) const {
    std::vector<std::string> v;
    for (const auto& e : events) {
      if (e.kind != kind) continue;
      std::string s = to_text(e, names);
      v.push_back(s.substr(s.find(to_string(kind))));
    }
    return v;
  }
  std::uint64_t id(const std::string& name) const {
    for (auto& [id, n] : names)
      if (n == name) return id;
    return 0;
  }
  const TraceEventView* first(EventKind kind, const std::string& task) const {
    for (const auto& e : events)
      if (e.kind == kind && e.task == id(task)) return &e;
    return nullptr;
  }
};

Traced run(const std::string& source, std::uint64_t slice = 3) {
  SessionOptions o;
  o.tracing = true;
  o.filename = "main.py";
  Session s(source, o);
  Traced t;
  s.on_stdout = [&](const std::string& x) { t.out += x; };
  s.on_stderr = [&](const std::string& x) { t.err += x; };
  TraceDecoder d;
  for (;;) {
    SliceResult r = s.run_slice(slice);
    d.feed(*s.trace());
    s.trace()->clear();
    ++t.takes;
    if (r.state == SliceState::Finished) break;
  }
  t.status = s.exit_status();
  t.events = std::move(d.events);
  t.names = d.names();
  return t;
}

bool has(const std::vector<std::string>& v, const std::string& s) {
  return std::find(v.begin(), v.end(), s) != v.end();
}

TEST(Trace, RecordsAre32Bytes) { EXPECT_EQ(sizeof(TraceRecord), 32u); }

const char* kFactorial = R"(import asyncio

async def factorial(name, number):
    f = 1
    for i in range(2, number + 1):
        await asyncio.sleep(1)
        f *= i
    return f

async def main():
    return await asyncio.gather(factorial("A", 2), factorial("B", 3))

asyncio.run(main())
)";

TEST(Trace, TasksHaveNamesCoroutinesParentsAndCreationLines) {
  Traced t = run(kFactorial);
  EXPECT_EQ(t.status, 0);
  auto tasks = t.lines(EventKind::Task);
  ASSERT_GE(tasks.size(), 3u);
  EXPECT_EQ(tasks[0], "task Task-1 main() parent=- line=13");
  EXPECT_EQ(tasks[1], "task Task-2 factorial('A', 2) parent=Task-1 line=11");
  EXPECT_EQ(tasks[2], "task Task-3 factorial('B', 3) parent=Task-1 line=11");
  EXPECT_GT(t.takes, 3u);  // the stream was drained slice by slice
  auto done = t.lines(EventKind::Done);
  EXPECT_TRUE(has(done, "done Task-2 result 2"));
  EXPECT_TRUE(has(done, "done Task-1 result [2, 6]"));
}

TEST(Trace, StepsSayWhereTheTaskStandsInsideNestedCoroutines) {
  Traced t = run(R"(import asyncio

async def inner():
    await asyncio.sleep(1)
    return 1

async def outer():
    x = await inner()
    return x

asyncio.run(outer())
)");
  auto steps = t.lines(EventKind::Step);
  auto suspends = t.lines(EventKind::Suspend);
  // The first step starts before any line; it stops at the sleep inside inner(), resumes there
  // and returns.
  EXPECT_EQ(steps[0], "step Task-1 line=0");
  EXPECT_EQ(suspends[0], "suspend Task-1 block line=4");
  EXPECT_EQ(steps[1], "step Task-1 line=4");
  EXPECT_EQ(suspends[1], "suspend Task-1 return line=0");
}

TEST(Trace, WaitsAreLabelledInAStudentsWords) {
  Traced t = run(R"(import asyncio, time

def blocking_io():
    time.sleep(1)
    return 1

async def child():
    await asyncio.sleep(1.0)

async def main():
    await asyncio.sleep(1)
    c = asyncio.create_task(child())
    await c
    await asyncio.gather(child(), child())
    try:
        await asyncio.wait_for(child(), timeout=0.5)
    except TimeoutError:
        pass
    await asyncio.to_thread(blocking_io)
    async with asyncio.TaskGroup() as tg:
        tg.create_task(child())
    f = asyncio.get_running_loop().create_future()
    asyncio.get_running_loop().call_later(1, f.set_result, 1)
    await f
    ev = asyncio.Event()
    asyncio.get_running_loop().call_later(1, ev.set)
    await ev.wait()
    q = asyncio.Queue()
    asyncio.get_running_loop().call_later(1, q.put_nowait, 1)
    await q.get()

asyncio.run(main())
)");
  EXPECT_EQ(t.status, 0) << t.err;
  auto waits = t.lines(EventKind::Wait);
  EXPECT_TRUE(has(waits, "wait Task-1 sleep(1) on=[]"));
  EXPECT_TRUE(has(waits, "wait Task-2 sleep(1.0) on=[]"));
  EXPECT_TRUE(has(waits, "wait Task-1 Task-2 on=[Task-2]"));
  EXPECT_TRUE(has(waits, "wait Task-1 gather(2 children) on=[Task-3, Task-4]"));
  EXPECT_TRUE(has(waits, "wait Task-1 wait_for(timeout=0.5) on=[Task-5]"));
  EXPECT_TRUE(has(waits, "wait Task-1 to_thread(blocking_io) on=[]"));
  EXPECT_TRUE(has(waits, "wait Task-1 TaskGroup on=[Task-6]"));
  EXPECT_TRUE(has(waits, "wait Task-1 Future on=[]"));
  EXPECT_TRUE(has(waits, "wait Task-1 Event.wait on=[]"));
  EXPECT_TRUE(has(waits, "wait Task-1 Queue.get on=[]"));
  auto threads = t.lines(EventKind::Thread);
  EXPECT_TRUE(has(threads, "thread asyncio_0 run blocking_io()"));
  EXPECT_TRUE(has(threads, "thread asyncio_0 sleep blocking_io()"));
  EXPECT_TRUE(has(threads, "thread asyncio_0 idle blocking_io()"));
}

TEST(Trace, WakeUpsSayWhatWokeTheTask) {
  Traced t = run(R"(import asyncio

async def holder(lock, fut):
    async with lock:
        await asyncio.sleep(0.1)
    fut.set_result(1)

async def waiter(lock):
    async with lock:
        pass

async def sleeper():
    await asyncio.sleep(10)

async def main():
    lock = asyncio.Lock()
    fut = asyncio.get_running_loop().create_future()
    asyncio.create_task(holder(lock, fut))
    await asyncio.sleep(0)
    w = asyncio.create_task(waiter(lock))
    await fut
    s = asyncio.create_task(sleeper())
    await asyncio.sleep(0.5)
    s.cancel("enough")
    await asyncio.gather(w, s, return_exceptions=True)

asyncio.run(main())
)");
  EXPECT_EQ(t.status, 0) << t.err;
  auto waits = t.lines(EventKind::Wait);
  EXPECT_TRUE(has(waits, "wait Task-3 Lock.acquire on=[Task-2]"));
  auto wakes = t.lines(EventKind::Wake);
  EXPECT_TRUE(has(wakes, "wake Task-3 Lock.release by Task-2"));
  EXPECT_TRUE(has(wakes, "wake Task-1 set_result by Task-2"));
  EXPECT_TRUE(has(wakes, "wake Task-1 timer"));
  EXPECT_TRUE(has(wakes, "wake Task-4 cancel by Task-1: 'enough'"));
  EXPECT_TRUE(has(wakes, "wake Task-1 all children done"));
  const TraceEventView* c = t.first(EventKind::Cancel, "Task-4");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->by, t.id("Task-1"));
  EXPECT_EQ(c->message, "'enough'");
  EXPECT_EQ(c->count, 1);
}

// The ready queue and the pending timers, rebuilt from the events alone up to `upto`.
struct Queues {
  std::vector<std::string> ready;
  std::map<std::uint64_t, std::string> timers;
};
Queues replay(const Traced& t, std::size_t upto) {
  Queues q;
  std::vector<std::pair<std::uint64_t, std::string>> ready;
  for (std::size_t i = 0; i <= upto && i < t.events.size(); ++i) {
    const auto& e = t.events[i];
    if (e.kind == EventKind::Ready) ready.emplace_back(e.id, e.label);
    if (e.kind == EventKind::Run) {
      auto it = std::find_if(ready.begin(), ready.end(), [&](auto& p) { return p.first == e.id; });
      EXPECT_EQ(it, ready.begin()) << "the loop runs its queue in order";
      if (it != ready.end()) ready.erase(it);
    }
    if (e.kind == EventKind::Timer) q.timers[e.id] = e.label;
    if (e.kind == EventKind::TimerFired || e.kind == EventKind::TimerCancelled)
      q.timers.erase(e.id);
  }
  for (auto& [id, label] : ready) q.ready.push_back(label);
  return q;
}

TEST(Trace, TheReadyQueueAndTheTimersCanBeRebuiltAtAnyEvent) {
  Traced t = run(R"(import asyncio

def print_later():
    print("later")

async def job(n):
    await asyncio.sleep(n)

async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(print_later)
    a = asyncio.create_task(job(1))
    b = asyncio.create_task(job(2))
    h = loop.call_later(5, print_later)
    print("ready")
    await a
    h.cancel()
    await b

asyncio.run(main())
)");
  ASSERT_EQ(t.status, 0) << t.err;
  // At the moment main() prints "ready": its own callback and the two new tasks' first steps
  // are queued; its call_later is pending.
  std::size_t at = 0;
  for (; at < t.events.size(); ++at)
    if (t.events[at].kind == EventKind::Print) break;
  Queues q = replay(t, at);
  EXPECT_EQ(q.ready, (std::vector<std::string>{"print_later()", "Task-2 step", "Task-3 step"}));
  ASSERT_EQ(q.timers.size(), 1u);
  EXPECT_EQ(q.timers.begin()->second, "print_later()");
  // At the end nothing is left anywhere (the cancelled timer is gone too).
  Queues end = replay(t, t.events.size());
  EXPECT_TRUE(end.ready.empty());
  EXPECT_TRUE(end.timers.empty());
  const TraceEventView* sleep = t.first(EventKind::Timer, "Task-2");
  ASSERT_NE(sleep, nullptr);
  EXPECT_EQ(sleep->label, "sleep(1)");
  EXPECT_EQ(sleep->when, 1.0);
}

TEST(Trace, PrintsAreEventsWithTheirLengthInUtf16UnitsAndTheirLine) {
  Traced t = run(R"(import asyncio, sys

async def main():
    print("héllo 🙂")
    print("oops", file=sys.stderr)

print("before")
asyncio.run(main())
)");
  auto prints = t.lines(EventKind::Print);
  // "héllo 🙂\n": 9 code points, the emoji two UTF-16 units; module code runs outside any task.
  // Each print carries the line that wrote it.
  EXPECT_EQ(prints, (std::vector<std::string>{"print stdout 7 line=7",
                                              "print stdout 9 task=Task-1 line=4",
                                              "print stderr 5 task=Task-1 line=5"}));
  EXPECT_EQ(t.out, "before\nhéllo 🙂\n");
}

TEST(Trace, TimeSleepBlocksTheLoop) {
  Traced t = run(R"(import asyncio, time

async def main():
    time.sleep(5)

asyncio.run(main())
)");
  EXPECT_EQ(t.lines(EventKind::Block), (std::vector<std::string>{"block time.sleep(5) until=5.0"}));
  EXPECT_EQ(t.lines(EventKind::Unblock).size(), 1u);
}

const char* kLockOrder = R"(import asyncio

async def worker(name, first, second):
    async with first:
        await asyncio.sleep(0.1)
        async with second:
            print(name, "has both")

async def main():
    a, b = asyncio.Lock(), asyncio.Lock()
    await asyncio.gather(worker("a", a, b), worker("b", b, a))

asyncio.run(main())
)";

TEST(Trace, ADeadlockNamesTheStuckTasksAndTheCycle) {
  Traced t = run(kLockOrder);
  EXPECT_EQ(t.status, 3);
  EXPECT_EQ(t.out, "");
  EXPECT_EQ(t.err,
            "Deadlock: the program can never finish; every task left is waiting.\n"
            "  Task-1 (main()) waits for gather(2 children): Task-2, Task-3\n"
            "  Task-2 (worker('a', <Lock object>, <Lock object>)) waits for Lock.acquire, held "
            "by Task-3\n"
            "  Task-3 (worker('b', <Lock object>, <Lock object>)) waits for Lock.acquire, held "
            "by Task-2\n"
            "  Cycle: Task-2 -> Task-3 -> Task-2\n");
  auto d = t.lines(EventKind::Deadlock);
  EXPECT_EQ(
      d,
      (std::vector<std::string>{"deadlock tasks=[Task-1, Task-2, Task-3] cycle=[Task-2, Task-3]"}));
  // The statement is written after the event, as output of no task.
  EXPECT_EQ(t.events.back().kind, EventKind::Print);
}

TEST(Trace, ANotebookDeadlockOnABareFuture) {
  Traced t = run(R"(import asyncio
fut = asyncio.get_running_loop().create_future()
await fut
)");
  EXPECT_EQ(t.status, 3);
  EXPECT_EQ(t.err,
            "Deadlock: the program can never finish; every task left is waiting.\n"
            "  Task-1 (<module>) waits for Future\n");
  EXPECT_EQ(t.lines(EventKind::Deadlock),
            (std::vector<std::string>{"deadlock tasks=[Task-1] cycle=[]"}));
}

TEST(Trace, WithoutTracingTheDeadlockIsReportedAllTheSame) {
  Session s(kLockOrder, {});
  std::string err;
  s.on_stderr = [&](const std::string& x) { err += x; };
  EXPECT_EQ(s.run(), 3);
  EXPECT_NE(err.find("  Cycle: Task-2 -> Task-3 -> Task-2\n"), std::string::npos) << err;
  EXPECT_EQ(s.trace(), nullptr);
}

TEST(Trace, TakingAfterEverySliceReadsLikeTakingOnce) {
  Traced sliced = run(kFactorial, 1);
  Traced whole = run(kFactorial, 1000000);
  ASSERT_EQ(sliced.events.size(), whole.events.size());
  for (std::size_t i = 0; i < whole.events.size(); ++i)
    EXPECT_EQ(to_text(sliced.events[i], sliced.names), to_text(whole.events[i], whole.names));
}

}  // namespace
}  // namespace coroscope::host
