// Tracing mark-sweep collector (clox style). Every object lives on one intrusive list; a collection
// marks from the VM's roots and frees the rest. Collections only happen at instruction boundaries
// of the outermost run, where every live value is reachable from the VM's stacks.
#pragma once
#include <cstddef>
#include <vector>

#include "lang/value.hpp"

namespace coroscope::lang {

struct Obj;
struct Type;

class Heap {
 public:
  Heap() = default;
  Heap(const Heap&) = delete;
  Heap& operator=(const Heap&) = delete;
  ~Heap();

  template <class T, class... A>
  T* make(Type* cls, A&&... args) {
    T* o = new T(static_cast<A&&>(args)...);
    link(o, cls);
    return o;
  }

  void mark(Obj* o);
  void mark(const Value& v) {
    if (v.tag == Tag::Obj) mark(v.o);
  }
  template <class C>
  void markAll(const C& c) {
    for (const auto& v : c) mark(v);
  }
  // Drains the gray stack: afterwards every reachable object is marked.
  void finishMarking();
  // Clears every mark: ends a marking pass that only asked what is reachable.
  void unmarkAll();
  // Drains the gray stack, then frees every unmarked object.
  void finishAndSweep();
  // Large payloads (long strings, big lists) count too, so garbage of a few huge objects is
  // collected as promptly as garbage of many small ones.
  // Enough bytes make the next collection due at once (threshold_ 0 until the sweep resets it),
  // so wantCollect(), which the interpreter asks at every call and backward jump, is one
  // comparison.
  void noteBytes(size_t n) {
    bytes_ += n;
    if (bytes_ >= kByteThreshold) threshold_ = 0;
  }
  bool wantCollect() const { return live_ >= threshold_; }
  size_t liveObjects() const { return live_; }
  void freeAll();

 private:
  void link(Obj* o, Type* cls);
  Obj* objects_ = nullptr;
  std::vector<Obj*> gray_;
  size_t live_ = 0;
  size_t threshold_ = 1 << 16;
  size_t bytes_ = 0;
  static constexpr size_t kByteThreshold = size_t(32) << 20;
};

}  // namespace coroscope::lang
