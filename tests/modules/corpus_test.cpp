// Runs every program of tests/asyncio, tests/sim, tests/stdlib and scenarios/ through
// host::Session (virtual clock) and compares stdout, stderr and the exit status with what
// CPython 3.11 printed through the reference runner. Programs listed in known_failures.txt must
// fail (so the list shrinks as they start passing); every other program must pass.
//
// Normalisation, applied to both sides: 0x addresses become 0xADDR, and traceback frames that
// belong to the standard library are dropped: CPython's are absolute paths of its installation
// (`File "/.../lib/python3.11/asyncio/runners.py"`), ours are frozen modules
// (`File "<frozen asyncio>"`); neither is the user's code, and the two libraries differ inside.
// For the same reason the location of asyncio's own callbacks in future and task reprs
// (`cb=[gather.<locals>._done_callback() at /.../asyncio/tasks.py:764]`, ours `at <frozen
// asyncio>:764`) becomes `at <asyncio>`. A program that can never finish ends with the reference
// runner's one line (`reference runner: deadlock: ...`, CPython itself hangs) and with our
// deadlock report (its first line and the indented lines naming the tasks); both become
// `<deadlock>`, so such a program must print the same before it and exit with status 3 (the
// report itself is tested in tests/host/trace_test.cpp).
#include <gtest/gtest.h>

#include <fstream>
#include <map>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

#include "host/session.hpp"
#include "modules/frozen.hpp"

namespace {

std::string read_file(const std::string& path, bool* ok = nullptr) {
  std::ifstream in(path, std::ios::binary);
  if (ok) *ok = bool(in);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// CPython's own library, Coroscope's frozen modules, and the simulated world's modules as CPython
// runs them from engine/modules/sim (tests/asyncio/refgen.py puts it on PYTHONPATH).
bool is_library_frame(const std::string& line) {
  static const std::regex frame(
      R"re(^\s*(\| )?\s*File "(<frozen [^>]+>|/[^"]*/lib/python3\.\d+/[^"]*|engine/modules/sim/[^"]*)", line)re");
  return std::regex_search(line, frame);
}

std::string normalize(const std::string& text) {
  static const std::regex addr("0x[0-9a-fA-F]+");
  static const std::regex callback_at(
      R"re( at (<frozen asyncio>|/[^\s:\]]*/lib/python3\.\d+/asyncio/\w+\.py):\d+)re");
  std::istringstream in(
      std::regex_replace(std::regex_replace(text, addr, "0xADDR"), callback_at, " at <asyncio>"));
  std::string out, line;
  bool skipping = false, deadlock = false;
  size_t indent = 0;
  while (std::getline(in, line)) {
    if (line.rfind("reference runner: deadlock", 0) == 0 ||
        line.rfind("Deadlock: the program can never finish", 0) == 0) {
      out += "<deadlock>\n";
      deadlock = true;
      continue;
    }
    if (deadlock && line.rfind("  ", 0) == 0) continue;
    deadlock = false;
    size_t ind = line.find_first_not_of(" |");
    if (ind == std::string::npos) ind = line.size();
    if (is_library_frame(line)) {
      skipping = true;
      indent = ind;
      continue;
    }
    // The source line and caret lines of a dropped frame are indented deeper than its File line.
    if (skipping && ind > indent) continue;
    skipping = false;
    out += line + "\n";
  }
  return out;
}

struct Program {
  std::string file;  // relative to the source tree, as the reference runner was given it
  int exit = 0;
  double cpu_time = 0;  // `# cpu-time:` in its header: also run with CPU time, against .cpu.out
};

std::vector<Program> manifest(const std::string& dir) {
  std::string text = read_file(std::string(COROSCOPE_SOURCE_DIR) + "/" + dir + "/manifest.json");
  std::vector<Program> out;
  static const std::regex entry(R"re("file":\s*"([^"]+)"([^}]*?)"exit":\s*(\d+))re");
  static const std::regex cpu(R"re("cpu_time":\s*([0-9.eE+-]+))re");
  for (auto it = std::sregex_iterator(text.begin(), text.end(), entry);
       it != std::sregex_iterator(); ++it) {
    Program p{(*it)[1], std::stoi((*it)[3])};
    std::smatch m;
    std::string fields = (*it)[2];
    if (std::regex_search(fields, m, cpu)) p.cpu_time = std::stod(m[1]);
    out.push_back(p);
  }
  return out;
}

std::map<std::string, std::string> known_failures() {
  std::map<std::string, std::string> out;
  std::istringstream in(read_file(COROSCOPE_KNOWN_FAILURES));
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    // "wasm PATH REASON": a failure of the WebAssembly build only (its libm, not glibc's).
    if (line.rfind("wasm ", 0) == 0) {
#ifndef __EMSCRIPTEN__
      continue;
#endif
      line = line.substr(5);
    }
    size_t sp = line.find(' ');
    out[line.substr(0, sp)] = sp == std::string::npos ? "" : line.substr(sp + 1);
  }
  return out;
}

struct Outcome {
  std::string out, err;
  int status = 0;
};

Outcome run(const Program& p, double cpu_time = 0) {
  Outcome o;
  coroscope::host::SessionOptions opts;
  opts.cpu_time = cpu_time;
  opts.filename = p.file;
  opts.max_steps = 200000000;
  opts.frozen = coroscope::modules::kOnDemandModules;
  coroscope::host::Session s(read_file(std::string(COROSCOPE_SOURCE_DIR) + "/" + p.file), opts);
  s.on_stdout = [&](const std::string& t) { o.out += t; };
  s.on_stderr = [&](const std::string& t) { o.err += t; };
  o.status = s.run();
  return o;
}

void check_corpus(const std::string& dir, size_t expected_count) {
  auto known = known_failures();
  auto programs = manifest(dir);
  ASSERT_EQ(programs.size(), expected_count) << "manifest of " << dir;
  size_t passed = 0;
  for (const Program& p : programs) {
    std::string base = std::string(COROSCOPE_SOURCE_DIR) + "/" + p.file;
    base.resize(base.size() - 3);
    bool has_err = false;
    std::string want_out = read_file(base + ".out");
    std::string want_err = read_file(base + ".err", &has_err);
    if (!has_err) want_err.clear();
    Outcome got = run(p);
    bool ok = normalize(got.out) == normalize(want_out) &&
              normalize(got.err) == normalize(want_err) && got.status == p.exit;
    if (p.cpu_time > 0) {
      // With CPU time on there is no CPython reference: .cpu.out is Coroscope's own output,
      // checked in by tests/asyncio/refgen.py, which catches a change in what the option does.
      Outcome cpu = run(p, p.cpu_time);
      bool same = cpu.out == read_file(base + ".cpu.out") && cpu.status == p.exit;
      EXPECT_TRUE(same) << p.file << " with CPU time " << p.cpu_time
                        << " differs from its .cpu.out\n--- got\n"
                        << cpu.out << cpu.err;
      ok = ok && same;
    }
    passed += ok;
    auto k = known.find(p.file);
    if (k != known.end()) {
      EXPECT_FALSE(ok) << p.file << " passes now: remove it from tests/modules/known_failures.txt";
      continue;
    }
    if (ok) continue;
    ADD_FAILURE() << p.file << " differs from CPython\n--- stdout (want)\n"
                  << normalize(want_out) << "--- stdout (got)\n"
                  << normalize(got.out) << "--- stderr (want)\n"
                  << normalize(want_err) << "--- stderr (got)\n"
                  << normalize(got.err) << "--- exit status: want " << p.exit << ", got "
                  << got.status;
  }
  std::printf("%s: %zu/%zu programs print what CPython prints\n", dir.c_str(), passed,
              programs.size());
}

TEST(Corpus, Normalize) {
  std::string cpython =
      "Traceback (most recent call last):\n"
      "  File \"a.py\", line 3, in <module>\n"
      "    asyncio.run(main())\n"
      "  File \"/usr/lib/python3.11/asyncio/runners.py\", line 190, in run\n"
      "    return runner.run(main)\n"
      "           ^^^^^^^^^^^^^^^^\n"
      "ValueError: <object at 0x7f00>\n";
  std::string ours =
      "Traceback (most recent call last):\n"
      "  File \"a.py\", line 3, in <module>\n"
      "    asyncio.run(main())\n"
      "  File \"<frozen asyncio>\", line 9, in run\n"
      "    return _core.run(x)\n"
      "ValueError: <object at 0x55aa>\n";
  EXPECT_EQ(normalize(cpython), normalize(ours));
  EXPECT_NE(normalize("File \"a.py\", line 1\n"), normalize("File \"b.py\", line 1\n"));
  EXPECT_EQ(normalize("<Task pending cb=[gather.<locals>._done_callback() at "
                      "/usr/lib/python3.11/asyncio/tasks.py:764]>\n"),
            normalize("<Task pending cb=[gather.<locals>._done_callback() at <frozen "
                      "asyncio>:764]>\n"));
  EXPECT_NE(normalize("<Task pending cb=[f() at a.py:3]>\n"),
            normalize("<Task pending cb=[f() at a.py:4]>\n"));
  EXPECT_EQ(normalize("reference runner: deadlock: the event loop would wait forever\n"),
            normalize("Deadlock: the program can never finish; every task left is waiting.\n"
                      "  Task-1 (main()) waits for Future\n"));
}

TEST(Corpus, AsyncioPrograms) { check_corpus("tests/asyncio", 263); }
TEST(Corpus, SimulatedWorld) { check_corpus("tests/sim", 12); }
TEST(Corpus, Scenarios) { check_corpus("scenarios", 39); }
// The frozen standard library as lectures use it (tests/stdlib: CPython's own output).
TEST(Corpus, StdlibPrograms) { check_corpus("tests/stdlib", 72); }

}  // namespace
