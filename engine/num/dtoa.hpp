#pragma once
// Exact binary <-> decimal conversion for doubles, the part of David Gay's dtoa.c that CPython uses
// (_Py_dg_dtoa modes 0, 2, 3 and _Py_dg_strtod). No platform printf/strtod is involved, so native
// and wasm builds produce identical digits.

#include <cstdint>
#include <string_view>

namespace coroscope::num {

// Upper bound on significant digits of any finite double (the exact expansion of the smallest
// subnormal has 751; the rest are trailing zeros that are never emitted).
inline constexpr int kMaxDtoaDigits = 800;

enum class DtoaMode : std::uint8_t {
  Shortest = 0,     // shortest string that round-trips (repr)
  Significant = 2,  // max(ndigits, 1) significant digits, correctly rounded ('e', 'g')
  Fixed = 3,        // ndigits past the decimal point (may be negative), correctly rounded ('f')
};

// _Py_dg_dtoa's output for a finite double: digits without trailing zeros, value =
// 0.DIGITS * 10**decpt. Zero gives "0" with decpt 1; a Fixed result that rounds to zero gives no
// digits with decpt = -ndigits.
struct DtoaDigits {
  char digits[kMaxDtoaDigits + 1];
  int length;
  int decpt;
  bool negative;
};

// Precondition: d is finite. Ties are broken to even, as dtoa does.
void dtoa(double d, DtoaMode mode, int ndigits, DtoaDigits& out);

// Correctly rounded decimal -> double for an already-validated literal: optional sign, digits with
// an optional '.', optional exponent; no underscores or spaces. Overflow gives +-inf, underflow
// +-0.0, like _Py_dg_strtod.
double strtod_exact(std::string_view literal);

}  // namespace coroscope::num
