// asyncio.Queue, PriorityQueue and LifoQueue: getters and putters wait on futures woken one at a
// time in FIFO order; task_done/join count unfinished items through an Event.
#pragma once

#include <cstddef>
#include <deque>
#include <functional>
#include <vector>

#include "runtime/locks.hpp"
#include "runtime/native_coro.hpp"
#include "runtime/object_base.hpp"

namespace coroscope::rt {

class Queue : public RcObject {
 public:
  explicit Queue(std::ptrdiff_t maxsize = 0);

  std::size_t qsize() const noexcept { return size(); }
  std::ptrdiff_t maxsize() const noexcept { return maxsize_; }
  bool empty() const noexcept { return size() == 0; }
  bool full() const noexcept {
    return maxsize_ > 0 && static_cast<std::ptrdiff_t>(size()) >= maxsize_;
  }
  std::size_t unfinished_tasks() const noexcept { return unfinished_; }
  // The items in storage order (FIFO order, the heap's array, the stack bottom first): what
  // CPython's repr shows as _queue=[...].
  virtual std::vector<Value> items() const { return {items_.begin(), items_.end()}; }
  std::size_t getters() const noexcept { return getters_.size(); }
  std::size_t putters() const noexcept { return putters_.size(); }

  Co<void> put(Value item);
  // `what` is what a waiting get is called in the trace.
  Co<Value> get(const char* what = "Queue.get");
  // put_nowait: QueueFull as a value (null on success).
  // `cause` is what the trace says woke a waiting get.
  Value put_nowait(Value item, const char* cause = "Queue.put");
  // get_nowait: the item, or QueueEmpty.
  Result get_nowait();
  // ValueError('task_done() called too many times') as a value, null on success.
  Value task_done();
  Co<void> join();

 protected:
  // The storage hooks PriorityQueue and LifoQueue override (_put/_get).
  virtual std::size_t size() const noexcept { return items_.size(); }
  virtual void put_item(Value v) { items_.push_back(std::move(v)); }
  virtual Value get_item() {
    Value v = std::move(items_.front());
    items_.pop_front();
    return v;
  }

 private:
  // `cause` is the call that wakes it, for the trace (`Queue.put`).
  static void wakeup_next(std::deque<Ref<Future>>& waiters, const char* cause);
  std::ptrdiff_t maxsize_;
  std::deque<Value> items_;
  std::deque<Ref<Future>> getters_, putters_;
  std::size_t unfinished_ = 0;
  Ref<Event> finished_;
};

// Smallest first, by `less` (the language layer's `<`); heapq order for ties.
class PriorityQueue final : public Queue {
 public:
  using Less = std::function<bool(const Value&, const Value&)>;
  PriorityQueue(Less less, std::ptrdiff_t maxsize = 0) : Queue(maxsize), less_(std::move(less)) {}
  std::vector<Value> items() const override { return heap_; }

 protected:
  std::size_t size() const noexcept override { return heap_.size(); }
  void put_item(Value v) override;
  Value get_item() override;

 private:
  Less less_;
  std::vector<Value> heap_;
};

class LifoQueue final : public Queue {
 public:
  using Queue::Queue;
  std::vector<Value> items() const override { return stack_; }

 protected:
  std::size_t size() const noexcept override { return stack_.size(); }
  void put_item(Value v) override { stack_.push_back(std::move(v)); }
  Value get_item() override {
    Value v = std::move(stack_.back());
    stack_.pop_back();
    return v;
  }

 private:
  std::vector<Value> stack_;
};

}  // namespace coroscope::rt
