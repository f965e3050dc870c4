#include "runtime/run.hpp"

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

Result run(EventLoop& loop, std::unique_ptr<CoroLike> main) {
  Ref<Task> task = loop.create_task(std::move(main));
  Result r = loop.run_until_complete(task);
  cancel_all_tasks(loop);
  loop.run_until_complete(create_task(loop, shutdown_asyncgens()));
  loop.run_until_complete(create_task(loop, shutdown_default_executor(loop)));
  loop.close();
  return r;
}

Co<Value> to_thread(std::unique_ptr<CoroLike> body) {
  Ref<Future> f = running_loop().run_in_executor(nullptr, std::move(body));
  co_return co_await f;
}

}  // namespace coroscope::rt
