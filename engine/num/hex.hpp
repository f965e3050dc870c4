#pragma once
// Lower-case hexadecimal text for escapes and addresses ("\x0a", "\u20ac", "0x7ffd..."), written
// without printf: the C library's printf would bring its float formatting and long double
// arithmetic into the wasm engine.

#include <cstdint>
#include <string>

namespace coroscope::num {

// Appends v in lower-case hexadecimal, zero-padded to at least min_digits digits.
void append_hex(std::string& out, std::uint64_t v, int min_digits = 1);

}  // namespace coroscope::num
