#pragma once
// float <-> str as CPython 3.11 does it: repr (shortest round-trip, 'r' style), the
// PyOS_double_to_string formatter behind format()/%-formatting, and float() parsing.

#include <string>
#include <string_view>

#include "num/result.hpp"

namespace coroscope::num {

// repr(x) == str(x): shortest round-trip digits, exponent form when the decimal exponent is < -4
// or >= 16, '.0' added to integral values, 'inf', '-inf', 'nan'.
std::string float_repr(double x);
// The same without allocating: repr of a double is at most 24 characters.
struct FloatReprBuffer {
  char data[32];
  unsigned char size = 0;
  std::string_view view() const { return {data, size}; }
};
void float_repr(double x, FloatReprBuffer& out);

// Flags of PyOS_double_to_string.
enum FloatFormatFlags : unsigned {
  kFloatSign = 1,       // always write a sign ('+' for non-negative)
  kFloatAddDot0 = 2,    // integral results get '.0' (repr, format with no type)
  kFloatAlt = 4,        // '#': keep the decimal point and trailing zeros
  kFloatNoNegZero = 8,  // 'z': a result that rounds to zero is written without '-'
};

// PyOS_double_to_string(x, code, precision, flags): code is one of e E f F g G r ('r' = repr
// digits; precision must then be 0). Lower-case codes write 'inf'/'nan', upper-case 'INF'/'NAN'.
std::string float_to_string(double x, char code, int precision, unsigned flags);

// float(text): surrounding ASCII whitespace, sign, digits with '.', exponent, '_' between digits,
// 'inf'/'infinity'/'nan' in any case. On failure: ValueError
// "could not convert string to float: " and the caller appends repr(original text).
Result<double> parse_float(std::string_view text);

}  // namespace coroscope::num
