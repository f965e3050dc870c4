// Helpers for writing native (C++) builtins.
#pragma once
#include <string>

#include "lang/vm.hpp"

namespace coroscope::lang {

// Keyword argument by name, Undef when absent.
inline Value kwArg(const Args& a, const char* name) {
  for (int i = 0; i < a.nkw; i++)
    if (a.kw[i].name->s() == name) return a.kw[i].value;
  return Value::undef();
}

// callable(v)
inline bool isCallable(VM& vm, Value v) {
  return isKind(v, Kind::Function) || isKind(v, Kind::Native) || isKind(v, Kind::BoundMethod) ||
         isKind(v, Kind::Type) || !vm.lookup(vm.typeOf(v), vm.dn.x_call).isUndef();
}

inline Value argCountError(VM& vm, const std::string& fname, int min, int max, int given) {
  std::string msg;
  if (min == max) {
    if (min == 0)
      msg = fname + "() takes no arguments (" + std::to_string(given) + " given)";
    else if (min == 1)
      msg = fname + "() takes exactly one argument (" + std::to_string(given) + " given)";
    else
      msg = fname + " expected " + std::to_string(min) + " arguments, got " + std::to_string(given);
  } else if (given < min) {
    msg = fname + " expected at least " + std::to_string(min) + " argument" +
          (min == 1 ? "" : "s") + ", got " + std::to_string(given);
  } else {
    msg = fname + " expected at most " + std::to_string(max) + " argument" + (max == 1 ? "" : "s") +
          ", got " + std::to_string(given);
  }
  return vm.raise(vm.eTypeError, msg);
}

#define NARGS(fname, min, max)                                                      \
  do {                                                                              \
    if (a.n < (min) || a.n > (max)) return argCountError(vm, fname, min, max, a.n); \
  } while (0)

#define NO_KW(fname)                                                                        \
  do {                                                                                      \
    if (a.nkw)                                                                              \
      return vm.raise(vm.eTypeError, std::string(fname) + "() takes no keyword arguments"); \
  } while (0)

bool sliceIndices(VM& vm, Slice* s, int64_t len, int64_t& start, int64_t& stop, int64_t& step);
std::string reprString(const std::string& s);
std::string addressOf(const void* p);
std::string qualifiedTypeName(VM& vm, Type* t);

}  // namespace coroscope::lang
