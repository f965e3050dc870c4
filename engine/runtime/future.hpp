// asyncio.Future: callbacks always go through call_soon, in registration order; results and
// exceptions are values; cancel() carries a message.
#pragma once

#include <cstdint>
#include <memory>
#include <utility>
#include <vector>

#include "runtime/handle.hpp"
#include "runtime/object.hpp"
#include "runtime/pool.hpp"
#include "runtime/trace.hpp"

namespace coroscope::rt {

class EventLoop;
class Task;

using CallbackId = std::uint64_t;

class Future : public Object, public Pooled {
 public:
  enum class State : std::uint8_t { Pending, Cancelled, Finished };

  static Ref<Future> create(EventLoop& loop);

  void add_ref() noexcept final { ++refs_; }
  void release() noexcept final {
    if (--refs_ == 0) delete this;
  }

  EventLoop& loop() const noexcept { return *loop_; }
  std::uint64_t id() const noexcept { return id_; }
  State state() const noexcept { return state_; }
  bool done() const noexcept { return state_ != State::Pending; }
  bool cancelled() const noexcept { return state_ == State::Cancelled; }
  bool is_task() const noexcept { return task_; }

  virtual bool cancel(Value msg = {});
  // Both return an InvalidStateError value if the future is already done (null on success).
  Value set_result(Value v);
  Value set_exception(Value e);

  // result(): value, or the exception it would raise (CancelledError, InvalidStateError, or the
  // stored exception).
  Result result();
  // exception(): {the stored exception or null} or what it would raise.
  Result exception();

  // `label` names a runtime callback in reprs as CPython's repr names its Python counterpart
  // (callback_labels.hpp); user callbacks have none. For the trace: `task` is the task a
  // Task.__wakeup callback wakes, `trace_label` names a user callback in the ready queue.
  CallbackId add_done_callback(Callback cb, Value ctx = {}, const char* label = nullptr,
                               std::uint64_t task = 0, Label trace_label = 0);
  // The pending callbacks in registration order: their ids and labels.
  std::vector<std::pair<CallbackId, const char*>> callbacks() const;
  // concurrent.futures semantics, for futures a worker lane waits on: `cb` runs synchronously
  // when the future completes, not through the loop.
  void add_immediate_callback(SmallFn<void(Future*)> cb);
  std::size_t remove_done_callback(CallbackId id);
  // Lets go of the pending callbacks without running them: for a task abandoned at loop close,
  // which will never complete (gather's callbacks on its children hold the gather, which holds
  // the children: CPython leaves that cycle to its collector).
  void drop_callbacks();

  // _make_cancelled_error(): the saved CancelledError if the task kept one, else a fresh one
  // carrying the cancel message.
  Value make_cancelled_error();
  const Value& cancel_message() const noexcept { return cancel_message_; }
  // The future's result or exception without side effects (for traces and hosts).
  const Value& peek_result() const noexcept { return result_; }
  const Value& peek_exception() const noexcept { return exception_; }

  // The language binding's object for this future (asyncio.Future), kept here so the binding
  // finds it without a lookup table; the binding sets and clears it.
  void* binding = nullptr;

  // For the trace and the deadlock report (docs/TRACE.md): what a task awaiting this future
  // waits for, in a student's words (0: a task's name, else "Future"), and the task whose
  // progress it waits for (`on` may point at a field that changes, such as a Lock's holder).
  // A literal costs nothing to set, so building blocks always set one; a composed label
  // (`sleep(1.0)`) is interned, by callers that do so only when tracing.
  void set_label(const char* literal) noexcept { label_literal_ = literal; }
  void set_label(Label composed) noexcept { label_ = composed; }
  // The label's text: "" if none was set (a task is then called by its name, else "Future").
  const char* label_text() const;
  Label trace_label() const;
  void set_waits_on(std::uint64_t task) noexcept { on_ = task; }
  void set_waits_on_holder(const std::uint64_t* task) noexcept { on_ref_ = task; }
  virtual void waits_on(std::vector<std::uint64_t>& out) const;
  // What completes it, for the wake-up's cause (`Lock.release`): a literal, set just before
  // set_result by the building block that completes it; by default the cause is the call.
  void set_cause(const char* literal);
  // The wake-up cause as the trace shows it; `@` stands for the completing task's name.
  Label cause() const;

 protected:
  explicit Future(EventLoop& loop);
  virtual ~Future();
  // Future.cancel itself, for subclasses that override cancel().
  bool cancel_future(Value msg);

  EventLoop* loop_;
  Value cancelled_exc_;
  Value cancel_message_;
  bool task_ = false;

 private:
  void schedule_callbacks();
  void trace_done();

  struct Entry {
    Callback fn;
    Value ctx;
    CallbackId id;
    const char* label;
    std::uint64_t task;  // the task a Task.__wakeup wakes (0: another callback)
    Label trace_label;
  };
  void schedule(Entry& e);
  std::uint32_t refs_ = 0;
  State state_ = State::Pending;
  bool log_traceback_ = false;
  std::uint64_t id_;
  Label label_ = 0;
  Label cause_ = 0;
  const char* label_literal_ = nullptr;
  std::uint64_t on_ = 0;
  const std::uint64_t* on_ref_ = nullptr;
  Value result_;
  Value exception_;
  // Most futures get exactly one callback (a task's wakeup): it lives inline, the rest spill.
  Entry first_{};
  bool has_first_ = false;
  std::vector<Entry> more_;
  std::unique_ptr<std::vector<SmallFn<void(Future*)>>> immediate_;
};

}  // namespace coroscope::rt
