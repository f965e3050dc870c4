#include "runtime/task_group.hpp"

#include <algorithm>

#include "runtime/callback_labels.hpp"

namespace coroscope::rt {
namespace {

// What __aexit__ waits on while tasks are left: the trace and the deadlock report show that it
// waits on the group's tasks.
class GroupWaiter final : public Future {
 public:
  GroupWaiter(EventLoop& loop, const TaskGroup* group) : Future(loop), group_(group) {
    set_label("TaskGroup");
  }
  void waits_on(std::vector<std::uint64_t>& out) const override {
    if (!group_) return;
    for (auto& t : group_->tasks()) out.push_back(t->id());
  }
  const TaskGroup* group_;
};

}  // namespace

TaskGroup::~TaskGroup() {
  if (on_completed_fut_) static_cast<GroupWaiter*>(on_completed_fut_.get())->group_ = nullptr;
}

Co<void> TaskGroup::aenter() {
  Ref<TaskGroup> self(this);
  Language& lang = running_loop().lang();
  if (entered_)
    co_await raise(lang.make_runtime_error("TaskGroup " + repr() + " has already been entered"));
  if (!loop_) loop_ = &running_loop();
  Task* parent = loop_->current_task();
  if (!parent)
    co_await raise(
        lang.make_runtime_error("TaskGroup " + repr() + " cannot determine the parent task"));
  parent_task_ = Ref<Task>(parent);
  entered_ = true;
}

Co<void> TaskGroup::aexit(Value exc) {
  Ref<TaskGroup> self(this);
  Language& lang = loop_->lang();
  exiting_ = true;
  if (exc && lang.is_base_error(exc) && !base_error_) base_error_ = exc;
  Value propagate_cancellation_error = exc && lang.is_cancelled_error(exc) ? exc : Value{};
  if (parent_cancel_requested_) {
    // The parent's cancel came from us: take it back.
    if (parent_task_->uncancel() == 0) propagate_cancellation_error = nullptr;
  }
  if (exc && !aborting_) abort();
  while (!tasks_.empty()) {
    if (!on_completed_fut_) on_completed_fut_ = Ref<Future>(new GroupWaiter(*loop_, this));
    auto r = co_await catching(on_completed_fut_);
    if (r.exc) {
      if (!lang.is_cancelled_error(r.exc)) co_await raise(r.exc);
      if (!aborting_) {
        propagate_cancellation_error = r.exc;
        abort();
      }
    }
    static_cast<GroupWaiter*>(on_completed_fut_.get())->group_ = nullptr;
    on_completed_fut_ = nullptr;
  }
  parent_task_ = nullptr;
  if (base_error_) co_await raise(base_error_);
  if (propagate_cancellation_error && errors_.empty()) co_await raise(propagate_cancellation_error);
  if (exc && !lang.is_cancelled_error(exc)) errors_.push_back(exc);
  if (!errors_.empty()) {
    Value me = lang.make_exception_group("unhandled errors in a TaskGroup", std::move(errors_));
    errors_.clear();
    lang.set_cause(me, {});
    co_await raise(me);
  }
}

Outcome<Ref<Task>> TaskGroup::create_task(std::unique_ptr<CoroLike> coro, TaskOptions opts) {
  EventLoop& loop = loop_ ? *loop_ : running_loop();
  Language& lang = loop.lang();
  const char* err = !entered_                      ? "has not been entered"
                    : (exiting_ && tasks_.empty()) ? "is finished"
                    : aborting_                    ? "is shutting down"
                                                   : nullptr;
  if (err) {
    coro->close();
    return {{}, lang.make_runtime_error("TaskGroup " + repr() + " " + err)};
  }
  Ref<Task> task = loop.create_task(std::move(coro), std::move(opts));
  Ref<TaskGroup> self(this);
  task->add_done_callback([self](Future* f) { self->on_task_done(static_cast<Task*>(f)); }, {},
                          labels::kTaskGroupDone);
  tasks_.push_back(task);
  return {task, {}};
}

std::string TaskGroup::repr() const {
  std::string info;
  if (!tasks_.empty()) info += " tasks=" + std::to_string(tasks_.size());
  if (!errors_.empty()) info += " errors=" + std::to_string(errors_.size());
  if (aborting_) {
    info += " cancelling";
  } else if (entered_) {
    info += " entered";
  }
  return "<TaskGroup" + info + ">";
}

void TaskGroup::abort() {
  aborting_ = true;
  for (auto& t : tasks_) {
    if (!t->done()) t->cancel();
  }
}

void TaskGroup::on_task_done(Task* task) {
  auto it = std::find_if(tasks_.begin(), tasks_.end(),
                         [task](const Ref<Task>& t) { return t.get() == task; });
  if (it != tasks_.end()) tasks_.erase(it);
  if (on_completed_fut_ && tasks_.empty() && !on_completed_fut_->done()) {
    on_completed_fut_->set_cause("all tasks done");
    on_completed_fut_->set_result(Value{});
  }
  if (task->cancelled()) return;
  Value exc = task->exception().value;
  if (!exc) return;
  errors_.push_back(exc);
  Language& lang = loop_->lang();
  if (lang.is_base_error(exc) && !base_error_) base_error_ = exc;
  if (!parent_task_ || parent_task_->done()) {
    loop_->call_exception_handler(
        {"Task " + task->name() + " has errored out but its parent task is already completed", exc,
         Ref<Future>(task)});
    return;
  }
  if (!aborting_ && !parent_cancel_requested_) {
    abort();
    parent_cancel_requested_ = true;
    parent_task_->cancel();
  }
}

}  // namespace coroscope::rt
