#include "runtime/wait.hpp"

#include <algorithm>

#include "runtime/callback_labels.hpp"
#include "runtime/sleep.hpp"

namespace coroscope::rt {
namespace {

// _release_waiter; `cause` is why, for the trace.
Callback release_waiter(Ref<Future> waiter, const char* cause) {
  return [waiter, cause](Future*) {
    if (!waiter->done()) {
      waiter->set_cause(cause);
      waiter->set_result({});
    }
  };
}

void waits_on_task(Future& waiter, const Future& fut) {
  if (fut.is_task()) waiter.set_waits_on(fut.id());
}

// Removes done callbacks by id when the scope ends (the `finally:` of the ports).
struct RemoveOnExit {
  Ref<Future> fut;
  CallbackId id;
  ~RemoveOnExit() { fut->remove_done_callback(id); }
};

}  // namespace

Co<void> cancel_and_wait(Ref<Future> fut) {
  Ref<Future> waiter = fut->loop().create_future();
  waiter->set_label("_cancel_and_wait");
  waits_on_task(*waiter, *fut);
  RemoveOnExit cb{
      fut, fut->add_done_callback(release_waiter(waiter, "completed"), {}, labels::kReleaseWaiter)};
  fut->cancel();
  co_await waiter;
}

Co<WaitResult> wait(std::vector<Ref<Future>> input, std::optional<double> timeout,
                    ReturnWhen when) {
  std::vector<Ref<Future>> fs;  // set(fs), in first-seen order
  for (auto& f : input) {
    if (std::find(fs.begin(), fs.end(), f) == fs.end()) fs.push_back(f);
  }
  EventLoop& loop = running_loop();
  if (fs.empty()) co_await raise(loop.lang().make_value_error("Set of Tasks/Futures is empty."));
  Ref<Future> waiter = loop.create_future();
  if (loop.tracing()) {
    waiter->set_label(loop.lang().labels.intern("wait(" + std::to_string(fs.size()) +
                                                (fs.size() == 1 ? " future)" : " futures)")));
  } else {
    waiter->set_label("wait");
  }
  Ref<Handle> timeout_handle;
  if (timeout) {
    timeout_handle = loop.call_later(*timeout, release_waiter(waiter, "timeout"), {},
                                     loop.label("wait timeout"));
  }
  auto counter = std::make_shared<std::size_t>(fs.size());
  struct Cleanup {
    std::vector<Ref<Future>>& fs;
    std::vector<CallbackId> ids;
    Ref<Handle>& timeout_handle;
    ~Cleanup() {
      if (timeout_handle) timeout_handle->cancel();
      for (std::size_t i = 0; i < ids.size(); ++i) fs[i]->remove_done_callback(ids[i]);
    }
  } cleanup{fs, {}, timeout_handle};
  for (auto& f : fs) {
    cleanup.ids.push_back(f->add_done_callback(
        [counter, when, waiter, th = timeout_handle](Future* done) {
          --*counter;
          if (*counter == 0 || when == ReturnWhen::FirstCompleted ||
              (when == ReturnWhen::FirstException && !done->cancelled() &&
               done->exception().value)) {
            if (th) th->cancel();
            if (!waiter->done()) {
              waiter->set_cause("completed");
              waiter->set_result({});
            }
          }
        },
        {}, labels::kWait));
  }
  co_await waiter;
  WaitResult out;
  for (auto& f : fs) (f->done() ? out.done : out.pending).push_back(f);
  co_return out;
}

Co<Value> wait_for(Ref<Future> fut, std::optional<double> timeout, Label label) {
  if (!timeout) co_return co_await fut;
  EventLoop& loop = running_loop();
  Language& lang = loop.lang();
  if (*timeout <= 0) {
    if (fut->done()) {
      Result r = fut->result();
      if (r.exc) co_await raise(r.exc);
      co_return r.value;
    }
    co_await cancel_and_wait(fut);
    Result r = fut->result();
    if (r.exc && lang.is_cancelled_error(r.exc)) {
      Value te = lang.make_timeout_error();
      lang.set_cause(te, r.exc);
      lang.set_context(te, r.exc);
      co_await raise(te);
    }
    if (r.exc) co_await raise(r.exc);
    co_return r.value;
  }
  Ref<Future> waiter = loop.create_future();
  if (label) {
    waiter->set_label(label);
  } else {
    waiter->set_label("wait_for");
  }
  waits_on_task(*waiter, *fut);
  CancelOnExit timeout_handle{loop.call_later(*timeout, release_waiter(waiter, "timeout"), {},
                                              loop.tracing() ? waiter->trace_label() : 0)};
  CallbackId cb =
      fut->add_done_callback(release_waiter(waiter, "completed"), {}, labels::kReleaseWaiter);
  auto w = co_await catching(waiter);
  if (w.exc) {
    if (!lang.is_cancelled_error(w.exc)) co_await raise(w.exc);
    if (fut->done()) {
      Result r = fut->result();
      if (r.exc) co_await raise(r.exc);
      co_return r.value;
    }
    fut->remove_done_callback(cb);
    co_await cancel_and_wait(fut);
    co_await raise(w.exc);
  }
  if (fut->done()) {
    Result r = fut->result();
    if (r.exc) co_await raise(r.exc);
    co_return r.value;
  }
  fut->remove_done_callback(cb);
  co_await cancel_and_wait(fut);
  Result r = fut->result();
  if (r.exc && lang.is_cancelled_error(r.exc)) {
    Value te = lang.make_timeout_error();
    lang.set_cause(te, r.exc);
    lang.set_context(te, r.exc);
    co_await raise(te);
  }
  if (r.exc) co_await raise(r.exc);
  co_return r.value;
}

Co<Value> wait_for(Co<Value> coro, std::optional<double> timeout) {
  if (!timeout) co_return co_await std::move(coro);
  Ref<Task> t = create_task(std::move(coro));
  co_return co_await wait_for(Ref<Future>(t), timeout);
}

// ---- as_completed -----------------------------------------------------------------------------

struct AsCompleted::State {
  Ref<Queue> done;
  std::vector<Ref<Future>> todo;
  std::vector<std::pair<Ref<Future>, CallbackId>> registered;
  Ref<Handle> timeout_handle;
};

AsCompleted::AsCompleted(std::vector<Ref<Future>> fs, std::optional<double> timeout)
    : st_(std::make_shared<State>()) {
  EventLoop& loop = running_loop();
  st_->done = make_ref<Queue>();
  for (auto& f : fs) {
    if (std::find(st_->todo.begin(), st_->todo.end(), f) == st_->todo.end()) {
      st_->todo.push_back(f);
    }
  }
  count_ = st_->todo.size();
  std::weak_ptr<State> weak = st_;
  for (auto& f : st_->todo) {
    st_->registered.emplace_back(f, f->add_done_callback(
                                        [weak](Future* f) {
                                          auto st = weak.lock();
                                          if (!st || st->todo.empty())
                                            return;  // _on_timeout() was here first
                                          auto it = std::find_if(
                                              st->todo.begin(), st->todo.end(),
                                              [f](const Ref<Future>& x) { return x.get() == f; });
                                          if (it != st->todo.end()) st->todo.erase(it);
                                          st->done->put_nowait(Value(Ref<Future>(f)), "completed");
                                          if (st->todo.empty() && st->timeout_handle)
                                            st->timeout_handle->cancel();
                                        },
                                        {}, labels::kAsCompleted));
  }
  if (!st_->todo.empty() && timeout) {
    st_->timeout_handle = loop.call_later(
        *timeout,
        [weak](Future*) {
          auto st = weak.lock();
          if (!st) return;
          for (auto& f : st->todo) {
            for (auto& [g, id] : st->registered) {
              if (g == f) g->remove_done_callback(id);
            }
            st->done->put_nowait({}, "timeout");  // a dummy value for _wait_for_one()
          }
          st->todo.clear();
        },
        {}, loop.label("as_completed timeout"));
  }
}

Co<Value> AsCompleted::next() {
  auto st = st_;
  Value item = co_await st->done->get("as_completed");
  if (!item) co_await raise(running_loop().lang().make_timeout_error());
  auto* f = static_cast<Future*>(item.get());
  Result r = f->result();
  if (r.exc) co_await raise(r.exc);
  co_return r.value;
}

}  // namespace coroscope::rt
