// One program run: source text and options in, stdout/stderr through callbacks, the timeline of
// the run if tracing is on. A notebook-style file (top-level await) runs as Task-1 on one loop
// that then runs until nothing is left, as the reference runner does; an ordinary file runs as a
// script (asyncio.run inside it makes its own loops).
//
// run() runs to completion. run_slice(budget) lets a host (the browser) drive a notebook-style
// file a few loop iterations at a time and learn when to come back; an ordinary file runs
// completely inside its first slice, since its loops run inside a Python call.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <string>

#include "host/timeline.hpp"

namespace coroscope::lang {
class VM;
}
namespace coroscope::modules {
struct State;
}

namespace coroscope::host {

struct SessionOptions {
  std::string filename = "main.py";  // as it appears in tracebacks and Task reprs
  bool real_clock = false;
  double speed = 1.0;  // real clock: how many loop seconds pass per wall-clock second
  std::uint64_t max_steps = 0;  // 0: no limit
  bool has_stdin = false;       // without stdin text, reading stdin is an error
  std::string stdin_text;
  bool tracing = false;
};

enum class SliceState : std::uint8_t { Running, Waiting, Finished };

struct SliceResult {
  SliceState state = SliceState::Finished;
  double until = 0;  // Waiting: loop time of the next timer (real clock)
};

class Session {
 public:
  Session(std::string source, SessionOptions opts);
  ~Session();
  Session(const Session&) = delete;
  Session& operator=(const Session&) = delete;

  std::function<void(const std::string&)> on_stdout, on_stderr;

  // Runs the program to completion and returns its exit status (0, 1 after an uncaught
  // exception, 3 when the program can never finish: deadlock or livelock).
  int run();
  // Runs at most `budget` loop iterations (notebook-style files), or the whole program.
  SliceResult run_slice(std::uint64_t budget);
  bool finished() const noexcept { return finished_; }
  int exit_status() const noexcept { return status_; }
  bool notebook() const noexcept { return notebook_; }
  // The loop's time (a notebook-style run's loop; 0 before it exists).
  double loop_time() const;
  // The recorded timeline (tracing only); call after the run.
  Timeline timeline();

 private:
  void start();
  void finish(int status);
  void err(const std::string& s);

  std::string source_;
  SessionOptions opts_;
  std::unique_ptr<lang::VM> vm_;
  std::unique_ptr<modules::State> state_;
  std::unique_ptr<TimelineRecorder> recorder_;
  bool started_ = false, finished_ = false, notebook_ = false, main_done_ = false;
  int status_ = 0;
  std::uint32_t task_pin_ = 0;
  void* loop_ = nullptr;  // rt::EventLoop* of a notebook-style run
};

}  // namespace coroscope::host
