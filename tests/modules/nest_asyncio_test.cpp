// nest_asyncio.apply(): run_until_complete and asyncio.run become re-entrant. No CPython reference
// can be made here (the package is not installed beside the reference runner), so the expected
// outputs follow nest_asyncio 1.5's documented behaviour: a nested call runs the same loop's
// iterations (other tasks and timers included) until its future is done, the calling task is
// resumed afterwards as the current task, and the patched asyncio.run uses the current loop
// (get_event_loop) without closing it. Without apply(), CPython's RuntimeError is checked by the
// corpus (tests/asyncio/245_notebook_reentrant_run_refused.py).
#include <gtest/gtest.h>

#include <string>

#include "host/session.hpp"
#include "modules/frozen.hpp"

namespace {

struct Outcome {
  std::string out, err;
  int status = 0;
};

Outcome run(const std::string& src) {
  Outcome r;
  coroscope::host::SessionOptions opts;
  opts.filename = "nest.py";
  opts.frozen = coroscope::modules::kOnDemandModules;  // nest_asyncio ships on demand
  coroscope::host::Session s(src, opts);
  s.on_stdout = [&](const std::string& t) { r.out += t; };
  s.on_stderr = [&](const std::string& t) { r.err += t; };
  r.status = s.run();
  return r;
}

const char* kWork =
    "import asyncio\n"
    "import nest_asyncio\n"
    "async def work(n):\n"
    "    await asyncio.sleep(n)\n"
    "    print('work', n, asyncio.current_task().get_name())\n"
    "    return n * 2\n";

TEST(NestAsyncio, NotebookRunUntilCompleteRunsOtherTasksMeanwhile) {
  Outcome r = run(std::string(kWork) +
                  "nest_asyncio.apply()\n"
                  "bg = asyncio.create_task(work(0.5))\n"
                  "loop = asyncio.get_event_loop()\n"
                  "print(loop.run_until_complete(work(1)))\n"
                  "print(bg.done(), asyncio.current_task().get_name())\n"
                  "print(asyncio.run(work(2)))\n"
                  "print(asyncio.get_running_loop().time(), loop.is_closed())\n"
                  "await asyncio.sleep(1)\n"
                  "print(asyncio.current_task().get_name(), loop.time())\n");
  EXPECT_EQ(r.out,
            "work 0.5 Task-2\n"
            "work 1 Task-3\n"
            "2\n"
            "True Task-1\n"
            "work 2 Task-4\n"
            "4\n"
            "3.0 False\n"
            "Task-1 4.0\n");
  EXPECT_EQ(r.err, "");
  EXPECT_EQ(r.status, 0);
}

TEST(NestAsyncio, NestedCallInsideACoroutineOfAnOrdinaryFile) {
  Outcome r = run(std::string(kWork) +
                  "nest_asyncio.apply()\n"
                  "async def outer():\n"
                  "    loop = asyncio.get_running_loop()\n"
                  "    r = loop.run_until_complete(work(1))\n"
                  "    print('outer got', r, loop.time())\n"
                  "    try:\n"
                  "        loop.run_until_complete(fail())\n"
                  "    except ValueError as e:\n"
                  "        print('nested error:', e)\n"
                  "    return asyncio.run(work(0.5))\n"
                  "async def fail():\n"
                  "    await asyncio.sleep(0)\n"
                  "    raise ValueError('bad')\n"
                  "print(asyncio.run(outer()))\n"
                  "loop = asyncio.get_event_loop()\n"
                  "print(loop.is_closed(), loop.time())\n");
  EXPECT_EQ(r.out,
            "work 1 Task-2\n"
            "outer got 2 1.0\n"
            "nested error: bad\n"
            "work 0.5 Task-4\n"
            "1.0\n"
            "False 1.5\n");
  EXPECT_EQ(r.err, "");
  EXPECT_EQ(r.status, 0);
}

TEST(NestAsyncio, WithoutApplyTheNestedCallIsRefused) {
  Outcome r = run(std::string(kWork) +
                  "async def outer():\n"
                  "    c = work(1)\n"
                  "    try:\n"
                  "        asyncio.get_running_loop().run_until_complete(c)\n"
                  "    except RuntimeError as e:\n"
                  "        print(e)\n"
                  "    c.close()\n"
                  "asyncio.run(outer())\n");
  EXPECT_EQ(r.out, "This event loop is already running\n");
  EXPECT_EQ(r.status, 0);
}

}  // namespace
