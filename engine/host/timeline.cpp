#include "host/timeline.hpp"

#include <utility>

#include "runtime/language.hpp"

namespace coroscope::host {

using rt::TraceKind;

const char* to_string(SpanKind k) noexcept {
  switch (k) {
    case SpanKind::Ready:
      return "ready";
    case SpanKind::Run:
      return "running";
    case SpanKind::Wait:
      return "waiting";
    case SpanKind::Blocked:
      return "blocked";
    case SpanKind::Sleep:
      return "sleeping";
  }
  return "?";
}

const char* to_string(MarkKind k) noexcept {
  switch (k) {
    case MarkKind::Cancel:
      return "cancel";
    case MarkKind::Uncancel:
      return "uncancel";
    case MarkKind::Exception:
      return "exception";
    case MarkKind::Cancelled:
      return "cancelled";
    case MarkKind::Done:
      return "done";
  }
  return "?";
}

TimelineRecorder::TimelineRecorder(rt::Language& lang, bool real_clock) : lang_(lang) {
  t_.real_clock = real_clock;
  Lane loop;
  loop.kind = LaneKind::Loop;
  loop.name = "event loop";
  t_.lanes.push_back(std::move(loop));
  open_.emplace_back();
}

int TimelineRecorder::lane_of_task(std::uint64_t task) {
  if (task == 0) return 0;
  auto it = task_lanes_.find(task);
  return it == task_lanes_.end() ? 0 : it->second;
}

int TimelineRecorder::lane_of_thread(std::uint64_t lane, const std::string& name) {
  auto [it, fresh] = thread_lanes_.try_emplace(lane, static_cast<int>(t_.lanes.size()));
  if (fresh) {
    Lane l;
    l.kind = LaneKind::Thread;
    l.id = lane;
    l.name = name.empty() ? "thread " + std::to_string(lane) : name;
    t_.lanes.push_back(std::move(l));
    open_.emplace_back();
  }
  return it->second;
}

void TimelineRecorder::open(int lane, SpanKind kind, const Stamp& at, std::string label) {
  close(lane, at);
  Open& o = open_[lane];
  o.active = true;
  o.span.lane = lane;
  o.span.kind = kind;
  o.span.begin = at;
  o.span.label = std::move(label);
}

void TimelineRecorder::close(int lane, const Stamp& at) {
  Open& o = open_[lane];
  if (!o.active) return;
  o.active = false;
  o.span.end = at;
  t_.spans.push_back(std::move(o.span));
  o.span = Span{};
}

std::string TimelineRecorder::label_of_future(std::uint64_t future) {
  auto it = task_lanes_.find(future);
  if (it != task_lanes_.end()) return "await " + t_.lanes[it->second].name;
  return "await a future";
}

void TimelineRecorder::on_event(const rt::TraceEvent& e) {
  const Stamp at{e.time, e.iteration, seq_++};
  t_.end = at;
  switch (e.kind) {
    case TraceKind::TaskCreated: {
      Lane l;
      l.kind = LaneKind::Task;
      l.id = e.task;
      l.name = e.name;
      l.created = at;
      l.creator = e.other ? lane_of_task(e.other) : -1;
      const int lane = static_cast<int>(t_.lanes.size());
      task_lanes_[e.task] = lane;
      t_.lanes.push_back(std::move(l));
      open_.emplace_back();
      if (e.other) t_.flows.push_back({FlowKind::Spawn, lane_of_task(e.other), lane, at, at});
      open(lane, SpanKind::Ready, at);
      break;
    }
    case TraceKind::StepBegin:
      open(lane_of_task(e.task), SpanKind::Run, at, e.other ? "exception thrown in" : "");
      break;
    case TraceKind::StepEnd: {
      const int lane = lane_of_task(e.task);
      const std::string how = e.text;
      if (how == "yield")
        open(lane, SpanKind::Ready, at);
      else
        close(lane, at);
      break;
    }
    case TraceKind::Blocked:
      open(lane_of_task(e.task), SpanKind::Wait, at, label_of_future(e.other));
      break;
    case TraceKind::Woken: {
      const int lane = lane_of_task(e.task);
      auto by = completed_by_.find(e.other);
      if (by != completed_by_.end()) {
        t_.flows.push_back({FlowKind::Wake, by->second.lane, lane, by->second.at, at});
      }
      open(lane, SpanKind::Ready, at);
      break;
    }
    case TraceKind::FutureDone:
      completed_by_[e.other] = {lane_of_task(e.task), at};
      break;
    case TraceKind::TaskDone: {
      const int lane = lane_of_task(e.task);
      close(lane, at);
      completed_by_[e.task] = {lane, at};
      Lane& l = t_.lanes[lane];
      const std::string what = e.text;
      l.outcome = what == "result"      ? Outcome::Result
                  : what == "cancelled" ? Outcome::Cancelled
                                        : Outcome::Exception;
      l.outcome_text = e.value ? lang_.repr(e.value) : (what == "result" ? "None" : "");
      t_.marks.push_back({lane,
                          l.outcome == Outcome::Result      ? MarkKind::Done
                          : l.outcome == Outcome::Cancelled ? MarkKind::Cancelled
                                                            : MarkKind::Exception,
                          at, l.outcome_text});
      break;
    }
    case TraceKind::CancelRequested:
      t_.marks.push_back({lane_of_task(e.task), MarkKind::Cancel, at,
                          e.value ? "cancel(" + lang_.repr(e.value) + ")" : "cancel()"});
      break;
    case TraceKind::Uncancelled:
      t_.marks.push_back({lane_of_task(e.task), MarkKind::Uncancel, at, "uncancel()"});
      break;
    case TraceKind::LoopBlocked:
      open(0, SpanKind::Blocked, at, "time.sleep");
      break;
    case TraceKind::LoopUnblocked:
      close(0, at);
      break;
    case TraceKind::LaneStart:
    case TraceKind::LaneWake:
      open(lane_of_thread(e.other, e.name), SpanKind::Run, at);
      break;
    case TraceKind::LaneSleep:
      open(lane_of_thread(e.other, e.name), SpanKind::Sleep, at, "time.sleep");
      break;
    case TraceKind::LaneEnd:
      close(lane_of_thread(e.other, e.name), at);
      break;
    case TraceKind::TimerAdded:
    case TraceKind::TimerFired:
    case TraceKind::TimerCancelled:
    case TraceKind::LoopIdle:
      break;
  }
}

Timeline TimelineRecorder::finish() {
  for (int lane = 0; lane < static_cast<int>(open_.size()); ++lane) close(lane, t_.end);
  return std::move(t_);
}

}  // namespace coroscope::host
