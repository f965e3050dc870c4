// asyncio.Lock, Event, Semaphore, BoundedSemaphore and Condition, ported from locks.py (3.11):
// FIFO waiters, the lock is taken only when the woken waiter runs, no barging past
// non-cancelled waiters, a woken-then-cancelled waiter passes the wake-up on. Python's
// release() is unlock() here (release() is the reference count).
#pragma once

#include <deque>

#include "runtime/native_coro.hpp"
#include "runtime/object_base.hpp"

namespace coroscope::rt {

class Lock final : public RcObject {
 public:
  ~Lock() override;
  bool locked() const noexcept { return locked_; }
  // The task holding it (0: none or not a task), for the trace and the deadlock report only.
  std::uint64_t holder() const noexcept { return holder_; }
  Co<Value> acquire();  // returns True (a null Value is never returned)
  // RuntimeError('Lock is not acquired.') as a value, null on success.
  Value unlock();
  std::size_t waiters() const noexcept { return waiters_.size(); }

 private:
  void wake_up_first();
  std::deque<Ref<Future>> waiters_;
  bool locked_ = false;
  std::uint64_t holder_ = 0;
};

class Event final : public RcObject {
 public:
  bool is_set() const noexcept { return value_; }
  void set();
  void clear() noexcept { value_ = false; }
  // `what` is what the wait is called in the trace.
  Co<Value> wait(const char* what = "Event.wait");
  std::size_t waiters() const noexcept { return waiters_.size(); }

 private:
  std::deque<Ref<Future>> waiters_;
  bool value_ = false;
};

class Semaphore : public RcObject {
 public:
  explicit Semaphore(long value = 1) : value_(value) {}
  bool locked() const;
  Co<Value> acquire();
  virtual Value unlock();
  long value() const noexcept { return value_; }
  std::size_t waiters() const noexcept { return waiters_.size(); }

 protected:
  void wake_up_next();
  std::deque<Ref<Future>> waiters_;
  long value_;
};

class BoundedSemaphore final : public Semaphore {
 public:
  explicit BoundedSemaphore(long value = 1) : Semaphore(value), bound_(value) {}
  // ValueError('BoundedSemaphore released too many times') as a value.
  Value unlock() override;

 private:
  long bound_;
};

class Condition final : public RcObject {
 public:
  explicit Condition(Ref<Lock> lock = {}) : lock_(lock ? std::move(lock) : make_ref<Lock>()) {}
  bool locked() const noexcept { return lock_->locked(); }
  Co<Value> acquire() { return lock_->acquire(); }
  Value unlock() { return lock_->unlock(); }
  // Releases the lock, waits for a notify, and always re-acquires (even when cancelled). `what`
  // is what the wait is called in the trace.
  Co<Value> wait(const char* what = "Condition.wait");
  // wait_for(predicate): waits until predicate() returns a non-null value (null is false; a
  // language with its own truth test wraps it), and returns that value.
  Co<Value> wait_for(std::function<Value()> predicate, const char* what = "Condition.wait");
  Value notify(std::size_t n = 1);
  Value notify_all() { return notify(waiters_.size()); }
  const Ref<Lock>& lock() const noexcept { return lock_; }
  std::size_t waiters() const noexcept { return waiters_.size(); }

 private:
  Ref<Lock> lock_;
  std::deque<Ref<Future>> waiters_;
};

// asyncio.Barrier (3.11): parties wait until all have arrived, then pass together; abort() and
// reset() break the waiters out with BrokenBarrierError.
class Barrier final : public RcObject {
 public:
  enum class State : std::uint8_t { Filling, Draining, Resetting, Broken };
  explicit Barrier(long parties) : parties_(parties) {}
  // The arrival index (0 .. parties-1), or BrokenBarrierError.
  Co<Value> wait();
  Co<void> reset();
  Co<void> abort();
  long parties() const noexcept { return parties_; }
  long n_waiting() const noexcept { return state_ == State::Filling ? count_ : 0; }
  bool broken() const noexcept { return state_ == State::Broken; }
  State state() const noexcept { return state_; }

 private:
  Co<Value> wait_locked();
  Co<void> block();
  Co<void> wait_filled();
  void exit();
  Ref<Condition> cond_ = make_ref<Condition>();
  long parties_;
  State state_ = State::Filling;
  long count_ = 0;
};

}  // namespace coroscope::rt
