#pragma once
// CPython's random.Random: the MT19937 core of Modules/_randommodule.c and the integer helpers
// of Lib/random.py that sit directly on it, so seeded programs print CPython's numbers.

#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

#include "num/bigint.hpp"
#include "num/result.hpp"

namespace coroscope::num {

class Mersenne {
 public:
  // Seeded with 0 until seed() is called (CPython seeds from the OS; a playground wants
  // reproducibility, and the interpreter decides what an unseeded Random gets).
  Mersenne() { seed(BigInt(0)); }

  // random.seed(n) for an int n: init_by_array over the 32-bit words of |n|. A float seed uses
  // hash(x) reinterpreted as unsigned 64-bit (BigInt::from_uint64).
  void seed(const BigInt& n);
  // random.seed(s) for str (pass its UTF-8), bytes or bytearray, version 2:
  // int.from_bytes(s + sha512(s).digest(), 'big').
  void seed_bytes(std::string_view bytes);

  // getstate()/setstate() core (random_getstate/random_setstate in _randommodule.c): the 624
  // state words followed by the position, 625 values. set_state: ValueError "invalid state" when
  // the position is outside 0..624 (the caller has already reduced each word to 32 bits, as
  // CPython does).
  std::vector<std::uint32_t> state() const;
  Result<bool> set_state(std::span<const std::uint32_t> words, std::int64_t index);

  std::uint32_t next_uint32();
  // random(): 53 random bits in [0, 1).
  double random();
  // getrandbits(k): ValueError "number of bits must be non-negative" for k < 0.
  Result<BigInt> getrandbits(std::int64_t k);
  // _randbelow(n) for n > 0 (random.py's _randbelow_with_getrandbits: rejection sampling).
  BigInt randbelow(const BigInt& n);
  // randrange(stop) / randrange(start, stop, step) for ints, with random.py 3.11's ValueErrors
  // ("empty range for randrange()", "empty range for randrange() (a, b, w)",
  // "zero step for randrange()").
  Result<BigInt> randrange(const BigInt& stop);
  Result<BigInt> randrange(const BigInt& start, const BigInt& stop, const BigInt& step = BigInt(1));
  // randint(a, b) == randrange(a, b + 1).
  Result<BigInt> randint(const BigInt& a, const BigInt& b);
  // uniform(a, b) == a + (b - a) * random().
  double uniform(double a, double b) { return a + (b - a) * random(); }
  // shuffle(x) as the swaps it makes: for i = n-1 .. 1, swap x[i] with x[result[i]]. The caller
  // applies them in that order. result[0] is unused.
  std::vector<std::size_t> shuffle_swaps(std::size_t n);

 private:
  static constexpr int kN = 624;
  static constexpr int kM = 397;
  std::uint32_t state_[kN];
  int index_ = kN + 1;

  void init_genrand(std::uint32_t s);
  void init_by_array(const std::uint32_t* key, std::size_t key_length);
};

}  // namespace coroscope::num
