// random.Random against CPython 3.11 (random_cases.inc, made by gen_random_cases.py): each
// seed's rows replay one Random's call sequence.
#include "num/mersenne.hpp"

#include <gtest/gtest.h>

#include <cstring>
#include <numeric>
#include <sstream>
#include <string>

#include "num/sha512.hpp"

namespace {

using namespace coroscope::num;

struct Case {
  const char* seed;
  const char* op;
  const char* arg;
  const char* expected;
};

const Case kCases[] = {
#include "random_cases.inc"
};

std::string bits_of(double d) {
  std::uint64_t u;
  std::memcpy(&u, &d, sizeof u);
  return "f:" + std::to_string(u);
}

BigInt num(const std::string& s) { return BigInt::parse(s).value(); }

std::string show(const Result<BigInt>& r) {
  return r.ok() ? r.value().to_string() : "!ValueError: " + r.error().message;
}

std::string from_hex(const std::string& hex) {
  std::string out;
  for (std::size_t i = 0; i + 1 < hex.size(); i += 2) {
    out.push_back(static_cast<char>(std::stoi(hex.substr(i, 2), nullptr, 16)));
  }
  return out;
}

std::string run(Mersenne& mt, const Case& c) {
  const std::string op = c.op;
  std::istringstream args(c.arg);
  std::string a, b, s;
  args >> a >> b >> s;
  if (op == "sha512") {
    const auto digest = sha512(from_hex(c.arg));
    std::string hex;
    for (unsigned char b : digest) {
      hex.push_back("0123456789abcdef"[b >> 4]);
      hex.push_back("0123456789abcdef"[b & 15]);
    }
    return hex;
  }
  if (op == "random") return bits_of(mt.random());
  if (op == "state") {
    std::uint64_t h = 0;
    for (std::uint32_t v : mt.state()) h = h * 1000003 + v;  // wraps mod 2**64, as the generator
    return std::to_string(h);
  }
  if (op == "uniform") return bits_of(mt.uniform(-3.5, 10.25));
  if (op == "getrandbits") return show(mt.getrandbits(std::stoll(a)));
  if (op == "randbelow") return mt.randbelow(num(a)).to_string();
  if (op == "randrange") return show(mt.randrange(num(a)));
  if (op == "randint") return show(mt.randint(num(a), num(b)));
  if (op == "randrange3") return show(mt.randrange(num(a), num(b), num(s)));
  if (op == "shuffle") {
    const auto n = static_cast<std::size_t>(std::stoul(a));
    std::vector<std::size_t> x(n);
    std::iota(x.begin(), x.end(), 0);
    const auto swaps = mt.shuffle_swaps(n);
    for (std::size_t i = n; i-- > 1;) std::swap(x[i], x[swaps[i]]);
    std::string out;
    for (std::size_t v : x) {
      if (!out.empty()) out.push_back(' ');
      out.append(std::to_string(v));
    }
    return out;
  }
  return "unknown op " + op;
}

TEST(Mersenne, MatchesCPythonSequences) {
  Mersenne mt;
  std::string current_seed;
  int failures = 0;
  for (const Case& c : kCases) {
    if (c.seed != current_seed) {
      current_seed = c.seed;
      if (current_seed.rfind("s:", 0) == 0) {
        mt.seed_bytes(from_hex(current_seed.substr(2)));
      } else if (!current_seed.empty()) {
        mt.seed(num(current_seed));
      }
    }
    const std::string got = run(mt, c);
    if (got != c.expected && ++failures <= 20) {
      ADD_FAILURE() << "seed " << c.seed << " " << c.op << "(" << c.arg << ")\n  expected "
                    << c.expected << "\n  got      " << got;
    }
  }
  EXPECT_EQ(failures, 0) << "of " << std::size(kCases) << " calls";
}

TEST(Mersenne, SetStateRestoresTheSequence) {
  Mersenne a;
  a.seed(BigInt(2024));
  a.random();
  const auto saved = a.state();
  const double next = a.random();
  Mersenne b;
  ASSERT_TRUE(b.set_state(std::span(saved).first(624), saved[624]).ok());
  EXPECT_EQ(b.random(), next);
  EXPECT_EQ(b.set_state(std::span(saved).first(624), 625).error().message, "invalid state");
}

TEST(Mersenne, Errors) {
  Mersenne mt;
  EXPECT_EQ(mt.getrandbits(-1).error().message, "number of bits must be non-negative");
  EXPECT_EQ(mt.randrange(BigInt(0)).error().message, "empty range for randrange()");
  EXPECT_EQ(mt.randrange(BigInt(5), BigInt(2)).error().message,
            "empty range for randrange() (5, 2, -3)");
  EXPECT_EQ(mt.randrange(BigInt(1), BigInt(9), BigInt(0)).error().message,
            "zero step for randrange()");
}

}  // namespace
