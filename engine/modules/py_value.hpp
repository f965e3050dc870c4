// A Python value held by the runtime: an rt::Object whose lifetime pins the value as a GC root of
// the interpreter (VM::pin/unpin). A null rt::Value is Python's None.
#pragma once

#include <cstdint>

#include "lang/vm.hpp"
#include "runtime/object.hpp"
#include "runtime/pool.hpp"

namespace coroscope::modules {

// Pooled: one is made for every value that crosses into the runtime (a queue item, a result).
class PyValue final : public rt::Object, public rt::Pooled {
 public:
  PyValue(lang::VM& vm, lang::Value v) : vm_(vm), pin_(vm.pin(v)) {}
  void add_ref() noexcept override { ++refs_; }
  void release() noexcept override {
    if (--refs_ == 0) {
      vm_.unpin(pin_);
      delete this;
    }
  }
  lang::Value get() const { return vm_.pinned(pin_); }

 private:
  lang::VM& vm_;
  std::uint32_t pin_;
  std::uint32_t refs_ = 0;
};

inline rt::Value to_rt(lang::VM& vm, lang::Value v) {
  if (v.isNone() || v.isUndef()) return {};
  return rt::Value(new PyValue(vm, v));
}
inline lang::Value from_rt(const rt::Value& v) {
  if (!v) return lang::Value::none();
  return static_cast<PyValue*>(v.get())->get();
}

}  // namespace coroscope::modules
