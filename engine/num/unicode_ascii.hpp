#pragma once
// CPython's _PyUnicode_TransformDecimalAndSpaceToASCII, which int() and float() apply before
// parsing: non-ASCII decimal digits become '0'..'9', non-ASCII spaces become ' ', and the first
// other non-ASCII character becomes '?' and ends the text.

#include <string>
#include <string_view>

namespace coroscope::num {

// Returns false (and leaves out untouched) when text is pure ASCII and needs no change.
bool transform_decimal_and_space_to_ascii(std::string_view text, std::string& out);

}  // namespace coroscope::num
