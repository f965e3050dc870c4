// Slot wrappers: the builtin types' dunder methods as attributes (`int.__add__`, `dict.__len__`,
// `tuple.__getitem__`), as CPython's wrapper_descriptor objects. One native function serves them
// all: it checks the receiver against the type that owns the slot and runs the builtin half of
// the operation (VM::builtinSlot over ops.cpp's ...Core functions), never a subclass's override,
// so `dict.__getitem__(self, k)` inside a dict subclass's own `__getitem__` does not recurse.
// The operations themselves (`d[k]`, `len(d)`, `a + b`) look at a user subclass's class first
// (VM::userSub, VM::userOverride) and treat a slot wrapper found there as the builtin.
#include <cmath>

#include "lang/bigint_glue.hpp"
#include "lang/containers.hpp"
#include "lang/native_util.hpp"

namespace coroscope::lang {

namespace {

// Slot numbers: the names' index. 1-18 take no argument beyond self, the comparisons and the
// binary operators one, __setitem__ two.
enum : int {
  sGetItem = 1,
  sSetItem,
  sDelItem,
  sLen,
  sContains,
  sIter,
  sNext,
  sRepr,
  sStr,
  sHash,
  sBool,
  sNeg,
  sPos,
  sInvert,
  sAbs,
  sInt,
  sFloat,
  sIndex,
  sCmp,             // + CmpKind (kLt..kGe)
  sBin = sCmp + 6,  // + BinOpKind
  sRBin = sBin + kNumBinOps,
  sIBin = sRBin + kNumBinOps,
  sEnd = sIBin + kNumBinOps,
};

const char* const kUnaryNames[] = {"",         "__getitem__",  "__setitem__", "__delitem__",
                                   "__len__",  "__contains__", "__iter__",    "__next__",
                                   "__repr__", "__str__",      "__hash__",    "__bool__",
                                   "__neg__",  "__pos__",      "__invert__",  "__abs__",
                                   "__int__",  "__float__",    "__index__"};
const char* const kCmpSlotNames[] = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};
const char* const kOps[] = {"add",    "sub",    "mul", "truediv", "floordiv", "mod",   "pow",
                            "lshift", "rshift", "or",  "xor",     "and",      "matmul"};

std::string slotName(int s) {
  if (s < sCmp) return kUnaryNames[s];
  if (s < sBin) return kCmpSlotNames[s - sCmp];
  const char* pre = s < sRBin ? "__" : s < sIBin ? "__r" : "__i";
  int op = (s - sBin) % kNumBinOps;
  return std::string(pre) + kOps[op] + "__";
}

int slotArgs(int s) {
  if (s == sSetItem) return 2;
  if (s == sGetItem || s == sDelItem || s == sContains || s >= sCmp) return 1;
  return 0;
}

Value slotCall(VM& vm, Args& a) {
  // Natives are called with their own value just below their arguments (VM::invoke).
  Native* n = static_cast<Native*>(a.v[-1].o);
  Type* owner = asType(n->bound);
  int s = n->slot;
  std::string name = slotName(s);
  if (a.n == 0)
    return vm.raise(vm.eTypeError,
                    "descriptor '" + name + "' of '" + owner->name + "' object needs an argument");
  if (!vm.isInstance(a[0], owner))
    return vm.raise(vm.eTypeError, "descriptor '" + name + "' requires a '" + owner->name +
                                       "' object but received a '" + vm.typeName(a[0]) + "'");
  NO_KW(name);
  int want = slotArgs(s);
  if (a.n - 1 != want)
    return vm.raise(vm.eTypeError, "expected " + std::to_string(want) + " argument" +
                                       (want == 1 ? "" : "s") + ", got " + std::to_string(a.n - 1));
  // int's and float's operators take only their own kind of operand (and float an int); given
  // anything else they return NotImplemented, so that `1 + x` can try x's reflected method.
  if (s >= sCmp && (owner == vm.tInt || owner == vm.tFloat) &&
      !(isIntLike(a[1]) || (owner == vm.tFloat && a[1].isFloat())))
    return vm.notImplemented;
  return vm.builtinSlot(s, a[0], a.v + 1);
}

Value intOf(VM& vm, Value v) { return v.isInt() ? v : fromBig(vm, toBig(v)); }

}  // namespace

Value VM::builtinSlot(int s, Value self, const Value* args) {
  if (s >= sBin) {
    int op = (s - sBin) % kNumBinOps;
    if (s < sRBin) return binaryCore(op, self, args[0]);
    if (s < sIBin) return binaryCore(op, args[0], self);
    return binaryCore(op + kNumBinOps, self, args[0]);
  }
  if (s >= sCmp) return compareCore(s - sCmp, self, args[0]);
  bool obj = self.isObj();
  switch (s) {
    case sGetItem: {
      Value r = getItemCore(self, args[0]);
      return r.isUndef() ? notImplemented : r;
    }
    case sSetItem:
    case sDelItem: {
      int r = s == sSetItem ? setItemCore(self, args[0], args[1]) : delItemCore(self, args[0]);
      return r > 0 ? Value::none() : Value::err();
    }
    case sLen:
    case sBool: {
      if (s == sBool && !isKind(self, Kind::BigInt) && obj) {
        int64_t n = lengthCore(self);
        return n < 0 ? Value::err() : Value::boolean(n != 0);
      }
      if (s == sBool) return Value::boolean(obj ? !toBig(self).is_zero() : truthy(self) == 1);
      int64_t n = lengthCore(self);
      return n < 0 ? Value::err() : Value::integer(n);
    }
    case sContains: {
      int r = containsCore(self, args[0]);
      return r < 0 ? Value::err() : Value::boolean(r);
    }
    case sIter:
      return iterCore(self);
    case sNext: {
      Value r = next(self);
      if (r.isUndef()) return raise(eStopIteration, "");
      return r;
    }
    case sRepr: {
      std::string out;
      if (!(obj ? reprCore(out, self) : reprInto(out, self))) return Value::err();
      return newStr(std::move(out));
    }
    case sStr:
      return self.o->cls == tStr ? self : newStr(asStr(self)->s());
    case sHash: {
      int64_t h;
      if (!(obj ? hashCore(self, h) : hash(self, h))) return Value::err();
      return Value::integer(h);
    }
    case sNeg:
    case sPos:
    case sInvert:
    case sAbs:
      if (self.isFloat()) {
        double f = self.f;
        return Value::flt(s == sNeg ? -f : s == sAbs ? std::fabs(f) : f);
      } else {
        num::BigInt b = toBig(self);
        if (s == sNeg) b = -b;
        if (s == sInvert) b = ~b;
        if (s == sAbs && b.is_negative()) b = -b;
        return fromBig(*this, std::move(b));
      }
    case sFloat:
      if (self.isFloat()) return self;
      return call1(Value::obj(tFloat), intOf(*this, self));
    default:  // sInt, sIndex
      if (self.isFloat()) return call1(Value::obj(tInt), self);
      return intOf(*this, self);
  }
}

void initSlots(VM& vm) {
  Type* tWrapper = vm.makeType("wrapper_descriptor", vm.tObject, Kind::Native);
  // Which dunders each builtin type has; "=" ends a group shared by several types.
  const char* cmp = "__lt__ __le__ __eq__ __ne__ __gt__ __ge__ ";
  const char* arith =
      "__add__ __sub__ __mul__ __truediv__ __floordiv__ __mod__ __pow__ __radd__ __rsub__ "
      "__rmul__ __rtruediv__ __rfloordiv__ __rmod__ __rpow__ __neg__ __pos__ __abs__ __bool__ "
      "__int__ __float__ __hash__ __repr__ ";
  const char* seq = "__getitem__ __len__ __contains__ __iter__ __repr__ ";
  const char* sets =
      "__or__ __and__ __sub__ __xor__ __ror__ __rand__ __rsub__ __rxor__ __len__ __contains__ "
      "__iter__ __repr__ ";
  struct Spec {
    Type* t;
    std::string names;
  };
  const Spec specs[] = {
      {vm.tInt, std::string(cmp) + arith +
                    "__lshift__ __rshift__ __or__ __xor__ __and__ __rlshift__ __rrshift__ __ror__ "
                    "__rxor__ __rand__ __invert__ __index__"},
      {vm.tFloat, std::string(cmp) + arith},
      {vm.tStr, std::string(cmp) + seq + "__add__ __mul__ __rmul__ __mod__ __hash__ __str__"},
      {vm.tBytes, std::string(cmp) + seq + "__add__ __mul__ __rmul__ __hash__"},
      {vm.tTuple, std::string(cmp) + seq + "__add__ __mul__ __rmul__ __hash__"},
      {vm.tList, std::string(cmp) + seq +
                     "__setitem__ __delitem__ __add__ __mul__ __rmul__ __iadd__ __imul__"},
      {vm.tDict, std::string(cmp) + seq + "__setitem__ __delitem__ __or__ __ror__ __ior__"},
      {vm.tSet, std::string(cmp) + sets + "__ior__ __iand__ __isub__ __ixor__"},
      {vm.tFrozenSet, std::string(cmp) + sets + "__hash__"},
      {vm.tRange, std::string(cmp) + seq + "__hash__"},
      {vm.tIterator, "__iter__ __next__"},
  };
  std::vector<std::string> names(sEnd);
  for (int s = 1; s < sEnd; s++) names[size_t(s)] = slotName(s);
  for (const Spec& sp : specs) {
    size_t i = 0;
    while (i < sp.names.size()) {
      size_t j = sp.names.find(' ', i);
      if (j == std::string::npos) j = sp.names.size();
      std::string nm = sp.names.substr(i, j - i);
      i = j + 1;
      if (nm.empty()) continue;
      int s = 1;
      while (s < sEnd && names[size_t(s)] != nm) s++;
      Native* n = vm.heap.make<Native>(tWrapper, "slot wrapper", slotCall);
      n->slot = uint8_t(s);
      n->bound = Value::obj(sp.t);
      dictSetStr(vm, sp.t->dict, vm.intern(nm), Value::obj(n));
    }
  }
  // Functions, builtins and bound methods have __call__ (collections.abc.Callable looks for it).
  for (Type* t : {vm.tFunction, vm.tBuiltin, vm.tMethod})
    vm.addMethod(t, "__call__", [](VM& vm, Args& a) {
      if (a.n < 1) return vm.raise(vm.eTypeError, "descriptor '__call__' needs an argument");
      return vm.call(a[0], a.v + 1, a.n - 1, a.kw, a.nkw);
    });
  // Mutable containers are unhashable: their __hash__ is None, as CPython's.
  for (Type* t : {vm.tList, vm.tDict, vm.tSet})
    dictSetStr(vm, t->dict, vm.intern("__hash__"), Value::none());
}

std::string slotWrapperName(int slot) { return slotName(slot); }

}  // namespace coroscope::lang
