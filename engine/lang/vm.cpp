// The dispatch loop, calls and frames, exception unwinding, generator resumption.
#include "lang/vm.hpp"

#include <algorithm>
#include <cstring>

#include "lang/containers.hpp"
#include "lang/stack_guard.hpp"

namespace coroscope::lang {

namespace {
constexpr size_t kStackValues = 1 << 18;
}  // namespace

VM::VM() {
  stack_.reset(static_cast<Value*>(::operator new(kStackValues * sizeof(Value))));
  stackBase = stack_.get();
  sp = stackBase;
  stackEnd = stackBase + kStackValues;
  frames_.reserve(size_t(recursionLimit) + 64);
  pending = Value::none();
  handledExc = Value::none();
  initTypes();
  dn.x_setattr = intern("__setattr__");
  dn.x_getattr = intern("__getattr__");
  dn.x_init = intern("__init__");
  dn.x_new = intern("__new__");
  dn.x_bool = intern("__bool__");
  dn.x_len = intern("__len__");
  dn.x_hash = intern("__hash__");
  dn.x_iter = intern("__iter__");
  dn.x_next = intern("__next__");
  dn.x_eq = intern("__eq__");
  dn.x_repr = intern("__repr__");
  dn.x_str = intern("__str__");
  dn.x_call = intern("__call__");
  dn.x_contains = intern("__contains__");
  dn.x_getitem = intern("__getitem__");
  dn.x_setitem = intern("__setitem__");
  dn.x_index = intern("__index__");
  dn.x_format = intern("__format__");
  dn.x_enter = intern("__enter__");
  dn.x_exit = intern("__exit__");
  dn.x_aenter = intern("__aenter__");
  dn.x_aexit = intern("__aexit__");
  dn.x_await = intern("__await__");
  dn.x_class_getitem = intern("__class_getitem__");
  dn.x_delitem = intern("__delitem__");
  dn.x_missing = intern("__missing__");
  dn.x_reversed = intern("__reversed__");
  dn.x_get = intern("__get__");
  dn.x_set = intern("__set__");
  dn.x_delete = intern("__delete__");
  initExceptions();
  initBuiltins();
}

VM::~VM() { heap.freeAll(); }

Str* VM::intern(const std::string& s) {
  auto it = interned_.find(s);
  if (it != interned_.end()) return it->second;
  Str* st = heap.make<Str>(tStr, s);
  strHash(st);
  interned_[s] = st;
  return st;
}

Value VM::newStr(std::string s) {
  heap.noteBytes(s.size());
  return Value::obj(heap.make<Str>(tStr, std::move(s)));
}
Value VM::newTuple(std::vector<Value> v) {
  return Value::obj(heap.make<Tuple>(tTuple, std::move(v)));
}
Value VM::newList(std::vector<Value> v) {
  heap.noteBytes(v.size() * sizeof(Value));
  return Value::obj(heap.make<List>(tList, std::move(v)));
}
Dict* VM::newDict() { return heap.make<Dict>(tDict); }
Set* VM::newSet(bool frozen) { return heap.make<Set>(frozen ? tFrozenSet : tSet, frozen); }

uint32_t VM::pin(Value v) {
  if (!freePins_.empty()) {
    uint32_t id = freePins_.back();
    freePins_.pop_back();
    pins_[id] = v;
    return id;
  }
  pins_.push_back(v);
  return uint32_t(pins_.size() - 1);
}
void VM::unpin(uint32_t id) {
  pins_[id] = Value::none();
  freePins_.push_back(id);
}

// ---- exceptions ----
Value VM::makeException(Type* t, std::vector<Value> args) {
  Exception* e = heap.make<Exception>(t);
  e->args = newTuple(std::move(args));
  return Value::obj(e);
}

Value VM::raise(Type* t, const std::string& msg) {
  return raiseValue(makeException(t, {newStr(msg)}));
}

Value VM::raiseValue(Value exc) {
  if (!exc.isErr()) {
    if (exc.isObj() && exc.o->kind == Kind::Exception) {
      Exception* e = static_cast<Exception*>(exc.o);
      // Implicit chaining: an exception raised while another is handled records it.
      if (handledExc.isObj() && handledExc.o != exc.o) {
        // Avoid creating a cycle in the context chain.
        Value c = handledExc;
        Value prev = c;
        bool cycle = false;
        while (c.isObj()) {
          Exception* ce = static_cast<Exception*>(c.o);
          if (ce == e) {
            cycle = true;
            break;
          }
          prev = c;
          c = ce->context;
        }
        if (cycle && prev.isObj()) static_cast<Exception*>(prev.o)->context = Value::none();
        e->context = handledExc;
      }
    }
    pending = exc;
  }
  return Value::err();
}

bool VM::pendingIs(Type* t) { return pending.isObj() && typeOf(pending)->isSubtype(t); }

void VM::setTraceback(Value exc, Code* code, uint32_t pc) {
  if (!exc.isObj() || exc.o->kind != Kind::Exception) return;
  static_cast<Exception*>(exc.o)->tb.push_back({code, int(pc)});
}

// ---- calls ----

// Keywords, defaults, *args, **kwargs and every argument error (pushFrame binds exact positional
// calls itself).
COROSCOPE_COLD bool VM::bindArgs(Function* fn, Value* callee, int total, Tuple* kwnames) {
  Code* code = fn->code;
  int nkw = kwnames ? int(kwnames->items.size()) : 0;
  int npos = total - nkw;
  Value* args = callee + 1;
  uint32_t nslots = code->nslots;
  const std::string& qn = code->qualname;
  std::vector<Value> slots(nslots, Value::undef());
  uint32_t nargs = code->nargs;
  uint32_t i = 0;
  for (; i < uint32_t(npos) && i < nargs; i++) slots[i] = args[i];
  uint32_t kwStart = nargs, varSlot = nargs + code->nkwonly;
  uint32_t kwSlot = varSlot + (code->varargs ? 1 : 0);
  if (uint32_t(npos) > nargs) {
    if (!code->varargs) {
      size_t required = nargs - fn->defaults.size();
      std::string msg = qn + "() takes ";
      if (fn->defaults.empty())
        msg += std::to_string(nargs) + " positional argument" + (nargs == 1 ? "" : "s");
      else
        msg += "from " + std::to_string(required) + " to " + std::to_string(nargs) +
               " positional arguments";
      int given = npos;
      msg += " but " + std::to_string(given) + (given == 1 ? " was" : " were") + " given";
      if (nkw) {
        int kwonlyGiven = 0;
        for (int k = 0; k < nkw; k++) {
          Str* name = asStr(kwnames->items[size_t(k)]);
          for (uint32_t j = nargs; j < nargs + code->nkwonly; j++)
            if (code->varnames[j]->s() == name->s()) kwonlyGiven++;
        }
        if (kwonlyGiven) {
          msg = qn + "() takes " + std::to_string(nargs) + " positional argument" +
                (nargs == 1 ? "" : "s") + " but " + std::to_string(given) + " positional argument" +
                (given == 1 ? "" : "s") + " (and " + std::to_string(kwonlyGiven) +
                " keyword-only argument" + (kwonlyGiven == 1 ? "" : "s") + ") were given";
        }
      }
      raise(eTypeError, msg);
      return false;
    }
    slots[varSlot] = newTuple(std::vector<Value>(args + nargs, args + npos));
  } else if (code->varargs) {
    slots[varSlot] = newTuple({});
  }
  Dict* kwdict = nullptr;
  if (code->varkw) {
    kwdict = newDict();
    slots[kwSlot] = Value::obj(kwdict);
  }
  std::vector<std::string> posonlyAsKw;
  for (int k = 0; k < nkw; k++) {
    Str* name = asStr(kwnames->items[size_t(k)]);
    Value v = args[npos + k];
    bool found = false;
    for (uint32_t j = code->nposonly; j < nargs + code->nkwonly; j++) {
      if (code->varnames[j] == name || code->varnames[j]->s() == name->s()) {
        if (!slots[j].isUndef()) {
          raise(eTypeError, qn + "() got multiple values for argument '" + name->s() + "'");
          return false;
        }
        slots[j] = v;
        found = true;
        break;
      }
    }
    if (found) continue;
    if (kwdict) {
      dictSet(*this, kwdict, Value::obj(name), v);
      continue;
    }
    for (uint32_t j = 0; j < code->nposonly; j++)
      if (code->varnames[j]->s() == name->s()) posonlyAsKw.push_back(name->s());
    if (!posonlyAsKw.empty()) continue;
    raise(eTypeError, qn + "() got an unexpected keyword argument '" + name->s() + "'");
    return false;
  }
  if (!posonlyAsKw.empty()) {
    std::string list;
    for (size_t k = 0; k < posonlyAsKw.size(); k++) list += (k ? ", " : "") + posonlyAsKw[k];
    raise(eTypeError,
          qn + "() got some positional-only arguments passed as keyword arguments: '" + list + "'");
    return false;
  }
  // Defaults for the trailing positional parameters.
  size_t ndef = fn->defaults.size();
  std::vector<std::string> missing;
  for (uint32_t j = 0; j < nargs; j++) {
    if (!slots[j].isUndef()) continue;
    if (j >= nargs - ndef) {
      slots[j] = fn->defaults[j - (nargs - ndef)];
    } else {
      missing.push_back(code->varnames[j]->s());
    }
  }
  auto reportMissing = [&](const char* kind) {
    std::string list;
    for (size_t k = 0; k < missing.size(); k++) {
      if (k) list += missing.size() == 2 ? " and " : (k + 1 == missing.size() ? ", and " : ", ");
      list += "'" + missing[k] + "'";
    }
    raise(eTypeError, qn + "() missing " + std::to_string(missing.size()) + " required " + kind +
                          " argument" + (missing.size() == 1 ? "" : "s") + ": " + list);
  };
  if (!missing.empty()) {
    reportMissing("positional");
    return false;
  }
  for (uint32_t j = kwStart; j < kwStart + code->nkwonly; j++) {
    if (!slots[j].isUndef()) continue;
    Value d = fn->kwdefaults ? dictGetStr(fn->kwdefaults, code->varnames[j]) : Value::undef();
    if (d.isUndef())
      missing.push_back(code->varnames[j]->s());
    else
      slots[j] = d;
  }
  if (!missing.empty()) {
    reportMissing("keyword-only");
    return false;
  }
  for (uint32_t j = 0; j < nslots; j++) args[j] = slots[j];
  return true;
}

bool VM::pushFrame(Function* fn, Value* callee, int total, Tuple* kwnames, Value initSelf) {
  Code* code = fn->code;
  if (int(frames_.size()) >= frameLimit_ ||
      callee + 1 + code->nslots + code->maxStack + 16 >= stackEnd) {
    sp = callee;
    *sp++ = raise(eRecursionError, "maximum recursion depth exceeded");
    return false;
  }
  Value* base = callee + 1;
  if (!kwnames && !code->varargs && !code->varkw && code->nkwonly == 0 &&
      uint32_t(total) == code->nargs) {
    for (uint32_t i = uint32_t(total); i < code->nslots; i++) base[i] = Value::undef();
  } else if (!bindArgs(fn, callee, total, kwnames)) {
    sp = callee;
    *sp++ = Value::err();
    return false;
  }
  for (uint32_t s : code->cellSlots) {
    Cell* c = heap.make<Cell>(tCell);
    c->v = base[s];
    base[s] = Value::obj(c);
  }
  for (size_t k = 0; k < code->freeSlots.size(); k++)
    base[code->freeSlots[k]] = Value::obj(fn->closure[k]);
  if (code->isGenerator || code->isCoroutine || code->isAsyncGen) {
    Value g = makeGenerator(fn, callee);
    sp = callee;
    *sp++ = g;
    return false;
  }
  Frame f;
  f.code = code;
  f.fn = fn;
  f.base = base;
  f.handlerBase = uint32_t(handlers_.size());
  f.globals = fn->globals;
  f.initSelf = initSelf;
  sp = base + code->nslots;
  frames_.push_back(f);
  return true;
}

Value VM::makeGenerator(Function* fn, Value* callee) {
  Code* code = fn->code;
  GenKind k = code->isCoroutine  ? GenKind::Coroutine
              : code->isAsyncGen ? GenKind::AsyncGenerator
                                 : GenKind::Generator;
  Type* t = k == GenKind::Coroutine        ? tCoroutine
            : k == GenKind::AsyncGenerator ? tAsyncGen
                                           : tGenerator;
  Generator* g = heap.make<Generator>(t, fn, k);
  g->saved.assign(callee + 1, callee + 1 + code->nslots);
  g->iterableCoroutine = code->iterableCoroutine;
  if (k == GenKind::Coroutine) {
    if (Frame* cf = currentFrame()) {
      g->createdIn = cf->code;
      g->createdPc = cf->pc ? cf->pc - 1 : 0;
    }
    unstartedCoroutines.push_back(g);
  }
  return Value::obj(g);
}

Type* osErrorClass(VM& vm, Type* t, const Value* args, int n);  // exceptions.cpp
void osErrorArgs(VM& vm, Exception* e);

bool VM::invoke(int total, Tuple* kwnames) {
  int nkw = kwnames ? int(kwnames->items.size()) : 0;
  Value* callee = sp - total - 1;
  Value f = *callee;
  if (f.tag == Tag::Obj) {
    switch (f.o->kind) {
      case Kind::Function:
        return pushFrame(static_cast<Function*>(f.o), callee, total, kwnames, Value::undef());
      case Kind::BoundMethod: {
        BoundMethod* bm = static_cast<BoundMethod*>(f.o);
        if (sp + 1 >= stackEnd) break;
        std::memmove(callee + 2, callee + 1, sizeof(Value) * size_t(total));
        callee[0] = bm->func;
        callee[1] = bm->self;
        sp++;
        return invoke(total + 1, kwnames);
      }
      case Kind::Native: {
        Native* n = static_cast<Native*>(f.o);
        KwArg kwbuf[16];
        std::vector<KwArg> kwvec;
        KwArg* kw = kwbuf;
        if (nkw > 16) {
          kwvec.resize(size_t(nkw));
          kw = kwvec.data();
        }
        for (int k = 0; k < nkw; k++)
          kw[k] = {asStr(kwnames->items[size_t(k)]), callee[1 + total - nkw + k]};
        Args a{callee + 1, total - nkw, kw, nkw};
        Value r = Value::err();
        nativeDepth++;
        if (!n->counted) {
          r = n->fn(*this, a);
        } else if (enterLevel(" while calling a Python object")) {
          r = n->fn(*this, a);
          leaveLevel();
        }
        nativeDepth--;
        sp = callee;
        *sp++ = r;
        return false;
      }
      case Kind::Type: {
        Type* t = static_cast<Type*>(f.o);
        if (t->cls && !t->cls->isBuiltin) {
          // A class made by a metaclass that defines __call__: Meta.__call__(cls, ...).
          if (metaCallBypass == t) {
            metaCallBypass = nullptr;
          } else {
            Value mc = lookup(t->cls, dn.x_call);
            if (isKind(mc, Kind::Function)) {
              if (sp + 1 >= stackEnd) break;
              std::memmove(callee + 2, callee + 1, sizeof(Value) * size_t(total));
              callee[0] = mc;
              callee[1] = f;
              sp++;
              return invoke(total + 1, kwnames);
            }
          }
        }
        if (t->instanceKind == Kind::Instance || t->instanceKind == Kind::Exception ||
            (t->instanceKind == Kind::Type && !t->isBuiltin)) {
          if (!t->isBuiltin || t->instanceKind == Kind::Exception) {
            Value inst;
            Value newFn = lookup(t, dn.x_new);
            if (newFn.isObj() && newFn.o->kind == Kind::StaticMethod)
              newFn = static_cast<Wrapper*>(newFn.o)->a;
            bool customNew =
                newFn.isObj() &&
                (newFn.o->kind == Kind::Function ||
                 (newFn.o->kind == Kind::Native &&
                  std::strcmp(static_cast<Native*>(newFn.o)->name, "object.__new__") != 0));
            if (customNew) {
              std::vector<Value> args(callee + 1, callee + 1 + total);
              args.insert(args.begin(), f);
              Value r;
              if (nkw) {
                std::vector<KwArg> kw;
                for (int k = 0; k < nkw; k++)
                  kw.push_back(
                      {asStr(kwnames->items[size_t(k)]), args[size_t(1 + total - nkw + k)]});
                r = call(newFn, args.data(), 1 + total - nkw, kw.data(), nkw);
              } else {
                r = call(newFn, args.data(), 1 + total);
              }
              if (r.isErr() || !isInstance(r, t)) {
                sp = callee;
                *sp++ = r;
                return false;
              }
              inst = r;
            } else if (t->instanceKind == Kind::Exception) {
              int n = total - nkw;  // OSError(errno, strerror[, filename]) (exceptions.cpp)
              Exception* e = heap.make<Exception>(
                  t == eOSError && n >= 2 ? osErrorClass(*this, t, callee + 1, n) : t);
              e->args = newTuple(std::vector<Value>(callee + 1, callee + 1 + n));
              if (n >= 3) osErrorArgs(*this, e);
              inst = Value::obj(e);
            } else {
              Instance* in = heap.make<Instance>(t);
              in->dict = newDict();
              inst = Value::obj(in);
            }
            Value init = lookup(t, dn.x_init);
            if (init.isObj() && init.o->kind == Kind::Function) {
              std::memmove(callee + 2, callee + 1, sizeof(Value) * size_t(total));
              callee[0] = init;
              callee[1] = inst;
              sp++;
              return pushFrame(static_cast<Function*>(init.o), callee, total + 1, kwnames, inst);
            }
            if (init.isObj() && init.o->kind == Kind::Native &&
                static_cast<Native*>(init.o)->fn != nullptr &&
                std::strcmp(static_cast<Native*>(init.o)->name, "object.__init__") != 0) {
              std::memmove(callee + 2, callee + 1, sizeof(Value) * size_t(total));
              callee[0] = init;
              callee[1] = inst;
              sp++;
              invoke(total + 1, kwnames);
              Value r = sp[-1];
              sp[-1] = r.isErr() ? r : inst;
              return false;
            }
            if (total > 0 && t->instanceKind == Kind::Instance && !customNew) {
              sp = callee;
              *sp++ = raise(eTypeError, t->name + "() takes no arguments");
              return false;
            }
            sp = callee;
            *sp++ = inst;
            return false;
          }
        }
        if (!t->isBuiltin && t->builtinBase && t->builtinBase->construct &&
            t->instanceKind != Kind::Instance && t->instanceKind != Kind::Exception) {
          // A user subclass of a builtin (tuple, str, int, ...): an object of the builtin's kind
          // whose class is the subclass.
          std::vector<Value> args(callee,
                                  callee + 1 + total);  // [cls, positional..., kw values...]
          std::vector<KwArg> kw;
          int npos = total - nkw;
          for (int k = 0; k < nkw; k++)
            kw.push_back({asStr(kwnames->items[size_t(k)]), args[size_t(1 + npos + k)]});
          Value newFn = lookup(t, dn.x_new);
          if (isKind(newFn, Kind::StaticMethod)) newFn = static_cast<Wrapper*>(newFn.o)->a;
          Value inst;
          if (isKind(newFn, Kind::Function)) {
            inst = call(newFn, args.data(), 1 + npos, kw.data(), nkw);
            if (inst.isErr() || !isInstance(inst, t)) {
              sp = callee;
              *sp++ = inst;
              return false;
            }
          } else {
            nativeDepth++;
            inst = constructSubclass(t, args.data() + 1, npos, kw.data(), nkw);
            nativeDepth--;
            if (inst.isErr()) {
              sp = callee;
              *sp++ = inst;
              return false;
            }
          }
          Roots r(*this, {inst});
          Value init = lookup(t, dn.x_init);
          if (isKind(init, Kind::Function)) {
            std::memmove(callee + 2, callee + 1, sizeof(Value) * size_t(total));
            callee[0] = init;
            callee[1] = inst;
            sp++;
            return pushFrame(static_cast<Function*>(init.o), callee, total + 1, kwnames, inst);
          }
          if (isKind(init, Kind::Native) &&
              std::strcmp(static_cast<Native*>(init.o)->name, "object.__init__") != 0) {
            args[0] = inst;
            Value rr = call(init, args.data(), 1 + npos, kw.data(), nkw);
            sp = callee;
            *sp++ = rr.isErr() ? rr : inst;
            return false;
          }
          sp = callee;
          *sp++ = inst;
          return false;
        }
        if (t->construct) {
          Args a{callee + 1, total - nkw, nullptr, 0};
          KwArg kwbuf[16];
          if (nkw) {
            if (nkw > 16) {
              sp = callee;
              *sp++ = raise(eTypeError, "too many keyword arguments");
              return false;
            }
            for (int k = 0; k < nkw; k++)
              kwbuf[k] = {asStr(kwnames->items[size_t(k)]), callee[1 + total - nkw + k]};
            a.kw = kwbuf;
            a.nkw = nkw;
          }
          nativeDepth++;
          Value r = t->construct(*this, a);
          nativeDepth--;
          sp = callee;
          *sp++ = r;
          return false;
        }
        sp = callee;
        *sp++ = raise(eTypeError, "cannot create '" + t->name + "' instances");
        return false;
      }
      default:
        break;
    }
  }
  Value callMeth = lookup(typeOf(f), dn.x_call);
  if (!callMeth.isUndef() && !isKind(f, Kind::Type)) {
    if (sp + 1 >= stackEnd) {
      sp = callee;
      *sp++ = raise(eRecursionError, "maximum recursion depth exceeded");
      return false;
    }
    std::memmove(callee + 2, callee + 1, sizeof(Value) * size_t(total));
    callee[0] = callMeth;
    callee[1] = f;
    sp++;
    return invoke(total + 1, kwnames);
  }
  sp = callee;
  *sp++ = raise(eTypeError, "'" + typeName(f) + "' object is not callable");
  return false;
}

bool VM::enterLevel(const char* where) {
  if (int(frames_.size()) < frameLimit_) {
    if (StackLevel::enter()) {
      frameLimit_--;
      return true;
    }
    StackLevel::leave();
  }
  raiseAround(eRecursionError, "maximum recursion depth exceeded", "", where);
  return false;
}

void VM::leaveLevel() {
  frameLimit_++;
  StackLevel::leave();
}

Value VM::call(Value f, const Value* args, int n, const KwArg* kw, int nkw) {
  if (sp + n + nkw + 2 >= stackEnd)
    return raise(eRecursionError, "maximum recursion depth exceeded");
  // Every recursion through Python code that C++ code drives (a dunder method, a key function)
  // passes here: Python frames are counted already, the C++ stack under them is not.
  StackLevel level;
  if (!level.ok())
    return raise(eRecursionError, "maximum recursion depth exceeded while calling a Python object");
  Value* callee = sp;
  *sp++ = f;
  for (int i = 0; i < n; i++) *sp++ = args[i];
  Tuple* names = nullptr;
  if (nkw) {
    std::vector<Value> nm;
    for (int i = 0; i < nkw; i++) {
      *sp++ = kw[i].value;
      nm.push_back(Value::obj(kw[i].name));
    }
    names = heap.make<Tuple>(tTuple, std::move(nm));
    tempRoots.push_back(Value::obj(names));
  }
  bool pushed = invoke(n + nkw, names);
  if (names) tempRoots.pop_back();
  if (pushed) {
    frames_.back().runBase = true;
    Value r = run();
    sp = callee;
    return r;
  }
  Value r = sp[-1];
  sp = callee;
  return r;
}

Value VM::callMethod(Value obj, Str* name, const Value* args, int n) {
  Value m = lookup(typeOf(obj), name);
  if (m.isUndef()) return m;
  std::vector<Value> all;
  all.reserve(size_t(n) + 1);
  all.push_back(obj);
  for (int i = 0; i < n; i++) all.push_back(args[i]);
  if (m.isObj() && (m.o->kind == Kind::Function || m.o->kind == Kind::Native))
    return call(m, all.data(), n + 1);
  Value bound = getAttr(obj, name);
  if (bound.isErr()) return bound;
  return call(bound, args, n);
}

Value* VM::pushCodeFrame(Code* code, Dict* globals, Value& failed) {
  Function* fn = heap.make<Function>(tFunction);
  fn->code = code;
  fn->globals = globals;
  fn->name = intern(code->name);
  fn->qualname = intern(code->qualname);
  Value* callee = sp;
  *sp++ = Value::obj(fn);
  if (!pushFrame(fn, callee, 0, nullptr, Value::undef())) {
    failed = sp[-1];
    sp = callee;
    return nullptr;
  }
  frames_.back().runBase = true;
  return callee;
}

Value VM::runCode(Code* code, Dict* globals, Dict* locals) {
  Value failed;
  Value* callee = pushCodeFrame(code, globals, failed);
  if (!callee) return failed;
  frames_.back().locals = locals;
  Value r = run();
  sp = callee;
  return r;
}

// ---- host suspension ----
Value VM::runSuspendable(Code* code, Dict* globals) {
  Value failed;
  Value* callee = pushCodeFrame(code, globals, failed);
  if (!callee) return failed;
  mainCallee_ = callee;
  return runMainFrames(false);
}

Value VM::resumeSuspended(Value result) {
  suspended_ = false;
  if (result.isErr()) return runMainFrames(true);
  sp[-1] = result;  // the suspended call's result slot
  return runMainFrames(false);
}

Value VM::runMainFrames(bool startWithError) {
  mainRunning_ = true;
  Value r = runFrom(startWithError);
  mainRunning_ = false;
  if (hostRequest) {
    suspended_ = true;
    return r;
  }
  sp = mainCallee_;
  mainCallee_ = nullptr;
  return r;
}

bool VM::canSuspendHost() const {
  if (!mainRunning_ || runDepth != 1 || nativeDepth != 1 || frames_.empty()) return false;
  const Frame& f = frames_.back();
  Op op = f.code->ins[f.pc - 1].op;
  return op == CALL || op == CALL_METHOD || op == CALL_KW || op == CALL_EX;
}

// ---- generators ----
// What a delegate's send() or throw() result means to the delegating frame: a value it yielded,
// its return value (carried by StopIteration), or the exception it raised.
ResumeResult VM::delegateStep(Value r) {
  if (!r.isErr()) return {ResumeStatus::Yielded, r};
  if (!pendingIs(eStopIteration)) return {ResumeStatus::Raised, takePending()};
  Value si = takePending();
  Tuple* a = asTuple(static_cast<Exception*>(si.o)->args);
  return {ResumeStatus::Returned, a->items.empty() ? Value::none() : a->items[0]};
}

ResumeResult VM::resume(Generator* g, Value sent, Value thrown) {
  bool isCoro = g->gkind == GenKind::Coroutine;
  // A chain of generators delegating with yield from / await resumes through the C++ stack.
  StackLevel level;
  if (!level.ok()) {
    raise(eRecursionError, "maximum recursion depth exceeded");
    return {ResumeStatus::Raised, takePending()};
  }
  if (g->state == GenState::Running) {
    raise(eValueError, isCoro ? "coroutine already executing" : "generator already executing");
    return {ResumeStatus::Raised, takePending()};
  }
  if (g->state == GenState::Closed) {
    if (!thrown.isNone()) {
      raiseValue(thrown);
      return {ResumeStatus::Raised, takePending()};
    }
    if (isCoro) {
      raise(eRuntimeError, "cannot reuse already awaited coroutine");
      return {ResumeStatus::Raised, takePending()};
    }
    return {ResumeStatus::Returned, Value::none()};
  }
  if (g->state == GenState::Created && thrown.isNone() && !sent.isNone()) {
    raise(eTypeError, std::string("can't send non-None value to a just-started ") +
                          (isCoro                           ? "coroutine"
                           : g->gkind == GenKind::Generator ? "generator"
                                                            : "async generator"));
    return {ResumeStatus::Raised, takePending()};
  }
  // A generator suspended in `yield from`/`await` forwards throw() to its delegate first.
  if (!thrown.isNone() && g->delegating && !g->saved.empty()) {
    Value sub = g->saved.back();
    // The delegate runs Python code, which may collect. Past this block nothing needs rooting
    // until the frame is on the stack (the generator in its callee slot and its frame, the sent
    // value pushed, the thrown one pending).
    Roots roots(*this, {Value::obj(g), thrown, sub});
    ResumeResult rr;
    bool isGenExit = isInstance(thrown, eGeneratorExit);
    g->state = GenState::Running;
    if (isKind(sub, Kind::Generator)) {
      Generator* sg = static_cast<Generator*>(sub.o);
      if (isGenExit) {
        // close() the delegate, then raise GeneratorExit here.
        Value gx = thrown;
        ResumeResult cr = resume(sg, Value::none(), gx);
        if (cr.status == ResumeStatus::Raised && !isInstance(cr.value, eGeneratorExit))
          rr = cr;
        else
          rr = {ResumeStatus::Raised, thrown};
      } else {
        rr = resume(sg, Value::none(), thrown);
      }
    } else {
      Value meth = getAttrOpt(sub, intern(isGenExit ? "close" : "throw"));
      if (meth.isErr()) {
        rr = {ResumeStatus::Raised, takePending()};
      } else if (meth.isUndef()) {
        rr = {ResumeStatus::Raised, thrown};
      } else if (isGenExit) {
        Value r = call0(meth);
        rr = r.isErr() ? ResumeResult{ResumeStatus::Raised, takePending()}
                       : ResumeResult{ResumeStatus::Raised, thrown};
      } else {
        rr = delegateStep(call1(meth, thrown));
      }
    }
    g->state = GenState::Suspended;
    if (rr.status == ResumeStatus::Yielded) return rr;
    // The delegate finished: continue this frame after the YIELD_FROM.
    g->saved.pop_back();
    g->delegating = false;
    if (rr.status == ResumeStatus::Returned) {
      g->saved.push_back(rr.value);
      g->pc++;  // skip the YIELD_FROM
      sent = Value::undef();
      thrown = Value::none();
    } else {
      thrown = rr.value;
      g->pc++;
    }
  }
  // Rebuild the frame on the VM stack.
  Code* code = g->fn->code;
  if (int(frames_.size()) >= frameLimit_ ||
      sp + g->saved.size() + code->maxStack + 16 >= stackEnd) {
    raise(eRecursionError, "maximum recursion depth exceeded");
    return {ResumeStatus::Raised, takePending()};
  }
  Value* callee = sp;
  *sp++ = Value::obj(g);
  Value* base = sp;
  sp = std::copy(g->saved.begin(), g->saved.end(), base);
  Frame f;
  f.code = code;
  f.fn = g->fn;
  f.base = base;
  f.pc = g->pc;
  f.handlerBase = uint32_t(handlers_.size());
  f.globals = g->fn->globals;
  f.gen = g;
  f.initSelf = Value::undef();
  f.runBase = true;
  if (!g->handlers.empty()) {
    handlers_.insert(handlers_.end(), g->handlers.begin(), g->handlers.end());
    g->handlers.clear();
  }
  g->saved.clear();
  bool started = g->state == GenState::Suspended;
  g->state = GenState::Running;
  g->delegating = false;
  frames_.push_back(f);
  if (!thrown.isNone()) {
    if (!started) {
      // Throwing into a just-created generator raises at its first line, which never ran.
      frames_.pop_back();
      handlers_.resize(f.handlerBase);
      sp = callee;
      g->state = GenState::Closed;
      pending = thrown;
      Value exc = takePending();
      return {ResumeStatus::Raised, exc};
    }
    pending = thrown;
  } else if (started && !sent.isUndef()) {
    *sp++ = sent;
  }
  // The exception a generator is handling (it suspended inside an `except`) is its own: it
  // comes back when the generator resumes and is hidden from the caller while it is suspended.
  Value callerExc = handledExc;
  if (!g->excState.isUndef()) handledExc = g->excState;
  lastYieldAsync_ = false;
  Value r = runFrom(!thrown.isNone());
  sp = callee;
  bool suspended = lastStatus == ResumeStatus::Yielded;
  g->excState = suspended && !handledExc.identical(callerExc) ? handledExc : Value::undef();
  if (suspended && g->gkind == GenKind::Generator && !g->handlers.empty() && !g->closeOnCollect) {
    g->closeOnCollect = true;
    suspendedInTry.push_back(g);
  }
  handledExc = callerExc;
  if (suspended) return {ResumeStatus::Yielded, r};
  return finishResume(g, r);
}

// Once per generator: it returned or raised.
COROSCOPE_COLD ResumeResult VM::finishResume(Generator* g, Value r) {
  g->state = GenState::Closed;
  g->saved.clear();
  if (lastStatus == ResumeStatus::Returned) return {ResumeStatus::Returned, r};
  Value exc = takePending();
  if (isInstance(exc, eStopIteration) ||
      (g->gkind == GenKind::AsyncGenerator && isInstance(exc, eStopAsyncIteration))) {
    const char* what = g->gkind == GenKind::Coroutine        ? "coroutine"
                       : g->gkind == GenKind::AsyncGenerator ? "async generator"
                                                             : "generator";
    Value re = makeException(
        eRuntimeError,
        {newStr(std::string(what) + " raised " +
                (isInstance(exc, eStopIteration) ? "StopIteration" : "StopAsyncIteration"))});
    Exception* e = static_cast<Exception*>(re.o);
    e->cause = exc;
    e->suppressContext = true;
    e->context = exc;
    e->tb = static_cast<Exception*>(exc.o)->tb;
    exc = re;
  }
  return {ResumeStatus::Raised, exc};
}

Value VM::genSend(Generator* g, Value v) {
  ResumeResult r = resume(g, v, Value::none());
  if (r.status == ResumeStatus::Yielded) return r.value;
  if (r.status == ResumeStatus::Raised) return raiseValue(r.value);
  // Returned: StopIteration(value)
  Value si = r.value.isNone() ? makeException(eStopIteration, {})
                              : makeException(eStopIteration, {r.value});
  pending = si;
  return Value::err();
}

}  // namespace coroscope::lang
