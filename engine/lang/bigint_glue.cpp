#include "lang/bigint_glue.hpp"

#include <cmath>

#include "lang/vm.hpp"

namespace coroscope::lang {

Value fromBig(VM& vm, num::BigInt b) {
  if (auto small = b.to_int64()) return Value::integer(*small);
  return Value::obj(vm.heap.make<BigIntObj>(vm.tInt, std::move(b)));
}

Value raiseNumError(VM& vm, const num::Error& e) {
  Type* t = e.kind == num::ErrorKind::ZeroDivision ? vm.eZeroDivisionError
            : e.kind == num::ErrorKind::Overflow   ? vm.eOverflowError
            : e.kind == num::ErrorKind::Memory     ? vm.eMemoryError
                                                   : vm.eValueError;
  return vm.raise(t, e.message);
}

Value bigBinary(VM& vm, int op, Value av, Value bv) {
  num::BigInt a = toBig(av), b = toBig(bv);
  auto wrap = [&](num::Result<num::BigInt> r) {
    return r ? fromBig(vm, std::move(r.value())) : raiseNumError(vm, r.error());
  };
  switch (op) {
    case kAdd:
      return fromBig(vm, a + b);
    case kSub:
      return fromBig(vm, a - b);
    case kMul:
      return fromBig(vm, a * b);
    case kDiv: {
      auto r = num::BigInt::truediv(a, b);
      return r ? Value::flt(r.value()) : raiseNumError(vm, r.error());
    }
    case kFloorDiv:
      return wrap(num::BigInt::floordiv(a, b));
    case kMod:
      return wrap(num::BigInt::mod(a, b));
    case kPow:
      if (b.is_negative()) {
        auto x = a.to_double(), y = b.to_double();
        if (!x) return raiseNumError(vm, x.error());
        if (x.value() == 0)
          return vm.raise(vm.eZeroDivisionError, "0.0 cannot be raised to a negative power");
        return Value::flt(std::pow(x.value(), y ? y.value() : 0));
      }
      return wrap(num::BigInt::pow(a, b));
    case kLShift:
      return wrap(num::BigInt::lshift(a, b));
    case kRShift:
      return wrap(num::BigInt::rshift(a, b));
    case kBitOr:
      return fromBig(vm, a | b);
    case kBitXor:
      return fromBig(vm, a ^ b);
    case kBitAnd:
      return fromBig(vm, a & b);
    default:
      return Value::undef();
  }
}

}  // namespace coroscope::lang
