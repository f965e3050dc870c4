// The engine's JavaScript API (types in coroscope.d.mts). The page reaches it only through
// web/src/engine/client.ts and the worker behind it.
#include <emscripten/bind.h>

#include <string>
#include <utility>

#include "host/session.hpp"
#include "host/timeline_json.hpp"

namespace coroscope::wasm {

using emscripten::val;

// One program run driven by the worker in slices. A slice never blocks: on the real clock it
// ends when the loop is idle until a timer (waitSeconds) and time.sleep runs the clock ahead of
// the wall clock instead of waiting (each output chunk comes with the milliseconds until it is
// due).
class Run {
 public:
  Run(std::string source, std::string filename, bool real_clock, double speed, double max_steps,
      std::string stdin_text, bool has_stdin, bool trace, val on_stdout, val on_stderr)
      : session_(std::move(source), options(std::move(filename), real_clock, speed, max_steps,
                                            std::move(stdin_text), has_stdin, trace)),
        on_stdout_(std::move(on_stdout)),
        on_stderr_(std::move(on_stderr)) {
    session_.on_stdout = [this](const std::string& s) {
      on_stdout_(s, session_.output_delay() * 1000);
    };
    session_.on_stderr = [this](const std::string& s) {
      on_stderr_(s, session_.output_delay() * 1000);
    };
  }

  std::string slice(double iterations) {
    last_ = session_.run_slice(static_cast<std::uint64_t>(iterations));
    switch (last_.state) {
      case host::SliceState::Running:
        return "running";
      case host::SliceState::Waiting:
        return "waiting";
      case host::SliceState::Finished:
        break;
    }
    return "finished";
  }
  double wait_seconds() const { return last_.wait; }
  double output_delay_ms() const { return session_.output_delay() * 1000; }
  int status() const { return session_.exit_status(); }
  std::string timeline_json() { return host::to_json(session_.timeline()); }

 private:
  static host::SessionOptions options(std::string filename, bool real_clock, double speed,
                                      double max_steps, std::string stdin_text, bool has_stdin,
                                      bool trace) {
    host::SessionOptions o;
    o.filename = std::move(filename);
    o.real_clock = real_clock;
    o.speed = speed;
    o.max_steps = static_cast<std::uint64_t>(max_steps);
    o.stdin_text = std::move(stdin_text);
    o.has_stdin = has_stdin;
    o.tracing = trace;
    o.never_block = true;
    return o;
  }

  host::Session session_;
  val on_stdout_, on_stderr_;
  host::SliceResult last_;
};

}  // namespace coroscope::wasm

EMSCRIPTEN_BINDINGS(coroscope) {
  using coroscope::wasm::Run;
  emscripten::class_<Run>("Run")
      .constructor<std::string, std::string, bool, double, double, std::string, bool, bool,
                   emscripten::val, emscripten::val>()
      .function("slice", &Run::slice)
      .function("waitSeconds", &Run::wait_seconds)
      .function("outputDelayMs", &Run::output_delay_ms)
      .function("status", &Run::status)
      .function("timelineJson", &Run::timeline_json);
}
