// Symbol tables: which scope each name belongs to (local, cell, free, global, or dict-based).
#pragma once
#include <map>
#include <memory>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

#include "lang/ast.hpp"
#include "lang/stack_guard.hpp"
#include "lang/token.hpp"

namespace coroscope::lang {

enum class SymKind : uint8_t { Local, Cell, Free, Global, Name };

struct Scope {
  enum Type : uint8_t { Module, Function, Class } type;
  bool isComprehension = false;
  bool isLambda = false;
  bool isAsync = false;
  bool hasYield = false;
  bool hasAwait = false;
  Scope* parent = nullptr;
  Node* node = nullptr;
  std::string name, qualname;
  std::vector<std::string> params;  // in slot order
  std::vector<std::string> assignedOrder;
  std::set<std::string> assigned, globals, nonlocals, used;
  std::map<std::string, SymKind> syms;
  std::vector<std::string> freeOrder;
  std::vector<Scope*> children;
  bool needsClassCell = false;  // class scope: a method uses super() / __class__
  SymKind kindOf(const std::string& n) const {
    auto it = syms.find(n);
    if (it != syms.end()) return it->second;
    return type == Function ? SymKind::Global : SymKind::Name;
  }
};

struct SymbolTable {
  std::vector<std::unique_ptr<Scope>> scopes;
  std::unordered_map<const Node*, Scope*> byNode;
  Scope* module = nullptr;
  // The symbol table's and the compiler's walks recurse on nested nodes (CompileLevel).
  int nesting = 0;
  int maxNesting = 3000;
  // `from __future__ import annotations`: annotations are kept as their source text.
  bool futureAnnotations = false;
};

// One level of an AST walk. Past the table's maxNesting (CPython's limit is 3 nodes per unit of
// the recursion limit), or where the C++ stack runs short, the walk stops with CPython's
// "RecursionError: maximum recursion depth exceeded during compilation" in `err`.
class CompileLevel {
 public:
  CompileLevel(SymbolTable& st, SyntaxErrorInfo& err);
  ~CompileLevel() { st_.nesting--; }
  CompileLevel(const CompileLevel&) = delete;
  CompileLevel& operator=(const CompileLevel&) = delete;
  bool ok() const { return ok_; }

 private:
  SymbolTable& st_;
  StackLevel level_;
  bool ok_;
};

bool buildSymbolTable(Node* module, SymbolTable& st, SyntaxErrorInfo& err);

}  // namespace coroscope::lang
