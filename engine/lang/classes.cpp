// Class creation (the `class` statement and 3-argument type()).
#include <algorithm>

#include "lang/containers.hpp"
#include "lang/native_util.hpp"

namespace coroscope::lang {

namespace {
// C3 linearization.
bool c3(std::vector<std::vector<Type*>> seqs, std::vector<Type*>& out) {
  for (;;) {
    seqs.erase(std::remove_if(seqs.begin(), seqs.end(), [](auto& s) { return s.empty(); }),
               seqs.end());
    if (seqs.empty()) return true;
    Type* cand = nullptr;
    for (auto& s : seqs) {
      Type* h = s[0];
      bool inTail = false;
      for (auto& t : seqs)
        for (size_t i = 1; i < t.size(); i++)
          if (t[i] == h) inTail = true;
      if (!inTail) {
        cand = h;
        break;
      }
    }
    if (!cand) return false;
    out.push_back(cand);
    for (auto& s : seqs)
      if (!s.empty() && s[0] == cand) s.erase(s.begin());
  }
}
}  // namespace

Value VM::buildClass(Value body, Value names, Value bases, Value kw, Value ns) {
  std::string name = asStr(asTuple(names)->items[0])->s();
  std::string qualname = asStr(asTuple(names)->items[1])->s();
  std::vector<Type*> baseTypes;
  for (Value b : asTuple(bases)->items) {
    if (!isKind(b, Kind::Type)) return raise(eTypeError, "bases must be types");
    Type* bt = asType(b);
    bool subclassable = bt->instanceKind == Kind::Tuple || bt->instanceKind == Kind::List ||
                        bt->instanceKind == Kind::Dict;
    if (bt->isBuiltin && bt != tObject && bt->instanceKind != Kind::Exception && !bt->isException &&
        !subclassable)
      return raise(eNotImplementedError, "subclassing the builtin type '" + bt->name +
                                             "' is not supported by this interpreter");
    baseTypes.push_back(bt);
  }
  Dict* kwd = asDict(kw);
  if (kwd->used) {
    Value meta = dictGetStr(kwd, intern("metaclass"));
    if (!meta.isUndef() && !(isKind(meta, Kind::Type) && asType(meta) == tType))
      return raise(eNotImplementedError,
                   "custom metaclasses are not supported by this interpreter");
  }
  Dict* dict = ns.isUndef() ? newDict() : nullptr;
  if (!dict) {
    dict = newDict();
    for (auto& e : asDict(ns)->entries)
      if (!e.key.isUndef()) dictSet(*this, dict, e.key, e.value);
  }
  Value dv = Value::obj(dict);
  Roots r(*this, {dv});
  Value modName = mainModule ? Value::obj(intern("__main__")) : Value::obj(intern("builtins"));
  Value cell = Value::none();
  if (isKind(body, Kind::Function)) {
    Function* fn = static_cast<Function*>(body.o);
    Value gm = dictGetStr(fn->globals, intern("__name__"));
    if (!gm.isUndef()) modName = gm;
    dictSetStr(*this, dict, intern("__module__"), modName);
    dictSetStr(*this, dict, intern("__qualname__"), Value::obj(intern(qualname)));
    Code* code = fn->code;
    Value* callee = sp;
    *sp++ = body;
    if (!pushFrame(fn, callee, 0, nullptr, Value::undef())) {
      Value e = sp[-1];
      sp = callee;
      return e;
    }
    frames_.back().runBase = true;
    frames_.back().locals = dict;
    (void)code;
    cell = run();
    sp = callee;
    if (cell.isErr()) return cell;
  } else {
    dictSetStr(*this, dict, intern("__module__"), modName);
    dictSetStr(*this, dict, intern("__qualname__"), Value::obj(intern(qualname)));
  }
  typeEpoch++;  // the body may have changed dicts of existing classes
  // As type(): a class without a docstring has __doc__ None of its own, never a base's.
  if (dictGetStr(dict, intern("__doc__")).isUndef())
    dictSetStr(*this, dict, intern("__doc__"), Value::none());
  Type* t = heap.make<Type>(tType, name);
  Value tv = Value::obj(t);
  Roots r2(*this, {tv});
  t->dict = dict;
  dict->ownedByType = true;
  t->module = dictGetStr(dict, intern("__module__"));
  if (baseTypes.empty()) baseTypes.push_back(tObject);
  t->bases = baseTypes;
  std::vector<std::vector<Type*>> seqs;
  for (Type* b : baseTypes) seqs.push_back(b->mro);
  seqs.push_back(baseTypes);
  std::vector<Type*> mro{t};
  if (!c3(seqs, mro)) {
    std::string list;
    for (size_t i = 0; i < baseTypes.size(); i++) list += (i ? ", " : "") + baseTypes[i]->name;
    return raise(eTypeError,
                 "Cannot create a consistent method resolution\norder (MRO) for bases " + list);
  }
  t->mro = mro;
  t->instanceKind = Kind::Instance;
  for (Type* m : mro) {
    if (m->isException || m->instanceKind == Kind::Exception) {
      t->instanceKind = Kind::Exception;
      t->isException = true;
      break;
    }
  }
  t->builtinBase = baseTypes[0]->builtinBase ? baseTypes[0]->builtinBase : baseTypes[0];
  for (Type* m : mro)
    if (m->isBuiltin && (m->instanceKind == Kind::Tuple || m->instanceKind == Kind::List ||
                         m->instanceKind == Kind::Dict)) {
      if (t->instanceKind == Kind::Exception)
        return raise(eTypeError, "multiple bases have instance lay-out conflict");
      t->instanceKind = m->instanceKind;
      t->builtinBase = m;
      break;
    }
  // __slots__ without '__dict__', in this class and every base: instances take only those
  // attributes (names starting with two underscores mangled, as CPython does).
  Value slots = dictGetStr(dict, intern("__slots__"));
  if (!slots.isUndef()) {
    std::vector<Value> names;
    if (isKind(slots, Kind::Str))
      names.push_back(slots);
    else if (!toList(slots, names))
      return Value::err();
    bool restrict = true;
    for (Type* b : baseTypes)
      if (b->isException || (!b->isBuiltin && !b->slotNames)) restrict = false;
    Dict* allowed = newDict();
    t->slotNames = allowed;  // rooted through the class
    std::string priv = name.substr(std::min(name.find_first_not_of('_'), name.size()));
    for (Value n : names) {
      if (!isKind(n, Kind::Str))
        return raise(eTypeError, "__slots__ items must be strings, not '" + typeName(n) + "'");
      std::string s = asStr(n)->s();
      if (s == "__dict__") restrict = false;
      if (s == "__dict__" || s == "__weakref__") continue;
      if (!dictGetStr(dict, asStr(n)).isUndef())
        return raise(eValueError, "'" + s + "' in __slots__ conflicts with class variable");
      if (s.size() > 2 && s.compare(0, 2, "__") == 0 && s.compare(s.size() - 2, 2, "__") != 0 &&
          !priv.empty())
        s = "_" + priv + s;
      dictSetStr(*this, allowed, intern(s), Value::none());
    }
    for (Type* m : mro)
      if (m != t && m->slotNames)
        dictEach(m->slotNames, [&](Value k, Value v) { dictSet(*this, allowed, k, v); });
    if (!restrict) t->slotNames = nullptr;
  }
  // A class that defines __eq__ but not __hash__ is unhashable.
  if (!dictGetStr(dict, intern("__eq__")).isUndef() &&
      dictGetStr(dict, intern("__hash__")).isUndef())
    dictSetStr(*this, dict, intern("__hash__"), Value::none());
  // Plain functions named __init_subclass__/__class_getitem__ are implicitly classmethods.
  for (const char* implicit : {"__init_subclass__", "__class_getitem__"}) {
    Value f = dictGetStr(dict, intern(implicit));
    if (isKind(f, Kind::Function)) {
      Wrapper* w = heap.make<Wrapper>(tClassMethod, Kind::ClassMethod);
      w->a = f;
      w->b = w->c = w->doc = Value::none();
      dictSetStr(*this, dict, intern(implicit), Value::obj(w));
    }
  }
  if (isKind(cell, Kind::Cell)) static_cast<Cell*>(cell.o)->v = tv;
  // __set_name__ on descriptors, then the parent's __init_subclass__.
  std::vector<std::pair<Value, Value>> items;
  dictEach(dict, [&](Value k, Value v) { items.push_back({k, v}); });
  for (auto& [k, v] : items) {
    if (!v.isObj() || v.o->kind != Kind::Instance) continue;
    Value sn = lookup(typeOf(v), intern("__set_name__"));
    if (sn.isUndef()) continue;
    Value args[3] = {v, tv, k};
    if (call(sn, args, 3).isErr()) return Value::err();
  }
  if (mro.size() > 1) {
    Value isc = Value::undef();
    for (size_t i = 1; i < mro.size() && isc.isUndef(); i++)
      isc = dictGetStr(mro[i]->dict, intern("__init_subclass__"));
    if (isKind(isc, Kind::ClassMethod)) {
      std::vector<KwArg> kws;
      dictEach(kwd, [&](Value k, Value v) {
        if (asStr(k)->s() != "metaclass") kws.push_back({asStr(k), v});
      });
      Value rr = call(static_cast<Wrapper*>(isc.o)->a, &tv, 1, kws.data(), int(kws.size()));
      if (rr.isErr()) return rr;
    }
  }
  return tv;
}

}  // namespace coroscope::lang
