#include "lang/parser.hpp"

#include <cstring>
#include <memory>

#include "lang/lexer.hpp"
#include "lang/stack_guard.hpp"

namespace coroscope::lang {
namespace {

const char* const kKeywords[] = {
    "False", "None",     "True",  "and",    "as",   "assert", "async",  "await",    "break",
    "class", "continue", "def",   "del",    "elif", "else",   "except", "finally",  "for",
    "from",  "global",   "if",    "import", "in",   "is",     "lambda", "nonlocal", "not",
    "or",    "pass",     "raise", "return", "try",  "while",  "with",   "yield",    nullptr};

bool isKeyword(const std::string& s) {
  for (int i = 0; kKeywords[i]; i++)
    if (s == kKeywords[i]) return true;
  return false;
}

class Parser {
 public:
  Parser(const std::string& src, std::vector<Token> toks, AstArena& arena, SyntaxErrorInfo& err,
         std::shared_ptr<const std::vector<size_t>> lineStarts = nullptr)
      : src_(src), toks_(std::move(toks)), A(arena), err_(err), lineStarts_(std::move(lineStarts)) {
    endTok_.kind = Tok::End;
    if (lineStarts_) return;  // an f-string's replacement field shares its file's
    auto starts = std::make_shared<std::vector<size_t>>(1, 0);
    for (size_t k = 0; k < src.size(); k++)
      if (src[k] == '\n') starts->push_back(k + 1);
    lineStarts_ = std::move(starts);
  }

  Node* module() {
    Node* m = A.make(NK::Module);
    m->line = 1;
    while (!failed() && peek().kind != Tok::End) {
      if (peek().kind == Tok::Newline) {
        next();
        continue;
      }
      if (peek().kind == Tok::Indent) {
        error("unexpected indent", peek(), "IndentationError");
        break;
      }
      statement(m->a);
    }
    return m;
  }

  Node* expressionOnly() {
    while (peek().kind == Tok::Newline) next();
    Node* e = starList(true);
    while (peek().kind == Tok::Newline) next();
    if (peek().kind != Tok::End) error("invalid syntax", peek());
    return e;
  }

  bool failed() const { return err_.set; }

 private:
  const std::string& src_;
  std::vector<Token> toks_;
  size_t p_ = 0;
  AstArena& A;
  SyntaxErrorInfo& err_;
  Token endTok_;
  std::shared_ptr<const std::vector<size_t>> lineStarts_;
  int funcDepth_ = 0;
  int patternMode_ = 0;  // parsing a case's pattern: `as` binds, `if` starts the guard

  // CPython's parser gives up with a bare MemoryError past 6,000 nested grammar rules. What
  // nests here counts: a unary operator, `not`, a conditional expression's `else` branch, a
  // bracket and an f-string's replacement field one each, `**` and `lambda` two (two rules each
  // there). An assignment's right-hand side starts 33 rules deep in CPython, so a chain of 5,967
  // unary minus parses and one of 5,968 does not, as here. A level the C++ stack cannot take
  // fails the same way.
  static constexpr int kMaxNest = 6000 - 33;
  int nest_ = 0;
  class Nest {
   public:
    explicit Nest(Parser& p, int weight = 1) : p_(p), weight_(weight) {
      p.nest_ += weight;
      if (p.nest_ > kMaxNest || !level_.ok()) p.tooComplex();
    }
    ~Nest() { p_.nest_ -= weight_; }
    Nest(const Nest&) = delete;
    Nest& operator=(const Nest&) = delete;

   private:
    Parser& p_;
    int weight_;
    StackLevel level_;
  };
  void tooComplex() {
    if (failed()) return;
    err_.msg.clear();
    err_.kind = "MemoryError";
    err_.set = true;
  }

  // ---- token helpers ----
  const Token& peek(size_t k = 0) const {
    if (failed() || p_ + k >= toks_.size()) return toks_.empty() ? endTok_ : toks_.back();
    return toks_[p_ + k];
  }
  const Token& prev() const { return toks_[p_ > 0 ? p_ - 1 : 0]; }
  const Token& next() {
    const Token& t = peek();
    if (!failed() && p_ < toks_.size() - 1) p_++;
    return t;
  }
  bool atOp(const char* op) const { return peek().is(op); }
  bool atName(const char* n) const { return peek().isName(n); }
  bool acceptOp(const char* op) {
    if (atOp(op)) {
      next();
      return true;
    }
    return false;
  }
  bool acceptName(const char* n) {
    if (atName(n)) {
      next();
      return true;
    }
    return false;
  }
  void error(const std::string& msg, const Token& t, const char* kind = "SyntaxError") {
    if (failed()) return;
    err_.msg = msg;
    err_.line = t.line;
    err_.col = t.col;
    err_.endLine = t.endLine;
    err_.endCol = t.endCol;
    err_.kind = kind;
    err_.set = true;
    // CPython reports an unexpected indent one column left of the indented text (so no caret).
    if (msg == "unexpected indent") {
      err_.col = t.col - 1;
      err_.endCol = err_.col;
    }
  }
  void errorNode(const std::string& msg, Node* n) {
    if (failed()) return;
    err_.msg = msg;
    err_.line = n->line;
    err_.col = n->col;
    err_.endLine = n->endLine;
    err_.endCol = n->endCol;
    err_.set = true;
  }
  void expectOp(const char* op, const char* msg = nullptr) {
    if (!acceptOp(op)) {
      if (msg) {
        // CPython points just past the previous token for "expected ':'".
        Token t = prev();
        t.line = t.endLine;
        t.col = t.endCol;
        t.endCol = t.col + 1;
        error(msg, t);
      } else {
        error("invalid syntax", peek());
      }
    }
  }
  Node* make(NK k, const Token& t) {
    Node* n = A.make(k);
    n->line = t.line;
    n->col = t.col;
    n->endLine = t.endLine;
    n->endCol = t.endCol;
    return n;
  }
  Node* makeAt(NK k, Node* start) {
    Node* n = A.make(k);
    n->line = start->line;
    n->col = start->col;
    return n;
  }
  Node* done(Node* n) {
    const Token& t = prev();
    n->endLine = t.endLine;
    n->endCol = t.endCol;
    return n;
  }
  Node* dummy() { return make(NK::Const, peek()); }
  std::string nameTok(const char* what = "invalid syntax") {
    const Token& t = peek();
    if (t.kind != Tok::Name || isKeyword(t.text)) {
      error(what, t);
      return "_";
    }
    next();
    return t.text;
  }

  // ---- statements ----
  void block(std::vector<Node*>& body, const std::string& what, int line) {
    if (acceptNewline()) {
      if (peek().kind != Tok::Indent) {
        error("expected an indented block after " + what + " on line " + std::to_string(line),
              peek(), "IndentationError");
        return;
      }
      next();
      while (!failed() && peek().kind != Tok::Dedent && peek().kind != Tok::End) {
        if (peek().kind == Tok::Newline) {
          next();
          continue;
        }
        if (peek().kind == Tok::Indent) {
          error("unexpected indent", peek(), "IndentationError");
          return;
        }
        statement(body);
      }
      if (peek().kind == Tok::Dedent) next();
    } else {
      simpleStatements(body);
    }
  }
  bool acceptNewline() {
    if (peek().kind == Tok::Newline) {
      next();
      return true;
    }
    return false;
  }

  void statement(std::vector<Node*>& out) {
    const Token& t = peek();
    if (t.kind == Tok::Name) {
      const std::string& w = t.text;
      if (w == "if") return out.push_back(ifStmt());
      if (w == "while") return out.push_back(whileStmt());
      if (w == "for") return out.push_back(forStmt(false, t));
      if (w == "try") return out.push_back(tryStmt());
      if (w == "with") return out.push_back(withStmt(false, t));
      if (w == "def") return out.push_back(funcDef({}, false, t));
      if (w == "class") return out.push_back(classDef({}));
      if (w == "async") {
        Token start = t;
        next();
        if (atName("def")) return out.push_back(funcDef({}, true, start));
        if (atName("for")) return out.push_back(forStmt(true, start));
        if (atName("with")) return out.push_back(withStmt(true, start));
        error("invalid syntax", peek());
        return;
      }
      if (w == "match" && looksLikeMatch()) return out.push_back(matchStmt());
    }
    if (t.is("@")) {
      std::vector<Node*> decos;
      while (acceptOp("@")) {
        decos.push_back(namedTest());
        if (!acceptNewline()) error("invalid syntax", peek());
      }
      Token start = peek();
      if (atName("def")) return out.push_back(funcDef(decos, false, start));
      if (atName("class")) return out.push_back(classDef(decos));
      if (acceptName("async") && atName("def")) return out.push_back(funcDef(decos, true, start));
      error("invalid syntax", peek());
      return;
    }
    simpleStatements(out);
  }

  // match subject: NEWLINE INDENT (case pattern [if guard]: block)+ DEDENT. A pattern is parsed
  // as an expression (`as` and a guard's `if` being read in pattern mode) and then checked and
  // turned into pattern nodes.
  Node* matchStmt() {
    Token t = next();  // match
    Node* n = make(NK::Match, t);
    n->x = starList(true);
    expectOp(":", "expected ':'");
    if (!acceptNewline() || peek().kind != Tok::Indent) {
      error("expected an indented block after 'match' statement on line " + std::to_string(t.line),
            peek(), "IndentationError");
      return n;
    }
    next();
    while (!failed() && peek().kind != Tok::Dedent && peek().kind != Tok::End) {
      if (acceptNewline()) continue;
      if (!atName("case")) {
        error("invalid syntax", peek());
        return n;
      }
      Token ct = next();
      Node* c = make(NK::MatchCase, ct);
      patternMode_++;
      Node* e = starList(false);
      patternMode_--;
      c->x = toPattern(e);
      if (acceptName("if")) c->y = namedTest();
      expectOp(":", "expected ':'");
      block(c->a, "'case' statement", ct.line);
      n->a.push_back(done(c));
    }
    if (peek().kind == Tok::Dedent) next();
    // A case that matches anything makes the ones after it unreachable (CPython's check).
    for (size_t i = 0; i + 1 < n->a.size() && !failed(); i++) {
      Node* c = n->a[i];
      if (c->y || !irrefutable(c->x)) continue;
      Node* p = c->x;
      while (p->kind == NK::MatchAs && p->x) p = p->x;
      std::string what = c->x->kind == NK::MatchCapture && !c->x->str.empty()
                             ? "name capture '" + c->x->str + "'"
                             : "wildcard";
      errorNode(what + " makes remaining patterns unreachable", c->x);
    }
    return done(n);
  }

  // The alternatives of a | b | c, in order.
  void flattenOr(Node* x, std::vector<Node*>& alts) {
    if (x->kind == NK::BinOp && x->op == kBitOr && !x->parenthesized) {
      flattenOr(x->x, alts);
      flattenOr(x->y, alts);
    } else {
      alts.push_back(toPattern(x));
    }
  }

  static bool irrefutable(Node* p) {
    if (p->kind == NK::MatchCapture) return true;
    if (p->kind == NK::MatchAs) return irrefutable(p->x);
    if (p->kind == NK::MatchOr)
      for (Node* a : p->a)
        if (irrefutable(a)) return true;
    return false;
  }

  // A pattern from the expression parsed in its place.
  Node* toPattern(Node* e) {
    if (!e || failed()) return e;
    auto make1 = [&](NK k) {
      Node* p = makeAt(k, e);
      p->endLine = e->endLine;
      p->endCol = e->endCol;
      return p;
    };
    switch (e->kind) {
      case NK::MatchAs: {
        e->x = toPattern(e->x);
        return e;
      }
      case NK::Name: {
        Node* p = make1(NK::MatchCapture);
        p->str = e->str == "_" ? "" : e->str;
        return p;
      }
      case NK::Attribute: {
        Node* p = make1(NK::MatchValue);
        p->x = e;
        return p;
      }
      case NK::Const: {
        if (e->ck == CK::Ellipsis) break;
        bool single = e->ck == CK::None || e->ck == CK::True || e->ck == CK::False;
        Node* p = make1(single ? NK::MatchSingleton : NK::MatchValue);
        p->ck = e->ck;
        p->x = e;
        return p;
      }
      case NK::JoinedStr:
        errorNode("patterns may only match literals and attribute lookups", e);
        return e;
      case NK::UnaryOp:
        if (e->op == kNeg && e->x->kind == NK::Const &&
            (e->x->ck == CK::Int || e->x->ck == CK::BigInt || e->x->ck == CK::Float)) {
          Node* p = make1(NK::MatchValue);
          p->x = e;
          return p;
        }
        break;
      case NK::BinOp:
        if (e->op == kBitOr) {
          Node* p = make1(NK::MatchOr);
          flattenOr(e->x, p->a);
          flattenOr(e->y, p->a);
          return p;
        }
        break;
      case NK::Tuple:
      case NK::List: {
        Node* p = make1(NK::MatchSequence);
        bool star = false;
        for (Node* x : e->a) {
          if (x->kind == NK::Starred) {
            if (star) {
              errorNode("multiple starred names in sequence pattern", x);
              return p;
            }
            star = true;
            if (x->x->kind != NK::Name) {
              errorNode("invalid syntax", x);
              return p;
            }
            Node* s = makeAt(NK::MatchStar, x);
            s->str = x->x->str == "_" ? "" : x->x->str;
            p->a.push_back(s);
          } else {
            p->a.push_back(toPattern(x));
          }
        }
        return p;
      }
      case NK::Dict: {
        Node* p = make1(NK::MatchMapping);
        for (size_t i = 0; i < e->a.size(); i++) {
          if (!e->a[i]) {
            if (e->b[i]->kind != NK::Name || i + 1 != e->a.size()) {
              errorNode("invalid syntax", e->b[i]);
              return p;
            }
            p->str = e->b[i]->str;
            continue;
          }
          Node* k = e->a[i];
          bool ok = k->kind == NK::Attribute || (k->kind == NK::Const && k->ck != CK::Ellipsis) ||
                    (k->kind == NK::UnaryOp && k->op == kNeg && k->x->kind == NK::Const);
          if (!ok) {
            errorNode("mapping pattern keys may only match literals and attribute lookups", k);
            return p;
          }
          p->a.push_back(k);
          p->b.push_back(toPattern(e->b[i]));
        }
        return p;
      }
      case NK::Call: {
        Node* p = make1(NK::MatchClass);
        if (e->x->kind != NK::Name && e->x->kind != NK::Attribute) break;
        p->x = e->x;
        for (Node* x : e->a) {
          if (x->kind == NK::Starred) break;
          if (!p->b.empty()) {
            errorNode("positional patterns follow keyword patterns", x);
            return p;
          }
          p->a.push_back(toPattern(x));
        }
        for (Node* k : e->b) {
          if (k->str.empty()) {
            errorNode("invalid syntax", k);
            return p;
          }
          p->names.push_back(k->str);
          p->b.push_back(toPattern(k->x));
        }
        return p;
      }
      default:
        break;
    }
    errorNode("invalid pattern", e);
    return e;
  }

  bool looksLikeMatch() const {
    const Token& n = peek(1);
    if (n.kind == Tok::Newline || n.kind == Tok::End) return false;
    if (n.kind == Tok::Op && !(n.is("(") || n.is("[") || n.is("-") || n.is("{"))) return false;
    for (size_t k = 1; p_ + k < toks_.size(); k++) {
      const Token& x = peek(k);
      if (x.kind == Tok::Newline || x.kind == Tok::End)
        return prev().kind != Tok::End && peek(k - 1).is(":");
    }
    return false;
  }

  void simpleStatements(std::vector<Node*>& out) {
    while (!failed()) {
      out.push_back(smallStatement());
      if (acceptOp(";")) {
        if (peek().kind == Tok::Newline) break;
        continue;
      }
      break;
    }
    if (!acceptNewline() && !failed()) {
      error("invalid syntax", peek());
    }
  }

  Node* smallStatement() {
    Token t = peek();
    if (t.kind == Tok::Name) {
      const std::string& w = t.text;
      if (w == "pass") return next(), make(NK::Pass, t);
      if (w == "break") return next(), make(NK::Break, t);
      if (w == "continue") return next(), make(NK::Continue, t);
      if (w == "return") {
        next();
        Node* n = make(NK::Return, t);
        if (!endOfSimple()) n->x = starList(true);
        return done(n);
      }
      if (w == "raise") {
        next();
        Node* n = make(NK::Raise, t);
        if (!endOfSimple()) {
          n->x = test();
          if (acceptName("from")) n->y = test();
        }
        return done(n);
      }
      if (w == "global" || w == "nonlocal") {
        next();
        Node* n = make(w == "global" ? NK::Global : NK::Nonlocal, t);
        do n->names.push_back(nameTok());
        while (acceptOp(","));
        return done(n);
      }
      if (w == "del") {
        next();
        Node* n = make(NK::Delete, t);
        Node* e = starList(false);
        if (e->kind == NK::Tuple && !e->parenthesized)
          n->a = e->a;
        else
          n->a.push_back(e);
        for (Node* x : n->a) checkTarget(x, "delete");
        return done(n);
      }
      if (w == "assert") {
        next();
        Node* n = make(NK::Assert, t);
        n->x = test();
        if (acceptOp(",")) n->y = test();
        return done(n);
      }
      if (w == "import") {
        next();
        Node* n = make(NK::Import, t);
        do {
          std::string name = dottedName();
          std::string as;
          if (acceptName("as")) as = nameTok();
          n->aliases.push_back({name, as});
        } while (acceptOp(","));
        return done(n);
      }
      if (w == "from") {
        next();
        Node* n = make(NK::ImportFrom, t);
        while (atOp(".") || atOp("...")) n->op += next().text.size();
        if (!atName("import")) n->str = dottedName();
        if (!acceptName("import")) error("invalid syntax", peek());
        if (acceptOp("*")) {
          n->aliases.push_back({"*", ""});
        } else {
          bool paren = acceptOp("(");
          do {
            if (paren && atOp(")")) break;
            std::string name = nameTok();
            std::string as;
            if (acceptName("as")) as = nameTok();
            n->aliases.push_back({name, as});
          } while (acceptOp(","));
          if (paren) expectOp(")");
        }
        return done(n);
      }
    }
    return exprStatement();
  }

  bool endOfSimple() const {
    return peek().kind == Tok::Newline || peek().kind == Tok::End || atOp(";");
  }

  std::string dottedName() {
    std::string s = nameTok();
    while (acceptOp(".")) s += "." + nameTok();
    return s;
  }

  Node* exprStatement() {
    Token start = peek();
    Node* e = atName("yield") ? yieldExpr() : starList(true);
    if (atOp("=")) {
      Node* n = makeAt(NK::Assign, e);
      n->a.push_back(e);
      while (acceptOp("=")) {
        Node* v = atName("yield") ? yieldExpr() : starList(true);
        n->a.push_back(v);
      }
      n->x = n->a.back();
      n->a.pop_back();
      for (Node* t : n->a) checkTarget(t, "assign");
      return done(n);
    }
    static const char* const augOps[] = {
        "+=", "-=", "*=", "/=", "//=", "%=", "**=", "<<=", ">>=", "|=", "^=", "&=", "@=", nullptr};
    static const int augKinds[] = {kAdd,    kSub,    kMul,   kDiv,    kFloorDiv, kMod,   kPow,
                                   kLShift, kRShift, kBitOr, kBitXor, kBitAnd,   kMatMul};
    for (int k = 0; augOps[k]; k++) {
      if (atOp(augOps[k])) {
        next();
        if (e->kind != NK::Name && e->kind != NK::Attribute && e->kind != NK::Subscript) {
          errorNode("'" + describe(e) + "' is an illegal expression for augmented assignment", e);
          return e;
        }
        Node* n = makeAt(NK::AugAssign, e);
        n->x = e;
        n->op = augKinds[k];
        n->y = atName("yield") ? yieldExpr() : starList(false);
        return done(n);
      }
    }
    if (atOp(":")) {
      next();
      Node* n = makeAt(NK::AnnAssign, e);
      if (e->kind != NK::Name && e->kind != NK::Attribute && e->kind != NK::Subscript) {
        errorNode("only single target (not " +
                      std::string(e->kind == NK::Tuple ? "tuple" : "list") + ") can be annotated",
                  e);
        return e;
      }
      n->x = e;
      n->y = test();
      if (acceptOp("=")) n->z = atName("yield") ? yieldExpr() : starList(true);
      return done(n);
    }
    Node* n = makeAt(NK::Expr, e);
    n->x = e;
    (void)start;
    return done(n);
  }

  std::string describe(Node* e) {
    switch (e->kind) {
      case NK::Call:
        return "function call";
      case NK::Const:
        return e->ck == CK::None || e->ck == CK::True || e->ck == CK::False
                   ? (e->ck == CK::None   ? "None"
                      : e->ck == CK::True ? "True"
                                          : "False")
                   : "literal";
      case NK::BinOp:
      case NK::UnaryOp:
        return "expression";
      case NK::BoolOp:
        return "expression";
      case NK::Compare:
        return "comparison";
      case NK::Lambda:
        return "lambda";
      case NK::IfExp:
        return "conditional expression";
      case NK::JoinedStr:
        return "f-string expression";
      case NK::Tuple:
        return "tuple";
      case NK::List:
        return "list";
      case NK::Dict:
        return "dict literal";
      case NK::Set:
        return "set display";
      case NK::ListComp:
        return "list comprehension";
      case NK::GenExp:
        return "generator expression";
      case NK::DictComp:
        return "dict comprehension";
      case NK::SetComp:
        return "set comprehension";
      case NK::Await:
        return "await expression";
      case NK::Yield:
      case NK::YieldFrom:
        return "yield expression";
      case NK::NamedExpr:
        return "named expression";
      case NK::Starred:
        return "starred";
      default:
        return "expression";
    }
  }

  void checkTarget(Node* t, const char* what) {
    switch (t->kind) {
      case NK::Name:
      case NK::Attribute:
      case NK::Subscript:
        return;
      case NK::Tuple:
      case NK::List:
        for (Node* x : t->a) checkTarget(x, what);
        return;
      case NK::Starred:
        if (std::strcmp(what, "delete") == 0) break;
        checkTarget(t->x, what);
        return;
      default:
        break;
    }
    std::string d = describe(t);
    if (std::strcmp(what, "assign") == 0 &&
        (t->kind == NK::Const || t->kind == NK::Call || t->kind == NK::BinOp ||
         t->kind == NK::Compare || t->kind == NK::Attribute))
      errorNode("cannot assign to " + d + " here. Maybe you meant '==' instead of '='?", t);
    else
      errorNode(std::string("cannot ") + what + " " + d, t);
  }

  Node* ifStmt() {
    Token t = next();  // if / elif
    Node* n = make(NK::If, t);
    n->x = namedTest();
    expectOp(":", "expected ':'");
    block(n->a, "'" + t.text + "' statement", t.line);
    done(n);
    if (atName("elif")) {
      n->b.push_back(ifStmt());
    } else if (atName("else")) {
      Token e = next();
      expectOp(":", "expected ':'");
      block(n->b, "'else' statement", e.line);
    }
    return n;
  }

  Node* whileStmt() {
    Token t = next();
    Node* n = make(NK::While, t);
    n->x = namedTest();
    expectOp(":", "expected ':'");
    block(n->a, "'while' statement", t.line);
    done(n);
    if (atName("else")) {
      Token e = next();
      expectOp(":", "expected ':'");
      block(n->b, "'else' statement", e.line);
    }
    return n;
  }

  Node* forStmt(bool isAsync, const Token& start) {
    Token t = next();
    Node* n = make(NK::For, start);
    n->flag = isAsync;
    n->x = targetList();
    checkTarget(n->x, "assign");
    if (!acceptName("in")) error("invalid syntax", peek());
    n->y = starList(false);
    expectOp(":", "expected ':'");
    block(n->a, "'for' statement", t.line);
    done(n);
    if (atName("else")) {
      Token e = next();
      expectOp(":", "expected ':'");
      block(n->b, "'else' statement", e.line);
    }
    return n;
  }

  // Targets of for / comprehensions: a list of bit-or-level expressions (stops before `in`).
  Node* targetList() {
    Node* first = atOp("*") ? starExpr() : orExpr();
    if (!atOp(",")) return first;
    Node* tup = makeAt(NK::Tuple, first);
    tup->a.push_back(first);
    while (acceptOp(",")) {
      if (atName("in") || atOp("=")) break;
      tup->a.push_back(atOp("*") ? starExpr() : orExpr());
    }
    return done(tup);
  }

  Node* tryStmt() {
    Token t = next();
    Node* n = make(NK::Try, t);
    expectOp(":", "expected ':'");
    block(n->a, "'try' statement", t.line);
    done(n);
    bool sawStar = false, sawPlain = false;
    while (atName("except")) {
      Token e = next();
      Node* h = make(NK::ExceptHandler, e);
      if (acceptOp("*")) {
        sawStar = true;
        if (atOp(":")) {
          error("expected one or more exception types", peek());
          return n;
        }
      } else {
        sawPlain = true;
      }
      if (!atOp(":")) {
        h->x = test();
        if (atOp(",")) {
          Node* tup = makeAt(NK::Tuple, h->x);
          tup->a.push_back(h->x);
          while (acceptOp(",")) tup->a.push_back(test());
          done(tup);
          errorNode("multiple exception types must be parenthesized", tup);
          return n;
        }
        if (acceptName("as")) h->str = nameTok();
      }
      expectOp(":", "expected ':'");
      block(h->a, std::string("'except") + (sawStar ? "*" : "") + "' statement", e.line);
      done(h);
      n->c.push_back(h);
    }
    if (sawStar && sawPlain) {
      error("cannot have both 'except' and 'except*' on the same 'try'", t);
      return n;
    }
    n->flag = sawStar;
    if (atName("else")) {
      Token e = next();
      expectOp(":", "expected ':'");
      block(n->b, "'else' statement", e.line);
    }
    if (atName("finally")) {
      Token e = next();
      expectOp(":", "expected ':'");
      block(n->d, "'finally' statement", e.line);
    }
    if (n->c.empty() && n->d.empty()) error("expected 'except' or 'finally' block", peek());
    return n;
  }

  Node* withItem() {
    Node* it = A.make(NK::WithItem);
    it->x = test();
    it->line = it->x->line;
    it->col = it->x->col;
    if (acceptName("as")) {
      it->y = atOp("*") ? starExpr() : orExpr();
      if (atOp(",") && false) {
      }
      checkTarget(it->y, "assign");
    }
    return done(it);
  }

  Node* withStmt(bool isAsync, const Token& start) {
    Token t = next();
    Node* n = make(NK::With, start);
    n->flag = isAsync;
    bool parenItems = false;
    if (atOp("(")) {
      // `with (a as b, c):` -- parenthesized items when the matching ')' is followed by ':'.
      int depth = 0;
      for (size_t k = 0; p_ + k < toks_.size(); k++) {
        const Token& x = peek(k);
        if (x.is("(") || x.is("[") || x.is("{")) depth++;
        if (x.is(")") || x.is("]") || x.is("}")) {
          if (--depth == 0) {
            parenItems = peek(k + 1).is(":");
            break;
          }
        }
      }
    }
    if (parenItems) {
      next();
      do {
        if (atOp(")")) break;
        n->c.push_back(withItem());
      } while (acceptOp(","));
      expectOp(")");
    } else {
      do n->c.push_back(withItem());
      while (acceptOp(","));
    }
    expectOp(":", "expected ':'");
    block(n->a, "'with' statement", t.line);
    return done(n);
  }

  void parameters(Arguments& args, const char* close, bool allowAnnotations) {
    bool seenStar = false, seenDefault = false;
    while (!failed() && !atOp(close)) {
      if (acceptOp("/")) {
        if (seenStar || !args.posonly.empty()) {
          error("/ must be ahead of *", prev());
          return;
        }
        args.posonly = std::move(args.args);
        args.args.clear();
      } else if (acceptOp("**")) {
        args.hasKwarg = true;
        args.kwarg.line = peek().line;
        args.kwarg.col = peek().col;
        args.kwarg.name = nameTok();
        if (allowAnnotations && acceptOp(":")) args.kwarg.annotation = test();
      } else if (acceptOp("*")) {
        seenStar = true;
        if (atOp(",") || atOp(close)) {
          if (atOp(close)) {
            error("named arguments must follow bare *", prev());
            return;
          }
        } else {
          args.hasVararg = true;
          args.vararg.line = peek().line;
          args.vararg.col = peek().col;
          args.vararg.name = nameTok();
          if (allowAnnotations && acceptOp(":")) args.vararg.annotation = test();
        }
      } else {
        Arg a;
        a.line = peek().line;
        a.col = peek().col;
        a.name = nameTok();
        if (allowAnnotations && acceptOp(":")) a.annotation = test();
        Node* def = nullptr;
        if (acceptOp("=")) def = test();
        if (seenStar) {
          args.kwonly.push_back(a);
          args.kwdefaults.push_back(def);
        } else {
          if (def) {
            seenDefault = true;
            args.defaults.push_back(def);
          } else if (seenDefault) {
            error("non-default argument follows default argument", prev());
            return;
          }
          args.args.push_back(a);
        }
      }
      if (!acceptOp(",")) break;
    }
    // Duplicate names.
    std::vector<std::string> all;
    for (auto* v : {&args.posonly, &args.args, &args.kwonly})
      for (auto& a : *v) all.push_back(a.name);
    if (args.hasVararg) all.push_back(args.vararg.name);
    if (args.hasKwarg) all.push_back(args.kwarg.name);
    for (size_t i = 0; i < all.size(); i++)
      for (size_t j = i + 1; j < all.size(); j++)
        if (all[i] == all[j]) {
          error("duplicate argument '" + all[i] + "' in function definition", prev());
          return;
        }
  }

  Node* funcDef(std::vector<Node*> decos, bool isAsync, const Token& start) {
    Token t = next();  // def
    Node* n = make(NK::FunctionDef, decos.empty() ? start : start);
    n->flag = isAsync;
    n->b = std::move(decos);
    n->str = nameTok();
    n->args = std::make_unique<Arguments>();
    expectOp("(", "expected '('");
    parameters(*n->args, ")", true);
    expectOp(")");
    if (acceptOp("->")) n->z = test();
    expectOp(":", "expected ':'");
    funcDepth_++;
    block(n->a, "function definition", t.line);
    funcDepth_--;
    return done(n);
  }

  Node* classDef(std::vector<Node*> decos) {
    Token t = next();
    Node* n = make(NK::ClassDef, t);
    n->b = std::move(decos);
    n->str = nameTok();
    if (acceptOp("(")) {
      Node* call = make(NK::Call, t);
      callArgs(call);
      n->c = call->a;
      n->d = call->b;
    }
    expectOp(":", "expected ':'");
    block(n->a, "class definition", t.line);
    return done(n);
  }

  // ---- expressions ----
  // A comma-separated list of expressions (or starred), a Tuple if there is a comma.
  Node* starList(bool allowNamed) {
    Node* first = atOp("*") ? starExpr() : allowNamed ? namedTest() : test();
    if (!atOp(",")) return first;
    Node* tup = makeAt(NK::Tuple, first);
    tup->a.push_back(first);
    while (acceptOp(",")) {
      if (endOfSimple() || atOp("=") || atOp(")") || atOp(":") || peek().kind == Tok::Newline ||
          isAugOp())
        break;
      tup->a.push_back(atOp("*") ? starExpr() : test());
    }
    return done(tup);
  }
  bool isAugOp() const {
    const Token& t = peek();
    return t.kind == Tok::Op && t.text.size() >= 2 && t.text.back() == '=' && t.text != "==" &&
           t.text != "<=" && t.text != ">=" && t.text != "!=";
  }

  Node* starExpr() {
    Token t = next();
    Node* n = make(NK::Starred, t);
    n->x = orExpr();
    return done(n);
  }

  Node* namedTest() {
    if (peek().kind == Tok::Name && peek(1).is(":=")) {
      Token t = next();
      Node* target = make(NK::Name, t);
      target->str = t.text;
      next();
      Node* n = make(NK::NamedExpr, t);
      n->x = target;
      n->y = test();
      return done(n);
    }
    Node* e = test();
    if (atOp(":=")) {
      errorNode("cannot use assignment expressions with " + describe(e), e);
    }
    return e;
  }

  Node* yieldExpr() {
    Token t = next();
    if (acceptName("from")) {
      Node* n = make(NK::YieldFrom, t);
      n->x = test();
      return done(n);
    }
    Node* n = make(NK::Yield, t);
    if (!endOfSimple() && !atOp(")") && !atOp("]") && !atOp("}") && !atOp("="))
      n->x = starList(false);
    return done(n);
  }

  Node* test() {
    if (atName("lambda")) return lambda();
    Node* e = orTest();
    if (patternMode_) {
      if (!atName("as")) return e;
      next();
      Node* n = makeAt(NK::MatchAs, e);
      n->x = e;
      n->str = nameTok();
      if (n->str == "_") errorNode("cannot use '_' as a target", n);
      return done(n);
    }
    if (atName("if")) {
      // Only a conditional expression if followed by `else` eventually; comprehension ifs never
      // reach here.
      next();
      Node* n = makeAt(NK::IfExp, e);
      n->y = e;
      n->x = orTest();
      if (!acceptName("else")) {
        error("expected 'else' after 'if' expression", peek());
        return n;
      }
      Nest nest(*this);
      n->z = test();
      return done(n);
    }
    return e;
  }

  Node* testNoCond() {
    if (atName("lambda")) return lambda();
    return orTest();
  }

  Node* lambda() {
    Token t = next();
    Node* n = make(NK::Lambda, t);
    n->args = std::make_unique<Arguments>();
    parameters(*n->args, ":", false);
    expectOp(":");
    Nest nest(*this, 2);
    funcDepth_++;
    n->x = test();
    funcDepth_--;
    return done(n);
  }

  Node* orTest() {
    Node* e = andTest();
    if (!atName("or")) return e;
    Node* n = makeAt(NK::BoolOp, e);
    n->op = 1;
    n->a.push_back(e);
    while (acceptName("or")) n->a.push_back(andTest());
    return done(n);
  }
  Node* andTest() {
    Node* e = notTest();
    if (!atName("and")) return e;
    Node* n = makeAt(NK::BoolOp, e);
    n->op = 0;
    n->a.push_back(e);
    while (acceptName("and")) n->a.push_back(notTest());
    return done(n);
  }
  Node* notTest() {
    if (atName("not")) {
      Token t = next();
      Node* n = make(NK::UnaryOp, t);
      n->op = kNot;
      Nest nest(*this);
      n->x = notTest();
      return done(n);
    }
    return comparison();
  }
  int compOp() {
    const Token& t = peek();
    if (t.kind == Tok::Op) {
      if (t.text == "<") return kLt;
      if (t.text == "<=") return kLe;
      if (t.text == "==") return kEq;
      if (t.text == "!=") return kNe;
      if (t.text == ">") return kGt;
      if (t.text == ">=") return kGe;
    } else if (t.kind == Tok::Name) {
      if (t.text == "in") return kIn;
      if (t.text == "is") return peek(1).isName("not") ? kIsNot : kIs;
      if (t.text == "not" && peek(1).isName("in")) return kNotIn;
    }
    return -1;
  }
  Node* comparison() {
    Node* e = orExpr();
    int op = compOp();
    if (op < 0) return e;
    Node* n = makeAt(NK::Compare, e);
    n->x = e;
    while ((op = compOp()) >= 0) {
      next();
      if (op == kIsNot || op == kNotIn) next();
      n->ops.push_back(op);
      n->a.push_back(orExpr());
    }
    return done(n);
  }
  Node* binary(Node* left, int op, Node* right) {
    Node* n = makeAt(NK::BinOp, left);
    n->x = left;
    n->y = right;
    n->op = op;
    n->endLine = right->endLine;
    n->endCol = right->endCol;
    return n;
  }
  Node* orExpr() {
    Node* e = xorExpr();
    while (atOp("|")) next(), e = binary(e, kBitOr, xorExpr());
    return e;
  }
  Node* xorExpr() {
    Node* e = andExpr();
    while (atOp("^")) next(), e = binary(e, kBitXor, andExpr());
    return e;
  }
  Node* andExpr() {
    Node* e = shiftExpr();
    while (atOp("&")) next(), e = binary(e, kBitAnd, shiftExpr());
    return e;
  }
  Node* shiftExpr() {
    Node* e = arith();
    for (;;) {
      if (atOp("<<"))
        next(), e = binary(e, kLShift, arith());
      else if (atOp(">>"))
        next(), e = binary(e, kRShift, arith());
      else
        return e;
    }
  }
  Node* arith() {
    Node* e = term();
    for (;;) {
      if (atOp("+"))
        next(), e = binary(e, kAdd, term());
      else if (atOp("-"))
        next(), e = binary(e, kSub, term());
      else
        return e;
    }
  }
  Node* term() {
    Node* e = factor();
    for (;;) {
      int op = -1;
      if (atOp("*"))
        op = kMul;
      else if (atOp("/"))
        op = kDiv;
      else if (atOp("//"))
        op = kFloorDiv;
      else if (atOp("%"))
        op = kMod;
      else if (atOp("@"))
        op = kMatMul;
      if (op < 0) return e;
      next();
      e = binary(e, op, factor());
    }
  }
  Node* factor() {
    if (atOp("-") || atOp("+") || atOp("~")) {
      Token t = next();
      Node* n = make(NK::UnaryOp, t);
      n->op = t.text == "-" ? kNeg : t.text == "+" ? kPos : kInvert;
      Nest nest(*this);
      n->x = factor();
      // Fold negative numeric literals so -9223372036854775808 and reprs behave.
      return done(n);
    }
    return power();
  }
  Node* power() {
    Node* e;
    if (atName("await")) {
      Token t = next();
      e = make(NK::Await, t);
      e->x = primary();
      done(e);
    } else {
      e = primary();
    }
    if (atOp("**")) {
      next();
      Nest nest(*this, 2);
      return binary(e, kPow, factor());
    }
    return e;
  }

  Node* primary() {
    Node* e = atom();
    for (;;) {
      if (atOp("(")) {
        next();
        Node* n = makeAt(NK::Call, e);
        n->x = e;
        callArgs(n);
        e = done(n);
      } else if (atOp("[")) {
        next();
        Node* n = makeAt(NK::Subscript, e);
        n->x = e;
        n->y = subscriptList();
        expectOp("]");
        e = done(n);
      } else if (atOp(".")) {
        next();
        Node* n = makeAt(NK::Attribute, e);
        n->x = e;
        n->str = nameTok();
        e = done(n);
      } else {
        return e;
      }
    }
  }

  // After '(' has been consumed; consumes ')'.
  void callArgs(Node* call) {
    bool sawKw = false;
    while (!failed() && !atOp(")")) {
      if (atOp("*")) {
        Token t = next();
        Node* s = make(NK::Starred, t);
        s->x = test();
        call->a.push_back(done(s));
      } else if (atOp("**")) {
        Token t = next();
        Node* k = make(NK::Keyword, t);
        k->x = test();
        call->b.push_back(done(k));
        sawKw = true;
      } else if (peek().kind == Tok::Name && peek(1).is("=")) {
        Token t = next();
        next();
        Node* k = make(NK::Keyword, t);
        k->str = t.text;
        k->x = test();
        call->b.push_back(done(k));
        sawKw = true;
      } else {
        Node* e = namedTest();
        if (atName("for") || atName("async")) {
          Node* g = makeAt(NK::GenExp, e);
          g->x = e;
          comprehensionClauses(g);
          e = done(g);
          if (!call->a.empty() || atOp(",")) {
            if (!atOp(")")) {
              errorNode("Generator expression must be parenthesized", e);
              return;
            }
          }
        } else if (atOp("=")) {
          errorNode("expression cannot contain assignment, perhaps you meant \"==\"?", e);
          return;
        }
        if (sawKw) {
          // CPython's caret sits on the token after the offending argument.
          error(call->b.back()->str.empty()
                    ? "positional argument follows keyword argument unpacking"
                    : "positional argument follows keyword argument",
                peek());
          return;
        }
        call->a.push_back(e);
      }
      if (!acceptOp(",")) break;
    }
    expectOp(")");
  }

  Node* subscriptList() {
    Node* first = subscript();
    if (!atOp(",")) return first;
    Node* tup = makeAt(NK::Tuple, first);
    tup->a.push_back(first);
    while (acceptOp(",")) {
      if (atOp("]")) break;
      tup->a.push_back(subscript());
    }
    return done(tup);
  }
  Node* subscript() {
    Token t = peek();
    Node* lower = nullptr;
    if (!atOp(":")) {
      lower = atOp("*") ? starExpr() : namedTest();
      if (!atOp(":")) return lower;
    }
    Node* s = make(NK::Slice, t);
    s->x = lower;
    next();  // ':'
    if (!atOp("]") && !atOp(",") && !atOp(":")) s->y = test();
    if (acceptOp(":")) {
      if (!atOp("]") && !atOp(",")) s->z = test();
    }
    return done(s);
  }

  void comprehensionClauses(Node* comp) {
    while (atName("for") || (atName("async") && peek(1).isName("for"))) {
      Token t = peek();
      Node* c = make(NK::Comprehension, t);
      if (acceptName("async")) c->flag = true;
      next();  // for
      c->x = targetList();
      checkTarget(c->x, "assign");
      if (!acceptName("in")) {
        error("invalid syntax", peek());
        return;
      }
      c->y = orTest();
      while (atName("if")) {
        next();
        c->a.push_back(testNoCond());
      }
      comp->a.push_back(done(c));
    }
  }

  Node* atom() {
    const Token& t = peek();
    switch (t.kind) {
      case Tok::Name: {
        if (t.text == "True" || t.text == "False" || t.text == "None") {
          next();
          Node* n = make(NK::Const, t);
          n->ck = t.text == "True" ? CK::True : t.text == "False" ? CK::False : CK::None;
          return n;
        }
        if (isKeyword(t.text)) {
          if (t.text == "yield") {
            error("'yield' outside parentheses is not allowed here", t);
            return dummy();
          }
          error("invalid syntax", t);
          return dummy();
        }
        next();
        Node* n = make(NK::Name, t);
        n->str = t.text;
        return n;
      }
      case Tok::Int: {
        next();
        Node* n = make(NK::Const, t);
        n->ck = t.bigInt ? CK::BigInt : CK::Int;
        n->ival = t.ival;
        n->str = t.text;
        return n;
      }
      case Tok::Float: {
        next();
        Node* n = make(NK::Const, t);
        n->ck = CK::Float;
        n->fval = t.fval;
        return n;
      }
      case Tok::String:
      case Tok::FString:
      case Tok::Bytes:
        return strings();
      case Tok::Op:
        if (t.text == "(" || t.text == "[" || t.text == "{") {
          Nest nest(*this);
          return t.text == "(" ? parenAtom() : t.text == "[" ? listAtom() : dictAtom();
        }
        if (t.text == "...") {
          next();
          Node* n = make(NK::Const, t);
          n->ck = CK::Ellipsis;
          return n;
        }
        break;
      default:
        break;
    }
    if (t.kind == Tok::Indent) {
      error("unexpected indent", t, "IndentationError");
    } else if (t.kind == Tok::Newline || t.kind == Tok::End) {
      error("invalid syntax", t);
    } else {
      error("invalid syntax", t);
    }
    return dummy();
  }

  Node* parenAtom() {
    Token open = next();
    if (atOp(")")) {
      next();
      Node* n = make(NK::Tuple, open);
      n->parenthesized = true;
      return done(n);
    }
    if (atName("yield")) {
      Node* y = yieldExpr();
      expectOp(")");
      return y;
    }
    Node* first = atOp("*") ? starExpr() : namedTest();
    if (atName("for") || atName("async")) {
      Node* g = make(NK::GenExp, open);
      g->x = first;
      comprehensionClauses(g);
      expectOp(")");
      return done(g);
    }
    if (atOp(",")) {
      Node* tup = make(NK::Tuple, open);
      tup->parenthesized = true;
      tup->a.push_back(first);
      while (acceptOp(",")) {
        if (atOp(")")) break;
        tup->a.push_back(atOp("*") ? starExpr() : namedTest());
      }
      expectOp(")");
      return done(tup);
    }
    expectOp(")");
    if (first->kind == NK::Starred) {
      errorNode("cannot use starred expression here", first);
    }
    first->parenthesized = true;
    return first;
  }

  Node* listAtom() {
    Token open = next();
    Node* n = make(NK::List, open);
    if (acceptOp("]")) return done(n);
    Node* first = atOp("*") ? starExpr() : namedTest();
    if (atName("for") || atName("async")) {
      Node* c = make(NK::ListComp, open);
      c->x = first;
      comprehensionClauses(c);
      expectOp("]");
      return done(c);
    }
    n->a.push_back(first);
    while (acceptOp(",")) {
      if (atOp("]")) break;
      n->a.push_back(atOp("*") ? starExpr() : namedTest());
    }
    expectOp("]");
    return done(n);
  }

  Node* dictAtom() {
    Token open = next();
    if (acceptOp("}")) return done(make(NK::Dict, open));
    if (atOp("**")) {
      Node* d = make(NK::Dict, open);
      dictItems(d);
      return d;
    }
    Node* first = atOp("*") ? starExpr() : namedTest();
    if (acceptOp(":")) {
      Node* v = test();
      if (atName("for") || atName("async")) {
        Node* c = make(NK::DictComp, open);
        c->x = first;
        c->y = v;
        comprehensionClauses(c);
        expectOp("}");
        return done(c);
      }
      Node* d = make(NK::Dict, open);
      d->a.push_back(first);
      d->b.push_back(v);
      if (acceptOp(",")) {
        dictItems(d);
      } else {
        expectOp("}");
        done(d);
      }
      return d;
    }
    if (atName("for") || atName("async")) {
      Node* c = make(NK::SetComp, open);
      c->x = first;
      comprehensionClauses(c);
      expectOp("}");
      return done(c);
    }
    Node* s = make(NK::Set, open);
    s->a.push_back(first);
    while (acceptOp(",")) {
      if (atOp("}")) break;
      s->a.push_back(atOp("*") ? starExpr() : namedTest());
    }
    expectOp("}");
    return done(s);
  }

  void dictItems(Node* d) {
    while (!failed() && !atOp("}")) {
      if (acceptOp("**")) {
        d->a.push_back(nullptr);
        d->b.push_back(orExpr());
      } else {
        d->a.push_back(test());
        expectOp(":", "':' expected after dictionary key");
        d->b.push_back(test());
      }
      if (!acceptOp(",")) break;
    }
    expectOp("}");
    done(d);
  }

  // Adjacent string literals, f-strings among them, concatenate.
  Node* strings() {
    Token first = peek();
    if (first.kind == Tok::Bytes) {
      Node* n = make(NK::Const, first);
      n->ck = CK::Bytes;
      while (peek().kind == Tok::Bytes) n->str += next().text;
      if (peek().kind == Tok::String || peek().kind == Tok::FString)
        error("cannot mix bytes and nonbytes literals", peek());
      return done(n);
    }
    bool anyF = false;
    for (size_t k = 0; peek(k).kind == Tok::String || peek(k).kind == Tok::FString; k++)
      if (peek(k).kind == Tok::FString) anyF = true;
    if (!anyF) {
      Node* n = make(NK::Const, first);
      n->ck = CK::Str;
      while (peek().kind == Tok::String) n->str += next().text;
      if (peek().kind == Tok::Bytes) error("cannot mix bytes and nonbytes literals", peek());
      return done(n);
    }
    Node* j = make(NK::JoinedStr, first);
    while (peek().kind == Tok::String || peek().kind == Tok::FString) {
      Token t = next();
      if (t.kind == Tok::String) {
        addLiteral(j, t.text, t);
      } else {
        fstringParts(j, t.text, size_t(t.ival), t.raw, t);
      }
    }
    return done(j);
  }

  void addLiteral(Node* j, const std::string& s, const Token& t) {
    if (s.empty()) return;
    if (!j->a.empty() && j->a.back()->kind == NK::Const) {
      j->a.back()->str += s;
      return;
    }
    Node* c = make(NK::Const, t);
    c->ck = CK::Str;
    c->str = s;
    j->a.push_back(c);
  }

  std::pair<int, int> posOf(size_t off) const {
    const std::vector<size_t>& lineStarts = *lineStarts_;
    size_t lo = 0, hi = lineStarts.size();
    while (hi - lo > 1) {
      size_t mid = (lo + hi) / 2;
      if (lineStarts[mid] <= off)
        lo = mid;
      else
        hi = mid;
    }
    return {int(lo) + 1, int(off - lineStarts[lo])};
  }

  // Splits an f-string body (source text between the quotes, starting at src offset `base`).
  void fstringParts(Node* j, const std::string& body, size_t base, bool raw, const Token& t) {
    std::string lit;
    size_t i = 0;
    auto flushLit = [&]() {
      if (!lit.empty()) addLiteral(j, raw ? lit : decodeEscapes(lit, false), t);
      lit.clear();
    };
    while (i < body.size() && !failed()) {
      char c = body[i];
      if (c == '{' && i + 1 < body.size() && body[i + 1] == '{') {
        lit += '{';
        i += 2;
        continue;
      }
      if (c == '}' && i + 1 < body.size() && body[i + 1] == '}') {
        lit += '}';
        i += 2;
        continue;
      }
      if (c == '}') {
        error("f-string: single '}' is not allowed", t);
        return;
      }
      if (c == '\\' && !raw && i + 1 < body.size()) {
        lit += body.substr(i, 2);
        i += 2;
        continue;
      }
      if (c != '{') {
        lit += c;
        i++;
        continue;
      }
      flushLit();
      i = replacementField(j, body, i + 1, base, t);
    }
    flushLit();
  }

  // Parses one `{expr[=][!c][:spec]}` starting just after '{'; returns the index after '}'.
  size_t replacementField(Node* j, const std::string& body, size_t i, size_t base, const Token& t) {
    size_t start = i;
    int depth = 0;
    while (i < body.size()) {
      char c = body[i];
      if (c == '\'' || c == '"') {
        int ql = body.compare(i, 3, std::string(3, c)) == 0 ? 3 : 1;
        // A string inside the field: an f-string (whose braces open fields) only with an f in its
        // prefix; `{'{'}` is a brace.
        bool nf = false, nr = false;
        size_t k = i;
        for (; k > start; k--) {
          char p = char(std::tolower(static_cast<unsigned char>(body[k - 1])));
          if (p != 'f' && p != 'r' && p != 'b' && p != 'u') break;
          nf = nf || p == 'f';
          nr = nr || p == 'r';
        }
        if (k > start &&
            (std::isalnum(static_cast<unsigned char>(body[k - 1])) || body[k - 1] == '_'))
          nf = nr = false;
        size_t e = scanStringBody(body, i + size_t(ql), c, ql, nf, nr);
        if (e == std::string::npos || e == kStringTooDeep) break;
        i = e;
        continue;
      }
      if (c == '(' || c == '[' || c == '{')
        depth++;
      else if (c == ')' || c == ']' || c == '}') {
        if (depth == 0) break;
        depth--;
      } else if (depth == 0 &&
                 (c == ':' || (c == '!' && i + 1 < body.size() && body[i + 1] != '=')))
        break;
      else if (depth == 0 && c == '=' && i + 1 < body.size() && body[i + 1] != '=' && i > start &&
               std::strchr("=!<>", body[i - 1]) == nullptr)
        break;
      i++;
    }
    std::string exprText = body.substr(start, i - start);
    size_t s = exprText.find_first_not_of(" \t\n");
    if (s == std::string::npos) {
      error("f-string: valid expression required before '}'", t);
      return body.size();
    }
    Node* fv = make(NK::FormattedValue, t);
    fv->x = subExpression(exprText, base + start, t);
    bool debug = false;
    if (i < body.size() && body[i] == '=') {
      debug = true;
      i++;
      while (i < body.size() && (body[i] == ' ')) i++;
      addLiteral(j, body.substr(start, i - start), t);
    }
    if (i < body.size() && body[i] == '!') {
      if (i + 1 < body.size() && std::strchr("rsa", body[i + 1])) {
        fv->op = body[i + 1];
        i += 2;
      } else {
        error("f-string: invalid conversion character: expected 's', 'r', or 'a'", t);
        return body.size();
      }
    }
    if (i < body.size() && body[i] == ':') {
      i++;
      Node* spec = make(NK::JoinedStr, t);
      std::string lit;
      while (i < body.size() && body[i] != '}') {
        if (body[i] == '{') {
          if (!lit.empty()) addLiteral(spec, lit, t);
          lit.clear();
          i = replacementField(spec, body, i + 1, base, t);
        } else {
          lit += body[i++];
        }
      }
      if (!lit.empty()) addLiteral(spec, lit, t);
      fv->y = spec;
    }
    if (debug && fv->op == 0 && !fv->y) fv->op = 'r';
    if (i >= body.size() || body[i] != '}') {
      error("f-string: expecting '}'", t);
      return body.size();
    }
    j->a.push_back(fv);
    return i + 1;
  }

  Node* subExpression(const std::string& text, size_t absOffset, const Token& t) {
    std::vector<Token> toks;
    SyntaxErrorInfo e2;
    std::string wrapped = text;
    for (char& ch : wrapped)
      if (ch == '\n') ch = ' ';
    // `{ x }`: blanks before the expression are not indentation.
    size_t lead = std::min(wrapped.find_first_not_of(" \t\f"), wrapped.size());
    wrapped.erase(0, lead);
    absOffset += lead;
    if (!tokenize(wrapped, toks, e2)) {
      error("f-string: " + e2.msg, t);
      return dummy();
    }
    auto [line, col] = posOf(absOffset);
    for (Token& k : toks) {
      k.line = line;
      k.endLine = line;
      k.col += col;
      k.endCol += col;
      if (k.kind == Tok::FString) k.ival += int64_t(absOffset);
    }
    Parser sub(src_, std::move(toks), A, err_, lineStarts_);
    sub.funcDepth_ = funcDepth_;
    Nest nest(*this);
    sub.nest_ = nest_;
    Node* e = sub.starList(true);
    if (!failed() && sub.peek().kind != Tok::Newline && sub.peek().kind != Tok::End)
      error("f-string: invalid syntax", t);
    return e;
  }
};

}  // namespace

Node* parseModule(const std::string& src, AstArena& arena, SyntaxErrorInfo& err) {
  std::vector<Token> toks;
  if (!tokenize(src, toks, err)) return nullptr;
  Parser p(src, std::move(toks), arena, err);
  Node* m = p.module();
  return p.failed() ? nullptr : m;
}

Node* parseExpression(const std::string& src, AstArena& arena) {
  std::vector<Token> toks;
  SyntaxErrorInfo err;
  if (!tokenize(src, toks, err)) return nullptr;
  Parser p(src, std::move(toks), arena, err);
  Node* e = p.expressionOnly();
  return p.failed() ? nullptr : e;
}

}  // namespace coroscope::lang
