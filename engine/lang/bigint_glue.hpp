// Arbitrary-precision ints: small values stay unboxed int64 immediates; results that do not fit
// become BigIntObj (num::BigInt with Python semantics).
#pragma once
#include "lang/objects.hpp"
#include "num/bigint.hpp"
#include "num/result.hpp"

namespace coroscope::lang {

class VM;

struct BigIntObj : Obj {
  num::BigInt v;
  explicit BigIntObj(num::BigInt b) : Obj(Kind::BigInt), v(std::move(b)) {}
};

inline bool isBigObj(Value v) { return v.tag == Tag::Obj && v.o->kind == Kind::BigInt; }
inline bool isIntLike(Value v) { return v.tag == Tag::Int || v.tag == Tag::Bool || isBigObj(v); }
inline num::BigInt toBig(Value v) {
  if (v.tag == Tag::Int) return num::BigInt(v.i);
  if (v.tag == Tag::Bool) return num::BigInt(int64_t(v.b));
  return static_cast<BigIntObj*>(v.o)->v;
}
Value fromBig(VM& vm, num::BigInt b);
Value raiseNumError(VM& vm, const num::Error& e);
// Binary arithmetic on two int-like values (op from BinOpKind); never overflows.
Value bigBinary(VM& vm, int op, Value a, Value b);

}  // namespace coroscope::lang
