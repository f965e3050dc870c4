// asyncio.Handle and TimerHandle in one type: a callback waiting in the ready queue or the timer
// heap. Cancelling drops the callback at once, as CPython does, so captured values are released.
#pragma once

#include <cstdint>

#include "runtime/object.hpp"
#include "runtime/pool.hpp"
#include "runtime/small_fn.hpp"
#include "runtime/trace.hpp"

namespace coroscope::rt {

class EventLoop;
class Future;

// A loop callback. It receives the future it is attached to (null for call_soon/call_later) and
// may return an exception value, which goes to the loop's exception handler.
using Callback = SmallFn<Value(Future*), 40>;

class Handle final : public Object, public Pooled {
 public:
  void add_ref() noexcept override { ++refs_; }
  void release() noexcept override {
    if (--refs_ == 0) delete this;
  }

  void cancel();
  bool cancelled() const noexcept { return cancelled_; }
  bool is_timer() const noexcept { return timer_; }
  double when() const noexcept { return when_; }
  std::uint64_t id() const noexcept { return id_; }
  // For the trace: what the callback is called and the task it concerns.
  Label label() const noexcept { return label_; }
  HandleRole role() const noexcept { return role_; }
  std::uint64_t task() const noexcept { return task_; }

 private:
  friend class EventLoop;
  Handle(EventLoop* loop, Callback cb, Ref<Future> arg, Value ctx, std::uint64_t id);
  ~Handle();

  std::uint32_t refs_ = 0;
  bool cancelled_ = false;
  bool timer_ = false;
  bool scheduled_ = false;  // in the timer heap
  bool queued_ = false;     // reported to the tracer as entering the ready queue
  HandleRole role_ = HandleRole::Callback;
  Label label_ = 0;
  std::uint64_t task_ = 0;
  EventLoop* loop_;
  Callback cb_;
  Ref<Future> arg_;
  Value ctx_;
  std::uint64_t id_;
  double when_ = 0;
  std::uint64_t seq_ = 0;  // creation order: breaks deadline ties
};

using TimerHandle = Handle;

}  // namespace coroscope::rt
