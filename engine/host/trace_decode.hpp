// The trace's records read back into events, as web/src/engine/trace_decode.ts reads them for
// the page (the same rules, the same names: see web/src/engine/trace.ts). The CLI's timeline
// views and the tests read the trace through this.
#pragma once

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "host/trace_stream.hpp"

namespace coroscope::host {

struct TraceEventView {
  EventKind kind = EventKind::Task;
  std::uint64_t seq = 0;
  double time = 0;
  std::uint64_t iteration = 0;
  std::uint64_t task = 0;    // task, step, suspend, wait, wake, cancel, uncancel, done, ready,
                             // timer, block, print
  std::uint64_t id = 0;      // the future (wait, wake), handle (ready, run), timer, thread
  std::uint64_t parent = 0;  // task
  std::uint64_t by = 0;      // wake, cancel
  std::int64_t line = 0;     // task, step, suspend, print
  std::int64_t count = 0;    // cancel, uncancel; print: length
  bool thrown = false;       // step
  bool has_message = false;  // cancel: a message was given
  std::string name;          // task, thread
  std::string coro;          // task
  std::string label;         // wait, ready, timer, block, thread
  std::string cause;         // wake
  std::string message;       // cancel
  std::string text;          // done
  std::string how;           // suspend: yield|block|return|raise; done: result|exception|
                             // cancelled; thread: run|sleep|idle; print: stdout|stderr
  double when = 0;           // timer; block, idle: until
  std::vector<std::uint64_t> on, tasks, cycle;
};

const char* to_string(EventKind k) noexcept;
// One line for the event, as `coroscope run --events` prints it: `12 t=1.0 i=3 wait Task-2
// sleep(1.0) on=[]` (the fields of the kind, with task ids as names).
std::string to_text(const TraceEventView& e,
                    const std::unordered_map<std::uint64_t, std::string>& names = {});

class TraceDecoder {
 public:
  // Reads one take of the stream (records, their new strings and the first string's id).
  void feed(const TraceRecord* records, std::size_t n, const std::string& strings,
            std::uint32_t first_string);
  void feed(const TraceStream& s) { feed(s.records(), s.size(), s.strings(), s.first_string()); }
  std::vector<TraceEventView> events;
  // Task names by id, as far as read.
  const std::unordered_map<std::uint64_t, std::string>& names() const noexcept { return names_; }

 private:
  const std::string& str(std::uint32_t id) const;
  std::string task_name(std::uint64_t id) const;
  std::vector<std::string> strings_{""};
  std::unordered_map<std::uint64_t, std::string> names_;
  std::vector<std::uint64_t> running_;
};

}  // namespace coroscope::host
