// One event per scheduler state change, tagged with the loop iteration and loop time: enough for a
// host to rebuild, at any event, every task's state and what it waits for, the ready queue, the
// pending timers and the worker threads (host/trace_stream encodes them for the page, see
// docs/TRACE.md). Events are built only when a tracer is attached; they point at runtime objects
// and values instead of copying them, and a tracer takes what it needs during on_event.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "runtime/labels.hpp"
#include "runtime/object.hpp"

namespace coroscope::rt {

class Future;

enum class TraceKind : std::uint8_t {
  TaskCreated,      // task; by=creator (0: none); line=the creating frame's; future=the Task
  StepBegin,        // task; line=where it resumes; flag=1 if an exception is thrown in
  StepEnd,          // task; line=where it stands now; flag=StepHow
  Blocked,          // task waits for `future` (its label and the tasks it waits on)
  Woken,            // task; other=the future; label=cause; by; value=cancel message
  CancelRequested,  // task; by; count=cancelling() after; value=msg
  Uncancelled,      // task; count=cancelling() after
  TaskDone,         // task; flag=TaskOutcome; value=result, exception or cancel message
  Ready,            // handle `other` enters the ready queue; label; task; flag=HandleRole
  Run,              // handle `other` leaves the ready queue
  TimerAdded,       // timer `other`; when; label; task
  TimerFired,       // timer `other` (a Ready follows)
  TimerCancelled,   // timer `other`
  LoopBlocked,      // the loop thread blocks (time.sleep): task; when=until; label
  LoopUnblocked,
  LoopIdle,  // nothing ready: the clock jumps (virtual) or waits (real) to `when`
  Lane,      // worker lane `other` changes state: flag=LaneState; name=thread; label=work item
  Print,     // the program wrote count UTF-16 units; task; flag=1 for stderr
  Deadlock,  // ids=the stuck tasks; cycle=a cycle among them (empty if none)
};

enum class StepHow : std::uint8_t { Yield, Block, Return, Raise };
enum class TaskOutcome : std::uint8_t { Result, Exception, Cancelled };
// What a ready-queue entry is: a task's step, a task's wake-up (both named after the task), or
// any other callback (named by its label).
enum class HandleRole : std::uint8_t { Callback, Step, Wakeup };
enum class LaneState : std::uint8_t { Run, Sleep, Idle };

const char* to_string(TraceKind k) noexcept;

struct TraceEvent {
  TraceKind kind{};
  std::uint8_t flag = 0;
  std::uint64_t iteration = 0;  // filled by EventLoop::emit
  double time = 0;              // filled by EventLoop::emit
  std::uint64_t task = 0;
  std::uint64_t other = 0;
  std::uint64_t by = 0;
  std::int64_t count = 0;
  std::int64_t line = 0;
  double when = 0;
  Label label = 0;
  const Value* value = nullptr;
  const Future* future = nullptr;
  std::string_view name{};
  const std::vector<std::uint64_t>* ids = nullptr;
  const std::vector<std::uint64_t>* cycle = nullptr;
};

class Tracer {
 public:
  virtual ~Tracer() = default;
  virtual void on_event(const TraceEvent& e) = 0;
  // The events every loop iteration has (Ready, Run, StepBegin, StepEnd), without building a
  // TraceEvent: a tracer that records them compactly takes them here (tracing B3's 200,000
  // switches makes 800,000 of them). For Run, `task` and `flag` are the handle's task and role.
  // By default they become a TraceEvent.
  virtual void on_step_event(TraceKind kind, std::uint64_t iteration, double time,
                             std::uint64_t task, std::uint64_t other, std::int64_t line,
                             std::uint8_t flag, Label label) {
    on_event({.kind = kind,
              .flag = flag,
              .iteration = iteration,
              .time = time,
              .task = task,
              .other = other,
              .line = line,
              .label = label});
  }
};

}  // namespace coroscope::rt
