// The bytes methods that str has too (split, strip, upper, find, ...), run by str's own
// implementation: the bytes become text, str's method runs, and the strs it returns become bytes
// again. Kept out of str_methods.cpp, whose hot string code the compiler inlines as it is.
#include "lang/containers.hpp"
#include "lang/native_util.hpp"

namespace coroscope::lang {

namespace {

const std::string& B(const Args& a) { return static_cast<Bytes*>(a[0].o)->s; }

// Code points below U+2900 in UTF-8, and back: all this mapping produces.
void putCp(std::string& out, uint32_t cp) {
  if (cp < 0x80) {
    out += char(cp);
  } else if (cp < 0x800) {
    out += char(0xC0 | (cp >> 6));
    out += char(0x80 | (cp & 0x3F));
  } else {
    out += char(0xE0 | (cp >> 12));
    out += char(0x80 | ((cp >> 6) & 0x3F));
    out += char(0x80 | (cp & 0x3F));
  }
}
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

// The bytes methods str has too: the bytes become text, str's method runs, and the strs it
// returns become bytes again. Bytes above 0x7f stand for themselves as code points of the
// Braille block (U+2880-U+28FF), which have no case, are not letters, digits or spaces, and count
// one each, as CPython's bytes methods treat them.
Value latin1Str(VM& vm, const std::string& b) {
  std::string s;
  for (unsigned char c : b) putCp(s, c < 0x80 ? c : 0x2800u + c);
  return vm.newStr(s);
}
Value strToBytes(VM& vm, Value v) {
  if (isKind(v, Kind::Str)) {
    std::string b;
    for (uint32_t c : codePoints(asStr(v)->s()))
      b += char(c >= 0x2880 && c <= 0x28FF ? c - 0x2800 : c & 0xFF);
    return Value::obj(vm.heap.make<Bytes>(vm.tBytes, b));
  }
  if (isKind(v, Kind::List) || isKind(v, Kind::Tuple)) {
    std::vector<Value> items = isKind(v, Kind::List) ? asList(v)->items : asTuple(v)->items;
    for (Value& x : items) x = strToBytes(vm, x);
    return isKind(v, Kind::List) ? vm.newList(items) : vm.newTuple(items);
  }
  return v;
}
bool bytesArg(VM& vm, Value& v, bool searching) {
  if (isKind(v, Kind::Bytes)) {
    v = latin1Str(vm, static_cast<Bytes*>(v.o)->s);
  } else if (isKind(v, Kind::Str)) {
    vm.raise(vm.eTypeError, searching ? "argument should be integer or bytes-like object, not 'str'"
                                      : "a bytes-like object is required, not 'str'");
    return false;
  } else if (isKind(v, Kind::List) || isKind(v, Kind::Tuple)) {
    std::vector<Value> items = isKind(v, Kind::List) ? asList(v)->items : asTuple(v)->items;
    for (Value& x : items)
      if (!bytesArg(vm, x, searching)) return false;
    v = isKind(v, Kind::List) ? vm.newList(items) : vm.newTuple(items);
  }
  return true;
}
Value bytesViaStr(VM& vm, Args& a) {
  const char* full = static_cast<Native*>(a.v[-1].o)->name;  // "bytes.NAME"
  std::string name = full + 6;
  Value m = dictGetStr(vm.tStr->dict, vm.intern(name));
  bool searching =
      name == "find" || name == "rfind" || name == "index" || name == "rindex" || name == "count";
  std::vector<Value> args(a.v, a.v + a.n);
  std::vector<KwArg> kw(a.kw, a.kw + a.nkw);
  List* keep = vm.heap.make<List>(vm.tList);
  Roots r(vm, {Value::obj(keep)});
  args[0] = latin1Str(vm, B(a));
  keep->items.push_back(args[0]);
  for (size_t i = 1; i < args.size(); i++) {
    if (name == "join" && !isKind(args[i], Kind::List) && !isKind(args[i], Kind::Tuple)) {
      std::vector<Value> items;
      if (!vm.toList(args[i], items)) return Value::err();
      args[i] = vm.newList(items);
    }
    if (!bytesArg(vm, args[i], searching)) return Value::err();
    keep->items.push_back(args[i]);
  }
  for (KwArg& k : kw) {
    if (!bytesArg(vm, k.value, searching)) return Value::err();
    keep->items.push_back(k.value);
  }
  Value res = vm.call(m, args.data(), int(args.size()), kw.data(), int(kw.size()));
  if (res.isErr()) return res;
  // Bytes above 0x7f are never letters, digits or spaces.
  if ((name == "isalpha" || name == "isalnum" || name == "isdigit" || name == "isspace") &&
      res.isBool())
    for (unsigned char c : B(a))
      if (c >= 0x80) return Value::boolean(false);
  return strToBytes(vm, res);
}

}  // namespace

void initBytesMethods(VM& vm) {
  for (const char* n :
       {"capitalize", "center",     "count",        "endswith",     "expandtabs", "find",
        "index",      "isalnum",    "isalpha",      "isascii",      "isdigit",    "islower",
        "isspace",    "istitle",    "isupper",      "join",         "ljust",      "lower",
        "lstrip",     "partition",  "removeprefix", "removesuffix", "replace",    "rfind",
        "rindex",     "rjust",      "rpartition",   "rsplit",       "rstrip",     "split",
        "splitlines", "startswith", "strip",        "swapcase",     "title",      "upper",
        "zfill"})
    vm.addMethod(vm.tBytes, n, bytesViaStr);
}

}  // namespace coroscope::lang
