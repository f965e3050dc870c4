// repr, PyOS_double_to_string and float() against CPython 3.11 (float_cases.inc, made by
// gen_float_cases.py).
#include "num/float_format.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <cstring>
#include <string>

#include "num/float_ops.hpp"
#include "num/libm.hpp"

namespace {

using namespace coroscope::num;

struct Case {
  const char* op;
  const char* a;
  const char* b;
  const char* expected;
};

const Case kCases[] = {
#include "float_cases.inc"
};

double double_of(const char* s) {
  std::uint64_t u = std::stoull(std::string(s + 2));
  double d;
  std::memcpy(&d, &u, sizeof d);
  return d;
}

std::string bits_of(double d) {
  std::uint64_t u;
  std::memcpy(&u, &d, sizeof u);
  return "f:" + std::to_string(u);
}

// format(x, spec) for the specs the generator emits: [+][z][#].N[type].
std::string format_spec(double x, std::string spec) {
  unsigned flags = 0;
  std::size_t i = 0;
  for (; spec[i] != '.'; ++i) {
    flags |= spec[i] == '+' ? kFloatSign : spec[i] == 'z' ? kFloatNoNegZero : kFloatAlt;
  }
  std::size_t end = i + 1;
  while (end < spec.size() && std::isdigit(static_cast<unsigned char>(spec[end]))) ++end;
  const int prec = std::stoi(spec.substr(i + 1, end - i - 1));
  if (end == spec.size()) return float_to_string(x, 'g', prec, flags | kFloatAddDot0);
  return float_to_string(x, spec[end], prec, flags);
}

std::string run(const Case& c) {
  const std::string op = c.op;
  if (op == "repr") return float_repr(double_of(c.a));
  if (op == "format") return format_spec(double_of(c.a), c.b);
  if (op == "parse") {
    auto r = parse_float(c.a);
    return r.ok() ? bits_of(r.value()) : "!ValueError: " + r.error().message;
  }
  const double x = double_of(c.a);
  auto err = [](const Error& e) {
    const char* kinds[] = {"ZeroDivisionError", "OverflowError", "ValueError", "MemoryError"};
    return std::string("!") + kinds[static_cast<int>(e.kind)] + ": " + e.message;
  };
  auto one = [&](const Result<double>& r) { return r.ok() ? bits_of(r.value()) : err(r.error()); };
  if (op == "hash") return std::to_string(float_hash(x));
  if (op == "exp") return bits_of(libm_exp(x));
  if (op == "log") return bits_of(libm_log(x));
  if (op == "round0") {
    auto r = float_round(x);
    return r.ok() ? r.value().to_string() : err(r.error());
  }
  if (op == "round") return one(float_round(x, std::stoll(c.b)));
  const double y = double_of(c.b);
  if (op == "floordiv") return one(float_floordiv(x, y));
  if (op == "pow") return one(float_pow(x, y));
  if (op == "mod") return one(float_mod(x, y));
  if (op == "divmod") {
    auto r = float_divmod(x, y);
    return r.ok() ? bits_of(r.value().first) + " " + bits_of(r.value().second) : err(r.error());
  }
  return "unknown op " + op;
}

TEST(FloatFormat, MatchesCPythonTable) {
  int failures = 0;
  for (const Case& c : kCases) {
    std::string got = run(c);
    std::string expected = c.expected;
    // CPython's nan keeps whatever sign bit the input had; compare nan as nan.
    if (expected.rfind("f:", 0) == 0 && got.rfind("f:", 0) == 0 &&
        std::isnan(double_of(expected.c_str())) && std::isnan(double_of(got.c_str()))) {
      got = expected;
    }
    if (got != expected && ++failures <= 25) {
      ADD_FAILURE() << c.op << "(" << c.a << ", " << c.b << ")\n  expected " << expected
                    << "\n  got      " << got;
    }
  }
  EXPECT_EQ(failures, 0) << "of " << std::size(kCases) << " cases";
}

}  // namespace

namespace {

using namespace coroscope::num;

TEST(FloatFormat, ReprSpotChecks) {
  EXPECT_EQ(float_repr(0.1), "0.1");
  EXPECT_EQ(float_repr(1e16), "1e+16");
  EXPECT_EQ(float_repr(1e15), "1000000000000000.0");
  EXPECT_EQ(float_repr(-0.0), "-0.0");
  EXPECT_EQ(float_repr(0.0001), "0.0001");
  EXPECT_EQ(float_repr(0.00001), "1e-05");
  EXPECT_EQ(float_repr(5e-324), "5e-324");
  EXPECT_EQ(float_repr(1.7976931348623157e308), "1.7976931348623157e+308");
  EXPECT_GT(std::size(kCases), 20000u);
}

}  // namespace
