// f-string conversion, %-formatting and str.format.
#include <cmath>
#include <functional>

#include "lang/bigint_glue.hpp"
#include "lang/containers.hpp"
#include "lang/native_util.hpp"
#include "lang/numfmt.hpp"

namespace coroscope::lang {

namespace {
constexpr int64_t kNotNumber = -1;
constexpr int64_t kTooManyDigits = -2;

// CPython's get_integer(): a field name or index made only of decimal digits is a number, one
// beyond Py_ssize_t is an error, anything else ("0x", "1a", "-1") is a name or a str key.
int64_t fieldInteger(const std::string& s) {
  if (s.empty() || !std::isdigit(static_cast<unsigned char>(s[0]))) return kNotNumber;
  int64_t n = 0;
  for (char c : s) {
    if (!std::isdigit(static_cast<unsigned char>(c))) return kNotNumber;
    if (__builtin_mul_overflow(n, 10, &n) || __builtin_add_overflow(n, c - '0', &n))
      return kTooManyDigits;
  }
  return n;
}

Value tooManyDigits(VM& vm) {
  return vm.raise(vm.eValueError, "Too many decimal digits in format string");
}
}  // namespace

Value formatValue(VM& vm, Value v, int conv, Value spec) {
  Value x = v;
  if (conv == 1)
    x = vm.str(v);
  else if (conv == 2)
    x = vm.repr(v);
  else if (conv == 3) {
    Value b = vm.builtins ? dictGetStr(vm.builtins, vm.intern("ascii")) : Value::undef();
    x = vm.call1(b, v);
  }
  if (x.isErr()) return x;
  std::string sp = spec.isUndef() ? "" : asStr(spec)->s();
  if (sp.empty() && isKind(x, Kind::Str)) return x;
  return vm.format(x, sp);
}

Value percentFormat(VM& vm, const std::string& fmt, Value args) {
  std::vector<Value> items;
  bool isMapping = isKind(args, Kind::Dict);
  if (isKind(args, Kind::Tuple))
    items = asTuple(args)->items;
  else
    items.push_back(args);
  size_t ai = 0;
  std::string out;
  for (size_t i = 0; i < fmt.size(); i++) {
    char c = fmt[i];
    if (c != '%') {
      out += c;
      continue;
    }
    if (++i >= fmt.size()) return vm.raise(vm.eValueError, "incomplete format");
    Value arg;
    bool haveArg = false;
    if (fmt[i] == '(') {
      size_t close = fmt.find(')', i);
      if (close == std::string::npos) return vm.raise(vm.eValueError, "incomplete format key");
      std::string key = fmt.substr(i + 1, close - i - 1);
      if (!isMapping) return vm.raise(vm.eTypeError, "format requires a mapping");
      arg = vm.getItem(args, vm.newStr(key));
      if (arg.isErr()) return arg;
      haveArg = true;
      i = close + 1;
    }
    FormatSpec fs;
    std::string flags;
    while (i < fmt.size() && std::string("-+ #0").find(fmt[i]) != std::string::npos)
      flags += fmt[i++];
    auto nextArg = [&](Value& out) -> bool {
      if (ai >= items.size()) {
        vm.raise(vm.eTypeError, "not enough arguments for format string");
        return false;
      }
      out = items[ai++];
      return true;
    };
    if (i < fmt.size() && fmt[i] == '*') {
      Value w;
      if (!nextArg(w)) return Value::err();
      fs.width = int(w.i);
      i++;
    } else {
      while (i < fmt.size() && std::isdigit(static_cast<unsigned char>(fmt[i])))
        fs.width = std::max(fs.width, 0) * 10 + (fmt[i++] - '0');
    }
    if (i < fmt.size() && fmt[i] == '.') {
      i++;
      fs.precision = 0;
      if (i < fmt.size() && fmt[i] == '*') {
        Value p;
        if (!nextArg(p)) return Value::err();
        fs.precision = int(p.i);
        i++;
      } else {
        while (i < fmt.size() && std::isdigit(static_cast<unsigned char>(fmt[i])))
          fs.precision = fs.precision * 10 + (fmt[i++] - '0');
      }
    }
    if (i >= fmt.size()) return vm.raise(vm.eValueError, "incomplete format");
    char t = fmt[i];
    if (t == '%') {
      out += '%';
      continue;
    }
    if (!haveArg && !nextArg(arg)) return Value::err();
    for (char f : flags) {
      if (f == '-')
        fs.align = '<';
      else if (f == '+')
        fs.sign = '+';
      else if (f == ' ' && fs.sign != '+')
        fs.sign = ' ';
      else if (f == '#')
        fs.alt = true;
      else if (f == '0' && fs.align != '<') {
        fs.fill = '0';
        fs.align = '=';
      }
    }
    std::string err, piece;
    switch (t) {
      case 's':
      case 'r':
      case 'a': {
        std::string s;
        if (!(t == 's' ? vm.strInto(s, arg) : vm.reprInto(s, arg))) return Value::err();
        if (fs.precision >= 0 && size_t(fs.precision) < s.size())
          s = s.substr(0, size_t(fs.precision));
        FormatSpec ps = fs;
        ps.precision = -1;
        if (ps.align == '=') {
          ps.align = 0;
          ps.fill = ' ';
        }
        piece = padFormatted(s, ps, '>');
        break;
      }
      case 'd':
      case 'i':
      case 'u':
      case 'x':
      case 'X':
      case 'o': {
        int64_t iv;
        if (arg.isFloat())
          iv = int64_t(arg.f);
        else if (arg.isInt() || arg.isBool())
          iv = arg.isBool() ? arg.b : arg.i;
        else if (isBigObj(arg) && toBig(arg).to_int64())  // an int subclass's value
          iv = *toBig(arg).to_int64();
        else if (isBigObj(arg) && fs.precision <= 0) {
          // Beyond 64 bits: the digits in the base asked for, padded as a str.
          std::string digits = toBig(arg).to_string(t == 'x' || t == 'X' ? 16 : t == 'o' ? 8 : 10);
          if (t == 'X')
            for (char& ch : digits) ch = char(std::toupper(static_cast<unsigned char>(ch)));
          if (fs.sign == '+' && digits[0] != '-') digits = "+" + digits;
          FormatSpec ps = fs;
          ps.type = 0;
          piece = padFormatted(digits, ps, '>');
          break;
        } else {
          return vm.raise(
              vm.eTypeError,
              std::string("%") + t + " format: a real number is required, not " + vm.typeName(arg));
        }
        fs.type = (t == 'i' || t == 'u') ? 'd' : t;
        int prec = fs.precision;
        fs.precision = -1;
        piece = formatInt(iv, fs, err);
        if (prec > 0) {
          // %.Nd zero-pads the digits.
          std::string digits = std::to_string(iv < 0 ? -iv : iv);
          while (int(digits.size()) < prec) digits = "0" + digits;
          FormatSpec ps = fs;
          ps.type = 0;
          piece = padFormatted((iv < 0 ? "-" : fs.sign == '+' ? "+" : "") + digits, ps, '>');
        }
        break;
      }
      case 'e':
      case 'E':
      case 'f':
      case 'F':
      case 'g':
      case 'G': {
        double d;
        if (arg.isFloat())
          d = arg.f;
        else if (arg.isInt() || arg.isBool())
          d = double(arg.isBool() ? arg.b : arg.i);
        else
          return vm.raise(vm.eTypeError, "must be real number, not " + vm.typeName(arg));
        fs.type = t;
        piece = formatFloat(d, fs, err);
        break;
      }
      case 'c': {
        if (isKind(arg, Kind::Str))
          piece = asStr(arg)->s();
        else {
          fs.type = 'c';
          piece = formatInt(arg.i, fs, err);
        }
        break;
      }
      default:
        return vm.raise(vm.eValueError, std::string("unsupported format character '") + t +
                                            "' (0x" +
                                            intToString(static_cast<unsigned char>(t), 16) +
                                            ") at index " + std::to_string(i));
    }
    if (!err.empty()) return vm.raise(vm.eValueError, err);
    out += piece;
  }
  if (!isMapping && ai < items.size() &&
      !(items.size() == 1 && !isKind(args, Kind::Tuple) && ai == 0 && false))
    return vm.raise(vm.eTypeError, "not all arguments converted during string formatting");
  return vm.newStr(out);
}

// str.format(*args, **kwargs)
Value strFormatMethod(VM& vm, Args& a);

namespace {
// str.format (keywords from the call) and str.format_map (keywords looked up in `mapping`, so
// that a dict subclass's __missing__ answers).
Value formatImpl(VM& vm, Args& a, Value mapping) {
  const std::string& f = asStr(a[0])->s();
  std::string out;
  size_t autoIdx = 0;
  bool usedAuto = false, usedManual = false;
  std::function<Value(const std::string&, std::string&)> render;
  for (size_t i = 0; i < f.size(); i++) {
    char c = f[i];
    if (c == '{') {
      if (i + 1 < f.size() && f[i + 1] == '{') {
        out += '{';
        i++;
        continue;
      }
      // Find the matching '}' (the spec may hold nested fields).
      int depth = 1;
      size_t j = i + 1;
      for (; j < f.size() && depth; j++) {
        if (f[j] == '{')
          depth++;
        else if (f[j] == '}')
          depth--;
      }
      if (depth) return vm.raise(vm.eValueError, "expected '}' before end of string");
      std::string field = f.substr(i + 1, j - i - 2);
      i = j - 1;
      std::string name = field, conv, spec;
      size_t colon = std::string::npos, bang = std::string::npos;
      int d = 0;
      for (size_t k = 0; k < field.size(); k++) {
        if (field[k] == '[')
          d++;
        else if (field[k] == ']')
          d--;
        else if (d == 0 && field[k] == '!' && bang == std::string::npos &&
                 colon == std::string::npos)
          bang = k;
        else if (d == 0 && field[k] == ':' && colon == std::string::npos) {
          colon = k;
          break;
        }
      }
      if (colon != std::string::npos) {
        spec = field.substr(colon + 1);
        name = field.substr(0, colon);
      }
      if (bang != std::string::npos) {
        conv = name.substr(bang + 1);
        name = name.substr(0, bang);
      }
      // Nested replacement fields in the spec.
      if (spec.find('{') != std::string::npos) {
        Value nested = vm.newStr(spec);
        Roots r(vm, {nested});
        std::vector<Value> args(a.v, a.v + a.n);
        args[0] = nested;
        Args na{args.data(), a.n, a.kw, a.nkw};
        Value sv = strFormatMethod(vm, na);
        if (sv.isErr()) return sv;
        spec = asStr(sv)->s();
      }
      size_t end = name.find_first_of(".[");
      std::string first = name.substr(0, end);
      int64_t idx = fieldInteger(first);
      if (idx == kTooManyDigits) return tooManyDigits(vm);
      Value v;
      if (first.empty()) {
        if (usedManual)
          return vm.raise(
              vm.eValueError,
              "cannot switch from manual field specification to automatic field numbering");
        usedAuto = true;
        if (int(autoIdx) + 1 >= a.n)
          return vm.raise(vm.eIndexError, "Replacement index " + std::to_string(autoIdx) +
                                              " out of range for positional args tuple");
        v = a[int(autoIdx) + 1];
        autoIdx++;
      } else if (idx != kNotNumber) {
        if (usedAuto)
          return vm.raise(
              vm.eValueError,
              "cannot switch from automatic field numbering to manual field specification");
        usedManual = true;
        if (idx >= a.n - 1)
          return vm.raise(vm.eIndexError, "Replacement index " + std::to_string(idx) +
                                              " out of range for positional args tuple");
        v = a[idx + 1];
      } else {
        if (!mapping.isUndef()) {
          v = vm.getItem(mapping, vm.newStr(first));
          if (v.isErr()) return v;
        } else {
          v = kwArg(a, first.c_str());
        }
        if (v.isUndef()) return vm.raiseValue(vm.makeException(vm.eKeyError, {vm.newStr(first)}));
      }
      // Attribute and index lookups.
      size_t p = end;
      while (p != std::string::npos && p < name.size()) {
        if (name[p] == '.') {
          size_t q = name.find_first_of(".[", p + 1);
          std::string attr =
              name.substr(p + 1, q == std::string::npos ? std::string::npos : q - p - 1);
          v = vm.getAttr(v, vm.intern(attr));
          if (v.isErr()) return v;
          p = q;
        } else {
          size_t q = name.find(']', p);
          std::string key = name.substr(p + 1, q - p - 1);
          int64_t n = fieldInteger(key);
          if (n == kTooManyDigits) return tooManyDigits(vm);
          Value k = n != kNotNumber ? Value::integer(n) : vm.newStr(key);
          v = vm.getItem(v, k);
          if (v.isErr()) return v;
          p = q + 1;
        }
      }
      Roots r(vm, {v});
      int convCode = conv == "r" ? 2 : conv == "s" ? 1 : conv == "a" ? 3 : 0;
      Value specV = spec.empty() ? Value::undef() : vm.newStr(spec);
      Roots r2(vm, {specV});
      Value s = formatValue(vm, v, convCode, specV);
      if (s.isErr()) return s;
      out += asStr(s)->s();
    } else if (c == '}') {
      if (i + 1 < f.size() && f[i + 1] == '}') {
        out += '}';
        i++;
        continue;
      }
      return vm.raise(vm.eValueError, "Single '}' encountered in format string");
    } else {
      out += c;
    }
  }
  return vm.newStr(out);
}
}  // namespace

Value strFormatMethod(VM& vm, Args& a) { return formatImpl(vm, a, Value::undef()); }
Value strFormatMap(VM& vm, Args& a) {
  NARGS("format_map", 2, 2);
  Args self{a.v, 1, nullptr, 0};
  return formatImpl(vm, self, a[1]);
}

}  // namespace coroscope::lang
