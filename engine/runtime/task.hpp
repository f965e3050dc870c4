// asyncio.Task: a Future driving a coroutine through __step/__wakeup, with cancel messages, the
// cancel request count (cancelling/uncancel) and the must-cancel flag.
#pragma once

#include <memory>
#include <string>

#include "runtime/coro.hpp"
#include "runtime/future.hpp"

namespace coroscope::rt {

struct TaskOptions {
  std::string name;    // empty: "Task-N"
  Value context;       // null: copy the current context
  bool eager = false;  // 3.12's eager start: the first step runs inside create_task
};

class Task final : public Future {
 public:
  static Ref<Task> create(EventLoop& loop, std::unique_ptr<CoroLike> coro, TaskOptions opts);

  bool cancel(Value msg = {}) override;
  int cancelling() const noexcept { return num_cancels_requested_; }
  int uncancel();

  // "Task-N" is spelled out only when someone asks.
  const std::string& name() const {
    if (!named_) {
      name_ = "Task-" + std::to_string(number_);
      named_ = true;
    }
    return name_;
  }
  void set_name(std::string n) {
    name_ = std::move(n);
    named_ = true;
    custom_name_ = true;
  }
  // Whether the name is still "Task-<number()>" (the trace then sends the number only).
  bool default_name() const noexcept { return !custom_name_; }
  std::uint64_t number() const noexcept { return number_; }
  // What awaiting a task waits on: the task.
  void waits_on(std::vector<std::uint64_t>& out) const override { out.push_back(id()); }
  // The coroutine; it stays after the task is done, as in CPython, for reprs
  // (coro=<main() done, ...>). Null after abandon().
  CoroLike* coro() const noexcept { return coro_.get(); }
  Future* fut_waiter() const noexcept { return fut_waiter_.get(); }
  bool must_cancel() const noexcept { return must_cancel_; }
  const Value& context() const noexcept { return context_; }

  // Cancels what a pending task waits on and closes its coroutine (the loop does this at
  // close): frees cycles such as task -> coroutine -> awaited future -> wakeup -> task.
  void abandon();

 private:
  friend class EventLoop;
  Task(EventLoop& loop, std::unique_ptr<CoroLike> coro, TaskOptions&& opts);
  ~Task() override;
  void step(Value exc);
  void step_body(Value exc);
  void wakeup(Future* f);
  void trace_step_end(const StepResult& r);
  void schedule_step(Value exc);

  std::unique_ptr<CoroLike> coro_;
  Ref<Future> fut_waiter_;
  Value context_;
  mutable std::string name_;
  mutable bool named_ = false;
  bool custom_name_ = false;
  std::uint64_t number_ = 0;
  int num_cancels_requested_ = 0;
  bool must_cancel_ = false;
  // The loop's list of pending tasks (asyncio.all_tasks), in creation order.
  Task* prev_ = nullptr;
  Task* next_ = nullptr;
  bool registered_ = false;
};

}  // namespace coroscope::rt
