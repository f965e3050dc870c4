#include "num/float_format.hpp"

#include <cmath>
#include <limits>

#include "num/dtoa.hpp"
#include "num/unicode_ascii.hpp"

namespace coroscope::num {

namespace {

bool is_ascii_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

bool is_digit(char c) { return c >= '0' && c <= '9'; }

bool equals_nocase(std::string_view s, std::string_view lower) {
  if (s.size() != lower.size()) return false;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if ((s[i] | 0x20) != lower[i]) return false;
  }
  return true;
}

}  // namespace

namespace {

// Output for repr: never longer than "-2.2250738585072014e-308", so it fits inline.
struct InlineOut {
  FloatReprBuffer& buf;
  void push_back(char c) { buf.data[buf.size++] = c; }
  void append(const char* p, std::size_t n) {
    for (std::size_t i = 0; i < n; ++i) buf.data[buf.size++] = p[i];
  }
  void append(std::size_t n, char c) {
    for (std::size_t i = 0; i < n; ++i) buf.data[buf.size++] = c;
  }
  char back() const { return buf.data[buf.size - 1]; }
  void pop_back() { --buf.size; }
  void reserve(std::size_t) {}
};

// A transcription of CPython's format_float_short (Python/pystrtod.c): the digits come from
// dtoa(); this places the decimal point, zero padding and exponent.
template <class Out>
void format_float_short(Out& out, double d, char code, int precision, unsigned flags) {
  const bool upper = code == 'E' || code == 'F' || code == 'G';
  DtoaMode mode = DtoaMode::Shortest;
  switch (code) {
    case 'E':
    case 'e':
      code = 'e';
      mode = DtoaMode::Significant;
      ++precision;
      break;
    case 'F':
    case 'f':
      code = 'f';
      mode = DtoaMode::Fixed;
      break;
    case 'G':
    case 'g':
      code = 'g';
      mode = DtoaMode::Significant;
      if (precision == 0) precision = 1;
      break;
    default:
      code = 'r';
      precision = 0;
      break;
  }
  const bool add_sign = flags & kFloatSign;
  const bool add_dot_0 = flags & kFloatAddDot0;
  const bool alt = flags & kFloatAlt;
  if (!std::isfinite(d)) {
    if (std::isnan(d)) {
      if (add_sign) out.push_back('+');
      out.append(upper ? "NAN" : "nan", 3);
    } else {
      if (d < 0) {
        out.push_back('-');
      } else if (add_sign) {
        out.push_back('+');
      }
      out.append(upper ? "INF" : "inf", 3);
    }
    return;
  }
  DtoaDigits dg;
  dtoa(d, mode, precision, dg);
  const std::ptrdiff_t digits_len = dg.length;
  std::ptrdiff_t decpt = dg.decpt;
  bool sign = dg.negative;
  if ((flags & kFloatNoNegZero) && sign &&
      (digits_len == 0 || (digits_len == 1 && dg.digits[0] == '0'))) {
    sign = false;
  }
  // The output is a slice vdigits[vdigits_start:vdigits_end] of the digits padded with zeros
  // on both sides, with the decimal point at decpt.
  std::ptrdiff_t vdigits_end = digits_len;
  bool use_exp = false;
  int exp = 0;
  switch (code) {
    case 'e':
      use_exp = true;
      vdigits_end = precision;
      break;
    case 'f':
      vdigits_end = decpt + precision;
      break;
    case 'g':
      if (decpt <= -4 || decpt > (add_dot_0 ? precision - 1 : precision)) use_exp = true;
      if (alt) vdigits_end = precision;
      break;
    default:  // 'r': exponent form from 1e16 on
      if (decpt <= -4 || decpt > 16) use_exp = true;
      break;
  }
  if (use_exp) {
    exp = static_cast<int>(decpt) - 1;
    decpt = 1;
  }
  const std::ptrdiff_t vdigits_start = decpt <= 0 ? decpt - 1 : 0;
  if (!use_exp && add_dot_0) {
    vdigits_end = vdigits_end > decpt ? vdigits_end : decpt + 1;
  } else {
    vdigits_end = vdigits_end > decpt ? vdigits_end : decpt;
  }
  out.reserve(static_cast<std::size_t>(vdigits_end - vdigits_start) + 8);
  if (sign) {
    out.push_back('-');
  } else if (add_sign) {
    out.push_back('+');
  }
  if (decpt <= 0) {
    out.append(static_cast<std::size_t>(decpt - vdigits_start), '0');
    out.push_back('.');
    out.append(static_cast<std::size_t>(-decpt), '0');
  } else {
    out.append(static_cast<std::size_t>(-vdigits_start), '0');
  }
  if (0 < decpt && decpt <= digits_len) {
    out.append(dg.digits, static_cast<std::size_t>(decpt));
    out.push_back('.');
    out.append(dg.digits + decpt, static_cast<std::size_t>(digits_len - decpt));
  } else {
    out.append(dg.digits, static_cast<std::size_t>(digits_len));
  }
  if (digits_len < decpt) {
    out.append(static_cast<std::size_t>(decpt - digits_len), '0');
    out.push_back('.');
    out.append(static_cast<std::size_t>(vdigits_end - decpt), '0');
  } else {
    out.append(static_cast<std::size_t>(vdigits_end - digits_len), '0');
  }
  if (out.back() == '.' && !alt) out.pop_back();
  if (use_exp) {
    // "%+.02d": sign, at least two digits.
    out.push_back(upper ? 'E' : 'e');
    out.push_back(exp < 0 ? '-' : '+');
    const int a = exp < 0 ? -exp : exp;
    if (a >= 100) out.push_back(static_cast<char>('0' + a / 100));
    out.push_back(static_cast<char>('0' + a / 10 % 10));
    out.push_back(static_cast<char>('0' + a % 10));
  }
}

}  // namespace

std::string float_to_string(double d, char code, int precision, unsigned flags) {
  std::string out;
  format_float_short(out, d, code, precision, flags);
  return out;
}

void float_repr(double x, FloatReprBuffer& out) {
  out.size = 0;
  InlineOut sink{out};
  format_float_short(sink, x, 'r', 0, kFloatAddDot0);
}

std::string float_repr(double x) {
  FloatReprBuffer buf;
  float_repr(x, buf);
  return std::string(buf.view());
}

Result<double> parse_float(std::string_view text) {
  // Built only when returned: a std::string this long would allocate.
  const auto invalid = [] {
    return Error{ErrorKind::Value, "could not convert string to float: "};
  };
  std::string ascii;
  if (transform_decimal_and_space_to_ascii(text, ascii)) text = ascii;
  std::size_t b = 0, e = text.size();
  while (b < e && is_ascii_space(text[b])) ++b;
  while (e > b && is_ascii_space(text[e - 1])) --e;
  std::string_view s = text.substr(b, e - b);
  // Underscores: each one must sit between two digits; they are then dropped.
  std::string cleaned;
  if (s.find('_') != std::string_view::npos) {
    char prev = '\0';
    for (char c : s) {
      if (c == '_') {
        if (!is_digit(prev)) return invalid();
      } else {
        if (prev == '_' && !is_digit(c)) return invalid();
        cleaned.push_back(c);
      }
      prev = c;
    }
    if (prev == '_') return invalid();
    s = cleaned;
  }
  std::size_t i = 0;
  bool neg = false;
  if (i < s.size() && (s[i] == '+' || s[i] == '-')) neg = s[i++] == '-';
  const std::string_view body = s.substr(i);
  if (equals_nocase(body, "inf") || equals_nocase(body, "infinity")) {
    return neg ? -std::numeric_limits<double>::infinity() : std::numeric_limits<double>::infinity();
  }
  if (equals_nocase(body, "nan")) {
    const double nan = std::numeric_limits<double>::quiet_NaN();
    return neg ? -nan : nan;
  }
  // digits [. digits] [e [sign] digits], with at least one mantissa digit.
  std::size_t mant_digits = 0;
  while (i < s.size() && is_digit(s[i])) ++i, ++mant_digits;
  if (i < s.size() && s[i] == '.') {
    ++i;
    while (i < s.size() && is_digit(s[i])) ++i, ++mant_digits;
  }
  if (mant_digits == 0) return invalid();
  if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
    ++i;
    if (i < s.size() && (s[i] == '+' || s[i] == '-')) ++i;
    const std::size_t start = i;
    while (i < s.size() && is_digit(s[i])) ++i;
    if (i == start) return invalid();
  }
  if (i != s.size()) return invalid();
  return strtod_exact(s);
}

}  // namespace coroscope::num
