// '%<spec>' % value against CPython 3.11 (percent_cases.inc, made by gen_percent_cases.py).
#include "num/percent_format.hpp"

#include <gtest/gtest.h>

#include <cstring>
#include <sstream>
#include <string>

namespace {

using namespace coroscope::num;

struct Case {
  const char* spec;
  const char* kind;
  const char* value;
  const char* star;
  const char* expected;
};

const Case kCases[] = {
#include "percent_cases.inc"
};

double double_of(std::string_view s) {
  std::uint64_t u = std::stoull(std::string(s.substr(2)));
  double d;
  std::memcpy(&d, &u, sizeof d);
  return d;
}

std::string err(const Error& e) {
  const char* kinds[] = {"ZeroDivisionError", "OverflowError", "ValueError", "MemoryError"};
  return std::string("!") + kinds[static_cast<int>(e.kind)] + ": " + e.message;
}

std::string run(const Case& c) {
  auto parsed = parse_percent_spec(c.spec);
  const std::string kind = c.kind;
  if (kind == "parse") return parsed.ok() ? "ok" : err(parsed.error());
  if (!parsed) return err(parsed.error());
  PercentSpec spec = parsed.value().spec;
  if (parsed.value().consumed != std::strlen(c.spec)) return "consumed a wrong length";
  std::istringstream star(c.star);
  std::string tok;
  while (star >> tok) {
    if (tok[0] == 'w') set_star_width(spec, std::stoll(tok.substr(1)));
    if (tok[0] == 'p') set_star_precision(spec, std::stoll(tok.substr(1)));
  }
  if (kind == "float") return percent_format_float(double_of(c.value), spec);
  if (kind == "text") return percent_format_text(c.value, spec);
  const BigInt v = BigInt::parse(c.value).value();
  if (spec.conversion == 'c') {
    auto r = percent_format_char(v, spec);
    return r.ok() ? r.value() : err(r.error());
  }
  return percent_format_int(v, spec);
}

TEST(PercentFormat, MatchesCPythonTable) {
  int failures = 0;
  for (const Case& c : kCases) {
    const std::string got = run(c);
    if (got != c.expected && ++failures <= 25) {
      ADD_FAILURE() << "'%" << c.spec << "' % (" << c.star << " " << c.value << ")\n  expected ["
                    << c.expected << "]\n  got      [" << got << "]";
    }
  }
  EXPECT_EQ(failures, 0) << "of " << std::size(kCases) << " cases";
  EXPECT_GT(std::size(kCases), 5000u);
}

TEST(PercentFormat, MappingKey) {
  auto p = parse_percent_spec("(name)-8.3fabc").value();
  EXPECT_TRUE(p.has_mapping_key);
  EXPECT_EQ(p.mapping_key, "name");
  EXPECT_EQ(p.consumed, 11u);
  EXPECT_EQ(percent_format_float(3.14159, p.spec), "3.142   ");
}

}  // namespace
