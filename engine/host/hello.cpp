#include "host/hello.hpp"

#include <deque>
#include <exception>
#include <string>
#include <utility>

#include "runtime/compat.hpp"

namespace coroscope {
namespace {

// A lazy coroutine whose every co_await of `Yield` hands control back to the loop. The loop
// resumes it from its own frame (a trampoline), never from inside await_suspend, so the stack
// stays flat under Emscripten without tail calls.
struct Job {
  struct promise_type {
    std::string result;
    Job get_return_object() { return Job{co::coroutine_handle<promise_type>::from_promise(*this)}; }
    co::suspend_always initial_suspend() noexcept { return {}; }
    co::suspend_always final_suspend() noexcept { return {}; }
    void return_value(std::string value) { result = std::move(value); }
    void unhandled_exception() { std::terminate(); }
  };
  explicit Job(co::coroutine_handle<promise_type> h) : handle(h) {}
  Job(Job&& other) noexcept : handle(std::exchange(other.handle, nullptr)) {}
  Job(const Job&) = delete;
  ~Job() {
    if (handle) handle.destroy();
  }
  co::coroutine_handle<promise_type> handle;
};

struct Yield {
  bool await_ready() const noexcept { return false; }
  void await_suspend(co::coroutine_handle<>) const noexcept {}
  void await_resume() const noexcept {}
};

Job count_lines(const std::string& source) {
  int lines = 0;
  for (char c : source) {
    if (c == '\n') {
      ++lines;
      co_await Yield{};  // one loop turn per line, as a task would yield
    }
  }
  if (!source.empty() && source.back() != '\n') ++lines;
  co_return "hello from the C++ runtime: " + std::to_string(lines) + " lines received";
}

}  // namespace

std::string hello(const std::string& source) {
  Job job = count_lines(source);
  std::deque<co::coroutine_handle<>> ready{job.handle};
  while (!ready.empty()) {
    auto h = ready.front();
    ready.pop_front();
    h.resume();
    if (!h.done()) ready.push_back(h);
  }
  return job.handle.promise().result;
}

}  // namespace coroscope
