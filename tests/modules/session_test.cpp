// host::Session beyond the corpus: host-driven slices, the real clock, the timeline, and the
// exit statuses of programs that can never finish.
#include "host/session.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

namespace {

using coroscope::host::Session;
using coroscope::host::SessionOptions;
using coroscope::host::SliceState;

struct Outcome {
  std::string out, err;
  int status = 0;
};

Outcome run(const std::string& src, SessionOptions opts = {}) {
  Outcome r;
  Session s(src, opts);
  s.on_stdout = [&](const std::string& t) { r.out += t; };
  s.on_stderr = [&](const std::string& t) { r.err += t; };
  r.status = s.run();
  return r;
}

const char* kNotebook =
    "import asyncio\n"
    "async def tick(n):\n"
    "    for i in range(n):\n"
    "        await asyncio.sleep(1)\n"
    "        print('tick', i)\n"
    "t = asyncio.create_task(tick(3))\n"
    "await asyncio.sleep(1.5)\n"
    "print('top level done', asyncio.current_task().get_name())\n";
const char* kNotebookOut = "tick 0\ntop level done Task-1\ntick 1\ntick 2\n";

TEST(Session, NotebookRunsAsTaskOneThenUntilIdle) {
  Outcome r = run(kNotebook);
  EXPECT_EQ(r.out, kNotebookOut);
  EXPECT_EQ(r.err, "");
  EXPECT_EQ(r.status, 0);
}

TEST(Session, SlicesGiveTheSameOutput) {
  std::string out;
  Session s(kNotebook, {});
  s.on_stdout = [&](const std::string& t) { out += t; };
  int slices = 0;
  while (s.run_slice(1).state != SliceState::Finished) slices++;
  EXPECT_GT(slices, 3);
  EXPECT_TRUE(s.finished());
  EXPECT_EQ(s.exit_status(), 0);
  EXPECT_EQ(out, kNotebookOut);
}

TEST(Session, RealClockSliceWaitsForTheTimer) {
  SessionOptions o;
  o.real_clock = true;
  Session s("import asyncio\nawait asyncio.sleep(0.05)\nprint('woke')\n", o);
  std::string out;
  s.on_stdout = [&](const std::string& t) { out += t; };
  bool waited = false;
  for (int i = 0; i < 1000000 && !s.finished(); i++) {
    auto r = s.run_slice(10);
    if (r.state == SliceState::Waiting) {
      waited = true;
      EXPECT_GT(r.until, 0.0);
    }
  }
  EXPECT_TRUE(waited);
  EXPECT_EQ(out, "woke\n");
}

TEST(Session, OrdinaryFileIsDrivenInSlices) {
  Session s(
      "import asyncio\nasync def main():\n    await asyncio.sleep(2)\n    return 7\n"
      "print(asyncio.run(main()))\n",
      {});
  std::string out;
  s.on_stdout = [&](const std::string& t) { out += t; };
  EXPECT_EQ(s.run_slice(1).state, SliceState::Running);
  EXPECT_TRUE(s.suspended());
  EXPECT_FALSE(s.notebook());
  while (s.run_slice(1).state != SliceState::Finished) {
  }
  EXPECT_EQ(out, "7\n");
}

TEST(Session, TopLevelDeadlockExitsWithThree) {
  Outcome r = run("import asyncio\nawait asyncio.Event().wait()\nprint('never')\n");
  EXPECT_EQ(r.out, "");
  EXPECT_EQ(r.status, 3);
  EXPECT_EQ(r.err,
            "Deadlock: the program can never finish; every task left is waiting.\n"
            "  Task-1 (<module>) waits for Event.wait\n");
}

TEST(Session, UncaughtErrorAtTopLevel) {
  SessionOptions o;
  o.filename = "nb.py";
  Outcome r = run("import asyncio\nawait asyncio.sleep(0)\nraise ValueError('boom')\n", o);
  EXPECT_EQ(r.status, 1);
  EXPECT_EQ(r.err,
            "Traceback (most recent call last):\n"
            "  File \"nb.py\", line 3, in <module>\n"
            "    raise ValueError('boom')\n"
            "ValueError: boom\n");
}

TEST(Session, TimelineHasALanePerTask) {
  SessionOptions o;
  o.tracing = true;
  Session s(kNotebook, o);
  s.run();
  auto t = s.timeline();
  std::vector<std::string> names;
  for (auto& l : t.lanes) names.push_back(l.name);
  EXPECT_NE(std::find(names.begin(), names.end(), "Task-1"), names.end());
  EXPECT_NE(std::find(names.begin(), names.end(), "Task-2"), names.end());
  EXPECT_GE(t.end.time, 3.0);
}

TEST(Session, TimeSleepBlocksTheLoopClock) {
  Outcome r =
      run("import asyncio, time\n"
          "async def main():\n"
          "    t0 = time.monotonic()\n"
          "    time.sleep(2)\n"
          "    await asyncio.sleep(1)\n"
          "    print(time.monotonic() - t0, time.strftime('%H:%M:%S'))\n"
          "asyncio.run(main())\n");
  EXPECT_EQ(r.out, "3.0 10:18:25\n");
}

}  // namespace

namespace {

// The page's engine does not carry the simulated world's modules: a run gets them as sources
// (SessionOptions::modules, RunOptions.modules in the page), or the import fails as for any
// unknown module; native hosts link them compiled in (SessionOptions::frozen).
TEST(Session, ModulesGivenWithTheRun) {
  const char* src =
      "try:\n"
      "    import requests\n"
      "except ModuleNotFoundError as e:\n"
      "    print(e)\n"
      "import greet\n"
      "print(greet.hello('ada'))\n";
  SessionOptions opts;
  opts.modules = {{"greet", "def hello(name):\n    return 'hello ' + name\n"}};
  Outcome r = run(src, opts);
  EXPECT_EQ(r.out, "No module named 'requests'\nhello ada\n");
  EXPECT_EQ(r.status, 0);
  // Streams exist once the simulated world's sitecustomize, imported at startup as CPython
  // imports it, has put them into asyncio.
  const char* streams = "import asyncio\nprint(hasattr(asyncio, 'open_connection'))\n";
  EXPECT_EQ(run(streams).out, "False\n");
  SessionOptions site;
  site.modules = {{"sitecustomize", "import asyncio\nasyncio.open_connection = print\n"}};
  EXPECT_EQ(run(streams, site).out, "True\n");
  // A module given with the run shows as frozen in tracebacks, with its source lines.
  opts.modules = {{"greet", "def hello(name):\n    return 1 / 0\n"}};
  r = run("import greet\ngreet.hello('x')\n", opts);
  EXPECT_NE(r.err.find("File \"<frozen greet>\", line 2, in hello\n    return 1 / 0\n"),
            std::string::npos)
      << r.err;
  EXPECT_EQ(r.status, 1);
}

}  // namespace
