#include "num/hex.hpp"

namespace coroscope::num {

void append_hex(std::string& out, std::uint64_t v, int min_digits) {
  char rev[16];
  int n = 0;
  do {
    rev[n++] = "0123456789abcdef"[v & 15];
    v >>= 4;
  } while (v);
  if (min_digits > n) out.append(static_cast<std::size_t>(min_digits - n), '0');
  while (n) out += rev[--n];
}

}  // namespace coroscope::num
