// The engine's JavaScript API (types in coroscope.d.mts). The page reaches it only through
// web/src/engine/client.ts and the worker behind it.
#include <emscripten/bind.h>

#include <string>
#include <utility>

#include "host/session.hpp"

namespace coroscope::wasm {

using emscripten::val;

// RunOptions of web/src/engine/protocol.ts, field for field, but for its optional fields, which
// Run reads beside it: Embind 3.1.6 rejects an object that lacks a field of a value_object
// ("Missing field"), so a worker that does not set them would fail to start any run.
//   cpuTime: seconds of virtual time per interpreter step (absent or 0: off).
//   modules: {name: source}, modules beyond the engine's own: json and the simulated world's
//     (requests, aiohttp, httpx, pymongo, motor, coroscope.net, asyncio streams...), which the
//     engine does not carry; the page fetches them from on_demand_modules.json (built beside the
//     engine) for a program that imports them.
struct RunOptions {
  std::string filename;
  std::string clock;  // 'virtual' | 'real'
  double speed = 1;
  double maxSteps = 0;
  val stdin_text = val::null();  // stdin: string | null (`stdin` is a macro of <cstdio>)
  bool trace = false;
};

// One program run driven by the worker in slices. A slice never blocks: on the real clock it
// ends when the loop is idle until a timer (waitSeconds) and time.sleep runs the clock ahead of
// the wall clock instead of waiting (each output chunk comes with the milliseconds until it is
// due).
class Run {
 public:
  Run(std::string source, val options, val on_stdout, val on_stderr)
      : session_(std::move(source), session_options(options)),
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

  // What the trace recorded since the last call, copied out of the engine's memory, which is
  // then reused: {records: Float64Array (4 per record, docs/TRACE.md), strings: the new strings
  // in UTF-8, each followed by a NUL, firstString: the id of the first}. The strings go as bytes:
  // Embind would turn a std::string with NULs into a JS string one piece at a time.
  val take_trace() {
    val out = val::object();
    host::TraceStream* t = session_.trace();
    const double* words = t ? reinterpret_cast<const double*>(t->records()) : nullptr;
    const std::string empty;
    const std::string& strings = t ? t->strings() : empty;
    out.set("records",
            val(emscripten::typed_memory_view(t ? t->size() * 4 : 0, words)).call<val>("slice"));
    out.set("strings",
            val(emscripten::typed_memory_view(
                    strings.size(), reinterpret_cast<const unsigned char*>(strings.data())))
                .call<val>("slice"));
    out.set("firstString", t ? t->first_string() : 1);
    if (t) t->clear();
    return out;
  }

 private:
  static host::SessionOptions session_options(const val& options) {
    RunOptions o = options.as<RunOptions>();  // the required fields, checked as a value_object
    host::SessionOptions s;
    s.filename = o.filename;
    s.real_clock = o.clock == "real";
    s.speed = o.speed;
    s.max_steps = static_cast<std::uint64_t>(o.maxSteps);
    s.max_steps_hint = "the page's limit: an endless loop? Stop ends a run at any time";
    s.has_stdin = o.stdin_text.isString();
    if (s.has_stdin) s.stdin_text = o.stdin_text.as<std::string>();
    s.tracing = o.trace;
    // The optional fields are read with what the glue has anyway (no val::global or isNumber):
    // the engine's size budget counts the glue too.
    val cpu = options["cpuTime"];
    s.cpu_time = cpu.isUndefined() || cpu.isNull() ? 0 : cpu.as<double>();
    if (!(s.cpu_time >= 0 && s.cpu_time <= 1)) s.cpu_time = 0;
    val modules = options["modules"];
    if (!modules.isUndefined() && !modules.isNull()) {
      val names = modules["constructor"].call<val>("keys", modules);  // Object.keys
      for (unsigned i = 0, n = names["length"].as<unsigned>(); i < n; i++) {
        std::string name = names[i].as<std::string>();
        val source = modules[name];
        if (source.isString()) s.modules.emplace_back(name, source.as<std::string>());
      }
    }
    s.never_block = true;
    return s;
  }

  host::Session session_;
  val on_stdout_, on_stderr_;
  host::SliceResult last_;
};

}  // namespace coroscope::wasm

EMSCRIPTEN_BINDINGS(coroscope) {
  using coroscope::wasm::Run;
  using coroscope::wasm::RunOptions;
  emscripten::value_object<RunOptions>("RunOptions")
      .field("filename", &RunOptions::filename)
      .field("clock", &RunOptions::clock)
      .field("speed", &RunOptions::speed)
      .field("maxSteps", &RunOptions::maxSteps)
      .field("stdin", &RunOptions::stdin_text)
      .field("trace", &RunOptions::trace);
  emscripten::class_<Run>("Run")
      .constructor<std::string, emscripten::val, emscripten::val, emscripten::val>()
      .function("slice", &Run::slice)
      .function("waitSeconds", &Run::wait_seconds)
      .function("outputDelayMs", &Run::output_delay_ms)
      .function("status", &Run::status)
      .function("takeTrace", &Run::take_trace);
}
