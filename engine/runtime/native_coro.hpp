// Native C++20 coroutines on the runtime: Co<T> is lazy; co_await works on futures, tasks, other
// Co<T> (inline, like Python's `await coro()`), yield_now() and raise(exc). A Task drives a Co
// through NativeCoro, a per-task frame stack pumped by a loop: no symmetric transfer and no
// resume() inside await_suspend, so the stack stays flat under Emscripten without tail calls
// and at -O0.
//
// Exceptions are values. An exception arriving at a plain co_await unwinds the frame (its
// destructors run, like `finally`) and propagates to the awaiting frame; co_await catching(x)
// instead returns an Outcome so the coroutine can handle it (`except`).
#pragma once

#include <exception>
#include <memory>
#include <optional>
#include <type_traits>
#include <utility>

#include "runtime/compat.hpp"
#include "runtime/coro.hpp"
#include "runtime/event_loop.hpp"
#include "runtime/future.hpp"
#include "runtime/pool.hpp"
#include "runtime/task.hpp"

namespace coroscope::rt {

template <>
struct Outcome<void> {
  Value exc;
  bool ok() const noexcept { return !exc; }
};

template <class T = Value>
class Co;
class NativeCoro;

namespace detail {

struct FrameBase {
  NativeCoro* driver = nullptr;
  FrameBase* parent = nullptr;
  co::coroutine_handle<> handle;
  Value in_exc;  // an exception delivered to a catching awaiter
  bool catching = false;
};

}  // namespace detail

// The frame stack of one task: implements the coroutine protocol for a Co<Value> / Co<void>.
class NativeCoro final : public CoroLike, public Pooled {
 public:
  template <class T>
  explicit NativeCoro(Co<T>&& root);
  ~NativeCoro() override { close(); }

  StepResult send(Value v) override;
  StepResult throw_(Value exc) override;
  void close() override;
  // What the trace calls it: `BaseEventLoop.shutdown_asyncgens()` (a literal); empty if unnamed.
  std::string describe() const override { return name_ ? name_ : ""; }
  void set_name(const char* name) noexcept { name_ = name; }

  // Awaiter plumbing: what the top frame asked for when it suspended.
  void push(detail::FrameBase* f) noexcept {
    act_ = Act::Push;
    pushed_ = f;
  }
  void block(Ref<Future> f) noexcept {
    act_ = Act::Block;
    blocked_ = std::move(f);
  }
  void yield() noexcept { act_ = Act::Yield; }
  void sleep(double s) noexcept {
    act_ = Act::Sleep;
    sleep_ = s;
  }
  void finish() noexcept { act_ = Act::Done; }
  void raise(Value e) noexcept {
    act_ = Act::Raise;
    exc_ = std::move(e);
  }

 private:
  enum class Act : std::uint8_t { None, Push, Block, Yield, Sleep, Done, Raise };
  StepResult run();
  bool unwind(Value e, StepResult& out);

  detail::FrameBase* top_ = nullptr;
  detail::FrameBase* finished_ = nullptr;  // a child whose parent is reading its result
  detail::FrameBase* pushed_ = nullptr;
  Value (*take_root_)(detail::FrameBase*) = nullptr;
  Ref<Future> blocked_;
  Value exc_;
  double sleep_ = 0;
  const char* name_ = nullptr;
  Act act_ = Act::None;
};

// ---- awaitable tags ---------------------------------------------------------------------------

template <class A>
struct Catching {
  A inner;
};
// co_await catching(x): returns Outcome<T> instead of propagating an exception.
template <class A>
Catching<std::decay_t<A>> catching(A&& a) {
  return {std::forward<A>(a)};
}

struct YieldNow {};
// The bare `yield` behind asyncio.sleep(0): run again in the next loop iteration.
inline YieldNow yield_now() { return {}; }

struct RaiseTag {
  Value exc;
};
// co_await raise(exc): the coroutine raises exc (never resumes).
inline RaiseTag raise(Value exc) { return {std::move(exc)}; }

struct WorkerSleep {
  double seconds;
};
// time.sleep() inside a worker-thread body: the lane sleeps, the loop goes on.
inline WorkerSleep worker_sleep(double seconds) { return {seconds}; }

namespace detail {

template <class T>
struct Promise;

template <bool Catch>
struct FutureAwaiter {
  Ref<Future> fut;
  Result out;
  FrameBase* frame = nullptr;
  bool await_ready() const noexcept { return false; }
  bool await_suspend_base(FrameBase& fr) {
    if (fut->done()) {
      // `await done_future` does not suspend.
      out = fut->result();
      if (out.exc && !Catch) {
        fr.driver->raise(std::move(out.exc));
        return true;
      }
      return false;
    }
    fr.catching = Catch;
    frame = &fr;
    fr.driver->block(fut);
    return true;
  }
  template <class P>
  bool await_suspend(co::coroutine_handle<P> h) {
    return await_suspend_base(h.promise());
  }
  auto await_resume() {
    if (frame) {
      if (frame->in_exc) {
        out.exc = std::move(frame->in_exc);
      } else {
        out = fut->result();  // Future.__await__ returns self.result() after the yield
      }
    }
    if constexpr (Catch) {
      return std::move(out);
    } else {
      return std::move(out.value);
    }
  }
};

template <class U, bool Catch>
struct CoAwaiter {
  co::coroutine_handle<Promise<U>> child;
  FrameBase* frame = nullptr;
  bool await_ready() const noexcept { return false; }
  template <class P>
  bool await_suspend(co::coroutine_handle<P> h) {
    FrameBase& fr = h.promise();
    frame = &fr;
    fr.catching = Catch;
    Promise<U>& cp = child.promise();
    cp.driver = fr.driver;
    fr.driver->push(&cp);
    return true;
  }
  auto await_resume() {
    if constexpr (Catch) {
      Outcome<U> o;
      if (frame->in_exc) {
        o.exc = std::move(frame->in_exc);
      } else if constexpr (!std::is_void_v<U>) {
        o.value = std::move(*child.promise().value);
      }
      return o;
    } else if constexpr (!std::is_void_v<U>) {
      return std::move(*child.promise().value);
    }
  }
};

template <bool Catch>
struct YieldAwaiter {
  FrameBase* frame = nullptr;
  bool await_ready() const noexcept { return false; }
  template <class P>
  void await_suspend(co::coroutine_handle<P> h) {
    frame = &h.promise();
    frame->catching = Catch;
    frame->driver->yield();
  }
  auto await_resume() {
    if constexpr (Catch) {
      return Outcome<void>{std::move(frame->in_exc)};
    }
  }
};

struct RaiseAwaiter {
  Value exc;
  bool await_ready() const noexcept { return false; }
  template <class P>
  void await_suspend(co::coroutine_handle<P> h) {
    h.promise().driver->raise(std::move(exc));
  }
  void await_resume() const noexcept {}
};

struct SleepAwaiter {
  double seconds;
  bool await_ready() const noexcept { return false; }
  template <class P>
  void await_suspend(co::coroutine_handle<P> h) {
    h.promise().catching = false;
    h.promise().driver->sleep(seconds);
  }
  void await_resume() const noexcept {}
};

struct FinalAwaiter {
  bool await_ready() const noexcept { return false; }
  template <class P>
  void await_suspend(co::coroutine_handle<P> h) noexcept {
    h.promise().driver->finish();
  }
  void await_resume() const noexcept {}
};

template <class T>
struct is_future_ref : std::false_type {};
template <class F>
struct is_future_ref<Ref<F>> : std::is_base_of<Future, F> {};

struct PromiseBase : FrameBase {
  static void* operator new(std::size_t n) { return Pool::current()->allocate(n); }
  static void operator delete(void* p) noexcept { Pool::deallocate(p); }
  co::suspend_always initial_suspend() noexcept { return {}; }
  FinalAwaiter final_suspend() noexcept { return {}; }
  void unhandled_exception() noexcept { std::terminate(); }

  template <class F, class = std::enable_if_t<std::is_base_of_v<Future, F>>>
  FutureAwaiter<false> await_transform(const Ref<F>& f) {
    return {Ref<Future>(f), {}, nullptr};
  }
  template <class F>
  FutureAwaiter<true> await_transform(Catching<Ref<F>> c) {
    return {Ref<Future>(std::move(c.inner)), {}, nullptr};
  }
  template <class U>
  CoAwaiter<U, false> await_transform(Co<U>&& c) {
    return {c.release(), nullptr};
  }
  template <class U>
  CoAwaiter<U, true> await_transform(Catching<Co<U>>&& c) {
    return {c.inner.release(), nullptr};
  }
  YieldAwaiter<false> await_transform(YieldNow) { return {}; }
  YieldAwaiter<true> await_transform(Catching<YieldNow>) { return {}; }
  RaiseAwaiter await_transform(RaiseTag r) { return {std::move(r.exc)}; }
  SleepAwaiter await_transform(WorkerSleep s) { return {s.seconds}; }
};

template <class T>
struct Promise : PromiseBase {
  std::optional<T> value;
  Co<T> get_return_object();
  void return_value(T v) { value.emplace(std::move(v)); }
};

template <>
struct Promise<void> : PromiseBase {
  Co<void> get_return_object();
  void return_void() noexcept {}
};

}  // namespace detail

template <class T>
class [[nodiscard]] Co {
 public:
  using promise_type = detail::Promise<T>;
  using handle_type = co::coroutine_handle<promise_type>;

  explicit Co(handle_type h) noexcept : h_(h) {}
  Co(Co&& o) noexcept : h_(std::exchange(o.h_, nullptr)) {}
  Co& operator=(Co&& o) noexcept {
    if (this != &o) {
      if (h_) h_.destroy();
      h_ = std::exchange(o.h_, nullptr);
    }
    return *this;
  }
  Co(const Co&) = delete;
  ~Co() {
    if (h_) h_.destroy();
  }
  // Hands the frame to a frame stack.
  handle_type release() noexcept { return std::exchange(h_, nullptr); }

 private:
  handle_type h_;
};

namespace detail {
template <class T>
Co<T> Promise<T>::get_return_object() {
  auto h = co::coroutine_handle<Promise<T>>::from_promise(*this);
  handle = h;
  return Co<T>(h);
}
inline Co<void> Promise<void>::get_return_object() {
  auto h = co::coroutine_handle<Promise<void>>::from_promise(*this);
  handle = h;
  return Co<void>(h);
}
}  // namespace detail

template <class T>
NativeCoro::NativeCoro(Co<T>&& root) {
  static_assert(std::is_same_v<T, Value> || std::is_void_v<T>,
                "a task's coroutine returns Value or void");
  auto h = root.release();
  top_ = &h.promise();
  top_->driver = this;
  if constexpr (std::is_void_v<T>) {
    take_root_ = [](detail::FrameBase*) -> Value { return {}; };
  } else {
    take_root_ = [](detail::FrameBase* f) -> Value {
      return std::move(*static_cast<detail::Promise<T>*>(f)->value);
    };
  }
}

template <class T>
std::unique_ptr<CoroLike> make_coro(Co<T> co) {
  return std::unique_ptr<CoroLike>(new NativeCoro(std::move(co)));
}
// The same, named for the trace (a literal, `main()`).
template <class T>
std::unique_ptr<CoroLike> make_coro(Co<T> co, const char* name) {
  auto* c = new NativeCoro(std::move(co));
  c->set_name(name);
  return std::unique_ptr<CoroLike>(c);
}

// asyncio.create_task / loop.create_task for a native coroutine. (Overloads rather than a
// defaulted TaskOptions: g++ 12 destroys default-argument temporaries twice when several
// appear in one co_await expression.)
template <class T>
Ref<Task> create_task(EventLoop& loop, Co<T> co, TaskOptions opts) {
  return loop.create_task(make_coro(std::move(co)), std::move(opts));
}
template <class T>
Ref<Task> create_task(EventLoop& loop, Co<T> co) {
  return loop.create_task(make_coro(std::move(co)), TaskOptions{});
}
template <class T>
Ref<Task> create_task(Co<T> co, TaskOptions opts) {
  return create_task(running_loop(), std::move(co), std::move(opts));
}
template <class T>
Ref<Task> create_task(Co<T> co) {
  return create_task(running_loop(), std::move(co), TaskOptions{});
}

// asyncio.current_task()
inline Task* current_task() noexcept {
  EventLoop* l = get_running_loop();
  return l ? l->current_task() : nullptr;
}

}  // namespace coroscope::rt
