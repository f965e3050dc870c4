#include "num/format_spec.hpp"

#include <algorithm>
#include <cstdint>
#include <limits>

#include "num/float_format.hpp"
#include "num/hex.hpp"

namespace coroscope::num {

std::size_t utf8_length(std::string_view s) {
  std::size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

std::string utf8_encode(std::uint32_t cp) {
  std::string out;
  if (cp < 0x80) {
    out.push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
  return out;
}

namespace {

// One decoded code point of a UTF-8 spec: its value and its bytes.
struct CodePoint {
  std::uint32_t value;
  std::string_view bytes;
};

CodePoint decode_at(std::string_view s, std::size_t pos) {
  const auto c = static_cast<unsigned char>(s[pos]);
  std::size_t len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
  len = std::min(len, s.size() - pos);
  std::uint32_t v = len == 1 ? c : c & (0x3F >> (len - 1));
  for (std::size_t i = 1; i < len; ++i)
    v = (v << 6) | (static_cast<unsigned char>(s[pos + i]) & 0x3F);
  return {v, s.substr(pos, len)};
}

struct Spec {
  std::string_view fill = " ";
  std::uint32_t fill_value = ' ';
  std::uint32_t align;
  std::uint32_t sign = 0;
  bool no_neg_0 = false;
  bool alternate = false;
  std::int64_t width = -1;
  char separators = 0;  // ',' or '_'
  int group = 0;        // digits per group when separators is set
  std::int64_t precision = -1;
  std::uint32_t type;
};

bool is_align(std::uint32_t c) { return c == '<' || c == '>' || c == '=' || c == '^'; }

std::string code_text(std::uint32_t c) {
  if (c > 32 && c < 128) return std::string(1, static_cast<char>(c));
  std::string out = "\\x";
  append_hex(out, c);
  return out;
}

Error value_error(std::string msg) { return Error{ErrorKind::Value, std::move(msg)}; }

Error unknown_type(std::uint32_t type, std::string_view type_name) {
  return value_error("Unknown format code '" + code_text(type) + "' for object of type '" +
                     std::string(type_name) + "'");
}

// Reads decimal digits; returns how many were consumed, or -1 on overflow.
int get_integer(std::string_view s, std::size_t& pos, std::int64_t& out) {
  std::int64_t v = 0;
  int n = 0;
  while (pos < s.size() && s[pos] >= '0' && s[pos] <= '9') {
    const int d = s[pos] - '0';
    if (v > (std::numeric_limits<std::int64_t>::max() - d) / 10) return -1;
    v = v * 10 + d;
    ++pos;
    ++n;
  }
  out = v;
  return n;
}

// parse_internal_render_format_spec.
Result<Spec> parse_spec(std::string_view s, std::uint32_t default_type, std::uint32_t default_align,
                        std::string_view type_name) {
  Spec f;
  f.align = default_align;
  f.type = default_type;
  std::size_t pos = 0;
  bool fill_specified = false, align_specified = false;
  if (!s.empty()) {
    const CodePoint first = decode_at(s, 0);
    const std::size_t second_at = first.bytes.size();
    if (second_at < s.size() && is_align(static_cast<unsigned char>(s[second_at]))) {
      f.fill = first.bytes;
      f.fill_value = first.value;
      f.align = static_cast<unsigned char>(s[second_at]);
      fill_specified = align_specified = true;
      pos = second_at + 1;
    } else if (is_align(first.value)) {
      f.align = first.value;
      align_specified = true;
      pos = 1;
    }
  }
  if (pos < s.size() && (s[pos] == '+' || s[pos] == '-' || s[pos] == ' ')) f.sign = s[pos++];
  if (pos < s.size() && s[pos] == 'z') {
    f.no_neg_0 = true;
    ++pos;
  }
  if (pos < s.size() && s[pos] == '#') {
    f.alternate = true;
    ++pos;
  }
  if (!fill_specified && pos < s.size() && s[pos] == '0') {
    f.fill = "0";
    f.fill_value = '0';
    if (!align_specified && default_align == '>') f.align = '=';
    ++pos;
  }
  const auto too_many = [] { return value_error("Too many decimal digits in format string"); };
  int consumed = get_integer(s, pos, f.width);
  if (consumed < 0) return too_many();
  if (consumed == 0) f.width = -1;
  if (pos < s.size() && s[pos] == ',') {
    f.separators = ',';
    ++pos;
  }
  if (pos < s.size() && s[pos] == '_') {
    if (f.separators) return value_error("Cannot specify both ',' and '_'.");
    f.separators = '_';
    ++pos;
  }
  if (pos < s.size() && s[pos] == ',' && f.separators == '_') {
    return value_error("Cannot specify both ',' and '_'.");
  }
  if (pos < s.size() && s[pos] == '.') {
    ++pos;
    consumed = get_integer(s, pos, f.precision);
    if (consumed < 0) return too_many();
    if (consumed == 0) return value_error("Format specifier missing precision");
  }
  if (pos < s.size()) {
    const CodePoint t = decode_at(s, pos);
    if (pos + t.bytes.size() < s.size()) {
      return value_error("Invalid format specifier '" + std::string(s) + "' for object of type '" +
                         std::string(type_name) + "'");
    }
    f.type = t.value;
  }
  if (f.separators) {
    f.group = 3;
    switch (f.type) {
      case 'd':
      case 'e':
      case 'f':
      case 'g':
      case 'E':
      case 'G':
      case '%':
      case 'F':
      case 0:
        break;
      case 'b':
      case 'o':
      case 'x':
      case 'X':
        if (f.separators == '_') {
          f.group = 4;
          break;
        }
        [[fallthrough]];
      default:
        return value_error(std::string("Cannot specify '") + f.separators + "' with '" +
                           code_text(f.type) + "'.");
    }
  }
  return f;
}

void append_fill(std::string& out, const Spec& f, std::int64_t n) {
  for (std::int64_t i = 0; i < n; ++i) out.append(f.fill);
}

// _PyUnicode_InsertThousandsGrouping: groups from the right, zero-padding to min_width.
std::string group_digits(std::string_view digits, std::int64_t min_width, int group, char sep) {
  std::string rev;  // built right to left
  auto remaining = static_cast<std::int64_t>(digits.size());
  std::size_t digits_end = digits.size();
  bool use_sep = false;
  auto emit = [&](std::int64_t n_chars, std::int64_t n_zeros) {
    if (use_sep) rev.push_back(sep);
    for (std::int64_t i = 0; i < n_chars; ++i) rev.push_back(digits[--digits_end]);
    rev.append(static_cast<std::size_t>(n_zeros), '0');
  };
  bool broken = false;
  if (group > 0) {
    for (;;) {
      const std::int64_t l =
          std::min<std::int64_t>(group, std::max({remaining, min_width, std::int64_t{1}}));
      const std::int64_t n_zeros = std::max<std::int64_t>(0, l - remaining);
      const std::int64_t n_chars = std::max<std::int64_t>(0, std::min(remaining, l));
      emit(n_chars, n_zeros);
      use_sep = true;
      remaining -= n_chars;
      min_width -= l;
      if (remaining <= 0 && min_width <= 0) {
        broken = true;
        break;
      }
      min_width -= 1;
    }
  }
  if (!broken) {
    const std::int64_t len = std::max({remaining, min_width, std::int64_t{1}});
    emit(std::max<std::int64_t>(0, std::min(remaining, len)),
         std::max<std::int64_t>(0, len - remaining));
  }
  std::reverse(rev.begin(), rev.end());
  return rev;
}

// calc_number_widths + fill_number: the layout
//   <lpad><sign><prefix><spad><grouped digits><decimal><remainder><rpad>
std::string fill_number(const Spec& f, char sign_char, std::string_view prefix,
                        std::string_view digits, bool has_decimal, std::string_view remainder,
                        bool upper) {
  char sign = 0;
  if (f.sign == '+') {
    sign = sign_char == '-' ? '-' : '+';
  } else if (f.sign == ' ') {
    sign = sign_char == '-' ? '-' : ' ';
  } else if (sign_char == '-') {
    sign = '-';
  }
  const auto n_remainder = static_cast<std::int64_t>(utf8_length(remainder));
  const std::int64_t non_digit = (sign ? 1 : 0) + static_cast<std::int64_t>(prefix.size()) +
                                 (has_decimal ? 1 : 0) + n_remainder;
  const std::int64_t min_width = f.fill_value == '0' && f.align == '=' ? f.width - non_digit : 0;
  std::string grouped;
  if (!digits.empty()) {
    grouped = group_digits(digits, min_width, f.separators ? f.group : 0, f.separators);
  }
  const std::int64_t n_padding = f.width - (non_digit + static_cast<std::int64_t>(grouped.size()));
  std::int64_t lpad = 0, spad = 0, rpad = 0;
  if (n_padding > 0) {
    switch (f.align) {
      case '<':
        rpad = n_padding;
        break;
      case '^':
        lpad = n_padding / 2;
        rpad = n_padding - lpad;
        break;
      case '=':
        spad = n_padding;
        break;
      default:
        lpad = n_padding;
        break;
    }
  }
  std::string out;
  append_fill(out, f, lpad);
  if (sign) out.push_back(sign);
  for (char c : prefix)
    out.push_back(upper && c >= 'a' && c <= 'z' ? static_cast<char>(c - 32) : c);
  append_fill(out, f, spad);
  for (char c : grouped)
    out.push_back(upper && c >= 'a' && c <= 'z' ? static_cast<char>(c - 32) : c);
  if (has_decimal) out.push_back('.');
  out.append(remainder);
  append_fill(out, f, rpad);
  return out;
}

// format_float_internal.
Result<std::string> format_float_with(double val, const Spec& f) {
  if (f.precision > std::numeric_limits<int>::max()) return value_error("precision too big");
  int precision = static_cast<int>(f.precision);
  int default_precision = 6;
  unsigned flags = 0;
  if (f.alternate) flags |= kFloatAlt;
  if (f.no_neg_0) flags |= kFloatNoNegZero;
  char type = static_cast<char>(f.type);
  if (type == 0) {
    flags |= kFloatAddDot0;
    type = 'r';
    default_precision = 0;
  }
  if (type == 'n') type = 'g';
  bool add_pct = false;
  if (type == '%') {
    type = 'f';
    val *= 100;
    add_pct = true;
  }
  if (precision < 0) {
    precision = default_precision;
  } else if (type == 'r') {
    type = 'g';
  }
  std::string buf = float_to_string(val, type, precision, flags);
  if (add_pct) buf.push_back('%');
  std::string_view body = buf;
  char sign_char = 0;
  if (!body.empty() && body[0] == '-') {
    sign_char = '-';
    body.remove_prefix(1);
  }
  std::size_t n = 0;
  while (n < body.size() && body[n] >= '0' && body[n] <= '9') ++n;
  const bool has_decimal = n < body.size() && body[n] == '.';
  return fill_number(f, sign_char, {}, body.substr(0, n), has_decimal,
                     body.substr(n + (has_decimal ? 1 : 0)), false);
}

}  // namespace

Result<std::string> format_int(const BigInt& v, std::string_view spec, std::string_view type_name) {
  if (spec.empty()) return v.to_string();
  auto parsed = parse_spec(spec, 'd', '>', type_name);
  if (!parsed) return parsed.error();
  const Spec& f = parsed.value();
  switch (f.type) {
    case 'b':
    case 'c':
    case 'd':
    case 'o':
    case 'x':
    case 'X':
    case 'n':
      break;
    case 'e':
    case 'E':
    case 'f':
    case 'F':
    case 'g':
    case 'G':
    case '%': {
      auto d = v.to_double();
      if (!d) return d.error();
      return format_float_with(d.value(), f);
    }
    default:
      return unknown_type(f.type, type_name);
  }
  if (f.precision != -1) return value_error("Precision not allowed in integer format specifier");
  if (f.no_neg_0) {
    return value_error("Negative zero coercion (z) not allowed in integer format specifier");
  }
  if (f.type == 'c') {
    if (f.sign) return value_error("Sign not allowed with integer format specifier 'c'");
    if (f.alternate) {
      return value_error("Alternate form (#) not allowed with integer format specifier 'c'");
    }
    // PyLong_AsLong first (a C long is 64 bits on CPython's 64-bit builds), then the range.
    const auto x = v.to_int64();
    if (!x) return Error{ErrorKind::Overflow, "Python int too large to convert to C long"};
    if (*x < 0 || *x > 0x10FFFF) {
      return Error{ErrorKind::Overflow, "%c arg not in range(0x110000)"};
    }
    return fill_number(f, 0, {}, {}, false, utf8_encode(static_cast<std::uint32_t>(*x)), false);
  }
  const int base = f.type == 'b'                      ? 2
                   : f.type == 'o'                    ? 8
                   : (f.type == 'x' || f.type == 'X') ? 16
                                                      : 10;
  const char* prefix = !f.alternate ? ""
                       : base == 2  ? "0b"
                       : base == 8  ? "0o"
                       : base == 16 ? "0x"
                                    : "";
  std::string digits = v.abs().to_string(base);
  return fill_number(f, v.is_negative() ? '-' : 0, prefix, digits, false, {}, f.type == 'X');
}

Result<std::string> format_float(double v, std::string_view spec, std::string_view type_name) {
  if (spec.empty()) return float_repr(v);
  auto parsed = parse_spec(spec, 0, '>', type_name);
  if (!parsed) return parsed.error();
  switch (parsed.value().type) {
    case 0:
    case 'e':
    case 'E':
    case 'f':
    case 'F':
    case 'g':
    case 'G':
    case 'n':
    case '%':
      return format_float_with(v, parsed.value());
    default:
      return unknown_type(parsed.value().type, type_name);
  }
}

Result<std::string> format_str(std::string_view s, std::string_view spec,
                               std::string_view type_name) {
  if (spec.empty()) return std::string(s);
  auto parsed = parse_spec(spec, 's', '<', type_name);
  if (!parsed) return parsed.error();
  const Spec& f = parsed.value();
  if (f.type != 's') return unknown_type(f.type, type_name);
  if (f.sign == ' ') return value_error("Space not allowed in string format specifier");
  if (f.sign) return value_error("Sign not allowed in string format specifier");
  if (f.no_neg_0) {
    return value_error("Negative zero coercion (z) not allowed in string format specifier");
  }
  if (f.alternate) return value_error("Alternate form (#) not allowed in string format specifier");
  if (f.align == '=') return value_error("'=' alignment not allowed in string format specifier");
  auto len = static_cast<std::int64_t>(utf8_length(s));
  std::string_view body = s;
  if (f.precision >= 0 && len >= f.precision) {
    // Keep the first `precision` code points.
    std::size_t bytes = 0;
    for (std::int64_t cps = 0; bytes < s.size();) {
      if ((static_cast<unsigned char>(s[bytes]) & 0xC0) != 0x80) {
        if (cps == f.precision) break;
        ++cps;
      }
      ++bytes;
    }
    body = s.substr(0, bytes);
    len = f.precision;
  }
  const std::int64_t total = std::max(f.width, len);
  std::int64_t lpad = 0;
  if (f.align == '>') {
    lpad = total - len;
  } else if (f.align == '^') {
    lpad = (total - len) / 2;
  }
  std::string out;
  append_fill(out, f, lpad);
  out.append(body);
  append_fill(out, f, total - len - lpad);
  return out;
}

}  // namespace coroscope::num
