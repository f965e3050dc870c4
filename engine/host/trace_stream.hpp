// The trace of a run in the one encoding every consumer reads (docs/TRACE.md): one fixed-size
// record per event and a table of the strings the records refer to. The browser takes what
// accumulated after every slice (the engine then holds one slice's events); the CLI's timeline
// keeps everything and decodes it at the end (host/trace_decode.hpp, and web/src/engine/
// trace_decode.ts for the page, which read records the same way).
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "runtime/language.hpp"
#include "runtime/trace.hpp"

namespace coroscope::host {

// The event kinds of web/src/engine/trace.ts, in this order (the record's kind byte).
enum class EventKind : std::uint8_t {
  Task,
  Step,
  Suspend,
  Wait,
  Wake,
  Cancel,
  Uncancel,
  Done,
  Ready,
  Run,
  Timer,
  TimerFired,
  TimerCancelled,
  Block,
  Unblock,
  Idle,
  Thread,
  Print,
  Deadlock,
};

// 32 bytes: the time, the loop iteration, the kind in the low byte of `head` with a small field
// (flags, a line or a string id) in its upper 24 bits, and four 32-bit arguments (ids, string
// ids, numbers, or one double in c and d). What each kind puts where: docs/TRACE.md.
struct TraceRecord {
  double time;
  std::uint32_t iteration;
  std::uint32_t head;
  std::uint32_t a, b, c, d;
};
static_assert(sizeof(TraceRecord) == 32, "the page reads records with a stride of 32 bytes");

// Flags of the small field.
inline constexpr std::uint32_t kSmallMax = 0xFFFFFF;
inline constexpr std::uint32_t kTaskDefaultName = 1u << 23;  // task: b is the Task-N number
inline constexpr std::uint32_t kWaitOnOne = 1;               // wait: d is the one task it waits on
inline constexpr std::uint32_t kWaitOnTask = 2;  // wait: awaits that task (label: its name)
// Two events in one record, for the pairs every loop iteration has: a step record that also
// stands for the `run` of the handle that started it (c: the handle, read before the step),
// and a suspend (yield) record that also stands for the `ready` of the task's next step (c: the
// handle, read after the suspend).
inline constexpr std::uint32_t kStepAfterRun = 2;
inline constexpr std::uint32_t kSuspendThenReady = 4;
// And a done record that also stands for the suspend (return or raise, line 0) before it: the
// suspend's how in bits 2-3.
inline constexpr std::uint32_t kDoneAfterSuspend = 16;

class TraceStream final : public rt::Tracer {
 public:
  explicit TraceStream(rt::Language& lang) : lang_(lang) {}
  void on_event(const rt::TraceEvent& e) override;
  void on_step_event(rt::TraceKind kind, std::uint64_t iteration, double time, std::uint64_t task,
                     std::uint64_t other, std::int64_t line, std::uint8_t flag,
                     rt::Label label) override;

  // What accumulated since the last clear(): the records, and the strings they introduced, each
  // followed by a NUL; the first has id first_string() (ids continue from one take to the next;
  // 0 means none).
  const TraceRecord* records() const noexcept { return records_.get(); }
  std::size_t size() const noexcept { return size_; }
  const std::string& strings() const noexcept { return strings_; }
  std::uint32_t first_string() const noexcept { return first_string_; }
  // The host has taken them: the memory is kept for the next slice's events.
  void clear();
  // Events recorded since the start (a record may hold two).
  std::uint64_t total() const noexcept { return total_; }

 private:
  TraceRecord& add(EventKind kind, std::uint64_t iteration, double time, std::uint32_t small = 0);
  void grow();
  TraceRecord& add(EventKind kind, const rt::TraceEvent& e, std::uint32_t small = 0) {
    return add(kind, e.iteration, e.time, small);
  }
  // A string sent once for this record (a repr, a coroutine).
  std::uint32_t text(std::string_view s);
  // A label: sent the first time it is used, then referred to by its id.
  std::uint32_t label(rt::Label l);
  std::uint32_t ids(const std::vector<std::uint64_t>& v);
  std::uint32_t repr(const rt::Value* v);

  rt::Language& lang_;
  // The first size_ of capacity_ records are taken (not zeroed beyond: they are written whole).
  std::unique_ptr<TraceRecord[]> records_;
  std::size_t size_ = 0, capacity_ = 0;
  // The last record may take the second event of a pair (kStepAfterRun, kSuspendThenReady)
  // about this task.
  bool fusable_ = false;
  std::uint64_t fusable_task_ = 0;
  std::string strings_;
  std::uint32_t first_string_ = 1, next_string_ = 1;
  std::vector<std::uint32_t> label_ids_;  // by rt::Label
  std::uint64_t total_ = 0;
  // Iterations of successive loops (a second asyncio.run starts again at 0) continue the run's
  // count, so that iterations order the whole run.
  std::uint64_t last_raw_ = 0, offset_ = 0, last_iteration_ = 0;
  std::vector<std::uint64_t> on_;
};

}  // namespace coroscope::host
