#include "host/timeline.hpp"

#include <unordered_map>
#include <utility>

namespace coroscope::host {

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

namespace {

// Lanes and the span each one has open, as the events are replayed.
class Builder {
 public:
  explicit Builder(bool real_clock) {
    t_.real_clock = real_clock;
    Lane loop;
    loop.kind = LaneKind::Loop;
    loop.name = "event loop";
    t_.lanes.push_back(std::move(loop));
    open_.emplace_back();
  }

  void add(const TraceEventView& e);
  Timeline finish() {
    for (int lane = 0; lane < static_cast<int>(open_.size()); ++lane) close(lane, t_.end);
    return std::move(t_);
  }

 private:
  struct Open {
    bool active = false;
    Span span;
  };
  int lane_of_task(std::uint64_t task) const {
    if (task == 0) return 0;
    auto it = task_lanes_.find(task);
    return it == task_lanes_.end() ? 0 : it->second;
  }
  int lane_of_thread(std::uint64_t lane, const std::string& name) {
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
  void open(int lane, SpanKind kind, const Stamp& at, std::string label = {}) {
    close(lane, at);
    Open& o = open_[lane];
    o.active = true;
    o.span.lane = lane;
    o.span.kind = kind;
    o.span.begin = at;
    o.span.label = std::move(label);
  }
  void close(int lane, const Stamp& at) {
    Open& o = open_[lane];
    if (!o.active) return;
    o.active = false;
    o.span.end = at;
    t_.spans.push_back(std::move(o.span));
    o.span = Span{};
  }

  Timeline t_;
  std::vector<Open> open_;
  std::unordered_map<std::uint64_t, int> task_lanes_;
  std::unordered_map<std::uint64_t, int> thread_lanes_;
};

void Builder::add(const TraceEventView& e) {
  const Stamp at{e.time, e.iteration, e.seq};
  t_.end = at;
  switch (e.kind) {
    case EventKind::Task: {
      Lane l;
      l.kind = LaneKind::Task;
      l.id = e.task;
      l.name = e.name;
      l.created = at;
      l.creator = e.parent ? lane_of_task(e.parent) : -1;
      const int lane = static_cast<int>(t_.lanes.size());
      task_lanes_[e.task] = lane;
      t_.lanes.push_back(std::move(l));
      open_.emplace_back();
      if (e.parent) t_.flows.push_back({FlowKind::Spawn, lane_of_task(e.parent), lane, at, at});
      open(lane, SpanKind::Ready, at);
      break;
    }
    case EventKind::Step:
      open(lane_of_task(e.task), SpanKind::Run, at, e.thrown ? "exception thrown in" : "");
      break;
    case EventKind::Suspend:
      if (e.how == "yield") {
        open(lane_of_task(e.task), SpanKind::Ready, at);
      } else {
        close(lane_of_task(e.task), at);
      }
      break;
    case EventKind::Wait:
      open(lane_of_task(e.task), SpanKind::Wait, at, e.label);
      break;
    case EventKind::Wake: {
      const int lane = lane_of_task(e.task);
      t_.flows.push_back({FlowKind::Wake, lane_of_task(e.by), lane, at, at});
      open(lane, SpanKind::Ready, at);
      break;
    }
    case EventKind::Done: {
      const int lane = lane_of_task(e.task);
      close(lane, at);
      Lane& l = t_.lanes[lane];
      l.outcome = e.how == "result"      ? Outcome::Result
                  : e.how == "cancelled" ? Outcome::Cancelled
                                         : Outcome::Exception;
      l.outcome_text = e.text;
      t_.marks.push_back({lane,
                          l.outcome == Outcome::Result      ? MarkKind::Done
                          : l.outcome == Outcome::Cancelled ? MarkKind::Cancelled
                                                            : MarkKind::Exception,
                          at, l.outcome_text});
      break;
    }
    case EventKind::Cancel:
      t_.marks.push_back({lane_of_task(e.task), MarkKind::Cancel, at,
                          e.has_message ? "cancel(" + e.message + ")" : "cancel()"});
      break;
    case EventKind::Uncancel:
      t_.marks.push_back({lane_of_task(e.task), MarkKind::Uncancel, at, "uncancel()"});
      break;
    case EventKind::Block:
      open(0, SpanKind::Blocked, at, e.label);
      break;
    case EventKind::Unblock:
      close(0, at);
      break;
    case EventKind::Thread: {
      const int lane = lane_of_thread(e.id, e.name);
      if (e.how == "run") {
        open(lane, SpanKind::Run, at, e.label);
      } else if (e.how == "sleep") {
        open(lane, SpanKind::Sleep, at, "time.sleep");
      } else {
        close(lane, at);
      }
      break;
    }
    default:
      break;
  }
}

}  // namespace

Timeline build_timeline(const std::vector<TraceEventView>& events, bool real_clock) {
  Builder b(real_clock);
  for (const TraceEventView& e : events) b.add(e);
  return b.finish();
}

Timeline TimelineRecorder::finish() {
  TraceDecoder d;
  d.feed(stream_);
  stream_.clear();
  return build_timeline(d.events, real_clock_);
}

}  // namespace coroscope::host
