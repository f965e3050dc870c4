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
// fields may contain nested quotes). Returns the index just past the closing quote(s), or npos.
size_t scanStringBody(const std::string& src, size_t pos, char q, int qlen, bool fstr, bool raw);

}  // namespace coroscope::lang
