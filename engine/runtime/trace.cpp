#include "runtime/trace.hpp"

namespace coroscope::rt {

const char* to_string(TraceKind k) noexcept {
  switch (k) {
    case TraceKind::TaskCreated:
      return "task_created";
    case TraceKind::StepBegin:
      return "step_begin";
    case TraceKind::StepEnd:
      return "step_end";
    case TraceKind::Blocked:
      return "blocked";
    case TraceKind::Woken:
      return "woken";
    case TraceKind::CancelRequested:
      return "cancel_requested";
    case TraceKind::Uncancelled:
      return "uncancelled";
    case TraceKind::TaskDone:
      return "task_done";
    case TraceKind::Ready:
      return "ready";
    case TraceKind::Run:
      return "run";
    case TraceKind::TimerAdded:
      return "timer_added";
    case TraceKind::TimerFired:
      return "timer_fired";
    case TraceKind::TimerCancelled:
      return "timer_cancelled";
    case TraceKind::LoopBlocked:
      return "loop_blocked";
    case TraceKind::LoopUnblocked:
      return "loop_unblocked";
    case TraceKind::LoopIdle:
      return "loop_idle";
    case TraceKind::Lane:
      return "lane";
    case TraceKind::Print:
      return "print";
    case TraceKind::Deadlock:
      return "deadlock";
  }
  return "?";
}

}  // namespace coroscope::rt
