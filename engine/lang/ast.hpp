// The syntax tree. One generic node type keeps the parser and compiler small; the comment on each
// kind says which fields it uses.
#pragma once
#include <cstdint>
#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace coroscope::lang {

enum class NK : uint8_t {
  // expressions
  Name,            // str
  Const,           // ck + ival/fval/str
  JoinedStr,       // a = parts (Const str / FormattedValue)
  FormattedValue,  // x = value, op = conversion ('r','s','a' or 0), y = spec (JoinedStr) or null
  BinOp,           // x op y
  UnaryOp,         // op x
  BoolOp,          // op over a
  Compare,         // x, ops, a
  Call,            // x(a..., b = Keyword...)
  Keyword,         // str = name ("" for **), x = value
  Attribute,       // x.str
  Subscript,       // x[y]
  Slice,           // x:y:z (each nullable)
  Starred,         // *x
  Tuple,           // a
  List,            // a
  Set,             // a
  Dict,            // a = keys (null for **v), b = values
  ListComp,        // x for a (Comprehension)
  SetComp,         // x for a
  GenExp,          // x for a
  DictComp,        // x: y for a
  Comprehension,   // for x in y if a; flag = async
  IfExp,           // y if x else z
  Lambda,          // args, x = body
  NamedExpr,       // x := y
  Yield,           // x nullable
  YieldFrom,       // x
  Await,           // x
  // statements
  Module,       // a = body
  Expr,         // x
  Assign,       // a = targets, x = value
  AugAssign,    // x op= y
  AnnAssign,    // x: y = z (z nullable)
  FunctionDef,  // str name, args, a = body, b = decorators, flag = async, z = return annotation
  ClassDef,     // str name, a = body, b = decorators, c = bases, d = keywords
  Return,       // x nullable
  If,           // x, a, b
  While,        // x, a, b
  For,          // x in y: a else b, flag = async
  Break,
  Continue,
  Pass,
  Try,            // a body, c handlers, b orelse, d finally, flag = except*
  ExceptHandler,  // x type (nullable), str name, a body
  Raise,          // x exc, y cause
  With,           // c = WithItem, a body, flag = async
  WithItem,       // x ctx, y target (nullable)
  Global,         // names
  Nonlocal,       // names
  Assert,         // x, y
  Delete,         // a
  Import,         // aliases
  ImportFrom,     // str module, aliases, op = level
  Unsupported,    // str = construct name (reported when compiled/run)
  // the match statement
  Match,           // x = subject, a = MatchCase
  MatchCase,       // x = pattern, y = guard (nullable), a = body
  MatchValue,      // x = value expression (compared with ==)
  MatchSingleton,  // ck = None/True/False (compared with is)
  MatchCapture,    // str = name ("" for the wildcard _)
  MatchStar,       // str = name ("" for *_), inside a MatchSequence
  MatchSequence,   // a = patterns (at most one MatchStar)
  MatchMapping,    // a = key expressions, b = patterns, str = **rest name ("" for none)
  MatchClass,      // x = class expression, a = positional patterns, b = keyword patterns, names
  MatchAs,         // x = pattern, str = name
  MatchOr,         // a = alternatives
};

enum class CK : uint8_t { None, True, False, Int, BigInt, Float, Str, Bytes, Ellipsis };

enum BinOpKind : int {
  kAdd,
  kSub,
  kMul,
  kDiv,
  kFloorDiv,
  kMod,
  kPow,
  kLShift,
  kRShift,
  kBitOr,
  kBitXor,
  kBitAnd,
  kMatMul,
  kNumBinOps
};
enum UnaryKind : int { kNeg, kPos, kNot, kInvert };
enum CmpKind : int { kLt, kLe, kEq, kNe, kGt, kGe, kIn, kNotIn, kIs, kIsNot };

struct Node;

struct Arg {
  std::string name;
  int line = 0, col = 0;
  Node* annotation = nullptr;
};

struct Arguments {
  std::vector<Arg> posonly, args, kwonly;
  std::vector<Node*> defaults;    // for the last len(defaults) of posonly+args
  std::vector<Node*> kwdefaults;  // parallel to kwonly, null when required
  bool hasVararg = false, hasKwarg = false;
  Arg vararg, kwarg;
};

struct Node {
  NK kind;
  int line = 0, col = 0, endLine = 0, endCol = 0;
  std::string str;
  CK ck = CK::None;
  int64_t ival = 0;
  double fval = 0;
  int op = 0;
  bool flag = false;
  bool parenthesized = false;
  Node *x = nullptr, *y = nullptr, *z = nullptr;
  std::vector<Node*> a, b, c, d;
  std::vector<int> ops;
  std::vector<std::string> names;
  std::vector<std::pair<std::string, std::string>> aliases;
  std::unique_ptr<Arguments> args;
  explicit Node(NK k) : kind(k) {}
};

// The name a `def` or `class` statement binds: its name, or that name mangled (`__f` in a class
// `C` binds `_C__f`; the symbol table sets it) while the object keeps its own name.
inline const std::string& boundName(const Node* def) {
  return def->names.empty() ? def->str : def->names[0];
}

// Owns every node of one parse.
struct AstArena {
  std::vector<std::unique_ptr<Node>> nodes;
  Node* make(NK k) {
    nodes.push_back(std::make_unique<Node>(k));
    return nodes.back().get();
  }
};

}  // namespace coroscope::lang
