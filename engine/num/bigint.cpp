#include "num/bigint.hpp"

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstring>
#include <limits>

#include "num/unicode_ascii.hpp"

namespace coroscope::num {

namespace {

using Limb = std::uint32_t;
using Mag = std::vector<Limb>;

constexpr std::size_t kKaratsubaThreshold = 40;
// Shifts and powers whose result would exceed this many bits (128 MiB) fail with MemoryError,
// as CPython does when the allocation fails: wasm cannot catch an allocation failure, so the
// library refuses before trying.
constexpr std::uint64_t kMaxBits = std::uint64_t{1} << 30;

std::uint64_t magnitude_of(std::int64_t v) {
  return v < 0 ? std::uint64_t{0} - static_cast<std::uint64_t>(v) : static_cast<std::uint64_t>(v);
}

void trim(Mag& m) {
  while (!m.empty() && m.back() == 0) m.pop_back();
}

int cmp_mag(const Limb* a, std::size_t na, const Limb* b, std::size_t nb) {
  if (na != nb) return na < nb ? -1 : 1;
  for (std::size_t i = na; i-- > 0;) {
    if (a[i] != b[i]) return a[i] < b[i] ? -1 : 1;
  }
  return 0;
}

Mag add_mag(const Limb* a, std::size_t na, const Limb* b, std::size_t nb) {
  if (na < nb) {
    std::swap(a, b);
    std::swap(na, nb);
  }
  Mag r(na + 1);
  std::uint64_t carry = 0;
  for (std::size_t i = 0; i < na; ++i) {
    carry += std::uint64_t{a[i]} + (i < nb ? b[i] : 0);
    r[i] = static_cast<Limb>(carry);
    carry >>= 32;
  }
  r[na] = static_cast<Limb>(carry);
  trim(r);
  return r;
}

// Precondition: a >= b.
Mag sub_mag(const Limb* a, std::size_t na, const Limb* b, std::size_t nb) {
  Mag r(na);
  std::int64_t borrow = 0;
  for (std::size_t i = 0; i < na; ++i) {
    std::int64_t t = std::int64_t{a[i]} - (i < nb ? b[i] : 0) - borrow;
    borrow = t < 0;
    r[i] = static_cast<Limb>(t);
  }
  trim(r);
  return r;
}

// out[0 .. na+nb) += a * b (schoolbook).
void mul_school_into(const Limb* a, std::size_t na, const Limb* b, std::size_t nb, Limb* out) {
  for (std::size_t i = 0; i < na; ++i) {
    std::uint64_t carry = 0;
    const std::uint64_t ai = a[i];
    if (ai == 0) continue;
    for (std::size_t j = 0; j < nb; ++j) {
      carry += ai * b[j] + out[i + j];
      out[i + j] = static_cast<Limb>(carry);
      carry >>= 32;
    }
    for (std::size_t k = i + nb; carry != 0; ++k) {
      carry += out[k];
      out[k] = static_cast<Limb>(carry);
      carry >>= 32;
    }
  }
}

// out[off ..] += x; out must be long enough to absorb the carry.
void add_into(Limb* out, std::size_t out_len, std::size_t off, const Mag& x) {
  std::uint64_t carry = 0;
  std::size_t i = 0;
  for (; i < x.size(); ++i) {
    carry += std::uint64_t{out[off + i]} + x[i];
    out[off + i] = static_cast<Limb>(carry);
    carry >>= 32;
  }
  for (std::size_t k = off + i; carry != 0 && k < out_len; ++k) {
    carry += out[k];
    out[k] = static_cast<Limb>(carry);
    carry >>= 32;
  }
}

void mul_into(const Limb* a, std::size_t na, const Limb* b, std::size_t nb, Limb* out);

Mag mul_mag(const Limb* a, std::size_t na, const Limb* b, std::size_t nb) {
  if (na == 0 || nb == 0) return {};
  Mag r(na + nb, 0);
  mul_into(a, na, b, nb, r.data());
  trim(r);
  return r;
}

// out[0 .. na+nb) += a * b, Karatsuba when both operands are long.
void mul_into(const Limb* a, std::size_t na, const Limb* b, std::size_t nb, Limb* out) {
  if (na < nb) {
    std::swap(a, b);
    std::swap(na, nb);
  }
  if (nb < kKaratsubaThreshold) {
    mul_school_into(a, na, b, nb, out);
    return;
  }
  if (2 * nb <= na) {
    // Unbalanced: multiply b by slices of a as long as b.
    for (std::size_t off = 0; off < na; off += nb) {
      const std::size_t len = std::min(nb, na - off);
      Mag part = mul_mag(a + off, len, b, nb);
      add_into(out, na + nb, off, part);
    }
    return;
  }
  const std::size_t h = (na + 1) / 2;  // a = a1*B^h + a0, b = b1*B^h + b0
  const std::size_t na0 = h, na1 = na - h;
  const std::size_t nb0 = std::min(h, nb), nb1 = nb - nb0;
  Mag z0 = mul_mag(a, na0, b, nb0);
  Mag z2 = mul_mag(a + h, na1, b + h, nb1);
  Mag sa = add_mag(a, na0, a + h, na1);
  Mag sb = add_mag(b, nb0, b + h, nb1);
  Mag z1 = mul_mag(sa.data(), sa.size(), sb.data(), sb.size());
  z1 = sub_mag(z1.data(), z1.size(), z0.data(), z0.size());
  z1 = sub_mag(z1.data(), z1.size(), z2.data(), z2.size());
  add_into(out, na + nb, 0, z0);
  add_into(out, na + nb, h, z1);
  add_into(out, na + nb, 2 * h, z2);
}

// Divides a in place by d, returning the remainder.
Limb divmod_limb(Mag& a, Limb d) {
  std::uint64_t rem = 0;
  for (std::size_t i = a.size(); i-- > 0;) {
    const std::uint64_t cur = (rem << 32) | a[i];
    a[i] = static_cast<Limb>(cur / d);
    rem = cur % d;
  }
  trim(a);
  return static_cast<Limb>(rem);
}

// divmod_limb for a compile-time divisor: the compiler turns the division into a multiplication,
// which makes decimal conversion of long ints several times faster.
template <Limb D>
Limb divmod_limb_by(Mag& a) {
  std::uint64_t rem = 0;
  for (std::size_t i = a.size(); i-- > 0;) {
    const std::uint64_t cur = (rem << 32) | a[i];
    a[i] = static_cast<Limb>(cur / D);
    rem = cur % D;
  }
  trim(a);
  return static_cast<Limb>(rem);
}

// Knuth's algorithm D (TAOCP 4.3.1), after Hacker's Delight's divmnu. b must be nonzero.
void divmod_mag(const Limb* a, std::size_t na, const Limb* b, std::size_t nb, Mag* q, Mag* r) {
  if (cmp_mag(a, na, b, nb) < 0) {
    if (q) q->clear();
    if (r) r->assign(a, a + na);
    return;
  }
  if (nb == 1) {
    Mag quot(a, a + na);
    const Limb rem = divmod_limb(quot, b[0]);
    if (q) *q = std::move(quot);
    if (r) {
      r->clear();
      if (rem) r->push_back(rem);
    }
    return;
  }
  const int s = std::countl_zero(b[nb - 1]);
  Mag vn(nb), un(na + 1);
  for (std::size_t i = nb; i-- > 1;) {
    vn[i] = s ? (b[i] << s) | (b[i - 1] >> (32 - s)) : b[i];
  }
  vn[0] = b[0] << s;
  un[na] = s ? a[na - 1] >> (32 - s) : 0;
  for (std::size_t i = na; i-- > 1;) {
    un[i] = s ? (a[i] << s) | (a[i - 1] >> (32 - s)) : a[i];
  }
  un[0] = a[0] << s;

  Mag quot(na - nb + 1);
  constexpr std::uint64_t kB = std::uint64_t{1} << 32;
  for (std::size_t j = na - nb + 1; j-- > 0;) {
    const std::uint64_t num = (std::uint64_t{un[j + nb]} << 32) | un[j + nb - 1];
    std::uint64_t qhat = num / vn[nb - 1];
    std::uint64_t rhat = num % vn[nb - 1];
    while (qhat >= kB || qhat * vn[nb - 2] > ((rhat << 32) | un[j + nb - 2])) {
      --qhat;
      rhat += vn[nb - 1];
      if (rhat >= kB) break;
    }
    std::int64_t k = 0, t = 0;
    for (std::size_t i = 0; i < nb; ++i) {
      const std::uint64_t p = qhat * vn[i];
      t = std::int64_t{un[i + j]} - k - static_cast<std::int64_t>(p & 0xFFFFFFFFu);
      un[i + j] = static_cast<Limb>(t);
      k = static_cast<std::int64_t>(p >> 32) - (t >> 32);
    }
    t = std::int64_t{un[j + nb]} - k;
    un[j + nb] = static_cast<Limb>(t);
    if (t < 0) {
      --qhat;
      std::uint64_t c = 0;
      for (std::size_t i = 0; i < nb; ++i) {
        c += std::uint64_t{un[i + j]} + vn[i];
        un[i + j] = static_cast<Limb>(c);
        c >>= 32;
      }
      un[j + nb] = static_cast<Limb>(un[j + nb] + c);
    }
    quot[j] = static_cast<Limb>(qhat);
  }
  if (q) {
    trim(quot);
    *q = std::move(quot);
  }
  if (r) {
    r->assign(nb, 0);
    for (std::size_t i = 0; i < nb; ++i) {
      (*r)[i] = s ? (un[i] >> s) | (un[i + 1] << (32 - s)) : un[i];
    }
    trim(*r);
  }
}

Mag shl_mag(const Limb* a, std::size_t na, std::uint64_t bits) {
  if (na == 0) return {};
  const std::size_t limbs = static_cast<std::size_t>(bits / 32);
  const int s = static_cast<int>(bits % 32);
  Mag r(na + limbs + 1, 0);
  for (std::size_t i = 0; i < na; ++i) {
    r[i + limbs] |= a[i] << s;
    if (s) r[i + limbs + 1] = a[i] >> (32 - s);
  }
  trim(r);
  return r;
}

// Truncating right shift of a magnitude; *lost reports whether nonzero bits fell off.
Mag shr_mag(const Limb* a, std::size_t na, std::uint64_t bits, bool* lost) {
  const std::uint64_t limbs = bits / 32;
  const int s = static_cast<int>(bits % 32);
  bool dropped = false;
  if (limbs >= na) {
    if (lost) *lost = na != 0;
    return {};
  }
  for (std::size_t i = 0; i < limbs; ++i) dropped |= a[i] != 0;
  if (s) dropped |= (a[limbs] & ((Limb{1} << s) - 1)) != 0;
  Mag r(na - limbs);
  for (std::size_t i = 0; i < r.size(); ++i) {
    const std::uint64_t lo = a[i + limbs];
    const std::uint64_t hi = i + limbs + 1 < na ? a[i + limbs + 1] : 0;
    r[i] = static_cast<Limb>(((hi << 32) | lo) >> s);
  }
  trim(r);
  if (lost) *lost = dropped;
  return r;
}

// Two's complement image of a signed magnitude over n limbs (n > magnitude length).
Mag twos(bool neg, const Limb* a, std::size_t na, std::size_t n) {
  Mag r(n, 0);
  std::copy(a, a + na, r.begin());
  if (neg) {
    std::uint64_t carry = 1;
    for (auto& limb : r) {
      carry += static_cast<Limb>(~limb);
      limb = static_cast<Limb>(carry);
      carry >>= 32;
    }
  }
  return r;
}

std::uint64_t bit_length_mag(const Limb* a, std::size_t na) {
  if (na == 0) return 0;
  return 32 * (na - 1) + (32 - std::countl_zero(a[na - 1]));
}

int digit_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'z') return c - 'a' + 10;
  if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
  return 99;
}

bool is_py_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

// Decimal digits of a magnitude by repeated division by 10**9 (quadratic; for short values).
void decimal_chunked(Mag m, std::string& out, std::size_t width) {
  std::string rev;
  while (!m.empty()) {
    Limb rem = divmod_limb_by<1000000000u>(m);
    for (int t = 0; t < 9 && (rem || !m.empty()); ++t) {
      rev.push_back(static_cast<char>('0' + rem % 10));
      rem /= 10;
    }
  }
  if (rev.size() < width) rev.append(width - rev.size(), '0');
  out.append(rev.rbegin(), rev.rend());
}

// Divide and conquer: split by pows[k] = 10**(9 * 2**k), where m < pows[k+1], so both halves are
// below pows[k]. Division dominates and costs about n*n/2 limb operations in total, a fraction of
// the chunked method's n*n dependent divisions. width = digits to zero-pad to (0: none).
void decimal_split(const Mag& m, const std::vector<Mag>& pows, int k, std::string& out,
                   std::size_t width) {
  if (k < 0 || pows[static_cast<std::size_t>(k)].size() < 24) {
    decimal_chunked(m, out, width);
    return;
  }
  const Mag& p = pows[static_cast<std::size_t>(k)];
  const std::size_t half = std::size_t{9} << k;
  Mag q, r;
  divmod_mag(m.data(), m.size(), p.data(), p.size(), &q, &r);
  if (width == 0 && q.empty()) {
    decimal_split(r, pows, k - 1, out, 0);
    return;
  }
  decimal_split(q, pows, k - 1, out, width == 0 ? 0 : width - half);
  decimal_split(r, pows, k - 1, out, half);
}

}  // namespace

// A signed magnitude view of a BigInt; small values are unpacked into an inline buffer.
struct BigIntAccess {
  struct View {
    bool neg;
    const Limb* p;
    std::size_t n;
    Limb buf[2];
    explicit View(const BigInt& x) {
      if (x.limbs_.empty()) {
        neg = x.small_ < 0;
        const std::uint64_t m = magnitude_of(x.small_);
        buf[0] = static_cast<Limb>(m);
        buf[1] = static_cast<Limb>(m >> 32);
        n = m == 0 ? 0 : (buf[1] ? 2 : 1);
        p = buf;
      } else {
        neg = x.small_ < 0;
        p = x.limbs_.data();
        n = x.limbs_.size();
      }
    }
    View(const View&) = delete;
    View& operator=(const View&) = delete;
  };
  static BigInt make(bool neg, Mag&& m) { return BigInt::from_magnitude(neg, std::move(m)); }

  static BigInt add_signed(const View& a, bool bneg, const View& b) {
    if (a.neg == bneg) return make(a.neg, add_mag(a.p, a.n, b.p, b.n));
    const int c = cmp_mag(a.p, a.n, b.p, b.n);
    if (c == 0) return BigInt();
    if (c > 0) return make(a.neg, sub_mag(a.p, a.n, b.p, b.n));
    return make(bneg, sub_mag(b.p, b.n, a.p, a.n));
  }

  // Floor division of signed values: the truncated quotient is adjusted toward -inf when the
  // signs differ and the remainder is nonzero.
  static void floor_divmod(const BigInt& a, const BigInt& b, BigInt* q, BigInt* r) {
    View va(a), vb(b);
    Mag qm, rm;
    divmod_mag(va.p, va.n, vb.p, vb.n, &qm, &rm);
    const bool adjust = va.neg != vb.neg && !rm.empty();
    if (q) {
      BigInt quot = make(va.neg != vb.neg, std::move(qm));
      *q = adjust ? quot - BigInt(1) : std::move(quot);
    }
    if (r) {
      if (adjust) {
        // r = |b| - |r| with b's sign.
        *r = make(vb.neg, sub_mag(vb.p, vb.n, rm.data(), rm.size()));
      } else {
        *r = make(vb.neg, std::move(rm));
      }
    }
  }
};

using View = BigIntAccess::View;

BigInt BigInt::from_magnitude(bool negative, Mag&& mag) {
  trim(mag);
  BigInt r;
  if (mag.size() <= 2) {
    const std::uint64_t m =
        mag.empty() ? 0 : (mag.size() == 1 ? mag[0] : (std::uint64_t{mag[1]} << 32) | mag[0]);
    if (!negative && m <= static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max())) {
      r.small_ = static_cast<std::int64_t>(m);
      return r;
    }
    if (negative && m <= (std::uint64_t{1} << 63)) {
      r.small_ = static_cast<std::int64_t>(std::uint64_t{0} - m);
      return r;
    }
  }
  r.small_ = negative ? -1 : 1;
  r.limbs_ = std::move(mag);
  return r;
}

BigInt BigInt::from_uint64(std::uint64_t v) {
  if (v <= static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max())) {
    return BigInt(static_cast<std::int64_t>(v));
  }
  return from_magnitude(false, Mag{static_cast<Limb>(v), static_cast<Limb>(v >> 32)});
}

BigInt BigInt::from_words(std::span<const std::uint32_t> words, bool negative) {
  return from_magnitude(negative, Mag(words.begin(), words.end()));
}

Result<BigInt> BigInt::from_double(double d) {
  if (std::isnan(d)) return Error{ErrorKind::Value, "cannot convert float NaN to integer"};
  if (std::isinf(d)) return Error{ErrorKind::Overflow, "cannot convert float infinity to integer"};
  if (std::fabs(d) < 9223372036854775808.0) return BigInt(static_cast<std::int64_t>(d));
  int exp = 0;
  const double frac = std::frexp(std::fabs(d), &exp);  // |d| = frac * 2**exp, exp > 63
  const auto mant = static_cast<std::uint64_t>(std::ldexp(frac, 53));
  const Limb m[2] = {static_cast<Limb>(mant), static_cast<Limb>(mant >> 32)};
  return from_magnitude(d < 0, shl_mag(m, 2, static_cast<std::uint64_t>(exp - 53)));
}

Result<BigInt> BigInt::parse(std::string_view text, int base, std::int64_t max_str_digits) {
  // Error texts are built only when returned: a std::string this long would allocate.
  const auto invalid = [] {
    return Error{ErrorKind::Value, "invalid literal for int() with base "};
  };
  if (base != 0 && (base < 2 || base > 36)) {
    return Error{ErrorKind::Value, "int() base must be >= 2 and <= 36, or 0"};
  }
  std::string ascii;
  if (transform_decimal_and_space_to_ascii(text, ascii)) text = ascii;
  std::size_t i = 0, end = text.size();
  while (i < end && is_py_space(text[i])) ++i;
  while (end > i && is_py_space(text[end - 1])) --end;
  if (base == 10 && end - i <= 18) {
    // Fast path for short plain decimals: [sign] digits, no underscores, fits int64 for sure.
    std::size_t k = i;
    const bool neg = k < end && text[k] == '-';
    if (k < end && (text[k] == '-' || text[k] == '+')) ++k;
    if (k < end) {
      std::int64_t v = 0;
      std::size_t j = k;
      for (; j < end && text[j] >= '0' && text[j] <= '9'; ++j) v = v * 10 + (text[j] - '0');
      if (j == end) return BigInt(neg ? -v : v);
    }
  }
  bool neg = false;
  if (i < end && (text[i] == '+' || text[i] == '-')) neg = text[i++] == '-';
  // A literal prefix is accepted when it names the base; base 0 takes its base from it.
  bool prefixed = false;
  if (end - i >= 2 && text[i] == '0') {
    const char p = static_cast<char>(text[i + 1] | 0x20);
    const int pb = p == 'x' ? 16 : p == 'o' ? 8 : p == 'b' ? 2 : 0;
    if (pb != 0 && (base == 0 || base == pb)) {
      base = pb;
      i += 2;
      prefixed = true;
    }
  }
  bool zero_literal_rule = false;
  if (base == 0) {
    base = 10;
    zero_literal_rule = true;  // "010" is not a valid base-0 literal, "000" is.
  }
  // Collect digits, checking underscores: only single ones, between digits or after a prefix.
  std::string digits;
  digits.reserve(end - i);
  bool last_underscore = prefixed;  // an underscore may follow the prefix directly
  bool allow_underscore = prefixed;
  // CPython's order: scan the run of digits and underscores, reject bad underscores, then the
  // digit limit, then anything left over, then base 0's "no leading zeros".
  for (; i < end; ++i) {
    const char c = text[i];
    if (c == '_') {
      if (!allow_underscore) return invalid();
      allow_underscore = false;
      last_underscore = true;
      continue;
    }
    if (digit_value(c) >= base) break;
    digits.push_back(c);
    allow_underscore = true;
    last_underscore = false;
  }
  if (last_underscore) return invalid();
  if (max_str_digits > 0 && !std::has_single_bit(static_cast<unsigned>(base)) &&
      static_cast<std::int64_t>(digits.size()) > max_str_digits) {
    return Error{ErrorKind::Value, "Exceeds the limit (" + std::to_string(max_str_digits) +
                                       " digits) for integer string conversion: value has " +
                                       std::to_string(digits.size()) +
                                       " digits; use sys.set_int_max_str_digits() to increase "
                                       "the limit"};
  }
  if (digits.empty() || i != end) return invalid();
  if (zero_literal_rule && digits.size() > 1 && digits[0] == '0') {
    for (char c : digits) {
      if (c != '0') return invalid();
    }
  }
  Mag mag;
  if (std::has_single_bit(static_cast<unsigned>(base))) {
    const int bits = std::countr_zero(static_cast<unsigned>(base));
    mag.assign((digits.size() * bits + 31) / 32, 0);
    std::uint64_t pos = 0;
    for (std::size_t k = digits.size(); k-- > 0; pos += bits) {
      const std::uint64_t v = static_cast<std::uint64_t>(digit_value(digits[k])) << (pos % 32);
      mag[pos / 32] |= static_cast<Limb>(v);
      if ((v >> 32) != 0) mag[pos / 32 + 1] |= static_cast<Limb>(v >> 32);
    }
  } else {
    // Horner's rule on chunks: the largest power of base that fits a limb per step.
    std::uint32_t chunk_pow = base;
    int chunk_len = 1;
    while (std::uint64_t{chunk_pow} * base <= 0xFFFFFFFFu) {
      chunk_pow *= base;
      ++chunk_len;
    }
    std::size_t k = 0;
    const std::size_t first = digits.size() % chunk_len;
    auto step = [&](std::size_t len, std::uint32_t mul) {
      std::uint64_t acc = 0;
      for (std::size_t t = 0; t < len; ++t) acc = acc * base + digit_value(digits[k++]);
      std::uint64_t carry = acc;
      for (auto& limb : mag) {
        carry += std::uint64_t{limb} * mul;
        limb = static_cast<Limb>(carry);
        carry >>= 32;
      }
      if (carry) mag.push_back(static_cast<Limb>(carry));
    };
    if (first) {
      std::uint32_t p = 1;
      for (std::size_t t = 0; t < first; ++t) p *= base;
      step(first, p);
    }
    while (k < digits.size()) step(chunk_len, chunk_pow);
  }
  return from_magnitude(neg, std::move(mag));
}

Result<std::string> BigInt::to_decimal_string(std::int64_t max_str_digits) const {
  if (limbs_.empty() || max_str_digits <= 0) return to_string(10);
  // A magnitude of b bits has more than (b - 1) * log10(2) digits: refuse early when that alone
  // exceeds the limit, as CPython does, rather than converting first.
  const auto too_long = [max_str_digits] {
    return Error{ErrorKind::Value, "Exceeds the limit (" + std::to_string(max_str_digits) +
                                       " digits) for integer string conversion; use "
                                       "sys.set_int_max_str_digits() to increase the limit"};
  };
  if (static_cast<double>(bit_length() - 1) * 0.30102999566398 >
      static_cast<double>(max_str_digits) + 1) {
    return too_long();
  }
  std::string s = to_string(10);
  if (static_cast<std::int64_t>(s.size()) - (s[0] == '-' ? 1 : 0) > max_str_digits)
    return too_long();
  return s;
}

std::string BigInt::to_string(int base) const {
  static constexpr char kDigits[] = "0123456789abcdefghijklmnopqrstuvwxyz";
  if (base < 2 || base > 36) base = 10;
  std::string out;
  if (limbs_.empty() && base == 10) {
    char buf[24];
    char* p = buf + sizeof buf;
    std::uint64_t m = magnitude_of(small_);
    do {
      *--p = static_cast<char>('0' + m % 10);
      m /= 10;
    } while (m);
    if (small_ < 0) *--p = '-';
    return std::string(p, buf + sizeof buf);
  }
  View v(*this);
  if (v.n == 0) return "0";
  if (std::has_single_bit(static_cast<unsigned>(base))) {
    const int bits = std::countr_zero(static_cast<unsigned>(base));
    const std::uint64_t total = bit_length_mag(v.p, v.n);
    for (std::uint64_t pos = 0; pos < total; pos += bits) {
      std::uint64_t w = v.p[pos / 32] >> (pos % 32);
      if (pos / 32 + 1 < v.n) w |= std::uint64_t{v.p[pos / 32 + 1]} << (32 - pos % 32);
      out.push_back(kDigits[w & (base - 1)]);
    }
  } else if (base == 10) {
    std::vector<Mag> pows{Mag{1000000000u}};
    while (pows.back().size() * 2 - 1 <= v.n) {
      pows.push_back(
          mul_mag(pows.back().data(), pows.back().size(), pows.back().data(), pows.back().size()));
    }
    // The largest k with m < pows[k+1]: pows.back() may or may not exceed m.
    int k = static_cast<int>(pows.size()) - 1;
    if (cmp_mag(v.p, v.n, pows.back().data(), pows.back().size()) < 0) --k;
    if (v.neg) out.push_back('-');
    decimal_split(Mag(v.p, v.p + v.n), pows, k, out, 0);
    return out;
  } else {
    std::uint32_t chunk_pow = base;
    int chunk_len = 1;
    while (std::uint64_t{chunk_pow} * base <= 0xFFFFFFFFu) {
      chunk_pow *= base;
      ++chunk_len;
    }
    Mag m(v.p, v.p + v.n);
    while (!m.empty()) {
      Limb rem = divmod_limb(m, chunk_pow);
      for (int t = 0; t < chunk_len && (rem || !m.empty()); ++t) {
        out.push_back(kDigits[rem % base]);
        rem /= base;
      }
    }
  }
  if (v.neg) out.push_back('-');
  std::reverse(out.begin(), out.end());
  return out;
}

int BigInt::sign() const {
  if (!limbs_.empty()) return small_ < 0 ? -1 : 1;
  return (small_ > 0) - (small_ < 0);
}

bool BigInt::is_odd() const { return limbs_.empty() ? (small_ & 1) != 0 : (limbs_[0] & 1) != 0; }

std::uint64_t BigInt::bit_length() const {
  if (limbs_.empty()) return 64 - std::countl_zero(magnitude_of(small_));
  return bit_length_mag(limbs_.data(), limbs_.size());
}

std::vector<std::uint32_t> BigInt::magnitude_words() const {
  View v(*this);
  return std::vector<std::uint32_t>(v.p, v.p + v.n);
}

Result<double> BigInt::to_double() const {
  if (limbs_.empty()) return static_cast<double>(small_);
  const std::uint64_t nbits = bit_length_mag(limbs_.data(), limbs_.size());
  if (nbits > 1024) return Error{ErrorKind::Overflow, "int too large to convert to float"};
  // Keep 55 bits with the rest folded into a sticky bit: the int->double conversion of that
  // 55-bit value then rounds exactly as rounding the full value would.
  bool lost = false;
  Mag top = shr_mag(limbs_.data(), limbs_.size(), nbits - 55, &lost);
  std::uint64_t t = (std::uint64_t{top.size() > 1 ? top[1] : 0} << 32) | top[0];
  if (lost) t |= 1;
  const double r = std::ldexp(static_cast<double>(t), static_cast<int>(nbits - 55));
  if (std::isinf(r)) return Error{ErrorKind::Overflow, "int too large to convert to float"};
  return small_ < 0 ? -r : r;
}

std::int64_t BigInt::hash() const {
  constexpr std::uint64_t kModulus = (std::uint64_t{1} << 61) - 1;
  View v(*this);
  std::uint64_t x = 0;
  for (std::size_t i = v.n; i-- > 0;) {
    // x * 2**32 mod (2**61 - 1) is a 61-bit rotation.
    x = ((x << 32) & kModulus) | (x >> 29);
    x += v.p[i];
    if (x >= kModulus) x -= kModulus;
  }
  auto h = static_cast<std::int64_t>(x);
  if (v.neg) h = -h;
  return h == -1 ? -2 : h;
}

BigInt operator+(const BigInt& a, const BigInt& b) {
  std::int64_t r;
  if (a.is_small() && b.is_small() && !__builtin_add_overflow(a.small_, b.small_, &r)) {
    return BigInt(r);
  }
  View va(a), vb(b);
  return BigIntAccess::add_signed(va, vb.neg, vb);
}

BigInt operator-(const BigInt& a, const BigInt& b) {
  std::int64_t r;
  if (a.is_small() && b.is_small() && !__builtin_sub_overflow(a.small_, b.small_, &r)) {
    return BigInt(r);
  }
  View va(a), vb(b);
  return BigIntAccess::add_signed(va, !vb.neg && vb.n != 0, vb);
}

BigInt operator*(const BigInt& a, const BigInt& b) {
  std::int64_t r;
  if (a.is_small() && b.is_small() && !__builtin_mul_overflow(a.small_, b.small_, &r)) {
    return BigInt(r);
  }
  View va(a), vb(b);
  return BigInt::from_magnitude(va.neg != vb.neg, mul_mag(va.p, va.n, vb.p, vb.n));
}

BigInt operator-(const BigInt& a) {
  if (a.is_small() && a.small_ != std::numeric_limits<std::int64_t>::min())
    return BigInt(-a.small_);
  View va(a);
  return BigInt::from_magnitude(!va.neg, Mag(va.p, va.p + va.n));
}

namespace {
template <class Op>
BigInt bitwise(const BigInt& a, const BigInt& b, Op op) {
  View va(a), vb(b);
  const std::size_t n = std::max(va.n, vb.n) + 1;
  Mag x = twos(va.neg, va.p, va.n, n);
  const Mag y = twos(vb.neg, vb.p, vb.n, n);
  for (std::size_t i = 0; i < n; ++i) x[i] = op(x[i], y[i]);
  const bool neg = (x[n - 1] >> 31) != 0;
  if (neg) x = twos(true, x.data(), n, n);  // back to a magnitude
  return BigIntAccess::make(neg, std::move(x));
}
}  // namespace

BigInt operator&(const BigInt& a, const BigInt& b) {
  if (a.is_small() && b.is_small()) return BigInt(a.small_ & b.small_);
  return bitwise(a, b, [](Limb x, Limb y) { return x & y; });
}

BigInt operator|(const BigInt& a, const BigInt& b) {
  if (a.is_small() && b.is_small()) return BigInt(a.small_ | b.small_);
  return bitwise(a, b, [](Limb x, Limb y) { return x | y; });
}

BigInt operator^(const BigInt& a, const BigInt& b) {
  if (a.is_small() && b.is_small()) return BigInt(a.small_ ^ b.small_);
  return bitwise(a, b, [](Limb x, Limb y) { return x ^ y; });
}

BigInt operator~(const BigInt& a) {
  if (a.is_small()) return BigInt(~a.small_);
  return -a - BigInt(1);
}

bool operator==(const BigInt& a, const BigInt& b) {
  return a.small_ == b.small_ && a.limbs_ == b.limbs_;
}

std::strong_ordering operator<=>(const BigInt& a, const BigInt& b) {
  if (a.is_small() && b.is_small()) return a.small_ <=> b.small_;
  const int sa = a.sign(), sb = b.sign();
  if (sa != sb) return sa <=> sb;
  View va(a), vb(b);
  int c = cmp_mag(va.p, va.n, vb.p, vb.n);
  if (sa < 0) c = -c;
  return c <=> 0;
}

Result<BigInt> BigInt::floordiv(const BigInt& a, const BigInt& b) {
  if (b.is_zero()) return Error{ErrorKind::ZeroDivision, "integer division or modulo by zero"};
  if (a.is_small() && b.is_small() &&
      !(a.small_ == std::numeric_limits<std::int64_t>::min() && b.small_ == -1)) {
    std::int64_t q = a.small_ / b.small_;
    if (a.small_ % b.small_ != 0 && ((a.small_ < 0) != (b.small_ < 0))) --q;
    return BigInt(q);
  }
  BigInt q;
  BigIntAccess::floor_divmod(a, b, &q, nullptr);
  return q;
}

Result<BigInt> BigInt::mod(const BigInt& a, const BigInt& b) {
  if (b.is_zero()) return Error{ErrorKind::ZeroDivision, "integer modulo by zero"};
  if (a.is_small() && b.is_small()) {
    if (b.small_ == -1) return BigInt(0);
    std::int64_t r = a.small_ % b.small_;
    if (r != 0 && ((r < 0) != (b.small_ < 0))) r += b.small_;
    return BigInt(r);
  }
  BigInt r;
  BigIntAccess::floor_divmod(a, b, nullptr, &r);
  return r;
}

Result<std::pair<BigInt, BigInt>> BigInt::divmod(const BigInt& a, const BigInt& b) {
  if (b.is_zero()) return Error{ErrorKind::ZeroDivision, "integer division or modulo by zero"};
  if (a.is_small() && b.is_small() &&
      !(a.small_ == std::numeric_limits<std::int64_t>::min() && b.small_ == -1)) {
    std::int64_t q = a.small_ / b.small_;
    std::int64_t r = a.small_ % b.small_;
    if (r != 0 && ((r < 0) != (b.small_ < 0))) {
      --q;
      r += b.small_;
    }
    return std::pair{BigInt(q), BigInt(r)};
  }
  std::pair<BigInt, BigInt> qr;
  BigIntAccess::floor_divmod(a, b, &qr.first, &qr.second);
  return qr;
}

Result<double> BigInt::truediv(const BigInt& a, const BigInt& b) {
  if (b.is_zero()) return Error{ErrorKind::ZeroDivision, "division by zero"};
  constexpr std::int64_t kExact = std::int64_t{1} << 53;
  if (a.is_small() && b.is_small() && a.small_ <= kExact && a.small_ >= -kExact &&
      b.small_ <= kExact && b.small_ >= -kExact) {
    // Both convert exactly, so one IEEE division is correctly rounded.
    return static_cast<double>(a.small_) / static_cast<double>(b.small_);
  }
  // CPython's long_true_divide: scale a so the quotient has 55 or 56 significant bits (fewer
  // for subnormal results), fold the remainder into a sticky bit, round once by hand, then ldexp.
  const auto overflow = [] {
    return Error{ErrorKind::Overflow, "integer division result too large for a float"};
  };
  View va(a), vb(b);
  const bool negate = va.neg != vb.neg;
  if (va.n == 0) return negate ? -0.0 : 0.0;
  const auto a_bits = static_cast<std::int64_t>(bit_length_mag(va.p, va.n));
  const auto b_bits = static_cast<std::int64_t>(bit_length_mag(vb.p, vb.n));
  const std::int64_t diff = a_bits - b_bits;
  constexpr int kMantDig = std::numeric_limits<double>::digits;       // 53
  constexpr int kMaxExp = std::numeric_limits<double>::max_exponent;  // 1024
  constexpr int kMinExp = std::numeric_limits<double>::min_exponent;  // -1021
  if (diff > kMaxExp) return overflow();
  if (diff < kMinExp - kMantDig - 1) return negate ? -0.0 : 0.0;
  const std::int64_t shift = std::max<std::int64_t>(diff, kMinExp) - kMantDig - 2;
  bool inexact = false;
  Mag x = shift <= 0 ? shl_mag(va.p, va.n, static_cast<std::uint64_t>(-shift))
                     : shr_mag(va.p, va.n, static_cast<std::uint64_t>(shift), &inexact);
  Mag q, r;
  divmod_mag(x.data(), x.size(), vb.p, vb.n, &q, &r);
  if (!r.empty()) inexact = true;
  const auto x_bits = static_cast<std::int64_t>(bit_length_mag(q.data(), q.size()));
  const std::int64_t extra_bits = std::max<std::int64_t>(x_bits, kMinExp - shift) - kMantDig;
  // Round half to even at bit extra_bits; in 64 bits, since the carry may leave the low limb.
  const std::uint64_t mask = std::uint64_t{1} << (extra_bits - 1);
  std::uint64_t low = q[0] | (inexact ? 1u : 0u);
  if ((low & mask) && (low & (3 * mask - 1))) low += mask;
  low &= ~(2 * mask - 1);
  // The rounded value has at most 53 significant bits, so this accumulation is exact.
  double dx = 0.0;
  for (std::size_t i = q.size(); i-- > 1;) dx = dx * 4294967296.0 + q[i];
  dx = dx * 4294967296.0 + static_cast<double>(low);
  if (shift + x_bits >= kMaxExp &&
      (shift + x_bits > kMaxExp || dx == std::ldexp(1.0, static_cast<int>(x_bits)))) {
    return overflow();
  }
  const double result = std::ldexp(dx, static_cast<int>(shift));
  return negate ? -result : result;
}

Result<BigInt> BigInt::pow(const BigInt& base, const BigInt& exp) {
  if (exp.is_negative()) return Error{ErrorKind::Value, "negative exponent"};
  if (exp.is_zero()) return BigInt(1);
  if (base.is_zero() || base == BigInt(1)) return base;
  if (base == BigInt(-1)) return exp.is_odd() ? base : BigInt(1);
  // (bit_length - 1) * exp + 1 bits at least; the product cannot overflow once exp < 2**34.
  if (!exp.is_small() || exp.small_ >= (std::int64_t{1} << 34) ||
      static_cast<std::uint64_t>(exp.small_) * (base.bit_length() - 1) >= kMaxBits) {
    return Error{ErrorKind::Memory, ""};
  }
  std::uint64_t e = static_cast<std::uint64_t>(exp.small_);
  BigInt result(1), b = base;
  while (true) {
    if (e & 1) result = result * b;
    e >>= 1;
    if (!e) break;
    b = b * b;
  }
  return result;
}

Result<BigInt> BigInt::pow(const BigInt& base, const BigInt& exp, const BigInt& mod) {
  if (mod.is_zero()) return Error{ErrorKind::Value, "pow() 3rd argument cannot be 0"};
  const bool neg_mod = mod.is_negative();
  const BigInt m = mod.abs();
  BigInt b = BigInt::mod(base, m).value();
  BigInt e = exp;
  if (e.is_negative()) {
    // Modular inverse by the extended Euclidean algorithm.
    BigInt r0 = m, r1 = b, t0(0), t1(1);
    while (!r1.is_zero()) {
      auto [qq, rr] = BigInt::divmod(r0, r1).value();
      r0 = std::move(r1);
      r1 = std::move(rr);
      BigInt t2 = t0 - qq * t1;
      t0 = std::move(t1);
      t1 = std::move(t2);
    }
    if (r0 != BigInt(1))
      return Error{ErrorKind::Value, "base is not invertible for the given modulus"};
    b = BigInt::mod(t0, m).value();
    e = -e;
  }
  BigInt result = BigInt::mod(BigInt(1), m).value();
  const std::uint64_t bits = e.bit_length();
  for (std::uint64_t i = bits; i-- > 0;) {
    result = BigInt::mod(result * result, m).value();
    if (!(BigInt::rshift(e, i) & BigInt(1)).is_zero()) result = BigInt::mod(result * b, m).value();
  }
  if (neg_mod && !result.is_zero()) result = result - m;
  return result;
}

BigInt BigInt::lshift(const BigInt& a, std::uint64_t n) {
  if (a.is_small()) {
    if (a.small_ == 0) return a;
    if (n < 63) {
      const std::int64_t v = a.small_;
      const std::int64_t r = static_cast<std::int64_t>(static_cast<std::uint64_t>(v) << n);
      if ((r >> n) == v) return BigInt(r);
    }
  }
  View va(a);
  return from_magnitude(va.neg, shl_mag(va.p, va.n, n));
}

BigInt BigInt::rshift(const BigInt& a, std::uint64_t n) {
  if (a.is_small()) return BigInt(n >= 64 ? (a.small_ < 0 ? -1 : 0) : a.small_ >> n);
  View va(a);
  bool lost = false;
  Mag m = shr_mag(va.p, va.n, n, &lost);
  BigInt r = from_magnitude(va.neg, std::move(m));
  // Floor: a negative value that lost bits rounds down.
  if (va.neg && lost) r = r - BigInt(1);
  return r;
}

Result<BigInt> BigInt::lshift(const BigInt& a, const BigInt& n) {
  if (n.is_negative()) return Error{ErrorKind::Value, "negative shift count"};
  if (a.is_zero()) return BigInt(0);
  if (!n.is_small() || static_cast<std::uint64_t>(n.small_) + a.bit_length() > kMaxBits) {
    return Error{ErrorKind::Memory, ""};
  }
  return lshift(a, static_cast<std::uint64_t>(n.small_));
}

Result<BigInt> BigInt::rshift(const BigInt& a, const BigInt& n) {
  if (n.is_negative()) return Error{ErrorKind::Value, "negative shift count"};
  if (!n.is_small()) return BigInt(a.is_negative() ? -1 : 0);
  return rshift(a, static_cast<std::uint64_t>(n.small_));
}

BigInt BigInt::round(const BigInt& x, std::int64_t ndigits) {
  if (ndigits >= 0) return x;
  // 10**k > 2|x| rounds everything to 0; this also keeps absurd ndigits from building 10**k.
  const std::uint64_t k = static_cast<std::uint64_t>(-(ndigits + 1)) + 1;
  if (k > x.bit_length() / 3 + 2) return BigInt(0);
  const BigInt b = pow(BigInt(10), BigInt(static_cast<std::int64_t>(k))).value();
  auto [q, r] = divmod(x, b).value();
  const auto c = lshift(r, std::uint64_t{1}) <=> b;
  if (c > 0 || (c == 0 && q.is_odd())) r = r - b;
  return x - r;
}

std::optional<int> BigInt::compare_with_double(double d) const {
  if (std::isnan(d)) return std::nullopt;
  if (std::isinf(d)) return d > 0 ? -1 : 1;
  const double ip = std::trunc(d);
  const BigInt whole = from_double(ip).value();
  const auto c = *this <=> whole;
  if (c != 0) return c < 0 ? -1 : 1;
  // Equal integer parts: the fractional part decides.
  const double frac = d - ip;
  return frac > 0 ? -1 : (frac < 0 ? 1 : 0);
}

}  // namespace coroscope::num
