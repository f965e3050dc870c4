// CPU time (SessionOptions::cpu_time, the CLI's --cpu-time, the page's cpuTime): each interpreter
// step advances the virtual clock, so a coroutine that computes blocks the loop for a while, and
// the same computation in asyncio.to_thread overlaps with it (modules::CpuClock).
#include <gtest/gtest.h>

#include <cstdio>
#include <string>

#include "host/session.hpp"

namespace {

using coroscope::host::Session;
using coroscope::host::SessionOptions;

struct Outcome {
  std::string out, err;
  int status = 0;
};

Outcome run(const std::string& src, double cpu_time, bool tracing = false) {
  SessionOptions opts;
  opts.cpu_time = cpu_time;
  opts.tracing = tracing;
  Outcome r;
  Session s(src, opts);
  s.on_stdout = [&](const std::string& t) { r.out += t; };
  s.on_stderr = [&](const std::string& t) { r.err += t; };
  r.status = s.run();
  return r;
}

double number(const std::string& text) {
  double v = -1;
  std::sscanf(text.c_str(), "%lf", &v);
  return v;
}

const char* kCrunch =
    "import time\n"
    "def crunch(n):\n"
    "    total = 0\n"
    "    for i in range(n):\n"
    "        total += i * i\n"
    "    return total\n"
    "t0 = time.monotonic()\n"
    "crunch(N)\n"
    "print(time.monotonic() - t0)\n";

std::string crunch(int n) {
  std::string s = kCrunch;
  s.replace(s.find("crunch(N)"), 9, "crunch(" + std::to_string(n) + ")");
  return s;
}

TEST(CpuTime, OffByDefaultComputationIsFree) {
  Outcome r = run(crunch(100000), 0);
  EXPECT_EQ(r.out, "0.0\n");
  EXPECT_EQ(r.status, 0);
}

TEST(CpuTime, ComputationTakesTimeInProportionToItsSteps) {
  double one = number(run(crunch(100000), 1e-6).out);
  double two = number(run(crunch(200000), 1e-6).out);
  double slower = number(run(crunch(100000), 1e-5).out);
  // A loop iteration is a handful of steps (the instructions a jump back goes over).
  EXPECT_GT(one, 100000 * 3 * 1e-6);
  EXPECT_LT(one, 100000 * 20 * 1e-6);
  EXPECT_NEAR(two / one, 2.0, 0.01);
  EXPECT_NEAR(slower / one, 10.0, 0.01);
}

TEST(CpuTime, SameOutputEveryRunAndWithTheTraceOn) {
  const char* src =
      "import asyncio, time\n"
      "async def work(n):\n"
      "    for i in range(n): pass\n"
      "    print(n, time.monotonic())\n"
      "async def main():\n"
      "    await asyncio.gather(work(3000), work(1000), work(2000))\n"
      "asyncio.run(main())\n";
  Outcome a = run(src, 1e-6), b = run(src, 1e-6), traced = run(src, 1e-6, true);
  EXPECT_EQ(a.out, b.out);
  EXPECT_EQ(a.out, traced.out);
  EXPECT_NE(a.out, run(src, 0).out);
}

// A coroutine that computes blocks the loop: a heartbeat due at 0.5 s fires only when the
// computation ends; the same work in to_thread leaves the heartbeat on time, and its result
// arrives when the worker's computation is done.
const char* kHeartbeat =
    "import asyncio, time\n"
    "def crunch(n):\n"
    "    total = 0\n"
    "    for i in range(n):\n"
    "        total += i * i\n"
    "    print('crunched', round(time.monotonic(), 1))\n"
    "async def beat():\n"
    "    for i in range(4):\n"
    "        await asyncio.sleep(0.5)\n"
    "        print('beat', round(time.monotonic(), 1))\n"
    "async def main():\n"
    "    b = asyncio.create_task(beat())\n"
    "    await asyncio.sleep(0)\n"
    "    MODE\n"
    "    print('back', round(time.monotonic(), 1))\n"
    "    await b\n"
    "asyncio.run(main())\n";

std::string heartbeat(const std::string& mode) {
  std::string s = kHeartbeat;
  s.replace(s.find("MODE"), 4, mode);
  return s;
}

TEST(CpuTime, ComputingInACoroutineBlocksTheLoop) {
  // About 1.2 s of computation at 10^-6 s per step.
  double per_iteration = number(run(crunch(100000), 1e-6).out) / 100000;
  int n = int(1.2 / per_iteration);
  Outcome r = run(heartbeat("crunch(" + std::to_string(n) + ")"), 1e-6);
  EXPECT_EQ(r.out,
            "crunched 1.2\n"
            "back 1.2\n"
            "beat 1.2\n"
            "beat 1.7\n"
            "beat 2.2\n"
            "beat 2.7\n")
      << r.err;
}

TEST(CpuTime, ComputingInAThreadOverlapsWithTheLoop) {
  double per_iteration = number(run(crunch(100000), 1e-6).out) / 100000;
  int n = int(1.2 / per_iteration);
  Outcome r = run(heartbeat("await asyncio.to_thread(crunch, " + std::to_string(n) + ")"), 1e-6);
  EXPECT_EQ(r.out,
            "beat 0.5\n"
            "beat 1.0\n"
            "crunched 1.2\n"
            "back 1.2\n"
            "beat 1.5\n"
            "beat 2.0\n")
      << r.err;
}

TEST(CpuTime, RealClockIgnoresIt) {
  SessionOptions opts;
  opts.real_clock = true;
  opts.cpu_time = 1;
  std::string out;
  Session s(
      "import time\nt = time.monotonic()\nfor i in range(1000): pass\n"
      "print(time.monotonic() - t < 1)\n",
      opts);
  s.on_stdout = [&](const std::string& t) { out += t; };
  EXPECT_EQ(s.run(), 0);
  EXPECT_EQ(out, "True\n");
}

}  // namespace
