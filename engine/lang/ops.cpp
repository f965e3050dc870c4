// The object protocol: attribute access, operators, comparison, hashing, repr/str, iteration,
// subscripting. Builtin types take fast paths; user classes go through their dunder methods.
#include <cmath>
#include <cstdio>
#include <cstring>

#include "lang/bigint_glue.hpp"
#include "lang/containers.hpp"
#include "lang/iterators.hpp"
#include "lang/numfmt.hpp"
#include "lang/rope.hpp"
#include "lang/vm.hpp"
#include "num/float_format.hpp"
#include "num/float_ops.hpp"
#include "num/format_spec.hpp"
#include "num/hex.hpp"

namespace coroscope::lang {

namespace {
const char* const kBinNames[] = {"__add__", "__sub__", "__mul__",    "__truediv__", "__floordiv__",
                                 "__mod__", "__pow__", "__lshift__", "__rshift__",  "__or__",
                                 "__xor__", "__and__", "__matmul__"};
const char* const kRBinNames[] = {"__radd__",      "__rsub__", "__rmul__", "__rtruediv__",
                                  "__rfloordiv__", "__rmod__", "__rpow__", "__rlshift__",
                                  "__rrshift__",   "__ror__",  "__rxor__", "__rand__",
                                  "__rmatmul__"};
const char* const kIBinNames[] = {"__iadd__",      "__isub__", "__imul__", "__itruediv__",
                                  "__ifloordiv__", "__imod__", "__ipow__", "__ilshift__",
                                  "__irshift__",   "__ior__",  "__ixor__", "__iand__",
                                  "__imatmul__"};
const char* const kBinSyms[] = {"+",  "-",  "*", "/", "//", "%", "** or pow()",
                                "<<", ">>", "|", "^", "&",  "@"};
constexpr uint64_t kHashModulus = (uint64_t(1) << 61) - 1;

int64_t hashInt(int64_t v) {
  bool neg = v < 0;
  uint64_t u = neg ? uint64_t(0) - uint64_t(v) : uint64_t(v);
  uint64_t h = u % kHashModulus;
  int64_t r = neg ? -int64_t(h) : int64_t(h);
  return r == -1 ? -2 : r;
}

bool floorDivMod(int64_t a, int64_t b, int64_t& q, int64_t& r) {
  if (a == INT64_MIN && b == -1) return false;
  q = a / b;
  r = a % b;
  if (r != 0 && ((r < 0) != (b < 0))) {
    q--;
    r += b;
  }
  return true;
}

}  // namespace

int64_t hashBytes(const std::string& s) {
  // FNV-1a; CPython's siphash order only matters for sets of strings, which we document.
  uint64_t h = 1469598103934665603ULL;
  for (unsigned char c : s) {
    h ^= c;
    h *= 1099511628211ULL;
  }
  int64_t r = int64_t(h >> 1);
  return r == -1 ? -2 : r;
}

Type* VM::typeOf(Value v) const {
  switch (v.tag) {
    case Tag::None:
      return tNoneType;
    case Tag::Bool:
      return tBool;
    case Tag::Int:
      return tInt;
    case Tag::Float:
      return tFloat;
    case Tag::Obj:
      return v.o->cls;
    default:
      return tNoneType;
  }
}

std::string VM::typeName(Value v) const { return typeOf(v)->name; }

Value VM::lookup(Type* t, Str* name) {
  if (t->cacheEpoch != typeEpoch) {
    t->lookupCache.clear();
    t->cacheEpoch = typeEpoch;
  }
  auto it = t->lookupCache.find(name);
  if (it != t->lookupCache.end()) return it->second;
  Value found = Value::undef();
  for (Type* m : t->mro) {
    Value v = dictGetStr(m->dict, name);
    if (!v.isUndef()) {
      found = v;
      break;
    }
  }
  if (t->lookupCache.size() > 512) t->lookupCache.clear();  // names built at run time
  t->lookupCache.emplace(name, found);
  return found;
}

Value VM::bindMethod(Value func, Value self) {
  if (func.isObj()) {
    switch (func.o->kind) {
      case Kind::Function:
      case Kind::Native:
        return Value::obj(heap.make<BoundMethod>(tMethod, self, func));
      case Kind::StaticMethod:
        return static_cast<Wrapper*>(func.o)->a;
      case Kind::ClassMethod:
        return Value::obj(heap.make<BoundMethod>(tMethod, Value::obj(typeOf(self)),
                                                 static_cast<Wrapper*>(func.o)->a));
      case Kind::Property: {
        Wrapper* p = static_cast<Wrapper*>(func.o);
        if (p->a.isNone()) return raise(eAttributeError, "unreadable attribute");
        return call1(p->a, self);
      }
      default:
        break;
    }
  }
  return func;
}

Value specialAttr(VM& vm, Value obj, Str* name);
std::string slotWrapperName(int slot);  // slots.cpp

Value VM::getAttrOpt(Value obj, Str* name) {
  Type* t = typeOf(obj);
  if (obj.isObj() && obj.o->kind == Kind::Type) {
    Type* ty = asType(obj);
    // A class's __annotations__ is its own, never inherited (see specialAttr).
    if (!ty->isBuiltin && name->byteLen() == 15 && name->s() == "__annotations__")
      return specialAttr(*this, obj, name);
    Value v = lookup(ty, name);
    if (!v.isUndef()) {
      if (isKind(v, Kind::StaticMethod)) return static_cast<Wrapper*>(v.o)->a;
      if (isKind(v, Kind::ClassMethod))
        return Value::obj(heap.make<BoundMethod>(tMethod, obj, static_cast<Wrapper*>(v.o)->a));
      if (v.isObj() && !v.o->cls->isBuiltin) {
        // A descriptor defined in Python: __get__(None, cls).
        Value get = lookup(v.o->cls, dn.x_get);
        if (!get.isUndef()) {
          Value args[3] = {v, Value::none(), obj};
          return call(get, args, 3);
        }
      }
      return v;
    }
    Value s = specialAttr(*this, obj, name);
    if (!s.isUndef()) return s;
    Value mv = lookup(obj.o->cls, name);  // the metaclass's (type's) attributes
    if (!mv.isUndef()) return bindMethod(mv, obj);
    return Value::undef();
  }
  if (obj.isObj() && obj.o->kind == Kind::Module) {
    Value v = dictGetStr(static_cast<Module*>(obj.o)->dict, name);
    if (!v.isUndef()) return v;
    return specialAttr(*this, obj, name);
  }
  if (obj.isObj() && obj.o->kind == Kind::Super) {
    Super* s = static_cast<Super*>(obj.o);
    Type* start = s->selfType;
    bool after = false;
    for (Type* m : start->mro) {
      if (after) {
        Value v = dictGetStr(m->dict, name);
        if (!v.isUndef()) {
          if (isKind(v, Kind::ClassMethod))
            return Value::obj(heap.make<BoundMethod>(
                tMethod, isKind(s->self, Kind::Type) ? s->self : Value::obj(typeOf(s->self)),
                static_cast<Wrapper*>(v.o)->a));
          if (isKind(s->self, Kind::Type) && isKind(v, Kind::Function)) return v;
          return bindMethod(v, s->self);
        }
      }
      if (m == s->type) after = true;
    }
    return Value::undef();
  }
  Value cv = lookup(t, name);
  if (cv.isObj()) {
    if (cv.o->kind == Kind::Property) return bindMethod(cv, obj);
    if (!cv.o->cls->isBuiltin) return descriptorGet(obj, name, cv);
  }
  Value v = ownAttr(obj, name);
  if (!v.isUndef()) return v;
  if (!cv.isUndef()) return bindMethod(cv, obj);
  Value s = specialAttr(*this, obj, name);
  if (!s.isUndef()) return s;
  return Value::undef();
}

// Assignment through a descriptor defined in Python: 1 when `cv` (what the class holds under the
// name) has __set__ and it ran, 0 when it has none, -1 on error.
static int setThroughDescriptor(VM& vm, Value cv, Value obj, Value v) {
  if (!cv.isObj() || cv.o->cls->isBuiltin) return 0;
  Value set = vm.lookup(cv.o->cls, vm.dn.x_set);
  if (set.isUndef()) return 0;
  Value args[3] = {cv, obj, v};
  return vm.call(set, args, 3).isErr() ? -1 : 1;
}

// An attribute held in the object itself (instance dict, function dict, the attrs of a builtin
// subclass's instance); Undef if none.
Value VM::ownAttr(Value obj, Str* name) {
  if (!obj.isObj()) return Value::undef();
  Dict* d = nullptr;
  if (obj.o->kind == Kind::Instance || obj.o->kind == Kind::Exception)
    d = static_cast<Instance*>(obj.o)->dict;
  else if (obj.o->kind == Kind::Function)
    d = static_cast<Function*>(obj.o)->dict;
  else
    d = obj.o->attrs;
  return d ? dictGetStr(d, name) : Value::undef();
}

// obj.name where obj's class holds `cv`, an object of a user class: a descriptor when that class
// has __get__. A data descriptor (with __set__ or __delete__ too) takes precedence over the
// object's own attributes, a non-data one comes after them.
COROSCOPE_COLD Value VM::descriptorGet(Value obj, Str* name, Value cv) {
  Value get = lookup(cv.o->cls, dn.x_get);
  bool data = !lookup(cv.o->cls, dn.x_set).isUndef() || !lookup(cv.o->cls, dn.x_delete).isUndef();
  if (get.isUndef() || !data) {
    Value v = ownAttr(obj, name);
    if (!v.isUndef()) return v;
    if (get.isUndef()) return bindMethod(cv, obj);
  }
  Value args[3] = {cv, obj, Value::obj(typeOf(obj))};
  return call(get, args, 3);
}

Value VM::getAttr(Value obj, Str* name) {
  Value v = getAttrOpt(obj, name);
  if (!v.isUndef()) return v;
  Type* t = typeOf(obj);
  if (!isKind(obj, Kind::Type)) {
    Value ga = lookup(t, dn.x_getattr);
    if (!ga.isUndef()) return call2(ga, obj, Value::obj(name));
  }
  if (isKind(obj, Kind::Module)) {
    Value ga = dictGetStr(static_cast<Module*>(obj.o)->dict, dn.x_getattr);
    if (!ga.isUndef()) return call1(ga, Value::obj(name));
    return raise(eAttributeError, "module '" + static_cast<Module*>(obj.o)->name->s() +
                                      "' has no attribute '" + name->s() + "'");
  }
  if (isKind(obj, Kind::Type))
    return raise(eAttributeError,
                 "type object '" + asType(obj)->name + "' has no attribute '" + name->s() + "'");
  if (isKind(obj, Kind::Super))
    return raise(eAttributeError, "'super' object has no attribute '" + name->s() + "'");
  Value e = raise(eAttributeError, "'" + t->name + "' object has no attribute '" + name->s() + "'");
  Exception* ex = static_cast<Exception*>(pending.o);
  if (!ex->dict) ex->dict = newDict();
  dictSetStr(*this, ex->dict, intern("name"), Value::obj(name));
  dictSetStr(*this, ex->dict, intern("obj"), obj);
  return e;
}

bool VM::setAttr(Value obj, Str* name, Value v, bool generic) {
  Type* t = typeOf(obj);
  if (obj.isObj()) {
    switch (obj.o->kind) {
      case Kind::Instance:
      case Kind::Exception: {
        Value sa = generic ? Value::undef() : lookup(t, dn.x_setattr);
        if (isKind(sa, Kind::Function)) {
          Value args[3] = {obj, Value::obj(name), v};
          return !call(sa, args, 3).isErr();
        }
        Value cv = lookup(t, name);
        if (isKind(cv, Kind::Property)) {
          Wrapper* p = static_cast<Wrapper*>(cv.o);
          if (p->b.isNone()) {
            raise(eAttributeError,
                  "property '" + name->s() + "' of '" + t->name + "' object has no setter");
            return false;
          }
          return !call2(p->b, obj, v).isErr();
        }
        if (cv.isObj() && !cv.o->cls->isBuiltin)
          if (int d = setThroughDescriptor(*this, cv, obj, v)) return d > 0;
        if (t->slotNames && dictGetStr(t->slotNames, name).isUndef()) {
          raise(eAttributeError, "'" + t->name + "' object has no attribute '" + name->s() + "'");
          return false;
        }
        Exception* ex = obj.o->kind == Kind::Exception ? static_cast<Exception*>(obj.o) : nullptr;
        if (ex) {
          if (name->s() == "__cause__") {
            ex->cause = v;
            ex->suppressContext = true;
            return true;
          }
          if (name->s() == "__context__") {
            ex->context = v;
            return true;
          }
          if (name->s() == "__suppress_context__") {
            ex->suppressContext = truthy(v) > 0;
            return true;
          }
          if (name->s() == "args") {
            std::vector<Value> items;
            if (!toList(v, items)) return false;
            ex->args = newTuple(items);
            return true;
          }
          if (name->s() == "__traceback__") {
            if (v.isNone()) ex->tb.clear();
            return true;
          }
        }
        Instance* in = static_cast<Instance*>(obj.o);
        if (!in->dict) in->dict = newDict();
        dictSetStr(*this, in->dict, name, v);
        return true;
      }
      case Kind::Type: {
        Type* ty = asType(obj);
        if (ty->isBuiltin) {
          raise(eTypeError,
                "cannot set '" + name->s() + "' attribute of immutable type '" + ty->name + "'");
          return false;
        }
        if (name->s() == "__name__" || name->s() == "__qualname__") {
          if (isKind(v, Kind::Str)) ty->name = asStr(v)->s();
        }
        dictSetStr(*this, ty->dict, name, v);
        typeEpoch++;
        if (name->s() == "__hash__" || name->s() == "__eq__") ty->userHash = true;
        return true;
      }
      case Kind::Function: {
        Function* fn = static_cast<Function*>(obj.o);
        if (name->s() == "__name__" && isKind(v, Kind::Str)) {
          fn->name = asStr(v);
          return true;
        }
        if (name->s() == "__qualname__" && isKind(v, Kind::Str)) {
          fn->qualname = asStr(v);
          return true;
        }
        if (!fn->dict) fn->dict = newDict();
        dictSetStr(*this, fn->dict, name, v);
        return true;
      }
      case Kind::Module:
        dictSetStr(*this, static_cast<Module*>(obj.o)->dict, name, v);
        return true;
      default:
        break;
    }
  }
  if (obj.isObj() && !t->isBuiltin) {
    Value sa = generic ? Value::undef() : lookup(t, dn.x_setattr);
    if (isKind(sa, Kind::Function)) {
      Value args[3] = {obj, Value::obj(name), v};
      return !call(sa, args, 3).isErr();
    }
    Value cv = lookup(t, name);
    if (isKind(cv, Kind::Property)) {
      Wrapper* p = static_cast<Wrapper*>(cv.o);
      if (p->b.isNone()) {
        raise(eAttributeError,
              "property '" + name->s() + "' of '" + t->name + "' object has no setter");
        return false;
      }
      return !call2(p->b, obj, v).isErr();
    }
    if (int d = setThroughDescriptor(*this, cv, obj, v)) return d > 0;
    if (t->slotNames && dictGetStr(t->slotNames, name).isUndef()) {
      raise(eAttributeError, "'" + t->name + "' object has no attribute '" + name->s() + "'");
      return false;
    }
    if (!obj.o->attrs) obj.o->attrs = newDict();
    dictSetStr(*this, obj.o->attrs, name, v);
    return true;
  }
  Value cv = lookup(t, name);
  if (cv.isUndef())
    raise(eAttributeError, "'" + t->name + "' object has no attribute '" + name->s() + "'");
  else
    raise(eAttributeError, "'" + t->name + "' object attribute '" + name->s() + "' is read-only");
  return false;
}

bool VM::delAttr(Value obj, Str* name, bool generic) {
  if (obj.isObj() && (obj.o->kind == Kind::Instance || obj.o->kind == Kind::Exception ||
                      (userSub(obj) && obj.o->kind != Kind::Type))) {
    Type* t = typeOf(obj);
    if (!generic) {
      Value da = lookup(t, intern("__delattr__"));
      if (isKind(da, Kind::Function)) return !call2(da, obj, Value::obj(name)).isErr();
    }
    Value cv = lookup(t, name);
    if (isKind(cv, Kind::Property)) {
      Wrapper* p = static_cast<Wrapper*>(cv.o);
      if (p->c.isNone()) {
        raise(eAttributeError,
              "property '" + name->s() + "' of '" + t->name + "' object has no deleter");
        return false;
      }
      return !call1(p->c, obj).isErr();
    }
    if (cv.isObj() && !cv.o->cls->isBuiltin) {
      Value del = lookup(cv.o->cls, dn.x_delete);
      if (!del.isUndef()) return !call2(del, cv, obj).isErr();
    }
    Dict* d = userSub(obj) ? obj.o->attrs : static_cast<Instance*>(obj.o)->dict;
    if (d && dictDel(*this, d, Value::obj(name)) > 0) return true;
    raise(eAttributeError, "'" + t->name + "' object has no attribute '" + name->s() + "'");
    return false;
  }
  if (isKind(obj, Kind::Type) && !asType(obj)->isBuiltin) {
    typeEpoch++;
    if (dictDel(*this, asType(obj)->dict, Value::obj(name)) > 0) return true;
    raise(eAttributeError, name->s());
    return false;
  }
  if (isKind(obj, Kind::Module)) {
    if (dictDel(*this, static_cast<Module*>(obj.o)->dict, Value::obj(name)) > 0) return true;
  }
  raise(eAttributeError, "'" + typeName(obj) + "' object has no attribute '" + name->s() + "'");
  return false;
}

// ---- numbers ----
namespace {
// Overflowing int64 results are redone with arbitrary precision by the caller.
Value intOverflow(VM&) { return Value::undef(); }

Value intBinary(VM& vm, int op, int64_t a, int64_t b, bool bothBool) {
  int64_t r;
  switch (op) {
    case kAdd:
      if (__builtin_add_overflow(a, b, &r)) return intOverflow(vm);
      return Value::integer(r);
    case kSub:
      if (__builtin_sub_overflow(a, b, &r)) return intOverflow(vm);
      return Value::integer(r);
    case kMul:
      if (__builtin_mul_overflow(a, b, &r)) return intOverflow(vm);
      return Value::integer(r);
    case kDiv:
      if (b == 0) return vm.raise(vm.eZeroDivisionError, "division by zero");
      return Value::flt(double(a) / double(b));
    case kFloorDiv:
    case kMod: {
      if (b == 0)
        return vm.raise(vm.eZeroDivisionError, op == kMod ? "integer modulo by zero"
                                                          : "integer division or modulo by zero");
      int64_t q, m;
      if (!floorDivMod(a, b, q, m)) return intOverflow(vm);
      return Value::integer(op == kMod ? m : q);
    }
    case kPow: {
      if (b < 0) {
        if (a == 0)
          return vm.raise(vm.eZeroDivisionError, "0.0 cannot be raised to a negative power");
        return Value::flt(std::pow(double(a), double(b)));
      }
      int64_t result = 1, base = a;
      int64_t e = b;
      while (e > 0) {
        if (e & 1)
          if (__builtin_mul_overflow(result, base, &result)) return intOverflow(vm);
        e >>= 1;
        if (e > 0 && __builtin_mul_overflow(base, base, &base)) return intOverflow(vm);
      }
      return Value::integer(result);
    }
    case kLShift:
      if (b < 0) return vm.raise(vm.eValueError, "negative shift count");
      if (a == 0) return Value::integer(0);
      if (b >= 63 || (a > 0 ? a > (INT64_MAX >> b) : a < (INT64_MIN >> b))) return intOverflow(vm);
      return Value::integer(int64_t(uint64_t(a) << b));
    case kRShift:
      if (b < 0) return vm.raise(vm.eValueError, "negative shift count");
      return Value::integer(b >= 64 ? (a < 0 ? -1 : 0) : a >> b);
    case kBitOr:
      return bothBool ? Value::boolean((a | b) != 0) : Value::integer(a | b);
    case kBitXor:
      return bothBool ? Value::boolean((a ^ b) != 0) : Value::integer(a ^ b);
    case kBitAnd:
      return bothBool ? Value::boolean((a & b) != 0) : Value::integer(a & b);
    default:
      return Value::undef();
  }
}

Value floatBinary(VM& vm, int op, double a, double b) {
  switch (op) {
    case kAdd:
      return Value::flt(a + b);
    case kSub:
      return Value::flt(a - b);
    case kMul:
      return Value::flt(a * b);
    case kDiv:
      if (b == 0) return vm.raise(vm.eZeroDivisionError, "float division by zero");
      return Value::flt(a / b);
    case kFloorDiv:
    case kMod: {
      if (b == 0)
        return vm.raise(vm.eZeroDivisionError,
                        op == kMod ? "float modulo" : "float floor division by zero");
      double mod = std::fmod(a, b);
      double div = (a - mod) / b;
      if (mod) {
        if ((b < 0) != (mod < 0)) {
          mod += b;
          div -= 1.0;
        }
      } else {
        mod = std::copysign(0.0, b);
      }
      double floordiv;
      if (div) {
        floordiv = std::floor(div);
        if (div - floordiv > 0.5) floordiv += 1.0;
      } else {
        floordiv = std::copysign(0.0, a / b);
      }
      return Value::flt(op == kMod ? mod : floordiv);
    }
    case kPow:
      if (a == 0 && b < 0)
        return vm.raise(vm.eZeroDivisionError, "0.0 cannot be raised to a negative power");
      if (a < 0 && b != std::floor(b))
        return vm.raise(vm.eValueError, "math domain error (complex results are not supported)");
      return Value::flt(std::pow(a, b));
    default:
      return Value::undef();
  }
}

bool isNumber(Value v) {
  return v.tag == Tag::Int || v.tag == Tag::Bool || v.tag == Tag::Float || isBigObj(v);
}
double toDouble(Value v) {
  if (isBigObj(v)) {
    auto r = static_cast<BigIntObj*>(v.o)->v.to_double();
    return r ? r.value() : (static_cast<BigIntObj*>(v.o)->v.is_negative() ? -HUGE_VAL : HUGE_VAL);
  }
  return v.tag == Tag::Float ? v.f : v.tag == Tag::Bool ? double(v.b) : double(v.i);
}
int64_t toInt(Value v) { return v.tag == Tag::Bool ? int64_t(v.b) : v.i; }

Value repeatSeq(VM& vm, Value seq, int64_t n) {
  if (n < 0) n = 0;
  if (isKind(seq, Kind::Str)) {
    const std::string& s = asStr(seq)->s();
    if (s.size() * size_t(n) > (size_t(1) << 30)) return vm.raise(vm.eMemoryError, "");
    std::string r;
    r.reserve(s.size() * size_t(n));
    for (int64_t i = 0; i < n; i++) r += s;
    return vm.newStr(std::move(r));
  }
  if (isKind(seq, Kind::Bytes)) {
    const std::string& s = static_cast<Bytes*>(seq.o)->s;
    std::string r;
    for (int64_t i = 0; i < n; i++) r += s;
    return Value::obj(vm.heap.make<Bytes>(vm.tBytes, std::move(r)));
  }
  const std::vector<Value>& items =
      isKind(seq, Kind::List) ? asList(seq)->items : asTuple(seq)->items;
  if (items.size() * size_t(n) > (size_t(1) << 28)) return vm.raise(vm.eMemoryError, "");
  std::vector<Value> r;
  r.reserve(items.size() * size_t(n));
  for (int64_t i = 0; i < n; i++) r.insert(r.end(), items.begin(), items.end());
  return isKind(seq, Kind::List) ? vm.newList(std::move(r)) : vm.newTuple(std::move(r));
}
}  // namespace

Value percentFormat(VM& vm, const std::string& fmt, Value args);
Value unionOr(VM& vm, Value a, Value b);               // union_type.cpp
Value genericAlias(VM& vm, Value origin, Value args);  // union_type.cpp
Value setBinary(VM& vm, int op, Set* a, Set* b, bool inplace);

Value VM::binaryOp(int opIn, Value a, Value b) {
  bool inplace = opIn >= kNumBinOps;
  int op = inplace ? opIn - kNumBinOps : opIn;
  if (op == kAdd && a.isObj() && b.isObj() && a.o->cls == tStr && b.o->cls == tStr)
    return concatStr(*this, asStr(a), asStr(b));  // `s += t` in a loop: the common case
  if (a.tag == Tag::Int && b.tag == Tag::Int) {  // what the dispatch loop leaves: %, //, <<, ...
    Value r = intBinary(*this, op, a.i, b.i, false);
    if (!r.isUndef()) return r;
  }
  // Operands of user subclasses of builtins go to their classes' methods (their builtin bases'
  // slot wrappers run binaryCore), as every other class's instances do.
  bool builtinOperands = !userSub(a) && !userSub(b);
  if (builtinOperands) {
    Value r = binaryCore(opIn, a, b);
    if (!r.identical(notImplemented)) return r;
  }
  // User-defined operators.
  Type* ta = typeOf(a);
  Type* tb = typeOf(b);
  if (inplace) {
    Value m = lookup(ta, intern(kIBinNames[op]));
    if (!m.isUndef() && !ta->isBuiltin) {
      Value r = call2(m, a, b);
      if (r.isErr() || !r.identical(notImplemented)) return r;
    }
  }
  bool tryReflectedFirst = tb != ta && tb->isSubtype(ta) && !tb->isBuiltin;
  // Builtin types handle their operators in binaryCore; only helper types (views) define
  // dunders natively that it does not run.
  auto noDunders = [&](Type* t) {
    return builtinOperands && t->isBuiltin &&
           (t->instanceKind != Kind::Misc || t == tInt || t == tBool || t == tFloat ||
            t == tNoneType);
  };
  Value lm = noDunders(ta) ? Value::undef() : lookup(ta, intern(kBinNames[op]));
  Value rm = (tb == ta || (builtinOperands && tb->isBuiltin)) ? Value::undef()
                                                              : lookup(tb, intern(kRBinNames[op]));
  if (tryReflectedFirst && !rm.isUndef()) {
    Value r = call2(rm, b, a);
    if (r.isErr() || !r.identical(notImplemented)) return r;
    rm = Value::undef();
  }
  if (!lm.isUndef()) {
    Value r = call2(lm, a, b);
    if (r.isErr() || !r.identical(notImplemented)) return r;
  }
  if (!rm.isUndef()) {
    Value r = call2(rm, b, a);
    if (r.isErr() || !r.identical(notImplemented)) return r;
  }
  if (op == kBitOr) {
    Value u = unionOr(*this, a, b);  // `int | None`: builtin classes have no reachable dunders
    if (!u.identical(notImplemented)) return u;
  }
  auto isSeq = [](Value v) {
    return isKind(v, Kind::Str) || isKind(v, Kind::List) || isKind(v, Kind::Tuple) ||
           isKind(v, Kind::Bytes);
  };
  if (op == kMul && (isSeq(a) || isSeq(b)))
    return raise(eTypeError, "can't multiply sequence by non-int of type '" +
                                 (isSeq(a) ? tb->name : ta->name) + "'");
  std::string sym = kBinSyms[op];
  if (inplace) sym = op == kPow ? "**=" : sym + "=";
  return raise(eTypeError, "unsupported operand type(s) for " + sym + ": '" + ta->name + "' and '" +
                               tb->name + "'");
}

Value VM::binaryCore(int opIn, Value a, Value b) {
  bool inplace = opIn >= kNumBinOps;
  int op = inplace ? opIn - kNumBinOps : opIn;
  if (isIntLike(a) && isIntLike(b)) {
    if (!isBigObj(a) && !isBigObj(b)) {
      Value r = intBinary(*this, op, toInt(a), toInt(b), a.tag == Tag::Bool && b.tag == Tag::Bool);
      if (!r.isUndef()) return r;
    }
    Value r = bigBinary(*this, op, a, b);
    if (!r.isUndef()) return r;
  } else if (isNumber(a) && isNumber(b)) {
    for (Value x : {a, b})
      if (isBigObj(x) && !static_cast<BigIntObj*>(x.o)->v.to_double())
        return raise(eOverflowError, "int too large to convert to float");
    Value r = floatBinary(*this, op, toDouble(a), toDouble(b));
    if (!r.isUndef()) return r;
  }
  if (a.isObj()) {
    Kind ka = a.o->kind;
    if (ka == Kind::Str) {
      if (op == kAdd && isKind(b, Kind::Str)) return concatStr(*this, asStr(a), asStr(b));
      if (op == kMul && (b.isInt() || b.isBool())) return repeatSeq(*this, a, toInt(b));
      if (op == kMod) return percentFormat(*this, asStr(a)->s(), b);
      if (op == kAdd && !isKind(b, Kind::Str) && !b.isObj())
        return raise(eTypeError, "can only concatenate str (not \"" + typeName(b) + "\") to str");
    } else if (ka == Kind::List) {
      if (op == kAdd && isKind(b, Kind::List)) {
        if (inplace) {
          auto& items = asList(a)->items;
          auto src = asList(b)->items;
          items.insert(items.end(), src.begin(), src.end());
          return a;
        }
        std::vector<Value> r = asList(a)->items;
        r.insert(r.end(), asList(b)->items.begin(), asList(b)->items.end());
        return newList(std::move(r));
      }
      if (op == kAdd && inplace) {
        std::vector<Value> items;
        if (!toList(b, items)) return Value::err();
        asList(a)->items.insert(asList(a)->items.end(), items.begin(), items.end());
        return a;
      }
      if (op == kMul && (b.isInt() || b.isBool())) {
        Value r = repeatSeq(*this, a, toInt(b));
        if (inplace && !r.isErr()) {
          asList(a)->items = asList(r)->items;
          return a;
        }
        return r;
      }
      if (op == kAdd)
        return raise(eTypeError, "can only concatenate list (not \"" + typeName(b) + "\") to list");
    } else if (ka == Kind::Tuple) {
      if (op == kAdd && isKind(b, Kind::Tuple)) {
        std::vector<Value> r = asTuple(a)->items;
        r.insert(r.end(), asTuple(b)->items.begin(), asTuple(b)->items.end());
        return newTuple(std::move(r));
      }
      if (op == kMul && (b.isInt() || b.isBool())) return repeatSeq(*this, a, toInt(b));
      if (op == kAdd)
        return raise(eTypeError,
                     "can only concatenate tuple (not \"" + typeName(b) + "\") to tuple");
    } else if (ka == Kind::Bytes) {
      if (op == kAdd && isKind(b, Kind::Bytes))
        return Value::obj(
            heap.make<Bytes>(tBytes, static_cast<Bytes*>(a.o)->s + static_cast<Bytes*>(b.o)->s));
      if (op == kMul && (b.isInt() || b.isBool())) return repeatSeq(*this, a, toInt(b));
    } else if (ka == Kind::Set && isKind(b, Kind::Set) &&
               (op == kBitOr || op == kBitAnd || op == kSub || op == kBitXor)) {
      return setBinary(*this, op, static_cast<Set*>(a.o), static_cast<Set*>(b.o), inplace);
    } else if (ka == Kind::Dict && op == kBitOr && isKind(b, Kind::Dict)) {
      Dict* d = inplace ? asDict(a) : newDict();
      Value dv = Value::obj(d);
      Roots r(*this, {dv});
      if (!inplace)
        for (auto& e : asDict(a)->entries)
          if (!e.key.isUndef() && !dictSet(*this, d, e.key, e.value)) return Value::err();
      for (auto& e : asDict(b)->entries)
        if (!e.key.isUndef() && !dictSet(*this, d, e.key, e.value)) return Value::err();
      return dv;
    }
  }
  if ((a.isInt() || a.isBool()) && op == kMul &&
      (isKind(b, Kind::Str) || isKind(b, Kind::List) || isKind(b, Kind::Tuple) ||
       isKind(b, Kind::Bytes)))
    return repeatSeq(*this, b, toInt(a));
  return notImplemented;
}

Value VM::unary(int op, Value a) {
  switch (a.tag) {
    case Tag::Int:
    case Tag::Bool: {
      int64_t v = toInt(a);
      if (op == kNeg) {
        if (v == INT64_MIN) return fromBig(*this, -num::BigInt(v));
        return Value::integer(-v);
      }
      if (op == kPos) return Value::integer(v);
      return Value::integer(~v);
    }
    case Tag::Float:
      if (op == kNeg) return Value::flt(-a.f);
      if (op == kPos) return a;
      return raise(eTypeError, "bad operand type for unary ~: 'float'");
    default:
      break;
  }
  if (isBigObj(a) && (!userSub(a) || userOverride(a, intern(op == kNeg   ? "__neg__"
                                                            : op == kPos ? "__pos__"
                                                                         : "__invert__"))
                                         .isUndef())) {
    const num::BigInt& b = static_cast<BigIntObj*>(a.o)->v;
    return op == kNeg ? fromBig(*this, -b) : op == kPos ? a : fromBig(*this, ~b);
  }
  const char* name = op == kNeg ? "__neg__" : op == kPos ? "__pos__" : "__invert__";
  Value m = lookup(typeOf(a), intern(name));
  if (isSlotWrapper(m))
    m = Value::undef();  // a builtin operand of another kind (a str, a list): no such operator
  if (!m.isUndef()) return call1(m, a);
  return raise(eTypeError, std::string("bad operand type for unary ") +
                               (op == kNeg   ? "-"
                                : op == kPos ? "+"
                                             : "~") +
                               ": '" + typeName(a) + "'");
}

int VM::truthy(Value v) {
  switch (v.tag) {
    case Tag::None:
      return 0;
    case Tag::Bool:
      return v.b;
    case Tag::Int:
      return v.i != 0;
    case Tag::Float:
      return v.f != 0;
    case Tag::Obj:
      break;
    default:
      return 0;
  }
  if (userSub(v)) {
    Value m = userOverride(v, dn.x_bool);
    bool isLen = m.isUndef();
    if (isLen) m = userOverride(v, dn.x_len);
    if (!m.isUndef()) {
      Value r = call1(m, v);
      if (r.isErr()) return -1;
      if (!isLen && !r.isBool()) {
        raise(eTypeError, "__bool__ should return bool, returned " + typeName(r));
        return -1;
      }
      return truthy(r);
    }
  }
  switch (v.o->kind) {
    case Kind::BigInt:
      return !static_cast<BigIntObj*>(v.o)->v.is_zero();
    case Kind::Str:
      return !asStr(v)->s().empty();
    case Kind::Bytes:
      return !static_cast<Bytes*>(v.o)->s.empty();
    case Kind::List:
      return !asList(v)->items.empty();
    case Kind::Tuple:
      return !asTuple(v)->items.empty();
    case Kind::Dict:
      return asDict(v)->used != 0;
    case Kind::Set:
      return static_cast<Set*>(v.o)->t.used != 0;
    case Kind::Range:
      return static_cast<Range*>(v.o)->length() != 0;
    case Kind::Instance:
    case Kind::Exception: {
      Type* t = typeOf(v);
      if (t->isBuiltin && v.o->kind == Kind::Exception) return 1;
      Value m = lookup(t, dn.x_bool);
      if (!m.isUndef()) {
        Value r = call1(m, v);
        if (r.isErr()) return -1;
        if (!r.isBool()) {
          raise(eTypeError, "__bool__ should return bool, returned " + typeName(r));
          return -1;
        }
        return r.b;
      }
      m = lookup(t, dn.x_len);
      if (!m.isUndef()) {
        Value r = call1(m, v);
        if (r.isErr()) return -1;
        if (!r.isInt()) {
          raise(eTypeError, "'" + typeName(r) + "' object cannot be interpreted as an integer");
          return -1;
        }
        return r.i != 0;
      }
      return 1;
    }
    default:
      return 1;
  }
}

// ---- comparison ----
namespace {
int cmpStrings(const std::string& a, const std::string& b) {
  int c = a.compare(b);
  return c < 0 ? -1 : c > 0 ? 1 : 0;
}
bool applyCmp(int op, int c) {
  switch (op) {
    case kLt:
      return c < 0;
    case kLe:
      return c <= 0;
    case kEq:
      return c == 0;
    case kNe:
      return c != 0;
    case kGt:
      return c > 0;
    default:
      return c >= 0;
  }
}
const char* cmpSym(int op) {
  switch (op) {
    case kLt:
      return "<";
    case kLe:
      return "<=";
    case kEq:
      return "==";
    case kNe:
      return "!=";
    case kGt:
      return ">";
    default:
      return ">=";
  }
}
const char* const kCmpNames[] = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};
const int kSwapped[] = {kGt, kGe, kEq, kNe, kLt, kLe};
}  // namespace

int VM::equals(Value a, Value b) {
  if (a.tag == Tag::Obj && b.tag == Tag::Obj && a.o == b.o) {
    if (a.o->kind != Kind::Instance) return 1;
  }
  if (a.tag == Tag::Int && b.tag == Tag::Int) return a.i == b.i;
  Value r = compare(kEq, a, b);
  if (r.isErr()) return -1;
  return r.b ? 1 : 0;
}

Value setCompare(VM& vm, int op, Set* a, Set* b);

Value VM::compare(int op, Value a, Value b) {
  if (op == kIs) return Value::boolean(a.identical(b));
  if (op == kIsNot) return Value::boolean(!a.identical(b));
  if (op == kIn || op == kNotIn) {
    int r = contains(b, a);
    if (r < 0) return Value::err();
    return Value::boolean(op == kIn ? r == 1 : r == 0);
  }
  bool builtinOperands = !userSub(a) && !userSub(b);
  if (builtinOperands) {
    Value r = compareCore(op, a, b);
    if (!r.identical(notImplemented)) return r;
  }
  // Calling methods: a level, as CPython's PyObject_RichCompare.
  Level level(*this, " in comparison");
  if (!level.ok()) return Value::err();
  Type* ta = typeOf(a);
  Type* tb = typeOf(b);
  bool reflectedFirst = tb != ta && tb->isSubtype(ta) && !tb->isBuiltin;
  auto tryCall = [&](Type* t, Value self, Value other, int o) -> Value {
    if (t->isBuiltin && builtinOperands &&
        (t->instanceKind != Kind::Misc || t == tFloat || t == tBool || t == tNoneType))
      return notImplemented;  // compareCore has answered for these
    Value m = lookup(t, intern(kCmpNames[o]));
    if (m.isUndef()) {
      if (o == kNe) {
        Value eqm = lookup(t, dn.x_eq);
        if (eqm.isUndef()) return notImplemented;
        Value r = call2(eqm, self, other);
        if (r.isErr() || r.identical(notImplemented)) return r;
        int tr = truthy(r);
        if (tr < 0) return Value::err();
        return Value::boolean(!tr);
      }
      return notImplemented;
    }
    return call2(m, self, other);
  };
  if (reflectedFirst) {
    Value r = tryCall(tb, b, a, kSwapped[op]);
    if (r.isErr() || !r.identical(notImplemented)) return r;
  }
  Value r = tryCall(ta, a, b, op);
  if (r.isErr() || !r.identical(notImplemented)) return r;
  if (!reflectedFirst) {
    r = tryCall(tb, b, a, kSwapped[op]);
    if (r.isErr() || !r.identical(notImplemented)) return r;
  }
  if (op == kEq) return Value::boolean(a.identical(b));
  if (op == kNe) return Value::boolean(!a.identical(b));
  return raise(eTypeError, std::string("'") + cmpSym(op) +
                               "' not supported between instances of '" + ta->name + "' and '" +
                               tb->name + "'");
}

// Comparisons the builtin types make themselves (numbers, strs, bytes, containers' items).
Value VM::compareCore(int op, Value a, Value b) {
  // Exact int/float comparison: ints beyond 2**53 are not representable as doubles.
  auto bigInt64 = [](Value v) {
    return v.isInt() && (v.i > (int64_t(1) << 53) || v.i < -(int64_t(1) << 53));
  };
  if (isNumber(a) && isNumber(b) &&
      (isBigObj(a) || isBigObj(b) ||
       ((bigInt64(a) || bigInt64(b)) && (a.isFloat() || b.isFloat())))) {
    int c;
    if (isIntLike(a) && isIntLike(b)) {
      auto o = toBig(a) <=> toBig(b);
      c = o < 0 ? -1 : o > 0 ? 1 : 0;
    } else {
      bool aBig = isIntLike(a);
      double d = aBig ? toDouble(b) : toDouble(a);
      if (std::isnan(d)) return Value::boolean(op == kNe);
      auto r = toBig(aBig ? a : b).compare_with_double(d);
      int cc = r ? *r : 0;
      c = aBig ? cc : -cc;
    }
    return Value::boolean(applyCmp(op, c));
  }
  if (isNumber(a) && isNumber(b)) {
    if (a.tag != Tag::Float && b.tag != Tag::Float) {
      int64_t x = toInt(a), y = toInt(b);
      return Value::boolean(applyCmp(op, x < y ? -1 : x > y ? 1 : 0));
    }
    double x = toDouble(a), y = toDouble(b);
    if (std::isnan(x) || std::isnan(y)) return Value::boolean(op == kNe);
    return Value::boolean(applyCmp(op, x < y ? -1 : x > y ? 1 : 0));
  }
  if (a.isObj() && b.isObj() && a.o->kind == b.o->kind) {
    if (a.o->kind == Kind::Str)
      return Value::boolean(applyCmp(op, cmpStrings(asStr(a)->s(), asStr(b)->s())));
    if (a.o->kind == Kind::Bytes)
      return Value::boolean(
          applyCmp(op, cmpStrings(static_cast<Bytes*>(a.o)->s, static_cast<Bytes*>(b.o)->s)));
  }
  // What follows compares items or calls methods: a level, as CPython's PyObject_RichCompare.
  Level level(*this, " in comparison");
  if (!level.ok()) return Value::err();
  if (a.isObj() && b.isObj() && a.o->kind == b.o->kind) {
    switch (a.o->kind) {
      case Kind::List:
      case Kind::Tuple: {
        const auto& x = a.o->kind == Kind::List ? asList(a)->items : asTuple(a)->items;
        const auto& y = b.o->kind == Kind::List ? asList(b)->items : asTuple(b)->items;
        if ((op == kEq || op == kNe) && x.size() != y.size()) return Value::boolean(op == kNe);
        size_t i = 0;
        for (; i < x.size() && i < y.size(); i++) {
          Value xi = x[i], yi = y[i];
          int e = equals(xi, yi);
          if (e < 0) return Value::err();
          if (!e) break;
        }
        if (i >= x.size() || i >= y.size()) {
          int c = x.size() < y.size() ? -1 : x.size() > y.size() ? 1 : 0;
          return Value::boolean(applyCmp(op, c));
        }
        if (op == kEq) return Value::boolean(false);
        if (op == kNe) return Value::boolean(true);
        return compare(op, x[i], y[i]);
      }
      case Kind::Dict: {
        if (op != kEq && op != kNe) break;
        Dict* x = asDict(a);
        Dict* y = asDict(b);
        if (x->used != y->used) return Value::boolean(op == kNe);
        for (auto& e : x->entries) {
          if (e.key.isUndef()) continue;
          Value v = dictGet(*this, y, e.key);
          if (v.isErr()) return v;
          if (v.isUndef()) return Value::boolean(op == kNe);
          int eq = equals(e.value, v);
          if (eq < 0) return Value::err();
          if (!eq) return Value::boolean(op == kNe);
        }
        return Value::boolean(op == kEq);
      }
      case Kind::Set:
        return setCompare(*this, op, static_cast<Set*>(a.o), static_cast<Set*>(b.o));
      case Kind::BoundMethod: {
        // As CPython: the same instance (by identity) and equal functions.
        if (op != kEq && op != kNe) break;
        BoundMethod* x = static_cast<BoundMethod*>(a.o);
        BoundMethod* y = static_cast<BoundMethod*>(b.o);
        int eq = x->self.identical(y->self) ? equals(x->func, y->func) : 0;
        if (eq < 0) return Value::err();
        return Value::boolean(op == kEq ? eq == 1 : eq == 0);
      }
      case Kind::Range: {
        if (op != kEq && op != kNe) break;
        Range* x = static_cast<Range*>(a.o);
        Range* y = static_cast<Range*>(b.o);
        int64_t lx = x->length(), ly = y->length();
        bool eq =
            lx == ly && (lx == 0 || (x->start == y->start && (lx == 1 || x->step == y->step)));
        return Value::boolean(op == kEq ? eq : !eq);
      }
      default:
        break;
    }
  }
  return notImplemented;
}

// ---- hashing ----
// CPython's tuplehash (xxHash's lanes). CPython hashes nested tuples without a recursion check,
// so a 100,000-deep one has a hash there: the tuples inside are walked with an explicit stack
// (its first 16 entries on the C++ stack), not with the C++ one.
bool VM::hashTuple(Tuple* t, int64_t& out) {
  constexpr uint64_t P1 = 11400714785074694791ULL, P2 = 14029467366897019727ULL,
                     P5 = 2870177450012600261ULL;
  struct Open {
    const Tuple* t;
    size_t next;
    uint64_t acc;
  };
  Open small[16];
  std::vector<Open> more;
  size_t depth = 0;
  auto at = [&](size_t d) -> Open& { return d < 16 ? small[d] : more[d - 16]; };
  auto open = [&](const Tuple* u) {
    if (depth >= 16) more.resize(depth - 15);
    at(depth++) = {u, 0, P5};
  };
  open(t);
  for (;;) {
    Open& top = at(depth - 1);
    int64_t lane;
    if (top.next < top.t->items.size()) {
      Value item = top.t->items[top.next++];
      if (item.isObj() && item.o->kind == Kind::Tuple) {
        open(static_cast<const Tuple*>(item.o));
        continue;
      }
      if (!hash(item, lane)) return false;
    } else {
      uint64_t acc = top.acc + (top.t->items.size() ^ (P5 ^ 3527539UL));
      lane = acc == uint64_t(-1) ? 1546275796 : int64_t(acc);
      if (--depth == 0) {
        out = lane;
        return true;
      }
    }
    Open& into = at(depth - 1);
    into.acc += uint64_t(lane) * P2;
    into.acc = (into.acc << 31) | (into.acc >> 33);
    into.acc *= P1;
  }
}

bool VM::hash(Value v, int64_t& out) {
  switch (v.tag) {
    case Tag::Int:
      out = hashInt(v.i);
      return true;
    case Tag::Bool:
      out = v.b;
      return true;
    case Tag::Float:
      out = num::float_hash(v.f);
      return true;
    case Tag::None:
      out = 0x5f3759df;
      return true;
    case Tag::Obj:
      break;
    default:
      out = 0;
      return true;
  }
  if (v.o->kind == Kind::Str && v.o->cls == tStr) {  // dict keys: the common case
    out = strHash(asStr(v));
    return true;
  }
  if (userSub(v)) {
    Value m = userOverride(v, dn.x_hash);
    if (m.isNone()) {
      raise(eTypeError, "unhashable type: '" + typeName(v) + "'");
      return false;
    }
    if (!m.isUndef()) {
      Value r = call1(m, v);
      if (r.isErr()) return false;
      if (!r.isInt() && !r.isBool()) {
        raise(eTypeError, "__hash__ method should return an integer");
        return false;
      }
      out = r.isBool() ? r.b : r.i == -1 ? -2 : r.i;  // the value itself, as CPython
      return true;
    }
  }
  return hashCore(v, out);
}

bool VM::hashCore(Value v, int64_t& out) {
  switch (v.o->kind) {
    case Kind::BigInt:
      out = static_cast<BigIntObj*>(v.o)->v.hash();
      return true;
    case Kind::Str:
      out = strHash(asStr(v));
      return true;
    case Kind::Bytes:
      out = hashBytes(static_cast<Bytes*>(v.o)->s);
      return true;
    case Kind::Tuple:
      return hashTuple(asTuple(v), out);
    case Kind::Set: {
      Set* s = static_cast<Set*>(v.o);
      if (!s->frozen) break;
      if (s->hash != -1) {
        out = s->hash;
        return true;
      }
      uint64_t h = 0;
      for (auto& slot : s->t.table) {
        if (slot.key.isUndef() || slot.key.isErr()) continue;
        uint64_t x = uint64_t(slot.hash);
        h ^= ((x ^ 89869747UL) ^ (x << 16)) * 3644798167UL;
      }
      if ((s->t.table.size() - s->t.used) & 1) {
      }
      h ^= (uint64_t(s->t.used) + 1) * 1927868237UL;
      h ^= (h >> 11) ^ (h >> 25);
      h = h * 69069U + 907133923UL;
      if (h == uint64_t(-1)) h = 590923713UL;
      s->hash = int64_t(h);
      out = int64_t(h);
      return true;
    }
    case Kind::List:
    case Kind::Dict:
      break;
    case Kind::Instance:
    case Kind::Exception: {
      Type* t = typeOf(v);
      Value m = lookup(t, dn.x_hash);
      if (m.isNone()) break;
      if (!m.isUndef() && !(m.isObj() && m.o->kind == Kind::Native)) {
        Value r = call1(m, v);
        if (r.isErr()) return false;
        if (!r.isInt() && !r.isBool()) {
          raise(eTypeError, "__hash__ method should return an integer");
          return false;
        }
        out = r.isBool() ? r.b : r.i == -1 ? -2 : r.i;  // the value itself, as CPython
        return true;
      }
      out = int64_t(reinterpret_cast<uintptr_t>(v.o) >> 4);
      return true;
    }
    case Kind::BoundMethod: {
      // Consistent with equality: the instance's identity and the function's hash.
      BoundMethod* m = static_cast<BoundMethod*>(v.o);
      int64_t self = 0, func = 0;
      if (m->self.isObj())
        self = int64_t(reinterpret_cast<uintptr_t>(m->self.o) >> 4);
      else if (!hash(m->self, self))
        return false;
      if (!hash(m->func, func)) return false;
      out = self ^ func;
      if (out == -1) out = -2;
      return true;
    }
    default:
      out = int64_t(reinterpret_cast<uintptr_t>(v.o) >> 4);
      return true;
  }
  raise(eTypeError, "unhashable type: '" + typeName(v) + "'");
  return false;
}

// ---- repr / str ----
std::string reprString(const std::string& s);
std::string reprBytes(const std::string& s);
std::string addressOf(const void* p) {
  std::string out = "0x";
  num::append_hex(out, reinterpret_cast<uintptr_t>(p));
  return out;
}

std::string qualifiedTypeName(VM& vm, Type* t) {
  if (t->isBuiltin && !t->module.isObj()) return t->name;
  std::string mod =
      t->module.isObj() && t->module.o->kind == Kind::Str ? asStr(t->module)->s() : "builtins";
  if (mod == "builtins") return t->name;
  Value qn = dictGetStr(t->dict, vm.intern("__qualname__"));
  return mod + "." + (isKind(qn, Kind::Str) ? asStr(qn)->s() : t->name);
}

namespace {
thread_local std::vector<Obj*> reprStack;
struct ReprGuard {
  bool recursive = false;
  Obj* o;
  explicit ReprGuard(Obj* obj) : o(obj) {
    for (Obj* x : reprStack)
      if (x == obj) recursive = true;
    if (!recursive) reprStack.push_back(obj);
  }
  ~ReprGuard() {
    if (!recursive) reprStack.pop_back();
  }
};
}  // namespace

std::string exceptionStr(VM& vm, Value exc, bool& ok);

bool VM::reprInto(std::string& out, Value v) {
  switch (v.tag) {
    case Tag::None:
      out += "None";
      return true;
    case Tag::Bool:
      out += v.b ? "True" : "False";
      return true;
    case Tag::Int:
      out += std::to_string(v.i);
      return true;
    case Tag::Float:
      out += num::float_repr(v.f);
      return true;
    case Tag::Obj:
      break;
    default:
      out += "<undef>";
      return true;
  }
  Obj* o = v.o;
  if (o->kind == Kind::Str && o->cls == tStr) {
    out += reprString(asStr(v)->s());
    return true;
  }
  // As CPython's PyObject_Repr: a level for whatever may recurse (items, a __repr__ method).
  Level level(*this, " while getting the repr of an object");
  if (!level.ok()) return false;
  return reprObject(out, v);
}

// repr() of an object, without the level reprInto() takes: str() of an object without __str__
// is its repr, and CPython's object_str calls the type's repr directly.
bool VM::reprObject(std::string& out, Value v) {
  if (userSub(v)) {
    Value m = userOverride(v, dn.x_repr);
    if (!m.isUndef()) {
      Value r = call1(m, v);
      if (r.isErr()) return false;
      if (!isKind(r, Kind::Str)) {
        raise(eTypeError, "__repr__ returned non-string (type " + typeName(r) + ")");
        return false;
      }
      out += asStr(r)->s();
      return true;
    }
  }
  return reprCore(out, v);
}

// The builtin types' own reprs, and for other objects their classes' __repr__.
bool VM::reprCore(std::string& out, Value v) {
  Obj* o = v.o;
  switch (o->kind) {
    case Kind::BigInt: {
      auto r = static_cast<BigIntObj*>(o)->v.to_decimal_string(num::BigInt::kDefaultMaxStrDigits);
      if (!r) {
        raiseNumError(*this, r.error());
        return false;
      }
      out += r.value();
      return true;
    }
    case Kind::Str:
      out += reprString(asStr(v)->s());
      return true;
    case Kind::Bytes:
      out += reprBytes(static_cast<Bytes*>(o)->s);
      return true;
    case Kind::List:
    case Kind::Tuple: {
      bool isList = o->kind == Kind::List;
      ReprGuard g(o);
      if (g.recursive) {
        out += isList ? "[...]" : "(...)";
        return true;
      }
      out += isList ? "[" : "(";
      const auto& items = isList ? asList(v)->items : asTuple(v)->items;
      for (size_t i = 0; i < items.size(); i++) {
        if (i) out += ", ";
        nativeDepth++;
        bool ok = reprInto(out, items[i]);
        nativeDepth--;
        if (!ok) return false;
      }
      if (!isList && items.size() == 1) out += ",";
      out += isList ? "]" : ")";
      return true;
    }
    case Kind::Dict: {
      ReprGuard g(o);
      if (g.recursive) {
        out += "{...}";
        return true;
      }
      out += "{";
      bool first = true;
      Dict* d = asDict(v);
      for (size_t i = 0; i < d->entries.size(); i++) {
        Dict::Entry e = d->entries[i];
        if (e.key.isUndef()) continue;
        if (!first) out += ", ";
        first = false;
        nativeDepth++;
        bool ok = reprInto(out, e.key);
        out += ": ";
        ok = ok && reprInto(out, e.value);
        nativeDepth--;
        if (!ok) return false;
      }
      out += "}";
      return true;
    }
    case Kind::Set: {
      Set* s = static_cast<Set*>(o);
      std::string name = s->frozen ? "frozenset" : "set";
      if (s->t.used == 0) {
        out += name + "()";
        return true;
      }
      ReprGuard g(o);
      if (g.recursive) {
        out += name + "(...)";
        return true;
      }
      if (s->frozen) out += "frozenset(";
      out += "{";
      bool first = true;
      std::vector<Value> keys;
      setEach(s, [&](Value k) { keys.push_back(k); });
      for (Value k : keys) {
        if (!first) out += ", ";
        first = false;
        if (!reprInto(out, k)) return false;
      }
      out += "}";
      if (s->frozen) out += ")";
      return true;
    }
    case Kind::Range: {
      Range* r = static_cast<Range*>(o);
      out += "range(" + std::to_string(r->start) + ", " + std::to_string(r->stop);
      if (r->step != 1) out += ", " + std::to_string(r->step);
      out += ")";
      return true;
    }
    case Kind::Slice: {
      Slice* s = static_cast<Slice*>(o);
      out += "slice(";
      if (!reprInto(out, s->start)) return false;
      out += ", ";
      if (!reprInto(out, s->stop)) return false;
      out += ", ";
      if (!reprInto(out, s->step)) return false;
      out += ")";
      return true;
    }
    case Kind::Function:
      out += "<function " + static_cast<Function*>(o)->qualname->s() + " at " + addressOf(o) + ">";
      return true;
    case Kind::Native:
      if (static_cast<Native*>(o)->slot) {
        out += "<slot wrapper '" + slotWrapperName(static_cast<Native*>(o)->slot) + "' of '" +
               asType(static_cast<Native*>(o)->bound)->name + "' objects>";
        return true;
      }
      out += std::string("<built-in function ") + static_cast<Native*>(o)->name + ">";
      return true;
    case Kind::BoundMethod: {
      BoundMethod* bm = static_cast<BoundMethod*>(o);
      if (isSlotWrapper(bm->func)) {
        out += "<method-wrapper '" + slotWrapperName(static_cast<Native*>(bm->func.o)->slot) +
               "' of " + typeName(bm->self) + " object at " +
               addressOf(bm->self.isObj() ? bm->self.o : nullptr) + ">";
        return true;
      }
      if (isKind(bm->func, Kind::Native)) {
        std::string n = static_cast<Native*>(bm->func.o)->name;
        size_t dot = n.rfind('.');
        out += "<built-in method " + (dot == std::string::npos ? n : n.substr(dot + 1)) + " of " +
               typeName(bm->self) + " object at " +
               addressOf(bm->self.isObj() ? bm->self.o : nullptr) + ">";
        return true;
      }
      out += "<bound method ";
      if (isKind(bm->func, Kind::Function))
        out += static_cast<Function*>(bm->func.o)->qualname->s();
      out += " of ";
      if (!reprInto(out, bm->self)) return false;
      out += ">";
      return true;
    }
    case Kind::Type:
      out += "<class '" + qualifiedTypeName(*this, asType(v)) + "'>";
      return true;
    case Kind::Module:
      out += "<module '" + static_cast<Module*>(o)->name->s() + "' (built-in)>";
      return true;
    case Kind::Generator: {
      Generator* g = static_cast<Generator*>(o);
      const char* k = g->gkind == GenKind::Coroutine        ? "coroutine"
                      : g->gkind == GenKind::AsyncGenerator ? "async_generator"
                                                            : "generator";
      out += std::string("<") + k + " object " + g->qualname->s() + " at " + addressOf(o) + ">";
      return true;
    }
    case Kind::Cell:
      out += "<cell at " + addressOf(o) + ">";
      return true;
    case Kind::Code:
      out += "<code object " + static_cast<Code*>(o)->name + " at " + addressOf(o) + ">";
      return true;
    case Kind::Super:
      out += "<super: <class '" + static_cast<Super*>(o)->type->name + "'>, <" +
             typeName(static_cast<Super*>(o)->self) + " object>>";
      return true;
    case Kind::Property:
      out += "<property object at " + addressOf(o) + ">";
      return true;
    case Kind::StaticMethod:
      out += "<staticmethod(";
      if (!reprInto(out, static_cast<Wrapper*>(o)->a)) return false;
      out += ")>";
      return true;
    case Kind::ClassMethod:
      out += "<classmethod(";
      if (!reprInto(out, static_cast<Wrapper*>(o)->a)) return false;
      out += ")>";
      return true;
    default:
      break;
  }
  Type* t = typeOf(v);
  Value m = lookup(t, dn.x_repr);
  if (!m.isUndef() && !isKind(m, Kind::Native)) {
    nativeDepth++;
    Value r = call1(m, v);
    nativeDepth--;
    if (r.isErr()) return false;
    if (!isKind(r, Kind::Str)) {
      raise(eTypeError, "__repr__ returned non-string (type " + typeName(r) + ")");
      return false;
    }
    out += asStr(r)->s();
    return true;
  }
  if (!m.isUndef() && isKind(m, Kind::Native) &&
      std::strcmp(static_cast<Native*>(m.o)->name, "object.__repr__") != 0) {
    Value r = call1(m, v);
    if (r.isErr()) return false;
    out += asStr(r)->s();
    return true;
  }
  if (o->kind == Kind::Exception) {
    Exception* e = static_cast<Exception*>(o);
    out += t->name + "(";
    Tuple* args = asTuple(e->args);
    if (t->isSubtype(eBaseExceptionGroup) && args->items.size() == 2) {
      if (!reprInto(out, args->items[0])) return false;
      out += ", ";
      if (!reprInto(out, args->items[1])) return false;
    } else {
      for (size_t i = 0; i < args->items.size(); i++) {
        if (i) out += ", ";
        if (!reprInto(out, args->items[i])) return false;
      }
    }
    out += ")";
    return true;
  }
  out += "<" + qualifiedTypeName(*this, t) + " object at " + addressOf(o) + ">";
  return true;
}

bool VM::strInto(std::string& out, Value v) {
  if (v.isObj()) {
    if (v.o->kind == Kind::Str && (v.o->cls == tStr || userOverride(v, dn.x_str).isUndef())) {
      out += asStr(v)->s();
      return true;
    }
    Level level(*this, " while getting the str of an object");
    if (!level.ok()) return false;
    Type* t = typeOf(v);
    Value m = lookup(t, dn.x_str);
    if (!m.isUndef() && !isKind(m, Kind::Native)) {
      Value r = call1(m, v);
      if (r.isErr()) return false;
      if (!isKind(r, Kind::Str)) {
        raise(eTypeError, "__str__ returned non-string (type " + typeName(r) + ")");
        return false;
      }
      out += asStr(r)->s();
      return true;
    }
    if (v.o->kind == Kind::Exception) {
      bool ok = true;
      out += exceptionStr(*this, v, ok);
      return ok;
    }
    return reprObject(out, v);
  }
  return reprInto(out, v);
}

Value VM::repr(Value v) {
  std::string s;
  if (!reprInto(s, v)) return Value::err();
  return newStr(std::move(s));
}
Value VM::str(Value v) {
  if (isKind(v, Kind::Str) && v.o->cls == tStr) return v;
  std::string s;
  if (!strInto(s, v)) return Value::err();
  return newStr(std::move(s));
}

std::string reprString(const std::string& s) {
  bool hasSingle = s.find('\'') != std::string::npos;
  bool hasDouble = s.find('"') != std::string::npos;
  char q = hasSingle && !hasDouble ? '"' : '\'';
  std::string out(1, q);
  for (size_t i = 0; i < s.size(); i++) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c == static_cast<unsigned char>(q) || c == '\\') {
      out += '\\';
      out += char(c);
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\r') {
      out += "\\r";
    } else if (c == '\t') {
      out += "\\t";
    } else if (c < 0x20 || c == 0x7f) {
      out += "\\x";
      num::append_hex(out, c, 2);
    } else {
      out += char(c);
    }
  }
  out += q;
  return out;
}

std::string reprBytes(const std::string& s) {
  bool hasSingle = s.find('\'') != std::string::npos;
  bool hasDouble = s.find('"') != std::string::npos;
  char q = hasSingle && !hasDouble ? '"' : '\'';
  std::string out = "b";
  out += q;
  for (unsigned char c : s) {
    if (c == static_cast<unsigned char>(q) || c == '\\') {
      out += '\\';
      out += char(c);
    } else if (c == '\n')
      out += "\\n";
    else if (c == '\r')
      out += "\\r";
    else if (c == '\t')
      out += "\\t";
    else if (c < 0x20 || c >= 0x7f) {
      out += "\\x";
      num::append_hex(out, c, 2);
    } else
      out += char(c);
  }
  out += q;
  return out;
}

// ---- iteration ----
Value VM::getIter(Value v) {
  if (v.isObj() && (!userSub(v) || userOverride(v, dn.x_iter).isUndef())) {
    Value r = iterCore(v);
    if (!r.isUndef()) return r;
  }
  Type* t = typeOf(v);
  Value m = lookup(t, dn.x_iter);
  if (!m.isUndef() && !isSlotWrapper(m)) {
    Value it = call1(m, v);
    if (it.isErr()) return it;
    Type* it_t = typeOf(it);
    if (lookup(it_t, dn.x_next).isUndef() && !isKind(it, Kind::Iterator) &&
        !isKind(it, Kind::Generator))
      return raise(eTypeError, "iter() returned non-iterator of type '" + it_t->name + "'");
    return it;
  }
  if (!t->isBuiltin) {
    Value gi = lookup(t, dn.x_getitem);
    if (!gi.isUndef()) return Value::obj(heap.make<GetItemIter>(tIterator, v));
  }
  if (isKind(v, Kind::Generator)) {
    Generator* g = static_cast<Generator*>(v.o);
    if (g->gkind == GenKind::AsyncGenerator)
      return raise(eTypeError, "'async_generator' object is not iterable");
    return raise(eTypeError, "'coroutine' object is not iterable");
  }
  return raise(eTypeError, "'" + t->name + "' object is not iterable");
}

Value VM::iterCore(Value v) {
  {
    switch (v.o->kind) {
      case Kind::List:
        return Value::obj(heap.make<SeqIter>(tIterator, v, "list_iterator"));
      case Kind::Tuple:
        return Value::obj(heap.make<SeqIter>(tIterator, v, "tuple_iterator"));
      case Kind::Str:
        return Value::obj(heap.make<StrIter>(tIterator, asStr(v)));
      case Kind::Bytes:
        return Value::obj(heap.make<SeqIter>(tIterator, v, "bytes_iterator"));
      case Kind::Range: {
        Range* r = static_cast<Range*>(v.o);
        return Value::obj(heap.make<RangeIter>(tIterator, r->start, r->step, r->length()));
      }
      case Kind::Dict:
        return Value::obj(heap.make<DictIter>(tIterator, asDict(v), DictIter::Keys));
      case Kind::Set:
        return Value::obj(heap.make<SetIter>(tIterator, static_cast<Set*>(v.o)));
      case Kind::Iterator:
        return v;
      case Kind::Generator:
        if (static_cast<Generator*>(v.o)->gkind == GenKind::Generator) return v;
        break;
      default:
        break;
    }
  }
  return Value::undef();
}

Value VM::next(Value it) {
  if (it.isObj()) {
    if (it.o->kind == Kind::Iterator) return static_cast<Iterator*>(it.o)->next(*this);
    if (it.o->kind == Kind::Generator) {
      Generator* g = static_cast<Generator*>(it.o);
      if (g->gkind == GenKind::Generator) {
        ResumeResult r = resume(g, Value::none(), Value::none());
        if (r.status == ResumeStatus::Yielded) return r.value;
        if (r.status == ResumeStatus::Returned) {
          lastStopValue = r.value;
          return Value::undef();
        }
        return raiseValue(r.value);
      }
    }
  }
  Type* t = typeOf(it);
  Value m = lookup(t, dn.x_next);
  if (m.isUndef()) return raise(eTypeError, "'" + t->name + "' object is not an iterator");
  Value r = call1(m, it);
  if (r.isErr() && pendingIs(eStopIteration)) {
    Value si = takePending();
    Tuple* a = asTuple(static_cast<Exception*>(si.o)->args);
    lastStopValue = a->items.empty() ? Value::none() : a->items[0];
    return Value::undef();
  }
  return r;
}

Value VM::nextInto(Value it, YieldSink& sink) {
  YieldSink* outer = yieldSink;
  yieldSink = &sink;
  Value v = next(it);
  yieldSink = outer;
  return v;
}

namespace {
// toList's YieldSink: the list is not visible to Python code before toList returns.
bool appendItem(YieldSink& s, Value v) {
  asList(s.acc)->items.push_back(v);
  return true;
}
}  // namespace

bool VM::toList(Value iterable, std::vector<Value>& out) {
  if (isKind(iterable, Kind::List)) {
    out = asList(iterable)->items;
    return true;
  }
  if (isKind(iterable, Kind::Tuple)) {
    out = asTuple(iterable)->items;
    return true;
  }
  Value it = getIter(iterable);
  if (it.isErr()) return false;
  Roots r(*this, {it});
  // Items collected so far must stay alive while Python code runs: keep them in a rooted list.
  List* acc = heap.make<List>(tList);
  Roots r2(*this, {Value::obj(acc)});
  // A generator's items are appended inside its frame (YieldSink).
  YieldSink sink{isKind(it, Kind::Generator) ? static_cast<Generator*>(it.o) : nullptr, appendItem,
                 Value::obj(acc)};
  for (;;) {
    Value v = nextInto(it, sink);
    if (v.isErr()) return false;
    if (v.isUndef()) break;
    appendItem(sink, v);
  }
  out = std::move(acc->items);
  return true;
}

// ---- subscripting ----
bool VM::indexValue(Value v, int64_t& out) {
  if (v.isInt()) {
    out = v.i;
    return true;
  }
  if (v.isBool()) {
    out = v.b;
    return true;
  }
  if (isBigObj(v)) {
    if (auto small = static_cast<BigIntObj*>(v.o)->v.to_int64()) {  // an int subclass's value
      out = *small;
      return true;
    }
    raise(eIndexError, "cannot fit 'int' into an index-sized integer");
    return false;
  }
  Value m = lookup(typeOf(v), dn.x_index);
  if (!m.isUndef() && !typeOf(v)->isBuiltin) {
    Value r = call1(m, v);
    if (r.isErr()) return false;
    if (r.isInt()) {
      out = r.i;
      return true;
    }
  }
  raise(eTypeError, "'" + typeName(v) + "' object cannot be interpreted as an integer");
  return false;
}

bool sliceIndices(VM& vm, Slice* s, int64_t len, int64_t& start, int64_t& stop, int64_t& step) {
  step = 1;
  if (!s->step.isNone()) {
    if (!vm.indexValue(s->step, step)) {
      vm.takePending();
      vm.raise(vm.eTypeError, "slice indices must be integers or None or have an __index__ method");
      return false;
    }
    if (step == 0) {
      vm.raise(vm.eValueError, "slice step cannot be zero");
      return false;
    }
  }
  auto get = [&](Value v, int64_t def, int64_t& out) {
    if (v.isNone()) {
      out = def;
      return true;
    }
    if (!vm.indexValue(v, out)) {
      vm.takePending();
      vm.raise(vm.eTypeError, "slice indices must be integers or None or have an __index__ method");
      return false;
    }
    if (out < 0) {
      out += len;
      if (out < 0) out = step < 0 ? -1 : 0;
    } else if (out >= len) {
      out = step < 0 ? len - 1 : len;
    }
    return true;
  };
  if (!get(s->start, step < 0 ? len - 1 : 0, start)) return false;
  if (!get(s->stop, step < 0 ? -1 : len, stop)) return false;
  return true;
}

std::vector<int64_t> sliceRange(int64_t start, int64_t stop, int64_t step) {
  std::vector<int64_t> idx;
  if (step > 0)
    for (int64_t i = start; i < stop; i += step) idx.push_back(i);
  else
    for (int64_t i = start; i > stop; i += step) idx.push_back(i);
  return idx;
}

Value strSubscript(VM& vm, Str* s, Value key);

Value VM::getItem(Value obj, Value key) {
  if (obj.isObj()) {
    if (userSub(obj)) {
      Value m = userOverride(obj, dn.x_getitem);
      if (!m.isUndef()) return call2(m, obj, key);
    }
    Value r = getItemCore(obj, key);
    if (!r.isUndef()) return r;
  }
  Type* t = typeOf(obj);
  Value m = lookup(t, dn.x_getitem);
  if (!m.isUndef()) return call2(m, obj, key);
  if (isKind(obj, Kind::Type))
    return raise(eTypeError, "type '" + asType(obj)->name + "' is not subscriptable");
  return raise(eTypeError, "'" + t->name + "' object is not subscriptable");
}

// The builtin types' own subscripts; Undef for an object of another kind.
Value VM::getItemCore(Value obj, Value key) {
  {
    switch (obj.o->kind) {
      case Kind::List:
      case Kind::Tuple: {
        bool isList = obj.o->kind == Kind::List;
        auto& items = isList ? asList(obj)->items : asTuple(obj)->items;
        if (isKind(key, Kind::Slice)) {
          int64_t a, b, st;
          if (!sliceIndices(*this, static_cast<Slice*>(key.o), int64_t(items.size()), a, b, st))
            return Value::err();
          std::vector<Value> r;
          if (st == 1) {
            if (b > a) r.assign(items.begin() + a, items.begin() + b);
          } else {
            for (int64_t i : sliceRange(a, b, st)) r.push_back(items[size_t(i)]);
          }
          return isList ? newList(std::move(r)) : newTuple(std::move(r));
        }
        int64_t i;
        if (!key.isInt() && !key.isBool() &&
            (typeOf(key)->isBuiltin || lookup(typeOf(key), dn.x_index).isUndef()))
          return raise(eTypeError, std::string(isList ? "list" : "tuple") +
                                       " indices must be integers or slices, not " + typeName(key));
        if (!indexValue(key, i)) return Value::err();
        int64_t n = int64_t(items.size());
        if (i < 0) i += n;
        if (i < 0 || i >= n)
          return raise(eIndexError, std::string(isList ? "list" : "tuple") + " index out of range");
        return items[size_t(i)];
      }
      case Kind::Str:
        return strSubscript(*this, asStr(obj), key);
      case Kind::Bytes: {
        const std::string& s = static_cast<Bytes*>(obj.o)->s;
        if (isKind(key, Kind::Slice)) {
          int64_t a, b, st;
          if (!sliceIndices(*this, static_cast<Slice*>(key.o), int64_t(s.size()), a, b, st))
            return Value::err();
          std::string r;
          for (int64_t i : sliceRange(a, b, st)) r += s[size_t(i)];
          return Value::obj(heap.make<Bytes>(tBytes, r));
        }
        int64_t i;
        if (!indexValue(key, i)) return Value::err();
        if (i < 0) i += int64_t(s.size());
        if (i < 0 || i >= int64_t(s.size())) return raise(eIndexError, "index out of range");
        return Value::integer(static_cast<unsigned char>(s[size_t(i)]));
      }
      case Kind::Dict: {
        Value v = dictGet(*this, asDict(obj), key);
        if (v.isErr()) return v;
        if (v.isUndef()) {
          if (obj.o->cls != tDict) {
            Value miss = lookup(typeOf(obj), dn.x_missing);
            if (!miss.isUndef()) return call2(miss, obj, key);
          }
          return raiseValue(makeException(eKeyError, {key}));
        }
        return v;
      }
      case Kind::Range: {
        Range* r = static_cast<Range*>(obj.o);
        if (isKind(key, Kind::Slice)) {
          int64_t a, b, st;
          if (!sliceIndices(*this, static_cast<Slice*>(key.o), r->length(), a, b, st))
            return Value::err();
          int64_t start = r->start + a * r->step;
          int64_t stop = r->start + b * r->step;
          return Value::obj(heap.make<Range>(tRange, start, stop, r->step * st));
        }
        int64_t i;
        if (!indexValue(key, i)) return Value::err();
        int64_t n = r->length();
        if (i < 0) i += n;
        if (i < 0 || i >= n) return raise(eIndexError, "range object index out of range");
        return Value::integer(r->start + i * r->step);
      }
      case Kind::Type: {
        // Generic aliases in annotations (list[int], dict[str, int]) evaluate to the class itself.
        Type* t = asType(obj);
        Value cg = lookup(t, dn.x_class_getitem);
        if (!cg.isUndef()) {
          if (isKind(cg, Kind::ClassMethod)) return call2(static_cast<Wrapper*>(cg.o)->a, obj, key);
          return call2(cg, obj, key);
        }
        if (t->isBuiltin) return genericAlias(*this, obj, key);
        break;
      }
      default:
        break;
    }
  }
  return Value::undef();
}

bool VM::setItem(Value obj, Value key, Value v) {
  if (obj.isObj()) {
    if (obj.o->cls == tDict) return dictSet(*this, asDict(obj), key, v);  // the common case
    if (userSub(obj)) {
      Value m = userOverride(obj, dn.x_setitem);
      if (!m.isUndef()) {
        Value args[3] = {obj, key, v};
        return !call(m, args, 3).isErr();
      }
    }
    int r = setItemCore(obj, key, v);
    if (r >= 0) return r;
  }
  Type* t = typeOf(obj);
  Value m = lookup(t, dn.x_setitem);
  if (!m.isUndef() && !t->isBuiltin) {
    Value args[3] = {obj, key, v};
    return !call(m, args, 3).isErr();
  }
  raise(eTypeError, "'" + t->name + "' object does not support item assignment");
  return false;
}

// 1, 0 on error, -1 for an object of a kind without builtin item assignment.
int VM::setItemCore(Value obj, Value key, Value v) {
  {
    switch (obj.o->kind) {
      case Kind::List: {
        auto& items = asList(obj)->items;
        if (isKind(key, Kind::Slice)) {
          int64_t a, b, st;
          if (!sliceIndices(*this, static_cast<Slice*>(key.o), int64_t(items.size()), a, b, st))
            return false;
          std::vector<Value> src;
          Roots r(*this, {v});
          if (!toList(v, src)) {
            if (pendingIs(eTypeError)) {
              takePending();
              raise(eTypeError, "must assign iterable to extended slice");
            }
            return false;
          }
          if (st == 1) {
            if (b < a) b = a;
            items.erase(items.begin() + a, items.begin() + b);
            items.insert(items.begin() + a, src.begin(), src.end());
            return true;
          }
          auto idx = sliceRange(a, b, st);
          if (idx.size() != src.size()) {
            raise(eValueError, "attempt to assign sequence of size " + std::to_string(src.size()) +
                                   " to extended slice of size " + std::to_string(idx.size()));
            return false;
          }
          for (size_t k = 0; k < idx.size(); k++) items[size_t(idx[k])] = src[k];
          return true;
        }
        int64_t i;
        if (!key.isInt() && !key.isBool()) {
          raise(eTypeError, "list indices must be integers or slices, not " + typeName(key));
          return false;
        }
        if (!indexValue(key, i)) return false;
        int64_t n = int64_t(items.size());
        if (i < 0) i += n;
        if (i < 0 || i >= n) {
          raise(eIndexError, "list assignment index out of range");
          return false;
        }
        items[size_t(i)] = v;
        return true;
      }
      case Kind::Dict:
        return dictSet(*this, asDict(obj), key, v);
      default:
        break;
    }
  }
  return -1;
}

bool VM::delItem(Value obj, Value key) {
  if (obj.isObj()) {
    if (userSub(obj)) {
      Value m = userOverride(obj, dn.x_delitem);
      if (!m.isUndef()) return !call2(m, obj, key).isErr();
    }
    int r = delItemCore(obj, key);
    if (r >= 0) return r;
  }
  Type* t = typeOf(obj);
  Value m = lookup(t, dn.x_delitem);
  if (!m.isUndef() && !t->isBuiltin) return !call2(m, obj, key).isErr();
  raise(eTypeError, "'" + t->name + "' object doesn't support item deletion");
  return false;
}

int VM::delItemCore(Value obj, Value key) {
  if (isKind(obj, Kind::List)) {
    auto& items = asList(obj)->items;
    if (isKind(key, Kind::Slice)) {
      int64_t a, b, st;
      if (!sliceIndices(*this, static_cast<Slice*>(key.o), int64_t(items.size()), a, b, st))
        return false;
      auto idx = sliceRange(a, b, st);
      std::vector<bool> drop(items.size(), false);
      for (int64_t i : idx) drop[size_t(i)] = true;
      std::vector<Value> keep;
      for (size_t i = 0; i < items.size(); i++)
        if (!drop[i]) keep.push_back(items[i]);
      items = std::move(keep);
      return true;
    }
    int64_t i;
    if (!indexValue(key, i)) return false;
    int64_t n = int64_t(items.size());
    if (i < 0) i += n;
    if (i < 0 || i >= n) {
      raise(eIndexError, "list assignment index out of range");
      return false;
    }
    items.erase(items.begin() + i);
    return true;
  }
  if (isKind(obj, Kind::Dict)) {
    int r = dictDel(*this, asDict(obj), key);
    if (r < 0) return false;
    if (r == 0) {
      raiseValue(makeException(eKeyError, {key}));
      return false;
    }
    return true;
  }
  return -1;
}

int VM::contains(Value c, Value item) {
  if (c.isObj()) {
    if (userSub(c)) {
      Value m = userOverride(c, dn.x_contains);
      if (!m.isUndef()) {
        Value r = call2(m, c, item);
        return r.isErr() ? -1 : truthy(r);
      }
    }
    int r = containsCore(c, item);
    if (r != -2) return r;
  }
  Type* t = typeOf(c);
  Value m = lookup(t, dn.x_contains);
  if (!m.isUndef() && !isSlotWrapper(m)) {
    Value r = call2(m, c, item);
    if (r.isErr()) return -1;
    return truthy(r);
  }
  Value it = getIter(c);
  if (it.isErr()) {
    takePending();
    raise(eTypeError, "argument of type '" + t->name + "' is not iterable");
    return -1;
  }
  Roots r(*this, {it});
  for (;;) {
    Value v = next(it);
    if (v.isErr()) return -1;
    if (v.isUndef()) return 0;
    int e = equals(v, item);
    if (e != 0) return e;
  }
}

// 0/1, -1 on error, -2 for a kind without a builtin `in`.
int VM::containsCore(Value c, Value item) {
  {
    switch (c.o->kind) {
      case Kind::List:
      case Kind::Tuple: {
        auto& items = c.o->kind == Kind::List ? asList(c)->items : asTuple(c)->items;
        for (size_t i = 0; i < items.size(); i++) {
          int e = equals(items[i], item);
          if (e != 0) return e;
        }
        return 0;
      }
      case Kind::Str:
        if (!isKind(item, Kind::Str)) {
          raise(eTypeError, "'in <string>' requires string as left operand, not " + typeName(item));
          return -1;
        }
        return asStr(c)->s().find(asStr(item)->s()) != std::string::npos;
      case Kind::Bytes:
        if (isKind(item, Kind::Bytes))
          return static_cast<Bytes*>(c.o)->s.find(static_cast<Bytes*>(item.o)->s) !=
                 std::string::npos;
        if (item.isInt())
          return static_cast<Bytes*>(c.o)->s.find(char(item.i)) != std::string::npos;
        break;
      case Kind::Dict: {
        Value v = dictGet(*this, asDict(c), item);
        if (v.isErr()) return -1;
        return v.isUndef() ? 0 : 1;
      }
      case Kind::Set:
        return setContains(*this, static_cast<Set*>(c.o), item);
      case Kind::Range: {
        Range* r = static_cast<Range*>(c.o);
        if (item.isInt() || item.isBool()) {
          int64_t v = toInt(item);
          if (r->step > 0 ? (v < r->start || v >= r->stop) : (v > r->start || v <= r->stop))
            return 0;
          return (v - r->start) % r->step == 0;
        }
        break;
      }
      default:
        break;
    }
  }
  return -2;
}

int64_t VM::length(Value v) {
  if (v.isObj()) {
    if (!userSub(v) || userOverride(v, dn.x_len).isUndef()) {
      int64_t n = lengthCore(v);
      if (n != -2) return n;
    }
  }
  Type* t = typeOf(v);
  Value m = lookup(t, dn.x_len);
  if (!m.isUndef()) {
    Value r = call1(m, v);
    if (r.isErr()) return -1;
    if (!r.isInt() && !r.isBool()) {
      raise(eTypeError, "'" + typeName(r) + "' object cannot be interpreted as an integer");
      return -1;
    }
    int64_t n = r.isBool() ? r.b : r.i;
    if (n < 0) {
      raise(eValueError, "__len__() should return >= 0");
      return -1;
    }
    return n;
  }
  raise(eTypeError, "object of type '" + t->name + "' has no len()");
  return -1;
}

int64_t VM::lengthCore(Value v) {
  {
    switch (v.o->kind) {
      case Kind::Str:
        return asStr(v)->length();
      case Kind::Bytes:
        return int64_t(static_cast<Bytes*>(v.o)->s.size());
      case Kind::List:
        return int64_t(asList(v)->items.size());
      case Kind::Tuple:
        return int64_t(asTuple(v)->items.size());
      case Kind::Dict:
        return int64_t(asDict(v)->used);
      case Kind::Set:
        return int64_t(static_cast<Set*>(v.o)->t.used);
      case Kind::Range:
        return static_cast<Range*>(v.o)->length();
      default:
        break;
    }
  }
  return -2;
}

Value VM::lenOf(Value v) {
  int64_t n = length(v);
  if (n < 0) return Value::err();
  return Value::integer(n);
}

// ---- format() ----
Value VM::format(Value v, const std::string& spec) {
  Type* t = typeOf(v);
  if (!t->isBuiltin || v.isObj()) {
    Value m = lookup(t, dn.x_format);
    if (!m.isUndef() && !isKind(m, Kind::Native)) return call2(m, v, newStr(spec));
  }
  if (spec.empty()) {
    if (!v.isObj() || v.o->kind == Kind::Str) return str(v);
    // CPython calls object.__format__ (a call it counts) and that calls str().
    Level level(*this, " while calling a Python object");
    if (!level.ok()) return Value::err();
    return str(v);
  }
  num::Result<std::string> r = std::string();
  if (isIntLike(v)) {
    r = num::format_int(toBig(v), spec, v.isBool() ? "bool" : "int");
  } else if (v.isFloat()) {
    r = num::format_float(v.f, spec);
  } else if (isKind(v, Kind::Str)) {
    r = num::format_str(asStr(v)->s(), spec);
  } else {
    return raise(eTypeError, "unsupported format string passed to " + t->name + ".__format__");
  }
  if (!r) return raiseNumError(*this, r.error());
  return newStr(std::move(r.value()));
}

}  // namespace coroscope::lang
