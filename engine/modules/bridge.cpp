#include "modules/bridge.hpp"

#include <algorithm>
#include <cstring>

#include "lang/containers.hpp"
#include "lang/native_util.hpp"
#include "modules/py_value.hpp"
#include "modules/trace_text.hpp"

namespace coroscope::modules {

using lang::Args;
using lang::Kind;
using lang::Value;
using lang::VM;

namespace {

std::unordered_map<VM*, State*>& registry() {
  static std::unordered_map<VM*, State*> r;
  return r;
}
// Every native function of _asyncio_core finds its State: the last one found is kept at hand.
VM* last_vm = nullptr;
State* last_state = nullptr;

}  // namespace

RtHolder::RtHolder(State& st) : state(&st), prev(st.last_holder) {
  (prev ? prev->next : st.first_holder) = this;
  st.last_holder = this;
}
RtHolder::~RtHolder() {
  if (!state) return;
  (prev ? prev->next : state->first_holder) = next;
  (next ? next->prev : state->last_holder) = prev;
}

FutureObj::FutureObj(State& st, rt::Ref<rt::Future> f)
    : Obj(Kind::Misc), RtHolder(st), fut(std::move(f)) {
  coro = Value::none();
  fut->binding = this;
}
FutureObj::~FutureObj() {
  if (fut && fut->binding == this) fut->binding = nullptr;
  // A future finished without an exception reports nothing and holds no callbacks (they were
  // scheduled when it finished): it may go now. Any other may report or close a task's coroutine
  // when it is destroyed, which must not happen inside a sweep.
  if (state && fut && !(fut->done() && !fut->peek_exception()))
    state->graveyard.push_back(std::move(fut));
}
void FutureObj::release_future() {
  if (!fut) return;
  if (fut->binding == this) fut->binding = nullptr;
  // If this is the last reference, the future reports "exception was never retrieved" while it
  // is destroyed, when only its repr can still be shown.
  if (state && fut->done() && fut->peek_exception()) {
    state->dying_repr = future_repr(*state, fut.get(), coro);
    fut = {};
    state->dying_repr.clear();
  }
  fut = {};
}
void FutureObj::drop() { release_future(); }
void FutureObj::trace(lang::Heap& h) {
  h.mark(coro);
  if (dict) h.mark(Value::obj(dict));
}

RtAwaitable::RtAwaitable(State& st, std::unique_ptr<rt::CoroLike> c, const char* n)
    : RtHolder(st), coro(std::move(c)), name(n) {}
void RtAwaitable::drop() { coro.reset(); }
void RtAwaitable::finish() {
  finished = true;
  coro.reset();
}

State::State(VM& v, Options o) : vm(v), lang(v), opts(o) { registry()[&vm] = this; }
State::~State() {
  shutdown();
  registry().erase(&vm);
  if (last_state == this) {
    last_vm = nullptr;
    last_state = nullptr;
  }
}

State& state_of(VM& vm) { return *find_state(vm); }
State* find_state(VM& vm) {
  if (&vm == last_vm) return last_state;
  auto it = registry().find(&vm);
  if (it == registry().end()) return nullptr;
  last_vm = &vm;
  return last_state = it->second;
}

rt::EventLoop* State::loop_of(Value pyloop) {
  for (auto& e : loops)
    if (vm.pinned(e.pin).identical(pyloop)) return e.loop.get();
  return nullptr;
}
Value State::pyloop_of(rt::EventLoop* loop) {
  for (auto& e : loops)
    if (e.loop.get() == loop) return vm.pinned(e.pin);
  return Value::none();
}

void State::release_finished(rt::EventLoop* loop) {
  // Collected first: releasing may run Python code that makes or frees holders.
  std::vector<RtHolder*> order;
  for (RtHolder* h = first_holder; h; h = h->next) {
    FutureObj* f = h->as_future();
    if (f && f->fut && &f->fut->loop() == loop && f->fut->done()) order.push_back(h);
  }
  for (RtHolder* h : order) h->drop();
}

void State::shutdown() {
  closing_quietly = true;
  for (auto& e : loops)
    if (!e.loop->is_closed()) {
      release_finished(e.loop.get());
      e.loop->close();
    }
  std::vector<RtHolder*> order;
  for (RtHolder* h = first_holder; h; h = h->next) order.push_back(h);
  for (RtHolder* h : order) h->drop();
  for (RtHolder* h = first_holder; h; h = h->next) h->state = nullptr;
  first_holder = last_holder = nullptr;
  for (auto& f : graveyard) {
    if (f->done() && f->peek_exception())
      dying_repr = future_repr(*this, f.get(), lang::Value::none());
    f = {};
    dying_repr.clear();
  }
  graveyard.clear();
  for (uint32_t p : task_pins) vm.unpin(p);
  task_pins.clear();
  if (exc_handler_pin) vm.unpin(exc_handler_pin);
  exc_handler_pin = 0;
  for (auto& e : loops) vm.unpin(e.pin);
  loops.clear();
}

Value coro_object(rt::CoroLike* c);

// ---- futures -----------------------------------------------------------------------------------

Value wrap_future(State& st, const rt::Ref<rt::Future>& f) {
  if (!f) return Value::none();
  if (FutureObj* o = bound_future(f.get())) return Value::obj(o);
  auto* o = st.vm.heap.make<FutureObj>(f->is_task() ? st.tTask : st.tFuture, st, f);
  Value v = Value::obj(o);
  if (f->is_task()) {
    o->coro = coro_object(static_cast<rt::Task*>(f.get())->coro());
    st.task_pins.push_back(st.vm.pin(v));
  }
  return v;
}

bool is_future(State& st, Value v) {
  return v.isObj() && st.tFuture && st.vm.typeOf(v)->isSubtype(st.tFuture) &&
         v.o->kind == Kind::Misc && static_cast<FutureObj*>(v.o)->fut;
}

rt::Ref<rt::Future> future_of(Value v) { return static_cast<FutureObj*>(v.o)->fut; }

Value result_to_py(VM& vm, const rt::Result& r) {
  if (r.exc) return vm.raiseValue(from_rt(r.exc));
  return from_rt(r.value);
}

// ---- a Python coroutine driven by a Task ------------------------------------------------------

namespace {

class PyCoro final : public rt::CoroLike, public rt::Pooled {
 public:
  PyCoro(State& st, lang::Generator* g)
      : st_(st), g_(g), pin_(st.vm.pin(Value::obj(g))), exc_pin_(st.vm.pin(Value::none())) {}
  ~PyCoro() override {
    st_.vm.unpin(pin_);
    st_.vm.unpin(exc_pin_);
  }
  rt::StepResult send(rt::Value v) override { return resume(from_rt(v), Value::none()); }
  rt::StepResult throw_(rt::Value exc) override { return resume(Value::none(), from_rt(exc)); }
  void close() override {
    if (g_->state != lang::GenState::Suspended) {
      g_->state = lang::GenState::Closed;
      return;
    }
    Value gx = st_.vm.makeException(st_.vm.eGeneratorExit, {});
    st_.vm.resume(g_, Value::none(), gx);
  }
  std::string describe() const override { return describe_call(st_.vm, g_); }
  int line() const override { return await_chain_line(g_); }

 private:
  rt::StepResult step(lang::ResumeResult r) {
    VM& vm = st_.vm;
    switch (r.status) {
      case lang::ResumeStatus::Returned:
        return rt::StepResult::ret(to_rt(vm, r.value));
      case lang::ResumeStatus::Raised:
        return rt::StepResult::raise(to_rt(vm, r.value));
      case lang::ResumeStatus::Yielded:
        break;
    }
    if (r.value.isNone()) return rt::StepResult::yield();
    if (is_future(st_, r.value)) return rt::StepResult::block(future_of(r.value));
    std::string s;
    if (!vm.reprInto(s, r.value)) vm.takePending();
    // Task.__step: the bad value is thrown back into the coroutine on the next step.
    Value e = vm.makeException(vm.eRuntimeError, {vm.newStr("Task got bad yield: " + s)});
    return resume(Value::none(), e);
  }
  // The exception being handled (sys.exception(), what a bare `raise` re-raises) belongs to the
  // coroutine: a task suspended inside an `except` block gets it back when it resumes, and the
  // tasks that run meanwhile do not see it (CPython's gi_exc_state).
  rt::StepResult resume(Value sent, Value thrown) {
    VM& vm = st_.vm;
    Value outer = vm.handledExc;
    lang::Roots keep(vm, {outer});
    vm.handledExc = vm.pinned(exc_pin_);
    lang::ResumeResult r = vm.resume(g_, sent, thrown);
    vm.unpin(exc_pin_);
    exc_pin_ = vm.pin(r.status == lang::ResumeStatus::Yielded ? vm.handledExc : Value::none());
    vm.handledExc = outer;
    return step(r);
  }

  State& st_;
  lang::Generator* g_;
  uint32_t pin_, exc_pin_;

 public:
  lang::Generator* gen() const { return g_; }
};

// A runtime awaitable made into a task (create_task(asyncio.sleep(1))): the trace calls it by
// its name.
class NamedCoro final : public rt::CoroLike {
 public:
  NamedCoro(std::unique_ptr<rt::CoroLike> c, const char* name) : c_(std::move(c)), name_(name) {}
  rt::StepResult send(rt::Value v) override { return c_->send(std::move(v)); }
  rt::StepResult throw_(rt::Value e) override { return c_->throw_(std::move(e)); }
  void close() override { c_->close(); }
  std::string describe() const override { return std::string(name_) + "()"; }

 private:
  std::unique_ptr<rt::CoroLike> c_;
  const char* name_;
};

}  // namespace

Value coro_object(rt::CoroLike* c) {
  if (auto* p = dynamic_cast<PyCoro*>(c)) return Value::obj(p->gen());
  return Value::none();
}

std::unique_ptr<rt::CoroLike> coro_like(State& st, Value coro) {
  if (lang::isKind(coro, Kind::Generator)) {
    auto* g = static_cast<lang::Generator*>(coro.o);
    if (g->gkind == lang::GenKind::Coroutine || g->iterableCoroutine)
      return std::make_unique<PyCoro>(st, g);
  }
  if (coro.isObj() && st.vm.typeOf(coro) == st.tAwaitable) {
    auto* a = static_cast<RtAwaitable*>(coro.o);
    if (a->coro && !a->started) {
      a->started = a->finished = true;
      return std::make_unique<NamedCoro>(std::move(a->coro), a->name);
    }
  }
  st.vm.raise(
      st.vm.eTypeError, "a coroutine was expected, got " + [&] {
        std::string s;
        if (!st.vm.reprInto(s, coro)) st.vm.takePending();
        return s;
      }());
  return nullptr;
}

Value make_awaitable(State& st, std::unique_ptr<rt::CoroLike> c, const char* name) {
  return Value::obj(st.vm.heap.make<RtAwaitable>(st.tAwaitable, st, std::move(c), name));
}
Value make_awaitable(State& st, rt::Co<rt::Value> c, const char* name) {
  return make_awaitable(st, rt::make_coro(std::move(c)), name);
}

// ---- reprs -------------------------------------------------------------------------------------

std::string coro_repr(State& st, Value coro) {
  if (lang::isKind(coro, Kind::Generator)) {
    auto* g = static_cast<lang::Generator*>(coro.o);
    lang::Code* code = g->fn->code;
    std::string file = code->src ? code->src->filename : "?";
    std::string name = g->qualname->s() + "()";
    if (g->state == lang::GenState::Closed)
      return name + " done, defined at " + file + ":" + std::to_string(code->firstLine);
    int line = code->firstLine;
    if (g->state == lang::GenState::Running) {
      // Running now (it asked for its own repr, or a task it awaits did): CPython shows the
      // frame's current line, the call in progress.
      for (const lang::Frame& f : st.vm.frames_)
        if (f.gen == g && f.pc > 0 && f.pc - 1 < code->pos.size()) line = code->pos[f.pc - 1].line;
    } else if (g->state != lang::GenState::Created && g->pc < code->pos.size()) {
      line = code->pos[g->pc].line;
    }
    return name + " running at " + file + ":" + std::to_string(line);
  }
  if (coro.isObj() && st.vm.typeOf(coro) == st.tAwaitable) {
    auto* a = static_cast<RtAwaitable*>(coro.o);
    return std::string(a->name) + "()";
  }
  std::string s;
  if (!st.vm.reprInto(s, coro)) st.vm.takePending();
  return s;
}

std::string callback_repr(VM& vm, Value fn, Value args) {
  Value f = fn;
  if (lang::isKind(f, Kind::BoundMethod)) f = static_cast<lang::BoundMethod*>(f.o)->func;
  std::string out;
  if (lang::isKind(f, Kind::Function)) {
    out = static_cast<lang::Function*>(f.o)->qualname->s();
  } else {
    Value q = vm.getAttrOpt(fn, vm.intern("__qualname__"));
    if (q.isErr()) vm.takePending();
    if (!q.isErr() && !q.isUndef() && !vm.strInto(out, q)) vm.takePending();
    if (out.empty() && !vm.reprInto(out, fn)) vm.takePending();
  }
  out += "(";
  if (lang::isKind(args, Kind::Tuple)) {
    bool first = true;
    for (Value a : lang::asTuple(args)->items) {
      if (!first) out += ", ";
      first = false;
      std::string r;
      if (!vm.reprInto(r, a)) vm.takePending();
      out += r;
    }
  }
  out += ")";
  if (lang::isKind(f, Kind::Function)) {
    lang::Code* code = static_cast<lang::Function*>(f.o)->code;
    if (code->src) out += " at " + code->src->filename + ":" + std::to_string(code->firstLine);
  }
  return out;
}

std::string future_repr(State& st, rt::Future* f, Value coro) {
  VM& vm = st.vm;
  std::string out = f->is_task()                                       ? "<Task "
                    : dynamic_cast<rt::GatheringFuture*>(f) != nullptr ? "<_GatheringFuture "
                                                                       : "<Future ";
  auto* t = f->is_task() ? static_cast<rt::Task*>(f) : nullptr;
  switch (f->state()) {
    case rt::Future::State::Pending:
      out += t && t->cancelling() ? "cancelling" : "pending";
      break;
    case rt::Future::State::Cancelled:
      out += "cancelled";
      break;
    case rt::Future::State::Finished:
      out += "finished";
      break;
  }
  if (t) {
    std::string name;
    if (!vm.reprInto(name, vm.newStr(t->name()))) vm.takePending();
    out += " name=" + name + " coro=<" + coro_repr(st, coro) + ">";
  }
  if (f->state() == rt::Future::State::Finished) {
    std::string s;
    if (f->peek_exception()) {
      if (!vm.reprInto(s, from_rt(f->peek_exception()))) vm.takePending();
      out += " exception=" + s;
    } else {
      if (!vm.reprInto(s, from_rt(f->peek_result()))) vm.takePending();
      out += " result=" + s;
    }
  }
  if (t && t->fut_waiter() && !t->done()) {
    rt::Future* w = t->fut_waiter();
    FutureObj* wo = bound_future(w);
    Value wc = wo ? wo->coro : Value::none();
    out += " wait_for=" + future_repr(st, w, wc);
  }
  if (!f->done()) {
    // Future._format_callbacks: one, two, or "first, <N more>, last".
    // In registration order: the runtime's own callbacks by their labels, the program's by
    // their reprs.
    std::vector<std::string> cbs;
    FutureObj* fo = bound_future(f);
    for (auto& [id, label] : f->callbacks()) {
      if (label) {
        cbs.push_back(label);
      } else if (fo) {
        for (auto& r : fo->callbacks)
          if (r.id == id) cbs.push_back(callback_repr(vm, from_rt(r.fn), Value::undef()));
      }
    }
    if (cbs.size() == 1) out += " cb=[" + cbs[0] + "]";
    if (cbs.size() == 2) out += " cb=[" + cbs[0] + ", " + cbs[1] + "]";
    if (cbs.size() > 2)
      out +=
          " cb=[" + cbs[0] + ", <" + std::to_string(cbs.size() - 2) + " more>, " + cbs.back() + "]";
  }
  return out + ">";
}

// ---- Python methods ----------------------------------------------------------------------------

namespace {

State& S(VM& vm) { return state_of(vm); }

FutureObj* self_future(VM& vm, Args& a, const char* what) {
  if (a.n < 1 || !is_future(S(vm), a[0])) {
    vm.raise(vm.eTypeError, std::string("descriptor '") + what + "' requires a Future");
    return nullptr;
  }
  return static_cast<FutureObj*>(a[0].o);
}
#define SELF(name)                            \
  FutureObj* self = self_future(vm, a, name); \
  if (!self) return Value::err();             \
  rt::Future* f = self->fut.get()

Value futResult(VM& vm, Args& a) {
  SELF("result");
  return result_to_py(vm, f->result());
}
Value futException(VM& vm, Args& a) {
  SELF("exception");
  return result_to_py(vm, f->exception());
}
Value futDone(VM& vm, Args& a) {
  SELF("done");
  return Value::boolean(f->done());
}
Value futCancelled(VM& vm, Args& a) {
  SELF("cancelled");
  return Value::boolean(f->cancelled());
}
Value futCancel(VM& vm, Args& a) {
  SELF("cancel");
  Value msg = a.n > 1 ? a[1] : lang::kwArg(a, "msg");
  return Value::boolean(f->cancel(to_rt(vm, msg)));
}
Value futSetResult(VM& vm, Args& a) {
  SELF("set_result");
  NARGS("set_result", 2, 2);
  if (f->is_task()) return vm.raise(vm.eRuntimeError, "Task does not support set_result operation");
  if (f->done()) return vm.raise(S(vm).lang.invalid_state, "invalid state");
  rt::Value e = f->set_result(to_rt(vm, a[1]));
  if (e) return vm.raiseValue(from_rt(e));
  return Value::none();
}
Value futSetException(VM& vm, Args& a) {
  SELF("set_exception");
  NARGS("set_exception", 2, 2);
  if (f->is_task())
    return vm.raise(vm.eRuntimeError, "Task does not support set_exception operation");
  // _asyncio.Future.set_exception's order of checks: the state first, then the exception.
  if (f->done()) return vm.raise(S(vm).lang.invalid_state, "invalid state");
  Value exc = a[1];
  if (lang::isKind(exc, Kind::Type)) {
    exc = vm.call0(exc);
    if (exc.isErr()) return exc;
  }
  if (!lang::isKind(exc, Kind::Exception))
    return vm.raise(vm.eTypeError, "invalid exception object");
  if (vm.typeOf(exc) == vm.eStopIteration)
    return vm.raise(vm.eTypeError,
                    "StopIteration interacts badly with generators and cannot be raised into a "
                    "Future");
  rt::Value e = f->set_exception(to_rt(vm, exc));
  if (e) return vm.raiseValue(from_rt(e));
  return Value::none();
}

Value futAddDoneCallback(VM& vm, Args& a) {
  SELF("add_done_callback");
  NARGS("add_done_callback", 2, 2);
  State* st = &S(vm);
  rt::Value fn = to_rt(vm, a[1]);
  Value ctx = lang::kwArg(a, "context");
  rt::Value rctx = ctx.isUndef() ? rt::Value{} : to_rt(vm, ctx);
  rt::Label label =
      f->loop().tracing() ? st->lang.labels.intern(callable_name(vm, a[1])) : rt::Label(0);
  rt::CallbackId id = f->add_done_callback(
      [st, fn](rt::Future* done) -> rt::Value {
        Value fo = wrap_future(*st, rt::Ref<rt::Future>(done));
        lang::Roots r(st->vm, {fo});
        Value res = st->vm.call1(from_rt(fn), fo);
        if (res.isErr()) return to_rt(st->vm, st->vm.takePending());
        return {};
      },
      rctx, nullptr, 0, label);
  self->callbacks.push_back({fn, id});
  return Value::none();
}
Value futRemoveDoneCallback(VM& vm, Args& a) {
  SELF("remove_done_callback");
  NARGS("remove_done_callback", 2, 2);
  auto& recs = self->callbacks;
  int64_t n = 0;
  for (size_t i = 0; i < recs.size();) {
    int eq = vm.equals(from_rt(recs[i].fn), a[1]);
    if (eq < 0) return Value::err();
    if (eq) {
      n += int64_t(f->remove_done_callback(recs[i].id));
      recs.erase(recs.begin() + long(i));
    } else {
      i++;
    }
  }
  return Value::integer(n);
}
Value futGetLoop(VM& vm, Args& a) {
  SELF("get_loop");
  return S(vm).pyloop_of(&f->loop());
}
Value futRepr(VM& vm, Args& a) {
  SELF("__repr__");
  return vm.newStr(future_repr(S(vm), f, self->coro));
}

// `await future`: yields the future itself once, then returns its result (Future.__await__).
struct FutureIter final : lang::Obj {
  Value fut;
  bool yielded = false;
  explicit FutureIter(Value f) : Obj(Kind::Misc), fut(f) {}
  void trace(lang::Heap& h) override { h.mark(fut); }
};
lang::Type* tFutureIter;

Value futAwait(VM& vm, Args& a) {
  SELF("__await__");
  (void)f;
  return Value::obj(vm.heap.make<FutureIter>(tFutureIter, a[0]));
}
Value fiSend(VM& vm, Args& a) {
  auto* it = static_cast<FutureIter*>(a[0].o);
  rt::Future* f = static_cast<FutureObj*>(it->fut.o)->fut.get();
  if (!f) return vm.raise(vm.eRuntimeError, "event loop is closed");
  if (!f->done()) {
    if (!it->yielded) {
      it->yielded = true;
      return it->fut;
    }
    return vm.raise(vm.eRuntimeError, "await wasn't used with future");
  }
  rt::Result r = f->result();
  if (r.exc) return vm.raiseValue(from_rt(r.exc));
  Value v = from_rt(r.value);
  vm.pending = v.isNone() ? vm.makeException(vm.eStopIteration, {})
                          : vm.makeException(vm.eStopIteration, {v});
  return Value::err();
}
Value fiThrow(VM& vm, Args& a) {
  NARGS("throw", 2, 4);
  Value exc = a[1];
  if (lang::isKind(exc, Kind::Type)) {
    exc = a.n > 2 && !a[2].isNone() ? a[2] : vm.call0(exc);
    if (exc.isErr()) return exc;
  }
  return vm.raiseValue(exc);
}
Value fiClose(VM&, Args&) { return Value::none(); }
Value selfIter(VM&, Args& a) { return a[0]; }

// Task methods.
rt::Task* task_of(VM& vm, Args& a, const char* what) {
  FutureObj* self = self_future(vm, a, what);
  if (!self) return nullptr;
  if (!self->fut->is_task()) {
    vm.raise(vm.eTypeError, std::string("descriptor '") + what + "' requires a Task");
    return nullptr;
  }
  return static_cast<rt::Task*>(self->fut.get());
}
#define TASK(name)                    \
  rt::Task* t = task_of(vm, a, name); \
  if (!t) return Value::err()

Value taskGetName(VM& vm, Args& a) {
  TASK("get_name");
  return vm.newStr(t->name());
}
Value taskSetName(VM& vm, Args& a) {
  TASK("set_name");
  NARGS("set_name", 2, 2);
  std::string s;
  if (!vm.strInto(s, a[1])) return Value::err();
  t->set_name(s);
  return Value::none();
}
Value taskGetCoro(VM& vm, Args& a) {
  TASK("get_coro");
  (void)t;
  return static_cast<FutureObj*>(a[0].o)->coro;
}
Value taskCancelling(VM& vm, Args& a) {
  TASK("cancelling");
  return Value::integer(t->cancelling());
}
Value taskUncancel(VM& vm, Args& a) {
  TASK("uncancel");
  return Value::integer(t->uncancel());
}
Value taskGetStack(VM& vm, Args& a) {
  TASK("get_stack");
  (void)t;
  return vm.newList({});
}

// Attributes (`fut.x = 1`, `task._name`): futures and tasks keep a small dict.
Value futGetAttr(VM& vm, Args& a) {
  FutureObj* self = self_future(vm, a, "__getattr__");
  if (!self) return Value::err();
  NARGS("__getattr__", 2, 2);
  if (self->dict) {
    Value v = lang::dictGetStr(self->dict, lang::asStr(a[1]));
    if (!v.isUndef()) return v;
  }
  return vm.raise(vm.eAttributeError, "'" + vm.typeName(a[0]) + "' object has no attribute '" +
                                          lang::asStr(a[1])->s() + "'");
}
Value futSetAttr(VM& vm, Args& a) {
  FutureObj* self = self_future(vm, a, "__setattr__");
  if (!self) return Value::err();
  NARGS("__setattr__", 3, 3);
  if (!self->dict) self->dict = vm.newDict();
  lang::dictSetStr(vm, self->dict, lang::asStr(a[1]), a[2]);
  return Value::none();
}

// Runtime awaitables.
RtAwaitable* aw(Args& a) { return static_cast<RtAwaitable*>(a[0].o); }

Value step_to_py(VM& vm, RtAwaitable* w, rt::StepResult r) {
  State& st = S(vm);
  switch (r.kind) {
    case rt::StepResult::Kind::Yield:
      return Value::none();
    case rt::StepResult::Kind::Block:
      return wrap_future(st, r.future);
    case rt::StepResult::Kind::Sleep:
      return vm.raise(vm.eRuntimeError, "a worker step reached the event loop");
    case rt::StepResult::Kind::Return: {
      w->finish();
      Value v = from_rt(r.value);
      vm.pending = v.isNone() ? vm.makeException(vm.eStopIteration, {})
                              : vm.makeException(vm.eStopIteration, {v});
      return Value::err();
    }
    case rt::StepResult::Kind::Raise:
      w->finish();
      return vm.raiseValue(from_rt(r.value));
  }
  return Value::none();
}
}  // namespace

Value RtAwaitable::next(VM& vm) {
  if (finished || !coro)
    return vm.raise(vm.eRuntimeError, "cannot reuse already awaited coroutine");
  started = true;
  rt::StepResult r = coro->send({});
  if (r.kind != rt::StepResult::Kind::Return) return step_to_py(vm, this, std::move(r));
  finish();
  vm.lastStopValue = from_rt(r.value);
  return Value::undef();
}

namespace {

Value awSend(VM& vm, Args& a) {
  RtAwaitable* w = aw(a);
  if (w->finished || !w->coro)
    return vm.raise(vm.eRuntimeError, "cannot reuse already awaited coroutine");
  w->started = true;
  Value v = a.n > 1 ? a[1] : Value::none();
  return step_to_py(vm, w, w->coro->send(to_rt(vm, v)));
}
Value awThrow(VM& vm, Args& a) {
  NARGS("throw", 2, 4);
  RtAwaitable* w = aw(a);
  Value exc = a[1];
  if (lang::isKind(exc, Kind::Type)) {
    exc = a.n > 2 && !a[2].isNone() ? a[2] : vm.call0(exc);
    if (exc.isErr()) return exc;
  }
  if (w->finished || !w->coro) return vm.raiseValue(exc);
  if (!w->started) {
    w->finished = true;
    return vm.raiseValue(exc);
  }
  return step_to_py(vm, w, w->coro->throw_(to_rt(vm, exc)));
}
Value awClose(VM&, Args& a) {
  RtAwaitable* w = aw(a);
  if (w->coro && w->started && !w->finished) w->coro->close();
  w->finish();
  return Value::none();
}
Value awRepr(VM& vm, Args& a) {
  return vm.newStr(std::string("<coroutine object ") + aw(a)->name + " at " +
                   lang::addressOf(a[0].o) + ">");
}

Value handleCancel(VM& vm, Args& a) {
  auto* h = static_cast<RtHandle*>(a[0].o);
  if (h->obj) static_cast<rt::Handle*>(h->obj.get())->cancel();
  (void)vm;
  return Value::none();
}
Value handleCancelled(VM&, Args& a) {
  auto* h = static_cast<RtHandle*>(a[0].o);
  return Value::boolean(h->obj && static_cast<rt::Handle*>(h->obj.get())->cancelled());
}
Value handleRepr(VM& vm, Args& a) {
  auto* h = static_cast<RtHandle*>(a[0].o);
  auto* rh = static_cast<rt::Handle*>(h->obj.get());
  std::string out = h->timer ? "<TimerHandle" : "<Handle";
  if (rh && rh->cancelled()) out += " cancelled";
  if (h->timer && rh) {
    std::string w;
    if (!vm.reprInto(w, Value::flt(rh->when()))) vm.takePending();
    out += " when=" + w;
  }
  if (!(rh && rh->cancelled()) && !h->fn.isNone()) out += " " + callback_repr(vm, h->fn, h->args);
  return vm.newStr(out + ">");
}
Value handleWhen(VM&, Args& a) {
  auto* h = static_cast<RtHandle*>(a[0].o);
  return Value::flt(h->obj ? static_cast<rt::Handle*>(h->obj.get())->when() : 0.0);
}

Value futureNew(VM& vm, Args& a) {
  State& st = S(vm);
  Value loop = lang::kwArg(a, "loop");
  rt::EventLoop* l = nullptr;
  if (!loop.isUndef() && !loop.isNone()) l = st.loop_of(loop);
  if (!l) l = rt::get_running_loop();
  if (!l) l = st.current_loop;
  if (!l)
    return vm.raise(vm.eRuntimeError, "There is no current event loop in thread 'MainThread'.");
  return wrap_future(st, l->create_future());
}

}  // namespace

void init_bridge_types(State& st) {
  VM& vm = st.vm;
  st.tFuture = vm.makeType("Future", vm.tObject, Kind::Misc);
  st.tTask = vm.makeType("Task", st.tFuture, Kind::Misc);
  st.tFuture->construct = futureNew;
  for (lang::Type* t : {st.tFuture, st.tTask}) {
    t->module = Value::obj(vm.intern(t == st.tTask ? "_asyncio" : "_asyncio"));
  }
  vm.addMethod(st.tFuture, "result", futResult);
  vm.addMethod(st.tFuture, "exception", futException);
  vm.addMethod(st.tFuture, "done", futDone);
  vm.addMethod(st.tFuture, "cancelled", futCancelled);
  vm.addMethod(st.tFuture, "cancel", futCancel);
  vm.addMethod(st.tFuture, "set_result", futSetResult);
  vm.addMethod(st.tFuture, "set_exception", futSetException);
  vm.addMethod(st.tFuture, "add_done_callback", futAddDoneCallback);
  vm.addMethod(st.tFuture, "remove_done_callback", futRemoveDoneCallback);
  vm.addMethod(st.tFuture, "get_loop", futGetLoop);
  vm.addMethod(st.tFuture, "__repr__", futRepr);
  vm.addMethod(st.tFuture, "__await__", futAwait);
  vm.addMethod(st.tFuture, "__iter__", futAwait);
  vm.addMethod(st.tFuture, "__getattr__", futGetAttr);
  vm.addMethod(st.tFuture, "__setattr__", futSetAttr);
  vm.addMethod(st.tTask, "get_name", taskGetName);
  vm.addMethod(st.tTask, "set_name", taskSetName);
  vm.addMethod(st.tTask, "get_coro", taskGetCoro);
  vm.addMethod(st.tTask, "cancelling", taskCancelling);
  vm.addMethod(st.tTask, "uncancel", taskUncancel);
  vm.addMethod(st.tTask, "get_stack", taskGetStack);
  tFutureIter = vm.makeType("FutureIter", vm.tObject, Kind::Misc);
  vm.addMethod(tFutureIter, "__next__", fiSend);
  vm.addMethod(tFutureIter, "send", fiSend);
  vm.addMethod(tFutureIter, "throw", fiThrow);
  vm.addMethod(tFutureIter, "close", fiClose);
  vm.addMethod(tFutureIter, "__iter__", selfIter);
  st.tAwaitable = vm.makeType("coroutine", vm.tObject, Kind::Misc);
  vm.addMethod(st.tAwaitable, "send", awSend);
  vm.addMethod(st.tAwaitable, "__next__", awSend);
  vm.addMethod(st.tAwaitable, "throw", awThrow);
  vm.addMethod(st.tAwaitable, "close", awClose);
  vm.addMethod(st.tAwaitable, "__await__", selfIter);
  vm.addMethod(st.tAwaitable, "__iter__", selfIter);
  vm.addMethod(st.tAwaitable, "__repr__", awRepr);
  st.tHandle = vm.makeType("_rt_handle", vm.tObject, Kind::Misc);
  st.tTimerHandle = vm.makeType("TimerHandle", vm.tObject, Kind::Misc);
  vm.addMethod(st.tTimerHandle, "cancel", handleCancel);
  vm.addMethod(st.tTimerHandle, "cancelled", handleCancelled);
  vm.addMethod(st.tTimerHandle, "when", handleWhen);
  vm.addMethod(st.tTimerHandle, "__repr__", handleRepr);
}

}  // namespace coroscope::modules
