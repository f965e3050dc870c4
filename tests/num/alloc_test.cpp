// The small-int and double paths must not touch the heap: this binary counts every operator new
// and runs those paths between two readings of the counter.
#include <gtest/gtest.h>

#include <atomic>
#include <cstdlib>
#include <new>

#include "num/bigint.hpp"
#include "num/float_format.hpp"
#include "num/float_ops.hpp"
#include "num/mersenne.hpp"

namespace {
std::atomic<long> g_allocations{0};
}  // namespace

void* operator new(std::size_t n) {
  ++g_allocations;
  if (void* p = std::malloc(n ? n : 1)) return p;
  std::abort();
}
void operator delete(void* p) noexcept { std::free(p); }
void operator delete(void* p, std::size_t) noexcept { std::free(p); }

namespace {

using namespace coroscope::num;

TEST(Allocation, SmallIntAndDoublePathsAreHeapFree) {
  Mersenne mt;
  mt.seed(BigInt(42));
  // Results feed an unsigned checksum (wrapping is fine) so nothing is optimised away.
  volatile std::uint64_t sink = 0;
  volatile double dsink = 0;
  const long before = g_allocations.load();
  for (std::int64_t i = -500; i < 500; ++i) {
    const BigInt a(i * 7919), b(i == 0 ? 3 : i);
    BigInt c = a + b;
    c = c - b * a;
    c = BigInt::floordiv(c, b).value() + BigInt::mod(a, b).value();
    auto qr = BigInt::divmod(a, b).value();
    c = (c & qr.first) | (qr.second ^ ~a);
    c = BigInt::lshift(c, std::uint64_t{3});
    c = BigInt::rshift(c, std::uint64_t{2});
    c = BigInt::pow(b, BigInt(3)).value();
    sink = sink + static_cast<std::uint64_t>(c.hash()) + c.bit_length() + (a < b) + (a == b);
    dsink = dsink + BigInt::truediv(a, b).value() + a.to_double().value();
    sink = sink + static_cast<std::uint64_t>(BigInt::parse("-123456789012").value().small_value());

    const double x = static_cast<double>(i) * 0.37 + 1e-3;
    FloatReprBuffer buf;
    float_repr(x * 1e-7, buf);
    sink = sink + buf.size;
    float_repr(x, buf);
    dsink = dsink + parse_float(buf.view()).value() + parse_float("0.30000000000000004").value();
    dsink = dsink + float_floordiv(x, 0.7).value() + float_mod(x, -0.7).value();
    dsink = dsink + float_divmod(x, 3.0).value().first + float_round(x, 2).value();
    sink = sink + static_cast<std::uint64_t>(float_hash(x) + float_round(x).value().small_value());
    dsink = dsink + mt.random();
    sink =
        sink + mt.randbelow(BigInt(1000)).small_value() + mt.getrandbits(60).value().small_value();
  }
  EXPECT_EQ(g_allocations.load() - before, 0);
}

}  // namespace
