// The timeline of a run, built from its trace (host/trace_stream, read by host/trace_decode): one
// lane per task (plus the loop and each worker thread), spans for what each lane was doing, marks
// for cancels and failures, and flows for create_task and wake-ups. The terminal view
// (ascii_timeline), the Perfetto export (chrome_trace) and the page all draw this one model.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "host/trace_decode.hpp"
#include "runtime/language.hpp"
#include "runtime/trace.hpp"

namespace coroscope::host {

// A point of the run: loop time, loop iteration, and the position of the event in the trace
// (which orders events that share a time and an iteration).
struct Stamp {
  double time = 0;
  std::uint64_t iteration = 0;
  std::uint64_t seq = 0;
};

enum class LaneKind : std::uint8_t { Loop, Task, Thread };
enum class Outcome : std::uint8_t { Pending, Result, Exception, Cancelled };

struct Lane {
  LaneKind kind = LaneKind::Task;
  std::uint64_t id = 0;  // task id, worker lane number; 0 for the loop
  std::string name;
  int creator = -1;  // lane index of the task that created it
  Stamp created;
  Outcome outcome = Outcome::Pending;
  std::string outcome_text;  // repr of the result, exception or cancel message
};

enum class SpanKind : std::uint8_t {
  Ready,    // scheduled, waiting for its turn in the ready queue
  Run,      // a step of the task is running
  Wait,     // blocked on a future (label: what it awaits)
  Blocked,  // loop lane: the loop thread is blocked (time.sleep)
  Sleep,    // thread lane: the worker is in time.sleep
};

struct Span {
  int lane = 0;
  SpanKind kind = SpanKind::Run;
  Stamp begin, end;
  std::string label;
};

enum class MarkKind : std::uint8_t { Cancel, Uncancel, Exception, Cancelled, Done };

struct Mark {
  int lane = 0;
  MarkKind kind = MarkKind::Done;
  Stamp at;
  std::string label;
};

enum class FlowKind : std::uint8_t { Spawn, Wake };

// An arrow from the lane that caused something (created the task, completed the awaited future)
// to the lane it happened to.
struct Flow {
  FlowKind kind = FlowKind::Spawn;
  int from = 0, to = 0;
  Stamp from_at, to_at;
};

struct Timeline {
  std::vector<Lane> lanes;  // lanes[0] is the loop
  std::vector<Span> spans;  // in order of their end
  std::vector<Mark> marks;
  std::vector<Flow> flows;
  Stamp end;
  bool real_clock = false;
};

const char* to_string(SpanKind k) noexcept;
const char* to_string(MarkKind k) noexcept;

// The timeline of a decoded trace.
Timeline build_timeline(const std::vector<TraceEventView>& events, bool real_clock = false);

// Records a run's trace (installed as the loop's tracer) for a timeline. Values are turned into
// text at once (host/trace_stream), so the timeline holds no runtime values.
class TimelineRecorder final : public rt::Tracer {
 public:
  explicit TimelineRecorder(rt::Language& lang, bool real_clock = false)
      : stream_(lang), real_clock_(real_clock) {}
  void on_event(const rt::TraceEvent& e) override { stream_.on_event(e); }
  // Closes every open span at the last stamp and returns the timeline.
  Timeline finish();

 private:
  TraceStream stream_;
  bool real_clock_;
};

}  // namespace coroscope::host
