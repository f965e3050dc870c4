// list, tuple, dict and set methods, and the dict view objects.
#include <algorithm>

#include "lang/bigint_glue.hpp"
#include "lang/containers.hpp"
#include "lang/iterators.hpp"
#include "lang/native_util.hpp"

namespace coroscope::lang {

bool sortList(VM& vm, std::vector<Value>& items, Value key, bool reverse);
bool dictUpdateFromValue(VM& vm, Dict* d, Value src);

namespace {
std::vector<Value>& L(const Args& a) { return asList(a[0])->items; }

Value lAppend(VM& vm, Args& a) {
  NARGS("append", 2, 2);
  L(a).push_back(a[1]);
  return Value::none();
}
Value lExtend(VM& vm, Args& a) {
  NARGS("extend", 2, 2);
  std::vector<Value> items;
  if (!vm.toList(a[1], items)) return Value::err();
  L(a).insert(L(a).end(), items.begin(), items.end());
  return Value::none();
}
Value lInsert(VM& vm, Args& a) {
  NARGS("insert", 3, 3);
  int64_t i;
  if (!vm.indexValue(a[1], i)) return Value::err();
  int64_t n = int64_t(L(a).size());
  if (i < 0) i = std::max<int64_t>(0, i + n);
  if (i > n) i = n;
  L(a).insert(L(a).begin() + i, a[2]);
  return Value::none();
}
Value lPop(VM& vm, Args& a) {
  NARGS("pop", 1, 2);
  auto& items = L(a);
  if (items.empty()) return vm.raise(vm.eIndexError, "pop from empty list");
  int64_t i = -1;
  if (a.n == 2 && !vm.indexValue(a[1], i)) return Value::err();
  int64_t n = int64_t(items.size());
  if (i < 0) i += n;
  if (i < 0 || i >= n) return vm.raise(vm.eIndexError, "pop index out of range");
  Value v = items[size_t(i)];
  items.erase(items.begin() + i);
  return v;
}
Value lRemove(VM& vm, Args& a) {
  NARGS("remove", 2, 2);
  auto& items = L(a);
  for (size_t i = 0; i < items.size(); i++) {
    int e = vm.equals(items[i], a[1]);
    if (e < 0) return Value::err();
    if (e) {
      items.erase(items.begin() + long(i));
      return Value::none();
    }
  }
  return vm.raise(vm.eValueError, "list.remove(x): x not in list");
}
Value seqIndex(VM& vm, Args& a, std::vector<Value>& items, const char* what) {
  NARGS("index", 2, 4);
  int64_t n = int64_t(items.size()), st = 0, en = n;
  if (a.n > 2 && !vm.indexValue(a[2], st)) return Value::err();
  if (a.n > 3 && !vm.indexValue(a[3], en)) return Value::err();
  if (st < 0) st = std::max<int64_t>(0, st + n);
  if (en < 0) en = std::max<int64_t>(0, en + n);
  for (int64_t i = st; i < std::min(en, n); i++) {
    int e = vm.equals(items[size_t(i)], a[1]);
    if (e < 0) return Value::err();
    if (e) return Value::integer(i);
  }
  if (std::string(what) == "list") {
    std::string r;
    if (!vm.reprInto(r, a[1])) return Value::err();
    return vm.raise(vm.eValueError, r + " is not in list");
  }
  return vm.raise(vm.eValueError, "tuple.index(x): x not in tuple");
}
Value lIndex(VM& vm, Args& a) { return seqIndex(vm, a, L(a), "list"); }
Value tIndex(VM& vm, Args& a) { return seqIndex(vm, a, asTuple(a[0])->items, "tuple"); }
Value seqCount(VM& vm, Args& a, std::vector<Value>& items) {
  NARGS("count", 2, 2);
  int64_t c = 0;
  for (size_t i = 0; i < items.size(); i++) {
    int e = vm.equals(items[i], a[1]);
    if (e < 0) return Value::err();
    c += e;
  }
  return Value::integer(c);
}
Value lCount(VM& vm, Args& a) { return seqCount(vm, a, L(a)); }
Value tCount(VM& vm, Args& a) { return seqCount(vm, a, asTuple(a[0])->items); }
Value lSort(VM& vm, Args& a) {
  if (a.n > 1) return vm.raise(vm.eTypeError, "sort() takes no positional arguments");
  Value rev = kwArg(a, "reverse");
  bool reverse = !rev.isUndef() && vm.truthy(rev) > 0;
  std::vector<Value> items = L(a);
  L(a).clear();
  Value tmp = vm.newList(items);
  Roots r(vm, {tmp});
  bool ok = sortList(vm, asList(tmp)->items, kwArg(a, "key"), reverse);
  bool modified = !L(a).empty();
  L(a) = asList(tmp)->items;
  if (!ok) return Value::err();
  if (modified) return vm.raise(vm.eValueError, "list modified during sort");
  return Value::none();
}
Value lReverse(VM& vm, Args& a) {
  std::reverse(L(a).begin(), L(a).end());
  return Value::none();
}
Value lCopy(VM& vm, Args& a) { return vm.newList(L(a)); }
Value lClear(VM& vm, Args& a) {
  L(a).clear();
  return Value::none();
}

// ---- dict ----
Dict* D(const Args& a) { return asDict(a[0]); }

struct DictView : Obj {
  Dict* d;
  DictIter::Mode mode;
  DictView(Dict* dict, DictIter::Mode m) : Obj(Kind::Misc), d(dict), mode(m) {}
  void trace(Heap& h) override { h.mark(d); }
};

Type* viewTypes[3];

Value makeView(VM& vm, Args& a, DictIter::Mode m) {
  return Value::obj(vm.heap.make<DictView>(viewTypes[m], D(a), m));
}
Value dKeys(VM& vm, Args& a) { return makeView(vm, a, DictIter::Keys); }
Value dValues(VM& vm, Args& a) { return makeView(vm, a, DictIter::Values); }
Value dItems(VM& vm, Args& a) { return makeView(vm, a, DictIter::Items); }

DictView* V(const Args& a) { return static_cast<DictView*>(a[0].o); }
Value viewIter(VM& vm, Args& a) {
  return Value::obj(vm.heap.make<DictIter>(vm.tIterator, V(a)->d, V(a)->mode));
}
Value viewLen(VM& vm, Args& a) { return Value::integer(int64_t(V(a)->d->used)); }
Value viewRepr(VM& vm, Args& a) {
  DictView* v = V(a);
  const char* names[] = {"dict_keys", "dict_values", "dict_items"};
  std::string out = std::string(names[v->mode]) + "([";
  bool first = true;
  for (size_t i = 0; i < v->d->entries.size(); i++) {
    Dict::Entry e = v->d->entries[i];
    if (e.key.isUndef()) continue;
    if (!first) out += ", ";
    first = false;
    bool ok;
    if (v->mode == DictIter::Keys)
      ok = vm.reprInto(out, e.key);
    else if (v->mode == DictIter::Values)
      ok = vm.reprInto(out, e.value);
    else {
      out += "(";
      ok = vm.reprInto(out, e.key);
      out += ", ";
      ok = ok && vm.reprInto(out, e.value);
      out += ")";
    }
    if (!ok) return Value::err();
  }
  return vm.newStr(out + "])");
}
Value viewContains(VM& vm, Args& a) {
  DictView* v = V(a);
  if (v->mode == DictIter::Keys) {
    Value r = dictGet(vm, v->d, a[1]);
    if (r.isErr()) return r;
    return Value::boolean(!r.isUndef());
  }
  if (v->mode == DictIter::Items) {
    if (!isKind(a[1], Kind::Tuple) || asTuple(a[1])->items.size() != 2)
      return Value::boolean(false);
    Value r = dictGet(vm, v->d, asTuple(a[1])->items[0]);
    if (r.isErr()) return r;
    if (r.isUndef()) return Value::boolean(false);
    int e = vm.equals(r, asTuple(a[1])->items[1]);
    if (e < 0) return Value::err();
    return Value::boolean(e);
  }
  for (auto& e : v->d->entries) {
    if (e.key.isUndef()) continue;
    int q = vm.equals(e.value, a[1]);
    if (q < 0) return Value::err();
    if (q) return Value::boolean(true);
  }
  return Value::boolean(false);
}
Value viewSetOp(VM& vm, Args& a, int op) {
  Set* s = vm.newSet(false);
  Value sv = Value::obj(s);
  Roots r(vm, {sv});
  if (!setUpdate(vm, s, a[0])) return Value::err();
  Set* o = vm.newSet(false);
  Value ov = Value::obj(o);
  Roots r2(vm, {ov});
  if (!setUpdate(vm, o, a[1])) return Value::err();
  return vm.binaryOp(op, sv, ov);
}
Value viewAnd(VM& vm, Args& a) { return viewSetOp(vm, a, kBitAnd); }
Value viewOr(VM& vm, Args& a) { return viewSetOp(vm, a, kBitOr); }
Value viewSub(VM& vm, Args& a) { return viewSetOp(vm, a, kSub); }

Value dGet(VM& vm, Args& a) {
  NARGS("get", 2, 3);
  Value v = dictGet(vm, D(a), a[1]);
  if (v.isErr()) return v;
  if (v.isUndef()) return a.n == 3 ? a[2] : Value::none();
  return v;
}
Value dPop(VM& vm, Args& a) {
  NARGS("pop", 2, 3);
  Value v = dictPop(vm, D(a), a[1]);
  if (v.isErr()) return v;
  if (v.isUndef()) {
    if (a.n == 3) return a[2];
    return vm.raiseValue(vm.makeException(vm.eKeyError, {a[1]}));
  }
  return v;
}
Value dPopitem(VM& vm, Args& a) {
  Dict* d = D(a);
  for (size_t i = d->entries.size(); i-- > 0;) {
    Dict::Entry e = d->entries[i];
    if (e.key.isUndef()) continue;
    Value t = vm.newTuple({e.key, e.value});
    Roots r(vm, {t});
    if (dictDel(vm, d, e.key) < 0) return Value::err();
    return t;
  }
  return vm.raise(vm.eKeyError, "popitem(): dictionary is empty");
}
Value dSetdefault(VM& vm, Args& a) {
  NARGS("setdefault", 2, 3);
  Value v = dictGet(vm, D(a), a[1]);
  if (v.isErr()) return v;
  if (!v.isUndef()) return v;
  Value def = a.n == 3 ? a[2] : Value::none();
  if (!dictSet(vm, D(a), a[1], def)) return Value::err();
  return def;
}
Value dUpdate(VM& vm, Args& a) {
  NARGS("update", 1, 2);
  if (a.n == 2 && !dictUpdateFromValue(vm, D(a), a[1])) return Value::err();
  for (int i = 0; i < a.nkw; i++)
    if (!dictSet(vm, D(a), Value::obj(a.kw[i].name), a.kw[i].value)) return Value::err();
  return Value::none();
}
Value dCopy(VM& vm, Args& a) {
  Dict* d = vm.newDict();
  Value dv = Value::obj(d);
  Roots r(vm, {dv});
  for (auto& e : D(a)->entries)
    if (!e.key.isUndef() && !dictSet(vm, d, e.key, e.value)) return Value::err();
  return dv;
}
Value dClear(VM& vm, Args& a) {
  dictClear(D(a));
  return Value::none();
}

// ---- set ----
Set* St(const Args& a) { return static_cast<Set*>(a[0].o); }
Value stAdd(VM& vm, Args& a) {
  NARGS("add", 2, 2);
  if (setAdd(vm, St(a), a[1]) < 0) return Value::err();
  return Value::none();
}
Value stDiscard(VM& vm, Args& a) {
  NARGS("discard", 2, 2);
  if (setDiscard(vm, St(a), a[1]) < 0) return Value::err();
  return Value::none();
}
Value stRemove(VM& vm, Args& a) {
  NARGS("remove", 2, 2);
  int r = setDiscard(vm, St(a), a[1]);
  if (r < 0) return Value::err();
  if (r == 0) return vm.raiseValue(vm.makeException(vm.eKeyError, {a[1]}));
  return Value::none();
}
Value stPop(VM& vm, Args& a) {
  Set* s = St(a);
  for (auto& slot : s->t.table) {
    if (slot.key.isUndef() || slot.key.isErr()) continue;
    Value k = slot.key;
    slot.key = Value::err();
    slot.hash = -1;
    s->t.used--;
    return k;
  }
  return vm.raise(vm.eKeyError, "pop from an empty set");
}
Value stClear(VM& vm, Args& a) {
  setClear(St(a));
  return Value::none();
}
Value stCopy(VM& vm, Args& a) {
  Set* s = vm.newSet(St(a)->frozen);
  s->cls = a[0].o->cls;
  Value sv = Value::obj(s);
  Roots r(vm, {sv});
  if (!setUpdate(vm, s, a[0])) return Value::err();
  return sv;
}
Value stUpdate(VM& vm, Args& a) {
  for (int i = 1; i < a.n; i++)
    if (!setUpdate(vm, St(a), a[i])) return Value::err();
  return Value::none();
}
Value toSet(VM& vm, Value v) {
  if (isKind(v, Kind::Set)) return v;
  Set* s = vm.newSet(false);
  Value sv = Value::obj(s);
  Roots r(vm, {sv});
  if (!setUpdate(vm, s, v)) return Value::err();
  return sv;
}
Value setMethodOp(VM& vm, Args& a, int op, bool inplace) {
  Value acc = a[0];
  if (!inplace) {
    Value c = stCopy(vm, a);
    if (c.isErr()) return c;
    acc = c;
  }
  Roots r(vm, {acc});
  for (int i = 1; i < a.n; i++) {
    Value o = toSet(vm, a[i]);
    if (o.isErr()) return o;
    Roots r2(vm, {o});
    Value res = vm.binaryOp(op + kNumBinOps, acc, o);
    if (res.isErr()) return res;
  }
  if (inplace) return Value::none();
  return acc;
}
Value stUnion(VM& vm, Args& a) { return setMethodOp(vm, a, kBitOr, false); }
Value stIntersection(VM& vm, Args& a) { return setMethodOp(vm, a, kBitAnd, false); }
Value stDifference(VM& vm, Args& a) { return setMethodOp(vm, a, kSub, false); }
Value stSymDiff(VM& vm, Args& a) { return setMethodOp(vm, a, kBitXor, false); }
Value stIntersectionUpdate(VM& vm, Args& a) { return setMethodOp(vm, a, kBitAnd, true); }
Value stDifferenceUpdate(VM& vm, Args& a) { return setMethodOp(vm, a, kSub, true); }
Value stSymDiffUpdate(VM& vm, Args& a) { return setMethodOp(vm, a, kBitXor, true); }
Value stIssubset(VM& vm, Args& a) {
  NARGS("issubset", 2, 2);
  Value o = toSet(vm, a[1]);
  if (o.isErr()) return o;
  return vm.compare(kLe, a[0], o);
}
Value stIssuperset(VM& vm, Args& a) {
  NARGS("issuperset", 2, 2);
  Value o = toSet(vm, a[1]);
  if (o.isErr()) return o;
  return vm.compare(kGe, a[0], o);
}
Value stIsdisjoint(VM& vm, Args& a) {
  NARGS("isdisjoint", 2, 2);
  std::vector<Value> items;
  if (!vm.toList(a[1], items)) return Value::err();
  for (Value v : items) {
    int c = setContains(vm, St(a), v);
    if (c < 0) return Value::err();
    if (c) return Value::boolean(false);
  }
  return Value::boolean(true);
}
}  // namespace

// set algebra with CPython's iteration-order rules for the results.
Value setBinary(VM& vm, int op, Set* a, Set* b, bool inplace) {
  Set* res = inplace ? a : vm.newSet(a->frozen);
  if (!inplace) res->cls = a->cls;
  Value rv = Value::obj(res);
  Roots r(vm, {rv, Value::obj(a), Value::obj(b)});
  switch (op) {
    case kBitOr:
      if (!inplace && !setUpdate(vm, res, Value::obj(a))) return Value::err();
      if (!setUpdate(vm, res, Value::obj(b))) return Value::err();
      return rv;
    case kBitAnd: {
      Set* small = a;
      Set* big = b;
      if (setSize(b) > setSize(a)) std::swap(small, big);
      std::vector<Value> keep;
      setEach(small, [&](Value k) { keep.push_back(k); });
      std::vector<Value> out;
      for (Value k : keep) {
        int c = setContains(vm, big, k);
        if (c < 0) return Value::err();
        if (c) out.push_back(k);
      }
      if (inplace) setClear(res);
      for (Value k : out)
        if (setAdd(vm, res, k) < 0) return Value::err();
      return rv;
    }
    case kSub: {
      std::vector<Value> keys;
      setEach(a, [&](Value k) { keys.push_back(k); });
      std::vector<Value> out;
      for (Value k : keys) {
        int c = setContains(vm, b, k);
        if (c < 0) return Value::err();
        if (!c) out.push_back(k);
      }
      if (inplace) setClear(res);
      for (Value k : out)
        if (setAdd(vm, res, k) < 0) return Value::err();
      return rv;
    }
    case kBitXor: {
      if (!inplace && !setUpdate(vm, res, Value::obj(a))) return Value::err();
      std::vector<Value> keys;
      setEach(b, [&](Value k) { keys.push_back(k); });
      for (Value k : keys) {
        int c = setDiscard(vm, res, k);
        if (c < 0) return Value::err();
        if (c == 0 && setAdd(vm, res, k) < 0) return Value::err();
      }
      return rv;
    }
  }
  return rv;
}

Value setCompare(VM& vm, int op, Set* a, Set* b) {
  auto subset = [&](Set* x, Set* y) -> int {
    if (setSize(x) > setSize(y)) return 0;
    std::vector<Value> keys;
    setEach(x, [&](Value k) { keys.push_back(k); });
    for (Value k : keys) {
      int c = setContains(vm, y, k);
      if (c <= 0) return c;
    }
    return 1;
  };
  int r;
  switch (op) {
    case kEq:
    case kNe:
      r = setSize(a) == setSize(b) ? subset(a, b) : 0;
      if (r < 0) return Value::err();
      return Value::boolean(op == kEq ? r == 1 : r == 0);
    case kLe:
      r = subset(a, b);
      break;
    case kGe:
      r = subset(b, a);
      break;
    case kLt:
      r = setSize(a) < setSize(b) ? subset(a, b) : 0;
      break;
    default:
      r = setSize(b) < setSize(a) ? subset(b, a) : 0;
      break;
  }
  if (r < 0) return Value::err();
  return Value::boolean(r == 1);
}

Value rangeIndex(VM& vm, Args& a) {
  NARGS("index", 2, 2);
  Range* r = static_cast<Range*>(a[0].o);
  int c = vm.contains(a[0], a[1]);
  if (c < 0) return Value::err();
  if (!c || !a[1].isInt()) {
    std::string rep;
    if (!vm.reprInto(rep, a[1])) return Value::err();
    return vm.raise(vm.eValueError, rep + " is not in range");
  }
  return Value::integer((a[1].i - r->start) / r->step);
}
Value rangeCount(VM& vm, Args& a) {
  NARGS("count", 2, 2);
  int c = vm.contains(a[0], a[1]);
  if (c < 0) return Value::err();
  return Value::integer(c);
}

// __init__/__new__ of list, dict and tuple, for user subclasses (super().__init__(...)).
Value listInit(VM& vm, Args& a) {
  NARGS("list", 1, 2);
  std::vector<Value> items;
  if (a.n == 2 && !vm.toList(a[1], items)) return Value::err();
  L(a) = std::move(items);
  return Value::none();
}
Value dictInit(VM& vm, Args& a) {
  NARGS("dict", 1, 2);
  if (a.n == 2 && !dictUpdateFromValue(vm, D(a), a[1])) return Value::err();
  for (int i = 0; i < a.nkw; i++)
    if (!dictSet(vm, D(a), Value::obj(a.kw[i].name), a.kw[i].value)) return Value::err();
  return Value::none();
}

Value VM::constructSubclass(Type* cls, const Value* args, int n, const KwArg* kw, int nkw) {
  Type* base = cls->builtinBase && cls->builtinBase->construct ? cls->builtinBase : cls;
  if (!base->construct) return raise(eTypeError, "cannot create '" + cls->name + "' instances");
  // list and dict are filled by __init__; the others take their value at creation.
  Kind k = base->instanceKind;
  bool filledLater = k == Kind::List || k == Kind::Dict;
  Args na{const_cast<Value*>(args), filledLater ? 0 : n,
          filledLater ? nullptr : const_cast<KwArg*>(kw), filledLater ? 0 : nkw};
  Value r = base->construct(*this, na);
  if (r.isErr() || cls == base) return r;
  // The builtin may hand back a shared object (an interned str, the tuple it was given, a small
  // int): the subclass's instance is always a new one.
  switch (k) {
    case Kind::Str:
      r = Value::obj(heap.make<Str>(cls, asStr(r)->s()));
      break;
    case Kind::Tuple:
      r = Value::obj(heap.make<Tuple>(cls, asTuple(r)->items));
      break;
    case Kind::Bytes:
      r = Value::obj(heap.make<Bytes>(cls, static_cast<Bytes*>(r.o)->s));
      break;
    case Kind::BigInt:
      if (!isIntLike(r)) return raise(eTypeError, "int() returned non-int");
      r = Value::obj(heap.make<BigIntObj>(cls, toBig(r)));
      break;
    default:
      if (r.isObj()) r.o->cls = cls;
  }
  return r;
}

// X.__new__(cls, ...): the builtin object, made as an object of cls.
Value containerNew(VM& vm, Args& a) {
  if (a.n < 1 || !isKind(a[0], Kind::Type))
    return vm.raise(vm.eTypeError, "__new__(X): X is not a type object");
  return vm.constructSubclass(asType(a[0]), a.v + 1, a.n - 1, a.kw, a.nkw);
}

Value dictFromKeys(VM& vm, Args& a) {
  if (a.n < 2) return vm.raise(vm.eTypeError, "fromkeys expected at least 1 argument, got 0");
  std::vector<Value> keys;
  if (!vm.toList(a[1], keys)) return Value::err();
  Dict* d = vm.newDict();
  Value dv = Value::obj(d);
  Roots r(vm, {dv});
  Value v = a.n > 2 ? a[2] : Value::none();
  for (Value k : keys)
    if (!dictSet(vm, d, k, v)) return Value::err();
  return dv;
}

void initContainerMethods(VM& vm) {
  struct M {
    const char* n;
    NativeFn f;
  };
  for (auto& x : std::initializer_list<M>{{"append", lAppend},
                                          {"extend", lExtend},
                                          {"insert", lInsert},
                                          {"pop", lPop},
                                          {"remove", lRemove},
                                          {"index", lIndex},
                                          {"count", lCount},
                                          {"sort", lSort},
                                          {"reverse", lReverse},
                                          {"copy", lCopy},
                                          {"clear", lClear}})
    vm.addMethod(vm.tList, x.n, x.f);
  vm.addMethod(vm.tTuple, "index", tIndex);
  vm.addMethod(vm.tRange, "index", rangeIndex);
  vm.addMethod(vm.tRange, "count", rangeCount);
  vm.addMethod(vm.tTuple, "count", tCount);
  for (auto& x : std::initializer_list<M>{{"get", dGet},
                                          {"keys", dKeys},
                                          {"values", dValues},
                                          {"items", dItems},
                                          {"pop", dPop},
                                          {"popitem", dPopitem},
                                          {"setdefault", dSetdefault},
                                          {"update", dUpdate},
                                          {"copy", dCopy},
                                          {"clear", dClear}})
    vm.addMethod(vm.tDict, x.n, x.f);
  for (Type* t : {vm.tSet, vm.tFrozenSet}) {
    for (auto& x : std::initializer_list<M>{{"copy", stCopy},
                                            {"union", stUnion},
                                            {"intersection", stIntersection},
                                            {"difference", stDifference},
                                            {"symmetric_difference", stSymDiff},
                                            {"issubset", stIssubset},
                                            {"issuperset", stIssuperset},
                                            {"isdisjoint", stIsdisjoint}})
      vm.addMethod(t, x.n, x.f);
  }
  for (auto& x : std::initializer_list<M>{{"add", stAdd},
                                          {"discard", stDiscard},
                                          {"remove", stRemove},
                                          {"pop", stPop},
                                          {"clear", stClear},
                                          {"update", stUpdate},
                                          {"intersection_update", stIntersectionUpdate},
                                          {"difference_update", stDifferenceUpdate},
                                          {"symmetric_difference_update", stSymDiffUpdate}})
    vm.addMethod(vm.tSet, x.n, x.f);
  vm.addMethod(vm.tList, "__init__", listInit);
  vm.addMethod(vm.tDict, "__init__", dictInit);
  for (Type* t : {vm.tTuple, vm.tList, vm.tDict, vm.tStr, vm.tInt, vm.tBytes, vm.tClassMethod,
                  vm.tStaticMethod, vm.tProperty}) {
    Wrapper* w = vm.heap.make<Wrapper>(vm.tStaticMethod, Kind::StaticMethod);
    w->a = vm.newNative("container.__new__", containerNew);
    w->b = w->c = w->doc = Value::none();
    dictSetStr(vm, t->dict, vm.intern("__new__"), Value::obj(w));
  }
  const char* viewNames[] = {"dict_keys", "dict_values", "dict_items"};
  for (int i = 0; i < 3; i++) {
    Type* t = vm.makeType(viewNames[i], vm.tObject, Kind::Misc);
    viewTypes[i] = t;
    vm.addMethod(t, "__iter__", viewIter);
    vm.addMethod(t, "__len__", viewLen);
    vm.addMethod(t, "__repr__", viewRepr);
    vm.addMethod(t, "__contains__", viewContains);
    if (i != 1) {
      vm.addMethod(t, "__and__", viewAnd);
      vm.addMethod(t, "__or__", viewOr);
      vm.addMethod(t, "__sub__", viewSub);
    }
  }
}

}  // namespace coroscope::lang
