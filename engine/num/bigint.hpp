#pragma once
// Python's int: arbitrary precision, floor division, infinite two's complement bitwise semantics.
// Values that fit in int64 live inline (no allocation); larger ones keep a magnitude of 32-bit
// limbs. The representation is canonical: a value is "big" exactly when it does not fit in int64,
// so equality and the fast paths only need to look at the small field.

#include <compare>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "num/result.hpp"

namespace coroscope::num {

class BigInt {
 public:
  BigInt() = default;
  explicit BigInt(std::int64_t v) : small_(v) {}
  static BigInt from_int64(std::int64_t v) { return BigInt(v); }
  static BigInt from_uint64(std::uint64_t v);
  // Unsigned little-endian 32-bit words (what random.getrandbits builds), optionally negated.
  static BigInt from_words(std::span<const std::uint32_t> words, bool negative = false);
  // int(float): truncates toward zero. OverflowError for +-inf, ValueError for nan.
  static Result<BigInt> from_double(double d);
  // int(str, base) rules: surrounding whitespace, sign, '_' between digits, base 0 = literal
  // prefixes (0x/0o/0b) and no leading zeros. On a bad literal the error is ValueError
  // "invalid literal for int() with base N: " and the caller appends repr(original string) with
  // N = the base argument; a bad base gives the complete CPython message.
  // max_str_digits > 0 applies CPython 3.11's int-string conversion limit (sys.int_info default
  // 4300, kDefaultMaxStrDigits) to bases that are not powers of two; 0 means unlimited.
  static Result<BigInt> parse(std::string_view text, int base = 10,
                              std::int64_t max_str_digits = 0);

  // Digits in base 2..36, lowercase, '-' for negatives, no prefix (bin/oct/hex add their own).
  // Unlimited; divide and conquer for long decimals.
  std::string to_string(int base = 10) const;
  // str(x) under the limit: ValueError "Exceeds the limit (N digits) for integer string
  // conversion; use sys.set_int_max_str_digits() to increase the limit" when x has more than N
  // decimal digits (N <= 0: unlimited).
  Result<std::string> to_decimal_string(std::int64_t max_str_digits) const;
  static constexpr std::int64_t kDefaultMaxStrDigits = 4300;

  bool is_small() const { return limbs_.empty(); }
  bool fits_int64() const { return limbs_.empty(); }
  std::optional<std::int64_t> to_int64() const {
    if (!limbs_.empty()) return std::nullopt;
    return small_;
  }
  // Precondition: is_small().
  std::int64_t small_value() const { return small_; }

  int sign() const;
  bool is_zero() const { return limbs_.empty() && small_ == 0; }
  bool is_negative() const { return sign() < 0; }
  bool is_odd() const;
  // int.bit_length(): bits of |x|, 0 for 0.
  std::uint64_t bit_length() const;
  // float(x), correctly rounded (half to even). OverflowError "int too large to convert to float".
  Result<double> to_double() const;
  // hash(x) as CPython on 64-bit platforms: |x| mod (2**61 - 1) with x's sign; -1 maps to -2.
  std::int64_t hash() const;

  friend BigInt operator+(const BigInt& a, const BigInt& b);
  friend BigInt operator-(const BigInt& a, const BigInt& b);
  friend BigInt operator*(const BigInt& a, const BigInt& b);
  friend BigInt operator-(const BigInt& a);
  friend BigInt operator&(const BigInt& a, const BigInt& b);
  friend BigInt operator|(const BigInt& a, const BigInt& b);
  friend BigInt operator^(const BigInt& a, const BigInt& b);
  friend BigInt operator~(const BigInt& a);
  friend bool operator==(const BigInt& a, const BigInt& b);
  friend std::strong_ordering operator<=>(const BigInt& a, const BigInt& b);

  BigInt abs() const { return is_negative() ? -*this : *this; }

  // Python // and % (result of % takes the divisor's sign). ZeroDivisionError on b == 0.
  static Result<BigInt> floordiv(const BigInt& a, const BigInt& b);
  static Result<BigInt> mod(const BigInt& a, const BigInt& b);
  static Result<std::pair<BigInt, BigInt>> divmod(const BigInt& a, const BigInt& b);
  // a / b as float, correctly rounded. ZeroDivisionError "division by zero", OverflowError
  // "integer division result too large for a float".
  static Result<double> truediv(const BigInt& a, const BigInt& b);
  // base ** exp for exp >= 0. A negative exponent gives ValueError "negative exponent": Python
  // then computes float(base) ** float(exp), which is the caller's job. Results past 2**30 bits
  // give MemoryError (empty message).
  static Result<BigInt> pow(const BigInt& base, const BigInt& exp);
  // pow(base, exp, mod) as CPython 3.8+: negative exp uses the modular inverse; result has mod's
  // sign. ValueError for mod == 0 or a non-invertible base.
  static Result<BigInt> pow(const BigInt& base, const BigInt& exp, const BigInt& mod);
  // a << n and a >> n (floor). ValueError "negative shift count"; a left shift past 2**30
  // result bits gives MemoryError (empty message), as CPython's failed allocation would.
  static Result<BigInt> lshift(const BigInt& a, const BigInt& n);
  static Result<BigInt> rshift(const BigInt& a, const BigInt& n);
  static BigInt lshift(const BigInt& a, std::uint64_t n);
  static BigInt rshift(const BigInt& a, std::uint64_t n);

  // round(x, ndigits) for an int: x itself for ndigits >= 0, else the nearest multiple of
  // 10**-ndigits with ties to even (CPython's long_round / _PyLong_DivmodNear).
  static BigInt round(const BigInt& x, std::int64_t ndigits);

  // Exact comparison with a float, as Python's int/float comparisons: -1, 0, 1, or nullopt when d
  // is nan (every comparison is False except !=).
  std::optional<int> compare_with_double(double d) const;

  // Little-endian 32-bit words of |x| (empty for 0). For hashing, random seeding and tests.
  std::vector<std::uint32_t> magnitude_words() const;

 private:
  // When limbs_ is empty the value is small_. Otherwise limbs_ is the magnitude (no leading zero
  // limb, never fits int64) and small_ is the sign, +1 or -1.
  std::int64_t small_ = 0;
  std::vector<std::uint32_t> limbs_;

  static BigInt from_magnitude(bool negative, std::vector<std::uint32_t>&& mag);
  friend struct BigIntAccess;
};

}  // namespace coroscope::num
