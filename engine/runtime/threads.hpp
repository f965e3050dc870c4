// Simulated worker threads for to_thread / run_in_executor, following the reference runner:
// only one thread runs at a time; a work item starts as soon as it is submitted and runs until
// it sleeps (time.sleep) or finishes; sleeping lanes wake in (deadline, creation order) along
// with the loop's timers, overlapping with the loop and with each other. A finished item
// completes its asyncio future through call_soon_threadsafe, as wrap_future does.
#pragma once

#include <deque>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "runtime/coro.hpp"
#include "runtime/future.hpp"

namespace coroscope::rt {

class EventLoop;
class WorkerPool;

class Worker {
 public:
  const std::string& name() const noexcept { return name_; }
  std::uint64_t lane() const noexcept { return lane_; }

 private:
  friend class WorkerPool;
  friend class EventLoop;
  struct Job;
  Worker(WorkerPool* pool, std::string name, std::uint64_t lane)
      : pool_(pool), name_(std::move(name)), lane_(lane) {}
  WorkerPool* pool_;
  std::string name_;
  std::uint64_t lane_;
  std::shared_ptr<Job> job_;
};

class WorkerPool {
 public:
  WorkerPool(EventLoop& loop, int max_workers, std::string prefix);
  ~WorkerPool();
  // ThreadPoolExecutor.submit + wrap_future: the returned asyncio future completes one
  // call_soon hop after the body finishes.
  // `what` names the wait in the trace: `to_thread(blocking_io)`.
  Ref<Future> submit(std::unique_ptr<CoroLike> body, const char* what = "run_in_executor");
  int busy() const noexcept { return busy_; }
  int max_workers() const noexcept { return max_workers_; }
  // Called once every lane is idle (used by shutdown_default_executor).
  void when_idle(std::function<void()> cb);

 private:
  friend class EventLoop;
  void start(Worker* w, std::shared_ptr<Worker::Job> job);
  // Runs lane w until its body sleeps or the lane runs out of work.
  void run(Worker* w);
  void became_idle(Worker* w);

  EventLoop* loop_;
  int max_workers_;
  std::string prefix_;
  int busy_ = 0;
  std::vector<std::unique_ptr<Worker>> threads_;
  std::deque<Worker*> idle_;
  std::deque<std::shared_ptr<Worker::Job>> queue_;
  std::vector<std::function<void()>> idle_callbacks_;
};

}  // namespace coroscope::rt
