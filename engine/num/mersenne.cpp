#include "num/mersenne.hpp"

#include <string>

#include "num/sha512.hpp"

namespace coroscope::num {

void Mersenne::init_genrand(std::uint32_t s) {
  state_[0] = s;
  for (int i = 1; i < kN; ++i) {
    state_[i] =
        1812433253u * (state_[i - 1] ^ (state_[i - 1] >> 30)) + static_cast<std::uint32_t>(i);
  }
  index_ = kN;
}

void Mersenne::init_by_array(const std::uint32_t* key, std::size_t key_length) {
  init_genrand(19650218u);
  std::size_t i = 1, j = 0;
  for (std::size_t k = kN > key_length ? kN : key_length; k; --k) {
    state_[i] = (state_[i] ^ ((state_[i - 1] ^ (state_[i - 1] >> 30)) * 1664525u)) + key[j] +
                static_cast<std::uint32_t>(j);
    ++i;
    ++j;
    if (i >= kN) {
      state_[0] = state_[kN - 1];
      i = 1;
    }
    if (j >= key_length) j = 0;
  }
  for (std::size_t k = kN - 1; k; --k) {
    state_[i] = (state_[i] ^ ((state_[i - 1] ^ (state_[i - 1] >> 30)) * 1566083941u)) -
                static_cast<std::uint32_t>(i);
    ++i;
    if (i >= kN) {
      state_[0] = state_[kN - 1];
      i = 1;
    }
  }
  state_[0] = 0x80000000u;
}

void Mersenne::seed(const BigInt& n) {
  std::vector<std::uint32_t> key = n.magnitude_words();
  if (key.empty()) key.push_back(0);
  init_by_array(key.data(), key.size());
}

void Mersenne::seed_bytes(std::string_view bytes) {
  std::string all(bytes);
  const auto digest = sha512(bytes);
  all.append(reinterpret_cast<const char*>(digest.data()), digest.size());
  // Big-endian bytes -> little-endian 32-bit words.
  std::vector<std::uint32_t> words((all.size() + 3) / 4, 0);
  for (std::size_t i = 0; i < all.size(); ++i) {
    const std::size_t from_end = all.size() - 1 - i;
    words[from_end / 4] |= static_cast<std::uint32_t>(static_cast<unsigned char>(all[i]))
                           << (8 * (from_end % 4));
  }
  seed(BigInt::from_words(words));
}

std::vector<std::uint32_t> Mersenne::state() const {
  std::vector<std::uint32_t> out(state_, state_ + kN);
  out.push_back(static_cast<std::uint32_t>(index_));
  return out;
}

Result<bool> Mersenne::set_state(std::span<const std::uint32_t> words, std::int64_t index) {
  if (words.size() != static_cast<std::size_t>(kN) || index < 0 || index > kN) {
    return Error{ErrorKind::Value, "invalid state"};
  }
  for (int i = 0; i < kN; ++i) state_[i] = words[static_cast<std::size_t>(i)];
  index_ = static_cast<int>(index);
  return true;
}

std::uint32_t Mersenne::next_uint32() {
  static constexpr std::uint32_t kMag01[2] = {0x0u, 0x9908b0dfu};
  constexpr std::uint32_t kUpper = 0x80000000u, kLower = 0x7fffffffu;
  std::uint32_t y;
  if (index_ >= kN) {
    int kk = 0;
    for (; kk < kN - kM; ++kk) {
      y = (state_[kk] & kUpper) | (state_[kk + 1] & kLower);
      state_[kk] = state_[kk + kM] ^ (y >> 1) ^ kMag01[y & 1u];
    }
    for (; kk < kN - 1; ++kk) {
      y = (state_[kk] & kUpper) | (state_[kk + 1] & kLower);
      state_[kk] = state_[kk + (kM - kN)] ^ (y >> 1) ^ kMag01[y & 1u];
    }
    y = (state_[kN - 1] & kUpper) | (state_[0] & kLower);
    state_[kN - 1] = state_[kM - 1] ^ (y >> 1) ^ kMag01[y & 1u];
    index_ = 0;
  }
  y = state_[index_++];
  y ^= (y >> 11);
  y ^= (y << 7) & 0x9d2c5680u;
  y ^= (y << 15) & 0xefc60000u;
  y ^= (y >> 18);
  return y;
}

double Mersenne::random() {
  const std::uint32_t a = next_uint32() >> 5, b = next_uint32() >> 6;
  return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
}

Result<BigInt> Mersenne::getrandbits(std::int64_t k) {
  if (k < 0) return Error{ErrorKind::Value, "number of bits must be non-negative"};
  if (k == 0) return BigInt(0);
  if (k <= 32) return BigInt(static_cast<std::int64_t>(next_uint32() >> (32 - k)));
  if (k <= 64) {
    // Two words, without building a word vector (randbelow's common case).
    const std::uint64_t lo = next_uint32();
    const std::uint64_t hi = next_uint32() >> (64 - k);
    return BigInt::from_uint64((hi << 32) | lo);
  }
  // Whole 32-bit words from least to most significant; the last one keeps its top bits.
  std::vector<std::uint32_t> words(static_cast<std::size_t>((k - 1) / 32 + 1));
  for (auto& w : words) {
    std::uint32_t r = next_uint32();
    if (k < 32) r >>= (32 - k);
    w = r;
    k -= 32;
  }
  return BigInt::from_words(words);
}

BigInt Mersenne::randbelow(const BigInt& n) {
  const auto k = static_cast<std::int64_t>(n.bit_length());
  BigInt r = getrandbits(k).value();
  while (r >= n) r = getrandbits(k).value();
  return r;
}

Result<BigInt> Mersenne::randrange(const BigInt& stop) {
  if (stop.sign() > 0) return randbelow(stop);
  return Error{ErrorKind::Value, "empty range for randrange()"};
}

Result<BigInt> Mersenne::randrange(const BigInt& start, const BigInt& stop, const BigInt& step) {
  const BigInt width = stop - start;
  if (step == BigInt(1)) {
    if (width.sign() > 0) return start + randbelow(width);
    return Error{ErrorKind::Value, "empty range for randrange() (" + start.to_string() + ", " +
                                       stop.to_string() + ", " + width.to_string() + ")"};
  }
  BigInt n;
  if (step.sign() > 0) {
    n = BigInt::floordiv(width + step - BigInt(1), step).value();
  } else if (step.sign() < 0) {
    n = BigInt::floordiv(width + step + BigInt(1), step).value();
  } else {
    return Error{ErrorKind::Value, "zero step for randrange()"};
  }
  if (n.sign() <= 0) return Error{ErrorKind::Value, "empty range for randrange()"};
  return start + step * randbelow(n);
}

Result<BigInt> Mersenne::randint(const BigInt& a, const BigInt& b) {
  return randrange(a, b + BigInt(1));
}

std::vector<std::size_t> Mersenne::shuffle_swaps(std::size_t n) {
  std::vector<std::size_t> swaps(n, 0);
  for (std::size_t i = n; i-- > 1;) {
    swaps[i] =
        static_cast<std::size_t>(randbelow(BigInt(static_cast<std::int64_t>(i + 1))).small_value());
  }
  return swaps;
}

}  // namespace coroscope::num
