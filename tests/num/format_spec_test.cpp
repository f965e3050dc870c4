// format(value, spec) for int, float and str against CPython 3.11 (format_cases.inc, made by
// gen_format_cases.py).
#include "num/format_spec.hpp"

#include <gtest/gtest.h>

#include <cstring>
#include <string>

namespace {

using namespace coroscope::num;

struct Case {
  const char* kind;
  const char* value;
  const char* spec;
  const char* expected;
};

const Case kCases[] = {
#include "format_cases.inc"
};

double double_of(std::string_view s) {
  std::uint64_t u = std::stoull(std::string(s.substr(2)));
  double d;
  std::memcpy(&d, &u, sizeof d);
  return d;
}

std::string show(const Result<std::string>& r) {
  if (r.ok()) return r.value();
  const char* kinds[] = {"ZeroDivisionError", "OverflowError", "ValueError", "MemoryError"};
  return std::string("!") + kinds[static_cast<int>(r.error().kind)] + ": " + r.error().message;
}

std::string run(const Case& c) {
  const std::string kind = c.kind;
  if (kind == "int") return show(format_int(BigInt::parse(c.value).value(), c.spec));
  if (kind == "float") return show(format_float(double_of(c.value), c.spec));
  return show(format_str(c.value, c.spec));
}

TEST(FormatSpec, MatchesCPythonTable) {
  int failures = 0;
  for (const Case& c : kCases) {
    const std::string got = run(c);
    if (got != c.expected && ++failures <= 25) {
      ADD_FAILURE() << "format(" << c.kind << " " << c.value << ", '" << c.spec
                    << "')\n  expected [" << c.expected << "]\n  got      [" << got << "]";
    }
  }
  EXPECT_EQ(failures, 0) << "of " << std::size(kCases) << " cases";
  EXPECT_GT(std::size(kCases), 10000u);
}

TEST(FormatSpec, SpotChecks) {
  EXPECT_EQ(format_int(BigInt(1234567), "010,").value(), "01,234,567");
  EXPECT_EQ(format_int(BigInt(255), "#X").value(), "0XFF");
  EXPECT_EQ(format_float(1234.5, "_.2f").value(), "1_234.50");
  EXPECT_EQ(format_str("héllo", "*^9").value(), "**héllo**");
  EXPECT_EQ(format_int(BigInt(1), "s", "bool").error().message,
            "Unknown format code 's' for object of type 'bool'");
}

}  // namespace
