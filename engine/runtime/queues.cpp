#include "runtime/queues.hpp"

#include <algorithm>

namespace coroscope::rt {
namespace {

void remove_first(std::deque<Ref<Future>>& d, const Ref<Future>& f) {
  auto it = std::find(d.begin(), d.end(), f);
  if (it != d.end()) d.erase(it);
}

}  // namespace

Queue::Queue(std::ptrdiff_t maxsize) : maxsize_(maxsize), finished_(make_ref<Event>()) {
  finished_->set();
}

void Queue::wakeup_next(std::deque<Ref<Future>>& waiters, const char* cause) {
  while (!waiters.empty()) {
    Ref<Future> w = std::move(waiters.front());
    waiters.pop_front();
    if (!w->done()) {
      w->set_cause(cause);
      w->set_result({});
      break;
    }
  }
}

Co<void> Queue::put(Value item) {
  Ref<Queue> self(this);
  while (full()) {
    Ref<Future> putter = running_loop().create_future();
    putter->set_label("Queue.put");
    putters_.push_back(putter);
    auto r = co_await catching(putter);
    if (r.exc) {
      putter->cancel();  // just in case putter is not done yet
      remove_first(putters_, putter);
      if (!full() && !putter->cancelled()) wakeup_next(putters_, "Queue.get");
      co_await raise(r.exc);
    }
  }
  if (Value e = put_nowait(std::move(item))) co_await raise(e);
}

Value Queue::put_nowait(Value item, const char* cause) {
  if (full()) return running_loop().lang().make_queue_full();
  put_item(std::move(item));
  ++unfinished_;
  finished_->clear();
  wakeup_next(getters_, cause);
  return {};
}

Co<Value> Queue::get(const char* what) {
  Ref<Queue> self(this);
  while (empty()) {
    Ref<Future> getter = running_loop().create_future();
    getter->set_label(what);
    getters_.push_back(getter);
    auto r = co_await catching(getter);
    if (r.exc) {
      getter->cancel();  // just in case getter is not done yet
      remove_first(getters_, getter);
      if (!empty() && !getter->cancelled()) wakeup_next(getters_, "Queue.put");
      co_await raise(r.exc);
    }
  }
  Result r = get_nowait();
  co_return r.value;
}

Result Queue::get_nowait() {
  if (empty()) return {{}, running_loop().lang().make_queue_empty()};
  Value item = get_item();
  wakeup_next(putters_, "Queue.get");
  return {std::move(item), {}};
}

Value Queue::task_done() {
  if (unfinished_ == 0) {
    return running_loop().lang().make_value_error("task_done() called too many times");
  }
  if (--unfinished_ == 0) finished_->set();
  return {};
}

Co<void> Queue::join() {
  Ref<Queue> self(this);
  if (unfinished_ > 0) co_await finished_->wait("Queue.join");
}

// heapq.heappush / heappop with `less`.
void PriorityQueue::put_item(Value v) {
  heap_.push_back(std::move(v));
  std::size_t pos = heap_.size() - 1;
  Value item = std::move(heap_[pos]);
  while (pos > 0) {
    std::size_t parent = (pos - 1) >> 1;
    if (!less_(item, heap_[parent])) break;
    heap_[pos] = std::move(heap_[parent]);
    pos = parent;
  }
  heap_[pos] = std::move(item);
}

Value PriorityQueue::get_item() {
  Value last = std::move(heap_.back());
  heap_.pop_back();
  if (heap_.empty()) return last;
  Value ret = std::move(heap_[0]);
  // _siftup then _siftdown, exactly as heapq does.
  std::size_t end = heap_.size(), pos = 0, child = 1;
  while (child < end) {
    std::size_t right = child + 1;
    if (right < end && !less_(heap_[child], heap_[right])) child = right;
    heap_[pos] = std::move(heap_[child]);
    pos = child;
    child = 2 * pos + 1;
  }
  heap_[pos] = std::move(last);
  Value item = std::move(heap_[pos]);
  while (pos > 0) {
    std::size_t parent = (pos - 1) >> 1;
    if (!less_(item, heap_[parent])) break;
    heap_[pos] = std::move(heap_[parent]);
    pos = parent;
  }
  heap_[pos] = std::move(item);
  return ret;
}

}  // namespace coroscope::rt
