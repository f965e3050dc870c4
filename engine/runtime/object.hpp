// Values the runtime stores are opaque handles: the language layer decides what an object is and
// what add_ref/release mean (a refcount, or pinning a root of a tracing collector). The runtime
// never inspects a value; it only keeps it alive while it holds it.
#pragma once

#include <cstdint>
#include <utility>

namespace coroscope::rt {

class Object {
 public:
  virtual void add_ref() noexcept = 0;
  virtual void release() noexcept = 0;

 protected:
  ~Object() = default;
};

// An intrusive strong reference. Null is a valid state; at the language boundary a null Value
// stands for Python's None.
template <class T>
class Ref {
 public:
  Ref() noexcept = default;
  Ref(std::nullptr_t) noexcept {}
  explicit Ref(T* p) noexcept : p_(p) {
    if (p_) p_->add_ref();
  }
  Ref(const Ref& o) noexcept : Ref(o.p_) {}
  Ref(Ref&& o) noexcept : p_(std::exchange(o.p_, nullptr)) {}
  template <class U>
  Ref(const Ref<U>& o) noexcept : Ref(static_cast<T*>(o.get())) {}
  template <class U>
  Ref(Ref<U>&& o) noexcept : p_(static_cast<T*>(o.detach())) {}
  ~Ref() {
    if (p_) p_->release();
  }
  Ref& operator=(Ref o) noexcept {
    std::swap(p_, o.p_);
    return *this;
  }

  // Takes over a reference the caller already owns.
  static Ref adopt(T* p) noexcept {
    Ref r;
    r.p_ = p;
    return r;
  }
  T* detach() noexcept { return std::exchange(p_, nullptr); }
  T* get() const noexcept { return p_; }
  T* operator->() const noexcept { return p_; }
  T& operator*() const noexcept { return *p_; }
  explicit operator bool() const noexcept { return p_ != nullptr; }
  friend bool operator==(const Ref& a, const Ref& b) noexcept { return a.p_ == b.p_; }
  friend bool operator!=(const Ref& a, const Ref& b) noexcept { return a.p_ != b.p_; }

 private:
  T* p_ = nullptr;
};

using Value = Ref<Object>;

// Result or exception, both as values: the runtime never uses C++ exceptions for Python ones.
template <class T = Value>
struct Outcome {
  T value{};
  Value exc;
  bool ok() const noexcept { return !exc; }
};
using Result = Outcome<Value>;

}  // namespace coroscope::rt
