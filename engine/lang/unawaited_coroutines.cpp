// CPython's "coroutine '...' was never awaited" RuntimeWarning. CPython issues it from the
// coroutine's finalizer, at the line running when the last reference disappears, which for the
// usual bug (`work()` without await) is the line that created it. A tracing collector frees
// objects later, so the warning names the line that created the coroutine and is printed when a
// collection frees it, or when __main__ ends for those still unstarted (see docs/LANGUAGE.md).
#include "lang/vm.hpp"

namespace coroscope::lang {

void VM::warnUnawaited(Generator* g) {
  std::string name = g->qualname ? g->qualname->s() : "?";
  std::string msg = "RuntimeWarning: coroutine '" + name + "' was never awaited\n";
  std::string where, line;
  if (Code* c = g->createdIn) {
    int lineno = g->createdPc < c->pos.size() ? c->pos[g->createdPc].line : 0;
    where = (c->src ? c->src->filename : std::string("?")) + ":" + std::to_string(lineno) + ": ";
    if (c->src && lineno >= 1 && size_t(lineno) <= c->src->lines.size()) {
      const std::string& l = c->src->lines[size_t(lineno - 1)];
      size_t b = l.find_first_not_of(" \t\f");
      size_t e = l.find_last_not_of(" \t\f\r\n");
      if (b != std::string::npos) line = "  " + l.substr(b, e - b + 1) + "\n";
    }
  }
  // The default warning filter shows each message once per location.
  if (!unawaitedWarned.insert(where + msg).second) return;
  if (writeErr)
    writeErr(where + msg + line +
             "RuntimeWarning: Enable tracemalloc to get the object allocation traceback\n");
}

// At exit, the coroutines nobody can reach any more warn as a collection would have warned them;
// the ones still referenced are finalized by CPython's shutdown, which reports them without a
// frame, as "sys:1", once per message.
void VM::warnUnawaitedAtExit() {
  std::vector<Generator*> left;
  left.swap(unstartedCoroutines);
  std::erase_if(left, [](Generator* g) { return g->state != GenState::Created; });
  if (left.empty()) return;
  markRoots();  // a marking pass only: nothing is freed here
  heap.finishMarking();
  std::vector<Generator*> reachable;
  for (Generator* g : left) {
    if (g->marked)
      reachable.push_back(g);
    else
      warnUnawaited(g);
  }
  heap.unmarkAll();
  for (Generator* g : reachable) {
    std::string msg =
        "sys:1: RuntimeWarning: coroutine '" + g->qualname->s() + "' was never awaited\n";
    if (unawaitedWarned.insert(msg).second && writeErr) writeErr(msg);
  }
}

}  // namespace coroscope::lang
