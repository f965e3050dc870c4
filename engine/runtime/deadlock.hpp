// A run that can never finish: the loop has nothing ready, no timer and no worker thread, and
// tasks are still pending, so each of them waits for something that cannot happen. CPython hangs
// there; we say which tasks are stuck, what each waits for, and the cycle of tasks waiting on
// each other where there is one (two tasks taking two locks in opposite order).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "runtime/task.hpp"

namespace coroscope::rt {

class EventLoop;

struct StuckTask {
  Ref<Task> task;
  std::string waits_for;          // `Lock.acquire`, `Task-3`, `gather(2 children)`, `Future`
  std::vector<std::uint64_t> on;  // the tasks it waits on (a lock's holder, gather's children)
  bool held = false;              // `on` holds what it waits for (a lock) rather than awaits it
};

struct Deadlock {
  std::vector<StuckTask> tasks;      // in creation order
  std::vector<std::uint64_t> cycle;  // task ids: each waits on the next, the last on the first
  // Ids of the stuck tasks, for the trace.
  std::vector<std::uint64_t> ids() const;
  // The statement for stderr, one line per task, ending with a newline.
  std::string report() const;
};

// What the pending tasks of `loop` wait for, once the loop has stopped with StopReason::Deadlock.
Deadlock find_deadlock(const EventLoop& loop);

}  // namespace coroscope::rt
