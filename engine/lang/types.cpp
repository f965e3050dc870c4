// Builtin types: bootstrap of the type objects and their constructors.
#include <cmath>
#include <cstdlib>
#include <cstring>

#include "lang/bigint_glue.hpp"
#include "lang/containers.hpp"
#include "lang/iterators.hpp"
#include "lang/native_util.hpp"
#include "lang/numfmt.hpp"
#include "num/float_format.hpp"
#include "num/float_hex.hpp"

namespace coroscope::lang {

Value objectDir(VM& vm, Args& a);

Type* VM::makeType(const std::string& name, Type* base, Kind ik) {
  Type* t = heap.make<Type>(tType, name);
  t->dict = newDict();
  t->dict->ownedByType = true;
  t->instanceKind = ik;
  t->isBuiltin = true;
  t->mro.push_back(t);
  if (base) {
    t->bases.push_back(base);
    for (Type* m : base->mro) t->mro.push_back(m);
    t->builtinBase = base->builtinBase ? base->builtinBase : base;
    t->isException = base->isException;
  }
  permanent_.push_back(t);
  return t;
}

Value VM::newNative(const char* name, NativeFn fn) {
  return Value::obj(heap.make<Native>(tBuiltin, name, fn));
}

void VM::addMethod(Type* t, const char* name, NativeFn fn) {
  // Method natives are named "type.method" for reprs; the dict key is the bare name.
  std::string full = t->name + "." + name;
  nativeNames_.push_back(full);
  const char* stored = nativeNames_.back().c_str();
  dictSetStr(*this, t->dict, intern(name), newNative(stored, fn));
}

void VM::addBuiltin(const char* name, Value v) { dictSetStr(*this, builtins, intern(name), v); }

namespace {

Value parseIntText(VM& vm, const std::string& text, int64_t base, bool& ok) {
  auto r = num::BigInt::parse(text, int(base), num::BigInt::kDefaultMaxStrDigits);
  if (!r) {
    ok = r.error().message.rfind("invalid literal", 0) != 0;
    if (ok) return raiseNumError(vm, r.error());
    return Value::none();
  }
  ok = true;
  return fromBig(vm, std::move(r.value()));
}

Value intNew(VM& vm, Args& a) {
  Value base = kwArg(a, "base");
  if (a.n > 1) base = a[1];
  if (a.n == 0) return Value::integer(0);
  Value x = a[0];
  if (!base.isUndef()) {
    if (!isKind(x, Kind::Str) && !isKind(x, Kind::Bytes))
      return vm.raise(vm.eTypeError, "int() can't convert non-string with explicit base");
    int64_t b;
    if (!vm.indexValue(base, b)) return Value::err();
    if (b != 0 && (b < 2 || b > 36))
      return vm.raise(vm.eValueError, "int() base must be >= 2 and <= 36, or 0");
    bool ok;
    std::string text = isKind(x, Kind::Str) ? asStr(x)->s() : static_cast<Bytes*>(x.o)->s;
    Value r = parseIntText(vm, text, b, ok);
    if (!ok)
      return vm.raise(vm.eValueError, "invalid literal for int() with base " + std::to_string(b) +
                                          ": " + reprString(text));
    return r;
  }
  if (x.isInt() || (isBigObj(x) && x.o->cls == vm.tInt)) return x;
  if (isBigObj(x)) return fromBig(vm, toBig(x));
  if (x.isBool()) return Value::integer(x.b);
  if (x.isFloat()) {
    auto r = num::BigInt::from_double(x.f);
    if (!r) return raiseNumError(vm, r.error());
    return fromBig(vm, std::move(r.value()));
  }
  if (isKind(x, Kind::Str) || isKind(x, Kind::Bytes)) {
    bool ok;
    std::string text = isKind(x, Kind::Str) ? asStr(x)->s() : static_cast<Bytes*>(x.o)->s;
    Value r = parseIntText(vm, text, 10, ok);
    if (!ok)
      return vm.raise(vm.eValueError,
                      "invalid literal for int() with base 10: " + reprString(text));
    return r;
  }
  Type* t = vm.typeOf(x);
  for (const char* m : {"__int__", "__index__", "__trunc__"}) {
    Value f = vm.lookup(t, vm.intern(m));
    if (!f.isUndef() && !t->isBuiltin) return vm.call1(f, x);
  }
  return vm.raise(vm.eTypeError,
                  "int() argument must be a string, a bytes-like object or a real number, not '" +
                      t->name + "'");
}

Value floatNew(VM& vm, Args& a) {
  NARGS("float", 0, 1);
  if (a.n == 0) return Value::flt(0);
  Value x = a[0];
  if (x.isFloat()) return x;
  if (x.isInt()) return Value::flt(double(x.i));
  if (x.isBool()) return Value::flt(x.b);
  if (isBigObj(x)) {
    auto r = toBig(x).to_double();
    if (!r) return raiseNumError(vm, r.error());
    return Value::flt(r.value());
  }
  if (isKind(x, Kind::Str)) {
    auto r = num::parse_float(asStr(x)->s());
    if (!r) return vm.raise(vm.eValueError, r.error().message + reprString(asStr(x)->s()));
    return Value::flt(r.value());
  }
  Type* t = vm.typeOf(x);
  Value f = vm.lookup(t, vm.intern("__float__"));
  if (!f.isUndef() && !t->isBuiltin) return vm.call1(f, x);
  return vm.raise(vm.eTypeError,
                  "float() argument must be a string or a real number, not '" + t->name + "'");
}

Value strNew(VM& vm, Args& a) {
  if (a.n == 0) return Value::obj(vm.intern(""));
  if (a.n >= 2 || !kwArg(a, "encoding").isUndef()) {
    Value b = a[0];
    if (isKind(b, Kind::Bytes)) return vm.newStr(static_cast<Bytes*>(b.o)->s);
  }
  return vm.str(a[0]);
}

Value boolNew(VM& vm, Args& a) {
  NARGS("bool", 0, 1);
  if (a.n == 0) return Value::boolean(false);
  int t = vm.truthy(a[0]);
  if (t < 0) return Value::err();
  return Value::boolean(t);
}

Value listNew(VM& vm, Args& a) {
  NARGS("list", 0, 1);
  std::vector<Value> items;
  if (a.n == 1 && !vm.toList(a[0], items)) return Value::err();
  return vm.newList(std::move(items));
}

Value tupleNew(VM& vm, Args& a) {
  NARGS("tuple", 0, 1);
  if (a.n == 1 && isKind(a[0], Kind::Tuple) && a[0].o->cls == vm.tTuple) return a[0];
  std::vector<Value> items;
  if (a.n == 1 && !vm.toList(a[0], items)) return Value::err();
  return vm.newTuple(std::move(items));
}

bool dictUpdateFrom(VM& vm, Dict* d, Value src) {
  // A dict's entries directly, unless it is of a subclass that iterates its own way (then
  // keys() and [], as CPython's dict_merge).
  if (isKind(src, Kind::Dict) &&
      (!VM::userSub(src) || vm.userOverride(src, vm.dn.x_iter).isUndef())) {
    for (auto& e : asDict(src)->entries)
      if (!e.key.isUndef() && !dictSet(vm, d, e.key, e.value)) return false;
    return true;
  }
  Value keys = vm.getAttrOpt(src, vm.intern("keys"));
  if (keys.isErr()) return false;
  if (!keys.isUndef()) {
    Value ks = vm.call0(keys);
    if (ks.isErr()) return false;
    std::vector<Value> kl;
    if (!vm.toList(ks, kl)) return false;
    for (Value k : kl) {
      Value v = vm.getItem(src, k);
      if (v.isErr() || !dictSet(vm, d, k, v)) return false;
    }
    return true;
  }
  std::vector<Value> items;
  if (!vm.toList(src, items)) return false;
  for (size_t i = 0; i < items.size(); i++) {
    std::vector<Value> pair;
    if (!vm.toList(items[i], pair)) {
      vm.takePending();
      vm.raise(vm.eTypeError, "cannot convert dictionary update sequence element #" +
                                  std::to_string(i) + " to a sequence");
      return false;
    }
    if (pair.size() != 2) {
      vm.raise(vm.eValueError, "dictionary update sequence element #" + std::to_string(i) +
                                   " has length " + std::to_string(pair.size()) +
                                   "; 2 is required");
      return false;
    }
    if (!dictSet(vm, d, pair[0], pair[1])) return false;
  }
  return true;
}

Value dictNew(VM& vm, Args& a) {
  NARGS("dict", 0, 1);
  Dict* d = vm.newDict();
  Value dv = Value::obj(d);
  Roots r(vm, {dv});
  if (a.n == 1 && !dictUpdateFrom(vm, d, a[0])) return Value::err();
  for (int i = 0; i < a.nkw; i++)
    if (!dictSet(vm, d, Value::obj(a.kw[i].name), a.kw[i].value)) return Value::err();
  return dv;
}

Value setNew(VM& vm, Args& a) {
  NARGS("set", 0, 1);
  Set* s = vm.newSet(false);
  Value sv = Value::obj(s);
  Roots r(vm, {sv});
  if (a.n == 1 && !setUpdate(vm, s, a[0])) return Value::err();
  return sv;
}

Value frozensetNew(VM& vm, Args& a) {
  NARGS("frozenset", 0, 1);
  if (a.n == 1 && isKind(a[0], Kind::Set) && static_cast<Set*>(a[0].o)->frozen) return a[0];
  Set* s = vm.newSet(true);
  Value sv = Value::obj(s);
  Roots r(vm, {sv});
  if (a.n == 1 && !setUpdate(vm, s, a[0])) return Value::err();
  return sv;
}

Value rangeNew(VM& vm, Args& a) {
  NARGS("range", 1, 3);
  int64_t v[3] = {0, 0, 1};
  for (int i = 0; i < a.n; i++) {
    if (a[i].isFloat() || (a[i].isObj() && !vm.indexValue(a[i], v[i]))) {
      if (!vm.pending.isNone()) vm.takePending();
      return vm.raise(vm.eTypeError,
                      "'" + vm.typeName(a[i]) + "' object cannot be interpreted as an integer");
    }
    if (!vm.indexValue(a[i], v[i])) return Value::err();
  }
  int64_t start = 0, stop, step = 1;
  if (a.n == 1) {
    stop = v[0];
  } else {
    start = v[0];
    stop = v[1];
    if (a.n == 3) step = v[2];
  }
  if (step == 0) return vm.raise(vm.eValueError, "range() arg 3 must not be zero");
  return Value::obj(vm.heap.make<Range>(vm.tRange, start, stop, step));
}

Value sliceNew(VM& vm, Args& a) {
  NARGS("slice", 1, 3);
  if (a.n == 1)
    return Value::obj(vm.heap.make<Slice>(vm.tSlice, Value::none(), a[0], Value::none()));
  return Value::obj(vm.heap.make<Slice>(vm.tSlice, a[0], a[1], a.n == 3 ? a[2] : Value::none()));
}

Value bytesNew(VM& vm, Args& a) {
  if (a.n == 0) return Value::obj(vm.heap.make<Bytes>(vm.tBytes, ""));
  Value x = a[0];
  if (isKind(x, Kind::Str)) return Value::obj(vm.heap.make<Bytes>(vm.tBytes, asStr(x)->s()));
  if (x.isInt()) return Value::obj(vm.heap.make<Bytes>(vm.tBytes, std::string(size_t(x.i), '\0')));
  std::vector<Value> items;
  if (!vm.toList(x, items)) return Value::err();
  std::string s;
  for (Value v : items) {
    if (!v.isInt() || v.i < 0 || v.i > 255)
      return vm.raise(vm.eValueError, "bytes must be in range(0, 256)");
    s += char(v.i);
  }
  return Value::obj(vm.heap.make<Bytes>(vm.tBytes, s));
}

Value objectNew(VM& vm, Args& a) {
  if (a.n > 0) return vm.raise(vm.eTypeError, "object() takes no arguments");
  Instance* in = vm.heap.make<Instance>(vm.tObject);
  return Value::obj(in);
}

Value typeNew(VM& vm, Args& a) {
  if (a.n == 1) return Value::obj(vm.typeOf(a[0]));
  if (a.n == 3) {
    Value body = Value::none();
    Value names = vm.newTuple({a[0], a[0]});
    Roots r(vm, {names});
    return vm.buildClass(body, names, a[1], Value::obj(vm.newDict()), a[2]);
  }
  return vm.raise(vm.eTypeError, "type() takes 1 or 3 arguments");
}

// type.__new__(mcls, name, bases, namespace, **kw): a class whose metaclass is mcls.
Value typeNewStatic(VM& vm, Args& a) {
  if (a.n < 1 || !isKind(a[0], Kind::Type) || !asType(a[0])->isSubtype(vm.tType))
    return vm.raise(vm.eTypeError, "type.__new__(X): X is not a type object");
  if (a.n == 2) return Value::obj(vm.typeOf(a[1]));
  if (a.n != 4) return vm.raise(vm.eTypeError, "type.__new__() takes exactly 3 arguments");
  if (!isKind(a[1], Kind::Str) || !isKind(a[2], Kind::Tuple) || !isKind(a[3], Kind::Dict))
    return vm.raise(vm.eTypeError, "type.__new__() argument types must be (str, tuple, dict)");
  Value qual = dictGetStr(asDict(a[3]), vm.intern("__qualname__"));
  Value names = vm.newTuple({a[1], isKind(qual, Kind::Str) ? qual : a[1]});
  Dict* kw = vm.newDict();
  Roots r(vm, {names, Value::obj(kw)});
  for (int i = 0; i < a.nkw; i++) dictSetStr(vm, kw, a.kw[i].name, a.kw[i].value);
  return vm.buildClass(Value::none(), names, a[2], Value::obj(kw), a[3], asType(a[0]));
}
Value typeInit(VM&, Args&) { return Value::none(); }
// type.__call__(cls, ...): what calling a class does, for a metaclass's __call__ to delegate to.
Value typeCall(VM& vm, Args& a) {
  if (a.n < 1 || !isKind(a[0], Kind::Type))
    return vm.raise(vm.eTypeError, "descriptor '__call__' requires a 'type' object");
  vm.metaCallBypass = a[0].o;
  Value r = vm.call(a[0], a.v + 1, a.n - 1, a.kw, a.nkw);
  vm.metaCallBypass = nullptr;
  return r;
}

Value superNew(VM& vm, Args& a) {
  Type* t = nullptr;
  Value self;
  if (a.n == 2) {
    if (!isKind(a[0], Kind::Type))
      return vm.raise(vm.eTypeError, "super() argument 1 must be a type");
    t = asType(a[0]);
    self = a[1];
  } else if (a.n == 0) {
    Frame* f = vm.currentFrame();
    if (!f || (f->code->nargs == 0 && !f->code->varargs))
      return vm.raise(vm.eRuntimeError, "super(): no arguments");
    self = f->base[0];
    if (self.isObj() && self.o->kind == Kind::Cell) self = static_cast<Cell*>(self.o)->v;
    for (size_t k = 0; k < f->code->freeSlots.size(); k++) {
      uint32_t s = f->code->freeSlots[k];
      if (f->code->varnames[s]->s() == "__class__") {
        Value c = static_cast<Cell*>(f->base[s].o)->v;
        if (isKind(c, Kind::Type)) t = asType(c);
      }
    }
    if (!t) return vm.raise(vm.eRuntimeError, "super(): __class__ cell not found");
  } else {
    return vm.raise(vm.eTypeError, "super() takes 0 or 2 arguments");
  }
  Type* st =
      isKind(self, Kind::Type) && asType(self)->isSubtype(t) ? asType(self) : vm.typeOf(self);
  if (!st->isSubtype(t))
    return vm.raise(vm.eTypeError, "super(type, obj): obj must be an instance or subtype of type");
  return Value::obj(vm.heap.make<Super>(vm.tSuper, t, self, st));
}

Value wrapperNew(VM& vm, Args& a, Kind k, Type* t) {
  Wrapper* w = vm.heap.make<Wrapper>(t, k);
  w->a = a.n > 0 ? a[0] : Value::none();
  w->b = a.n > 1 ? a[1] : Value::none();
  w->c = a.n > 2 ? a[2] : Value::none();
  w->doc = Value::none();
  if (k == Kind::Property) {
    Value fg = kwArg(a, "fget"), fs = kwArg(a, "fset"), fd = kwArg(a, "fdel");
    if (!fg.isUndef()) w->a = fg;
    if (!fs.isUndef()) w->b = fs;
    if (!fd.isUndef()) w->c = fd;
    // property's doc: its argument, else the getter's docstring.
    Value doc = a.n > 3 ? a[3] : kwArg(a, "doc");
    if ((doc.isUndef() || doc.isNone()) && !w->a.isNone())
      doc = vm.getAttrOpt(w->a, vm.intern("__doc__"));
    if (doc.isErr()) return doc;
    if (!doc.isUndef()) w->doc = doc;
  }
  return Value::obj(w);
}
Value propertyNew(VM& vm, Args& a) { return wrapperNew(vm, a, Kind::Property, vm.tProperty); }
Value staticmethodNew(VM& vm, Args& a) {
  NARGS("staticmethod", 1, 1);
  return wrapperNew(vm, a, Kind::StaticMethod, vm.tStaticMethod);
}
// types.MethodType(func, obj): what contextlib's exit stacks bind __exit__/__aexit__ with.
Value methodNew(VM& vm, Args& a) {
  if (a.nkw) return vm.raise(vm.eTypeError, "method() takes no keyword arguments");
  if (a.n != 2)
    return vm.raise(vm.eTypeError, "method expected 2 arguments, got " + std::to_string(a.n));
  if (!isCallable(vm, a[0])) return vm.raise(vm.eTypeError, "first argument must be callable");
  if (a[1].isNone()) return vm.raise(vm.eTypeError, "instance must not be None");
  return Value::obj(vm.heap.make<BoundMethod>(vm.tMethod, a[1], a[0]));
}
Value classmethodNew(VM& vm, Args& a) {
  NARGS("classmethod", 1, 1);
  return wrapperNew(vm, a, Kind::ClassMethod, vm.tClassMethod);
}

Value propertyWith(VM& vm, Args& a, int which) {
  Wrapper* p = static_cast<Wrapper*>(a[0].o);
  Wrapper* w = vm.heap.make<Wrapper>(vm.tProperty, Kind::Property);
  w->a = p->a;
  w->b = p->b;
  w->c = p->c;
  w->doc = p->doc;
  (which == 0 ? w->a : which == 1 ? w->b : w->c) = a[1];
  return Value::obj(w);
}
Value propGetter(VM& vm, Args& a) { return propertyWith(vm, a, 0); }
Value propSetter(VM& vm, Args& a) { return propertyWith(vm, a, 1); }
Value propDeleter(VM& vm, Args& a) { return propertyWith(vm, a, 2); }
Value propGet(VM& vm, Args& a) {
  Wrapper* p = static_cast<Wrapper*>(a[0].o);
  if (a.n < 2 || a[1].isNone()) return a[0];
  return vm.call1(p->a, a[1]);
}

// object's methods: the defaults every class inherits.
Value objectInit(VM& vm, Args& a) { return Value::none(); }
Value objectRepr(VM& vm, Args& a) {
  return vm.newStr("<" + qualifiedTypeName(vm, vm.typeOf(a[0])) + " object at " +
                   addressOf(a[0].isObj() ? a[0].o : nullptr) + ">");
}
Value objectStr(VM& vm, Args& a) { return vm.repr(a[0]); }
Value objectEq(VM& vm, Args& a) {
  if (a.n < 2) return argCountError(vm, "__eq__", 1, 1, a.n - 1);
  return a[0].identical(a[1]) ? Value::boolean(true) : vm.notImplemented;
}
Value objectNe(VM& vm, Args& a) {
  if (a.n < 2) return argCountError(vm, "__ne__", 1, 1, a.n - 1);
  Value r = vm.compare(kEq, a[0], a[1]);
  if (r.isErr()) return r;
  return Value::boolean(!r.b);
}
Value objectHash(VM& vm, Args& a) {
  return Value::integer(int64_t(reinterpret_cast<uintptr_t>(a[0].isObj() ? a[0].o : nullptr) >> 4));
}
Value objectNewMethod(VM& vm, Args& a) {
  if (a.n < 1 || !isKind(a[0], Kind::Type))
    return vm.raise(vm.eTypeError, "object.__new__(X): X is not a type object");
  Type* t = asType(a[0]);
  if (t->instanceKind == Kind::Exception) {
    Exception* e = vm.heap.make<Exception>(t);
    e->args = vm.newTuple(std::vector<Value>(a.v + 1, a.v + a.n));
    return Value::obj(e);
  }
  Instance* in = vm.heap.make<Instance>(t);
  in->dict = vm.newDict();
  return Value::obj(in);
}
Value objectFormat(VM& vm, Args& a) {
  if (a.n == 2 && isKind(a[1], Kind::Str) && !asStr(a[1])->s().empty())
    return vm.raise(vm.eTypeError,
                    "unsupported format string passed to " + vm.typeName(a[0]) + ".__format__");
  return vm.str(a[0]);
}
Value objectInitSubclass(VM&, Args&) { return Value::none(); }
Value objectSetattr(VM& vm, Args& a) {
  NARGS("__setattr__", 3, 3);
  if (!isKind(a[1], Kind::Str)) return vm.raise(vm.eTypeError, "attribute name must be string");
  if (!vm.setAttr(a[0], asStr(a[1]), a[2], true)) return Value::err();
  return Value::none();
}
Value objectGetattribute(VM& vm, Args& a) {
  NARGS("__getattribute__", 2, 2);
  if (!isKind(a[1], Kind::Str)) return vm.raise(vm.eTypeError, "attribute name must be string");
  return vm.getAttr(a[0], asStr(a[1]));
}
Value objectDelattr(VM& vm, Args& a) {
  NARGS("__delattr__", 2, 2);
  if (!isKind(a[1], Kind::Str)) return vm.raise(vm.eTypeError, "attribute name must be string");
  if (!vm.delAttr(a[0], asStr(a[1]), true)) return Value::err();
  return Value::none();
}

Value typeRepr(VM& vm, Args& a) { return vm.repr(a[0]); }
Value typeMro(VM& vm, Args& a) {
  std::vector<Value> v;
  for (Type* t : asType(a[0])->mro) v.push_back(Value::obj(t));
  return vm.newList(v);
}
Value typeSubclasses(VM& vm, Args& a) { return vm.newList({}); }

Value singletonRepr(VM& vm, Args& a) {
  if (a[0].identical(vm.notImplemented)) return vm.newStr("NotImplemented");
  return vm.newStr("Ellipsis");
}

Value intBitLength(VM& vm, Args& a) {
  if (isBigObj(a[0])) return Value::integer(int64_t(toBig(a[0]).bit_length()));
  int64_t v = a[0].isBool() ? a[0].b : a[0].i;
  uint64_t u = v < 0 ? uint64_t(0) - uint64_t(v) : uint64_t(v);
  int n = 0;
  while (u) {
    n++;
    u >>= 1;
  }
  return Value::integer(n);
}
// int.to_bytes(length=1, byteorder='big', *, signed=False) and the classmethod
// int.from_bytes(bytes, byteorder='big', *, signed=False), over the BigInt's 32-bit words.
bool byteOrder(VM& vm, Args& a, int at, bool& little) {
  Value bo = a.n > at ? a[at] : kwArg(a, "byteorder");
  if (bo.isUndef()) {
    little = false;
    return true;
  }
  if (!isKind(bo, Kind::Str)) {
    vm.raise(vm.eTypeError, "to_bytes() argument 'byteorder' must be str, not " + vm.typeName(bo));
    return false;
  }
  little = asStr(bo)->s() == "little";
  if (!little && asStr(bo)->s() != "big") {
    vm.raise(vm.eValueError, "byteorder must be either 'little' or 'big'");
    return false;
  }
  return true;
}
Value intToBytes(VM& vm, Args& a) {
  if (a.n > 3) return argCountError(vm, "to_bytes", 0, 2, a.n - 1);
  int64_t len = 1;
  Value lv = a.n > 1 ? a[1] : kwArg(a, "length");
  if (!lv.isUndef() && !vm.indexValue(lv, len)) return Value::err();
  if (len < 0) return vm.raise(vm.eValueError, "length argument must be non-negative");
  bool little, sgn = false;
  if (!byteOrder(vm, a, 2, little)) return Value::err();
  Value sv = kwArg(a, "signed");
  if (!sv.isUndef()) sgn = vm.truthy(sv) > 0;
  num::BigInt v = toBig(a[0]);
  if (v.is_negative() && !sgn)
    return vm.raise(vm.eOverflowError, "can't convert negative int to unsigned");
  num::BigInt bits = num::BigInt::lshift(num::BigInt(1), uint64_t(8 * len));
  num::BigInt half = num::BigInt::rshift(bits, uint64_t(1));
  bool fits = sgn ? (v >= -half && v < half) : v < bits;
  if (!fits) return vm.raise(vm.eOverflowError, "int too big to convert");
  if (v.is_negative()) v = v + bits;
  std::vector<uint32_t> w = v.magnitude_words();
  std::string out(size_t(len), '\0');
  for (size_t i = 0; i < size_t(len); i++) {
    uint32_t word = i / 4 < w.size() ? w[i / 4] : 0;
    out[little ? i : size_t(len) - 1 - i] = char((word >> (8 * (i % 4))) & 0xff);
  }
  return Value::obj(vm.heap.make<Bytes>(vm.tBytes, out));
}
Value intFromBytes(VM& vm, Args& a) {
  if (a.n < 2)
    return vm.raise(vm.eTypeError, "from_bytes() missing required argument 'bytes' (pos 1)");
  std::string b;
  if (isKind(a[1], Kind::Bytes)) {
    b = static_cast<Bytes*>(a[1].o)->s;
  } else {
    std::vector<Value> items;
    if (!vm.toList(a[1], items)) return Value::err();
    for (Value x : items) {
      int64_t c;
      if (!vm.indexValue(x, c)) return Value::err();
      if (c < 0 || c > 255) return vm.raise(vm.eValueError, "bytes must be in range(0, 256)");
      b += char(c);
    }
  }
  bool little, sgn = false;
  if (!byteOrder(vm, a, 2, little)) return Value::err();
  Value sv = kwArg(a, "signed");
  if (!sv.isUndef()) sgn = vm.truthy(sv) > 0;
  std::vector<uint32_t> w((b.size() + 3) / 4, 0);
  for (size_t i = 0; i < b.size(); i++) {
    unsigned char c = static_cast<unsigned char>(little ? b[i] : b[b.size() - 1 - i]);
    w[i / 4] |= uint32_t(c) << (8 * (i % 4));
  }
  num::BigInt v = num::BigInt::from_words(w);
  if (sgn && !b.empty() && (static_cast<unsigned char>(little ? b.back() : b.front()) & 0x80))
    v = v - num::BigInt::lshift(num::BigInt(1), uint64_t(8 * b.size()));
  Value r = fromBig(vm, std::move(v));
  if (isKind(a[0], Kind::Type) && asType(a[0]) != vm.tInt) return vm.call1(a[0], r);
  return r;
}
Value intBitCount(VM& vm, Args& a) {
  int64_t v = a[0].isBool() ? a[0].b : a[0].i;
  uint64_t u = v < 0 ? uint64_t(0) - uint64_t(v) : uint64_t(v);
  return Value::integer(__builtin_popcountll(u));
}
Value intConjugate(VM&, Args& a) { return a[0].isBool() ? Value::integer(a[0].b) : a[0]; }
Value floatIsInteger(VM&, Args& a) {
  return Value::boolean(std::isfinite(a[0].f) && a[0].f == std::floor(a[0].f));
}
Value floatAsIntegerRatio(VM& vm, Args& a) {
  NO_KW("float.as_integer_ratio");
  if (a.n != 1) return argCountError(vm, "float.as_integer_ratio", 0, 0, a.n - 1);
  double d = a[0].f;
  if (std::isinf(d)) return vm.raise(vm.eOverflowError, "cannot convert Infinity to integer ratio");
  if (std::isnan(d)) return vm.raise(vm.eValueError, "cannot convert NaN to integer ratio");
  // As CPython: the mantissa doubled until integral is odd, so the ratio needs no reduction.
  int e;
  double m = std::frexp(d, &e);
  for (int i = 0; i < 300 && m != std::floor(m); i++) {
    m *= 2.0;
    e--;
  }
  num::BigInt numerator = num::BigInt::from_double(m).value();
  num::BigInt denominator = num::BigInt::from_int64(1);
  if (e > 0)
    numerator = num::BigInt::lshift(numerator, uint64_t(e));
  else
    denominator = num::BigInt::lshift(denominator, uint64_t(-e));
  Value n = fromBig(vm, std::move(numerator));
  Roots keep(vm, {n});
  return vm.newTuple({n, fromBig(vm, std::move(denominator))});
}
Value floatHex(VM& vm, Args& a) {
  NO_KW("float.hex");
  if (a.n != 1) return argCountError(vm, "float.hex", 0, 0, a.n - 1);
  return vm.newStr(num::float_to_hex(a[0].f));
}
// A classmethod: a[0] is the class, and a subclass is called with the float, as CPython does.
Value floatFromHex(VM& vm, Args& a) {
  NO_KW("float.fromhex");
  if (a.n != 2) return argCountError(vm, "float.fromhex", 1, 1, a.n - 1);
  if (!isKind(a[1], Kind::Str))
    return vm.raise(vm.eTypeError, "bad argument type for built-in operation");
  num::Result<double> r = num::float_from_hex(static_cast<Str*>(a[1].o)->s());
  if (!r) return raiseNumError(vm, r.error());
  Value f = Value::flt(r.value());
  return a[0].o == vm.tFloat ? f : vm.call1(a[0], f);
}

}  // namespace

Value dictFromKeys(VM& vm, Args& a);

void VM::initTypes() {
  // Bootstrap: type, object, dict and str must exist before anything can be named.
  tType = heap.make<Type>(nullptr, "type");
  tObject = heap.make<Type>(nullptr, "object");
  tDict = heap.make<Type>(nullptr, "dict");
  tStr = heap.make<Type>(nullptr, "str");
  for (Type* t : {tType, tObject, tDict, tStr}) {
    t->cls = tType;
    t->isBuiltin = true;
    permanent_.push_back(t);
  }
  tObject->mro = {tObject};
  for (Type* t : {tType, tDict, tStr}) {
    t->bases = {tObject};
    t->mro = {t, tObject};
    t->builtinBase = tObject;
  }
  tType->instanceKind = Kind::Type;
  tDict->instanceKind = Kind::Dict;
  tStr->instanceKind = Kind::Str;
  for (Type* t : {tType, tObject, tDict, tStr}) {
    t->dict = newDict();
    t->dict->ownedByType = true;
  }
  builtins = newDict();
  modules = newDict();
  tInt = makeType("int", tObject, Kind::Misc);
  tBool = makeType("bool", tInt, Kind::Misc);
  tFloat = makeType("float", tObject, Kind::Misc);
  tNoneType = makeType("NoneType", tObject, Kind::Misc);
  tBytes = makeType("bytes", tObject, Kind::Bytes);
  tList = makeType("list", tObject, Kind::List);
  tTuple = makeType("tuple", tObject, Kind::Tuple);
  tSet = makeType("set", tObject, Kind::Set);
  tFrozenSet = makeType("frozenset", tObject, Kind::Set);
  tRange = makeType("range", tObject, Kind::Range);
  tSlice = makeType("slice", tObject, Kind::Slice);
  tFunction = makeType("function", tObject, Kind::Function);
  tBuiltin = makeType("builtin_function_or_method", tObject, Kind::Native);
  tMethod = makeType("method", tObject, Kind::BoundMethod);
  tGenerator = makeType("generator", tObject, Kind::Generator);
  tCoroutine = makeType("coroutine", tObject, Kind::Generator);
  tAsyncGen = makeType("async_generator", tObject, Kind::Generator);
  tCell = makeType("cell", tObject, Kind::Cell);
  tCode = makeType("code", tObject, Kind::Code);
  tModule = makeType("module", tObject, Kind::Module);
  tProperty = makeType("property", tObject, Kind::Property);
  tStaticMethod = makeType("staticmethod", tObject, Kind::StaticMethod);
  tClassMethod = makeType("classmethod", tObject, Kind::ClassMethod);
  tSuper = makeType("super", tObject, Kind::Super);
  tIterator = makeType("iterator", tObject, Kind::Iterator);
  tNotImplementedType = makeType("NotImplementedType", tObject, Kind::Misc);
  tEllipsisType = makeType("ellipsis", tObject, Kind::Misc);
  tMisc = makeType("object", tObject, Kind::Misc);
  notImplemented = Value::obj(heap.make<Instance>(tNotImplementedType));
  ellipsis = Value::obj(heap.make<Instance>(tEllipsisType));
  permanent_.push_back(notImplemented.o);
  permanent_.push_back(ellipsis.o);

  tInt->construct = intNew;
  tInt->instanceKind = Kind::BigInt;  // a subclass's instances are boxed ints
  tBool->construct = boolNew;
  tFloat->construct = floatNew;
  tStr->construct = strNew;
  tList->construct = listNew;
  tTuple->construct = tupleNew;
  tDict->construct = dictNew;
  tSet->construct = setNew;
  tFrozenSet->construct = frozensetNew;
  tRange->construct = rangeNew;
  tSlice->construct = sliceNew;
  tBytes->construct = bytesNew;
  tObject->construct = objectNew;
  tType->construct = typeNew;
  tSuper->construct = superNew;
  tProperty->construct = propertyNew;
  tStaticMethod->construct = staticmethodNew;
  tClassMethod->construct = classmethodNew;
  tMethod->construct = methodNew;

  addMethod(tObject, "__init__", objectInit);
  addMethod(tObject, "__repr__", objectRepr);
  addMethod(tObject, "__str__", objectStr);
  addMethod(tObject, "__eq__", objectEq);
  addMethod(tObject, "__ne__", objectNe);
  addMethod(tObject, "__hash__", objectHash);
  addMethod(tObject, "__format__", objectFormat);
  addMethod(tObject, "__init_subclass__", objectInitSubclass);
  addMethod(tObject, "__setattr__", objectSetattr);
  addMethod(tObject, "__getattribute__", objectGetattribute);
  addMethod(tObject, "__delattr__", objectDelattr);
  addMethod(tObject, "__dir__", objectDir);
  {
    Wrapper* w = heap.make<Wrapper>(tStaticMethod, Kind::StaticMethod);
    w->a = newNative("object.__new__", objectNewMethod);
    w->b = w->c = w->doc = Value::none();
    dictSetStr(*this, tObject->dict, intern("__new__"), Value::obj(w));
  }
  addMethod(tType, "__repr__", typeRepr);
  addMethod(tType, "__init__", typeInit);
  addMethod(tType, "__call__", typeCall);
  {
    Wrapper* w = heap.make<Wrapper>(tStaticMethod, Kind::StaticMethod);
    w->a = newNative("type.__new__", typeNewStatic);
    w->b = w->c = w->doc = Value::none();
    dictSetStr(*this, tType->dict, intern("__new__"), Value::obj(w));
  }
  addMethod(tType, "mro", typeMro);
  addMethod(tType, "__subclasses__", typeSubclasses);
  addMethod(tProperty, "getter", propGetter);
  addMethod(tProperty, "setter", propSetter);
  addMethod(tProperty, "deleter", propDeleter);
  addMethod(tProperty, "__get__", propGet);
  addMethod(tNotImplementedType, "__repr__", singletonRepr);
  addMethod(tEllipsisType, "__repr__", singletonRepr);
  addMethod(tInt, "bit_length", intBitLength);
  addMethod(tInt, "bit_count", intBitCount);
  addMethod(tInt, "to_bytes", intToBytes);
  addMethod(tInt, "conjugate", intConjugate);
  addMethod(tFloat, "is_integer", floatIsInteger);
  addMethod(tFloat, "as_integer_ratio", floatAsIntegerRatio);
  addMethod(tFloat, "hex", floatHex);
  struct {
    Type* t;
    const char *name, *qualname;
    NativeFn fn;
  } classMethods[] = {{tDict, "fromkeys", "dict.fromkeys", dictFromKeys},
                      {tFloat, "fromhex", "float.fromhex", floatFromHex},
                      {tInt, "from_bytes", "int.from_bytes", intFromBytes}};
  for (auto [t, name, qualname, fn] : classMethods) {
    Wrapper* w = heap.make<Wrapper>(tClassMethod, Kind::ClassMethod);
    w->a = newNative(qualname, fn);
    w->b = w->c = w->doc = Value::none();
    dictSetStr(*this, t->dict, intern(name), Value::obj(w));
  }

  for (Type* t : {tObject, tType, tInt, tBool, tFloat, tStr, tBytes, tList, tTuple, tDict, tSet,
                  tFrozenSet, tRange, tSlice, tProperty, tStaticMethod, tClassMethod, tSuper})
    addBuiltin(t->name.c_str(), Value::obj(t));
  addBuiltin("NotImplemented", notImplemented);
  addBuiltin("Ellipsis", ellipsis);
}

}  // namespace coroscope::lang

namespace coroscope::lang {
bool dictUpdateFromValue(VM& vm, Dict* d, Value src) { return dictUpdateFrom(vm, d, src); }
}  // namespace coroscope::lang
