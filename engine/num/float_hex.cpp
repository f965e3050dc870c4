#include "num/float_hex.hpp"

#include <cmath>
#include <cstdint>

namespace coroscope::num {

namespace {

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

bool is_space(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

// Case-insensitive: does `s` at `i` start with the lower-case word `w`?
bool starts_with_word(std::string_view s, size_t i, std::string_view w) {
  if (s.size() - i < w.size()) return false;
  for (size_t k = 0; k < w.size(); k++) {
    char c = s[i + k];
    if (c >= 'A' && c <= 'Z') c = char(c - 'A' + 'a');
    if (c != w[k]) return false;
  }
  return true;
}

Error invalid() { return {ErrorKind::Value, "invalid hexadecimal floating-point string"}; }
Error too_large() {
  return {ErrorKind::Overflow, "hexadecimal value too large to represent as a float"};
}

}  // namespace

std::string float_to_hex(double x) {
  if (std::isnan(x)) return "nan";
  if (std::isinf(x)) return x < 0 ? "-inf" : "inf";
  if (x == 0.0) return std::signbit(x) ? "-0x0.0p+0" : "0x0.0p+0";
  // As CPython: the leading digit is 1, or 0 for subnormals, whose exponent stays -1022.
  int e;
  double m = std::frexp(std::fabs(x), &e);
  int shift = 1 - (-1021 - e > 0 ? -1021 - e : 0);
  m = std::ldexp(m, shift);
  e -= shift;
  static const char kDigits[] = "0123456789abcdef";
  std::string out = x < 0 ? "-0x" : "0x";
  out += kDigits[int(m)];
  m -= int(m);
  out += '.';
  for (int i = 0; i < 13; i++) {
    m *= 16.0;
    out += kDigits[int(m)];
    m -= int(m);
  }
  out += 'p';
  out += e < 0 ? '-' : '+';
  out += std::to_string(e < 0 ? -e : e);
  return out;
}

Result<double> float_from_hex(std::string_view s) {
  size_t i = 0, n = s.size();
  while (i < n && is_space(s[i])) i++;
  bool negative = false;
  if (i < n && (s[i] == '+' || s[i] == '-')) negative = s[i++] == '-';
  auto at_end = [&](size_t j) {
    while (j < n && is_space(s[j])) j++;
    return j == n;
  };
  if (starts_with_word(s, i, "inf")) {
    size_t j = i + (starts_with_word(s, i, "infinity") ? 8 : 3);
    if (!at_end(j)) return invalid();
    return negative ? -HUGE_VAL : HUGE_VAL;
  }
  if (starts_with_word(s, i, "nan")) {
    if (!at_end(i + 3)) return invalid();
    return negative ? -NAN : NAN;
  }
  if (i + 1 < n && s[i] == '0' && (s[i + 1] == 'x' || s[i + 1] == 'X')) i += 2;
  // The coefficient's digits, integer and fraction parts together, and the fraction's length.
  size_t int_start = i;
  while (i < n && hex_value(s[i]) >= 0) i++;
  std::string digits(s.substr(int_start, i - int_start));
  int64_t frac_digits = 0;
  if (i < n && s[i] == '.') {
    size_t frac_start = ++i;
    while (i < n && hex_value(s[i]) >= 0) i++;
    digits += s.substr(frac_start, i - frac_start);
    frac_digits = int64_t(i - frac_start);
  }
  if (digits.empty()) return invalid();
  // The binary exponent, saturated: beyond any digit count it only decides overflow or zero.
  int64_t exp = 0;
  if (i < n && (s[i] == 'p' || s[i] == 'P')) {
    i++;
    bool exp_negative = false;
    if (i < n && (s[i] == '+' || s[i] == '-')) exp_negative = s[i++] == '-';
    if (i == n || s[i] < '0' || s[i] > '9') return invalid();
    for (; i < n && s[i] >= '0' && s[i] <= '9'; i++)
      if (exp < (int64_t(1) << 40)) exp = exp * 10 + (s[i] - '0');
    if (exp_negative) exp = -exp;
  }
  if (!at_end(i)) return invalid();

  size_t lead = 0;
  while (lead < digits.size() && digits[lead] == '0') lead++;
  if (lead == digits.size()) return negative ? -0.0 : 0.0;
  std::string_view d = std::string_view(digits).substr(lead);
  // The value is int(d, 16) * 2**scale; its leading bit is bit `zeros` of d's bit string.
  int64_t scale = exp - 4 * frac_digits;
  int first = hex_value(d[0]);
  int zeros = first >= 8 ? 0 : first >= 4 ? 1 : first >= 2 ? 2 : 3;
  int64_t total_bits = 4 * int64_t(d.size());
  int64_t top = total_bits - zeros - 1 + scale;  // value in [2**top, 2**(top + 1))
  if (top > 1023) return too_large();
  if (top < -1075) return negative ? -0.0 : 0.0;  // below half the smallest subnormal
  // Significant bits to keep: 53, fewer for subnormals (none at all when top is -1075).
  int64_t keep = top >= -1022 ? 53 : top + 1075;
  auto bit = [&](int64_t p) -> int {
    if (p >= total_bits) return 0;
    return (hex_value(d[size_t(p / 4)]) >> (3 - p % 4)) & 1;
  };
  uint64_t q = 0;
  for (int64_t p = zeros; p < zeros + keep; p++) q = (q << 1) | uint64_t(bit(p));
  int64_t round_at = zeros + keep;
  if (bit(round_at)) {
    bool sticky = false;
    for (int64_t p = round_at + 1; p < total_bits && !sticky; p++) sticky = bit(p);
    if (sticky || (q & 1)) q++;
  }
  double r = std::ldexp(double(q), int(top - keep + 1));
  if (std::isinf(r)) return too_large();
  return negative ? -r : r;
}

}  // namespace coroscope::num
