#include "num/dtoa.hpp"

#include <bit>
#include <cmath>
#include <cstring>
#include <limits>
#include <string>

#include "num/bigint.hpp"

namespace coroscope::num {

namespace {

// A fixed-capacity unsigned bignum for digit generation. Every quantity the generator scales
// stays below 2**1100 (r/s is kept in [0.1, 10) and s <= 2**1077), so no allocation is needed.
struct Fixed {
  static constexpr int kCap = 40;
  std::uint32_t l[kCap];
  int n = 0;

  Fixed() = default;
  // Copies only the live limbs: the generator copies per digit, and most values use two or three.
  Fixed(const Fixed& o) : n(o.n) {
    std::memcpy(l, o.l, sizeof(std::uint32_t) * static_cast<std::size_t>(n));
  }
  Fixed& operator=(const Fixed& o) {
    n = o.n;
    std::memcpy(l, o.l, sizeof(std::uint32_t) * static_cast<std::size_t>(n));
    return *this;
  }

  void set(std::uint64_t v) {
    n = 0;
    while (v) {
      l[n++] = static_cast<std::uint32_t>(v);
      v >>= 32;
    }
  }
  bool is_zero() const { return n == 0; }
  void mul_small(std::uint32_t m) {
    std::uint64_t c = 0;
    for (int i = 0; i < n; ++i) {
      c += std::uint64_t{l[i]} * m;
      l[i] = static_cast<std::uint32_t>(c);
      c >>= 32;
    }
    if (c) l[n++] = static_cast<std::uint32_t>(c);
  }
  void mul_pow10(int k) {
    static constexpr std::uint32_t kPow10[] = {1,      10,      100,      1000,      10000,
                                               100000, 1000000, 10000000, 100000000, 1000000000};
    for (; k >= 9; k -= 9) mul_small(kPow10[9]);
    if (k > 0) mul_small(kPow10[k]);
  }
  void shl(int bits) {
    if (n == 0 || bits == 0) return;
    const int limbs = bits / 32, s = bits % 32;
    if (s) {
      std::uint32_t carry = 0;
      for (int i = 0; i < n; ++i) {
        const std::uint32_t v = l[i];
        l[i] = (v << s) | carry;
        carry = v >> (32 - s);
      }
      if (carry) l[n++] = carry;
    }
    if (limbs) {
      for (int i = n; i-- > 0;) l[i + limbs] = l[i];
      for (int i = 0; i < limbs; ++i) l[i] = 0;
      n += limbs;
    }
  }
  void add(const Fixed& o) {
    std::uint64_t c = 0;
    const int m = n > o.n ? n : o.n;
    for (int i = 0; i < m; ++i) {
      c += std::uint64_t{i < n ? l[i] : 0u} + (i < o.n ? o.l[i] : 0u);
      l[i] = static_cast<std::uint32_t>(c);
      c >>= 32;
    }
    n = m;
    if (c) l[n++] = static_cast<std::uint32_t>(c);
  }
  // Precondition: *this >= o.
  void sub(const Fixed& o) {
    std::int64_t borrow = 0;
    for (int i = 0; i < n; ++i) {
      const std::int64_t t = std::int64_t{l[i]} - (i < o.n ? o.l[i] : 0u) - borrow;
      borrow = t < 0;
      l[i] = static_cast<std::uint32_t>(t);
    }
    while (n > 0 && l[n - 1] == 0) --n;
  }
  int cmp(const Fixed& o) const {
    if (n != o.n) return n < o.n ? -1 : 1;
    for (int i = n; i-- > 0;) {
      if (l[i] != o.l[i]) return l[i] < o.l[i] ? -1 : 1;
    }
    return 0;
  }
  // Quotient digit of r / s when r < 10 s; leaves the remainder in *this. The digit is
  // estimated from the top limbs (never too high), then corrected by at most a subtraction or two.
  int divmod_digit(const Fixed& s) {
    if (cmp(s) < 0) return 0;
    int q;
    if (s.n == 1) {
      const std::uint64_t r64 = n == 2 ? (std::uint64_t{l[1]} << 32) | l[0] : l[0];
      q = static_cast<int>(r64 / s.l[0]);
      set(r64 - static_cast<std::uint64_t>(q) * s.l[0]);
      return q;
    }
    const int m = s.n;
    double rd = static_cast<double>(l[m - 1]) * 4294967296.0 + l[m - 2];
    if (n > m) rd += static_cast<double>(l[m]) * 18446744073709551616.0;
    const double sd = static_cast<double>(s.l[m - 1]) * 4294967296.0 + s.l[m - 2] + 1.0;
    q = static_cast<int>(rd / sd * (1.0 - 1e-12));
    if (q > 0) {
      // *this -= q * s
      std::uint64_t carry = 0;
      std::int64_t borrow = 0;
      for (int i = 0; i < n; ++i) {
        carry += i < m ? std::uint64_t{s.l[i]} * static_cast<std::uint32_t>(q) : 0;
        const std::int64_t t =
            std::int64_t{l[i]} - static_cast<std::int64_t>(carry & 0xFFFFFFFFu) - borrow;
        carry >>= 32;
        borrow = t < 0;
        l[i] = static_cast<std::uint32_t>(t);
      }
      while (n > 0 && l[n - 1] == 0) --n;
    }
    while (cmp(s) >= 0) {
      sub(s);
      ++q;
    }
    return q;
  }
};

int cmp_sum(const Fixed& a, const Fixed& b, const Fixed& c) {
  std::uint32_t t[Fixed::kCap + 1];
  int n = a.n > b.n ? a.n : b.n;
  std::uint64_t carry = 0;
  for (int i = 0; i < n; ++i) {
    carry += std::uint64_t{i < a.n ? a.l[i] : 0u} + (i < b.n ? b.l[i] : 0u);
    t[i] = static_cast<std::uint32_t>(carry);
    carry >>= 32;
  }
  if (carry) t[n++] = static_cast<std::uint32_t>(carry);
  if (n != c.n) return n < c.n ? -1 : 1;
  for (int i = n; i-- > 0;) {
    if (t[i] != c.l[i]) return t[i] < c.l[i] ? -1 : 1;
  }
  return 0;
}

// 2r vs s, the half-way test for the last digit.
int cmp_twice(const Fixed& r, const Fixed& s) { return cmp_sum(r, r, s); }

struct Emitter {
  DtoaDigits& out;
  void push(int d) { out.digits[out.length++] = static_cast<char>('0' + d); }
  // Adds one unit in the last place, carrying through trailing nines.
  void round_up() {
    while (out.length > 0 && out.digits[out.length - 1] == '9') --out.length;
    if (out.length == 0) {
      out.digits[out.length++] = '1';
      ++out.decpt;
    } else {
      ++out.digits[out.length - 1];
    }
  }
  void finish() {
    while (out.length > 0 && out.digits[out.length - 1] == '0') --out.length;
    out.digits[out.length] = '\0';
  }
};

// Sign of D * 10**e - M * 2**k, exactly.
int cmp_decimal_binary(std::uint64_t d, int e, std::uint64_t m, int k) {
  Fixed lhs, rhs;
  lhs.set(d);
  rhs.set(m);
  if (e >= 0) {
    lhs.mul_pow10(e);
  } else {
    rhs.mul_pow10(-e);
  }
  if (k >= 0) {
    rhs.shl(k);
  } else {
    lhs.shl(-k);
  }
  return lhs.cmp(rhs);
}

// Correctly rounds D * 10**e (D < 10**19, value within the double range checks of the caller)
// starting from an approximation z that is off by at most a few ulps: z moves one ulp at a time
// until the exact value lies between z's two rounding midpoints (ties to even).
double refine(std::uint64_t d, int e, double z) {
  constexpr double kMax = std::numeric_limits<double>::max();
  if (std::isinf(z)) z = kMax;
  for (;;) {
    std::uint64_t bits;
    std::memcpy(&bits, &z, sizeof bits);
    const int biased = static_cast<int>(bits >> 52);
    std::uint64_t m = bits & ((std::uint64_t{1} << 52) - 1);
    int k = -1074;
    if (biased != 0) {
      m |= std::uint64_t{1} << 52;
      k = biased - 1075;
    }
    int c = cmp_decimal_binary(d, e, 2 * m + 1, k - 1);
    if (c > 0 || (c == 0 && (m & 1))) {
      if (z == kMax) return HUGE_VAL;
      z = std::nextafter(z, HUGE_VAL);
      continue;
    }
    if (m == 0) return z;
    const bool narrow_below = m == (std::uint64_t{1} << 52) && biased > 1;
    c = narrow_below ? cmp_decimal_binary(d, e, 4 * m - 1, k - 2)
                     : cmp_decimal_binary(d, e, 2 * m - 1, k - 1);
    if (c < 0 || (c == 0 && (m & 1))) {
      z = std::nextafter(z, 0.0);
      continue;
    }
    return z;
  }
}

}  // namespace

void dtoa(double d, DtoaMode mode, int ndigits, DtoaDigits& out) {
  out.negative = std::signbit(d);
  out.length = 0;
  out.decpt = 1;
  Emitter em{out};
  if (d == 0) {
    em.push(0);
    out.digits[1] = '\0';
    return;
  }
  std::uint64_t bits;
  std::memcpy(&bits, &d, sizeof bits);
  const int biased = static_cast<int>((bits >> 52) & 0x7FF);
  std::uint64_t f = bits & ((std::uint64_t{1} << 52) - 1);
  int e;
  if (biased == 0) {
    e = -1074;
  } else {
    f |= std::uint64_t{1} << 52;
    e = biased - 1075;
  }
  // Steele & White / dtoa: value = r / s; mp and mm are the distances to the rounding
  // boundaries above and below (all doubled to stay integral). A power of two (other than the
  // smallest normal) has a gap below it half the size of the gap above.
  const bool shortest = mode == DtoaMode::Shortest;
  const bool special = shortest && f == (std::uint64_t{1} << 52) && biased > 1;
  Fixed r, s, mp, mm;
  r.set(f);
  s.set(1);
  mp.set(1);
  if (shortest) {
    const int extra = special ? 2 : 1;
    if (e >= 0) {
      r.shl(e + extra);
      s.shl(extra);
      mp.shl(e + extra - 1);
      mm.set(1);
      mm.shl(e);
    } else {
      r.shl(extra);
      s.shl(extra - e);
      mp.shl(extra - 1);
      mm.set(1);
    }
  } else {
    if (e >= 0) {
      r.shl(e);
    } else {
      s.shl(-e);
    }
  }
  // decpt estimate from the binary exponent, then exact correction so that r/s is in [0.1, 1).
  const int bitlen = 64 - std::countl_zero(f);
  int k = static_cast<int>(std::ceil((e + bitlen - 1) * 0.30102999566398119521 - 1e-9));
  if (k >= 0) {
    s.mul_pow10(k);
  } else {
    r.mul_pow10(-k);
    mp.mul_pow10(-k);
    mm.mul_pow10(-k);
  }
  while (r.cmp(s) >= 0) {
    s.mul_small(10);
    ++k;
  }
  for (;;) {
    Fixed t = r;
    t.mul_small(10);
    if (t.cmp(s) >= 0) break;
    r = t;
    mp.mul_small(10);
    mm.mul_small(10);
    --k;
  }
  out.decpt = k;

  if (shortest) {
    const bool even = (f & 1) == 0;
    for (;;) {
      r.mul_small(10);
      mp.mul_small(10);
      mm.mul_small(10);
      int dig = r.divmod_digit(s);
      const int j = r.cmp(mm);
      const int j1 = cmp_sum(r, mp, s);
      if (j1 == 0 && even) {
        if (dig == 9) {
          em.push(9);
          em.round_up();
          break;
        }
        if (j > 0) ++dig;
        em.push(dig);
        break;
      }
      if (j < 0 || (j == 0 && even)) {
        if (!r.is_zero() && j1 > 0) {
          const int c = cmp_twice(r, s);
          if (c > 0 || (c == 0 && (dig & 1))) {
            if (dig == 9) {
              em.push(9);
              em.round_up();
              break;
            }
            ++dig;
          }
        }
        em.push(dig);
        break;
      }
      if (j1 > 0) {
        if (dig == 9) {
          em.push(9);
          em.round_up();
        } else {
          em.push(dig + 1);
        }
        break;
      }
      em.push(dig);
    }
    em.finish();
    return;
  }

  const int ilim = mode == DtoaMode::Fixed ? k + ndigits : (ndigits < 1 ? 1 : ndigits);
  if (ilim <= 0) {
    // Nothing survives but possibly a carry into the next power of ten; a tie goes to zero.
    if (ilim == 0 && cmp_twice(r, s) > 0) {
      out.digits[0] = '1';
      out.length = 1;
      out.decpt = k + 1;
    } else {
      out.decpt = -ndigits;
    }
    em.finish();
    return;
  }
  int last = 0;
  for (int i = 0; i < ilim && !r.is_zero(); ++i) {
    r.mul_small(10);
    last = r.divmod_digit(s);
    em.push(last);
  }
  if (!r.is_zero()) {
    const int c = cmp_twice(r, s);
    if (c > 0 || (c == 0 && (last & 1))) em.round_up();
  }
  em.finish();
}

double strtod_exact(std::string_view lit) {
  std::size_t i = 0;
  bool neg = false;
  if (i < lit.size() && (lit[i] == '+' || lit[i] == '-')) neg = lit[i++] == '-';
  // Significant digits (leading zeros dropped) and the decimal exponent of the last one kept.
  constexpr std::size_t kKeep = 800;  // beyond 768 digits only "is anything nonzero" matters
  char digit_buf[kKeep + 2];
  std::size_t nd = 0;
  std::int64_t exp10 = 0;
  bool sticky = false, seen_point = false;
  for (; i < lit.size(); ++i) {
    const char c = lit[i];
    if (c == '.') {
      seen_point = true;
      continue;
    }
    if (c < '0' || c > '9') break;
    if (seen_point) --exp10;
    if (nd == 0 && c == '0') continue;
    if (nd < kKeep) {
      digit_buf[nd++] = c;
    } else {
      ++exp10;
      sticky |= c != '0';
    }
  }
  if (i < lit.size() && (lit[i] == 'e' || lit[i] == 'E')) {
    ++i;
    bool eneg = false;
    if (i < lit.size() && (lit[i] == '+' || lit[i] == '-')) eneg = lit[i++] == '-';
    std::int64_t ev = 0;
    for (; i < lit.size() && lit[i] >= '0' && lit[i] <= '9'; ++i) {
      if (ev < 100000000) ev = ev * 10 + (lit[i] - '0');
    }
    exp10 += eneg ? -ev : ev;
  }
  const double zero = neg ? -0.0 : 0.0;
  if (nd == 0) return zero;
  if (sticky) {
    digit_buf[nd++] = '1';
    --exp10;
  }
  while (digit_buf[nd - 1] == '0') {
    --nd;
    ++exp10;
  }
  const std::string_view digits(digit_buf, nd);
  const auto n = static_cast<std::int64_t>(nd);
  if (n + exp10 > 310) return neg ? -HUGE_VAL : HUGE_VAL;
  if (n + exp10 < -324) return zero;
  if (n <= 15 && exp10 >= -22 && exp10 <= 22) {
    // Clinger's fast path: both operands are exact doubles, so one IEEE operation rounds correctly.
    static constexpr double kPow10[] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,
                                        1e8,  1e9,  1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
                                        1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};
    double v = 0;
    for (char c : digits) v = v * 10 + (c - '0');
    v = exp10 >= 0 ? v * kPow10[exp10] : v / kPow10[-exp10];
    return neg ? -v : v;
  }
  if (n <= 19) {
    // Up to 19 digits the mantissa fits in 64 bits: approximate in floating point, then
    // correct exactly with fixed-size arithmetic (no allocation).
    std::uint64_t d = 0;
    for (char c : digits) d = d * 10 + static_cast<std::uint64_t>(c - '0');
    const int e = static_cast<int>(exp10);
    double z = static_cast<double>(d);
    if (e >= 0) {
      z *= std::pow(10.0, e);
    } else if (e >= -290) {
      z /= std::pow(10.0, -e);
    } else {
      z = z / 1e290 / std::pow(10.0, -e - 290);
    }
    const double v = refine(d, e, z);
    return neg ? -v : v;
  }
  const BigInt mant = BigInt::parse(digits, 10).value();
  const BigInt scale = BigInt::pow(BigInt(10), BigInt(exp10 < 0 ? -exp10 : exp10)).value();
  const Result<double> v = exp10 >= 0 ? (mant * scale).to_double() : BigInt::truediv(mant, scale);
  const double mag = v.ok() ? v.value() : HUGE_VAL;
  return neg ? -mag : mag;
}

}  // namespace coroscope::num
