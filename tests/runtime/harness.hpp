// Shared pieces of the runtime tests: a print() that formats like Python's, and the expected
// outputs of the Python twins (tests/runtime/twins/*.py run by the reference runner).
#pragma once

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <type_traits>

#include "runtime/native_language.hpp"
#include "runtime/run.hpp"

namespace coroscope::rt::testing {

const std::string& expected(const std::string& twin);

inline std::string py(const Value& v) { return native::str(v); }
template <class F, class = std::enable_if_t<std::is_base_of_v<Object, F>>>
std::string py(const Ref<F>& v) {
  return native::str(Value(v));
}
inline std::string py(const std::string& s) { return s; }
inline std::string py(const char* s) { return s; }
inline std::string py(bool b) { return b ? "True" : "False"; }
inline std::string py(int v) { return std::to_string(v); }
inline std::string py(long v) { return std::to_string(v); }
inline std::string py(long long v) { return std::to_string(v); }
inline std::string py(unsigned long v) { return std::to_string(v); }
// repr(float): the shortest digits that read back the same value, in fixed notation for
// exponents -4..15 as CPython prints them.
inline std::string py(double d) {
  char buf[64];
  int prec = 1;
  for (; prec < 17; ++prec) {
    std::snprintf(buf, sizeof buf, "%.*e", prec - 1, d);
    if (std::strtod(buf, nullptr) == d) break;
  }
  std::snprintf(buf, sizeof buf, "%.*e", prec - 1, d);
  int exp = std::atoi(std::strchr(buf, 'e') + 1);
  if (exp < -4 || exp >= 16) return buf;
  std::snprintf(buf, sizeof buf, "%.*f", std::max(prec - 1 - exp, 0), d);
  std::string s = buf;
  if (s.find('.') == std::string::npos) s += ".0";
  return s;
}
inline std::string repr(const Value& v) { return native::repr(v); }
// e.args, formatted as CPython prints a tuple.
inline std::string args_of(const Value& e) {
  const native::Exception* x = native::as_exc(e);
  std::string out = "(";
  for (std::size_t i = 0; x && i < x->args.size(); ++i) {
    if (i) out += ", ";
    out += native::repr(x->args[i]);
  }
  if (x && x->args.size() == 1) out += ",";
  return out + ")";
}
inline bool is_cancelled(const Value& e) { return native::type_name(e) == "CancelledError"; }

// print(*args): args joined by spaces, one line per call.
struct Printer {
  std::string text;
  template <class... A>
  void operator()(const A&... a) {
    bool first = true;
    ((text.append(first ? "" : " ").append(py(a)), first = false), ...);
    text.push_back('\n');
  }
};

// One test program: a native language, a virtual-clock loop and an output.
struct Program {
  native::NativeLanguage lang;
  EventLoop loop{lang};
  Printer print;
};

// A vector of futures. g++ 12 rejects braced lists inside coroutine bodies ("array used as
// initializer"), so tests build them with this.
template <class... F>
std::vector<Ref<Future>> futs(const F&... f) {
  std::vector<Ref<Future>> v;
  (v.emplace_back(f), ...);
  return v;
}

// Tasks for the given coroutines, created left to right (function arguments are evaluated in
// an unspecified order, and creation order is scheduling order). Making a Co runs nothing.
template <class... C>
std::vector<Ref<Future>> create_tasks(C&&... co) {
  std::vector<Ref<Future>> v;
  (v.emplace_back(create_task(std::forward<C>(co))), ...);
  return v;
}

inline Value I(std::int64_t v) { return native::int_(v); }
inline Value S(std::string s) { return native::str_(std::move(s)); }

}  // namespace coroscope::rt::testing
