// Text helpers for %-formatting: the format-spec fields and padding (number digits come from
// coroscope_num).
#pragma once
#include <cstdint>
#include <string>

namespace coroscope::lang {

std::string intToString(int64_t v, int base = 10);

struct FormatSpec {
  char fill = ' ';
  char align = 0;  // '<' '>' '^' '='
  char sign = '-';
  bool alt = false;
  bool zero = false;
  int width = -1;
  char grouping = 0;  // ',' or '_'
  int precision = -1;
  char type = 0;
};

// Returns false with `err` set when the spec is malformed.
bool parseFormatSpec(const std::string& spec, FormatSpec& out, std::string& err);
std::string formatInt(int64_t v, const FormatSpec& spec, std::string& err);
std::string formatFloat(double v, const FormatSpec& spec, std::string& err);
std::string formatStr(const std::string& s, const FormatSpec& spec, std::string& err);
std::string padFormatted(const std::string& body, const FormatSpec& spec, char defaultAlign);
int64_t utf8Length(const std::string& s);

}  // namespace coroscope::lang
