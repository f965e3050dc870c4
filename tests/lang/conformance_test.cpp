// Runs each conformance program through the interpreter and compares stdout, stderr and the exit
// status with what CPython printed (0x addresses normalised on both sides).
#include <dirent.h>
#include <gtest/gtest.h>
#if defined(__SANITIZE_ADDRESS__)
#include <pthread.h>
#endif

#include <algorithm>
#include <fstream>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

#include "lang/vm.hpp"

namespace {

std::string readFile(const std::string& path, bool* ok = nullptr) {
  std::ifstream in(path, std::ios::binary);
  if (ok) *ok = bool(in);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::string normalize(const std::string& s) {
  static const std::regex addr("0x[0-9a-fA-F]+");
  return std::regex_replace(s, addr, "0xADDR");
}

std::vector<std::string> listCases(const char* dir = COROSCOPE_LANG_CASES) {
  std::vector<std::string> names;
  DIR* d = opendir(dir);
  if (!d) return names;
  while (dirent* e = readdir(d)) {
    std::string n = e->d_name;
    if (n.size() > 3 && n.compare(n.size() - 3, 3, ".py") == 0)
      names.push_back(n.substr(0, n.size() - 3));
  }
  closedir(d);
  std::sort(names.begin(), names.end());
  return names;
}

// Runs one program and compares all three outputs with the files next to it.
void runCase(const std::string& dir, const std::string& name) {
  const std::string base = dir + "/" + name;
  std::string source = readFile(base + ".py");
  bool hasStdin = false;
  std::string stdinData = readFile(base + ".stdin", &hasStdin);
  std::string out, err;
  int status;
  {
    coroscope::lang::VM vm;
    vm.writeOut = [&](const std::string& s) { out += s; };
    vm.writeErr = [&](const std::string& s) { err += s; };
    vm.hasStdin = hasStdin;
    vm.stdinData = stdinData;
    vm.maxSteps = 50'000'000;
    status = vm.runMain(source, name + ".py");
  }
  EXPECT_EQ(normalize(readFile(base + ".stdout")), normalize(out)) << "stdout of " << name;
  EXPECT_EQ(normalize(readFile(base + ".stderr")), normalize(err)) << "stderr of " << name;
  int expectedStatus = std::stoi(readFile(base + ".status"));
  EXPECT_EQ(expectedStatus, status) << "exit status of " << name;
}

std::string testName(const ::testing::TestParamInfo<std::string>& info) {
  std::string n = info.param;
  for (char& c : n)
    if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
  return n;
}

#if defined(__SANITIZE_ADDRESS__)
// AddressSanitizer's frames (redzones, at -O0 a slot for every local) take several times the
// stack the shipped engine's do: on the main thread's 8 MB, the stack guard would stop the cases
// that recurse to the recursion limit through C++ (cases 423, 424) before that limit does, with
// another message than CPython's. Under the sanitizer the cases run on a 64 MB stack.
void runOnBigStack(const std::string& dir, const std::string& name) {
  struct Job {
    const std::string* dir;
    const std::string* name;
  } job{&dir, &name};
  pthread_attr_t attr;
  pthread_attr_init(&attr);
  pthread_attr_setstacksize(&attr, size_t(64) << 20);
  pthread_t thread;
  auto body = [](void* p) -> void* {
    Job* j = static_cast<Job*>(p);
    runCase(*j->dir, *j->name);
    return nullptr;
  };
  ASSERT_EQ(0, pthread_create(&thread, &attr, body, &job));
  pthread_join(thread, nullptr);
  pthread_attr_destroy(&attr);
}
#else
void runOnBigStack(const std::string& dir, const std::string& name) { runCase(dir, name); }
#endif

// Programs whose expected output CPython printed through the reference runner.
class Conformance : public ::testing::TestWithParam<std::string> {};
TEST_P(Conformance, MatchesCPython) { runOnBigStack(COROSCOPE_LANG_CASES, GetParam()); }

// Constructs outside the subset: each must fail at once with an error naming the construct
// (expected outputs written by hand).
class Unsupported : public ::testing::TestWithParam<std::string> {};
TEST_P(Unsupported, FailsWithClearError) {
  runCase(COROSCOPE_LANG_UNSUPPORTED, GetParam());
  std::string err =
      readFile(std::string(COROSCOPE_LANG_UNSUPPORTED) + "/" + GetParam() + ".stderr");
  bool named = err.find("not supported") != std::string::npos ||
               err.find("no input was provided") != std::string::npos;
  EXPECT_TRUE(named) << GetParam();
}

INSTANTIATE_TEST_SUITE_P(Cases, Conformance, ::testing::ValuesIn(listCases()), testName);
INSTANTIATE_TEST_SUITE_P(Cases, Unsupported,
                         ::testing::ValuesIn(listCases(COROSCOPE_LANG_UNSUPPORTED)), testName);

TEST(ConformanceSuite, HasCases) { EXPECT_GE(listCases().size(), 1u); }

// The step limit is looked at only where a loop jumps back and where a call starts: every way of
// running without end must still pass one (a loop, a comprehension whose filter drops every item,
// recursion through functions or methods that never loops, an exception caught in a loop, a
// generator), and a bounded program under the limit must not be stopped.
TEST(StepLimit, StopsEveryUnboundedRun) {
  const char* endless[] = {
      "while True:\n    pass\n",
      "print(len([x for x in range(10**12) if False]))\n",
      "def f(n):\n    return f(n - 1) + f(n - 1) if n else 1\n\nf(200)\n",
      ("class C:\n    def f(self, n):\n        return self.f(n - 1) + self.f(n - 1) if n else 1\n\n"
       "C().f(200)\n"),
      "while True:\n    try:\n        raise ValueError\n    except ValueError:\n        pass\n",
      "def g():\n    while True:\n        yield\n\nfor _ in g():\n    pass\n",
  };
  for (const char* source : endless) {
    std::string out, err;
    coroscope::lang::VM vm;
    vm.writeOut = [&](const std::string& s) { out += s; };
    vm.writeErr = [&](const std::string& s) { err += s; };
    vm.maxSteps = 100'000;
    EXPECT_EQ(1, vm.runMain(source, "main.py")) << source;
    EXPECT_EQ("", out) << source;
    EXPECT_NE(std::string::npos, err.find("RuntimeError: step limit exceeded")) << source << err;
  }
  std::string err;
  coroscope::lang::VM vm;
  vm.writeErr = [&](const std::string& s) { err += s; };
  vm.maxSteps = 100'000;
  EXPECT_EQ(0,
            vm.runMain("def f(n):\n    return n\n\nfor i in range(1000):\n    f(i)\n", "main.py"))
      << err;
}

}  // namespace
