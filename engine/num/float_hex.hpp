#pragma once
// float.hex() and float.fromhex(): a double's exact binary value as hexadecimal text and back,
// as CPython 3.11's Objects/floatobject.c writes and reads it.

#include <string>
#include <string_view>

#include "num/result.hpp"

namespace coroscope::num {

// "0x1.8000000000000p+0", "-0x0.0000000000001p-1022", "0x0.0p+0", "inf", "nan".
std::string float_to_hex(double x);

// Accepts what float.fromhex accepts: optional whitespace and sign, "inf"/"infinity"/"nan" in any
// case, or an optional "0x" prefix, hex digits with an optional point and an optional binary
// exponent "p[+-]N". Rounds half to even. ValueError "invalid hexadecimal floating-point string",
// OverflowError "hexadecimal value too large to represent as a float".
Result<double> float_from_hex(std::string_view text);

}  // namespace coroscope::num
