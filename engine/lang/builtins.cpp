// The builtins module: print, len, sorted, min/max, isinstance, ...
#include <algorithm>
#include <cmath>

#include "lang/bigint_glue.hpp"
#include "lang/containers.hpp"
#include "lang/iterators.hpp"
#include "lang/native_util.hpp"
#include "lang/numfmt.hpp"
#include "num/float_ops.hpp"
#include "num/hex.hpp"

namespace coroscope::lang {

Value writeToFile(VM& vm, Value file, const std::string& text);

Tuple* unionMembers(Value cls);  // union_type.cpp

namespace {

Value bPrint(VM& vm, Args& a) {
  Value sep = kwArg(a, "sep"), end = kwArg(a, "end"), file = kwArg(a, "file"),
        flush = kwArg(a, "flush");
  for (int i = 0; i < a.nkw; i++) {
    const std::string& k = a.kw[i].name->s();
    if (k != "sep" && k != "end" && k != "file" && k != "flush")
      return vm.raise(vm.eTypeError, "'" + k + "' is an invalid keyword argument for print()");
  }
  (void)flush;
  std::string sepS = " ", endS = "\n";
  if (!sep.isUndef() && !sep.isNone()) {
    if (!isKind(sep, Kind::Str))
      return vm.raise(vm.eTypeError, "sep must be None or a string, not " + vm.typeName(sep));
    sepS = asStr(sep)->s();
  }
  if (!end.isUndef() && !end.isNone()) {
    if (!isKind(end, Kind::Str))
      return vm.raise(vm.eTypeError, "end must be None or a string, not " + vm.typeName(end));
    endS = asStr(end)->s();
  }
  std::string out;
  for (int i = 0; i < a.n; i++) {
    if (i) out += sepS;
    if (!vm.strInto(out, a[i])) return Value::err();
  }
  out += endS;
  if (file.isUndef() || file.isNone()) {
    if (vm.writeOut) vm.writeOut(out);
    return Value::none();
  }
  return writeToFile(vm, file, out);
}

Value bLen(VM& vm, Args& a) {
  NARGS("len", 1, 1);
  return vm.lenOf(a[0]);
}

Value bRepr(VM& vm, Args& a) {
  NARGS("repr", 1, 1);
  return vm.repr(a[0]);
}

Value bAscii(VM& vm, Args& a) {
  NARGS("ascii", 1, 1);
  Value r = vm.repr(a[0]);
  if (r.isErr()) return r;
  std::string out;
  const std::string& s = asStr(r)->s();
  for (size_t i = 0; i < s.size();) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      out += char(c);
      i++;
      continue;
    }
    size_t n = c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    uint32_t cp = c & (n == 2 ? 0x1F : n == 3 ? 0x0F : 0x07);
    for (size_t k = 1; k < n && i + k < s.size(); k++)
      cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
    out += cp < 0x100 ? "\\x" : cp < 0x10000 ? "\\u" : "\\U";
    num::append_hex(out, cp, cp < 0x100 ? 2 : cp < 0x10000 ? 4 : 8);
    i += n;
  }
  return vm.newStr(out);
}

}  // namespace

// What ABCMeta's checks add to the ordinary one, for classes of the frozen library (which are
// plain classes): once the subclass test fails, a metaclass's __instancecheck__ /
// __subclasscheck__ (or, for an object that is not a class, its type's: typing's aliases)
// decides; otherwise a class whose MRO defines __subclasshook__ is asked about the subclass, and
// True from it is the answer. 1, 0, or -1 with an exception pending.
int checkHook(VM& vm, Value cls, Value v, bool instance) {
  Str* hookName = vm.intern(instance ? "__instancecheck__" : "__subclasscheck__");
  Type* meta = vm.typeOf(cls);
  if (!meta->isBuiltin || !isKind(cls, Kind::Type)) {
    Value m = vm.lookup(meta, hookName);
    if (!m.isUndef()) {
      Value r = vm.call2(m, cls, v);
      return r.isErr() ? -1 : vm.truthy(r);
    }
    if (!isKind(cls, Kind::Type)) return -2;
  }
  Type* c = asType(cls);
  if (c->isBuiltin || vm.lookup(c, vm.intern("__subclasshook__")).isUndef()) return 0;
  Value hook = vm.getAttr(cls, vm.intern("__subclasshook__"));
  if (hook.isErr()) return -1;
  Value r = vm.call1(hook, instance ? Value::obj(vm.typeOf(v)) : v);
  if (r.isErr()) return -1;
  return r.isBool() && r.b;
}

bool isInstanceOf(VM& vm, Value v, Value cls, int& err) {
  Tuple* members = isKind(cls, Kind::Tuple) ? asTuple(cls) : unionMembers(cls);
  if (members) {
    for (Value c : members->items) {
      if (isInstanceOf(vm, v, c, err)) return true;
      if (err < 0) return false;
    }
    return false;
  }
  if (isKind(cls, Kind::Type) && vm.typeOf(v)->isSubtype(asType(cls))) return true;
  int h = checkHook(vm, cls, v, true);
  if (h == -2) err = 1;
  if (h == -1) err = -1;
  return h == 1;
}

namespace {

Value bIsinstance(VM& vm, Args& a) {
  NARGS("isinstance", 2, 2);
  int err = 0;
  bool r = isInstanceOf(vm, a[0], a[1], err);
  if (err < 0) return Value::err();
  if (err && !r)
    return vm.raise(vm.eTypeError,
                    "isinstance() arg 2 must be a type, a tuple of types, or a union");
  return Value::boolean(r);
}

Value bIssubclass(VM& vm, Args& a) {
  NARGS("issubclass", 2, 2);
  std::vector<Value> classes;
  if (isKind(a[1], Kind::Tuple))
    classes = asTuple(a[1])->items;
  else
    classes.push_back(a[1]);
  for (Value c : classes) {
    if (isKind(c, Kind::Type) && isKind(a[0], Kind::Type) && asType(a[0])->isSubtype(asType(c)))
      return Value::boolean(true);
    int h = checkHook(vm, c, a[0], false);
    if (h == -1) return Value::err();
    if (h == 1) return Value::boolean(true);
    if (h == -2)
      return vm.raise(vm.eTypeError,
                      "issubclass() arg 2 must be a class, a tuple of classes, or a union");
    if (!isKind(a[0], Kind::Type))
      return vm.raise(vm.eTypeError, "issubclass() arg 1 must be a class");
  }
  return Value::boolean(false);
}

Value bId(VM& vm, Args& a) {
  NARGS("id", 1, 1);
  Value v = a[0];
  if (v.isObj()) return Value::integer(int64_t(reinterpret_cast<uintptr_t>(v.o)));
  int64_t h;
  vm.hash(v, h);
  return Value::integer(h ^ 0x5a5a5a5a);
}

Value bHash(VM& vm, Args& a) {
  NARGS("hash", 1, 1);
  int64_t h;
  if (!vm.hash(a[0], h)) return Value::err();
  return Value::integer(h);
}

Value bIter(VM& vm, Args& a) {
  NARGS("iter", 1, 2);
  if (a.n == 2) {
    // iter(callable, sentinel)
    FnIter* it = vm.heap.make<FnIter>(
        vm.tIterator,
        [](VM& vm, FnIter& s) -> Value {
          Value v = vm.call0(s.vals[0]);
          if (v.isErr()) return v;
          int eq = vm.equals(v, s.vals[1]);
          if (eq < 0) return Value::err();
          return eq ? Value::undef() : v;
        },
        "callable_iterator", std::vector<Value>{a[0], a[1]});
    return Value::obj(it);
  }
  return vm.getIter(a[0]);
}

Value bNext(VM& vm, Args& a) {
  NARGS("next", 1, 2);
  Value it = a[0];
  if (!isKind(it, Kind::Iterator) && !isKind(it, Kind::Generator) &&
      vm.lookup(vm.typeOf(it), vm.dn.x_next).isUndef())
    return vm.raise(vm.eTypeError, "'" + vm.typeName(it) + "' object is not an iterator");
  Value v = vm.next(it);
  if (v.isErr()) return v;
  if (v.isUndef()) {
    if (a.n == 2) return a[1];
    Value sv = vm.lastStopValue;
    vm.lastStopValue = Value::undef();
    return vm.raiseValue(sv.isUndef() || sv.isNone() ? vm.makeException(vm.eStopIteration, {})
                                                     : vm.makeException(vm.eStopIteration, {sv}));
  }
  return v;
}

Value bGetattr(VM& vm, Args& a) {
  NARGS("getattr", 2, 3);
  if (!isKind(a[1], Kind::Str))
    return vm.raise(vm.eTypeError,
                    "attribute name must be string, not '" + vm.typeName(a[1]) + "'");
  Value v = vm.getAttr(a[0], asStr(a[1]));
  if (v.isErr() && a.n == 3 && vm.pendingIs(vm.eAttributeError)) {
    vm.takePending();
    return a[2];
  }
  return v;
}

Value bSetattr(VM& vm, Args& a) {
  NARGS("setattr", 3, 3);
  if (!isKind(a[1], Kind::Str))
    return vm.raise(vm.eTypeError,
                    "attribute name must be string, not '" + vm.typeName(a[1]) + "'");
  if (!vm.setAttr(a[0], asStr(a[1]), a[2])) return Value::err();
  return Value::none();
}

Value bHasattr(VM& vm, Args& a) {
  NARGS("hasattr", 2, 2);
  if (!isKind(a[1], Kind::Str))
    return vm.raise(vm.eTypeError,
                    "attribute name must be string, not '" + vm.typeName(a[1]) + "'");
  Value v = vm.getAttr(a[0], asStr(a[1]));
  if (v.isErr()) {
    if (vm.pendingIs(vm.eAttributeError)) {
      vm.takePending();
      return Value::boolean(false);
    }
    return v;
  }
  return Value::boolean(true);
}

Value bDelattr(VM& vm, Args& a) {
  NARGS("delattr", 2, 2);
  if (!isKind(a[1], Kind::Str)) return vm.raise(vm.eTypeError, "attribute name must be string");
  if (!vm.delAttr(a[0], asStr(a[1]))) return Value::err();
  return Value::none();
}

Value bCallable(VM& vm, Args& a) {
  NARGS("callable", 1, 1);
  Value v = a[0];
  if (v.isObj()) {
    switch (v.o->kind) {
      case Kind::Function:
      case Kind::Native:
      case Kind::BoundMethod:
      case Kind::Type:
        return Value::boolean(true);
      default:
        break;
    }
  }
  return Value::boolean(!vm.lookup(vm.typeOf(v), vm.dn.x_call).isUndef());
}

Value bAbs(VM& vm, Args& a) {
  NARGS("abs", 1, 1);
  Value v = a[0];
  if (isBigObj(v)) return fromBig(vm, toBig(v).abs());
  if (v.isInt()) {
    if (v.i == INT64_MIN) return fromBig(vm, num::BigInt(v.i).abs());
    return Value::integer(v.i < 0 ? -v.i : v.i);
  }
  if (v.isBool()) return Value::integer(v.b);
  if (v.isFloat()) return Value::flt(std::fabs(v.f));
  Value m = vm.lookup(vm.typeOf(v), vm.intern("__abs__"));
  if (!m.isUndef()) return vm.call1(m, v);
  return vm.raise(vm.eTypeError, "bad operand type for abs(): '" + vm.typeName(v) + "'");
}

// Python's round-half-even for floats, with ndigits via correctly rounded text.
Value bRound(VM& vm, Args& a) {
  NARGS("round", 1, 2);
  Value v = a[0];
  Value nd = a.n == 2 ? a[1] : kwArg(a, "ndigits");
  if (nd.isUndef() || nd.isNone()) {
    if (v.isInt() || v.isBool()) return Value::integer(v.isBool() ? v.b : v.i);
    if (v.isFloat()) {
      if (std::isnan(v.f)) return vm.raise(vm.eValueError, "cannot convert float NaN to integer");
      if (std::isinf(v.f))
        return vm.raise(vm.eOverflowError, "cannot convert float infinity to integer");
      double r = std::nearbyint(v.f);
      return Value::integer(int64_t(r));
    }
    Value m = vm.lookup(vm.typeOf(v), vm.intern("__round__"));
    if (!m.isUndef()) return vm.call1(m, v);
    return vm.raise(vm.eTypeError, "type " + vm.typeName(v) + " doesn't define __round__ method");
  }
  int64_t n;
  if (!vm.indexValue(nd, n)) return Value::err();
  if (v.isInt() || v.isBool()) {
    int64_t x = v.isBool() ? v.b : v.i;
    if (n >= 0) return Value::integer(x);
    int64_t p = 1;
    for (int64_t k = 0; k < -n && p < INT64_MAX / 10; k++) p *= 10;
    int64_t q = x / p, r = x % p;
    if (r < 0) {
      r += p;
      q--;
    }
    if (2 * r > p || (2 * r == p && (q & 1))) q++;
    return Value::integer(q * p);
  }
  if (v.isFloat()) {
    auto r = num::float_round(v.f, n);
    return r ? Value::flt(r.value()) : raiseNumError(vm, r.error());
  }
  return vm.raise(vm.eTypeError, "type " + vm.typeName(v) + " doesn't define __round__ method");
}

Value bDivmod(VM& vm, Args& a) {
  NARGS("divmod", 2, 2);
  Value q = vm.binaryOp(kFloorDiv, a[0], a[1]);
  if (q.isErr()) return q;
  Value r = vm.binaryOp(kMod, a[0], a[1]);
  if (r.isErr()) return r;
  return vm.newTuple({q, r});
}

Value bPow(VM& vm, Args& a) {
  NARGS("pow", 2, 3);
  if (a.n == 3 && !a[2].isNone()) {
    if (!a[0].isInt() || !a[1].isInt() || !a[2].isInt())
      return vm.raise(vm.eTypeError,
                      "pow() 3rd argument not allowed unless all arguments are integers");
    int64_t base = a[0].i, e = a[1].i, m = a[2].i;
    if (m == 0) return vm.raise(vm.eValueError, "pow() 3rd argument cannot be 0");
    if (e < 0)
      return vm.raise(vm.eValueError, "pow() negative exponent not supported with modulus");
    __extension__ typedef __int128 i128;
    i128 r = 1, b = base % m;
    if (b < 0) b += m;
    while (e > 0) {
      if (e & 1) r = r * b % m;
      b = b * b % m;
      e >>= 1;
    }
    int64_t res = int64_t(r);
    if (res != 0 && ((res < 0) != (m < 0))) res += m;
    return Value::integer(res);
  }
  return vm.binaryOp(kPow, a[0], a[1]);
}

// min/max share the argument handling.
Value minMax(VM& vm, Args& a, bool isMax) {
  const char* name = isMax ? "max" : "min";
  Value key = kwArg(a, "key"), def = kwArg(a, "default");
  std::vector<Value> items;
  if (a.n == 0)
    return vm.raise(vm.eTypeError, std::string(name) + " expected at least 1 argument, got 0");
  if (a.n == 1) {
    if (!vm.toList(a[0], items)) return Value::err();
  } else {
    if (!def.isUndef())
      return vm.raise(vm.eTypeError, std::string("Cannot specify a default for ") + name +
                                         "() with multiple positional arguments");
    items.assign(a.v, a.v + a.n);
  }
  Value itemsList = vm.newList(items);
  Roots r(vm, {itemsList});
  if (items.empty()) {
    if (!def.isUndef()) return def;
    return vm.raise(vm.eValueError, std::string(name) + "() arg is an empty sequence");
  }
  Value best = items[0];
  Value bestKey = best;
  if (!key.isUndef() && !key.isNone()) {
    bestKey = vm.call1(key, best);
    if (bestKey.isErr()) return bestKey;
  }
  List* keys = asList(vm.newList({bestKey}));
  Roots r2(vm, {Value::obj(keys)});
  for (size_t i = 1; i < items.size(); i++) {
    Value k = items[i];
    if (!key.isUndef() && !key.isNone()) {
      k = vm.call1(key, items[i]);
      if (k.isErr()) return k;
      keys->items.push_back(k);
    }
    Value c = vm.compare(isMax ? kGt : kLt, k, bestKey);
    if (c.isErr()) return c;
    int t = vm.truthy(c);
    if (t < 0) return Value::err();
    if (t) {
      best = items[i];
      bestKey = k;
    }
  }
  return best;
}
Value bMin(VM& vm, Args& a) { return minMax(vm, a, false); }
Value bMax(VM& vm, Args& a) { return minMax(vm, a, true); }

// sum()'s int and float accumulation, which runs no Python code (YieldSink).
bool sumFast(YieldSink& s, Value v) {
  if (s.acc.isInt() && v.isInt()) {
    int64_t r;
    if (__builtin_add_overflow(s.acc.i, v.i, &r)) return false;
    s.acc.i = r;
    return true;
  }
  if (s.acc.isFloat() && v.isFloat()) {
    s.acc.f += v.f;
    return true;
  }
  return false;
}

Value bSum(VM& vm, Args& a) {
  NARGS("sum", 1, 2);
  Value start = a.n == 2 ? a[1] : kwArg(a, "start");
  if (start.isUndef()) start = Value::integer(0);
  if (isKind(start, Kind::Str))
    return vm.raise(vm.eTypeError, "sum() can't sum strings [use ''.join(seq) instead]");
  Value it = vm.getIter(a[0]);
  if (it.isErr()) return it;
  Roots r(vm, {it});
  Roots r2(vm, {start});
  // A generator's items are added inside its frame while they are ints or floats: no suspension
  // and resumption for each.
  YieldSink sink{isKind(it, Kind::Generator) ? static_cast<Generator*>(it.o) : nullptr, sumFast,
                 start};
  for (;;) {
    Value v = vm.nextInto(it, sink);
    if (v.isErr()) return v;
    if (v.isUndef()) return sink.acc;
    if (sumFast(sink, v)) continue;
    sink.acc = vm.binaryOp(kAdd, sink.acc, v);
    if (sink.acc.isErr()) return sink.acc;
    vm.tempRoots.back() = sink.acc;
  }
}

Value bAnyAll(VM& vm, Args& a, bool isAny) {
  NARGS(isAny ? "any" : "all", 1, 1);
  Value it = vm.getIter(a[0]);
  if (it.isErr()) return it;
  Roots r(vm, {it});
  for (;;) {
    Value v = vm.next(it);
    if (v.isErr()) return v;
    if (v.isUndef()) return Value::boolean(!isAny);
    int t = vm.truthy(v);
    if (t < 0) return Value::err();
    if (isAny && t) return Value::boolean(true);
    if (!isAny && !t) return Value::boolean(false);
  }
}
Value bAny(VM& vm, Args& a) { return bAnyAll(vm, a, true); }
Value bAll(VM& vm, Args& a) { return bAnyAll(vm, a, false); }

// Stable merge sort calling back into Python for comparisons (list.sort's semantics).
bool sortValues(VM& vm, std::vector<Value>& items, Value key, bool reverse) {
  size_t n = items.size();
  std::vector<Value> keys = items;
  List* keyList = nullptr;
  if (!key.isUndef() && !key.isNone()) {
    keyList = asList(vm.newList({}));
    vm.tempRoots.push_back(Value::obj(keyList));
    for (size_t i = 0; i < n; i++) {
      Value k = vm.call1(key, items[i]);
      if (k.isErr()) {
        vm.tempRoots.pop_back();
        return false;
      }
      keys[i] = k;
      keyList->items.push_back(k);
    }
  }
  std::vector<size_t> idx(n);
  for (size_t i = 0; i < n; i++) idx[i] = i;
  bool failed = false;
  auto less = [&](size_t x, size_t y) {
    if (failed) return false;
    Value kx = keys[x], ky = keys[y];
    if (kx.isInt() && ky.isInt()) return reverse ? ky.i < kx.i : kx.i < ky.i;
    Value c = reverse ? vm.compare(kLt, ky, kx) : vm.compare(kLt, kx, ky);
    if (c.isErr()) {
      failed = true;
      return false;
    }
    int t = vm.truthy(c);
    if (t < 0) failed = true;
    return t > 0;
  };
  std::stable_sort(idx.begin(), idx.end(), less);
  if (keyList) vm.tempRoots.pop_back();
  if (failed) return false;
  std::vector<Value> out(n);
  for (size_t i = 0; i < n; i++) out[i] = items[idx[i]];
  items = std::move(out);
  return true;
}

Value bSorted(VM& vm, Args& a) {
  NARGS("sorted", 1, 1);
  std::vector<Value> items;
  if (!vm.toList(a[0], items)) return Value::err();
  Value lst = vm.newList(items);
  Roots r(vm, {lst});
  Value rev = kwArg(a, "reverse");
  bool reverse = !rev.isUndef() && vm.truthy(rev) > 0;
  if (!sortValues(vm, asList(lst)->items, kwArg(a, "key"), reverse)) return Value::err();
  return lst;
}

Value bReversed(VM& vm, Args& a) {
  NARGS("reversed", 1, 1);
  Value v = a[0];
  if (isKind(v, Kind::List) || isKind(v, Kind::Tuple) || isKind(v, Kind::Str) ||
      isKind(v, Kind::Range)) {
    std::vector<Value> items;
    if (!vm.toList(v, items)) return Value::err();
    std::reverse(items.begin(), items.end());
    Value t = vm.newTuple(items);
    return Value::obj(vm.heap.make<SeqIter>(
        vm.tIterator, t, isKind(v, Kind::List) ? "list_reverseiterator" : "reversed"));
  }
  if (isKind(v, Kind::Dict)) {
    std::vector<Value> keys;
    dictEach(asDict(v), [&](Value k, Value) { keys.push_back(k); });
    std::reverse(keys.begin(), keys.end());
    return Value::obj(
        vm.heap.make<SeqIter>(vm.tIterator, vm.newTuple(keys), "dict_reversekeyiterator"));
  }
  Value m = vm.lookup(vm.typeOf(v), vm.dn.x_reversed);
  if (!m.isUndef()) return vm.call1(m, v);
  Value len = vm.lookup(vm.typeOf(v), vm.dn.x_len);
  Value gi = vm.lookup(vm.typeOf(v), vm.dn.x_getitem);
  if (!len.isUndef() && !gi.isUndef()) {
    int64_t n = vm.length(v);
    if (n < 0) return Value::err();
    std::vector<Value> items;
    for (int64_t i = n - 1; i >= 0; i--) {
      Value x = vm.getItem(v, Value::integer(i));
      if (x.isErr()) return x;
      items.push_back(x);
    }
    return Value::obj(vm.heap.make<SeqIter>(vm.tIterator, vm.newTuple(items), "reversed"));
  }
  return vm.raise(vm.eTypeError, "'" + vm.typeName(v) + "' object is not reversible");
}

Value bEnumerate(VM& vm, Args& a) {
  NARGS("enumerate", 1, 2);
  Value start = a.n == 2 ? a[1] : kwArg(a, "start");
  int64_t s = 0;
  if (!start.isUndef() && !vm.indexValue(start, s)) return Value::err();
  Value it = vm.getIter(a[0]);
  if (it.isErr()) return it;
  FnIter* e = vm.heap.make<FnIter>(
      vm.tIterator,
      [](VM& vm, FnIter& s) -> Value {
        Value v = vm.next(s.vals[0]);
        if (v.isErr() || v.isUndef()) return v;
        return vm.newTuple({Value::integer(s.n++), v});
      },
      "enumerate", std::vector<Value>{it});
  e->n = s;
  return Value::obj(e);
}

Value bZip(VM& vm, Args& a) {
  std::vector<Value> its;
  Value strict = kwArg(a, "strict");
  for (int i = 0; i < a.n; i++) {
    Value it = vm.getIter(a[i]);
    if (it.isErr()) {
      if (vm.pendingIs(vm.eTypeError)) {
        vm.takePending();
        return vm.raise(vm.eTypeError, "'" + vm.typeName(a[i]) + "' object is not iterable");
      }
      return it;
    }
    its.push_back(it);
    vm.tempRoots.push_back(it);
  }
  vm.tempRoots.resize(vm.tempRoots.size() - its.size());
  FnIter* z = vm.heap.make<FnIter>(
      vm.tIterator,
      [](VM& vm, FnIter& s) -> Value {
        if (s.vals.empty()) return Value::undef();
        std::vector<Value> row;
        for (size_t i = 0; i < s.vals.size(); i++) {
          Value v = vm.next(s.vals[i]);
          if (v.isErr()) return v;
          if (v.isUndef()) {
            if (s.n && i > 0)
              return vm.raise(vm.eValueError, "zip() argument " + std::to_string(i + 1) +
                                                  " is shorter than argument 1");
            if (s.n && i == 0) {
              for (size_t j = 1; j < s.vals.size(); j++) {
                Value w = vm.next(s.vals[j]);
                if (w.isErr()) return w;
                if (!w.isUndef())
                  return vm.raise(vm.eValueError, "zip() argument " + std::to_string(j + 1) +
                                                      " is longer than argument 1");
              }
            }
            return Value::undef();
          }
          row.push_back(v);
        }
        return vm.newTuple(row);
      },
      "zip", its);
  z->n = !strict.isUndef() && vm.truthy(strict) > 0;
  return Value::obj(z);
}

Value bMap(VM& vm, Args& a) {
  if (a.n < 2) return vm.raise(vm.eTypeError, "map() must have at least two arguments.");
  std::vector<Value> vals{a[0]};
  for (int i = 1; i < a.n; i++) {
    Value it = vm.getIter(a[i]);
    if (it.isErr()) return it;
    vals.push_back(it);
    vm.tempRoots.push_back(it);
  }
  vm.tempRoots.resize(vm.tempRoots.size() - size_t(a.n - 1));
  return Value::obj(vm.heap.make<FnIter>(
      vm.tIterator,
      [](VM& vm, FnIter& s) -> Value {
        std::vector<Value> args;
        for (size_t i = 1; i < s.vals.size(); i++) {
          Value v = vm.next(s.vals[i]);
          if (v.isErr() || v.isUndef()) return v;
          args.push_back(v);
        }
        Value t = vm.newTuple(args);
        Roots r(vm, {t});
        return vm.call(s.vals[0], args.data(), int(args.size()));
      },
      "map", vals));
}

Value bFilter(VM& vm, Args& a) {
  NARGS("filter", 2, 2);
  Value it = vm.getIter(a[1]);
  if (it.isErr()) return it;
  return Value::obj(vm.heap.make<FnIter>(
      vm.tIterator,
      [](VM& vm, FnIter& s) -> Value {
        for (;;) {
          Value v = vm.next(s.vals[1]);
          if (v.isErr() || v.isUndef()) return v;
          Value t = v;
          if (!s.vals[0].isNone()) {
            Roots r(vm, {v});
            t = vm.call1(s.vals[0], v);
            if (t.isErr()) return t;
          }
          int b = vm.truthy(t);
          if (b < 0) return Value::err();
          if (b) return v;
        }
      },
      "filter", std::vector<Value>{a[0], it}));
}

Value bFormat(VM& vm, Args& a) {
  NARGS("format", 1, 2);
  std::string spec;
  if (a.n == 2) {
    if (!isKind(a[1], Kind::Str))
      return vm.raise(vm.eTypeError, "format() argument 2 must be str, not " + vm.typeName(a[1]));
    spec = asStr(a[1])->s();
  }
  return vm.format(a[0], spec);
}

Value bChr(VM& vm, Args& a) {
  NARGS("chr", 1, 1);
  int64_t cp;
  if (!vm.indexValue(a[0], cp)) return Value::err();
  if (cp < 0 || cp > 0x10FFFF) return vm.raise(vm.eValueError, "chr() arg not in range(0x110000)");
  FormatSpec fs;
  fs.type = 'c';
  std::string err;
  std::string s;
  uint32_t c = uint32_t(cp);
  if (c < 0x80)
    s += char(c);
  else if (c < 0x800)
    s += char(0xC0 | (c >> 6)), s += char(0x80 | (c & 0x3F));
  else if (c < 0x10000)
    s += char(0xE0 | (c >> 12)), s += char(0x80 | ((c >> 6) & 0x3F)), s += char(0x80 | (c & 0x3F));
  else
    s += char(0xF0 | (c >> 18)), s += char(0x80 | ((c >> 12) & 0x3F)),
        s += char(0x80 | ((c >> 6) & 0x3F)), s += char(0x80 | (c & 0x3F));
  return Value::obj(vm.intern(s));
}

Value bOrd(VM& vm, Args& a) {
  NARGS("ord", 1, 1);
  if (isKind(a[0], Kind::Bytes)) {
    const std::string& b = static_cast<Bytes*>(a[0].o)->s;
    if (b.size() != 1)
      return vm.raise(vm.eTypeError, "ord() expected a character, but string of length " +
                                         std::to_string(b.size()) + " found");
    return Value::integer(static_cast<unsigned char>(b[0]));
  }
  if (!isKind(a[0], Kind::Str))
    return vm.raise(vm.eTypeError,
                    "ord() expected string of length 1, but " + vm.typeName(a[0]) + " found");
  Str* s = asStr(a[0]);
  if (s->length() != 1)
    return vm.raise(vm.eTypeError, "ord() expected a character, but string of length " +
                                       std::to_string(s->length()) + " found");
  const std::string& t = s->s();
  unsigned char c = static_cast<unsigned char>(t[0]);
  if (c < 0x80) return Value::integer(c);
  size_t n = c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
  uint32_t cp = c & (n == 2 ? 0x1F : n == 3 ? 0x0F : 0x07);
  for (size_t k = 1; k < n; k++) cp = (cp << 6) | (static_cast<unsigned char>(t[k]) & 0x3F);
  return Value::integer(cp);
}

Value baseConv(VM& vm, Args& a, int base, const char* prefix) {
  NARGS(base == 16 ? "hex" : base == 8 ? "oct" : "bin", 1, 1);
  if (isBigObj(a[0])) {
    num::BigInt b = toBig(a[0]);
    return vm.newStr(std::string(b.is_negative() ? "-" : "") + prefix + b.abs().to_string(base));
  }
  int64_t v;
  if (!vm.indexValue(a[0], v)) return Value::err();
  bool neg = v < 0;
  uint64_t u = neg ? uint64_t(0) - uint64_t(v) : uint64_t(v);
  std::string digits;
  do {
    int d = int(u % uint64_t(base));
    digits += char(d < 10 ? '0' + d : 'a' + d - 10);
    u /= uint64_t(base);
  } while (u);
  std::reverse(digits.begin(), digits.end());
  return vm.newStr(std::string(neg ? "-" : "") + prefix + digits);
}
Value bHex(VM& vm, Args& a) { return baseConv(vm, a, 16, "0x"); }
Value bOct(VM& vm, Args& a) { return baseConv(vm, a, 8, "0o"); }
Value bBin(VM& vm, Args& a) { return baseConv(vm, a, 2, "0b"); }

Value bGlobals(VM& vm, Args& a) {
  Frame* f = vm.currentFrame();
  return f ? Value::obj(f->globals) : Value::obj(vm.newDict());
}

Value frameLocals(VM& vm, Frame* f) {
  if (f->locals) return Value::obj(f->locals);
  if (f->code->usesNameDict) return Value::obj(f->globals);
  Dict* d = vm.newDict();
  for (uint32_t i = 0; i < f->code->nslots; i++) {
    Value v = f->base[i];
    if (v.isObj() && v.o->kind == Kind::Cell) {
      bool isCellOrFree = false;
      for (uint32_t s : f->code->cellSlots) isCellOrFree |= s == i;
      for (uint32_t s : f->code->freeSlots) isCellOrFree |= s == i;
      if (isCellOrFree) v = static_cast<Cell*>(v.o)->v;
    }
    const std::string& n = f->code->varnames[i]->s();
    if (v.isUndef() || n[0] == '.' || n == "__class__") continue;
    dictSetStr(vm, d, f->code->varnames[i], v);
  }
  return Value::obj(d);
}

Value bLocals(VM& vm, Args& a) {
  Frame* f = vm.currentFrame();
  if (!f) return Value::obj(vm.newDict());
  return frameLocals(vm, f);
}

Value bVars(VM& vm, Args& a) {
  NARGS("vars", 0, 1);
  if (a.n == 0) return bLocals(vm, a);
  Value v = a[0];
  if (v.isObj()) {
    if ((v.o->kind == Kind::Instance || v.o->kind == Kind::Exception) &&
        static_cast<Instance*>(v.o)->dict)
      return Value::obj(static_cast<Instance*>(v.o)->dict);
    if (v.o->kind == Kind::Type) return Value::obj(asType(v)->dict);
    if (v.o->kind == Kind::Module) return Value::obj(static_cast<Module*>(v.o)->dict);
    if (v.o->kind == Kind::Function) {
      Function* fn = static_cast<Function*>(v.o);
      if (!fn->dict) fn->dict = vm.newDict();
      return Value::obj(fn->dict);
    }
  }
  return vm.raise(vm.eTypeError, "vars() argument must have __dict__ attribute");
}

Value bDir(VM& vm, Args& a) {
  NARGS("dir", 0, 1);
  if (a.n == 0) {
    Value l = bLocals(vm, a);
    std::vector<Value> keys;
    dictEach(asDict(l), [&](Value k, Value) { keys.push_back(k); });
    Value lst = vm.newList(keys);
    Roots r(vm, {lst});
    sortValues(vm, asList(lst)->items, Value::undef(), false);
    return lst;
  }
  Value d = vm.getAttr(a[0], vm.intern("__dir__"));
  if (d.isErr()) return d;
  Value r = vm.call0(d);
  if (r.isErr()) return r;
  std::vector<Value> items;
  if (!vm.toList(r, items)) return Value::err();
  Value lst = vm.newList(items);
  Roots rr(vm, {lst});
  if (!sortValues(vm, asList(lst)->items, Value::undef(), false)) return Value::err();
  return lst;
}

Value bInput(VM& vm, Args& a) {
  NARGS("input", 0, 1);
  if (a.n == 1) {
    std::string p;
    if (!vm.strInto(p, a[0])) return Value::err();
    if (vm.writeOut) vm.writeOut(p);
  }
  if (!vm.hasStdin)
    return vm.raise(vm.eEOFError,
                    "EOF when reading a line (no input was provided to this program)");
  if (vm.stdinPos >= vm.stdinData.size()) return vm.raise(vm.eEOFError, "EOF when reading a line");
  size_t nl = vm.stdinData.find('\n', vm.stdinPos);
  std::string line;
  if (nl == std::string::npos) {
    line = vm.stdinData.substr(vm.stdinPos);
    vm.stdinPos = vm.stdinData.size();
  } else {
    line = vm.stdinData.substr(vm.stdinPos, nl - vm.stdinPos);
    vm.stdinPos = nl + 1;
  }
  if (!line.empty() && line.back() == '\r') line.pop_back();
  return vm.newStr(line);
}

Value bUnsupported(VM& vm, Args& a) {
  Native* self = static_cast<Native*>(a.v[-1].o);
  return vm.raise(vm.eNotImplementedError,
                  std::string(self->name) + "() is not supported by this interpreter");
}

Value bAiter(VM& vm, Args& a);
Value bAnext(VM& vm, Args& a);

}  // namespace

Value asyncIterOf(VM& vm, Value v);
Value asyncNext(VM& vm, Value aiter);
Value asyncNextOr(VM& vm, Value aiter, Value dflt);
bool sortList(VM& vm, std::vector<Value>& items, Value key, bool reverse) {
  return sortValues(vm, items, key, reverse);
}
Value localsOf(VM& vm, Frame* f) { return frameLocals(vm, f); }

namespace {
Value bAiter(VM& vm, Args& a) {
  NARGS("aiter", 1, 1);
  return asyncIterOf(vm, a[0]);
}
Value bAnext(VM& vm, Args& a) {
  NARGS("anext", 1, 2);
  if (vm.lookup(vm.typeOf(a[0]), vm.intern("__anext__")).isUndef())
    return vm.raise(vm.eTypeError, "'" + vm.typeName(a[0]) + "' object is not an async iterator");
  if (a.n == 2) return asyncNextOr(vm, a[0], a[1]);
  return asyncNext(vm, a[0]);
}
}  // namespace

void VM::initBuiltins() {
  struct {
    const char* name;
    NativeFn fn;
  } const fns[] = {
      {"print", bPrint},
      {"len", bLen},
      {"repr", bRepr},
      {"ascii", bAscii},
      {"isinstance", bIsinstance},
      {"issubclass", bIssubclass},
      {"id", bId},
      {"hash", bHash},
      {"iter", bIter},
      {"next", bNext},
      {"getattr", bGetattr},
      {"setattr", bSetattr},
      {"hasattr", bHasattr},
      {"delattr", bDelattr},
      {"callable", bCallable},
      {"abs", bAbs},
      {"round", bRound},
      {"divmod", bDivmod},
      {"pow", bPow},
      {"min", bMin},
      {"max", bMax},
      {"sum", bSum},
      {"any", bAny},
      {"all", bAll},
      {"sorted", bSorted},
      {"reversed", bReversed},
      {"enumerate", bEnumerate},
      {"zip", bZip},
      {"map", bMap},
      {"filter", bFilter},
      {"format", bFormat},
      {"chr", bChr},
      {"ord", bOrd},
      {"hex", bHex},
      {"oct", bOct},
      {"bin", bBin},
      {"globals", bGlobals},
      {"locals", bLocals},
      {"vars", bVars},
      {"dir", bDir},
      {"input", bInput},
      {"aiter", bAiter},
      {"anext", bAnext},
      {"exec", bUnsupported},
      {"eval", bUnsupported},
      {"compile", bUnsupported},
      {"open", bUnsupported},
      {"breakpoint", bUnsupported},
      {"__import__", bUnsupported},
      {"memoryview", bUnsupported},
      {"bytearray", bUnsupported},
      {"complex", bUnsupported},
  };
  for (auto& f : fns) addBuiltin(f.name, newNative(f.name, f.fn));
  // sorted() counts once, for the list.sort() it calls.
  for (const char* name : {"abs", "all", "any", "ascii", "bin", "callable", "chr", "hash", "hex",
                           "id", "max", "min", "oct", "ord", "repr", "sorted"})
    static_cast<Native*>(dictGetStr(builtins, intern(name)).o)->counted = true;
  addBuiltin("None", Value::none());
  addBuiltin("True", Value::boolean(true));
  addBuiltin("False", Value::boolean(false));
  addBuiltin("__name__", Value::obj(intern("builtins")));
  initMethods();
}

}  // namespace coroscope::lang
