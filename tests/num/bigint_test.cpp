// BigInt against CPython 3.11: every row of bigint_cases.inc (made by gen_bigint_cases.py) is an
// operation with the result CPython gave.
#include "num/bigint.hpp"

#include <gtest/gtest.h>

#include <chrono>
#include <cstring>
#include <string>

namespace {

using coroscope::num::BigInt;
using coroscope::num::Error;
using coroscope::num::ErrorKind;
using coroscope::num::Result;

struct Case {
  const char* op;
  const char* a;
  const char* b;
  const char* expected;
};

const Case kCases[] = {
#include "bigint_cases.inc"
};

const char* kind_name(ErrorKind k) {
  switch (k) {
    case ErrorKind::ZeroDivision:
      return "ZeroDivisionError";
    case ErrorKind::Overflow:
      return "OverflowError";
    case ErrorKind::Value:
      return "ValueError";
    case ErrorKind::Memory:
      return "MemoryError";
  }
  return "?";
}

std::string err(const Error& e) { return std::string("!") + kind_name(e.kind) + ": " + e.message; }

std::string bits_of(double d) {
  std::uint64_t u;
  std::memcpy(&u, &d, sizeof u);
  return "f:" + std::to_string(u);
}

double double_of(const char* s) {
  std::uint64_t u = std::stoull(std::string(s + 2));
  double d;
  std::memcpy(&d, &u, sizeof d);
  return d;
}

BigInt num(const char* s) { return BigInt::parse(s, 10).value(); }

template <class T, class F>
std::string show(const Result<T>& r, F f) {
  return r.ok() ? f(r.value()) : err(r.error());
}

std::string str(const BigInt& v) { return v.to_string(10); }

std::string run(const Case& c) {
  const std::string op = c.op;
  if (op == "parse") return show(BigInt::parse(c.a, std::stoi(c.b)), str);
  if (op == "parse_limited") {
    return show(BigInt::parse(c.a, std::stoi(c.b), BigInt::kDefaultMaxStrDigits), str);
  }
  if (op == "str_limited") {
    return show(num(c.a).to_decimal_string(BigInt::kDefaultMaxStrDigits),
                [](const std::string& s) { return s; });
  }
  if (op == "from_double") return show(BigInt::from_double(double_of(c.a)), str);
  if (op == "cmp_double") return std::to_string(*num(c.a).compare_with_double(double_of(c.b)));
  if (op == "powmod") {
    std::string s = c.a;
    const auto sp = s.find(' ');
    return show(BigInt::pow(num(s.substr(0, sp).c_str()), num(s.substr(sp + 1).c_str()), num(c.b)),
                str);
  }
  const BigInt a = num(c.a), b = num(c.b);
  if (op == "add") return str(a + b);
  if (op == "sub") return str(a - b);
  if (op == "mul") return str(a * b);
  if (op == "floordiv") return show(BigInt::floordiv(a, b), str);
  if (op == "mod") return show(BigInt::mod(a, b), str);
  if (op == "divmod") {
    return show(BigInt::divmod(a, b),
                [](const auto& qr) { return str(qr.first) + " " + str(qr.second); });
  }
  if (op == "truediv") return show(BigInt::truediv(a, b), bits_of);
  if (op == "and") return str(a & b);
  if (op == "or") return str(a | b);
  if (op == "xor") return str(a ^ b);
  if (op == "cmp") {
    const auto o = a <=> b;
    return o < 0 ? "-1" : (o > 0 ? "1" : "0");
  }
  if (op == "neg") return str(-a);
  if (op == "invert") return str(~a);
  if (op == "bit_length") return std::to_string(a.bit_length());
  if (op == "hash") return std::to_string(a.hash());
  if (op == "to_double") return show(a.to_double(), bits_of);
  if (op == "to_string") return a.to_string(static_cast<int>(b.small_value()));
  if (op == "lshift") return show(BigInt::lshift(a, b), str);
  if (op == "rshift") return show(BigInt::rshift(a, b), str);
  if (op == "pow") return show(BigInt::pow(a, b), str);
  if (op == "round") return str(BigInt::round(a, *b.to_int64()));
  return "unknown op " + op;
}

TEST(BigInt, MatchesCPythonTable) {
  int failures = 0;
  for (const Case& c : kCases) {
    const std::string got = run(c);
    if (got != c.expected) {
      if (++failures <= 20) {
        ADD_FAILURE() << c.op << "(" << std::string(c.a).substr(0, 200) << ", "
                      << std::string(c.b).substr(0, 200) << ")\n  expected "
                      << std::string(c.expected).substr(0, 300) << "\n  got      "
                      << got.substr(0, 300);
      }
    }
  }
  EXPECT_EQ(failures, 0) << "of " << std::size(kCases) << " cases";
}

TEST(BigInt, SmallValuesStayInline) {
  const BigInt max(INT64_MAX), min(INT64_MIN);
  EXPECT_TRUE((max - BigInt(1) + BigInt(1)).is_small());
  EXPECT_FALSE((max + BigInt(1)).is_small());
  EXPECT_TRUE((max + BigInt(1) - BigInt(1)).is_small());
  EXPECT_EQ(max + BigInt(1) - BigInt(1), max);
  EXPECT_FALSE((-min).is_small());
  EXPECT_EQ((-min).to_string(), "9223372036854775808");
  EXPECT_EQ(BigInt::floordiv(min, BigInt(-1)).value().to_string(), "9223372036854775808");
  EXPECT_EQ(BigInt::mod(min, BigInt(-1)).value(), BigInt(0));
  EXPECT_EQ(*(-(-min)).to_int64(), INT64_MIN);
}

TEST(BigInt, HundredThousandDigitDecimalRoundTrip) {
  // 7**118000 has 99,722 digits; prefix and suffix as CPython prints them.
  const BigInt v = BigInt::pow(BigInt(7), BigInt(118000)).value();
  const auto t0 = std::chrono::steady_clock::now();
  const std::string s = v.to_string();
  const auto t1 = std::chrono::steady_clock::now();
  EXPECT_EQ(s.size(), 99722u);
  EXPECT_EQ(s.substr(0, 20), "37044324707877534925");
  EXPECT_EQ(s.substr(s.size() - 20), "06027205371110800001");
  const BigInt back = BigInt::parse(s).value();
  const auto t2 = std::chrono::steady_clock::now();
  EXPECT_EQ(back, v);
  const auto ms = [](auto d) { return std::chrono::duration<double, std::milli>(d).count(); };
  std::printf("7**118000: to_string %.1f ms, parse %.1f ms\n", ms(t1 - t0), ms(t2 - t1));
}

}  // namespace

namespace {

TEST(BigInt, HugeResultsAreMemoryErrors) {
  // CPython raises MemoryError (empty message) for 1 << (1 << 45); the library refuses past
  // 2**30 bits instead of letting a wasm allocation abort.
  const auto shifted = BigInt::lshift(BigInt(1), BigInt(std::int64_t{1} << 45));
  ASSERT_FALSE(shifted.ok());
  EXPECT_EQ(shifted.error().kind, ErrorKind::Memory);
  EXPECT_EQ(shifted.error().message, "");
  const auto power = BigInt::pow(BigInt(2), BigInt(std::int64_t{1} << 45));
  ASSERT_FALSE(power.ok());
  EXPECT_EQ(power.error().kind, ErrorKind::Memory);
  // Results that stay small are computed whatever the exponent or shift.
  EXPECT_EQ(BigInt::pow(BigInt(-1), BigInt::lshift(BigInt(1), std::uint64_t{70})).value(),
            BigInt(1));
  EXPECT_EQ(BigInt::pow(BigInt(0), BigInt(std::int64_t{1} << 45)).value(), BigInt(0));
  EXPECT_EQ(BigInt::rshift(BigInt(-1), BigInt::lshift(BigInt(1), std::uint64_t{70})).value(),
            BigInt(-1));
  EXPECT_EQ(BigInt::pow(BigInt(2), BigInt(100000)).value().bit_length(), 100001u);
}

}  // namespace
