// The virtual clock at the edges (issue 16): sleeps so long that a double's spacing exceeds the
// clock's resolution, NaN and infinite delays, and the horizon past which the clock does not
// jump. The reference runner cannot serve here (it stops at a livelock for any sleep of 2**24 s
// or more), so the expectations are CPython's semantics, written by hand.
#include <gtest/gtest.h>

#include <string>

#include "host/session.hpp"

namespace {

using coroscope::host::Session;
using coroscope::host::SessionOptions;

struct Outcome {
  std::string out, err;
  int status = 0;
};

Outcome run(const std::string& src, SessionOptions opts = {}) {
  Outcome r;
  opts.max_steps = 10'000'000;  // a hang becomes a failure, not a stuck test
  Session s(src, opts);
  s.on_stdout = [&](const std::string& t) { r.out += t; };
  s.on_stderr = [&](const std::string& t) { r.err += t; };
  r.status = s.run();
  return r;
}

std::string inMain(const std::string& body) {
  return "import asyncio, time\n"
         "async def main():\n"
         "    loop = asyncio.get_running_loop()\n" +
         body + "asyncio.run(main())\n";
}

void expectHealthy() {
  Outcome r = run(inMain("    await asyncio.sleep(1.5)\n    print(loop.time())\n"));
  EXPECT_EQ("1.5\n", r.out);
  EXPECT_EQ(0, r.status) << r.err;
}

// At 2**24 s the spacing of doubles is 3.7e-9 s, more than the 1e-9 s resolution, so
// `now + resolution` rounds back to `now`: the timer the clock jumped to must still be due.
TEST(VirtualClock, JumpsToFarTimers) {
  Outcome r =
      run(inMain("    await asyncio.sleep(2**24)\n"
                 "    print(loop.time())\n"
                 "    await asyncio.sleep(2**26)\n"
                 "    await asyncio.sleep(0.5)\n"
                 "    print(loop.time())\n"
                 "    async def at(t, name):\n"
                 "        await asyncio.sleep(t - loop.time())\n"
                 "        print(name, loop.time())\n"
                 "    await asyncio.gather(at(99_999_999.75, 'b'), at(99_999_999.5, 'a'))\n"
                 "    time.sleep(2**23)\n"
                 "    print(time.monotonic())\n"));
  EXPECT_EQ("16777216.0\n83886080.5\na 99999999.5\nb 99999999.75\n108388607.75\n", r.out);
  EXPECT_EQ("", r.err);
  EXPECT_EQ(0, r.status);
}

const char* const kPastHorizon =
    "coroscope: virtual time limit exceeded: nothing left to run but a sleep of ";

// Nothing left but a timer past the horizon (1e8 s), or one that never comes: the run ends with
// the host's notice and exit status 3, as a deadlock does, rather than jumping or spinning. Where
// the loop runs inside a native call (asyncio.run through map()) the call raises RuntimeError
// with the same words.
TEST(VirtualClock, StopsAtTheHorizon) {
  const char* cases[][2] = {
      {"    await asyncio.sleep(float('inf'))\n", "inf s"},
      {"    await asyncio.sleep(2**40)\n", "1.09951e+12 s"},
      {"    await asyncio.sleep(99_999_000)\n    await asyncio.sleep(1001)\n", "1001 s"},
      {"    await asyncio.wait_for(asyncio.Event().wait(), float('inf'))\n", "inf s"},
      {"    await asyncio.to_thread(time.sleep, 2e8)\n", "2e+08 s"},
  };
  for (auto& c : cases) {
    Outcome r = run(inMain(std::string("    print('start')\n") + c[0] + "    print('never')\n"));
    EXPECT_EQ("start\n", r.out) << c[0];
    EXPECT_EQ(std::string(kPastHorizon) + c[1] + ", past the virtual clock's limit of 1e+08 s\n",
              r.err)
        << c[0];
    EXPECT_EQ(3, r.status) << c[0];
    expectHealthy();
  }
  Outcome nested =
      run("import asyncio\n"
          "async def main():\n"
          "    await asyncio.sleep(float('inf'))\n"
          "list(map(asyncio.run, [main()]))\n");
  EXPECT_NE(std::string::npos,
            nested.err.find("\nRuntimeError: virtual time limit exceeded: nothing left to run but "
                            "a sleep of inf s, past the virtual clock's limit of 1e+08 s\n"))
      << nested.err;
  EXPECT_EQ(1, nested.status);
  // Top-level await: the same.
  Outcome r = run("import asyncio\nprint('start')\nawait asyncio.sleep(float('inf'))\n");
  EXPECT_EQ("start\n", r.out);
  EXPECT_EQ(
      "coroscope: virtual time limit exceeded: nothing left to run but a sleep of inf s, past "
      "the virtual clock's limit of 1e+08 s\n",
      r.err);
  EXPECT_EQ(3, r.status);
  expectHealthy();
}

// What the horizon must not stop: a far timer something else beats.
TEST(VirtualClock, FarTimersThatNeverComeDue) {
  Outcome r =
      run(inMain("    t = asyncio.create_task(asyncio.sleep(float('inf')))\n"
                 "    loop.call_later(1e300, print, 'never')\n"
                 "    try:\n"
                 "        await asyncio.wait_for(asyncio.sleep(float('inf')), 2)\n"
                 "    except TimeoutError:\n"
                 "        print('timed out at', loop.time())\n"
                 "    t.cancel()\n"));
  EXPECT_EQ("timed out at 2.0\n", r.out);
  EXPECT_EQ(0, r.status) << r.err;
}

// time.sleep() checks its argument as CPython does (int64 nanoseconds), before the sign.
TEST(VirtualClock, TimeSleepArguments) {
  Outcome r =
      run("import time\n"
          "for v in [float('nan'), float('inf'), -float('inf'), 1e300, 9223372037.0, 2**63,\n"
          "          9223372037, -9223372037, -1, -0.5]:\n"
          "    try:\n"
          "        time.sleep(v)\n"
          "        print(v, 'slept')\n"
          "    except (ValueError, OverflowError) as e:\n"
          "        print(v, type(e).__name__, e)\n"
          "time.sleep(True)\n"
          "time.sleep(9223372036)\n"
          "print(time.monotonic())\n");
  EXPECT_EQ(
      "nan ValueError Invalid value NaN (not a number)\n"
      "inf OverflowError timestamp out of range for platform time_t\n"
      "-inf OverflowError timestamp out of range for platform time_t\n"
      "1e+300 OverflowError timestamp out of range for platform time_t\n"
      "9223372037.0 OverflowError timestamp out of range for platform time_t\n"
      "9223372036854775808 OverflowError timestamp too large to convert to C _PyTime_t\n"
      "9223372037 OverflowError timestamp too large to convert to C _PyTime_t\n"
      "-9223372037 OverflowError timestamp too large to convert to C _PyTime_t\n"
      "-1 ValueError sleep length must be non-negative\n"
      "-0.5 ValueError sleep length must be non-negative\n"
      "9223372037.0\n",
      r.out);
  EXPECT_EQ(0, r.status) << r.err;
}

// The real clock has no horizon, and a NaN delay is due at once there too.
TEST(RealClock, NanIsDueAtOnce) {
  SessionOptions opts;
  opts.real_clock = true;
  Outcome r = run(inMain("    t0 = loop.time()\n"
                         "    await asyncio.sleep(float('nan'))\n"
                         "    try:\n"
                         "        await asyncio.wait_for(asyncio.sleep(5), float('nan'))\n"
                         "    except TimeoutError:\n"
                         "        print('timed out', loop.time() - t0 < 1)\n"),
                  opts);
  EXPECT_EQ("timed out True\n", r.out);
  EXPECT_EQ(0, r.status) << r.err;
}

}  // namespace
