#pragma once
// SHA-512 (FIPS 180-4), which random.seed() applies to str and bytes seeds.

#include <array>
#include <string_view>

namespace coroscope::num {

std::array<unsigned char, 64> sha512(std::string_view data);

}  // namespace coroscope::num
