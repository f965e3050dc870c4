// The timeline of a run, built from the runtime's trace events: one lane per task (plus the loop
// and each worker thread), spans for what each lane was doing, marks for cancels and failures,
// and flows for create_task and wake-ups. The terminal view (ascii_timeline), the Perfetto export
// (chrome_trace) and the page all draw this one model.
#pragma once

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

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

// Records trace events into a Timeline. Install it as the loop's tracer; call finish() after the
// run. Values are turned into text at once (through the language's repr), so the timeline holds
// no runtime values.
class TimelineRecorder final : public rt::Tracer {
 public:
  explicit TimelineRecorder(rt::Language& lang, bool real_clock = false);
  void on_event(const rt::TraceEvent& e) override;
  // Closes every open span at the last stamp and returns the timeline.
  Timeline finish();

 private:
  int lane_of_task(std::uint64_t task);
  int lane_of_thread(std::uint64_t lane, const std::string& name);
  void open(int lane, SpanKind kind, const Stamp& at, std::string label = {});
  void close(int lane, const Stamp& at);
  std::string label_of_future(std::uint64_t future);

  struct Open {
    bool active = false;
    Span span;
  };
  rt::Language& lang_;
  Timeline t_;
  std::vector<Open> open_;
  std::unordered_map<std::uint64_t, int> task_lanes_;
  std::unordered_map<std::uint64_t, int> thread_lanes_;
  // Where and when each future was completed, for wake-up flows.
  struct Completion {
    int lane;
    Stamp at;
  };
  std::unordered_map<std::uint64_t, Completion> completed_by_;
  std::uint64_t seq_ = 0;
};

}  // namespace coroscope::host
