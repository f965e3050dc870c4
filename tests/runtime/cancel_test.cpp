// Cancellation: §2.1 points 6-8 (edge-triggered delivery, repeated cancel, inner tasks).
#include "harness.hpp"
#include "runtime/sleep.hpp"

namespace coroscope::rt::testing {
namespace {

// ---- 006_edge_cancel --------------------------------------------------------------------------

Co<Value> self_cancel(Program& p) {
  current_task()->cancel(S("self"));
  Ref<Future> done = p.loop.create_future();
  done->set_result(S("ok"));
  Value v = co_await done;
  p.print("done future passes:", v);
  auto r = co_await catching(sleep(0));
  if (r.exc) {
    p.print("sleep raised", repr(r.exc));
    co_await raise(r.exc);
  }
  co_return {};
}

Co<Value> never_runs(Program& p) {
  p.print("BODY RAN");
  co_return {};
}

Co<Value> returns_with_pending_cancel() {
  current_task()->cancel();
  co_return S("value");
}

Co<Value> edge_cancel(Program& p) {
  Ref<Task> t = create_task(self_cancel(p));
  auto r = co_await catching(t);
  if (is_cancelled(r.exc)) p.print("awaiter got", repr(r.exc));
  p.print("t cancelled", t->cancelled());
  Ref<Task> t2 = create_task(never_runs(p));
  t2->cancel();
  co_await sleep(0);
  p.print("t2 cancelled", t2->cancelled());
  Ref<Task> t3 = create_task(returns_with_pending_cancel());
  co_await sleep(0);
  p.print("t3 cancelled", t3->cancelled());
  co_return {};
}

TEST(Cancel, EdgeTriggered) {
  Program p;
  run(p.loop, edge_cancel(p));
  EXPECT_EQ(p.print.text, expected("006_edge_cancel"));
}

// ---- 007_repeated_cancel ----------------------------------------------------------------------

Co<Value> worker(Program& p) {
  auto r = co_await catching(sleep(10));
  if (r.exc) {
    if (!is_cancelled(r.exc)) co_await raise(r.exc);
    p.print("caught", repr(r.exc), args_of(r.exc));
    p.print("cancelling", current_task()->cancelling());
  }
  co_await sleep(0);
  p.print("worker continues");
  co_return S("finished");
}

Co<Value> repeated_cancel(Program& p) {
  Ref<Task> t = create_task(worker(p));
  co_await sleep(0);
  p.print("cancel 1", t->cancel(S("m1")));
  p.print("cancel 2", t->cancel(S("m2")));
  p.print("cancelling", t->cancelling());
  Value r = co_await t;
  p.print("result", r, "cancelled", t->cancelled(), "cancelling", t->cancelling());
  int u1 = t->uncancel();
  int u2 = t->uncancel();
  int u3 = t->uncancel();
  p.print("uncancel", u1, u2, u3);
  p.print("cancel done task", t->cancel());
  co_return {};
}

TEST(Cancel, RepeatedCancelRaisesOnceWithFirstMessage) {
  Program p;
  run(p.loop, repeated_cancel(p));
  EXPECT_EQ(p.print.text, expected("007_repeated_cancel"));
}

// ---- 008_inner_task ---------------------------------------------------------------------------

Co<Value> swallow(Program& p) {
  for (int i = 0; i < 2; ++i) {
    auto r = co_await catching(sleep(1));
    if (r.ok()) {
      p.print("inner slept");
    } else if (is_cancelled(r.exc)) {
      p.print("inner swallowed", i);
    } else {
      co_await raise(r.exc);
    }
  }
  co_return S("inner result");
}

Co<Value> outer(Program& p, Ref<Task> inner) {
  Value r = co_await inner;
  p.print("outer got", r);
  co_return r;
}

Co<Value> inner_task(Program& p) {
  Ref<Task> inner = create_task(swallow(p));
  Ref<Task> out = create_task(outer(p, inner));
  co_await sleep(0);
  out->cancel();
  co_await sleep(0);
  p.print("outer cancelling", out->cancelling(), "done", out->done());
  out->cancel();
  co_await sleep(0);
  p.print("outer cancelling", out->cancelling(), "done", out->done());
  Value v = co_await out;
  p.print(v);
  p.print("inner done", inner->done(), inner->result().value);
  co_return {};
}

TEST(Cancel, InnerTaskReceivesTheCancel) {
  Program p;
  run(p.loop, inner_task(p));
  EXPECT_EQ(p.print.text, expected("008_inner_task"));
}

}  // namespace
}  // namespace coroscope::rt::testing
