// coroscope run FILE.py [--clock virtual|real] [--timeline] [--trace OUT.json] [--events]
//                       [--max-steps N] [--stdin FILE] [--cpu-time SECONDS]
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>

#include "host/ascii_timeline.hpp"
#include "host/chrome_trace.hpp"
#include "host/session.hpp"
#include "host/trace_decode.hpp"
#include "lang/vm.hpp"
#include "modules/frozen.hpp"

namespace {

int usage() {
  std::fprintf(
      stderr,
      "usage: coroscope run FILE.py [--clock virtual|real] [--timeline] [--trace OUT.json]\n"
      "                     [--events] [--max-steps N] [--stdin FILE] [--cpu-time SECONDS]\n"
      "       coroscope dis FILE.py\n");
  return 2;
}

bool readFile(const std::string& path, std::string& out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream ss;
  ss << in.rdbuf();
  out = ss.str();
  return true;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc == 3 && std::strcmp(argv[1], "dis") == 0) {
    std::string source;
    if (!readFile(argv[2], source)) return usage();
    coroscope::lang::VM vm;
    std::fputs(coroscope::lang::disassemble(vm, source, argv[2]).c_str(), stdout);
    return 0;
  }
  if (argc < 3 || std::strcmp(argv[1], "run") != 0) return usage();
  std::string file;
  std::string stdinPath;
  unsigned long long maxSteps = 0;
  double cpuTime = 0;
  bool realClock = false, timeline = false, events = false;
  std::string tracePath;
  for (int i = 2; i < argc; i++) {
    if (std::strcmp(argv[i], "--stdin") == 0 && i + 1 < argc) {
      stdinPath = argv[++i];
    } else if (std::strcmp(argv[i], "--max-steps") == 0 && i + 1 < argc) {
      maxSteps = std::strtoull(argv[++i], nullptr, 10);
    } else if (std::strcmp(argv[i], "--cpu-time") == 0 && i + 1 < argc) {
      char* end = nullptr;
      cpuTime = std::strtod(argv[++i], &end);
      if (*end || !(cpuTime >= 0) || cpuTime > 1) return usage();
    } else if (std::strcmp(argv[i], "--clock") == 0 && i + 1 < argc) {
      std::string c = argv[++i];
      if (c != "virtual" && c != "real") return usage();
      realClock = c == "real";
    } else if (std::strcmp(argv[i], "--timeline") == 0) {
      timeline = true;
    } else if (std::strcmp(argv[i], "--events") == 0) {
      events = true;
    } else if (std::strcmp(argv[i], "--trace") == 0 && i + 1 < argc) {
      tracePath = argv[++i];
    } else if (argv[i][0] != '-' && file.empty()) {
      file = argv[i];
    } else {
      return usage();
    }
  }
  if (file.empty()) return usage();
  std::string source;
  if (!readFile(file, source)) {
    std::fprintf(stderr, "coroscope: can't open file '%s'\n", file.c_str());
    return 2;
  }
  coroscope::host::SessionOptions opts;
  opts.filename = file;
  opts.real_clock = realClock;
  opts.max_steps = maxSteps;
  opts.cpu_time = cpuTime;
  opts.frozen = coroscope::modules::kOnDemandModules;
  opts.tracing = timeline || events || !tracePath.empty();
  if (!stdinPath.empty()) {
    if (!readFile(stdinPath, opts.stdin_text)) {
      std::fprintf(stderr, "coroscope: can't open stdin file '%s'\n", stdinPath.c_str());
      return 2;
    }
    opts.has_stdin = true;
  }
  coroscope::host::Session session(source, opts);
  session.on_stdout = [](const std::string& s) { std::fwrite(s.data(), 1, s.size(), stdout); };
  session.on_stderr = [](const std::string& s) {
    std::fflush(stdout);
    std::fwrite(s.data(), 1, s.size(), stderr);
  };
  int status = session.run();
  std::fflush(stdout);
  // The timeline goes to stderr so that stdout stays exactly what python3 prints.
  if (events) {
    // The trace as the page receives it, one event a line.
    coroscope::host::TraceDecoder d;
    d.feed(*session.trace());
    std::string text = "\n--- events ---\n";
    for (const auto& e : d.events) text += coroscope::host::to_text(e, d.names()) + "\n";
    std::fputs(text.c_str(), stderr);
  }
  if (timeline || !tracePath.empty()) {
    coroscope::host::Timeline t = session.timeline();
    if (timeline) {
      std::string text = coroscope::host::render_ascii(t);
      std::fprintf(stderr, "\n--- timeline ---\n%s", text.c_str());
    }
    if (!tracePath.empty()) {
      std::ofstream out(tracePath, std::ios::binary);
      out << coroscope::host::to_chrome_trace(t);
      if (!out) {
        std::fprintf(stderr, "coroscope: can't write trace file '%s'\n", tracePath.c_str());
        return status ? status : 2;
      }
    }
  }
  return status;
}
