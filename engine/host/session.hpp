// One program run: source text and options in, stdout/stderr through callbacks, the timeline of
// the run if tracing is on. A notebook-style file (top-level await) runs as Task-1 on one loop
// that then runs until nothing is left, as the reference runner does; an ordinary file runs as a
// script (asyncio.run inside it makes its own loops).
//
// run() runs to completion. run_slice(budget) lets a host (the browser) drive the program a few
// loop iterations at a time and learn when to come back. When __main__'s code calls asyncio.run,
// Runner.run or loop.run_until_complete, the interpreter suspends (lang::VM::canSuspendHost) and
// the slices drive that loop exactly as the call would have; the call then returns and __main__
// continues. Python code between loop iterations (module code, one task step) runs inside one
// slice.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "host/timeline.hpp"
#include "host/trace_stream.hpp"

namespace coroscope::lang {
class VM;
struct Value;
}  // namespace coroscope::lang
namespace coroscope::modules {
struct FrozenModule;
struct State;
struct LoopWait;
}  // namespace coroscope::modules
namespace coroscope::rt {
class EventLoop;
}

namespace coroscope::host {

class HostClock;

struct SessionOptions {
  std::string filename = "main.py";  // as it appears in tracebacks and Task reprs
  bool real_clock = false;
  double speed = 1.0;           // real clock: how many loop seconds pass per wall-clock second
  std::uint64_t max_steps = 0;  // 0: no limit
  // How the host lets a reader change that limit, for the message that names it.
  std::string max_steps_hint = "raise it with --max-steps";
  bool has_stdin = false;       // without stdin text, reading stdin is an error
  std::string stdin_text;
  bool tracing = false;
  // The host never lets a slice block (the browser): a real-clock idle wait ends the slice
  // (SliceState::Waiting) and time.sleep runs the clock ahead of the wall clock (HostClock).
  bool never_block = false;
  // Virtual clock only: seconds of program time each interpreter step costs, so that computation
  // takes time and a coroutine that computes visibly blocks the loop (modules::CpuClock); 0, the
  // default, keeps the reference runner's model where computation is free.
  double cpu_time = 0;
  // Modules beyond the built-in standard library: a compiled-in table (modules::kOnDemandModules:
  // the simulated world and json, for hosts that link coroscope_on_demand_modules: the CLI, the
  // tests) and modules given as (name, source) with the run (the page fetches those sources,
  // on_demand_modules.json, when a program needs them). The latter win over the former.
  const modules::FrozenModule* frozen = nullptr;
  std::vector<std::pair<std::string, std::string>> modules;
};

enum class SliceState : std::uint8_t { Running, Waiting, Finished };

struct SliceResult {
  SliceState state = SliceState::Finished;
  double until = 0;  // Waiting: the loop time to come back at
  double wait = 0;   // Waiting: wall-clock seconds until then (scaled by the speed factor)
};

class Session {
 public:
  Session(std::string source, SessionOptions opts);
  ~Session();
  Session(const Session&) = delete;
  Session& operator=(const Session&) = delete;

  std::function<void(const std::string&)> on_stdout, on_stderr;

  // Runs the program to completion and returns its exit status (0, 1 after an uncaught
  // exception, 3 when the program can never finish: deadlock or livelock). A deadlock ends
  // with a statement on stderr naming each stuck task, what it waits for, and the cycle.
  int run();
  // Runs at most `budget` loop iterations (and the Python code between them).
  SliceResult run_slice(std::uint64_t budget);
  bool finished() const noexcept { return finished_; }
  int exit_status() const noexcept { return status_; }
  bool notebook() const noexcept { return notebook_; }
  // Whether __main__ is suspended in asyncio.run & co. while the slices drive its loop.
  bool suspended() const noexcept { return wait_ != nullptr; }
  // The loop's time (the loop being driven; 0 when there is none).
  double loop_time() const;
  // never_block, real clock: wall-clock seconds until what the program writes now is due (the
  // clock ran ahead in time.sleep); 0 otherwise.
  double output_delay() const;
  // The trace recorded so far (tracing only, else null). A host that streams it takes what
  // accumulated and clears it after each slice.
  TraceStream* trace() noexcept { return trace_.get(); }
  // The timeline of what the trace holds (tracing only); call after the run.
  Timeline timeline();

 private:
  void start();
  void main_returned(lang::Value r);
  void resume_main();
  SliceResult notebook_slice(std::uint64_t budget);
  SliceResult script_slice(std::uint64_t budget);
  bool pause(rt::EventLoop* loop, SliceResult& out) const;
  void finish(int status);
  void deadlock(rt::EventLoop* loop);
  void out(const std::string& s);
  void err(const std::string& s);
  void trace_print(const std::string& s, bool is_err);

  std::string source_;
  SessionOptions opts_;
  std::unique_ptr<lang::VM> vm_;
  std::unique_ptr<modules::State> state_;
  std::unique_ptr<TraceStream> trace_;
  bool started_ = false, finished_ = false, notebook_ = false, main_done_ = false;
  int status_ = 0;
  std::uint32_t task_pin_ = 0;
  void* loop_ = nullptr;                     // rt::EventLoop* of a notebook-style run
  HostClock* host_clock_ = nullptr;          // owned by state_ (never_block with the real clock)
  std::unique_ptr<modules::LoopWait> wait_;  // what suspended __main__ waits for
  std::uint64_t wait_id_ = 0;
};

}  // namespace coroscope::host
