#pragma once
// printf-style formatting ('%5.2f' % x) of one value, as CPython 3.11's PyUnicode_Format
// (Objects/unicodeobject.c). The interpreter walks the format string, fetches arguments (and '*'
// widths) and dispatches on the conversion; this layer parses one conversion spec and renders
// one value.

#include <cstdint>
#include <string>
#include <string_view>

#include "num/bigint.hpp"
#include "num/result.hpp"

namespace coroscope::num {

struct PercentSpec {
  bool left = false;   // '-'
  bool plus = false;   // '+'
  bool space = false;  // ' '
  bool alt = false;    // '#'
  bool zero = false;   // '0'
  std::int64_t width = -1;
  std::int64_t precision = -1;
  std::uint32_t conversion = 0;  // code point after flags/width/precision/length
};

struct PercentParse {
  PercentSpec spec;
  std::size_t consumed = 0;      // bytes after the '%', including the conversion character
  std::string_view mapping_key;  // text of '(key)' when present, for dict arguments
  bool has_mapping_key = false;
  bool width_from_arg = false;      // '*' width: call set_star_width with the next argument
  bool precision_from_arg = false;  // '.*' precision: call set_star_precision
};

// Parses what follows a '%': [(key)][flags][width|*][.precision|.*][h|l|L]conversion.
// ValueError "incomplete format", "incomplete format key", "width too big",
// "precision too big". The conversion character is not validated here: for one that is not
// d i u o x X e E f F g G c s r a %, CPython raises ValueError "unsupported format character
// '%c' (0x%x) at index %zd", which needs the caller's index.
Result<PercentParse> parse_percent_spec(std::string_view after_percent);
// '*' arguments: a negative width means left-justify; a negative precision means 0.
void set_star_width(PercentSpec& spec, std::int64_t width);
void set_star_precision(PercentSpec& spec, std::int64_t precision);

// %d %i %u %o %x %X of an int (the caller converts floats with int(), as CPython does for
// d/i/u, and requires a true int for o/x/X).
std::string percent_format_int(const BigInt& v, const PercentSpec& spec);
// %e %E %f %F %g %G of a float.
std::string percent_format_float(double v, const PercentSpec& spec);
// %c of an int: OverflowError "%c arg not in range(0x110000)".
Result<std::string> percent_format_char(const BigInt& code_point, const PercentSpec& spec);
// %s %r %a %c-of-str: the caller's str()/repr()/ascii() text, truncated to the precision (not
// for %c) and padded to the width.
std::string percent_format_text(std::string_view text, const PercentSpec& spec);

}  // namespace coroscope::num
