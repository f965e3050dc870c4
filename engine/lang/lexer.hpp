// Lexer: source text to tokens, with Python's INDENT/DEDENT/NEWLINE rules.
#pragma once
#include <string>
#include <vector>

#include "lang/token.hpp"

namespace coroscope::lang {

// Returns false and fills `err` on a lexical error.
bool tokenize(const std::string& src, std::vector<Token>& out, SyntaxErrorInfo& err);

// Decodes the escapes of a (non-raw) string body. Used for f-string literal parts too.
std::string decodeEscapes(const std::string& body, bool bytes);

// Finds the end of a string whose opening quote(s) end at `pos` (f-strings included: replacement
// fields may contain nested quotes). Returns the index just past the closing quote(s), npos if
// the string is not closed, or kStringTooDeep past kMaxFStringNesting f-strings nested in one
// another (as CPython 3.12, which allows the same quotes inside, has a limit).
constexpr int kMaxFStringNesting = 150;
constexpr size_t kStringTooDeep = size_t(-2);
size_t scanStringBody(const std::string& src, size_t pos, char q, int qlen, bool fstr, bool raw,
                      int nesting = 0);

}  // namespace coroscope::lang
