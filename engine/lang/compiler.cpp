#include "lang/compiler.hpp"

#include <cassert>
#include <cmath>
#include <map>

#include "lang/bigint_glue.hpp"
#include "lang/symtable.hpp"
#include "lang/vm.hpp"

namespace coroscope::lang {

Value matchHelper(VM& vm, NK kind);  // match.cpp: the match statement's runtime part
namespace {

int stackEffect(Op op, uint32_t arg) {
  int n = int(arg);
  switch (op) {
    case POP_TOP:
      return -1;
    case DUP_TOP:
      return 1;
    case DUP_TOP_TWO:
      return 2;
    case LOAD_CONST:
    case LOAD_FAST:
    case LOAD_DEREF:
    case LOAD_CELL:
    case LOAD_GLOBAL:
    case LOAD_NAME:
    case LOAD_ASSERTION_ERROR:
    case IMPORT_NAME:
    case IMPORT_FROM:
      return 1;
    case STORE_FAST:
    case STORE_DEREF:
    case STORE_GLOBAL:
    case STORE_NAME:
      return -1;
    case STORE_ATTR:
      return -2;
    case DELETE_ATTR:
      return -1;
    case LOAD_METHOD:
      return 1;
    case CALL_METHOD:
      return -(n + 1);
    case BINARY_SUBSCR:
      return -1;
    case STORE_SUBSCR:
      return -3;
    case DELETE_SUBSCR:
      return -2;
    case BUILD_SLICE:
      return 1 - n;
    case BINARY_OP:
    case COMPARE_OP:
      return -1;
    case POP_JUMP_IF_FALSE:
    case POP_JUMP_IF_TRUE:
      return -1;
    case JUMP_IF_FALSE_OR_POP:
    case JUMP_IF_TRUE_OR_POP:
      return -1;
    case FOR_ITER:
      return 1;
    case BUILD_TUPLE:
    case BUILD_LIST:
    case BUILD_SET:
    case BUILD_STRING:
      return 1 - n;
    case BUILD_MAP:
      return 1 - 2 * n;
    case LIST_APPEND:
    case SET_ADD:
    case LIST_EXTEND:
    case SET_UPDATE:
    case DICT_UPDATE:
    case DICT_MERGE:
      return -1;
    case MAP_ADD:
      return -2;
    case UNPACK_SEQUENCE:
      return n - 1;
    case UNPACK_EX:
      return (n & 0xFF) + (n >> 8);
    case FORMAT_VALUE:
      return (n & 4) ? -1 : 0;
    case CALL:
      return -n;
    case CALL_KW:
      return -(n + 1);
    case CALL_EX:
      return -(1 + (n & 1));
    case MAKE_FUNCTION:
      return -(((n & 1) ? 1 : 0) + ((n & 2) ? 1 : 0) + ((n & 8) ? 1 : 0));
    case BUILD_CLASS:
      return -3;
    case RETURN_VALUE:
      return -1;
    case YIELD_FROM:
      return -1;
    case POP_EXCEPT:
      return -1;
    case RERAISE:
      return -1;
    case RAISE_VARARGS:
      return -n;
    case BEFORE_WITH:
    case BEFORE_ASYNC_WITH:
      return 1;
    case WITH_EXCEPT_START:
      return 1;
    case IMPORT_STAR:
      return -1;
    case GET_ANEXT:
      return 1;
    case CHECK_EG_MATCH:
      return 0;
    case STORE_ANNOTATION:
      return -1;
    default:
      return 0;
  }
}

struct FBlock {
  enum Kind { While, For, TryExcept, TryFinally, Handler, FinallyHandler, With, AsyncFor } kind;
  Node* node = nullptr;
  uint32_t continueTarget = 0;
  std::vector<size_t> breaks;
  std::string handlerName;  // Handler: the `as` name to clear
  bool isAsync = false;
};

class CodeGen {
 public:
  CodeGen(VM& vm, SymbolTable& st, Scope* scope, std::shared_ptr<Source> src, SyntaxErrorInfo& err)
      : vm_(vm), st_(st), scope_(scope), src_(std::move(src)), err_(err) {
    code_ = vm.heap.make<Code>(vm.tCode);
    vm.tempRoots.push_back(Value::obj(code_));
    code_->src = src_;
    code_->name = scope->name;
    code_->qualname = scope->qualname;
    code_->usesNameDict = scope->type != Scope::Function;
    layoutSlots();
  }

  Code* code() { return code_; }

  void layoutSlots() {
    if (scope_->type == Scope::Function) {
      for (auto& p : scope_->params) slotFor(p);
      for (auto& n : scope_->assignedOrder) {
        SymKind k = scope_->kindOf(n);
        if (k == SymKind::Local || k == SymKind::Cell) slotFor(n);
      }
      for (auto& [n, k] : scope_->syms)
        if (k == SymKind::Cell || k == SymKind::Local) slotFor(n);
      for (auto& [n, k] : scope_->syms)
        if (k == SymKind::Cell) code_->cellSlots.push_back(slotFor(n));
    } else if (scope_->type == Scope::Class && scope_->needsClassCell) {
      code_->classCellSlot = int(slotFor("__class__"));
      code_->cellSlots.push_back(uint32_t(code_->classCellSlot));
    }
    for (auto& f : scope_->freeOrder) code_->freeSlots.push_back(slotFor(f));
  }

  uint32_t slotFor(const std::string& n) {
    auto it = slots_.find(n);
    if (it != slots_.end()) return it->second;
    uint32_t i = uint32_t(code_->varnames.size());
    slots_[n] = i;
    code_->varnames.push_back(vm_.intern(n));
    code_->nslots = i + 1;
    return i;
  }

  // ---- emission ----
  size_t emit(Op op, uint32_t arg = 0) {
    code_->ins.push_back({op, arg});
    code_->pos.push_back(pos_);
    depth_ += stackEffect(op, arg);
    if (depth_ > maxDepth_) maxDepth_ = depth_;
    return code_->ins.size() - 1;
  }
  uint32_t here() const { return uint32_t(code_->ins.size()); }
  void patch(size_t at, uint32_t target) { code_->ins[at].arg = target; }
  void patchHere(size_t at) { patch(at, here()); }

  // Out of line: inlined into constant(), GCC's -Warray-bounds cannot see that the kind test
  // guards the cast when a tuple constant is interned.
  [[gnu::noinline]] static bool sameText(Obj* a, Obj* b) {
    return static_cast<Str*>(a)->s() == static_cast<Str*>(b)->s();
  }

  uint32_t constant(Value v) {
    for (size_t i = 0; i < code_->consts.size(); i++) {
      const Value& c = code_->consts[i];
      if (c.tag != v.tag) continue;
      if (v.isObj()) {
        if (c.o == v.o) return uint32_t(i);
        if (v.o->kind == Kind::Str && c.o->kind == Kind::Str && sameText(v.o, c.o))
          return uint32_t(i);
        continue;
      }
      if (v.isFloat()) {
        if (std::signbit(v.f) == std::signbit(c.f) && v.f == c.f) return uint32_t(i);
        continue;
      }
      if (c.identical(v)) return uint32_t(i);
    }
    code_->consts.push_back(v);
    return uint32_t(code_->consts.size() - 1);
  }
  uint32_t strConst(const std::string& s) { return constant(Value::obj(vm_.intern(s))); }
  uint32_t name(const std::string& s) {
    Str* st = vm_.intern(s);
    for (size_t i = 0; i < code_->names.size(); i++)
      if (code_->names[i] == st) return uint32_t(i);
    code_->names.push_back(st);
    return uint32_t(code_->names.size() - 1);
  }

  void fail(const std::string& msg, Node* n) {
    if (err_.set) return;
    err_.msg = msg;
    err_.line = n->line;
    err_.col = n->col;
    err_.endLine = n->endLine;
    err_.endCol = n->endCol;
    err_.set = true;
  }

  struct PosGuard {
    CodeGen& g;
    Pos saved;
    PosGuard(CodeGen& gen, Node* n) : g(gen), saved(gen.pos_) {
      g.pos_ = Pos{n->line, n->endLine, n->col, n->endCol};
    }
    ~PosGuard() { g.pos_ = saved; }
  };

  // ---- names ----
  // One way to reach a name (load, store or delete), as CPython's compiler_nameop: the opcode
  // for each kind of binding the symbol table gives the name.
  struct NameOps {
    Op fast, deref, function_global, global, name;
  };
  void nameOp(const std::string& n, const NameOps& ops) {
    switch (scope_->kindOf(n)) {
      case SymKind::Local:
        emit(ops.fast, slotFor(n));
        break;
      case SymKind::Cell:
      case SymKind::Free:
        emit(ops.deref, slotFor(n));
        break;
      case SymKind::Global:
        emit(scope_->type == Scope::Function ? ops.function_global : ops.global, name(n));
        break;
      case SymKind::Name:
        emit(ops.name, name(n));
        break;
    }
  }
  // Outside functions a global is looked up as a plain name (LOAD_NAME), as CPython does.
  void loadName(const std::string& n) {
    nameOp(n, {LOAD_FAST, LOAD_DEREF, LOAD_GLOBAL, LOAD_NAME, LOAD_NAME});
  }
  void storeName(const std::string& n) {
    nameOp(n, {STORE_FAST, STORE_DEREF, STORE_GLOBAL, STORE_GLOBAL, STORE_NAME});
  }
  void deleteName(const std::string& n) {
    nameOp(n, {DELETE_FAST, DELETE_DEREF, DELETE_GLOBAL, DELETE_GLOBAL, DELETE_NAME});
  }

  // ---- module / function bodies ----
  // A module or class body that annotates a plain name anywhere outside nested functions and
  // classes starts with `__annotations__ = {}` (CPython's SETUP_ANNOTATIONS on a fresh namespace).
  static bool annotatesName(Node* n) {
    if (!n || n->kind == NK::FunctionDef || n->kind == NK::ClassDef || n->kind == NK::Lambda)
      return false;
    if (n->kind == NK::AnnAssign) return n->x->kind == NK::Name && !n->x->parenthesized;
    for (auto* v : {&n->a, &n->b, &n->c, &n->d})
      for (Node* c : *v)
        if (annotatesName(c)) return true;
    return false;
  }

  // A body's docstring: its first statement when that is a plain string literal.
  static const Node* docstring(const std::vector<Node*>& body) {
    if (body.empty() || body[0]->kind != NK::Expr) return nullptr;
    const Node* x = body[0]->x;
    return x->kind == NK::Const && x->ck == CK::Str ? x : nullptr;
  }

  Code* compileBody(std::vector<Node*>& body, bool isModuleOrClass) {
    if (const Node* doc = isModuleOrClass ? docstring(body) : nullptr) {
      PosGuard g(*this, body[0]);
      emit(LOAD_CONST, strConst(doc->str));
      storeName("__doc__");
    }
    if (isModuleOrClass) {
      bool any = false;
      for (Node* s : body) any = any || annotatesName(s);
      if (any) {
        emit(BUILD_MAP, 0);
        storeName("__annotations__");
      }
    }
    for (Node* s : body) stmt(s);
    if (isModuleOrClass && scope_->type == Scope::Class && code_->classCellSlot >= 0) {
      emit(LOAD_CELL, uint32_t(code_->classCellSlot));
      emit(RETURN_VALUE);
    } else {
      emit(LOAD_CONST, constant(Value::none()));
      emit(RETURN_VALUE);
    }
    return finish();
  }

  Code* finish() {
#ifndef NDEBUG
    // Loops turn through JUMP alone (see compGenerator); no handler or condition jumps back.
    for (size_t i = 0; i < code_->ins.size(); i++) {
      Op op = code_->ins[i].op;
      assert(op == JUMP ||
             !(op == POP_JUMP_IF_FALSE || op == POP_JUMP_IF_TRUE || op == JUMP_IF_FALSE_OR_POP ||
               op == JUMP_IF_TRUE_OR_POP || op == FOR_ITER || op == SETUP_EXCEPT ||
               op == SETUP_CLEANUP) ||
             code_->ins[i].arg > i);
    }
#endif
    std::vector<Instr>& ins = code_->ins;
    // `return a if c else b` and the like: a JUMP to a RETURN_VALUE returns itself.
    for (size_t i = 0; i < ins.size(); i++) {
      if (ins[i].op != JUMP || ins[ins[i].arg].op != RETURN_VALUE) continue;
      code_->pos[i] = code_->pos[ins[i].arg];
      ins[i] = ins[ins[i].arg];
    }
    // Superinstructions, as CPython 3.11 quickens them: the first instruction of a common pair
    // runs both. The second stays in place, so a jump to it or an error in the first (the first
    // alone runs then) sees the instructions as the compiler emitted them.
    for (size_t i = 0; i + 1 < ins.size(); i++) {
      if (ins[i].op == LOAD_FAST && ins[i + 1].op == LOAD_CONST) ins[i].op = LOAD_FAST__LOAD_CONST;
    }
    code_->maxStack = uint32_t(maxDepth_) + 8;
    code_->plainCall = !code_->varargs && !code_->varkw && code_->nkwonly == 0 &&
                       code_->cellSlots.empty() && code_->freeSlots.empty() &&
                       !code_->isGenerator && !code_->isCoroutine && !code_->isAsyncGen;
    vm_.tempRoots.pop_back();
    return code_;
  }

  Code* compileFunction(Node* n) {
    Arguments& a = *n->args;
    code_->nposonly = uint32_t(a.posonly.size());
    code_->nargs = uint32_t(a.posonly.size() + a.args.size());
    code_->nkwonly = uint32_t(a.kwonly.size());
    code_->varargs = a.hasVararg;
    code_->varkw = a.hasKwarg;
    code_->firstLine = firstLine(n);
    bool isAsync = scope_->isAsync;
    code_->isCoroutine = isAsync && !scope_->hasYield;
    code_->isAsyncGen = isAsync && scope_->hasYield;
    code_->isGenerator = !isAsync && scope_->hasYield;
    if (n->kind == NK::Lambda) {
      PosGuard g(*this, n->x);
      expr(n->x);
      emit(RETURN_VALUE);
    } else {
      if (const Node* doc = docstring(n->a)) code_->doc = code_->consts[strConst(doc->str)];
      for (Node* s : n->a) stmt(s);
      emit(LOAD_CONST, constant(Value::none()));
      emit(RETURN_VALUE);
    }
    return finish();
  }

  // Emits code that leaves a new function object for `child` on the stack.
  // ---- match statement ----
  // The subject stays on the stack; each case matches a copy. A pattern consumes the value on
  // top of the stack: on success it falls through, on failure it jumps (to an address collected
  // in `fails`) with that value gone as well. Sequences, mappings and class patterns call a
  // helper (match.cpp) that returns the parts to match next, or None.
  void matchStmt(Node* n) {
    expr(n->x);
    std::vector<size_t> toEnd;
    for (Node* c : n->a) {
      PosGuard g(*this, c->x);
      emit(DUP_TOP);
      std::vector<size_t> fails;
      pattern(c->x, fails);
      if (c->y) {
        expr(c->y);
        fails.push_back(emit(POP_JUMP_IF_FALSE));
      }
      emit(POP_TOP);
      stmts(c->a);
      toEnd.push_back(emit(JUMP));
      depth_++;  // the subject, back at each case's start
      for (size_t f : fails) patchHere(f);
    }
    emit(POP_TOP);
    for (size_t j : toEnd) patchHere(j);
  }

  // Jumps taken with `extra` values above the pattern's own result depth: pop them, then fail.
  void failAfterPops(std::vector<size_t>& sub, int extra, int base, std::vector<size_t>& fails) {
    if (sub.empty()) return;
    int saved = depth_;
    for (size_t j : sub) patchHere(j);
    depth_ = base + extra;
    for (int i = 0; i < extra; i++) emit(POP_TOP);
    fails.push_back(emit(JUMP));
    depth_ = saved;
  }

  void pattern(Node* p, std::vector<size_t>& fails) {
    int base = depth_ - 1;  // the stack once the value is consumed
    switch (p->kind) {
      case NK::MatchCapture:
      case NK::MatchStar:
        if (p->str.empty())
          emit(POP_TOP);
        else
          storeName(p->str);
        return;
      case NK::MatchValue:
      case NK::MatchSingleton:
        if (p->kind == NK::MatchValue)
          expr(p->x);
        else
          emit(LOAD_CONST, constant(p->ck == CK::None   ? Value::none()
                                    : p->ck == CK::True ? Value::boolean(true)
                                                        : Value::boolean(false)));
        emit(COMPARE_OP, p->kind == NK::MatchValue ? kEq : kIs);
        fails.push_back(emit(POP_JUMP_IF_FALSE));
        return;
      case NK::MatchAs: {
        emit(DUP_TOP);
        std::vector<size_t> sub;
        pattern(p->x, sub);
        storeName(p->str);
        if (!sub.empty()) {
          size_t ok = emit(JUMP);
          failAfterPops(sub, 1, base, fails);
          patchHere(ok);
        }
        return;
      }
      case NK::MatchOr: {
        std::vector<size_t> done;
        for (size_t i = 0; i < p->a.size(); i++) {
          if (i + 1 == p->a.size()) {
            pattern(p->a[i], fails);
            break;
          }
          emit(DUP_TOP);
          std::vector<size_t> next;
          pattern(p->a[i], next);
          emit(POP_TOP);
          done.push_back(emit(JUMP));
          depth_ = base + 1;
          for (size_t j : next) patchHere(j);
        }
        for (size_t j : done) patchHere(j);
        depth_ = base;
        return;
      }
      default:
        break;
    }
    // Sequence, mapping, class: helper(value, ...) -> tuple of parts, or None.
    size_t nparts = 0;
    emit(LOAD_CONST, constant(matchHelper(vm_, p->kind)));
    emit(ROT_TWO);
    if (p->kind == NK::MatchSequence) {
      int star = -1;
      for (size_t i = 0; i < p->a.size(); i++)
        if (p->a[i]->kind == NK::MatchStar) star = int(i);
      emit(LOAD_CONST, constant(Value::integer(int64_t(p->a.size()))));
      emit(LOAD_CONST, constant(Value::integer(star)));
      emit(CALL, 3);
      nparts = p->a.size();
    } else if (p->kind == NK::MatchMapping) {
      for (Node* k : p->a) expr(k);
      emit(BUILD_TUPLE, uint32_t(p->a.size()));
      emit(LOAD_CONST, constant(Value::boolean(!p->str.empty())));
      emit(CALL, 3);
      nparts = p->a.size() + (p->str.empty() ? 0 : 1);
    } else {
      expr(p->x);
      emit(LOAD_CONST, constant(Value::integer(int64_t(p->a.size()))));
      std::vector<Value> names;
      for (auto& nm : p->names) names.push_back(Value::obj(vm_.intern(nm)));
      emit(LOAD_CONST, constant(vm_.newTuple(names)));
      emit(CALL, 4);
      nparts = p->a.size() + p->b.size();
    }
    emit(DUP_TOP);
    emit(LOAD_CONST, constant(Value::none()));
    emit(COMPARE_OP, kIs);
    std::vector<size_t> none;
    none.push_back(emit(POP_JUMP_IF_TRUE));
    emit(UNPACK_SEQUENCE, uint32_t(nparts));
    std::vector<std::vector<size_t>> sub(nparts);
    std::vector<Node*> parts = p->kind == NK::MatchMapping ? p->b : p->a;
    if (p->kind == NK::MatchClass) parts.insert(parts.end(), p->b.begin(), p->b.end());
    for (size_t i = 0; i < nparts; i++) {
      if (i < parts.size()) {
        pattern(parts[i], sub[i]);
      } else {  // a mapping's **rest
        storeName(p->str);
      }
    }
    size_t ok = emit(JUMP);
    failAfterPops(none, 1, base, fails);
    for (size_t i = 0; i < nparts; i++) failAfterPops(sub[i], int(nparts - 1 - i), base, fails);
    patchHere(ok);
    depth_ = base;
  }

  // An annotation's value: the expression, or under `from __future__ import annotations` its
  // source text (CPython unparses the tree; the text as written is the same for the usual
  // spellings).
  void annotation(Node* a) {
    if (!st_.futureAnnotations) {
      expr(a);
      return;
    }
    std::string text;
    for (int l = a->line; l <= a->endLine && l >= 1 && size_t(l) <= src_->lines.size(); l++) {
      const std::string& line = src_->lines[size_t(l - 1)];
      size_t from = l == a->line ? size_t(a->col) : 0;
      size_t to = l == a->endLine ? size_t(a->endCol) : line.size();
      if (from < to && to <= line.size())
        text += (text.empty() ? "" : " ") + line.substr(from, to - from);
    }
    emit(LOAD_CONST, strConst(text));
  }

  void makeFunction(Scope* child, Code* code, Arguments* args, Node* returns = nullptr) {
    uint32_t flags = 0;
    if (args && !args->defaults.empty()) {
      for (Node* d : args->defaults) expr(d);
      emit(BUILD_TUPLE, uint32_t(args->defaults.size()));
      flags |= 1;
    }
    if (args) {
      size_t nk = 0;
      for (size_t i = 0; i < args->kwonly.size(); i++) {
        if (!args->kwdefaults[i]) continue;
        emit(LOAD_CONST, strConst(args->kwonly[i].name));
        expr(args->kwdefaults[i]);
        nk++;
      }
      if (nk) {
        emit(BUILD_MAP, uint32_t(nk));
        flags |= 2;
      }
      // __annotations__: {parameter: annotation, ..., 'return': annotation}.
      uint32_t na = 0;
      auto ann = [&](const Arg& p, const std::string& name) {
        if (!p.annotation) return;
        emit(LOAD_CONST, strConst(name));
        annotation(p.annotation);
        na++;
      };
      for (auto* v : {&args->posonly, &args->args})
        for (const Arg& p : *v) ann(p, p.name);
      if (args->hasVararg) ann(args->vararg, args->vararg.name);
      for (const Arg& p : args->kwonly) ann(p, p.name);
      if (args->hasKwarg) ann(args->kwarg, args->kwarg.name);
      if (returns) {
        emit(LOAD_CONST, strConst("return"));
        annotation(returns);
        na++;
      }
      if (na) {
        emit(BUILD_MAP, na);
        flags |= 4;
      }
    }
    if (!child->freeOrder.empty()) {
      for (auto& f : child->freeOrder) {
        if (f == "__class__" && scope_->type == Scope::Class)
          emit(LOAD_CELL, uint32_t(code_->classCellSlot));
        else
          emit(LOAD_CELL, slotFor(f));
      }
      emit(BUILD_TUPLE, uint32_t(child->freeOrder.size()));
      flags |= 8;
    }
    emit(LOAD_CONST, constant(Value::obj(code)));
    emit(MAKE_FUNCTION, flags);
  }

  // As CPython 3.11's co_firstlineno: a decorated definition starts at its first decorator.
  static int firstLine(const Node* def) {
    bool decorated = (def->kind == NK::FunctionDef || def->kind == NK::ClassDef) && !def->b.empty();
    return decorated ? def->b[0]->line : def->line;
  }

  Code* childCode(Node* n) {
    Scope* child = st_.byNode.at(n);
    CodeGen g(vm_, st_, child, src_, err_);
    g.pos_ = pos_;
    if (n->kind != NK::ClassDef) return g.compileFunction(n);
    Code* body = g.compileBody(n->a, true);
    body->firstLine = firstLine(n);
    return body;
  }

  // ---- statements ----
  void stmts(std::vector<Node*>& body) {
    for (Node* s : body) stmt(s);
  }

  void stmt(Node* n) {
    if (err_.set) return;
    CompileLevel level(st_, err_);
    if (!level.ok()) return;
    PosGuard g(*this, n);
    switch (n->kind) {
      case NK::Expr:
        if (n->x->kind == NK::Const && scope_->type != Scope::Module) return;  // docstrings
        expr(n->x);
        emit(POP_TOP);
        return;
      case NK::Assign:
        expr(n->x);
        for (size_t i = 0; i < n->a.size(); i++) {
          if (i + 1 < n->a.size()) emit(DUP_TOP);
          store(n->a[i]);
        }
        return;
      case NK::AugAssign:
        augAssign(n);
        return;
      case NK::AnnAssign:
        if (n->z) {
          expr(n->z);
          store(n->x);
        }
        // As CPython: in a module or class body the annotation is evaluated after the value;
        // a plain name's goes into __annotations__, a complex target's is discarded.
        if (!n->z && (n->x->kind == NK::Attribute || n->x->kind == NK::Subscript)) {
          expr(n->x->x);  // `obj.attr: T` and `obj[k]: T` evaluate obj (and k), in any scope
          emit(POP_TOP);
          if (n->x->kind == NK::Subscript) {
            expr(n->x->y);
            emit(POP_TOP);
          }
        }
        if (scope_->type == Scope::Module || scope_->type == Scope::Class) {
          bool simple = n->x->kind == NK::Name && !n->x->parenthesized;
          annotation(n->y);
          PosGuard g(*this, n);
          if (simple) {
            loadName("__annotations__");
            emit(LOAD_CONST, strConst(n->x->str));
            emit(STORE_SUBSCR);
          } else {
            emit(POP_TOP);
          }
        }
        return;
      case NK::FunctionDef: {
        for (Node* d : n->b) expr(d);
        Scope* child = st_.byNode.at(n);
        Code* c = childCode(n);
        if (err_.set) return;
        makeFunction(child, c, n->args.get(), n->z);
        applyDecorators(n);
        storeName(boundName(n));
        return;
      }
      case NK::ClassDef:
        classDef(n);
        return;
      case NK::Return:
        if (scope_->type != Scope::Function || scope_->isComprehension) {
          fail("'return' outside function", n);
          return;
        }
        if (n->x) {
          if (code_->isAsyncGen || (scope_->isAsync && scope_->hasYield)) {
            fail("'return' with value in async generator", n);
            return;
          }
          expr(n->x);
        } else {
          emit(LOAD_CONST, constant(Value::none()));
        }
        {
          int savedDepth = depth_;
          if (hasFinallyLikeBlocks()) {
            // The returned value waits in a slot made on first use: a slot every frame had
            // cost each call of a plain function the loop that sets its extra slots to undef.
            uint32_t retSlot = slotFor(".ret");
            emit(STORE_FAST, retSlot);
            unwindAll(true);
            emit(LOAD_FAST, retSlot);
          } else {
            unwindAll(true);
          }
          emit(RETURN_VALUE);
          depth_ = savedDepth - 1;
        }
        return;
      case NK::Match:
        matchStmt(n);
        return;
      case NK::If: {
        expr(n->x);
        size_t jf = emit(POP_JUMP_IF_FALSE);
        stmts(n->a);
        if (n->b.empty()) {
          patchHere(jf);
        } else {
          size_t je = emit(JUMP);
          patchHere(jf);
          stmts(n->b);
          patchHere(je);
        }
        return;
      }
      case NK::While: {
        uint32_t top = here();
        expr(n->x);
        size_t jf = emit(POP_JUMP_IF_FALSE);
        fblocks_.push_back({FBlock::While, n, top, {}, "", false});
        stmts(n->a);
        emit(JUMP, top);
        FBlock fb = fblocks_.back();
        fblocks_.pop_back();
        patchHere(jf);
        stmts(n->b);
        for (size_t b : fb.breaks) patchHere(b);
        return;
      }
      case NK::For:
        forStmt(n);
        return;
      case NK::Break:
      case NK::Continue:
        breakContinue(n);
        return;
      case NK::Pass:
      case NK::Global:
      case NK::Nonlocal:
        return;
      case NK::Raise:
        if (n->x) expr(n->x);
        if (n->y) expr(n->y);
        emit(RAISE_VARARGS, n->y ? 2 : n->x ? 1 : 0);
        return;
      case NK::Assert: {
        expr(n->x);
        size_t jt = emit(POP_JUMP_IF_TRUE);
        PosGuard ag(*this, n->x);  // CPython 3.11 reports the failure at the test expression
        emit(LOAD_ASSERTION_ERROR);
        if (n->y) {
          expr(n->y);
          emit(CALL, 1);
        }
        emit(RAISE_VARARGS, 1);
        patchHere(jt);
        return;
      }
      case NK::Delete:
        for (Node* t : n->a) del(t);
        return;
      case NK::Try:
        if (n->flag)
          tryStar(n);
        else if (!n->d.empty())
          tryFinally(n);
        else
          tryExcept(n);
        return;
      case NK::With:
        withStmt(n, 0);
        return;
      case NK::Import:
        for (auto& [mod, as] : n->aliases) {
          emit(IMPORT_NAME, name(mod) | (as.empty() ? 0 : 0x80000000u));
          storeName(as.empty() ? mod.substr(0, mod.find('.')) : as);
        }
        return;
      case NK::ImportFrom: {
        if (n->op > 0) {
          fail("relative imports are not supported", n);
          return;
        }
        emit(IMPORT_NAME, name(n->str) | 0x80000000u);
        for (auto& [nm, as] : n->aliases) {
          if (nm == "*") {
            emit(IMPORT_STAR);
            return;
          }
          emit(IMPORT_FROM, name(nm));
          storeName(as.empty() ? nm : as);
        }
        emit(POP_TOP);
        return;
      }
      default:
        fail("unsupported statement", n);
    }
  }

  bool hasFinallyLikeBlocks() const {
    for (auto& f : fblocks_)
      if (f.kind == FBlock::TryFinally || f.kind == FBlock::With || f.kind == FBlock::Handler ||
          f.kind == FBlock::FinallyHandler || f.kind == FBlock::For || f.kind == FBlock::AsyncFor)
        return true;
    return false;
  }

  // Emits the cleanup for leaving fblocks_[from..] (innermost first).
  void unwindBlock(const FBlock& fb) {
    switch (fb.kind) {
      case FBlock::While:
        break;
      case FBlock::For:
      case FBlock::AsyncFor:
        emit(POP_TOP);
        break;
      case FBlock::TryExcept:
        emit(POP_BLOCK);
        break;
      case FBlock::TryFinally: {
        emit(POP_BLOCK);
        // Run the finally body with this block no longer active.
        auto saved = fblocks_;
        size_t idx = 0;
        for (size_t i = 0; i < fblocks_.size(); i++)
          if (&fblocks_[i] == &fb) idx = i;
        fblocks_.resize(idx);
        stmts(fb.node->d);
        fblocks_ = saved;
        break;
      }
      case FBlock::Handler:
        emit(POP_BLOCK);
        emit(POP_EXCEPT);
        if (!fb.handlerName.empty()) {
          emit(LOAD_CONST, constant(Value::none()));
          storeName(fb.handlerName);
          deleteName(fb.handlerName);
        }
        break;
      case FBlock::FinallyHandler:
        emit(POP_BLOCK);
        emit(POP_TOP);  // the exception
        emit(POP_EXCEPT);
        break;
      case FBlock::With:
        emit(POP_BLOCK);
        emit(WITH_NORMAL_EXIT);
        if (fb.isAsync) awaitTos();
        emit(POP_TOP);
        break;
    }
  }

  void unwindAll(bool) {
    auto saved = fblocks_;
    for (size_t i = saved.size(); i-- > 0;) {
      fblocks_ = saved;
      fblocks_.resize(i + 1);
      unwindBlockAt(i);
    }
    fblocks_ = saved;
  }
  void unwindBlockAt(size_t i) {
    // unwindBlock may recompile finally bodies which can push/pop fblocks; work on a copy.
    FBlock fb = fblocks_[i];
    auto saved = fblocks_;
    fblocks_.resize(i);
    switch (fb.kind) {
      case FBlock::TryFinally:
        emit(POP_BLOCK);
        stmts(fb.node->d);
        break;
      default:
        fblocks_ = saved;
        unwindBlock(fb);
        break;
    }
    fblocks_ = saved;
  }

  void breakContinue(Node* n) {
    bool isBreak = n->kind == NK::Break;
    for (size_t i = fblocks_.size(); i-- > 0;) {
      FBlock::Kind k = fblocks_[i].kind;
      if (k == FBlock::While || k == FBlock::For || k == FBlock::AsyncFor) {
        int savedDepth = depth_;
        for (size_t j = fblocks_.size(); j-- > i + 1;) unwindBlockAt(j);
        if (isBreak) {
          if (k != FBlock::While) emit(POP_TOP);
          fblocks_[i].breaks.push_back(emit(JUMP));
        } else {
          emit(JUMP, fblocks_[i].continueTarget);
        }
        depth_ = savedDepth;
        return;
      }
    }
    fail(isBreak ? "'break' outside loop" : "'continue' not properly in loop", n);
  }

  void forStmt(Node* n) {
    if (n->flag) {
      asyncFor(n);
      return;
    }
    {
      PosGuard g(*this, n->y);
      expr(n->y);
      emit(GET_ITER);
    }
    uint32_t top = here();
    size_t fi = emit(FOR_ITER);  // CPython 3.11 locates FOR_ITER at the whole `for` statement
    fblocks_.push_back({FBlock::For, n, top, {}, "", false});
    store(n->x);
    stmts(n->a);
    emit(JUMP, top);
    FBlock fb = fblocks_.back();
    fblocks_.pop_back();
    patchHere(fi);
    depth_ -= 2;  // FOR_ITER exit pops the iterator
    stmts(n->b);
    for (size_t b : fb.breaks) patchHere(b);
  }

  void asyncFor(Node* n) {
    if (!scope_->isAsync) {
      fail("'async for' outside async function", n);
      return;
    }
    expr(n->y);
    emit(GET_AITER);
    uint32_t top = here();
    size_t setup = emit(SETUP_EXCEPT);
    emit(GET_ANEXT);
    emit(LOAD_CONST, constant(Value::none()));
    emit(YIELD_FROM);
    emit(POP_BLOCK);
    fblocks_.push_back({FBlock::AsyncFor, n, top, {}, "", true});
    store(n->x);
    stmts(n->a);
    emit(JUMP, top);
    FBlock fb = fblocks_.back();
    fblocks_.pop_back();
    patchHere(setup);
    depth_ += 2;  // prev exc, exc
    emit(END_ASYNC_FOR);
    depth_ -= 3;
    stmts(n->b);
    for (size_t b : fb.breaks) patchHere(b);
  }

  void tryExcept(Node* n) {
    size_t setup = emit(SETUP_EXCEPT);
    fblocks_.push_back({FBlock::TryExcept, n, 0, {}, "", false});
    stmts(n->a);
    fblocks_.pop_back();
    emit(POP_BLOCK);
    stmts(n->b);
    std::vector<size_t> ends{emit(JUMP)};
    int base = depth_;
    patchHere(setup);
    depth_ = base + 2;  // [prev_exc, exc]
    size_t cleanup = emit(SETUP_CLEANUP);
    for (Node* h : n->c) {
      PosGuard g(*this, h);
      size_t jnext = 0;
      if (h->x) {
        expr(h->x);
        emit(CHECK_EXC_MATCH);
        jnext = emit(POP_JUMP_IF_FALSE);
      } else if (h != n->c.back()) {
        fail("default 'except:' must be last", h);
        return;
      }
      if (!h->str.empty())
        storeName(h->str);
      else
        emit(POP_TOP);
      fblocks_.push_back({FBlock::Handler, h, 0, {}, h->str, false});
      stmts(h->a);
      fblocks_.pop_back();
      emit(POP_BLOCK);
      emit(POP_EXCEPT);
      if (!h->str.empty()) {
        emit(LOAD_CONST, constant(Value::none()));
        storeName(h->str);
        deleteName(h->str);
      }
      ends.push_back(emit(JUMP));
      if (h->x) {
        patchHere(jnext);
        depth_ = base + 2;
      }
    }
    depth_ = base + 2;
    emit(RERAISE);
    patchHere(cleanup);
    depth_ = base + 2;
    emit(ROT_TWO);
    emit(POP_EXCEPT);
    emit(RERAISE);
    for (size_t e : ends) patchHere(e);
    depth_ = base;
  }

  void tryFinally(Node* n) {
    size_t setup = emit(SETUP_EXCEPT);
    fblocks_.push_back({FBlock::TryFinally, n, 0, {}, "", false});
    if (!n->c.empty()) {
      Node inner(NK::Try);
      inner.a = n->a;
      inner.b = n->b;
      inner.c = n->c;
      inner.line = n->line;
      inner.col = n->col;
      tryExcept(&inner);
    } else {
      stmts(n->a);
    }
    fblocks_.pop_back();
    emit(POP_BLOCK);
    stmts(n->d);
    size_t end = emit(JUMP);
    int base = depth_;
    patchHere(setup);
    depth_ = base + 2;
    size_t cleanup = emit(SETUP_CLEANUP);
    fblocks_.push_back({FBlock::FinallyHandler, n, 0, {}, "", false});
    stmts(n->d);
    fblocks_.pop_back();
    emit(POP_BLOCK);
    patchHere(cleanup);
    depth_ = base + 2;
    emit(ROT_TWO);
    emit(POP_EXCEPT);
    emit(RERAISE);
    patchHere(end);
    depth_ = base;
  }

  // except*: each handler splits the group; what is left is re-raised at the end.
  void tryStar(Node* n) {
    if (!n->d.empty()) {
      Node inner(NK::Try);
      inner.a = n->a;
      inner.b = n->b;
      inner.c = n->c;
      inner.flag = true;
      inner.line = n->line;
      inner.col = n->col;
      Node outer(NK::Try);
      outer.a = {&inner};
      outer.d = n->d;
      outer.line = n->line;
      outer.col = n->col;
      tryFinally(&outer);
      return;
    }
    size_t setup = emit(SETUP_EXCEPT);
    fblocks_.push_back({FBlock::TryExcept, n, 0, {}, "", false});
    stmts(n->a);
    fblocks_.pop_back();
    emit(POP_BLOCK);
    stmts(n->b);
    size_t endJump = emit(JUMP);
    int base = depth_;
    patchHere(setup);
    depth_ = base + 2;  // [prev, exc]
    size_t cleanup = emit(SETUP_CLEANUP);
    // Stack: [prev, orig, rest]; `rest` is what no handler matched yet; raised collects the
    // exceptions raised by handlers (a list) -- kept in the PREP_RERAISE_STAR protocol:
    // stack during handlers: [prev, orig, raisedList, rest]
    emit(DUP_TOP);        // [prev, orig, rest=orig]
    emit(BUILD_LIST, 0);  // [prev, orig, rest, raised]
    emit(ROT_TWO);        // [prev, orig, raised, rest]
    for (Node* h : n->c) {
      PosGuard g(*this, h);
      expr(h->x);            // [.., raised, rest, type]
      emit(CHECK_EG_MATCH);  // [.., raised, rest', match or None]
      emit(DUP_TOP);
      emit(LOAD_CONST, constant(Value::none()));
      emit(COMPARE_OP, kIs);
      size_t jskip = emit(POP_JUMP_IF_TRUE);
      // Run the handler on `match`; whatever it raises goes to the raised list.
      if (!h->str.empty())
        storeName(h->str);
      else
        emit(POP_TOP);
      size_t hsetup = emit(SETUP_EXCEPT);
      fblocks_.push_back({FBlock::TryExcept, h, 0, {}, "", false});
      stmts(h->a);
      fblocks_.pop_back();
      emit(POP_BLOCK);
      size_t hdone = emit(JUMP);
      patchHere(hsetup);
      depth_ = base + 4 + 2;  // [.., raised, rest, prevh, exc]
      // Append the raised exception to the list: list is at depth base+3 from frame -> use ROT.
      emit(ROT_FOUR);        // [.., exc, raised, rest, prevh]
      emit(POP_EXCEPT);      // [.., exc, raised, rest]
      emit(ROT_THREE);       // [.., rest, exc, raised]
      emit(ROT_TWO);         // [.., rest, raised, exc]
      emit(LIST_APPEND, 1);  // [.., rest, raised]
      emit(ROT_TWO);         // [.., raised, rest]
      size_t hafter = emit(JUMP);
      patchHere(hdone);
      depth_ = base + 4;
      if (!h->str.empty()) {
        emit(LOAD_CONST, constant(Value::none()));
        storeName(h->str);
        deleteName(h->str);
      }
      size_t hafter2 = emit(JUMP);
      patchHere(jskip);
      depth_ = base + 5;
      emit(POP_TOP);
      patchHere(hafter);
      patchHere(hafter2);
      depth_ = base + 4;
    }
    // [prev, orig, raised, rest] -> PREP_RERAISE_STAR leaves the exception to raise or None.
    emit(PREP_RERAISE_STAR);  // [prev, orig, toRaise]
    emit(DUP_TOP);
    emit(LOAD_CONST, constant(Value::none()));
    emit(COMPARE_OP, kIs);
    size_t jnone = emit(POP_JUMP_IF_TRUE);
    emit(ROT_TWO);
    emit(POP_TOP);  // [prev, toRaise]
    emit(RERAISE);
    patchHere(jnone);
    depth_ = base + 3;
    emit(POP_TOP);
    emit(POP_TOP);
    emit(POP_BLOCK);
    emit(POP_EXCEPT);
    size_t end2 = emit(JUMP);
    patchHere(cleanup);
    depth_ = base + 2;
    emit(ROT_TWO);
    emit(POP_EXCEPT);
    emit(RERAISE);
    patchHere(endJump);
    patchHere(end2);
    depth_ = base;
  }

  void awaitTos() {
    if (scope_->type == Scope::Module) code_->isCoroutine = true;
    emit(GET_AWAITABLE);
    emit(LOAD_CONST, constant(Value::none()));
    emit(YIELD_FROM);
  }

  void withStmt(Node* n, size_t item) {
    if (item >= n->c.size()) {
      stmts(n->a);
      return;
    }
    if (n->flag && !scope_->isAsync) {
      fail("'async with' outside async function", n);
      return;
    }
    Node* it = n->c[item];
    {
      PosGuard g(*this, it->x);
      expr(it->x);
      if (n->flag) {
        emit(BEFORE_ASYNC_WITH);
        awaitTos();
      } else {
        emit(BEFORE_WITH);
      }
    }
    if (it->y)
      store(it->y);
    else
      emit(POP_TOP);
    size_t setup = emit(SETUP_EXCEPT);
    fblocks_.push_back({FBlock::With, n, 0, {}, "", n->flag});
    withStmt(n, item + 1);
    fblocks_.pop_back();
    emit(POP_BLOCK);
    {
      PosGuard g(*this, n);
      emit(WITH_NORMAL_EXIT);
      if (n->flag) awaitTos();
    }
    emit(POP_TOP);
    size_t end = emit(JUMP);
    int base = depth_;
    patchHere(setup);
    depth_ = base + 1 + 2;  // [exit, prev, exc]
    size_t cleanup = emit(SETUP_CLEANUP);
    {
      PosGuard g(*this, n);
      emit(WITH_EXCEPT_START);
      if (n->flag) awaitTos();
    }
    size_t jsup = emit(POP_JUMP_IF_TRUE);
    emit(RERAISE);
    patchHere(jsup);
    depth_ = base + 3;
    emit(POP_BLOCK);
    emit(POP_TOP);
    emit(POP_EXCEPT);
    emit(POP_TOP);
    size_t end2 = emit(JUMP);
    patchHere(cleanup);
    depth_ = base + 3;
    emit(ROT_TWO);
    emit(POP_EXCEPT);
    emit(RERAISE);
    patchHere(end);
    patchHere(end2);
    depth_ = base;
  }

  void classDef(Node* n) {
    for (Node* d : n->b) expr(d);
    Scope* child = st_.byNode.at(n);
    Code* body = childCode(n);
    if (err_.set) return;
    makeFunction(child, body, nullptr);
    emit(LOAD_CONST, strConst(n->str));
    emit(LOAD_CONST, strConst(child->qualname));
    emit(BUILD_TUPLE, 2);
    bool starred = false;
    for (Node* b : n->c) starred |= b->kind == NK::Starred;
    if (starred) {
      emit(BUILD_LIST, 0);
      for (Node* b : n->c) {
        if (b->kind == NK::Starred) {
          expr(b->x);
          emit(LIST_EXTEND, 1);
        } else {
          expr(b);
          emit(LIST_APPEND, 1);
        }
      }
      emit(LIST_TO_TUPLE);
    } else {
      for (Node* b : n->c) expr(b);
      emit(BUILD_TUPLE, uint32_t(n->c.size()));
    }
    emit(BUILD_MAP, 0);
    for (Node* k : n->d) {
      if (k->str.empty()) {
        expr(k->x);
        emit(DICT_MERGE, 1);
      } else {
        emit(LOAD_CONST, strConst(k->str));
        expr(k->x);
        emit(MAP_ADD, 1);
      }
    }
    emit(BUILD_CLASS);
    applyDecorators(n);
    storeName(boundName(n));
  }

  // Calls the decorators left on the stack, innermost first; each call is located at its own
  // decorator, which a traceback from it shows.
  void applyDecorators(Node* def) {
    for (size_t i = def->b.size(); i-- > 0;) {
      PosGuard g(*this, def->b[i]);
      emit(CALL, 1);
    }
  }

  void augAssign(Node* n) {
    Node* t = n->x;
    uint32_t op = uint32_t(n->op) + kNumBinOps;
    switch (t->kind) {
      case NK::Name:
        loadName(t->str);
        expr(n->y);
        emit(BINARY_OP, op);
        storeName(t->str);
        break;
      case NK::Attribute:
        expr(t->x);
        emit(DUP_TOP);
        {
          PosGuard g(*this, t);
          emit(LOAD_ATTR, name(t->str));
        }
        expr(n->y);
        emit(BINARY_OP, op);
        emit(ROT_TWO);
        emit(STORE_ATTR, name(t->str));
        break;
      case NK::Subscript:
        expr(t->x);
        expr(t->y);
        emit(DUP_TOP_TWO);
        {
          PosGuard g(*this, t);
          emit(BINARY_SUBSCR);
        }
        expr(n->y);
        emit(BINARY_OP, op);
        emit(ROT_THREE);
        emit(STORE_SUBSCR);
        break;
      default:
        fail("illegal expression for augmented assignment", t);
    }
  }

  void store(Node* t) {
    switch (t->kind) {
      case NK::Name:
        storeName(t->str);
        break;
      case NK::Attribute: {
        expr(t->x);
        PosGuard g(*this, t);
        emit(STORE_ATTR, name(t->str));
        break;
      }
      case NK::Subscript: {
        expr(t->x);
        expr(t->y);
        PosGuard g(*this, t);
        emit(STORE_SUBSCR);
        break;
      }
      case NK::Tuple:
      case NK::List: {
        size_t star = t->a.size();
        for (size_t i = 0; i < t->a.size(); i++)
          if (t->a[i]->kind == NK::Starred) {
            if (star != t->a.size()) {
              fail("multiple starred expressions in assignment", t);
              return;
            }
            star = i;
          }
        if (star == t->a.size()) {
          emit(UNPACK_SEQUENCE, uint32_t(t->a.size()));
        } else {
          emit(UNPACK_EX, uint32_t(star | ((t->a.size() - star - 1) << 8)));
        }
        for (Node* x : t->a) store(x->kind == NK::Starred ? x->x : x);
        break;
      }
      case NK::Starred:
        fail("starred assignment target must be in a list or tuple", t);
        break;
      default:
        fail("cannot assign to expression", t);
    }
  }

  void del(Node* t) {
    PosGuard g(*this, t);
    switch (t->kind) {
      case NK::Name:
        deleteName(t->str);
        break;
      case NK::Attribute:
        expr(t->x);
        emit(DELETE_ATTR, name(t->str));
        break;
      case NK::Subscript:
        expr(t->x);
        expr(t->y);
        emit(DELETE_SUBSCR);
        break;
      case NK::Tuple:
      case NK::List:
        for (Node* x : t->a) del(x);
        break;
      default:
        fail("cannot delete expression", t);
    }
  }

  // ---- expressions ----
  void expr(Node* n) {
    if (err_.set) return;
    CompileLevel level(st_, err_);
    if (!level.ok()) return;
    switch (n->kind) {
      case NK::Name: {
        PosGuard g(*this, n);
        loadName(n->str);
        return;
      }
      case NK::Const:
        constExpr(n);
        return;
      case NK::JoinedStr: {
        size_t count = 0;
        bool joined = n->a.size() > 1 || (n->a.size() == 1 && n->a[0]->kind == NK::Const);
        for (Node* p : n->a) {
          if (p->kind == NK::Const) {
            emit(LOAD_CONST, strConst(p->str));
          } else {
            expr(p->x);
            uint32_t flags = uint32_t(p->op == 'r' ? 2 : p->op == 's' ? 1 : p->op == 'a' ? 3 : 0);
            if (p->y) {
              expr(p->y);
              flags |= 4;
            }
            if (joined) flags |= 8;  // BUILD_STRING converts plain ints itself
            PosGuard g(*this, p->x);
            emit(FORMAT_VALUE, flags);
          }
          count++;
        }
        if (count == 0)
          emit(LOAD_CONST, strConst(""));
        else if (joined)
          emit(BUILD_STRING, uint32_t(count));
        return;
      }
      case NK::BinOp: {
        expr(n->x);
        expr(n->y);
        PosGuard g(*this, n);
        emit(BINARY_OP, uint32_t(n->op));
        return;
      }
      case NK::UnaryOp: {
        expr(n->x);
        PosGuard g(*this, n);
        emit(n->op == kNeg   ? UNARY_NEG
             : n->op == kPos ? UNARY_POS
             : n->op == kNot ? UNARY_NOT
                             : UNARY_INVERT);
        return;
      }
      case NK::BoolOp: {
        std::vector<size_t> jumps;
        for (size_t i = 0; i < n->a.size(); i++) {
          expr(n->a[i]);
          if (i + 1 < n->a.size()) {
            jumps.push_back(emit(n->op == 0 ? JUMP_IF_FALSE_OR_POP : JUMP_IF_TRUE_OR_POP));
          }
        }
        for (size_t j : jumps) patchHere(j);
        return;
      }
      case NK::Compare:
        compare(n);
        return;
      case NK::Call:
        call(n);
        return;
      case NK::Attribute: {
        expr(n->x);
        PosGuard g(*this, n);
        emit(LOAD_ATTR, name(n->str));
        return;
      }
      case NK::Subscript: {
        expr(n->x);
        expr(n->y);
        PosGuard g(*this, n);
        emit(BINARY_SUBSCR);
        return;
      }
      case NK::Slice: {
        auto opt = [&](Node* x) {
          if (x)
            expr(x);
          else
            emit(LOAD_CONST, constant(Value::none()));
        };
        opt(n->x);
        opt(n->y);
        if (n->z) {
          expr(n->z);
          emit(BUILD_SLICE, 3);
        } else {
          emit(BUILD_SLICE, 2);
        }
        return;
      }
      case NK::Starred:
        fail("can't use starred expression here", n);
        return;
      case NK::Tuple:
      case NK::List:
      case NK::Set:
        display(n);
        return;
      case NK::Dict: {
        bool spread = false;
        for (Node* k : n->a) spread |= k == nullptr;
        if (!spread) {
          for (size_t i = 0; i < n->a.size(); i++) {
            expr(n->a[i]);
            expr(n->b[i]);
          }
          emit(BUILD_MAP, uint32_t(n->a.size()));
        } else {
          emit(BUILD_MAP, 0);
          for (size_t i = 0; i < n->a.size(); i++) {
            if (n->a[i]) {
              expr(n->a[i]);
              expr(n->b[i]);
              emit(MAP_ADD, 1);
            } else {
              expr(n->b[i]);
              PosGuard g(*this, n->b[i]);
              emit(DICT_UPDATE, 1);
            }
          }
        }
        return;
      }
      case NK::ListComp:
      case NK::SetComp:
      case NK::DictComp:
      case NK::GenExp:
        comprehension(n);
        return;
      case NK::IfExp: {
        expr(n->x);
        size_t jf = emit(POP_JUMP_IF_FALSE);
        expr(n->y);
        size_t je = emit(JUMP);
        patchHere(jf);
        depth_--;
        expr(n->z);
        patchHere(je);
        return;
      }
      case NK::Lambda: {
        Scope* child = st_.byNode.at(n);
        Code* c = childCode(n);
        if (err_.set) return;
        makeFunction(child, c, n->args.get());
        return;
      }
      case NK::NamedExpr:
        expr(n->y);
        emit(DUP_TOP);
        storeName(n->x->str);
        return;
      case NK::Yield:
        checkYield(n);
        if (n->x)
          expr(n->x);
        else
          emit(LOAD_CONST, constant(Value::none()));
        emit(YIELD_VALUE);
        return;
      case NK::YieldFrom: {
        checkYield(n);
        if (scope_->isAsync) {
          fail("'yield from' inside async function", n);
          return;
        }
        expr(n->x);
        PosGuard g(*this, n);
        emit(GET_YIELD_FROM_ITER);
        emit(LOAD_CONST, constant(Value::none()));
        emit(YIELD_FROM);
        return;
      }
      case NK::Await: {
        if (scope_->type != Scope::Function &&
            !(scope_->type == Scope::Module && scope_->isAsync)) {
          fail("'await' outside function", n);
          return;
        }
        if (!scope_->isAsync && !(scope_->isComprehension && inAsyncFunction())) {
          fail(scope_->isComprehension
                   ? "asynchronous comprehension outside of an asynchronous function"
                   : "'await' outside async function",
               n);
          return;
        }
        expr(n->x);
        PosGuard g(*this, n);
        awaitTos();
        return;
      }
      default:
        fail("unsupported expression", n);
    }
  }

  bool inAsyncFunction() const {
    for (Scope* s = scope_; s; s = s->parent) {
      if (s->isAsync) return true;
      if (!s->isComprehension) return false;
    }
    return false;
  }

  void checkYield(Node* n) {
    if (scope_->type != Scope::Function) fail("'yield' outside function", n);
  }

  void constExpr(Node* n) {
    Value v;
    switch (n->ck) {
      case CK::None:
        v = Value::none();
        break;
      case CK::True:
        v = Value::boolean(true);
        break;
      case CK::False:
        v = Value::boolean(false);
        break;
      case CK::Int:
        v = Value::integer(n->ival);
        break;
      case CK::Float:
        v = Value::flt(n->fval);
        break;
      case CK::Str:
        v = Value::obj(vm_.intern(n->str));
        break;
      case CK::Bytes:
        v = Value::obj(vm_.heap.make<Bytes>(vm_.tBytes, n->str));
        break;
      case CK::Ellipsis:
        v = vm_.ellipsis;
        break;
      case CK::BigInt: {
        auto r = num::BigInt::parse(n->str, int(n->ival));
        v = r ? fromBig(vm_, std::move(r.value())) : Value::integer(0);
        break;
      }
    }
    emit(LOAD_CONST, constant(v));
  }

  void compare(Node* n) {
    expr(n->x);
    if (n->ops.size() == 1) {
      expr(n->a[0]);
      PosGuard g(*this, n);
      emit(COMPARE_OP, uint32_t(n->ops[0]));
      return;
    }
    std::vector<size_t> cleanups;
    for (size_t i = 0; i < n->ops.size(); i++) {
      expr(n->a[i]);
      if (i + 1 < n->ops.size()) {
        emit(DUP_TOP);
        emit(ROT_THREE);
        {
          PosGuard g(*this, n);
          emit(COMPARE_OP, uint32_t(n->ops[i]));
        }
        cleanups.push_back(emit(JUMP_IF_FALSE_OR_POP));
      } else {
        PosGuard g(*this, n);
        emit(COMPARE_OP, uint32_t(n->ops[i]));
      }
    }
    size_t end = emit(JUMP);
    for (size_t c : cleanups) patchHere(c);
    depth_++;
    emit(ROT_TWO);
    emit(POP_TOP);
    patchHere(end);
  }

  void call(Node* n) {
    bool complex = false;
    for (Node* a : n->a) complex |= a->kind == NK::Starred;
    for (Node* k : n->b) complex |= k->str.empty();
    if (!complex && n->b.empty() && n->x->kind == NK::Attribute) {
      expr(n->x->x);
      {
        PosGuard g(*this, n->x);
        emit(LOAD_METHOD, name(n->x->str));
      }
      for (Node* a : n->a) expr(a);
      PosGuard g(*this, n);
      emit(CALL_METHOD, uint32_t(n->a.size()));
      return;
    }
    expr(n->x);
    if (complex) {
      emit(BUILD_LIST, 0);
      for (Node* a : n->a) {
        if (a->kind == NK::Starred) {
          expr(a->x);
          PosGuard g(*this, a);
          emit(LIST_EXTEND, 1);
        } else {
          expr(a);
          emit(LIST_APPEND, 1);
        }
      }
      emit(LIST_TO_TUPLE);
      if (!n->b.empty()) {
        emit(BUILD_MAP, 0);
        for (Node* k : n->b) {
          if (k->str.empty()) {
            expr(k->x);
          } else {
            // Merged like a one-item mapping so a repeat of a ** key is reported.
            emit(LOAD_CONST, strConst(k->str));
            expr(k->x);
            emit(BUILD_MAP, 1);
          }
          PosGuard g(*this, n);
          emit(DICT_MERGE, 1);
        }
      }
      PosGuard g(*this, n);
      emit(CALL_EX, n->b.empty() ? 0 : 1);
      return;
    }
    for (Node* a : n->a) expr(a);
    if (n->b.empty()) {
      PosGuard g(*this, n);
      emit(CALL, uint32_t(n->a.size()));
      return;
    }
    std::vector<Value> names;
    for (Node* k : n->b) {
      for (Value& v : names)
        if (static_cast<Str*>(v.o)->s() == k->str) {
          fail("keyword argument repeated: " + k->str, k);
          return;
        }
      expr(k->x);
      names.push_back(Value::obj(vm_.intern(k->str)));
    }
    Tuple* t = vm_.heap.make<Tuple>(vm_.tTuple, std::move(names));
    emit(LOAD_CONST, constant(Value::obj(t)));
    PosGuard g(*this, n);
    emit(CALL_KW, uint32_t(n->a.size() + n->b.size()));
  }

  void display(Node* n) {
    bool starred = false;
    for (Node* x : n->a) starred |= x->kind == NK::Starred;
    Op build = n->kind == NK::Tuple ? BUILD_TUPLE : n->kind == NK::List ? BUILD_LIST : BUILD_SET;
    if (!starred) {
      for (Node* x : n->a) expr(x);
      emit(build, uint32_t(n->a.size()));
      return;
    }
    bool isSet = n->kind == NK::Set;
    emit(isSet ? BUILD_SET : BUILD_LIST, 0);
    for (Node* x : n->a) {
      if (x->kind == NK::Starred) {
        expr(x->x);
        PosGuard g(*this, x);
        emit(isSet ? SET_UPDATE : LIST_EXTEND, 1);
      } else {
        expr(x);
        emit(isSet ? SET_ADD : LIST_APPEND, 1);
      }
    }
    if (n->kind == NK::Tuple) emit(LIST_TO_TUPLE);
  }

  void comprehension(Node* n) {
    Scope* child = st_.byNode.at(n);
    CodeGen g(vm_, st_, child, src_, err_);
    g.pos_ = pos_;
    Code* c = g.compileComprehension(n);
    if (err_.set) return;
    makeFunction(child, c, nullptr);
    expr(n->a[0]->y);
    {
      PosGuard pg(*this, n->a[0]->y);
      emit(n->a[0]->flag ? GET_AITER : GET_ITER);
    }
    PosGuard pg(*this, n);
    emit(CALL, 1);
    if (child->isAsync && n->kind != NK::GenExp) awaitTos();
  }

  Code* compileComprehension(Node* n) {
    code_->nargs = 1;
    code_->firstLine = n->line;
    bool isGen = n->kind == NK::GenExp;
    bool isAsync = scope_->isAsync;
    if (isAsync && !inAsyncParent() && !isGen) {
      fail("asynchronous comprehension outside of an asynchronous function", n);
      return finish();
    }
    code_->isGenerator = isGen && !isAsync;
    code_->isAsyncGen = isGen && isAsync;
    code_->isCoroutine = !isGen && isAsync;
    if (!isGen) {
      emit(n->kind == NK::ListComp  ? BUILD_LIST
           : n->kind == NK::SetComp ? BUILD_SET
                                    : BUILD_MAP,
           0);
    }
    compGenerator(n, 0, isGen);
    if (isGen) emit(LOAD_CONST, constant(Value::none()));
    emit(RETURN_VALUE);
    return finish();
  }

  bool inAsyncParent() const {
    for (Scope* s = scope_->parent; s; s = s->parent) {
      if (s->isAsync) return true;
      if (!s->isComprehension) return false;
    }
    return false;
  }

  void compGenerator(Node* n, size_t gi, bool isGen) {
    Node* g = n->a[gi];
    if (gi == 0) {
      emit(LOAD_FAST, slotFor(".0"));
    } else {
      expr(g->y);
      emit(g->flag ? GET_AITER : GET_ITER);
    }
    uint32_t top = here();
    size_t exitJump = 0;
    size_t setup = 0;
    if (g->flag) {
      setup = emit(SETUP_EXCEPT);
      emit(GET_ANEXT);
      emit(LOAD_CONST, constant(Value::none()));
      emit(YIELD_FROM);
      emit(POP_BLOCK);
    } else {
      exitJump = emit(FOR_ITER);
    }
    store(g->x);
    std::vector<size_t> skips;
    for (Node* cond : g->a) {
      expr(cond);
      skips.push_back(emit(POP_JUMP_IF_FALSE));
    }
    if (gi + 1 < n->a.size()) {
      compGenerator(n, gi + 1, isGen);
    } else if (isGen) {
      expr(n->x);
      emit(YIELD_VALUE);
      emit(POP_TOP);
    } else if (n->kind == NK::DictComp) {
      expr(n->x);
      expr(n->y);
      emit(MAP_ADD, uint32_t(gi + 2));
    } else {
      expr(n->x);
      emit(n->kind == NK::ListComp ? LIST_APPEND : SET_ADD, uint32_t(gi + 2));
    }
    // A skipped item goes on through the loop's JUMP back: the dispatch loop looks at the
    // collector and the step limit at backward JUMPs only (interp.cpp, checkpoint()).
    for (size_t s : skips) patchHere(s);
    emit(JUMP, top);
    if (g->flag) {
      patchHere(setup);
      depth_ += 2;
      emit(END_ASYNC_FOR);
      depth_ -= 3;
    } else {
      patchHere(exitJump);
      depth_ -= 2;
    }
  }

 private:
  VM& vm_;
  SymbolTable& st_;
  Scope* scope_;
  std::shared_ptr<Source> src_;
  SyntaxErrorInfo& err_;
  Code* code_;
  std::map<std::string, uint32_t> slots_;
  std::vector<FBlock> fblocks_;
  Pos pos_;
  int depth_ = 0, maxDepth_ = 0;
};

}  // namespace

Code* compileModule(VM& vm, Node* module, std::shared_ptr<Source> src, SyntaxErrorInfo& err,
                    bool topLevelAwait) {
  SymbolTable st;
  st.maxNesting = 3 * vm.recursionLimit;
  for (const Node* s : module->a)
    if (s->kind == NK::ImportFrom && s->str == "__future__")
      for (auto& [name, as] : s->aliases) st.futureAnnotations |= name == "annotations";
  if (!buildSymbolTable(module, st, err)) return nullptr;
  st.module->isAsync = topLevelAwait;
  CodeGen g(vm, st, st.module, src, err);
  Code* c = g.compileBody(module->a, true);
  return err.set ? nullptr : c;
}

}  // namespace coroscope::lang
