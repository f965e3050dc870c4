// Algebraic identities over many random values, on sizes the CPython tables sample sparsely
// (hundreds of limbs: Karatsuba and long division), plus round trips of every conversion.
#include <gtest/gtest.h>

#include <cstring>
#include <random>
#include <vector>

#include "num/bigint.hpp"
#include "num/float_format.hpp"
#include "num/float_hex.hpp"

namespace {

using coroscope::num::BigInt;

BigInt random_big(std::mt19937_64& rng, std::size_t max_limbs) {
  std::vector<std::uint32_t> words(rng() % (max_limbs + 1));
  for (auto& w : words) w = static_cast<std::uint32_t>(rng());
  // Runs of all-ones and all-zeros limbs exercise carries and borrows.
  if (!words.empty() && rng() % 4 == 0) words[rng() % words.size()] = 0xFFFFFFFFu;
  if (!words.empty() && rng() % 4 == 0) words[rng() % words.size()] = 0;
  return BigInt::from_words(words, rng() % 2 == 0);
}

TEST(Properties, DivisionUndoesMultiplication) {
  std::mt19937_64 rng(7);
  for (int i = 0; i < 400; ++i) {
    const BigInt a = random_big(rng, 300), b = random_big(rng, 200);
    if (b.is_zero()) continue;
    const BigInt p = a * b;
    EXPECT_EQ(p, b * a);
    EXPECT_EQ((a + BigInt(1)) * b, p + b);
    auto [q, r] = BigInt::divmod(p, b).value();
    EXPECT_EQ(q, a);
    EXPECT_TRUE(r.is_zero());
    // Floor division: a = q*b + r with r of b's sign and |r| < |b|.
    auto [q2, r2] = BigInt::divmod(a, b).value();
    EXPECT_EQ(q2 * b + r2, a);
    EXPECT_TRUE(r2.is_zero() || r2.is_negative() == b.is_negative());
    EXPECT_LT(r2.abs(), b.abs());
  }
}

TEST(Properties, BitwiseAndShiftIdentities) {
  std::mt19937_64 rng(11);
  for (int i = 0; i < 2000; ++i) {
    const BigInt a = random_big(rng, 12), b = random_big(rng, 12);
    EXPECT_EQ((a & b) + (a | b), a + b);
    EXPECT_EQ(a ^ b ^ b, a);
    EXPECT_EQ(~a, -a - BigInt(1));
    EXPECT_EQ((a ^ b), (a | b) - (a & b));
    const auto n = static_cast<std::uint64_t>(rng() % 200);
    EXPECT_EQ(BigInt::rshift(BigInt::lshift(a, n), n), a);
    EXPECT_EQ(BigInt::lshift(a, n),
              a * BigInt::pow(BigInt(2), BigInt(static_cast<std::int64_t>(n))).value());
    EXPECT_EQ(
        BigInt::rshift(a, n),
        BigInt::floordiv(a, BigInt::pow(BigInt(2), BigInt(static_cast<std::int64_t>(n))).value())
            .value());
  }
}

TEST(Properties, StringRoundTrips) {
  std::mt19937_64 rng(13);
  for (int i = 0; i < 1500; ++i) {
    const BigInt a = random_big(rng, i < 1400 ? 20 : 700);
    const int base = 2 + static_cast<int>(rng() % 35);
    EXPECT_EQ(BigInt::parse(a.to_string(base), base).value(), a) << base;
    EXPECT_EQ(BigInt::parse(a.to_string(), 10).value(), a);
  }
}

TEST(Properties, FloatReprRoundTrips) {
  std::mt19937_64 rng(17);
  for (int i = 0; i < 200000; ++i) {
    std::uint64_t bits = rng();
    double x;
    std::memcpy(&x, &bits, sizeof x);
    if (!std::isfinite(x)) continue;
    coroscope::num::FloatReprBuffer buf;
    coroscope::num::float_repr(x, buf);
    const double back = coroscope::num::parse_float(buf.view()).value();
    ASSERT_EQ(std::memcmp(&back, &x, sizeof x), 0) << buf.view();
  }
}

// float.hex() then float.fromhex() gives back the same double, subnormals and zeros included.
TEST(Properties, FloatHexRoundTrips) {
  std::mt19937_64 rng(29);
  for (int i = 0; i < 200000; ++i) {
    std::uint64_t bits = rng();
    if (i % 4 == 0) bits &= 0x800FFFFFFFFFFFFFull;  // a subnormal (or zero) of either sign
    double x;
    std::memcpy(&x, &bits, sizeof x);
    if (!std::isfinite(x)) continue;
    const std::string hex = coroscope::num::float_to_hex(x);
    const double back = coroscope::num::float_from_hex(hex).value();
    ASSERT_EQ(std::memcmp(&back, &x, sizeof x), 0) << hex;
  }
}

}  // namespace
