// Tokens produced by the lexer. Columns are 0-based byte offsets, as in CPython's ast.
#pragma once
#include <cstdint>
#include <string>

namespace coroscope::lang {

enum class Tok : uint8_t {
  Name,
  Int,
  Float,
  String,   // text = decoded value
  Bytes,    // text = decoded bytes
  FString,  // text = raw body between the quotes; raw = prefix had r
  Op,
  Newline,
  Indent,
  Dedent,
  End,
};

struct Token {
  Tok kind;
  std::string text;
  int line = 0, col = 0, endLine = 0, endCol = 0;
  int64_t ival = 0;
  double fval = 0;
  bool raw = false;
  bool bigInt = false;  // integer literal that does not fit in int64 (text holds the digits)
  int quoteLen = 1;     // f-strings: 1 or 3
  bool is(const char* op) const { return kind == Tok::Op && text == op; }
  bool isName(const char* n) const { return kind == Tok::Name && text == n; }
};

struct SyntaxErrorInfo {
  std::string msg;
  int line = 0, col = 0;             // 1-based line, 0-based col
  int endLine = 0, endCol = 0;       // exclusive; 0 = a single caret
  std::string kind = "SyntaxError";  // or IndentationError / TabError
  bool set = false;
};

}  // namespace coroscope::lang
