#include "num/float_ops.hpp"

#include <cmath>
#include <string_view>

#include "num/dtoa.hpp"
#include "num/libm.hpp"

namespace coroscope::num {

std::int64_t float_hash(double v) {
  constexpr int kBits = 61;
  constexpr std::uint64_t kModulus = (std::uint64_t{1} << kBits) - 1;
  if (!std::isfinite(v)) {
    if (std::isinf(v)) return v > 0 ? 314159 : -314159;
    return 0;
  }
  // _Py_HashDouble: reduce the mantissa 28 bits at a time, then rotate by the exponent.
  int e;
  double m = std::frexp(v, &e);
  int sign = 1;
  if (m < 0) {
    sign = -1;
    m = -m;
  }
  std::uint64_t x = 0;
  while (m != 0) {
    x = ((x << 28) & kModulus) | x >> (kBits - 28);
    m *= 268435456.0;  // 2**28
    e -= 28;
    const auto y = static_cast<std::uint64_t>(m);
    m -= static_cast<double>(y);
    x += y;
    if (x >= kModulus) x -= kModulus;
  }
  e = e >= 0 ? e % kBits : kBits - 1 - ((-1 - e) % kBits);
  x = ((x << e) & kModulus) | x >> (kBits - e);
  x = x * static_cast<std::uint64_t>(static_cast<std::int64_t>(sign));
  if (x == static_cast<std::uint64_t>(-1)) x = static_cast<std::uint64_t>(-2);
  return static_cast<std::int64_t>(x);
}

namespace {

// CPython's _float_div_mod: fmod is exact; the quotient is snapped to an integral value.
void div_mod(double vx, double wx, double* floordiv, double* mod) {
  *mod = std::fmod(vx, wx);
  double div = (vx - *mod) / wx;
  if (*mod != 0) {
    if ((wx < 0) != (*mod < 0)) {
      *mod += wx;
      div -= 1.0;
    }
  } else {
    *mod = std::copysign(0.0, wx);
  }
  if (div != 0) {
    *floordiv = std::floor(div);
    if (div - *floordiv > 0.5) *floordiv += 1.0;
  } else {
    *floordiv = std::copysign(0.0, vx / wx);
  }
}

}  // namespace

Result<double> float_floordiv(double x, double y) {
  if (y == 0.0) return Error{ErrorKind::ZeroDivision, "float floor division by zero"};
  double q, r;
  div_mod(x, y, &q, &r);
  return q;
}

Result<double> float_mod(double x, double y) {
  if (y == 0.0) return Error{ErrorKind::ZeroDivision, "float modulo"};
  double mod = std::fmod(x, y);
  if (mod != 0) {
    if ((y < 0) != (mod < 0)) mod += y;
  } else {
    mod = std::copysign(0.0, y);
  }
  return mod;
}

Result<std::pair<double, double>> float_divmod(double x, double y) {
  if (y == 0.0) return Error{ErrorKind::ZeroDivision, "float divmod()"};
  std::pair<double, double> qr;
  div_mod(x, y, &qr.first, &qr.second);
  return qr;
}

namespace {
bool is_odd_integer(double x) { return std::fmod(std::fabs(x), 2.0) == 1.0; }
}  // namespace

Result<double> float_pow(double iv, double iw) {
  if (iw == 0) return 1.0;
  if (std::isnan(iv)) return iv;
  if (std::isnan(iw)) return iv == 1.0 ? 1.0 : iw;
  if (std::isinf(iw)) {
    iv = std::fabs(iv);
    if (iv == 1.0) return 1.0;
    if ((iw > 0.0) == (iv > 1.0)) return std::fabs(iw);
    return 0.0;
  }
  if (std::isinf(iv)) {
    const bool odd = is_odd_integer(iw);
    if (iw > 0.0) return odd ? iv : std::fabs(iv);
    return odd ? std::copysign(0.0, iv) : 0.0;
  }
  if (iv == 0.0) {
    if (iw < 0.0) return Error{ErrorKind::ZeroDivision, "0.0 cannot be raised to a negative power"};
    return is_odd_integer(iw) ? iv : 0.0;
  }
  bool negate = false;
  if (iv < 0.0) {
    if (iw != std::floor(iw)) {
      return Error{ErrorKind::Value, "negative number cannot be raised to a fractional power"};
    }
    iv = -iv;
    negate = is_odd_integer(iw);
  }
  if (iv == 1.0) return negate ? -1.0 : 1.0;
  double ix = libm_pow(iv, iw);
  // Overflow is an error; underflow to zero is not.
  if (std::isinf(ix)) return Error{ErrorKind::Overflow, "(34, 'Numerical result out of range')"};
  return negate ? -ix : ix;
}

Result<BigInt> float_round(double x) {
  double rounded = std::round(x);
  if (std::fabs(x - rounded) == 0.5) rounded = 2.0 * std::round(x / 2.0);
  return BigInt::from_double(rounded);
}

Result<double> float_round(double x, std::int64_t ndigits) {
  if (!std::isfinite(x)) return x;
  // Beyond these every double is already exact, or rounds to zero.
  constexpr int kMaxDigits = static_cast<int>((53 - (-1021)) * 0.30103);
  constexpr int kMinDigits = -static_cast<int>((1024 + 1) * 0.30103);
  if (ndigits > kMaxDigits) return x;
  if (ndigits < kMinDigits) return 0.0 * x;
  // double_round: correctly rounded decimal digits (dtoa mode 3), then back through strtod.
  DtoaDigits dg;
  dtoa(x, DtoaMode::Fixed, static_cast<int>(ndigits), dg);
  char lit[kMaxDtoaDigits + 32];
  std::size_t n = 0;
  if (dg.negative) lit[n++] = '-';
  lit[n++] = '0';
  for (int i = 0; i < dg.length; ++i) lit[n++] = dg.digits[i];
  lit[n++] = 'e';
  int e = dg.decpt - dg.length;
  if (e < 0) {
    lit[n++] = '-';
    e = -e;
  }
  char rev[12];
  int r = 0;
  do {
    rev[r++] = static_cast<char>('0' + e % 10);
    e /= 10;
  } while (e);
  while (r) lit[n++] = rev[--r];
  const double rounded = strtod_exact(std::string_view(lit, n));
  if (std::isinf(rounded))
    return Error{ErrorKind::Overflow, "rounded value too large to represent"};
  return rounded;
}

}  // namespace coroscope::num
