// Generator, coroutine and async-generator objects: send/throw/close, await, async iteration.
#include "lang/containers.hpp"
#include "lang/native_util.hpp"

namespace coroscope::lang {

namespace {

Generator* G(const Args& a) { return static_cast<Generator*>(a[0].o); }

// throw(type[, value]) / throw(instance) -> an exception instance.
Value normalizeThrow(VM& vm, const Args& a, int first) {
  if (a.n <= first) return vm.raise(vm.eTypeError, "throw expected at least 1 argument, got 0");
  Value t = a[first];
  if (isKind(t, Kind::Type) && asType(t)->isSubtype(vm.eBaseException)) {
    if (a.n > first + 1 && !a[first + 1].isNone()) {
      Value v = a[first + 1];
      if (isKind(v, Kind::Exception)) return v;
      return vm.call1(t, v);
    }
    return vm.call0(t);
  }
  if (isKind(t, Kind::Exception)) return t;
  return vm.raise(
      vm.eTypeError,
      "exceptions must be classes or instances deriving from BaseException, not " + vm.typeName(t));
}

Value resultToValue(VM& vm, ResumeResult r) {
  if (r.status == ResumeStatus::Yielded) return r.value;
  if (r.status == ResumeStatus::Raised) return vm.raiseValue(r.value);
  vm.pending = r.value.isNone() ? vm.makeException(vm.eStopIteration, {})
                                : vm.makeException(vm.eStopIteration, {r.value});
  return Value::err();
}

Value genSendM(VM& vm, Args& a) {
  NARGS("send", 2, 2);
  return vm.genSend(G(a), a[1]);
}
Value genNextM(VM& vm, Args& a) { return vm.genSend(G(a), Value::none()); }
Value genIterM(VM&, Args& a) { return a[0]; }
Value genThrowM(VM& vm, Args& a) {
  Value exc = normalizeThrow(vm, a, 1);
  if (exc.isErr()) return exc;
  Roots r(vm, {exc});
  return resultToValue(vm, vm.resume(G(a), Value::none(), exc));
}

Value closeGenerator(VM& vm, Generator* g) {
  if (g->state == GenState::Created || g->state == GenState::Closed) {
    g->state = GenState::Closed;
    g->saved.clear();
    return Value::none();
  }
  Value gx = vm.makeException(vm.eGeneratorExit, {});
  Roots r(vm, {gx});
  ResumeResult rr = vm.resume(g, Value::none(), gx);
  if (rr.status == ResumeStatus::Yielded) {
    const char* what = g->gkind == GenKind::Coroutine        ? "coroutine"
                       : g->gkind == GenKind::AsyncGenerator ? "async generator"
                                                             : "generator";
    return vm.raise(vm.eRuntimeError, std::string(what) + " ignored GeneratorExit");
  }
  if (rr.status == ResumeStatus::Raised) {
    if (vm.isInstance(rr.value, vm.eGeneratorExit) || vm.isInstance(rr.value, vm.eStopIteration))
      return Value::none();
    return vm.raiseValue(rr.value);
  }
  return Value::none();
}
Value genCloseM(VM& vm, Args& a) { return closeGenerator(vm, G(a)); }

// coroutine.__await__() returns this iterator over the coroutine.
struct CoroWrapper : Obj {
  Generator* g;
  explicit CoroWrapper(Generator* gen) : Obj(Kind::Misc), g(gen) {}
  void trace(Heap& h) override { h.mark(g); }
};
Type* tCoroWrapper;
Type* tASend;

Value coroAwait(VM& vm, Args& a) {
  return Value::obj(vm.heap.make<CoroWrapper>(tCoroWrapper, G(a)));
}
Generator* W(const Args& a) { return static_cast<CoroWrapper*>(a[0].o)->g; }
Value cwNext(VM& vm, Args& a) { return vm.genSend(W(a), Value::none()); }
Value cwSend(VM& vm, Args& a) {
  NARGS("send", 2, 2);
  return vm.genSend(W(a), a[1]);
}
Value cwThrow(VM& vm, Args& a) {
  Value exc = normalizeThrow(vm, a, 1);
  if (exc.isErr()) return exc;
  return resultToValue(vm, vm.resume(W(a), Value::none(), exc));
}
Value cwClose(VM& vm, Args& a) { return closeGenerator(vm, W(a)); }

// The awaitable returned by asend()/athrow()/aclose()/__anext__().
struct ASend : Obj {
  Generator* g;
  Value sendValue;
  Value thrown;
  int mode;       // 0 asend, 1 athrow, 2 aclose
  int state = 0;  // 0 init, 1 iterating, 2 done
  ASend(Generator* gen, Value v, Value t, int m)
      : Obj(Kind::Misc), g(gen), sendValue(v), thrown(t), mode(m) {}
  void trace(Heap& h) override {
    h.mark(g);
    h.mark(sendValue);
    h.mark(thrown);
  }
};

Value asendStep(VM& vm, ASend* s, Value sent, Value thrown) {
  if (s->state == 2) {
    return vm.raise(vm.eRuntimeError, s->mode == 0
                                          ? "cannot reuse already awaited __anext__()/asend()"
                                      : s->mode == 1 ? "cannot reuse already awaited athrow()"
                                                     : "cannot reuse already awaited aclose()");
  }
  Generator* g = s->g;
  Value send = sent, thr = thrown;
  if (s->state == 0) {
    s->state = 1;
    if (s->mode == 0) {
      send = thr.isNone() ? s->sendValue : Value::none();
    } else {
      if (g->state == GenState::Closed || (s->mode == 2 && g->state == GenState::Created)) {
        s->state = 2;
        g->state = GenState::Closed;
        if (s->mode == 2) {
          vm.pending = vm.makeException(vm.eStopIteration, {});
          return Value::err();
        }
        return vm.raiseValue(s->thrown);
      }
      thr = s->thrown;
      send = Value::none();
    }
  }
  Roots r(vm, {send, thr});
  if (g->state == GenState::Closed && thr.isNone()) {
    s->state = 2;
    return vm.raise(vm.eStopAsyncIteration, "");
  }
  ResumeResult rr = vm.resume(g, send, thr);
  bool valueYield = rr.status == ResumeStatus::Yielded && vm.lastYieldAsync_;
  if (rr.status == ResumeStatus::Yielded && !valueYield)
    return rr.value;  // pass through to the loop
  s->state = 2;
  if (valueYield) {
    if (s->mode == 2) return vm.raise(vm.eRuntimeError, "async generator ignored GeneratorExit");
    vm.pending = vm.makeException(vm.eStopIteration, {rr.value});
    return Value::err();
  }
  if (rr.status == ResumeStatus::Returned) {
    if (s->mode == 2) {
      vm.pending = vm.makeException(vm.eStopIteration, {});
      return Value::err();
    }
    Value e = vm.makeException(vm.eStopAsyncIteration, {});
    vm.pending = e;
    return Value::err();
  }
  if (s->mode == 2 && (vm.isInstance(rr.value, vm.eGeneratorExit) ||
                       vm.isInstance(rr.value, vm.eStopAsyncIteration))) {
    vm.pending = vm.makeException(vm.eStopIteration, {});
    return Value::err();
  }
  return vm.raiseValue(rr.value);
}
ASend* AS(const Args& a) { return static_cast<ASend*>(a[0].o); }
Value asNext(VM& vm, Args& a) { return asendStep(vm, AS(a), Value::none(), Value::none()); }
Value asSend(VM& vm, Args& a) {
  NARGS("send", 2, 2);
  return asendStep(vm, AS(a), a[1], Value::none());
}
Value asThrow(VM& vm, Args& a) {
  Value exc = normalizeThrow(vm, a, 1);
  if (exc.isErr()) return exc;
  Roots r(vm, {exc});
  return asendStep(vm, AS(a), Value::none(), exc);
}
Value asClose(VM& vm, Args& a) {
  AS(a)->state = 2;
  return Value::none();
}
Value asIter(VM&, Args& a) { return a[0]; }

// anext(it, default): wraps the awaitable of it.__anext__() and turns its StopAsyncIteration
// into a return of `default` (CPython's anext_awaitable).
struct AnextAwaitable : Obj {
  Value inner;  // the await-iterator of it.__anext__()
  Value dflt;
  AnextAwaitable(Value i, Value d) : Obj(Kind::Misc), inner(i), dflt(d) {}
  void trace(Heap& h) override {
    h.mark(inner);
    h.mark(dflt);
  }
};
Type* tAnextAwaitable;

// One step of any await-iterator: the value it yields, or Err (StopIteration when it returns).
Value stepAwaitIter(VM& vm, Value it, Value sent, Value thrown) {
  if (isKind(it, Kind::Generator))
    return resultToValue(vm, vm.resume(static_cast<Generator*>(it.o), sent, thrown));
  if (isKind(it, Kind::Misc) && it.o->cls == tASend)
    return asendStep(vm, static_cast<ASend*>(it.o), sent, thrown);
  if (!thrown.isNone()) return vm.callMethod(it, vm.intern("throw"), &thrown, 1);
  if (!sent.isNone()) return vm.callMethod(it, vm.intern("send"), &sent, 1);
  Value v = vm.next(it);
  if (!v.isUndef()) return v;
  Value stop = vm.lastStopValue.isUndef() ? Value::none() : vm.lastStopValue;
  vm.lastStopValue = Value::undef();
  vm.pending = vm.makeException(vm.eStopIteration, {stop});
  return Value::err();
}

Value anextStep(VM& vm, Value self, Value sent, Value thrown) {
  auto* w = static_cast<AnextAwaitable*>(self.o);
  Value r = stepAwaitIter(vm, w->inner, sent, thrown);
  if (r.isErr() && vm.pendingIs(vm.eStopAsyncIteration)) {
    vm.takePending();
    vm.pending = vm.makeException(vm.eStopIteration, {w->dflt});
  }
  return r;
}
Value anNext(VM& vm, Args& a) { return anextStep(vm, a[0], Value::none(), Value::none()); }
Value anSend(VM& vm, Args& a) {
  NARGS("send", 2, 2);
  return anextStep(vm, a[0], a[1], Value::none());
}
Value anThrow(VM& vm, Args& a) {
  Value exc = normalizeThrow(vm, a, 1);
  if (exc.isErr()) return exc;
  Roots r(vm, {exc});
  return anextStep(vm, a[0], Value::none(), exc);
}
Value anClose(VM& vm, Args& a) {
  Value inner = static_cast<AnextAwaitable*>(a[0].o)->inner;
  Value m = vm.getAttrOpt(inner, vm.intern("close"));
  if (m.isErr() || m.isUndef()) return m.isErr() ? m : Value::none();
  return vm.call0(m);
}

// As CPython's async_gen_init_hooks: the first asend/__anext__/athrow/aclose of an async
// generator calls sys.set_asyncgen_hooks' firstiter with it (asyncio's loop tracks it so).
bool initAsyncgenHooks(VM& vm, Generator* g) {
  if (g->hooksInited) return true;
  g->hooksInited = true;
  if (vm.asyncgenFirstiter.isNone()) return true;
  Value hook = vm.asyncgenFirstiter;
  Roots r(vm, {hook});
  return !vm.call1(hook, Value::obj(g)).isErr();
}

Value agAsend(VM& vm, Args& a) {
  NARGS("asend", 2, 2);
  if (!initAsyncgenHooks(vm, G(a))) return Value::err();
  return Value::obj(vm.heap.make<ASend>(tASend, G(a), a[1], Value::none(), 0));
}
Value agAnext(VM& vm, Args& a) {
  if (!initAsyncgenHooks(vm, G(a))) return Value::err();
  return Value::obj(vm.heap.make<ASend>(tASend, G(a), Value::none(), Value::none(), 0));
}
Value agAthrow(VM& vm, Args& a) {
  if (!initAsyncgenHooks(vm, G(a))) return Value::err();
  Value exc = normalizeThrow(vm, a, 1);
  if (exc.isErr()) return exc;
  return Value::obj(vm.heap.make<ASend>(tASend, G(a), Value::none(), exc, 1));
}
Value agAclose(VM& vm, Args& a) {
  if (!initAsyncgenHooks(vm, G(a))) return Value::err();
  Value gx = vm.makeException(vm.eGeneratorExit, {});
  return Value::obj(vm.heap.make<ASend>(tASend, G(a), Value::none(), gx, 2));
}
Value agAiter(VM&, Args& a) { return a[0]; }

}  // namespace

Value getAwaitable(VM& vm, Value v) {
  if (isKind(v, Kind::Generator)) {
    Generator* g = static_cast<Generator*>(v.o);
    if (g->gkind == GenKind::Coroutine || g->iterableCoroutine) {
      if (g->delegating && g->state == GenState::Suspended && g->gkind == GenKind::Coroutine &&
          false)
        return vm.raise(vm.eRuntimeError, "coroutine is being awaited already");
      return v;
    }
  }
  Type* t = vm.typeOf(v);
  Value m = vm.lookup(t, vm.dn.x_await);
  if (m.isUndef())
    return vm.raise(vm.eTypeError, "object " + t->name + " can't be used in 'await' expression");
  Value it = vm.call1(m, v);
  if (it.isErr()) return it;
  if (isKind(it, Kind::Generator) && static_cast<Generator*>(it.o)->gkind == GenKind::Coroutine)
    return vm.raise(vm.eTypeError, "__await__() returned a coroutine");
  if (!isKind(it, Kind::Iterator) && !isKind(it, Kind::Generator) &&
      vm.lookup(vm.typeOf(it), vm.dn.x_next).isUndef())
    return vm.raise(vm.eTypeError,
                    "__await__() returned non-iterator of type '" + vm.typeName(it) + "'");
  return it;
}

Value getYieldFromIter(VM& vm, Value v) {
  if (isKind(v, Kind::Generator)) {
    Generator* g = static_cast<Generator*>(v.o);
    if (g->gkind == GenKind::Coroutine) {
      Frame* f = vm.currentFrame();
      if (!(f && (f->code->isCoroutine || f->code->iterableCoroutine)))
        return vm.raise(vm.eTypeError,
                        "cannot 'yield from' a coroutine object in a non-coroutine generator");
      return v;
    }
    if (g->gkind == GenKind::Generator) return v;
  }
  return vm.getIter(v);
}

Value asyncIterOf(VM& vm, Value v) {
  if (isKind(v, Kind::Generator) && static_cast<Generator*>(v.o)->gkind == GenKind::AsyncGenerator)
    return v;
  Type* t = vm.typeOf(v);
  Value m = vm.lookup(t, vm.intern("__aiter__"));
  if (m.isUndef())
    return vm.raise(vm.eTypeError,
                    "'async for' requires an object with __aiter__ method, got " + t->name);
  Value it = vm.call1(m, v);
  if (it.isErr()) return it;
  if (vm.lookup(vm.typeOf(it), vm.intern("__anext__")).isUndef() &&
      !(isKind(it, Kind::Generator) &&
        static_cast<Generator*>(it.o)->gkind == GenKind::AsyncGenerator))
    return vm.raise(
        vm.eTypeError,
        "'async for' received an object from __aiter__ that does not implement __anext__: " +
            vm.typeName(it));
  return it;
}

Value asyncNext(VM& vm, Value aiter);
Value asyncNextOr(VM& vm, Value aiter, Value dflt) {
  Value it = asyncNext(vm, aiter);
  if (it.isErr()) return it;
  return Value::obj(vm.heap.make<AnextAwaitable>(tAnextAwaitable, it, dflt));
}

Value asyncNext(VM& vm, Value aiter) {
  if (isKind(aiter, Kind::Generator) &&
      static_cast<Generator*>(aiter.o)->gkind == GenKind::AsyncGenerator) {
    if (!initAsyncgenHooks(vm, static_cast<Generator*>(aiter.o))) return Value::err();
    return Value::obj(vm.heap.make<ASend>(tASend, static_cast<Generator*>(aiter.o), Value::none(),
                                          Value::none(), 0));
  }
  Type* t = vm.typeOf(aiter);
  Value m = vm.lookup(t, vm.intern("__anext__"));
  if (m.isUndef())
    return vm.raise(vm.eTypeError,
                    "'async for' requires an iterator with __anext__ method, got " + t->name);
  Value aw = vm.call1(m, aiter);
  if (aw.isErr()) return aw;
  Roots r(vm, {aw});
  Value it = getAwaitable(vm, aw);
  if (it.isErr() && vm.pendingIs(vm.eTypeError)) {
    vm.takePending();
    return vm.raise(vm.eTypeError,
                    "'async for' received an invalid object from __anext__: " + vm.typeName(aw));
  }
  return it;
}

void initGeneratorMethods(VM& vm) {
  for (Type* t : {vm.tGenerator, vm.tCoroutine}) {
    vm.addMethod(t, "send", genSendM);
    vm.addMethod(t, "throw", genThrowM);
    vm.addMethod(t, "close", genCloseM);
  }
  vm.addMethod(vm.tGenerator, "__next__", genNextM);
  vm.addMethod(vm.tGenerator, "__iter__", genIterM);
  vm.addMethod(vm.tCoroutine, "__await__", coroAwait);
  tCoroWrapper = vm.makeType("coroutine_wrapper", vm.tObject, Kind::Misc);
  vm.addMethod(tCoroWrapper, "__next__", cwNext);
  vm.addMethod(tCoroWrapper, "send", cwSend);
  vm.addMethod(tCoroWrapper, "throw", cwThrow);
  vm.addMethod(tCoroWrapper, "close", cwClose);
  vm.addMethod(tCoroWrapper, "__iter__", genIterM);
  tASend = vm.makeType("async_generator_asend", vm.tObject, Kind::Misc);
  vm.addMethod(tASend, "__next__", asNext);
  vm.addMethod(tASend, "send", asSend);
  vm.addMethod(tASend, "throw", asThrow);
  vm.addMethod(tASend, "close", asClose);
  vm.addMethod(tASend, "__iter__", asIter);
  vm.addMethod(tASend, "__await__", asIter);
  tAnextAwaitable = vm.makeType("anext_awaitable", vm.tObject, Kind::Misc);
  vm.addMethod(tAnextAwaitable, "__next__", anNext);
  vm.addMethod(tAnextAwaitable, "send", anSend);
  vm.addMethod(tAnextAwaitable, "throw", anThrow);
  vm.addMethod(tAnextAwaitable, "close", anClose);
  vm.addMethod(tAnextAwaitable, "__iter__", asIter);
  vm.addMethod(tAnextAwaitable, "__await__", asIter);
  vm.addMethod(vm.tAsyncGen, "asend", agAsend);
  vm.addMethod(vm.tAsyncGen, "__anext__", agAnext);
  vm.addMethod(vm.tAsyncGen, "athrow", agAthrow);
  vm.addMethod(vm.tAsyncGen, "aclose", agAclose);
  vm.addMethod(vm.tAsyncGen, "__aiter__", agAiter);
}

// CPython closes a suspended generator when its last reference goes; here the collector finds
// it unreachable and queues it, and this closes it at the instruction boundary after the
// collection. An exception from close() is reported as CPython reports it from a finalizer.
void VM::closeCollectedGenerators() {
  std::vector<Value> queue;
  queue.swap(toClose);
  size_t rooted = tempRoots.size();
  tempRoots.insert(tempRoots.end(), queue.begin(), queue.end());
  for (Value v : queue) {
    if (!closeGenerator(*this, static_cast<Generator*>(v.o)).isErr()) continue;
    Value exc = takePending();
    tempRoots.push_back(exc);
    Value r = repr(v);
    std::string shown = r.isErr() ? (takePending(), std::string("?")) : asStr(r)->s();
    if (writeErr) writeErr("Exception ignored in: " + shown + "\n");
    if (isKind(exc, Kind::Exception)) {  // the unraisable hook prints no chained exceptions
      auto* e = static_cast<Exception*>(exc.o);
      e->context = e->cause = Value::none();
    }
    printException(exc);
    tempRoots.pop_back();
  }
  tempRoots.resize(rooted);
}

}  // namespace coroscope::lang
