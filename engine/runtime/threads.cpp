#include "runtime/threads.hpp"

#include "runtime/callback_labels.hpp"
#include "runtime/event_loop.hpp"

namespace coroscope::rt {

struct Worker::Job {
  enum class State { Pending, Running, Cancelled, Done };
  std::unique_ptr<CoroLike> body;
  Ref<Future> dest;
  State state = State::Pending;
  Label label = 0;  // the work item, `blocking_io()`, for the trace
};

namespace {

void trace_lane(EventLoop& loop, Worker* w, LaneState state, Label label) {
  if (!loop.tracing()) return;
  loop.emit({.kind = TraceKind::Lane,
             .flag = static_cast<std::uint8_t>(state),
             .other = w->lane(),
             .label = label,
             .name = w->name()});
}

}  // namespace

WorkerPool::WorkerPool(EventLoop& loop, int max_workers, std::string prefix)
    : loop_(&loop), max_workers_(max_workers), prefix_(std::move(prefix)) {}

WorkerPool::~WorkerPool() {
  for (auto& j : queue_) j->body.reset();
  for (auto& t : threads_) {
    if (t->job_) {
      if (t->job_->body) t->job_->body->close();
      t->job_->body.reset();
    }
  }
}

Ref<Future> WorkerPool::submit(std::unique_ptr<CoroLike> body, const char* what) {
  auto job = std::make_shared<Worker::Job>();
  job->body = std::move(body);
  job->dest = loop_->create_future();
  Ref<Future> dest = job->dest;
  if (loop_->tracing()) {
    // The item as a call (`blocking_io()`), and what awaiting it is: `to_thread(blocking_io)`.
    std::string item = job->body->describe();
    if (item.empty()) item = "work()";
    Labels& labels = loop_->lang().labels;
    job->label = labels.intern(item);
    std::string fn = item.substr(0, item.find('('));
    dest->set_label(labels.intern(std::string(what) + "(" + fn + ")"));
  }
  // _chain_future: cancelling the asyncio future cancels a work item that has not started.
  std::weak_ptr<Worker::Job> weak = job;
  dest->add_done_callback(
      [weak](Future* f) {
        if (auto j = weak.lock(); j && f->cancelled() && j->state == Worker::Job::State::Pending) {
          j->state = Worker::Job::State::Cancelled;
        }
      },
      {}, labels::kChainCheckCancel);
  Worker* w = nullptr;
  if (!idle_.empty()) {
    w = idle_.front();
    idle_.pop_front();
  } else if (static_cast<int>(threads_.size()) < max_workers_) {
    threads_.push_back(std::unique_ptr<Worker>(
        new Worker(this, prefix_ + "_" + std::to_string(threads_.size()), loop_->next_id())));
    w = threads_.back().get();
  } else {
    queue_.push_back(std::move(job));
    return dest;
  }
  ++busy_;
  start(w, std::move(job));
  return dest;
}

void WorkerPool::start(Worker* w, std::shared_ptr<Worker::Job> job) {
  w->job_ = std::move(job);
  if (!loop_->in_worker()) {
    loop_->run_worker(w);  // a fresh thread runs first (Thread.start waits for it)
  } else {
    loop_->add_sleeper(loop_->time(), w);
  }
}

void WorkerPool::run(Worker* w) {
  for (;;) {
    auto& job = w->job_;
    if (!job) {
      became_idle(w);
      return;
    }
    if (job->state == Worker::Job::State::Pending) {
      job->state = Worker::Job::State::Running;
      trace_lane(*loop_, w, LaneState::Run, job->label);
    } else if (job->state == Worker::Job::State::Cancelled) {
      job.reset();
      job = queue_.empty() ? nullptr : std::move(queue_.front());
      if (!queue_.empty()) queue_.pop_front();
      continue;
    } else {
      trace_lane(*loop_, w, LaneState::Run, job->label);
    }
    StepResult r = job->body->send({});
    if (r.kind == StepResult::Kind::Sleep) {
      double until = loop_->time() + (r.seconds > 0 ? r.seconds : 0);
      if (!r.busy) trace_lane(*loop_, w, LaneState::Sleep, job->label);  // computing stays Run
      loop_->add_sleeper(until, w);
      return;
    }
    if (r.kind == StepResult::Kind::Block) {
      // Future.result() in a thread: the lane waits; it runs again once the future is done.
      trace_lane(*loop_, w, LaneState::Sleep, job->label);
      r.future->add_immediate_callback(
          [loop = loop_, w](Future*) { loop->add_sleeper(loop->time(), w); });
      return;
    }
    Result out;
    if (r.kind == StepResult::Kind::Return) {
      out.value = std::move(r.value);
    } else if (r.kind == StepResult::Kind::Raise) {
      out.exc = std::move(r.value);
    } else {
      out.exc = loop_->lang().make_runtime_error("a worker thread body cannot yield to the loop");
    }
    job->state = Worker::Job::State::Done;
    job->body.reset();
    trace_lane(*loop_, w, LaneState::Idle, job->label);
    // _copy_future_state, one call_soon_threadsafe hop later.
    Ref<Future> dest = std::move(job->dest);
    loop_->call_soon_threadsafe(
        [dest, out = std::move(out)](Future*) {
          if (dest->cancelled()) return;
          if (out.ok()) {
            dest->set_cause("thread returned");
            dest->set_result(out.value);
          } else {
            dest->set_cause("thread raised");
            dest->set_exception(out.exc);
          }
        },
        {}, loop_->label("_copy_future_state()"));
    job.reset();
    if (!queue_.empty()) {
      job = std::move(queue_.front());
      queue_.pop_front();
    }
  }
}

void WorkerPool::became_idle(Worker* w) {
  --busy_;
  idle_.push_back(w);
  if (busy_ == 0) {
    auto cbs = std::move(idle_callbacks_);
    idle_callbacks_.clear();
    for (auto& cb : cbs) cb();
  }
}

void WorkerPool::when_idle(std::function<void()> cb) {
  if (busy_ == 0) {
    cb();
  } else {
    idle_callbacks_.push_back(std::move(cb));
  }
}

}  // namespace coroscope::rt
