// Shutdown, lifetime and contexts: §2.1 points 18, 19 and 20; as_completed; worker threads.
#include "harness.hpp"
#include "runtime/gather.hpp"
#include "runtime/sleep.hpp"
#include "runtime/wait.hpp"

namespace coroscope::rt::testing {
namespace {

// ---- 018_shutdown -----------------------------------------------------------------------------

struct Finally {
  Printer& print;
  std::string name;
  ~Finally() { print("finally of", name); }
};

Co<Value> background(Program& p, std::string name) {
  Finally f{p.print, name};
  co_await sleep(100);
  co_return {};
}

Co<Value> shutdown_main(Program& p) {
  create_task(background(p, "bg"));
  co_await sleep(1);
  p.print("main returns");
  co_return S("main result");
}

TEST(Lifetime, RunCancelsLeftoverTasks) {
  Program p;
  Result r = run(p.loop, shutdown_main(p));
  p.print(r.value);
  p.print("after run");
  EXPECT_EQ(p.print.text, expected("018_shutdown"));
}

// ---- 019_lifetime -----------------------------------------------------------------------------

Co<Value> failing() {
  co_await raise(native::exc("KeyError", "lost"));
  co_return {};
}

Co<Value> lifetime_main(Program& p) {
  EventLoop& loop = p.loop;
  loop.set_exception_handler(
      [&p](EventLoop&, const ErrorContext& ctx) { p.print("handler:", repr(ctx.exception)); });
  loop.call_soon([](Future*) { return native::exc("ValueError", "callback failed"); });
  loop.call_soon([&p](Future*) { p.print("next callback runs"); });
  co_await sleep(0);
  co_await sleep(0);
  Ref<Task> t = create_task(failing());
  co_await sleep(0);
  p.print("task done", t->done());
  t = nullptr;  // del t
  co_await sleep(0);
  p.print("end");
  co_return {};
}

TEST(Lifetime, CallbackErrorsGoToTheHandler) {
  Program p;
  run(p.loop, lifetime_main(p));
  EXPECT_EQ(p.print.text, expected("019_lifetime"));
}

// ---- 020_context ------------------------------------------------------------------------------

struct ContextProgram {
  native::NativeLanguage lang{true};
  EventLoop loop{lang};
  Printer print;
  native::ContextVar var{"var", S("default")};
};

Co<Value> ctx_child(ContextProgram& p, std::string name) {
  p.print(name, "sees", p.var.get(p.lang));
  p.var.set(p.lang, S(name + "-own"));
  co_await sleep(0);
  p.print(name, "still sees", p.var.get(p.lang));
  co_return {};
}

Co<Value> context_main(ContextProgram& p) {
  p.var.set(p.lang, S("main"));
  Ref<Task> t1 = create_task(ctx_child(p, "t1"));
  p.var.set(p.lang, S("changed"));
  Ref<Task> t2 = create_task(ctx_child(p, "t2"));
  p.loop.call_soon([&p](Future*) { p.print("callback sees", p.var.get(p.lang)); });
  co_await gather(futs(t1, t2));
  p.print("main sees", p.var.get(p.lang));
  co_return {};
}

TEST(Lifetime, ContextsAreCopiedPerTask) {
  ContextProgram p;
  run(p.loop, context_main(p));
  EXPECT_EQ(p.print.text, expected("020_context"));
}

// ---- 022_as_completed -------------------------------------------------------------------------

Co<Value> ac_job(double d) {
  co_await sleep(d);
  if (d == 2) co_await raise(native::exc("ValueError", "two"));
  co_return I(static_cast<int>(d));
}

Co<Value> as_completed_main(Program& p) {
  std::vector<Ref<Future>> tasks = create_tasks(ac_job(3), ac_job(1), ac_job(2), ac_job(4));
  AsCompleted it(tasks, 3.5);
  for (std::size_t i = 0; i < it.size(); ++i) {
    auto r = co_await catching(it.next());
    std::string type = native::type_name(r.exc);
    if (r.ok()) {
      p.print("result", r.value, p.loop.time());
    } else if (type == "ValueError") {
      p.print("error", repr(r.exc), p.loop.time());
    } else if (type == "TimeoutError") {
      p.print("timeout", p.loop.time());
    } else {
      co_await raise(r.exc);
    }
  }
  co_await gather(tasks, true);
  co_return {};
}

TEST(Lifetime, AsCompleted) {
  Program p;
  run(p.loop, as_completed_main(p));
  EXPECT_EQ(p.print.text, expected("022_as_completed"));
}

// ---- 023_threads ------------------------------------------------------------------------------

Co<Value> blocking(Program& p, std::string name, double d) {
  p.print("thread", name, "starts");
  co_await worker_sleep(d);  // time.sleep in a worker thread
  p.print("thread", name, "ends");
  co_return S(name);
}

Co<Value> ticker(Program& p) {
  for (int i = 0; i < 4; ++i) {
    p.print("tick", i, p.loop.time());
    co_await sleep(1);
  }
  co_return {};
}

Co<Value> threads_main(Program& p) {
  EventLoop& loop = p.loop;
  Value r = co_await gather(
      create_tasks(to_thread(blocking(p, "a", 2.5)), to_thread(blocking(p, "b", 1.5)), ticker(p)));
  p.print(native::repr(r), loop.time());
  Ref<Task> t = create_task(ticker(p));
  co_await sleep(0);
  p.print("blocking the loop");
  loop.block_for(2.5);  // time.sleep on the loop thread
  p.print("unblocked", loop.time());
  co_await t;
  p.print("end", loop.time());
  co_return {};
}

TEST(Lifetime, WorkerThreadsOverlapTheLoop) {
  Program p;
  run(p.loop, threads_main(p));
  EXPECT_EQ(p.print.text, expected("023_threads"));
}

}  // namespace
}  // namespace coroscope::rt::testing

namespace coroscope::rt::testing {
namespace {

// ---- 029_run_twice ----------------------------------------------------------------------------

Co<Value> print_name(Printer& print) {
  print(current_task()->name());
  co_return {};
}

TEST(Lifetime, RunDrawsTaskNumbersForItsShutdownTasks) {
  native::NativeLanguage lang;
  Printer print;
  {
    EventLoop loop(lang);
    run(loop, print_name(print));
  }
  {
    EventLoop loop(lang);
    run(loop, print_name(print));
  }
  EXPECT_EQ(print.text, expected("029_run_twice"));
}

}  // namespace
}  // namespace coroscope::rt::testing
