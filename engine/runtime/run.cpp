#include "runtime/run.hpp"

#include "runtime/callback_labels.hpp"
#include "runtime/gather.hpp"

namespace coroscope::rt {
namespace {

Co<void> shutdown_asyncgens() { co_return; }  // no async generators in the native world

Co<void> shutdown_default_executor(EventLoop& loop) {
  Ref<Future> f = loop.shutdown_default_executor();
  co_await f;
}

void cancel_all_tasks(EventLoop& loop) {
  std::vector<Ref<Task>> to_cancel = loop.all_tasks();
  if (to_cancel.empty()) return;
  std::vector<Ref<Future>> futs;
  for (auto& t : to_cancel) {
    t->cancel();
    futs.emplace_back(t);
  }
  loop.run_until_complete(gather(loop, futs, true));
  for (auto& t : to_cancel) {
    if (t->cancelled()) continue;
    if (Value e = t->exception().value) {
      loop.call_exception_handler(
          {"unhandled exception during asyncio.run() shutdown", e, Ref<Future>(t)});
    }
  }
}

}  // namespace

Runner::Runner(EventLoop& loop) : loop_(&loop), context_(loop.lang().copy_context()) {}

Result Runner::run(std::unique_ptr<CoroLike> coro) {
  Result failed;
  Ref<Task> task = start(std::move(coro), failed);
  if (!task) return failed;
  return loop_->run_until_complete(task);
}

Ref<Task> Runner::start(std::unique_ptr<CoroLike> coro, Result& failed) {
  Language& lang = loop_->lang();
  if (closed_ || loop_->is_closed()) {
    coro->close();
    failed = {{}, lang.make_runtime_error("Runner is closed")};
    return {};
  }
  if (get_running_loop()) {
    coro->close();
    failed = {{},
              lang.make_runtime_error("Runner.run() cannot be called from a running event loop")};
    return {};
  }
  return loop_->create_task(std::move(coro), TaskOptions{{}, context_, false});
}

void Runner::close() {
  if (closed_) return;
  closed_ = true;
  if (loop_->is_closed()) return;
  cancel_all_tasks(*loop_);
  // Named as CPython's repr names these coroutines.
  loop_->run_until_complete(loop_->create_task(
      make_coro(shutdown_asyncgens(), "BaseEventLoop.shutdown_asyncgens()"), TaskOptions{}));
  loop_->run_until_complete(loop_->create_task(
      make_coro(shutdown_default_executor(*loop_), "BaseEventLoop.shutdown_default_executor()"),
      TaskOptions{}));
  loop_->close();
}

Result run(EventLoop& loop, std::unique_ptr<CoroLike> main) {
  Runner runner(loop);
  Result r = runner.run(std::move(main));
  runner.close();
  return r;
}

Co<Value> to_thread(std::unique_ptr<CoroLike> body) {
  Ref<Future> f = running_loop().run_in_executor(nullptr, std::move(body), "to_thread");
  co_return co_await f;
}

Ref<Future> run_coroutine_threadsafe(EventLoop& loop, std::unique_ptr<CoroLike> coro) {
  Ref<Future> concurrent = loop.create_future();
  loop.call_soon_threadsafe([&loop, coro = std::move(coro), concurrent](Future*) mutable {
    Ref<Task> task = loop.create_task(std::move(coro));
    // _chain_future(task, concurrent)
    concurrent->add_done_callback(
        [task](Future* dest) {
          if (dest->cancelled()) task->cancel();
        },
        {}, labels::kChainCheckCancel);
    task->add_done_callback(
        [concurrent](Future* source) {
          if (concurrent->done()) return;
          if (source->cancelled()) {
            concurrent->cancel();
          } else if (Value e = source->exception().value) {
            concurrent->set_exception(e);
          } else {
            concurrent->set_result(source->result().value);
          }
        },
        {}, labels::kChainSetState);
  });
  return concurrent;
}

}  // namespace coroscope::rt
