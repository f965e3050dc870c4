#include "num/percent_format.hpp"

#include <limits>

#include "num/float_format.hpp"
#include "num/format_spec.hpp"

namespace coroscope::num {

Result<PercentParse> parse_percent_spec(std::string_view s) {
  PercentParse p;
  std::size_t pos = 0;
  const auto incomplete = [] { return Error{ErrorKind::Value, "incomplete format"}; };
  if (pos < s.size() && s[pos] == '(') {
    int depth = 1;
    std::size_t start = ++pos;
    while (pos < s.size() && depth > 0) {
      if (s[pos] == ')') {
        --depth;
      } else if (s[pos] == '(') {
        ++depth;
      }
      ++pos;
    }
    if (depth > 0) return Error{ErrorKind::Value, "incomplete format key"};
    p.mapping_key = s.substr(start, pos - 1 - start);
    p.has_mapping_key = true;
  }
  PercentSpec& sp = p.spec;
  for (; pos < s.size(); ++pos) {
    const char c = s[pos];
    if (c == '-') {
      sp.left = true;
    } else if (c == '+') {
      sp.plus = true;
    } else if (c == ' ') {
      sp.space = true;
    } else if (c == '#') {
      sp.alt = true;
    } else if (c == '0') {
      sp.zero = true;
    } else {
      break;
    }
  }
  if (pos < s.size() && s[pos] == '*') {
    p.width_from_arg = true;
    ++pos;
  } else if (pos < s.size() && s[pos] >= '0' && s[pos] <= '9') {
    std::int64_t w = 0;
    for (; pos < s.size() && s[pos] >= '0' && s[pos] <= '9'; ++pos) {
      const int d = s[pos] - '0';
      if (w > (std::numeric_limits<std::int64_t>::max() - d) / 10) {
        return Error{ErrorKind::Value, "width too big"};
      }
      w = w * 10 + d;
    }
    sp.width = w;
  }
  if (pos < s.size() && s[pos] == '.') {
    ++pos;
    sp.precision = 0;
    if (pos < s.size() && s[pos] == '*') {
      p.precision_from_arg = true;
      ++pos;
    } else {
      std::int64_t v = 0;
      for (; pos < s.size() && s[pos] >= '0' && s[pos] <= '9'; ++pos) {
        const int d = s[pos] - '0';
        if (v > (std::numeric_limits<int>::max() - d) / 10) {
          return Error{ErrorKind::Value, "precision too big"};
        }
        v = v * 10 + d;
      }
      sp.precision = v;
    }
  }
  if (pos < s.size() && (s[pos] == 'h' || s[pos] == 'l' || s[pos] == 'L')) ++pos;
  if (pos >= s.size()) return incomplete();
  // The conversion may be any code point (an unsupported one is reported by the caller).
  const auto lead = static_cast<unsigned char>(s[pos]);
  std::size_t len = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
  if (pos + len > s.size()) len = s.size() - pos;
  std::uint32_t cp = len == 1 ? lead : lead & (0x3F >> (len - 1));
  for (std::size_t i = 1; i < len; ++i)
    cp = (cp << 6) | (static_cast<unsigned char>(s[pos + i]) & 0x3F);
  sp.conversion = cp;
  p.consumed = pos + len;
  return p;
}

void set_star_width(PercentSpec& spec, std::int64_t width) {
  if (width < 0) {
    spec.left = true;
    width = -width;
  }
  spec.width = width;
}

void set_star_precision(PercentSpec& spec, std::int64_t precision) {
  spec.precision = precision < 0 ? 0 : precision;
}

namespace {

// unicode_format_arg_output: sign, '0x'/'0o' prefix, padding. `numeric` is arg->sign in CPython
// (true for the number conversions).
std::string output(const PercentSpec& sp, std::string_view str, bool numeric) {
  const char ch = static_cast<char>(sp.conversion);
  const char fill = numeric && sp.zero ? '0' : ' ';
  auto len = static_cast<std::int64_t>(utf8_length(str));
  std::int64_t width = sp.width;
  if ((width == -1 || width <= len) && (sp.precision == -1 || sp.precision >= len) && !sp.plus &&
      !sp.space) {
    return std::string(str);
  }
  std::size_t pindex = 0;  // bytes; the number part is ASCII
  if (ch == 's' || ch == 'r' || ch == 'a') {
    if (sp.precision >= 0 && len > sp.precision) {
      std::size_t bytes = 0;
      for (std::int64_t cps = 0; bytes < str.size();) {
        if ((static_cast<unsigned char>(str[bytes]) & 0xC0) != 0x80) {
          if (cps == sp.precision) break;
          ++cps;
        }
        ++bytes;
      }
      str = str.substr(0, bytes);
      len = sp.precision;
    }
  }
  char signchar = 0;
  bool sign = numeric;
  if (sign) {
    if (!str.empty() && (str[0] == '-' || str[0] == '+')) {
      signchar = str[0];
      --len;
      ++pindex;
    } else if (sp.plus) {
      signchar = '+';
    } else if (sp.space) {
      signchar = ' ';
    } else {
      sign = false;
    }
  }
  if (width < len) width = len;
  std::string out;
  if (sign) {
    if (fill != ' ') out.push_back(signchar);
    if (width > len) --width;
  }
  const bool prefix = sp.alt && (ch == 'x' || ch == 'X' || ch == 'o');
  if (prefix) {
    if (fill != ' ') {
      out.push_back('0');
      out.push_back(ch);
      pindex += 2;
    }
    width -= 2;
    if (width < 0) width = 0;
    len -= 2;
  }
  if (width > len && !sp.left) {
    out.append(static_cast<std::size_t>(width - len), fill);
    width = len;
  }
  if (fill == ' ') {
    if (sign) out.push_back(signchar);
    if (prefix) {
      out.push_back('0');
      out.push_back(ch);
      pindex += 2;
    }
  }
  out.append(str.substr(pindex));
  if (width > len) out.append(static_cast<std::size_t>(width - len), ' ');
  return out;
}

}  // namespace

std::string percent_format_int(const BigInt& v, const PercentSpec& sp) {
  // _PyUnicode_FormatLong: digits, precision as a minimum digit count, prefix when '#'.
  const char type = static_cast<char>(sp.conversion);
  const int base = type == 'o' ? 8 : (type == 'x' || type == 'X') ? 16 : 10;
  std::string digits = v.abs().to_string(base);
  if (sp.precision > static_cast<std::int64_t>(digits.size())) {
    digits.insert(0, static_cast<std::size_t>(sp.precision) - digits.size(), '0');
  }
  std::string s;
  if (v.is_negative()) s.push_back('-');
  if (sp.alt && base != 10) {
    s.push_back('0');
    s.push_back(type == 'o' ? 'o' : 'x');
  }
  s += digits;
  if (type == 'X') {
    for (char& c : s) {
      if (c >= 'a' && c <= 'x') c = static_cast<char>(c - 32);
    }
  }
  return output(sp, s, true);
}

std::string percent_format_float(double v, const PercentSpec& sp) {
  const int prec = sp.precision < 0 ? 6 : static_cast<int>(sp.precision);
  const std::string s =
      float_to_string(v, static_cast<char>(sp.conversion), prec, sp.alt ? unsigned{kFloatAlt} : 0u);
  return output(sp, s, true);
}

Result<std::string> percent_format_char(const BigInt& code_point, const PercentSpec& sp) {
  // Unlike format(), an int beyond a C long gets the same range message here.
  const auto x = code_point.to_int64();
  if (!x || *x < 0 || *x > 0x10FFFF)
    return Error{ErrorKind::Overflow, "%c arg not in range(0x110000)"};
  return output(sp, utf8_encode(static_cast<std::uint32_t>(*x)), false);
}

std::string percent_format_text(std::string_view text, const PercentSpec& sp) {
  return output(sp, text, false);
}

}  // namespace coroscope::num
