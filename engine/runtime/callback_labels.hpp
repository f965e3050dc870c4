// How CPython's reprs name the callbacks asyncio itself adds to futures and tasks
// (`cb=[gather.<locals>._done_callback() at .../asyncio/tasks.py:764]`): the runtime adds the same
// callbacks under these labels. CPython names its library file; ours is the frozen asyncio module,
// with the line of CPython 3.11.7's definition.
#pragma once

#include <cstring>

namespace coroscope::rt::labels {

inline constexpr const char* kTaskWakeup = "Task.task_wakeup()";
inline constexpr const char* kRunUntilComplete = "_run_until_complete_cb() at <frozen asyncio>:180";
inline constexpr const char* kGather = "gather.<locals>._done_callback() at <frozen asyncio>:764";
inline constexpr const char* kShieldInner =
    "shield.<locals>._inner_done_callback() at <frozen asyncio>:891";
inline constexpr const char* kShieldOuter =
    "shield.<locals>._outer_done_callback() at <frozen asyncio>:908";
inline constexpr const char* kWait = "_wait.<locals>._on_completion() at <frozen asyncio>:519";
inline constexpr const char* kAsCompleted =
    "as_completed.<locals>._on_completion() at <frozen asyncio>:602";
// functools.partial(_release_waiter, waiter): the waiter's repr is shortened by reprlib, and the
// waiter is always `<Future pending cb=[Task.task_wakeup()]>` while the callback is registered.
inline constexpr const char* kReleaseWaiter =
    "_release_waiter(<Future pendi...ask_wakeup()]>)() at <frozen asyncio>:431";
inline constexpr const char* kTaskGroupDone = "TaskGroup._on_task_done()";
inline constexpr const char* kChainCheckCancel =
    "_chain_future.<locals>._call_check_cancel() at <frozen asyncio>:387";
inline constexpr const char* kChainSetState =
    "_chain_future.<locals>._call_set_state() at <frozen asyncio>:394";

// The same callbacks as the trace shows them in the ready queue: short, without the location.
// Compared by content: a constant's pointer may differ between translation units.
inline const char* short_name(const char* label) {
  static const char* const table[][2] = {
      {kTaskWakeup, "Task.__wakeup()"},
      {kRunUntilComplete, "_run_until_complete_cb()"},
      {kGather, "gather._done_callback()"},
      {kShieldInner, "shield._inner_done_callback()"},
      {kShieldOuter, "shield._outer_done_callback()"},
      {kWait, "wait._on_completion()"},
      {kAsCompleted, "as_completed._on_completion()"},
      {kReleaseWaiter, "_release_waiter()"},
      {kTaskGroupDone, "TaskGroup._on_task_done()"},
      {kChainCheckCancel, "_chain_future._call_check_cancel()"},
      {kChainSetState, "_chain_future._call_set_state()"},
  };
  for (const auto& [full, brief] : table) {
    if (label == full || std::strcmp(label, full) == 0) return brief;
  }
  return label;
}

}  // namespace coroscope::rt::labels
