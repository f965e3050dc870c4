#pragma once
// format(value, spec) for int, float and str: Python's format-spec mini-language
//   [[fill]align][sign][z][#][0][width][,|_][.precision][type]
// as implemented by CPython 3.11's Python/formatter_unicode.c. Text is UTF-8; widths and
// precisions count code points. Locale-dependent 'n' uses the C locale (no grouping).

#include <string>
#include <string_view>

#include "num/bigint.hpp"
#include "num/result.hpp"

namespace coroscope::num {

// int.__format__. type_name is the object's type for error messages ('int', 'bool', ...).
// Types b c d o x X n and none; e E f F g G % format float(v).
Result<std::string> format_int(const BigInt& v, std::string_view spec,
                               std::string_view type_name = "int");

// float.__format__: types e E f F g G n % and none (repr-like, or 'g' with at least one digit
// after the point when a precision is given).
Result<std::string> format_float(double v, std::string_view spec,
                                 std::string_view type_name = "float");

// str.__format__: type s or none; precision truncates.
Result<std::string> format_str(std::string_view s, std::string_view spec,
                               std::string_view type_name = "str");

// Number of code points in UTF-8 text (what len(str) reports).
std::size_t utf8_length(std::string_view s);
// UTF-8 encoding of one code point (0 .. 0x10FFFF).
std::string utf8_encode(std::uint32_t code_point);

}  // namespace coroscope::num
