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
  heap.mark(pending);
  heap.mark(handledExc);
  heap.mark(lastStopValue);
  heap.mark(builtins);
  heap.mark(modules);
  heap.mark(mainModule);
}

void VM::collectGarbage() {
  markRoots();
  heap.finishAndSweep();
}

}  // namespace coroscope::lang
