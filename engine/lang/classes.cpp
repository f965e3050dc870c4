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
// The builtin types a class may derive from: their instances are objects of that kind whose class
// is the subclass (ints are boxed as BigIntObj).
bool subclassableKind(Kind k) {
  switch (k) {
    case Kind::Tuple:
    case Kind::List:
    case Kind::Dict:
    case Kind::Str:
    case Kind::Bytes:
    case Kind::BigInt:
    case Kind::ClassMethod:
    case Kind::StaticMethod:
    case Kind::Property:
    case Kind::Type:
      return true;
    default:
      return false;
  }
}
}  // namespace

Value VM::buildClass(Value body, Value names, Value bases, Value kw, Value ns, Type* meta) {
  std::string name = asStr(asTuple(names)->items[0])->s();
  std::string qualname = asStr(asTuple(names)->items[1])->s();
  // Bases that are not classes may stand for some (PEP 560's __mro_entries__: list[int]).
  Value origBases = bases;
  std::vector<Value> resolved;
  for (Value b : asTuple(bases)->items) {
    if (isKind(b, Kind::Type)) {
      resolved.push_back(b);
      continue;
    }
    Value me = lookup(typeOf(b), intern("__mro_entries__"));
    if (me.isUndef()) return raise(eTypeError, "bases must be types");
    Value entries = call2(me, b, bases);
    std::vector<Value> items;
    if (entries.isErr() || !toList(entries, items)) return Value::err();
    resolved.insert(resolved.end(), items.begin(), items.end());
  }
  if (resolved.size() != asTuple(bases)->items.size() ||
      !std::equal(resolved.begin(), resolved.end(), asTuple(bases)->items.begin(),
                  [](Value x, Value y) { return x.identical(y); }))
    bases = newTuple(resolved);
  Roots rb(*this, {bases});
  std::vector<Type*> baseTypes;
  for (Value b : asTuple(bases)->items) {
    if (!isKind(b, Kind::Type)) return raise(eTypeError, "bases must be types");
    Type* bt = asType(b);
    if (bt == tBool || bt == tNoneType || bt == tRange || bt == tSlice || bt == tFunction ||
        bt == tGenerator || bt == tCoroutine)
      return raise(eTypeError, "type '" + bt->name + "' is not an acceptable base type");
    if (bt->isBuiltin && bt != tObject && bt->instanceKind != Kind::Exception && !bt->isException &&
        !subclassableKind(bt->instanceKind))
      return raise(eNotImplementedError, "subclassing the builtin type '" + bt->name +
                                             "' is not supported by this interpreter");
    baseTypes.push_back(bt);
  }
  // The metaclass: the one given, else the most derived of the bases' metaclasses.
  Dict* kwd = asDict(kw);
  Value explicitMeta = kwd->used ? dictGetStr(kwd, intern("metaclass")) : Value::undef();
  if (!meta) {
    Value m = explicitMeta;
    if (!m.isUndef() && !isKind(m, Kind::Type)) {
      // Any callable may serve: it makes the class from (name, bases, namespace).
      meta = nullptr;
    } else {
      Type* winner = m.isUndef() ? tType : asType(m);
      for (Type* b : baseTypes) {
        Type* bm = b->cls ? b->cls : tType;
        if (winner->isSubtype(bm)) continue;
        if (bm->isSubtype(winner)) {
          winner = bm;
          continue;
        }
        return raise(eTypeError,
                     "metaclass conflict: the metaclass of a derived class must be a (non-strict) "
                     "subclass of the metaclasses of all its bases");
      }
      meta = winner;
    }
    if (meta != tType || (!explicitMeta.isUndef() && !isKind(explicitMeta, Kind::Type))) {
      // Run the body here, then let the metaclass make the class: meta(name, bases, ns, **kw).
      Value made = runClassBody(body, names, bases, kw, explicitMeta);
      return made;
    }
  }
  Dict* dict = ns.isUndef() ? newDict() : nullptr;
  Value cell = Value::none();
  if (!dict) {
    dict = newDict();
    for (auto& e : asDict(ns)->entries)
      if (!e.key.isUndef()) dictSet(*this, dict, e.key, e.value);
    // A class statement's __class__ cell, passed through a metaclass's namespace.
    Str* cc = intern("__classcell__");
    cell = dictGetStr(dict, cc);
    if (cell.isUndef())
      cell = Value::none();
    else
      dictDel(*this, dict, Value::obj(cc));
  }
  Value dv = Value::obj(dict);
  Roots r(*this, {dv});
  Value modName = mainModule ? Value::obj(intern("__main__")) : Value::obj(intern("builtins"));
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
    // type(name, bases, ns) and type.__new__: the namespace's own __module__ wins.
    if (dictGetStr(dict, intern("__module__")).isUndef())
      dictSetStr(*this, dict, intern("__module__"), modName);
    dictSetStr(*this, dict, intern("__qualname__"), Value::obj(intern(qualname)));
  }
  typeEpoch++;  // the body may have changed dicts of existing classes
  // As type(): a class without a docstring has __doc__ None of its own, never a base's.
  if (dictGetStr(dict, intern("__doc__")).isUndef())
    dictSetStr(*this, dict, intern("__doc__"), Value::none());
  Type* t = heap.make<Type>(meta ? meta : tType, name);
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
  if (!origBases.identical(bases)) dictSetStr(*this, dict, intern("__orig_bases__"), origBases);
  for (Type* m : mro)
    if (m->isBuiltin && subclassableKind(m->instanceKind)) {
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

// A class statement under a metaclass other than type: the body runs into a fresh namespace, then
// the metaclass (or any callable given as metaclass=) is called with (name, bases, namespace) and
// the other keywords; a __class__ cell travels in the namespace as __classcell__.
Value VM::runClassBody(Value body, Value names, Value bases, Value kw, Value explicitMeta) {
  Type* meta = nullptr;
  Value callee = explicitMeta;
  if (callee.isUndef() || isKind(callee, Kind::Type)) {
    // Recompute the winner (buildClass checked the conflicts).
    meta = callee.isUndef() ? tType : asType(callee);
    for (Value b : asTuple(bases)->items) {
      Type* bm = asType(b)->cls ? asType(b)->cls : tType;
      if (bm->isSubtype(meta)) meta = bm;
    }
    callee = Value::obj(meta);
  }
  Dict* dict = newDict();
  Value dv = Value::obj(dict);
  Roots r(*this, {dv, callee});
  std::string qualname = asStr(asTuple(names)->items[1])->s();
  if (isKind(body, Kind::Function)) {
    Function* fn = static_cast<Function*>(body.o);
    Value gm = dictGetStr(fn->globals, intern("__name__"));
    dictSetStr(*this, dict, intern("__module__"),
               gm.isUndef() ? Value::obj(intern("__main__")) : gm);
    dictSetStr(*this, dict, intern("__qualname__"), Value::obj(intern(qualname)));
    Value* calleeSlot = sp;
    *sp++ = body;
    if (!pushFrame(fn, calleeSlot, 0, nullptr, Value::undef())) {
      Value e = sp[-1];
      sp = calleeSlot;
      return e;
    }
    frames_.back().runBase = true;
    frames_.back().locals = dict;
    Value cell = run();
    sp = calleeSlot;
    if (cell.isErr()) return cell;
    if (isKind(cell, Kind::Cell)) dictSetStr(*this, dict, intern("__classcell__"), cell);
  }
  std::vector<KwArg> kws;
  dictEach(asDict(kw), [&](Value k, Value v) {
    if (asStr(k)->s() != "metaclass") kws.push_back({asStr(k), v});
  });
  Value args[3] = {asTuple(names)->items[0], bases, dv};
  Value cls = call(callee, args, 3, kws.data(), int(kws.size()));
  if (cls.isErr()) return cls;
  Value cc = dictGetStr(dict, intern("__classcell__"));
  if (isKind(cc, Kind::Cell) && static_cast<Cell*>(cc.o)->v.isUndef())
    static_cast<Cell*>(cc.o)->v = cls;
  return cls;
}

}  // namespace coroscope::lang
