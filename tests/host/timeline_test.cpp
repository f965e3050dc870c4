// The timeline model and its two renderers, on a native coroutine program whose schedule is
// known: main starts two tasks, one returns after a sleep, the other fails, and main is cancelled
// out of a wait by nobody (it gathers with return_exceptions).
#include "host/timeline.hpp"

#include <gtest/gtest.h>

#include <string>

#include "host/ascii_timeline.hpp"
#include "host/chrome_trace.hpp"
#include "runtime/gather.hpp"
#include "runtime/native_coro.hpp"
#include "runtime/native_language.hpp"
#include "runtime/run.hpp"
#include "runtime/sleep.hpp"

namespace coroscope::host {
namespace {

using rt::Co;
using rt::Ref;
using rt::Value;

Co<Value> slow(double delay, std::int64_t result) {
  co_await rt::sleep(delay);
  co_return rt::native::int_(result);
}

Co<Value> failing(rt::Language& lang) {
  co_await rt::sleep(0.5);
  co_await rt::raise(lang.make_value_error("boom"));
  co_return {};
}

rt::TaskOptions named(const char* name) {
  rt::TaskOptions opts;
  opts.name = name;
  return opts;
}

Co<Value> main_task(rt::Language& lang) {
  Ref<rt::Task> a = rt::create_task(slow(1, 42), named("fetch"));
  Ref<rt::Task> b = rt::create_task(failing(lang), named("parse"));
  const std::vector<Ref<rt::Future>> children{a, b};
  co_await rt::gather(children, /*return_exceptions=*/true);
  co_return {};
}

Timeline record() {
  rt::native::NativeLanguage lang;
  TimelineRecorder recorder(lang);
  rt::EventLoop loop(lang, nullptr, &recorder);
  EXPECT_TRUE(rt::run(loop, main_task(lang)).ok());
  return recorder.finish();
}

TEST(Timeline, OneLanePerTaskWithOutcomes) {
  Timeline t = record();
  ASSERT_EQ(t.lanes.size(), 6u);  // the loop, main, two children, asyncio.run's two shutdown tasks
  EXPECT_EQ(t.lanes[0].kind, LaneKind::Loop);
  EXPECT_EQ(t.lanes[1].name, "Task-1");
  EXPECT_EQ(t.lanes[2].name, "fetch");
  EXPECT_EQ(t.lanes[3].name, "parse");
  EXPECT_EQ(t.lanes[2].creator, 1);
  EXPECT_EQ(t.lanes[2].outcome, Outcome::Result);
  EXPECT_EQ(t.lanes[2].outcome_text, "42");
  EXPECT_EQ(t.lanes[3].outcome, Outcome::Exception);
  EXPECT_EQ(t.lanes[3].outcome_text, "ValueError('boom')");
  EXPECT_EQ(t.end.time, 1.0);
}

TEST(Timeline, SpansFollowEachTaskThroughItsSteps) {
  Timeline t = record();
  std::string parse;
  for (const Span& s : t.spans) {
    if (s.lane == 3)
      parse += std::string(to_string(s.kind)) + "@" + std::to_string(s.begin.time) + " ";
  }
  // Created ready, first step at 0 blocks on its sleep, woken at 0.5, runs and raises.
  EXPECT_EQ(parse,
            "ready@0.000000 running@0.000000 waiting@0.000000 ready@0.500000 running@0.500000 ");
  int spawns = 0, wakes = 0;
  for (const Flow& f : t.flows) (f.kind == FlowKind::Spawn ? spawns : wakes)++;
  EXPECT_EQ(spawns, 2);  // main -> fetch, main -> parse
  EXPECT_GE(wakes, 3);   // each sleeper by its timer, main by the gather
}

TEST(Timeline, AsciiShowsLanesTimeAndOutcomes) {
  // Task-4 and Task-5 are asyncio.run's own shutdown steps (shutdown_asyncgens and
  // shutdown_default_executor), tasks in CPython too.
  EXPECT_EQ(render_ascii(record(), 80),
            "time    0                       0.5                     1\n"
            "Task-1  ###----------------------------------------------------..###  -> None\n"
            "fetch   ...###-------------------------------------------..###  -> 42\n"
            "parse   ...###-------------------..##X  raised ValueError('boom')\n"
            "Task-4                                                              ###  -> None\n"
            "Task-5                                                                 ###  -> None\n"
            "# running  . ready  - waiting  ! cancel requested  X raised  C cancelled"
            "  B loop blocked  s thread sleeping\n");
}

TEST(Timeline, ChromeTraceHasATrackPerTaskAndFlows) {
  const std::string json = to_chrome_trace(record());
  EXPECT_NE(json.find(R"("name":"thread_name","args":{"name":"fetch"})"), std::string::npos);
  EXPECT_NE(json.find(R"("name":"running","cat":"running")"), std::string::npos);
  EXPECT_NE(json.find(R"j("name":"exception: ValueError('boom')")j"), std::string::npos);
  EXPECT_NE(json.find(R"("ph":"s")"), std::string::npos);
  EXPECT_NE(json.find(R"("ph":"f","bp":"e")"), std::string::npos);
  EXPECT_EQ(json.front(), '{');
  EXPECT_EQ(json.substr(json.size() - 4), "\n]}\n");
}

TEST(Timeline, JsonStringsAreEscaped) {
  EXPECT_EQ(json_string("a\"b\\c\nd\x01"), R"("a\"b\\c\nd\u0001")");
}

}  // namespace
}  // namespace coroscope::host
