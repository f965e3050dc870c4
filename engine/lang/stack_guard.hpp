// The C++ stack's remaining room, asked by every recursion that input can drive (parsing,
// compiling, comparing, hashing and printing nested data, a builtin calling back into Python)
// before it goes one level deeper, so that it raises CPython's error instead of overflowing.
// Natively and under the sanitizers the thread's stack ends at an address the C library knows.
// In wasm two stacks can run out: the linear-memory one (an overflow silently overwrites the
// data below it) and V8's machine stack, which holds the wasm functions' own frames (about 1 MB;
// an overflow traps out of the engine with its state half updated); both are checked.
#pragma once

namespace coroscope::lang {

class StackLevel {
 public:
  StackLevel() : ok_(enter()) {}
  ~StackLevel() { leave(); }
  StackLevel(const StackLevel&) = delete;
  StackLevel& operator=(const StackLevel&) = delete;
  // False when this level would leave too little of the stack: the caller raises its error.
  bool ok() const { return ok_; }

  // The same without the object; every enter(), true or false, is matched by a leave().
  static bool enter();
  static void leave() { depth_--; }

 private:
  static inline int depth_ = 0;  // guarded levels active, to space out wasm's V8 probes
  bool ok_;
};

}  // namespace coroscope::lang
