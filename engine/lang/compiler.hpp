// Compiler: AST to code objects. A symbol-table pass first decides for every name whether it is a
// fast local, a cell/free variable, a global, or a name looked up in a dict (module/class body).
#pragma once
#include <memory>
#include <string>

#include "lang/ast.hpp"
#include "lang/bytecode.hpp"
#include "lang/token.hpp"

namespace coroscope::lang {

class VM;

// Returns null and fills `err` on a compile-time SyntaxError.
Code* compileModule(VM& vm, Node* module, std::shared_ptr<Source> src, SyntaxErrorInfo& err);

}  // namespace coroscope::lang
