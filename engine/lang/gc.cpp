// Root marking for the collector.
#include "lang/vm.hpp"

namespace coroscope::lang {

void VM::markRoots() {
  for (Value* v = stackBase; v < sp; v++) heap.mark(*v);
  for (Frame& f : frames_) {
    heap.mark(f.code);
    heap.mark(f.fn);
    heap.mark(f.locals);
    heap.mark(f.globals);
    heap.mark(f.gen);
    heap.mark(f.initSelf);
  }
  for (Obj* o : permanent_) heap.mark(o);
  for (auto& [k, s] : interned_) heap.mark(s);
  heap.markAll(pins_);
  heap.markAll(tempRoots);
  heap.markAll(toClose);
  heap.mark(pending);
  heap.mark(handledExc);
  heap.mark(asyncgenFirstiter);
  heap.mark(asyncgenFinalizer);
  heap.mark(lastStopValue);
  heap.mark(builtins);
  heap.mark(modules);
  heap.mark(mainModule);
}

void VM::collectGarbage() {
  markRoots();
  heap.finishMarking();
  // Unreachable generators suspended inside try/with survive this collection, to be closed
  // right after it (Python code never runs inside a collection).
  bool revived = false;
  size_t kept = 0;
  for (Generator* g : suspendedInTry) {
    if (g->state != GenState::Suspended || g->handlers.empty()) {
      g->closeOnCollect = false;
    } else if (!g->marked) {
      g->closeOnCollect = false;
      toClose.push_back(Value::obj(g));
      heap.mark(g);
      revived = true;
    } else {
      suspendedInTry[kept++] = g;
    }
  }
  suspendedInTry.resize(kept);
  if (revived) heap.finishMarking();
  // Coroutines about to be freed without ever having run get their warning now (CPython warns
  // when the last reference goes). Only text is written here: no Python code runs in a collection.
  size_t keep = 0;
  for (Generator* g : unstartedCoroutines) {
    if (g->state != GenState::Created) continue;
    if (!g->marked) {
      warnUnawaited(g);
      continue;
    }
    unstartedCoroutines[keep++] = g;
  }
  unstartedCoroutines.resize(keep);
  heap.finishAndSweep();
}

}  // namespace coroscope::lang
