#include "num/unicode_ascii.hpp"

#include <algorithm>
#include <cstdint>

namespace coroscope::num {

namespace {

// Unicode 14.0.0 (CPython 3.11.7), from tests/num/gen_unicode_digits.py.
constexpr std::uint32_t kDigitZeros[] = {
    0x660,   0x6F0,   0x7C0,   0x966,   0x9E6,   0xA66,   0xAE6,   0xB66,   0xBE6,   0xC66,
    0xCE6,   0xD66,   0xDE6,   0xE50,   0xED0,   0xF20,   0x1040,  0x1090,  0x17E0,  0x1810,
    0x1946,  0x19D0,  0x1A80,  0x1A90,  0x1B50,  0x1BB0,  0x1C40,  0x1C50,  0xA620,  0xA8D0,
    0xA900,  0xA9D0,  0xA9F0,  0xAA50,  0xABF0,  0xFF10,  0x104A0, 0x10D30, 0x11066, 0x110F0,
    0x11136, 0x111D0, 0x112F0, 0x11450, 0x114D0, 0x11650, 0x116C0, 0x11730, 0x118E0, 0x11950,
    0x11C50, 0x11D50, 0x11DA0, 0x16A60, 0x16AC0, 0x16B50, 0x1D7CE, 0x1D7D8, 0x1D7E2, 0x1D7EC,
    0x1D7F6, 0x1E140, 0x1E2F0, 0x1E950, 0x1FBF0,
};
constexpr std::uint32_t kSpaces[] = {
    0x85,   0xA0,   0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006,
    0x2007, 0x2008, 0x2009, 0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000,
};

// Decodes one UTF-8 sequence at s[i]; malformed input yields a value no table contains.
std::uint32_t decode(std::string_view s, std::size_t& i) {
  const auto c = static_cast<unsigned char>(s[i]);
  std::size_t len = c < 0xC0 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
  if (c >= 0x80 && c < 0xC0) {
    ++i;
    return 0xFFFFFFFFu;
  }
  std::uint32_t v = len == 1 ? c : c & (0x3F >> (len - 1));
  for (std::size_t k = 1; k < len; ++k) {
    if (i + k >= s.size() || (static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) {
      i += k;
      return 0xFFFFFFFFu;
    }
    v = (v << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
  }
  i += len;
  return v;
}

}  // namespace

bool transform_decimal_and_space_to_ascii(std::string_view text, std::string& out) {
  if (std::none_of(text.begin(), text.end(), [](char c) { return (c & 0x80) != 0; })) return false;
  out.clear();
  for (std::size_t i = 0; i < text.size();) {
    const std::uint32_t ch = decode(text, i);
    if (ch < 127) {
      out.push_back(static_cast<char>(ch));
      continue;
    }
    if (std::find(std::begin(kSpaces), std::end(kSpaces), ch) != std::end(kSpaces)) {
      out.push_back(' ');
      continue;
    }
    // The zero of ch's run is the largest zero <= ch; ch is a digit when within ten of it.
    const auto* it = std::upper_bound(std::begin(kDigitZeros), std::end(kDigitZeros), ch);
    if (it != std::begin(kDigitZeros) && ch - *(it - 1) < 10) {
      out.push_back(static_cast<char>('0' + (ch - *(it - 1))));
      continue;
    }
    // Anything else ends the text with a character no parser accepts.
    out.push_back('?');
    break;
  }
  return true;
}

}  // namespace coroscope::num
