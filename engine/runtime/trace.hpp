// One event per scheduler state change, tagged with the loop iteration, loop time and task id:
// enough for a host to draw the timeline and the await graph at any moment.
#pragma once

#include <cstdint>
#include <string>

#include "runtime/object.hpp"

namespace coroscope::rt {

enum class TraceKind : std::uint8_t {
  TaskCreated,      // task=new task, other=creator task (0: none), text=name
  StepBegin,        // task; other=1 if an exception is thrown in
  StepEnd,          // task; text=yield|block|return|raise
  Blocked,          // task blocked on future `other`
  Woken,            // task woken by future `other` (its __wakeup runs)
  CancelRequested,  // task; count=cancelling() after, value=msg
  Uncancelled,      // task; count=cancelling() after
  TaskDone,         // task; text=result|exception|cancelled, value=result or exception
  FutureDone,       // future `other`; text=result|exception|cancelled
  TimerAdded,       // timer `other`, when
  TimerFired,       // timer `other`
  TimerCancelled,   // timer `other`
  LoopBlocked,      // the loop thread blocks (time.sleep): when=until
  LoopUnblocked,
  LaneStart,  // worker lane `other` starts a work item; text=thread name
  LaneSleep,  // lane `other` sleeps until `when`
  LaneWake,
  LaneEnd,   // lane `other` finished its item
  LoopIdle,  // nothing ready: the clock jumps (virtual) or waits (real) to `when`
};

const char* to_string(TraceKind k) noexcept;

struct TraceEvent {
  std::uint64_t iteration = 0;
  double time = 0;
  TraceKind kind{};
  std::uint64_t task = 0;   // the task concerned, or the running task (0: none)
  std::uint64_t other = 0;  // a future, timer, creator task or lane
  std::int64_t count = 0;
  double when = 0;
  const char* text = "";
  Value value;
  std::string name;
};

class Tracer {
 public:
  virtual ~Tracer() = default;
  virtual void on_event(const TraceEvent& e) = 0;
};

}  // namespace coroscope::rt
