// str and bytes methods.
#include <algorithm>

#include "lang/containers.hpp"
#include "lang/native_util.hpp"
#include "num/hex.hpp"

namespace coroscope::lang {

size_t utf8Len(const std::string& s);
Value strFormatMethod(VM& vm, Args& a);
Value strFormatMap(VM& vm, Args& a);
void initBytesMethods(VM& vm);  // bytes_methods.cpp

namespace {

Str* self(const Args& a) { return asStr(a[0]); }
const std::string& S(const Args& a) { return asStr(a[0])->s(); }

// Code point boundaries for non-ASCII strings.
std::vector<size_t> cpOffsets(const std::string& s) {
  std::vector<size_t> off;
  for (size_t i = 0; i < s.size(); i++)
    if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80) off.push_back(i);
  off.push_back(s.size());
  return off;
}

[[gnu::always_inline]] inline bool isWs(unsigned char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v' || c == 0x1c ||
         c == 0x1d || c == 0x1e || c == 0x1f;
}

Value sJoin(VM& vm, Args& a) {
  NARGS("join", 2, 2);
  std::vector<Value> items;
  if (!vm.toList(a[1], items)) return Value::err();
  std::string out;
  for (size_t i = 0; i < items.size(); i++) {
    if (!isKind(items[i], Kind::Str))
      return vm.raise(vm.eTypeError, "sequence item " + std::to_string(i) +
                                         ": expected str instance, " + vm.typeName(items[i]) +
                                         " found");
    if (i) out += S(a);
    out += asStr(items[i])->s();
  }
  return vm.newStr(out);
}

Value splitImpl(VM& vm, Args& a, bool right) {
  NARGS(right ? "rsplit" : "split", 1, 3);
  Value sepv = a.n > 1 ? a[1] : kwArg(a, "sep");
  Value maxv = a.n > 2 ? a[2] : kwArg(a, "maxsplit");
  int64_t maxsplit = -1;
  if (!maxv.isUndef() && !vm.indexValue(maxv, maxsplit)) return Value::err();
  const std::string& s = S(a);
  std::vector<std::string> parts;
  if (sepv.isUndef() || sepv.isNone()) {
    if (!right) {
      size_t i = 0;
      while (true) {
        while (i < s.size() && isWs(static_cast<unsigned char>(s[i]))) i++;
        if (i >= s.size()) break;
        if (maxsplit >= 0 && int64_t(parts.size()) == maxsplit) {
          size_t e = s.size();
          while (e > i && isWs(static_cast<unsigned char>(s[e - 1]))) e--;
          parts.push_back(s.substr(i, e - i));
          break;
        }
        size_t j = i;
        while (j < s.size() && !isWs(static_cast<unsigned char>(s[j]))) j++;
        parts.push_back(s.substr(i, j - i));
        i = j;
      }
    } else {
      size_t i = s.size();
      while (true) {
        while (i > 0 && isWs(static_cast<unsigned char>(s[i - 1]))) i--;
        if (i == 0) break;
        if (maxsplit >= 0 && int64_t(parts.size()) == maxsplit) {
          size_t b = 0;
          while (b < i && isWs(static_cast<unsigned char>(s[b]))) b++;
          parts.push_back(s.substr(b, i - b));
          break;
        }
        size_t j = i;
        while (j > 0 && !isWs(static_cast<unsigned char>(s[j - 1]))) j--;
        parts.push_back(s.substr(j, i - j));
        i = j;
      }
      std::reverse(parts.begin(), parts.end());
    }
  } else {
    if (!isKind(sepv, Kind::Str))
      return vm.raise(vm.eTypeError, "must be str or None, not " + vm.typeName(sepv));
    const std::string& sep = asStr(sepv)->s();
    if (sep.empty()) return vm.raise(vm.eValueError, "empty separator");
    if (!right) {
      size_t i = 0;
      while (true) {
        size_t j = s.find(sep, i);
        if (j == std::string::npos || (maxsplit >= 0 && int64_t(parts.size()) == maxsplit)) {
          parts.push_back(s.substr(i));
          break;
        }
        parts.push_back(s.substr(i, j - i));
        i = j + sep.size();
      }
    } else {
      size_t end = s.size();
      while (true) {
        if (maxsplit >= 0 && int64_t(parts.size()) == maxsplit) {
          parts.push_back(s.substr(0, end));
          break;
        }
        if (end < sep.size()) {
          parts.push_back(s.substr(0, end));
          break;
        }
        size_t j = s.rfind(sep, end - sep.size());
        if (j == std::string::npos) {
          parts.push_back(s.substr(0, end));
          break;
        }
        parts.push_back(s.substr(j + sep.size(), end - j - sep.size()));
        end = j;
      }
      std::reverse(parts.begin(), parts.end());
    }
  }
  std::vector<Value> out;
  for (auto& p : parts) out.push_back(vm.newStr(p));
  return vm.newList(out);
}
Value sSplit(VM& vm, Args& a) { return splitImpl(vm, a, false); }
Value sRsplit(VM& vm, Args& a) { return splitImpl(vm, a, true); }

Value sSplitlines(VM& vm, Args& a) {
  bool keep = a.n > 1 && vm.truthy(a[1]) > 0;
  Value k = kwArg(a, "keepends");
  if (!k.isUndef()) keep = vm.truthy(k) > 0;
  const std::string& s = S(a);
  std::vector<Value> out;
  size_t i = 0;
  while (i < s.size()) {
    size_t j = i;
    while (j < s.size() && s[j] != '\n' && s[j] != '\r') j++;
    size_t e = j;
    if (j < s.size()) {
      if (s[j] == '\r' && j + 1 < s.size() && s[j + 1] == '\n')
        j += 2;
      else
        j++;
    }
    out.push_back(vm.newStr(s.substr(i, (keep ? j : e) - i)));
    i = j;
  }
  return vm.newList(out);
}

Value stripImpl(VM& vm, Args& a, bool left, bool right) {
  NARGS("strip", 1, 2);
  const std::string& s = S(a);
  std::string chars;
  bool ws = a.n < 2 || a[1].isNone();
  if (!ws) {
    if (!isKind(a[1], Kind::Str)) return vm.raise(vm.eTypeError, "strip arg must be None or str");
    chars = asStr(a[1])->s();
  }
  auto strip = [&](unsigned char c) {
    return ws ? isWs(c) : chars.find(char(c)) != std::string::npos;
  };
  size_t b = 0, e = s.size();
  if (left)
    while (b < e && strip(static_cast<unsigned char>(s[b]))) b++;
  if (right)
    while (e > b && strip(static_cast<unsigned char>(s[e - 1]))) e--;
  return vm.newStr(s.substr(b, e - b));
}
Value sStrip(VM& vm, Args& a) { return stripImpl(vm, a, true, true); }
Value sLstrip(VM& vm, Args& a) { return stripImpl(vm, a, true, false); }
Value sRstrip(VM& vm, Args& a) { return stripImpl(vm, a, false, true); }

// Simple case mapping for Latin-1, Latin Extended-A, Greek and Cyrillic (what scenario text uses).
uint32_t toUpperCp(uint32_t c) {
  if (c < 0x80) return uint32_t(std::toupper(int(c)));
  if ((c >= 0xE0 && c <= 0xFE && c != 0xF7)) return c - 0x20;
  if (c == 0xFF) return 0x178;
  if (c >= 0x100 && c <= 0x17F && c != 0x130 && c != 0x131 && c != 0x138 && c != 0x149)
    return (c >= 0x139 && c <= 0x148) || (c >= 0x179 && c <= 0x17E) ? ((c & 1) ? c : c - 1)
                                                                    : (c & ~1u);
  if (c >= 0x3B1 && c <= 0x3C9 && c != 0x3C2) return c - 0x20;
  if (c >= 0x430 && c <= 0x44F) return c - 0x20;
  if (c >= 0x450 && c <= 0x45F) return c - 0x50;
  return c;
}
uint32_t toLowerCp(uint32_t c) {
  if (c < 0x80) return uint32_t(std::tolower(int(c)));
  if ((c >= 0xC0 && c <= 0xDE && c != 0xD7)) return c + 0x20;
  if (c == 0x178) return 0xFF;
  if (c >= 0x100 && c <= 0x17F && c != 0x130 && c != 0x131 && c != 0x138 && c != 0x149)
    return (c >= 0x139 && c <= 0x148) || (c >= 0x179 && c <= 0x17E) ? ((c & 1) ? c + 1 : c)
                                                                    : (c | 1u);
  if (c >= 0x391 && c <= 0x3A9 && c != 0x3A2) return c + 0x20;
  if (c >= 0x410 && c <= 0x42F) return c + 0x20;
  if (c >= 0x400 && c <= 0x40F) return c + 0x50;
  return c;
}
bool isAlphaCp(uint32_t c) {
  return c < 0x80 ? std::isalpha(int(c)) != 0 : toUpperCp(c) != toLowerCp(c) || c >= 0x4E00;
}
void putUtf8(std::string& out, uint32_t cp) {
  if (cp < 0x80)
    out += char(cp);
  else if (cp < 0x800)
    out += char(0xC0 | (cp >> 6)), out += char(0x80 | (cp & 0x3F));
  else if (cp < 0x10000)
    out += char(0xE0 | (cp >> 12)), out += char(0x80 | ((cp >> 6) & 0x3F)),
        out += char(0x80 | (cp & 0x3F));
  else
    out += char(0xF0 | (cp >> 18)), out += char(0x80 | ((cp >> 12) & 0x3F)),
        out += char(0x80 | ((cp >> 6) & 0x3F)), out += char(0x80 | (cp & 0x3F));
}

Value mapCharsUnicode(VM& vm, const std::string& s, int mode) {
  std::string out;
  bool start = true;
  for (size_t i = 0; i < s.size();) {
    unsigned char c0 = static_cast<unsigned char>(s[i]);
    size_t n = c0 < 0x80 ? 1 : c0 < 0xE0 ? 2 : c0 < 0xF0 ? 3 : 4;
    uint32_t cp = n == 1 ? c0 : c0 & (n == 2 ? 0x1F : n == 3 ? 0x0F : 0x07);
    for (size_t k = 1; k < n && i + k < s.size(); k++)
      cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
    i += n;
    uint32_t up = toUpperCp(cp), lo = toLowerCp(cp);
    uint32_t r = cp;
    switch (mode) {
      case 0:
        r = up;
        break;
      case 1:
        r = lo;
        break;
      case 2:
        r = cp == up ? lo : up;
        break;
      case 3:
        r = start ? up : lo;
        start = !isAlphaCp(cp);
        break;
      case 4:
        r = out.empty() ? up : lo;
        break;
    }
    if (mode == 0 && cp == 0xDF) {
      out += "SS";
      continue;
    }
    putUtf8(out, r);
  }
  return vm.newStr(out);
}

Value mapChars(VM& vm, Args& a, int mode) {
  if (!asStr(a[0])->ascii()) return mapCharsUnicode(vm, S(a), mode);
  std::string s = S(a);
  bool start = true;
  for (size_t i = 0; i < s.size(); i++) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    switch (mode) {
      case 0:
        s[i] = char(std::toupper(c));
        break;
      case 1:
        s[i] = char(std::tolower(c));
        break;
      case 2:
        s[i] = char(std::isupper(c) ? std::tolower(c) : std::toupper(c));
        break;
      case 3:  // title
        s[i] = char(start ? std::toupper(c) : std::tolower(c));
        start = !std::isalpha(c);
        break;
      case 4:  // capitalize
        s[i] = char(i == 0 ? std::toupper(c) : std::tolower(c));
        break;
    }
  }
  return vm.newStr(s);
}
Value sUpper(VM& vm, Args& a) { return mapChars(vm, a, 0); }
Value sLower(VM& vm, Args& a) { return mapChars(vm, a, 1); }
Value sSwapcase(VM& vm, Args& a) { return mapChars(vm, a, 2); }
Value sTitle(VM& vm, Args& a) { return mapChars(vm, a, 3); }
Value sCapitalize(VM& vm, Args& a) { return mapChars(vm, a, 4); }

Value sReplace(VM& vm, Args& a) {
  NARGS("replace", 3, 4);
  if (!isKind(a[1], Kind::Str) || !isKind(a[2], Kind::Str))
    return vm.raise(vm.eTypeError, "replace() argument 1 must be str, not " + vm.typeName(a[1]));
  int64_t count = -1;
  if (a.n == 4 && !vm.indexValue(a[3], count)) return Value::err();
  const std::string& s = S(a);
  const std::string& old = asStr(a[1])->s();
  const std::string& nw = asStr(a[2])->s();
  std::string out;
  if (old.empty()) {
    auto off = cpOffsets(s);
    int64_t done = 0;
    for (size_t k = 0; k + 1 < off.size(); k++) {
      if (count < 0 || done < count) {
        out += nw;
        done++;
      }
      out += s.substr(off[k], off[k + 1] - off[k]);
    }
    if (count < 0 || done < count) out += nw;
    return vm.newStr(out);
  }
  size_t i = 0;
  int64_t done = 0;
  while (true) {
    size_t j = s.find(old, i);
    if (j == std::string::npos || (count >= 0 && done >= count)) {
      out += s.substr(i);
      break;
    }
    out += s.substr(i, j - i) + nw;
    i = j + old.size();
    done++;
  }
  return vm.newStr(out);
}

// Resolves optional [start, end] code point arguments into byte offsets.
bool rangeArgs(VM& vm, Args& a, int first, size_t& b, size_t& e) {
  Str* s = self(a);
  int64_t n = s->length();
  int64_t st = 0, en = n;
  if (a.n > first && !a[first].isNone() && !vm.indexValue(a[first], st)) return false;
  if (a.n > first + 1 && !a[first + 1].isNone() && !vm.indexValue(a[first + 1], en)) return false;
  if (st < 0) st = std::max<int64_t>(0, st + n);
  if (en < 0) en = std::max<int64_t>(0, en + n);
  st = std::min(st, n);
  en = std::min(en, n);
  if (s->ascii()) {
    b = size_t(st);
    e = size_t(std::max(st, en));
  } else {
    auto off = cpOffsets(s->s());
    b = off[size_t(st)];
    e = off[size_t(std::max(st, en))];
  }
  return true;
}

int64_t byteToCp(Str* s, size_t byteOff) {
  if (s->ascii()) return int64_t(byteOff);
  int64_t n = 0;
  for (size_t i = 0; i < byteOff; i++)
    if ((static_cast<unsigned char>(s->s()[i]) & 0xC0) != 0x80) n++;
  return n;
}

Value findImpl(VM& vm, Args& a, bool reverse, bool raise, const char* name) {
  NARGS(name, 2, 4);
  if (!isKind(a[1], Kind::Str))
    return vm.raise(vm.eTypeError, "must be str, not " + vm.typeName(a[1]));
  size_t b, e;
  if (!rangeArgs(vm, a, 2, b, e)) return Value::err();
  const std::string& s = S(a);
  const std::string& sub = asStr(a[1])->s();
  size_t pos = std::string::npos;
  if (e >= b && e - b >= sub.size()) {
    std::string window = s.substr(b, e - b);
    size_t r = reverse ? window.rfind(sub) : window.find(sub);
    if (r != std::string::npos) pos = b + r;
  }
  if (pos == std::string::npos) {
    if (raise) return vm.raise(vm.eValueError, "substring not found");
    return Value::integer(-1);
  }
  return Value::integer(byteToCp(self(a), pos));
}
Value sFind(VM& vm, Args& a) { return findImpl(vm, a, false, false, "find"); }
Value sRfind(VM& vm, Args& a) { return findImpl(vm, a, true, false, "rfind"); }
Value sIndex(VM& vm, Args& a) { return findImpl(vm, a, false, true, "index"); }
Value sRindex(VM& vm, Args& a) { return findImpl(vm, a, true, true, "rindex"); }

Value sCount(VM& vm, Args& a) {
  NARGS("count", 2, 4);
  if (!isKind(a[1], Kind::Str))
    return vm.raise(vm.eTypeError, "must be str, not " + vm.typeName(a[1]));
  size_t b, e;
  if (!rangeArgs(vm, a, 2, b, e)) return Value::err();
  std::string w = S(a).substr(b, e - b);
  const std::string& sub = asStr(a[1])->s();
  if (sub.empty()) return Value::integer(utf8Len(w) + 1);
  int64_t n = 0;
  for (size_t i = w.find(sub); i != std::string::npos; i = w.find(sub, i + sub.size())) n++;
  return Value::integer(n);
}

Value affixImpl(VM& vm, Args& a, bool start) {
  NARGS(start ? "startswith" : "endswith", 2, 4);
  size_t b, e;
  if (!rangeArgs(vm, a, 2, b, e)) return Value::err();
  std::string w = S(a).substr(b, e - b);
  std::vector<Value> cands;
  if (isKind(a[1], Kind::Tuple))
    cands = asTuple(a[1])->items;
  else
    cands.push_back(a[1]);
  for (Value c : cands) {
    if (!isKind(c, Kind::Str))
      return vm.raise(vm.eTypeError, std::string(start ? "startswith" : "endswith") +
                                         " first arg must be str or a tuple of str, not " +
                                         vm.typeName(c));
    const std::string& x = asStr(c)->s();
    if (x.size() <= w.size() &&
        (start ? w.compare(0, x.size(), x) == 0 : w.compare(w.size() - x.size(), x.size(), x) == 0))
      return Value::boolean(true);
  }
  return Value::boolean(false);
}
Value sStartswith(VM& vm, Args& a) { return affixImpl(vm, a, true); }
Value sEndswith(VM& vm, Args& a) { return affixImpl(vm, a, false); }

template <class P>
Value classify(const Args& a, P pred) {
  const std::string& s = S(a);
  if (s.empty()) return Value::boolean(false);
  for (unsigned char c : s)
    if (!pred(c)) return Value::boolean(false);
  return Value::boolean(true);
}
Value sIsdigit(VM&, Args& a) {
  return classify(a, [](unsigned char c) { return std::isdigit(c) != 0; });
}
Value sIsalpha(VM&, Args& a) {
  return classify(a, [](unsigned char c) { return std::isalpha(c) != 0 || c >= 0x80; });
}
Value sIsalnum(VM&, Args& a) {
  return classify(a, [](unsigned char c) { return std::isalnum(c) != 0 || c >= 0x80; });
}
Value sIsspace(VM&, Args& a) {
  return classify(a, [](unsigned char c) { return isWs(c); });
}
Value sIsupper(VM&, Args& a) {
  const std::string& s = S(a);
  bool cased = false;
  for (unsigned char c : s) {
    if (std::islower(c)) return Value::boolean(false);
    if (std::isupper(c)) cased = true;
  }
  return Value::boolean(cased);
}
Value sIslower(VM&, Args& a) {
  const std::string& s = S(a);
  bool cased = false;
  for (unsigned char c : s) {
    if (std::isupper(c)) return Value::boolean(false);
    if (std::islower(c)) cased = true;
  }
  return Value::boolean(cased);
}
Value sIsidentifier(VM&, Args& a) {
  const std::string& s = S(a);
  if (s.empty() || std::isdigit(static_cast<unsigned char>(s[0]))) return Value::boolean(false);
  for (unsigned char c : s)
    if (!(std::isalnum(c) || c == '_' || c >= 0x80)) return Value::boolean(false);
  return Value::boolean(true);
}
Value sIstitle(VM&, Args& a) {
  const std::string& s = S(a);
  bool prevCased = false, any = false;
  for (unsigned char c : s) {
    if (std::isupper(c)) {
      if (prevCased) return Value::boolean(false);
      prevCased = true;
      any = true;
    } else if (std::islower(c)) {
      if (!prevCased) return Value::boolean(false);
      prevCased = true;
      any = true;
    } else {
      prevCased = false;
    }
  }
  return Value::boolean(any);
}

Value padImpl(VM& vm, Args& a, char mode) {
  NARGS(mode == 'c' ? "center" : mode == 'l' ? "ljust" : "rjust", 2, 3);
  int64_t width;
  if (!vm.indexValue(a[1], width)) return Value::err();
  std::string fill = " ";
  if (a.n == 3) {
    if (!isKind(a[2], Kind::Str) || asStr(a[2])->length() != 1)
      return vm.raise(vm.eTypeError, "The fill character must be exactly one character long");
    fill = asStr(a[2])->s();
  }
  Str* s = self(a);
  int64_t len = s->length();
  if (width <= len) return a[0];
  int64_t pad = width - len;
  int64_t left = mode == 'l' ? 0 : mode == 'r' ? pad : pad / 2 + (pad & width & 1);
  int64_t right = pad - left;
  std::string out;
  for (int64_t i = 0; i < left; i++) out += fill;
  out += s->s();
  for (int64_t i = 0; i < right; i++) out += fill;
  return vm.newStr(out);
}
Value sCenter(VM& vm, Args& a) { return padImpl(vm, a, 'c'); }
Value sLjust(VM& vm, Args& a) { return padImpl(vm, a, 'l'); }
Value sRjust(VM& vm, Args& a) { return padImpl(vm, a, 'r'); }

Value sZfill(VM& vm, Args& a) {
  NARGS("zfill", 2, 2);
  int64_t width;
  if (!vm.indexValue(a[1], width)) return Value::err();
  std::string s = S(a);
  int64_t len = self(a)->length();
  if (width <= len) return a[0];
  size_t signLen = (!s.empty() && (s[0] == '+' || s[0] == '-')) ? 1 : 0;
  return vm.newStr(s.substr(0, signLen) + std::string(size_t(width - len), '0') +
                   s.substr(signLen));
}

Value partitionImpl(VM& vm, Args& a, bool right) {
  NARGS(right ? "rpartition" : "partition", 2, 2);
  if (!isKind(a[1], Kind::Str))
    return vm.raise(vm.eTypeError, "must be str, not " + vm.typeName(a[1]));
  const std::string& s = S(a);
  const std::string& sep = asStr(a[1])->s();
  if (sep.empty()) return vm.raise(vm.eValueError, "empty separator");
  size_t p = right ? s.rfind(sep) : s.find(sep);
  if (p == std::string::npos) {
    if (right) return vm.newTuple({vm.newStr(""), vm.newStr(""), a[0]});
    return vm.newTuple({a[0], vm.newStr(""), vm.newStr("")});
  }
  return vm.newTuple({vm.newStr(s.substr(0, p)), a[1], vm.newStr(s.substr(p + sep.size()))});
}
Value sPartition(VM& vm, Args& a) { return partitionImpl(vm, a, false); }
Value sRpartition(VM& vm, Args& a) { return partitionImpl(vm, a, true); }

Value sEncode(VM& vm, Args& a) { return Value::obj(vm.heap.make<Bytes>(vm.tBytes, S(a))); }
Value sRemoveprefix(VM& vm, Args& a) {
  NARGS("removeprefix", 2, 2);
  if (!isKind(a[1], Kind::Str))
    return vm.raise(vm.eTypeError, "removeprefix() argument must be str, not " + vm.typeName(a[1]));
  const std::string& s = S(a);
  const std::string& p = asStr(a[1])->s();
  if (s.compare(0, p.size(), p) == 0) return vm.newStr(s.substr(p.size()));
  return a[0];
}
Value sRemovesuffix(VM& vm, Args& a) {
  NARGS("removesuffix", 2, 2);
  if (!isKind(a[1], Kind::Str))
    return vm.raise(vm.eTypeError, "removesuffix() argument must be str, not " + vm.typeName(a[1]));
  const std::string& s = S(a);
  const std::string& p = asStr(a[1])->s();
  if (!p.empty() && s.size() >= p.size() && s.compare(s.size() - p.size(), p.size(), p) == 0)
    return vm.newStr(s.substr(0, s.size() - p.size()));
  return a[0];
}
Value sExpandtabs(VM& vm, Args& a) {
  int64_t ts = 8;
  if (a.n > 1 && !vm.indexValue(a[1], ts)) return Value::err();
  std::string out;
  int64_t col = 0;
  for (char c : S(a)) {
    if (c == '\t') {
      int64_t n = ts > 0 ? ts - col % ts : 0;
      out += std::string(size_t(n), ' ');
      col += n;
    } else {
      out += c;
      col = (c == '\n' || c == '\r') ? 0 : col + 1;
    }
  }
  return vm.newStr(out);
}

// bytes
const std::string& B(const Args& a) { return static_cast<Bytes*>(a[0].o)->s; }
Value sIsascii(VM&, Args& a) {
  for (unsigned char c : S(a))
    if (c >= 0x80) return Value::boolean(false);
  return Value::boolean(true);
}

// Code points of UTF-8 text.
std::vector<uint32_t> codePoints(const std::string& s) {
  std::vector<uint32_t> out;
  for (size_t i = 0; i < s.size();) {
    unsigned char c0 = static_cast<unsigned char>(s[i]);
    size_t n = c0 < 0x80 ? 1 : c0 < 0xE0 ? 2 : c0 < 0xF0 ? 3 : 4;
    uint32_t cp = n == 1 ? c0 : c0 & (n == 2 ? 0x1F : n == 3 ? 0x0F : 0x07);
    for (size_t k = 1; k < n && i + k < s.size(); k++)
      cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
    out.push_back(cp);
    i += n;
  }
  return out;
}

// str.isprintable: false for control characters, separators other than the space, format
// characters and surrogates/private use (Unicode's categories Cc, Zl, Zp, Zs but ' ', Cf, Cs, Co).
Value sIsprintable(VM&, Args& a) {
  for (uint32_t c : codePoints(S(a))) {
    bool bad = c < 0x20 || (c >= 0x7F && c <= 0xA0) || c == 0xAD || c == 0x1680 ||
               (c >= 0x2000 && c <= 0x200F) || (c >= 0x2028 && c <= 0x202F) ||
               (c >= 0x205F && c <= 0x206F) || c == 0x3000 || c == 0xFEFF ||
               (c >= 0xD800 && c <= 0xF8FF) || (c >= 0xFFF9 && c <= 0xFFFB) || c >= 0xF0000;
    if (bad) return Value::boolean(false);
  }
  return Value::boolean(true);
}

// str.maketrans(x[, y[, z]]): the table str.translate takes, code points to code points, strs
// or None.
Value sMaketrans(VM& vm, Args& a) {
  NARGS("maketrans", 1, 3);
  Dict* d = vm.newDict();
  Value dv = Value::obj(d);
  Roots r(vm, {dv});
  if (a.n == 1) {
    if (!isKind(a[0], Kind::Dict))
      return vm.raise(vm.eTypeError,
                      "if you give only one argument to maketrans it must be a dict");
    for (auto& e : asDict(a[0])->entries) {
      if (e.key.isUndef()) continue;
      Value k = e.key;
      if (isKind(k, Kind::Str)) {
        std::vector<uint32_t> cps = codePoints(asStr(k)->s());
        if (cps.size() != 1)
          return vm.raise(vm.eValueError, "string keys in translate table must be of length 1");
        k = Value::integer(cps[0]);
      } else if (!k.isInt()) {
        return vm.raise(vm.eTypeError, "keys in translate table must be strings or integers");
      }
      if (!dictSet(vm, d, k, e.value)) return Value::err();
    }
    return dv;
  }
  for (int i = 0; i < a.n; i++)
    if (!isKind(a[i], Kind::Str))
      return vm.raise(vm.eTypeError, std::string("maketrans() argument ") + char('1' + i) +
                                         " must be str, not " + vm.typeName(a[i]));
  std::vector<uint32_t> x = codePoints(asStr(a[0])->s()), y = codePoints(asStr(a[1])->s());
  if (x.size() != y.size())
    return vm.raise(vm.eValueError, "the first two maketrans arguments must have equal length");
  for (size_t i = 0; i < x.size(); i++)
    if (!dictSet(vm, d, Value::integer(x[i]), Value::integer(y[i]))) return Value::err();
  if (a.n == 3)
    for (uint32_t c : codePoints(asStr(a[2])->s()))
      if (!dictSet(vm, d, Value::integer(c), Value::none())) return Value::err();
  return dv;
}

Value sTranslate(VM& vm, Args& a) {
  NARGS("translate", 2, 2);
  std::string out;
  for (uint32_t c : codePoints(S(a))) {
    Value v = vm.getItem(a[1], Value::integer(c));
    if (v.isErr()) {
      if (!vm.pendingIs(vm.eLookupError)) return v;
      vm.takePending();
      putUtf8(out, c);
    } else if (v.isNone()) {
    } else if (v.isInt()) {
      if (v.i < 0 || v.i > 0x10FFFF)
        return vm.raise(vm.eValueError, "character mapping must be in range(0x110000)");
      putUtf8(out, uint32_t(v.i));
    } else if (isKind(v, Kind::Str)) {
      out += asStr(v)->s();
    } else {
      return vm.raise(vm.eTypeError, "character mapping must return integer, None or str");
    }
  }
  return vm.newStr(out);
}

Value bDecode(VM& vm, Args& a) { return vm.newStr(B(a)); }
Value bHex(VM& vm, Args& a) {
  std::string out;
  for (unsigned char c : B(a)) num::append_hex(out, c, 2);
  return vm.newStr(out);
}

}  // namespace

size_t utf8Len(const std::string& s);

Value strSubscript(VM& vm, Str* s, Value key) {
  if (isKind(key, Kind::Slice)) {
    int64_t n = s->length();
    int64_t a, b, st;
    if (!sliceIndices(vm, static_cast<Slice*>(key.o), n, a, b, st)) return Value::err();
    if (s->ascii()) {
      if (st == 1) return vm.newStr(b > a ? s->s().substr(size_t(a), size_t(b - a)) : "");
      std::string r;
      if (st > 0)
        for (int64_t i = a; i < b; i += st) r += s->s()[size_t(i)];
      else
        for (int64_t i = a; i > b; i += st) r += s->s()[size_t(i)];
      return vm.newStr(r);
    }
    auto off = cpOffsets(s->s());
    std::string r;
    if (st > 0)
      for (int64_t i = a; i < b; i += st)
        r += s->s().substr(off[size_t(i)], off[size_t(i) + 1] - off[size_t(i)]);
    else
      for (int64_t i = a; i > b; i += st)
        r += s->s().substr(off[size_t(i)], off[size_t(i) + 1] - off[size_t(i)]);
    return vm.newStr(r);
  }
  if (!key.isInt() && !key.isBool())
    return vm.raise(vm.eTypeError,
                    "string indices must be integers, not '" + vm.typeName(key) + "'");
  int64_t i = key.isBool() ? key.b : key.i;
  int64_t n = s->length();
  if (i < 0) i += n;
  if (i < 0 || i >= n) return vm.raise(vm.eIndexError, "string index out of range");
  if (s->ascii()) return Value::obj(vm.intern(std::string(1, s->s()[size_t(i)])));
  auto off = cpOffsets(s->s());
  return Value::obj(vm.intern(s->s().substr(off[size_t(i)], off[size_t(i) + 1] - off[size_t(i)])));
}

void initStrMethods(VM& vm) {
  struct {
    const char* n;
    NativeFn f;
  } const m[] = {
      {"join", sJoin},
      {"split", sSplit},
      {"rsplit", sRsplit},
      {"splitlines", sSplitlines},
      {"strip", sStrip},
      {"lstrip", sLstrip},
      {"rstrip", sRstrip},
      {"upper", sUpper},
      {"lower", sLower},
      {"casefold", sLower},
      {"swapcase", sSwapcase},
      {"title", sTitle},
      {"capitalize", sCapitalize},
      {"replace", sReplace},
      {"find", sFind},
      {"rfind", sRfind},
      {"index", sIndex},
      {"rindex", sRindex},
      {"count", sCount},
      {"startswith", sStartswith},
      {"endswith", sEndswith},
      {"isdigit", sIsdigit},
      {"isdecimal", sIsdigit},
      {"isnumeric", sIsdigit},
      {"isalpha", sIsalpha},
      {"isalnum", sIsalnum},
      {"isspace", sIsspace},
      {"isupper", sIsupper},
      {"islower", sIslower},
      {"isidentifier", sIsidentifier},
      {"istitle", sIstitle},
      {"center", sCenter},
      {"ljust", sLjust},
      {"rjust", sRjust},
      {"zfill", sZfill},
      {"partition", sPartition},
      {"rpartition", sRpartition},
      {"encode", sEncode},
      {"removeprefix", sRemoveprefix},
      {"removesuffix", sRemovesuffix},
      {"expandtabs", sExpandtabs},
      {"format", strFormatMethod},
      {"format_map", strFormatMap},
      {"isascii", sIsascii},
      {"isprintable", sIsprintable},
      {"translate", sTranslate},
  };
  for (auto& x : m) vm.addMethod(vm.tStr, x.n, x.f);
  Wrapper* w = vm.heap.make<Wrapper>(vm.tStaticMethod, Kind::StaticMethod);
  w->a = vm.newNative("maketrans", sMaketrans);
  w->b = w->c = w->doc = Value::none();
  dictSetStr(vm, vm.tStr->dict, vm.intern("maketrans"), Value::obj(w));
  initBytesMethods(vm);
  vm.addMethod(vm.tBytes, "decode", bDecode);
  vm.addMethod(vm.tBytes, "hex", bHex);
}

}  // namespace coroscope::lang
