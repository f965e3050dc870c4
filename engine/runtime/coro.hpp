// The one coroutine protocol a Task drives: asyncio's coro.send / coro.throw / coro.close. Both
// the interpreter's coroutines and native C++20 coroutines (NativeCoro) implement it.
#pragma once

#include <string>

#include "runtime/object.hpp"

namespace coroscope::rt {

class Future;

struct StepResult {
  enum class Kind : std::uint8_t {
    Yield,   // bare `yield`: run again next iteration (asyncio.sleep(0))
    Block,   // yielded a pending Future: wake up when it is done
    Return,  // StopIteration(value)
    Raise,   // the coroutine raised `value`
    Sleep,   // a worker-thread body blocks in time.sleep(seconds), or computes that long (busy)
  };
  Kind kind = Kind::Return;
  Ref<Future> future;
  Value value;
  double seconds = 0;
  bool busy = false;  // Sleep: the thread computes (CPU time) rather than sleeps

  static StepResult yield() { return {Kind::Yield, {}, {}, 0}; }
  static StepResult block(Ref<Future> f) { return {Kind::Block, std::move(f), {}, 0}; }
  static StepResult ret(Value v) { return {Kind::Return, {}, std::move(v), 0}; }
  static StepResult raise(Value e) { return {Kind::Raise, {}, std::move(e), 0}; }
  static StepResult sleep(double s) { return {Kind::Sleep, {}, {}, s}; }
  static StepResult compute(double s) { return {Kind::Sleep, {}, {}, s, true}; }
};

class CoroLike {
 public:
  virtual ~CoroLike() = default;
  virtual StepResult send(Value v) = 0;
  virtual StepResult throw_(Value exc) = 0;
  // Unwinds a suspended coroutine (GeneratorExit): cleanup runs, nothing is reported.
  virtual void close() = 0;

  // For the trace and the deadlock report, answered by the language layer: the coroutine as a
  // call, `factorial('A', 2)` (empty if unknown), and the source line its innermost frame stands
  // at, following what it awaits (0 if unknown or not started).
  virtual std::string describe() const { return {}; }
  virtual int line() const { return 0; }
};

}  // namespace coroscope::rt
