// asyncio.gather: a _GatheringFuture over the children. A child failure completes it at once
// while the siblings keep running; cancelling it cancels the children (bpo-32684: CancelledError
// propagates even with return_exceptions).
#pragma once

#include <vector>

#include "runtime/future.hpp"

namespace coroscope::rt {

class GatheringFuture final : public Future {
 public:
  GatheringFuture(EventLoop& loop, std::vector<Ref<Future>> children)
      : Future(loop), children_(std::move(children)) {}
  bool cancel(Value msg = {}) override;
  const std::vector<Ref<Future>>& children() const noexcept { return children_; }
  // Awaiting gather waits on its children that are tasks.
  void waits_on(std::vector<std::uint64_t>& out) const override;
  bool cancel_requested() const noexcept { return cancel_requested_; }

 private:
  friend Ref<Future> gather(EventLoop&, const std::vector<Ref<Future>>&, bool);
  std::vector<Ref<Future>> children_;
  bool cancel_requested_ = false;
};

// The children are futures or tasks (ensure_future of a coroutine is create_task, done by the
// caller in argument order). Duplicates are merged; results follow argument order.
Ref<Future> gather(EventLoop& loop, const std::vector<Ref<Future>>& children,
                   bool return_exceptions = false);
Ref<Future> gather(const std::vector<Ref<Future>>& children, bool return_exceptions = false);

}  // namespace coroscope::rt
