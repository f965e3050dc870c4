// The match statement's runtime part: what the compiled patterns (compiler.cpp, matchStmt) call
// to take a sequence, a mapping or a class instance apart. Each returns the values the
// sub-patterns match next, or None when the subject does not have the pattern's shape.
#include "lang/containers.hpp"
#include "lang/native_util.hpp"

namespace coroscope::lang {

bool isInstanceOf(VM& vm, Value v, Value cls, int& err);  // builtins.cpp

namespace {

// isinstance(v, collections.abc.<name>) when a program's classes could be registered there
// (collections.abc imported); builtin types answer by kind.
int abcInstance(VM& vm, Value v, const char* name) {
  Value mod = dictGetStr(vm.modules, vm.intern("_collections_abc"));
  if (!isKind(mod, Kind::Module)) return 0;
  Value abc = dictGetStr(static_cast<Module*>(mod.o)->dict, vm.intern(name));
  if (abc.isUndef()) return 0;
  int err = 0;
  bool r = isInstanceOf(vm, v, abc, err);
  return err < 0 ? -1 : r;
}

// (subject, n, star) -> the n items (the starred one a list of what it takes), or None.
Value matchSequence(VM& vm, Args& a) {
  Value v = a[0];
  int64_t n = a[1].i, star = a[2].i;
  bool seq = isKind(v, Kind::List) || isKind(v, Kind::Tuple) || isKind(v, Kind::Range);
  if (!seq) {
    if (isKind(v, Kind::Str) || isKind(v, Kind::Bytes) || !v.isObj() || isKind(v, Kind::Dict))
      return Value::none();
    int r = abcInstance(vm, v, "Sequence");
    if (r < 0) return Value::err();
    if (!r) return Value::none();
  }
  std::vector<Value> items;
  if (!vm.toList(v, items)) return Value::err();
  int64_t len = int64_t(items.size());
  if (star < 0 ? len != n : len < n - 1) return Value::none();
  if (star < 0) return vm.newTuple(items);
  std::vector<Value> out(items.begin(), items.begin() + star);
  int64_t after = n - 1 - star;
  out.push_back(vm.newList(std::vector<Value>(items.begin() + star, items.end() - after)));
  out.insert(out.end(), items.end() - after, items.end());
  return vm.newTuple(out);
}

// (subject, keys, rest) -> the keys' values (and a dict of the other items), or None.
Value matchMapping(VM& vm, Args& a) {
  Value v = a[0];
  if (!isKind(v, Kind::Dict)) {
    if (!v.isObj()) return Value::none();
    int r = abcInstance(vm, v, "Mapping");
    if (r < 0) return Value::err();
    if (!r) return Value::none();
  }
  const std::vector<Value>& keys = asTuple(a[1])->items;
  for (size_t i = 0; i < keys.size(); i++)
    for (size_t j = 0; j < i; j++) {
      int eq = vm.equals(keys[i], keys[j]);
      if (eq < 0) return Value::err();
      if (eq) {
        std::string r;
        if (!vm.reprInto(r, keys[i])) return Value::err();
        return vm.raise(vm.eValueError, "mapping pattern checks duplicate key (" + r + ")");
      }
    }
  std::vector<Value> out;
  Value get = isKind(v, Kind::Dict) && v.o->cls == vm.tDict ? Value::undef()
                                                            : vm.getAttr(v, vm.intern("get"));
  if (get.isErr()) return get;
  for (Value k : keys) {
    Value x;
    if (get.isUndef()) {
      x = dictGet(vm, asDict(v), k);
    } else {
      Value args[2] = {k, vm.notImplemented};  // a sentinel no mapping holds by chance
      x = vm.call(get, args, 2);
      if (x.identical(vm.notImplemented)) x = Value::undef();
    }
    if (x.isErr()) return x;
    if (x.isUndef()) return Value::none();
    out.push_back(x);
  }
  if (a[2].isBool() && a[2].b) {
    Dict* rest = vm.newDict();
    Value rv = Value::obj(rest);
    Roots r(vm, {rv});
    std::vector<Value> all;
    if (isKind(v, Kind::Dict)) {
      for (auto& e : asDict(v)->entries)
        if (!e.key.isUndef() && !dictSet(vm, rest, e.key, e.value)) return Value::err();
    } else {
      Value ks = vm.callMethod(v, vm.intern("keys"), nullptr, 0);
      if (ks.isErr() || !vm.toList(ks, all)) return Value::err();
      for (Value k : all) {
        Value x = vm.getItem(v, k);
        if (x.isErr() || !dictSet(vm, rest, k, x)) return Value::err();
      }
    }
    for (Value k : keys)
      if (dictDel(vm, rest, k) < 0) return Value::err();
    out.push_back(rv);
  }
  return vm.newTuple(out);
}

// (subject, cls, npositional, keyword names) -> the attributes, or None.
Value matchClass(VM& vm, Args& a) {
  Value v = a[0], cls = a[1];
  if (!isKind(cls, Kind::Type)) {
    return vm.raise(vm.eTypeError, "called match pattern must be a class");
  }
  int err = 0;
  if (!isInstanceOf(vm, v, cls, err)) return err < 0 ? Value::err() : Value::none();
  Type* t = asType(cls);
  int64_t npos = a[2].i;
  std::vector<Value> out;
  std::vector<Str*> names;
  if (npos > 0) {
    // bool, bytes, dict, float, frozenset, int, list, set, str, tuple: one positional
    // sub-pattern, which matches the subject itself.
    Type* self[] = {vm.tBool, vm.tBytes, vm.tDict, vm.tFloat, vm.tFrozenSet,
                    vm.tInt,  vm.tList,  vm.tSet,  vm.tStr,   vm.tTuple};
    bool isSelf = false;
    for (Type* s : self) isSelf = isSelf || t == s;
    if (isSelf) {
      if (npos > 1)
        return vm.raise(vm.eTypeError, t->name + "() accepts 1 positional sub-pattern (" +
                                           std::to_string(npos) + " given)");
      out.push_back(v);
    } else {
      Value ma = vm.getAttrOpt(cls, vm.intern("__match_args__"));
      if (ma.isErr()) return ma;
      if (ma.isUndef()) ma = vm.newTuple({});
      if (!isKind(ma, Kind::Tuple))
        return vm.raise(vm.eTypeError,
                        t->name + ".__match_args__ must be a tuple (got " + vm.typeName(ma) + ")");
      size_t have = asTuple(ma)->items.size();
      if (size_t(npos) > have)
        return vm.raise(vm.eTypeError, t->name + "() accepts " + std::to_string(have) +
                                           " positional sub-pattern" + (have == 1 ? "" : "s") +
                                           " (" + std::to_string(npos) + " given)");
      for (int64_t i = 0; i < npos; i++) {
        Value nm = asTuple(ma)->items[size_t(i)];
        if (!isKind(nm, Kind::Str))
          return vm.raise(vm.eTypeError,
                          "__match_args__ elements must be strings (got " + vm.typeName(nm) + ")");
        names.push_back(asStr(nm));
      }
    }
  }
  for (Value k : asTuple(a[3])->items) {
    for (Str* seen : names)
      if (seen->s() == asStr(k)->s())
        return vm.raise(vm.eTypeError,
                        t->name + "() got multiple sub-patterns for attribute '" + seen->s() + "'");
    names.push_back(asStr(k));
  }
  for (Str* nm : names) {
    Value x = vm.getAttrOpt(v, nm);
    if (x.isErr()) return x;
    if (x.isUndef()) {
      // A class's __getattr__ may still answer; AttributeError means no match.
      x = vm.getAttr(v, nm);
      if (x.isErr()) {
        if (!vm.pendingIs(vm.eAttributeError)) return x;
        vm.takePending();
        return Value::none();
      }
    }
    out.push_back(x);
  }
  return vm.newTuple(out);
}

}  // namespace

Value matchHelper(VM& vm, NK kind) {
  if (kind == NK::MatchSequence) return vm.newNative("match_sequence", matchSequence);
  if (kind == NK::MatchMapping) return vm.newNative("match_mapping", matchMapping);
  return vm.newNative("match_class", matchClass);
}

}  // namespace coroscope::lang
