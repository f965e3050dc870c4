#pragma once
// float arithmetic whose Python semantics differ from C's: floor division and modulo with the
// divisor's sign, hash(), round().

#include <cstdint>
#include <utility>

#include "num/bigint.hpp"
#include "num/result.hpp"

namespace coroscope::num {

// hash(x) as CPython 3.11 on 64-bit platforms (modulus 2**61 - 1, hash(inf) = 314159). A nan
// hashes by object identity in 3.10+, so for nan this returns 0 and the caller must use identity.
std::int64_t float_hash(double x);

// x // y, x % y, divmod(x, y). ZeroDivisionError "float floor division by zero" /
// "float modulo" / "float divmod()".
Result<double> float_floordiv(double x, double y);
Result<double> float_mod(double x, double y);
Result<std::pair<double, double>> float_divmod(double x, double y);

// x ** y for floats, CPython's float_pow: its special cases (nan, inf, zero, negative bases with
// integral exponents) are settled here, the rest goes to the C library's pow. Errors:
// ZeroDivisionError "0.0 cannot be raised to a negative power", OverflowError
// "(34, 'Numerical result out of range')". A negative base with a fractional exponent gives a
// complex number in CPython 3; without complex support this returns ValueError
// "negative number cannot be raised to a fractional power" (Python 2's wording).
Result<double> float_pow(double x, double y);

// round(x): nearest int, ties to even. OverflowError for inf, ValueError for nan.
Result<BigInt> float_round(double x);
// round(x, ndigits): correctly rounded to a multiple of 10**-ndigits (ties to even on the exact
// binary value), as CPython's double_round. OverflowError "rounded value too large to represent".
Result<double> float_round(double x, std::int64_t ndigits);

}  // namespace coroscope::num
