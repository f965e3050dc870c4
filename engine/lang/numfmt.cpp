#include "lang/numfmt.hpp"

#include <cmath>
#include <cstdio>
#include <cstring>

#include "num/float_format.hpp"

namespace coroscope::lang {

int64_t utf8Length(const std::string& s) {
  int64_t n = 0;
  for (unsigned char c : s)
    if ((c & 0xC0) != 0x80) n++;
  return n;
}

std::string intToString(int64_t v, int base) {
  if (base == 10) return std::to_string(v);
  bool neg = v < 0;
  uint64_t u = neg ? uint64_t(0) - uint64_t(v) : uint64_t(v);
  std::string s;
  do {
    int d = int(u % uint64_t(base));
    s += char(d < 10 ? '0' + d : 'a' + d - 10);
    u /= uint64_t(base);
  } while (u);
  if (neg) s += '-';
  return std::string(s.rbegin(), s.rend());
}

bool parseFormatSpec(const std::string& spec, FormatSpec& out, std::string& err) {
  size_t i = 0, n = spec.size();
  auto isAlign = [](char c) { return c == '<' || c == '>' || c == '^' || c == '='; };
  if (n >= 2 && isAlign(spec[1])) {
    out.fill = spec[0];
    out.align = spec[1];
    i = 2;
  } else if (n >= 1 && isAlign(spec[0])) {
    out.align = spec[0];
    i = 1;
  }
  if (i < n && (spec[i] == '+' || spec[i] == '-' || spec[i] == ' ')) out.sign = spec[i++];
  if (i < n && spec[i] == '#') {
    out.alt = true;
    i++;
  }
  if (i < n && spec[i] == '0') {
    out.zero = true;
    i++;
  }
  if (i < n && std::isdigit(static_cast<unsigned char>(spec[i]))) {
    out.width = 0;
    while (i < n && std::isdigit(static_cast<unsigned char>(spec[i])))
      out.width = out.width * 10 + (spec[i++] - '0');
  }
  if (i < n && (spec[i] == ',' || spec[i] == '_')) out.grouping = spec[i++];
  if (i < n && spec[i] == '.') {
    i++;
    if (i >= n || !std::isdigit(static_cast<unsigned char>(spec[i]))) {
      err = "Format specifier missing precision";
      return false;
    }
    out.precision = 0;
    while (i < n && std::isdigit(static_cast<unsigned char>(spec[i])))
      out.precision = out.precision * 10 + (spec[i++] - '0');
  }
  if (i < n) out.type = spec[i++];
  if (i < n) {
    err = "Invalid format specifier '" + spec + "'";
    return false;
  }
  if (out.zero && !out.align) {
    out.fill = '0';
    out.align = '=';
  }
  return true;
}

std::string padFormatted(const std::string& body, const FormatSpec& spec, char defaultAlign) {
  int64_t len = utf8Length(body);
  if (spec.width < 0 || len >= spec.width) return body;
  size_t pad = size_t(spec.width - len);
  char align = spec.align ? spec.align : defaultAlign;
  std::string fill(1, spec.fill);
  auto rep = [&](size_t k) {
    std::string r;
    for (size_t j = 0; j < k; j++) r += fill;
    return r;
  };
  switch (align) {
    case '<':
      return body + rep(pad);
    case '^':
      return rep(pad / 2) + body + rep(pad - pad / 2);
    case '=': {
      size_t signLen = 0;
      if (!body.empty() && (body[0] == '-' || body[0] == '+' || body[0] == ' ')) signLen = 1;
      if (body.size() > signLen + 1 && body[signLen] == '0' &&
          std::strchr("xXbBoO", body[signLen + 1]))
        signLen += 2;
      return body.substr(0, signLen) + rep(pad) + body.substr(signLen);
    }
    default:
      return rep(pad) + body;
  }
}

namespace {
std::string group(const std::string& digits, char sep, int every) {
  std::string out;
  int count = 0;
  for (size_t i = digits.size(); i-- > 0;) {
    out += digits[i];
    if (++count % every == 0 && i > 0) out += sep;
  }
  return std::string(out.rbegin(), out.rend());
}
std::string signPrefix(bool neg, char sign) {
  if (neg) return "-";
  if (sign == '+') return "+";
  if (sign == ' ') return " ";
  return "";
}
}  // namespace

std::string formatInt(int64_t v, const FormatSpec& spec, std::string& err) {
  char t = spec.type ? spec.type : 'd';
  if (t == 'c') {
    std::string s;
    uint32_t cp = uint32_t(v);
    if (cp < 0x80)
      s += char(cp);
    else if (cp < 0x800)
      s += char(0xC0 | (cp >> 6)), s += char(0x80 | (cp & 0x3F));
    else
      s += char(0xE0 | (cp >> 12)), s += char(0x80 | ((cp >> 6) & 0x3F)),
          s += char(0x80 | (cp & 0x3F));
    return padFormatted(s, spec, '<');
  }
  int base = 10;
  std::string prefix;
  switch (t) {
    case 'd':
    case 'n':
      break;
    case 'x':
      base = 16;
      if (spec.alt) prefix = "0x";
      break;
    case 'X':
      base = 16;
      if (spec.alt) prefix = "0X";
      break;
    case 'o':
      base = 8;
      if (spec.alt) prefix = "0o";
      break;
    case 'b':
      base = 2;
      if (spec.alt) prefix = "0b";
      break;
    case 'e':
    case 'E':
    case 'f':
    case 'F':
    case 'g':
    case 'G':
    case '%':
      return formatFloat(double(v), spec, err);
    default:
      err = std::string("Unknown format code '") + t + "' for object of type 'int'";
      return "";
  }
  bool neg = v < 0;
  uint64_t u = neg ? uint64_t(0) - uint64_t(v) : uint64_t(v);
  std::string digits = intToString(int64_t(u), base);
  if (u > uint64_t(INT64_MAX)) digits = std::to_string(u);
  if (t == 'X')
    for (char& c : digits) c = char(std::toupper(static_cast<unsigned char>(c)));
  if (spec.grouping) digits = group(digits, spec.grouping, base == 10 ? 3 : 4);
  std::string body = signPrefix(neg, spec.sign) + prefix + digits;
  return padFormatted(body, spec, '>');
}

std::string formatFloat(double v, const FormatSpec& spec, std::string& err) {
  char t = spec.type;
  bool neg = std::signbit(v) && !std::isnan(v);
  double a = std::fabs(v);
  std::string digits;
  int prec = spec.precision;
  if (std::isinf(a) || std::isnan(a)) {
    digits = std::isnan(a) ? "nan" : "inf";
    if (t == 'F' || t == 'E' || t == 'G')
      for (char& c : digits) c = char(std::toupper(static_cast<unsigned char>(c)));
    if (t == '%') digits += "%";
  } else {
    const int p6 = prec < 0 ? 6 : prec;
    switch (t) {
      case 'f':
      case 'F':
        digits = num::float_to_string(a, 'f', p6, 0);
        if (spec.alt && digits.find('.') == std::string::npos) digits += ".";
        break;
      case '%':
        digits = num::float_to_string(a * 100, 'f', p6, 0) + "%";
        break;
      case 'e':
      case 'E':
      case 'g':
      case 'G':
        digits = num::float_to_string(a, t, p6, spec.alt ? unsigned(num::kFloatAlt) : 0u);
        break;
      case 0: {
        if (prec < 0) {
          digits = num::float_repr(a);
        } else {
          // Like 'g' but always keeps at least one digit after the point when fixed.
          digits = num::float_to_string(a, 'g', prec, 0);
          if (digits.find_first_of(".e") == std::string::npos) digits += ".0";
        }
        break;
      }
      case 'n':
        digits = num::float_to_string(a, 'g', p6, 0);
        break;
      default:
        err = std::string("Unknown format code '") + t + "' for object of type 'float'";
        return "";
    }
    if (spec.grouping) {
      size_t dot = digits.find_first_of(".e%");
      std::string ip = digits.substr(0, dot);
      std::string rest = dot == std::string::npos ? "" : digits.substr(dot);
      digits = group(ip, spec.grouping, 3) + rest;
    }
  }
  std::string body = signPrefix(neg, spec.sign) + digits;
  return padFormatted(body, spec, '>');
}

std::string formatStr(const std::string& s, const FormatSpec& spec, std::string& err) {
  if (spec.type && spec.type != 's') {
    err = std::string("Unknown format code '") + spec.type + "' for object of type 'str'";
    return "";
  }
  if (spec.sign != '-') {
    err = "Sign not allowed in string format specifier";
    return "";
  }
  if (spec.align == '=') {
    err = "'=' alignment not allowed in string format specifier";
    return "";
  }
  std::string body = s;
  if (spec.precision >= 0) {
    // Truncate to `precision` code points.
    size_t i = 0;
    int64_t count = 0;
    while (i < body.size() && count < spec.precision) {
      unsigned char c = static_cast<unsigned char>(body[i]);
      i += c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
      count++;
    }
    body = body.substr(0, i);
  }
  return padFormatted(body, spec, '<');
}

}  // namespace coroscope::lang
