// Recursive-descent parser: tokens to an AST, with CPython's SyntaxError messages for the common
// mistakes.
#pragma once
#include <string>

#include "lang/ast.hpp"
#include "lang/token.hpp"

namespace coroscope::lang {

// Parses a whole module. Returns null and fills `err` on a syntax error.
Node* parseModule(const std::string& src, AstArena& arena, SyntaxErrorInfo& err);

// Parses `src` as a single expression statement (used to find traceback caret anchors).
Node* parseExpression(const std::string& src, AstArena& arena);

}  // namespace coroscope::lang
