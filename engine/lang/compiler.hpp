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

// Returns null and fills `err` on a compile-time SyntaxError. With `topLevelAwait` (CPython's
// PyCF_ALLOW_TOP_LEVEL_AWAIT) the module may use await/async for/async with, and if it does, its
// code is a coroutine: running it returns a coroutine object.
Code* compileModule(VM& vm, Node* module, std::shared_ptr<Source> src, SyntaxErrorInfo& err,
                    bool topLevelAwait = false);

}  // namespace coroscope::lang
