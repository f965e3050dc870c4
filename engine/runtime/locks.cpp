#include "runtime/locks.hpp"

#include <algorithm>

namespace coroscope::rt {
namespace {

void remove_first(std::deque<Ref<Future>>& d, const Ref<Future>& f) {
  auto it = std::find(d.begin(), d.end(), f);
  if (it != d.end()) d.erase(it);
}

// The True that acquire() and wait() return.
Value truthy() { return running_loop().lang().make_bool(true); }

}  // namespace

// ---- Lock -------------------------------------------------------------------------------------

Lock::~Lock() {
  // A waiter that outlives the lock must not point at its holder.
  for (auto& w : waiters_) w->set_waits_on_holder(nullptr);
}

Co<Value> Lock::acquire() {
  Ref<Lock> self(this);
  EventLoop& loop = running_loop();
  bool all_cancelled = std::all_of(waiters_.begin(), waiters_.end(),
                                   [](const Ref<Future>& w) { return w->cancelled(); });
  if (!locked_ && all_cancelled) {
    locked_ = true;
    holder_ = loop.current_task_id();
    co_return truthy();
  }
  Ref<Future> fut = loop.create_future();
  fut->set_label("Lock.acquire");
  fut->set_waits_on_holder(&holder_);
  waiters_.push_back(fut);
  auto r = co_await catching(fut);
  fut->set_waits_on_holder(nullptr);
  remove_first(waiters_, fut);
  if (r.exc) {
    if (loop.lang().is_cancelled_error(r.exc) && !locked_) wake_up_first();
    co_await raise(r.exc);
  }
  locked_ = true;
  holder_ = loop.current_task_id();
  co_return truthy();
}

Value Lock::unlock() {
  if (!locked_) return running_loop().lang().make_runtime_error("Lock is not acquired.");
  locked_ = false;
  holder_ = 0;
  wake_up_first();
  return {};
}

void Lock::wake_up_first() {
  if (waiters_.empty()) return;
  Ref<Future>& fut = waiters_.front();
  if (!fut->done()) {
    fut->set_cause("Lock.release");
    fut->set_result(Value{});
  }
}

// ---- Event ------------------------------------------------------------------------------------

void Event::set() {
  if (value_) return;
  value_ = true;
  for (auto& fut : waiters_) {
    if (!fut->done()) {
      fut->set_cause("Event.set");
      fut->set_result({});
    }
  }
}

Co<Value> Event::wait(const char* what) {
  Ref<Event> self(this);
  if (value_) co_return truthy();
  Ref<Future> fut = running_loop().create_future();
  fut->set_label(what);
  waiters_.push_back(fut);
  auto r = co_await catching(fut);
  remove_first(waiters_, fut);
  if (r.exc) co_await raise(r.exc);
  co_return truthy();
}

// ---- Semaphore --------------------------------------------------------------------------------

bool Semaphore::locked() const {
  return value_ == 0 || std::any_of(waiters_.begin(), waiters_.end(),
                                    [](const Ref<Future>& w) { return !w->cancelled(); });
}

Co<Value> Semaphore::acquire() {
  Ref<Semaphore> self(this);
  if (!locked()) {
    --value_;
    co_return truthy();
  }
  Ref<Future> fut = running_loop().create_future();
  fut->set_label("Semaphore.acquire");
  waiters_.push_back(fut);
  auto r = co_await catching(fut);
  remove_first(waiters_, fut);
  if (r.exc) {
    if (running_loop().lang().is_cancelled_error(r.exc) && !fut->cancelled()) {
      ++value_;
      wake_up_next();
    }
    co_await raise(r.exc);
  }
  if (value_ > 0) wake_up_next();
  co_return truthy();
}

Value Semaphore::unlock() {
  ++value_;
  wake_up_next();
  return {};
}

void Semaphore::wake_up_next() {
  for (auto& fut : waiters_) {
    if (!fut->done()) {
      --value_;
      fut->set_cause("Semaphore.release");
      fut->set_result(Value{});
      return;
    }
  }
}

Value BoundedSemaphore::unlock() {
  if (value_ >= bound_) {
    return running_loop().lang().make_value_error("BoundedSemaphore released too many times");
  }
  return Semaphore::unlock();
}

// ---- Condition --------------------------------------------------------------------------------

Co<Value> Condition::wait(const char* what) {
  Ref<Condition> self(this);
  Language& lang = running_loop().lang();
  if (!locked()) co_await raise(lang.make_runtime_error("cannot wait on un-acquired lock"));
  unlock();
  Ref<Future> fut = running_loop().create_future();
  fut->set_label(what);
  waiters_.push_back(fut);
  auto r = co_await catching(fut);
  remove_first(waiters_, fut);
  // finally: re-acquire, whatever happens; a cancel during that is re-raised afterwards.
  bool cancelled = false;
  for (;;) {
    auto a = co_await catching(lock_->acquire());
    if (a.ok()) break;
    if (!lang.is_cancelled_error(a.exc)) co_await raise(a.exc);
    cancelled = true;
  }
  if (cancelled) co_await raise(lang.make_cancelled_error({}));
  if (r.exc) co_await raise(r.exc);
  co_return truthy();
}

Co<Value> Condition::wait_for(std::function<Value()> predicate, const char* what) {
  Ref<Condition> self(this);
  Value result = predicate();
  while (!result) {
    co_await wait(what);
    result = predicate();
  }
  co_return result;
}

Value Condition::notify(std::size_t n) {
  if (!locked()) {
    return running_loop().lang().make_runtime_error("cannot notify on un-acquired lock");
  }
  std::size_t idx = 0;
  for (auto& fut : waiters_) {
    if (idx >= n) break;
    if (!fut->done()) {
      ++idx;
      fut->set_cause("Condition.notify");
      fut->set_result({});
    }
  }
  return {};
}

// ---- Barrier ----------------------------------------------------------------------------------

Co<Value> Barrier::wait() {
  Ref<Barrier> self(this);
  co_await cond_->acquire();  // async with self._cond
  auto r = co_await catching(wait_locked());
  cond_->unlock();
  if (r.exc) co_await raise(r.exc);
  co_return r.value;
}

Co<Value> Barrier::wait_locked() {
  co_await block();
  long index = count_++;
  Outcome<void> r;
  if (index + 1 == parties_) {
    state_ = State::Draining;  // _release()
    cond_->notify_all();
  } else {
    r = co_await catching(wait_filled());
  }
  // finally:
  --count_;
  exit();
  if (r.exc) co_await raise(r.exc);
  co_return running_loop().lang().make_int(index);
}

Co<void> Barrier::block() {
  co_await cond_->wait_for(
      [this]() -> Value {
        return state_ != State::Draining && state_ != State::Resetting ? truthy() : Value{};
      },
      "Barrier.wait");
  if (state_ == State::Broken) {
    co_await raise(running_loop().lang().make_broken_barrier_error("Barrier aborted"));
  }
}

Co<void> Barrier::wait_filled() {
  co_await cond_->wait_for(
      [this]() -> Value { return state_ != State::Filling ? truthy() : Value{}; }, "Barrier.wait");
  if (state_ == State::Broken || state_ == State::Resetting) {
    co_await raise(running_loop().lang().make_broken_barrier_error("Abort or reset of barrier"));
  }
}

void Barrier::exit() {
  if (count_ == 0) {
    if (state_ == State::Resetting || state_ == State::Draining) state_ = State::Filling;
    cond_->notify_all();
  }
}

Co<void> Barrier::reset() {
  Ref<Barrier> self(this);
  co_await cond_->acquire();
  if (count_ > 0) {
    if (state_ != State::Resetting) state_ = State::Resetting;
  } else {
    state_ = State::Filling;
  }
  cond_->notify_all();
  cond_->unlock();
}

Co<void> Barrier::abort() {
  Ref<Barrier> self(this);
  co_await cond_->acquire();
  state_ = State::Broken;
  cond_->notify_all();
  cond_->unlock();
}

}  // namespace coroscope::rt
