#include "lang/stack_guard.hpp"

#include <cstddef>
#include <cstdint>

#ifdef __EMSCRIPTEN__
#include <emscripten.h>
#include <emscripten/stack.h>
#else
#include <pthread.h>
#endif

namespace coroscope::lang {
namespace {

// What must stay free below a level that is let in: the deepest stretch between two guarded
// levels (a nested dispatch loop and the natives it calls), then raising and reporting the error.
// ASan's frames carry redzones and, at -O0, a slot for every local of the dispatch loop's cases.
#if defined(__SANITIZE_ADDRESS__)
constexpr uintptr_t kReserve = 2u << 20;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr uintptr_t kReserve = 2u << 20;
#else
constexpr uintptr_t kReserve = 256u << 10;
#endif
#else
constexpr uintptr_t kReserve = 256u << 10;
#endif

#ifdef __EMSCRIPTEN__

uintptr_t currentAddress() { return emscripten_stack_get_current(); }

// The lowest address of the linear-memory stack a level may start at.
uintptr_t computeLimit() { return emscripten_stack_get_end() + kReserve; }

// V8's stack pointer cannot be read, but a call whose arguments are spread from an array pushes
// them all on that stack, and throws RangeError instead when they would not fit: this call asks
// for 64 KB (8,192 arguments of 8 bytes), more than 8 levels take (the probes' spacing; the
// deepest level measured, a dunder method called back from C++, took V8 about 800 bytes). The
// array is made once per engine instance; a probe costs about 5 us.
EM_JS(int, coroscope_machine_stack_room, (), {
  var args = Module["stackProbeArgs"];
  if (!args) args = Module["stackProbeArgs"] = new Array(8192).fill(0);
  try {
    (function(){}).apply(null, args);
    return 1;
  } catch (e) {
    return 0;
  }
});

#else

uintptr_t currentAddress() { return uintptr_t(__builtin_frame_address(0)); }

uintptr_t computeLimit() {
  void* low = nullptr;
  size_t size = 0;
  pthread_attr_t attr;
  if (pthread_getattr_np(pthread_self(), &attr) == 0) {
    pthread_attr_getstack(&attr, &low, &size);
    pthread_attr_destroy(&attr);
  }
  // Unknown bounds (or a stack smaller than the reserve): left to the depth limits alone.
  if (!low || size <= 2 * kReserve) return 1;
  return uintptr_t(low) + kReserve;
}

#endif

thread_local uintptr_t limit = 0;

}  // namespace

bool StackLevel::enter() {
  depth_++;
  if (!limit) limit = computeLimit();
  if (currentAddress() < limit) return false;
#ifdef __EMSCRIPTEN__
  // Every 8th level; the first 8 fit in what any caller leaves.
  if ((depth_ & 7) == 0 && !coroscope_machine_stack_room()) return false;
#endif
  return true;
}

}  // namespace coroscope::lang
