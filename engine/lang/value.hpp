// A Python value: small immediates (None, bool, int, float) unboxed, everything else a GC object.
#pragma once
#include <cstdint>

namespace coroscope::lang {

struct Obj;

enum class Tag : uint8_t {
  Err,    // an exception is pending in the VM: the "exceptions are values" signal
  Undef,  // an unbound local or an absent optional argument
  None,
  Bool,
  Int,
  Float,
  Obj,
};

struct Value {
  Tag tag = Tag::None;
  union {
    bool b;
    int64_t i;
    double f;
    Obj* o;
  };
  Value() : i(0) {}
  static Value none() { return Value(); }
  static Value err() {
    Value v;
    v.tag = Tag::Err;
    return v;
  }
  static Value undef() {
    Value v;
    v.tag = Tag::Undef;
    return v;
  }
  static Value boolean(bool x) {
    Value v;
    v.tag = Tag::Bool;
    v.i = 0;
    v.b = x;
    return v;
  }
  static Value integer(int64_t x) {
    Value v;
    v.tag = Tag::Int;
    v.i = x;
    return v;
  }
  static Value flt(double x) {
    Value v;
    v.tag = Tag::Float;
    v.f = x;
    return v;
  }
  static Value obj(Obj* p) {
    Value v;
    v.tag = Tag::Obj;
    v.o = p;
    return v;
  }
  bool isErr() const { return tag == Tag::Err; }
  bool isUndef() const { return tag == Tag::Undef; }
  bool isNone() const { return tag == Tag::None; }
  bool isBool() const { return tag == Tag::Bool; }
  bool isInt() const { return tag == Tag::Int; }
  bool isFloat() const { return tag == Tag::Float; }
  bool isObj() const { return tag == Tag::Obj; }
  // Same object / same immediate: Python's `is`.
  bool identical(const Value& w) const {
    if (tag != w.tag) return false;
    switch (tag) {
      case Tag::Bool:
        return b == w.b;
      case Tag::Int:
        return i == w.i;
      case Tag::Float:
        return f == w.f || (f != f && w.f != w.f);
      case Tag::Obj:
        return o == w.o;
      default:
        return true;
    }
  }
};

}  // namespace coroscope::lang
