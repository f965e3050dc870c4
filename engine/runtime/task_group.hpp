// asyncio.TaskGroup (taskgroups.py, 3.11): the first child error cancels the siblings and the
// body (the parent task, once); exit waits for every child, then raises the errors as a
// BaseExceptionGroup. CPython keeps the children in a set; this keeps creation order.
#pragma once

#include <vector>

#include "runtime/native_coro.hpp"
#include "runtime/object_base.hpp"

namespace coroscope::rt {

class TaskGroup final : public RcObject {
 public:
  ~TaskGroup() override;
  // The tasks still running in it, in creation order.
  const std::vector<Ref<Task>>& tasks() const noexcept { return tasks_; }
  Co<void> aenter();
  // __aexit__(exc): raises what the group must raise; returns if the body's exception (if any)
  // should simply continue (the caller re-raises it, as `async with` does).
  Co<void> aexit(Value exc);
  // create_task: the task, or RuntimeError if the group is not entered, finished or shutting
  // down (the coroutine is then closed).
  Outcome<Ref<Task>> create_task(std::unique_ptr<CoroLike> coro, TaskOptions opts);
  template <class T>
  Outcome<Ref<Task>> create_task(Co<T> co, TaskOptions opts) {
    return create_task(make_coro(std::move(co)), std::move(opts));
  }
  template <class T>
  Outcome<Ref<Task>> create_task(Co<T> co) {
    return create_task(make_coro(std::move(co)), TaskOptions{});
  }
  std::size_t size() const noexcept { return tasks_.size(); }
  // CPython's repr: <TaskGroup tasks=N errors=N cancelling|entered>
  std::string repr() const;

 private:
  void abort();
  void on_task_done(Task* t);
  bool entered_ = false, exiting_ = false, aborting_ = false, parent_cancel_requested_ = false;
  EventLoop* loop_ = nullptr;
  Ref<Task> parent_task_;
  std::vector<Ref<Task>> tasks_;
  std::vector<Value> errors_;
  Value base_error_;
  Ref<Future> on_completed_fut_;
};

}  // namespace coroscope::rt
