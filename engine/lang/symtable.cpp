#include "lang/symtable.hpp"

namespace coroscope::lang {
namespace {

class Builder {
 public:
  Builder(SymbolTable& st, SyntaxErrorInfo& err) : st_(st), err_(err) {}

  Scope* newScope(Scope::Type t, Scope* parent, Node* n, const std::string& name) {
    st_.scopes.push_back(std::make_unique<Scope>());
    Scope* s = st_.scopes.back().get();
    s->type = t;
    s->parent = parent;
    s->node = n;
    s->name = name;
    if (parent) {
      parent->children.push_back(s);
      if (parent->type == Scope::Module)
        s->qualname = name;
      else if (parent->type == Scope::Class)
        s->qualname = parent->qualname + "." + name;
      else
        s->qualname = parent->qualname + ".<locals>." + name;
    } else {
      s->qualname = name;
    }
    if (n) st_.byNode[n] = s;
    return s;
  }

  void assign(Scope* s, const std::string& name) {
    if (s->assigned.insert(name).second) s->assignedOrder.push_back(name);
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

  // Private name mangling: in a class body and everything nested in it, an identifier `__x` (not
  // ending in two underscores) becomes `_Class__x`, as CPython's _Py_Mangle does. The tree is
  // rewritten in place, so the compiler sees the mangled names. (Out of line, as the helpers
  // below: visit() recurses as deep as the tree, and its frame stays small.)
  [[gnu::noinline]] void mangle(std::string& name) const {
    if (private_.empty() || name.size() < 3 || name[0] != '_' || name[1] != '_' ||
        (name[name.size() - 1] == '_' && name[name.size() - 2] == '_') ||
        name.find('.') != std::string::npos)
      return;
    name = "_" + private_ + name;
  }

  void target(Node* t, Scope* s) {
    if (!t) return;
    if (t->kind == NK::Name || t->kind == NK::Attribute) mangle(t->str);
    switch (t->kind) {
      case NK::Name:
        if (s->globals.count(t->str) == 0 && s->nonlocals.count(t->str) == 0)
          assign(s, t->str);
        else if (s->globals.count(t->str))
          s->used.insert(t->str);
        break;
      case NK::Tuple:
      case NK::List:
        for (Node* x : t->a) target(x, s);
        break;
      case NK::Starred:
        target(t->x, s);
        break;
      default:
        visit(t, s);
    }
  }

  void body(std::vector<Node*>& stmts, Scope* s) {
    for (Node* n : stmts) visit(n, s);
  }

  void declare(Node* n, Scope* s, bool global) {
    for (auto& name : n->names) {
      mangle(name);
      if (s->assigned.count(name) || s->used.count(name)) {
        fail("name '" + name + "' is " +
                 (s->assigned.count(name) ? "assigned to" : "used prior to") + " " +
                 (global ? "global" : "nonlocal") + " declaration",
             n);
        return;
      }
      if (global) {
        s->globals.insert(name);
      } else {
        if (s->type == Scope::Module) {
          fail("nonlocal declaration not allowed at module level", n);
          return;
        }
        s->nonlocals.insert(name);
      }
    }
  }

  void function(Node* n, Scope* s, const std::string& name, bool isLambda) {
    Arguments& a = *n->args;
    for (Node* d : a.defaults) visit(d, s);
    for (Node* d : a.kwdefaults)
      if (d) visit(d, s);
    for (Node* d : n->b) visit(d, s);  // decorators
    // Annotations are evaluated where the function is defined.
    for (auto* v : {&a.posonly, &a.args, &a.kwonly})
      for (Arg& p : *v) visit(p.annotation, s);
    visit(a.vararg.annotation, s);
    visit(a.kwarg.annotation, s);
    if (!isLambda) visit(n->z, s);
    Scope* f = newScope(Scope::Function, s, n, name);
    f->isLambda = isLambda;
    f->isAsync = n->kind == NK::FunctionDef && n->flag;
    auto addParam = [&](Arg& p) {
      mangle(p.name);
      f->params.push_back(p.name);
      assign(f, p.name);
    };
    for (auto& p : a.posonly) addParam(p);
    for (auto& p : a.args) addParam(p);
    for (auto& p : a.kwonly) addParam(p);
    if (a.hasVararg) addParam(a.vararg);
    if (a.hasKwarg) addParam(a.kwarg);
    if (isLambda)
      visit(n->x, f);
    else
      body(n->a, f);
  }

  void comprehension(Node* n, Scope* s) {
    // The first iterable is evaluated in the enclosing scope.
    visit(n->a[0]->y, s);
    const char* nm = n->kind == NK::ListComp   ? "<listcomp>"
                     : n->kind == NK::SetComp  ? "<setcomp>"
                     : n->kind == NK::DictComp ? "<dictcomp>"
                                               : "<genexpr>";
    Scope* c = newScope(Scope::Function, s, n, nm);
    c->isComprehension = true;
    c->params.push_back(".0");
    assign(c, ".0");
    for (size_t i = 0; i < n->a.size(); i++) {
      Node* g = n->a[i];
      if (i > 0) visit(g->y, c);
      target(g->x, c);
      for (Node* cond : g->a) visit(cond, c);
      if (g->flag) c->isAsync = true;
    }
    visit(n->x, c);
    if (n->y) visit(n->y, c);
    if (c->hasAwait) c->isAsync = true;  // `[await f(x) for x in xs]` is an async comprehension
    if (n->kind == NK::GenExp) c->hasYield = true;
  }

  void visit(Node* n, Scope* s) {
    if (!n || err_.set) return;
    CompileLevel level(st_, err_);
    if (!level.ok()) return;
    if (n->kind == NK::Name || n->kind == NK::Attribute) mangle(n->str);
    switch (n->kind) {
      case NK::Name:
        s->used.insert(n->str);
        if (n->str == "super" && s->type == Scope::Function) s->used.insert("__class__");
        return;
      case NK::FunctionDef:
        function(n, s, n->str, false);
        target(nameOf(boundName(n, true), n), s);
        return;
      case NK::Lambda:
        function(n, s, "<lambda>", true);
        return;
      case NK::ClassDef: {
        for (Node* d : n->b) visit(d, s);
        for (Node* d : n->c) visit(d, s);
        for (Node* d : n->d) visit(d, s);
        Scope* c = newScope(Scope::Class, s, n, n->str);
        boundName(n, true);
        classBody(n, c);
        target(nameOf(boundName(n), n), s);
        return;
      }
      case NK::ListComp:
      case NK::SetComp:
      case NK::DictComp:
      case NK::GenExp:
        comprehension(n, s);
        return;
      case NK::NamedExpr: {
        visit(n->y, s);
        Scope* t = s;
        while (t->isComprehension) {
          t->nonlocals.insert(n->x->str);
          t = t->parent;
        }
        if (t != s) {
          if (t->type == Scope::Class) {
            fail("assignment expression within a comprehension cannot be used in a class body", n);
            return;
          }
          if (t->type == Scope::Module) {
            for (Scope* q = s; q != t; q = q->parent) {
              q->nonlocals.erase(n->x->str);
              q->globals.insert(n->x->str);
            }
          }
        }
        target(n->x, t);
        s->used.insert(n->x->str);
        return;
      }
      case NK::Global:
        declare(n, s, true);
        return;
      case NK::Nonlocal:
        declare(n, s, false);
        return;
      case NK::Assign:
        visit(n->x, s);
        for (Node* t : n->a) target(t, s);
        return;
      case NK::AugAssign:
        visit(n->y, s);
        if (n->x->kind == NK::Name) s->used.insert(n->x->str);
        target(n->x, s);
        return;
      case NK::AnnAssign:
        if (n->z) visit(n->z, s);
        if (s->type == Scope::Module || s->type == Scope::Class) visit(n->y, s);
        if (!n->z && n->x->kind != NK::Name) {
          visit(n->x->x, s);
          if (n->x->kind == NK::Subscript) visit(n->x->y, s);
        }
        if (n->z || n->x->kind != NK::Name)
          target(n->x, s);
        else if (s->type != Scope::Module && s->type != Scope::Class)
          target(n->x, s);
        return;
      case NK::For:
        visit(n->y, s);
        target(n->x, s);
        body(n->a, s);
        body(n->b, s);
        return;
      case NK::With:
        for (Node* it : n->c) {
          visit(it->x, s);
          target(it->y, s);
        }
        body(n->a, s);
        return;
      case NK::Try:
        body(n->a, s);
        for (Node* h : n->c) {
          visit(h->x, s);
          mangle(h->str);
          if (!h->str.empty()) assign(s, h->str);
          body(h->a, s);
        }
        body(n->b, s);
        body(n->d, s);
        return;
      case NK::Delete:
        for (Node* t : n->a) target(t, s);
        return;
      case NK::Import:
      case NK::ImportFrom:
        importNames(n, s);
        return;
      case NK::Yield:
      case NK::YieldFrom:
        if (s->type != Scope::Function || (s->isComprehension && n->kind != NK::GenExp)) {
          if (s->isComprehension)
            fail("'yield' inside " + std::string(s->name == "<genexpr>" ? "generator expression"
                                                                        : "list comprehension"),
                 n);
          else
            fail("'yield' outside function", n);
          return;
        }
        s->hasYield = true;
        visit(n->x, s);
        return;
      case NK::Await:
        s->hasAwait = true;
        visit(n->x, s);
        return;
      case NK::Comprehension:
        return;
      case NK::Match:
        visit(n->x, s);
        for (Node* c : n->a) {
          pattern(c->x, s);
          visit(c->y, s);
          body(c->a, s);
        }
        return;
      default:
        break;
    }
    visit(n->x, s);
    visit(n->y, s);
    visit(n->z, s);
    for (Node* c : n->a) visit(c, s);
    for (Node* c : n->b) visit(c, s);
    for (Node* c : n->c) visit(c, s);
    for (Node* c : n->d) visit(c, s);
  }

  std::string private_;  // the enclosing class's name without leading underscores

  // The names a pattern binds are assigned in the scope; its values and classes are evaluated.
  void pattern(Node* p, Scope* s) {
    if (!p || err_.set) return;
    CompileLevel level(st_, err_);
    if (!level.ok()) return;
    switch (p->kind) {
      case NK::MatchValue:
        visit(p->x, s);
        return;
      case NK::MatchCapture:
      case NK::MatchStar:
      case NK::MatchAs:
      case NK::MatchMapping:
        if (p->kind == NK::MatchAs) pattern(p->x, s);
        if (p->kind == NK::MatchMapping) {
          for (Node* k : p->a) visit(k, s);
          for (Node* v : p->b) pattern(v, s);
        }
        if (!p->str.empty()) {
          mangle(p->str);
          target(nameOf(p->str, p), s);
        }
        return;
      case NK::MatchClass:
        visit(p->x, s);
        [[fallthrough]];
      case NK::MatchSequence:
      case NK::MatchOr:
        for (Node* x : p->a) pattern(x, s);
        for (Node* x : p->b) pattern(x, s);
        return;
      default:
        return;
    }
  }

  // The name a def or class binds, mangled (kept in the node when it differs from its own).
  [[gnu::noinline]] const std::string& boundName(Node* def, bool set = false) {
    if (set) {
      std::string bound = def->str;
      mangle(bound);
      if (bound != def->str) def->names = {bound};
    }
    return def->names.empty() ? def->str : def->names[0];
  }

  [[gnu::noinline]] void classBody(Node* n, Scope* c) {
    std::string outer = private_;
    private_ = n->str.substr(std::min(n->str.find_first_not_of('_'), n->str.size()));
    body(n->a, c);
    private_ = outer;
  }

  [[gnu::noinline]] void importNames(Node* n, Scope* s) {
    for (auto& [name, as] : n->aliases) {
      if (name == "*") {
        if (s->type != Scope::Module) fail("import * only allowed at module level", n);
        continue;
      }
      bool dotted = name.find('.') != std::string::npos;
      if (as.empty() && (n->kind == NK::ImportFrom || !dotted)) {
        std::string m = name;
        mangle(m);
        if (m != name) as = m;
      }
      mangle(as);
      std::string bound = !as.empty()                 ? as
                          : n->kind == NK::ImportFrom ? name
                                                      : name.substr(0, name.find('.'));
      target(nameOf(bound, n), s);
    }
  }
  Node* nameOf(const std::string& name, Node* at) {
    tmp_.push_back(std::make_unique<Node>(NK::Name));
    Node* x = tmp_.back().get();
    x->str = name;
    x->line = at->line;
    x->col = at->col;
    return x;
  }

  // Top-down: decide each scope's symbols; bottom-up: free variables make enclosing locals cells.
  void resolve(Scope* s, const std::set<std::string>& outerBound) {
    CompileLevel level(st_, err_);
    if (!level.ok()) return;
    std::set<std::string> names = s->used;
    names.insert(s->assigned.begin(), s->assigned.end());
    names.insert(s->nonlocals.begin(), s->nonlocals.end());
    for (const auto& n : names) {
      SymKind k;
      if (s->globals.count(n)) {
        k = SymKind::Global;
      } else if (s->nonlocals.count(n)) {
        if (!outerBound.count(n)) {
          fail("no binding for nonlocal '" + n + "' found", s->node);
          return;
        }
        k = SymKind::Free;
      } else if (s->type == Scope::Function && s->assigned.count(n)) {
        k = SymKind::Local;
      } else if (s->type != Scope::Function && s->assigned.count(n)) {
        k = SymKind::Name;
      } else if (outerBound.count(n) && s->type != Scope::Module) {
        k = SymKind::Free;
      } else {
        k = s->type == Scope::Function ? SymKind::Global : SymKind::Name;
      }
      s->syms[n] = k;
      if (k == SymKind::Free) addFree(s, n);
    }
    std::set<std::string> bound = outerBound;
    if (s->type == Scope::Function) {
      for (auto& [n, k] : s->syms)
        if (k == SymKind::Local || k == SymKind::Free) bound.insert(n);
    } else if (s->type == Scope::Class) {
      bound.insert("__class__");
    }
    for (Scope* c : s->children) {
      resolve(c, bound);
      for (const auto& f : c->freeOrder) {
        auto it = s->syms.find(f);
        if (s->type == Scope::Class && f == "__class__") {
          s->needsClassCell = true;
          continue;
        }
        if (it != s->syms.end() && (it->second == SymKind::Local || it->second == SymKind::Cell)) {
          if (s->type == Scope::Function)
            it->second = SymKind::Cell;
          else
            addFree(s, f);
        } else if (it != s->syms.end() && it->second == SymKind::Free) {
          // already free here
        } else {
          s->syms[f] = SymKind::Free;
          addFree(s, f);
        }
      }
    }
    if (s->type == Scope::Class) {
      // Methods see the class through the __class__ cell only; names in the class body are not
      // closures for them.
      for (auto& f : s->freeOrder) {
        auto it = s->syms.find(f);
        if (it != s->syms.end() && it->second == SymKind::Name) it->second = SymKind::Free;
      }
    }
  }

  void addFree(Scope* s, const std::string& n) {
    for (auto& f : s->freeOrder)
      if (f == n) return;
    s->freeOrder.push_back(n);
  }

 private:
  SymbolTable& st_;
  SyntaxErrorInfo& err_;
  std::vector<std::unique_ptr<Node>> tmp_;
};

}  // namespace

CompileLevel::CompileLevel(SymbolTable& st, SyntaxErrorInfo& err) : st_(st) {
  ok_ = ++st.nesting <= st.maxNesting && level_.ok();
  if (ok_ || err.set) return;
  err = SyntaxErrorInfo{};
  err.kind = "RecursionError";
  err.msg = "maximum recursion depth exceeded during compilation";
  err.set = true;
}

bool buildSymbolTable(Node* module, SymbolTable& st, SyntaxErrorInfo& err) {
  Builder b(st, err);
  st.module = b.newScope(Scope::Module, nullptr, module, "<module>");
  b.body(module->a, st.module);
  if (err.set) return false;
  b.resolve(st.module, {});
  return !err.set;
}

}  // namespace coroscope::lang
