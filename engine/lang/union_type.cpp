// Annotations' special forms: `X | Y` on classes (PEP 604, types.UnionType) and `list[int]`
// (PEP 585, types.GenericAlias), so that annotations such as `int | None` or `dict[str, int]`,
// which module and class bodies evaluate into __annotations__, work and print as CPython prints
// them.
#include "lang/containers.hpp"
#include "lang/native_util.hpp"

namespace coroscope::lang {

std::string qualifiedTypeName(VM& vm, Type* t);

namespace {

struct UnionObj : Obj {
  Tuple* args;
  explicit UnionObj(Tuple* a) : Obj(Kind::Misc), args(a) {}
  void trace(Heap& h) override { h.mark(args); }
};
Type* tUnion;

// types.GenericAlias: a class subscripted with type arguments. Calling it calls the class;
// other attributes are the class's.
struct AliasObj : Obj {
  Value origin;
  Tuple* args;
  AliasObj(Value o, Tuple* a) : Obj(Kind::Misc), origin(o), args(a) {}
  void trace(Heap& h) override {
    h.mark(origin);
    h.mark(args);
  }
};
Type* tAlias;

AliasObj* asAlias(VM&, Value v) {
  return isKind(v, Kind::Misc) && v.o->cls == tAlias ? static_cast<AliasObj*>(v.o) : nullptr;
}
bool typeRepr(VM& vm, std::string& out, Value v);

bool isUnion(Value v) { return isKind(v, Kind::Misc) && v.o->cls == tUnion; }

// The members `a | b` contributes, or false when it is not a union operand.
bool addMembers(VM& vm, Value v, std::vector<Value>& out) {
  if (isUnion(v)) {
    for (Value x : static_cast<UnionObj*>(v.o)->args->items) addMembers(vm, x, out);
    return true;
  }
  if (v.isNone()) v = Value::obj(vm.tNoneType);
  if (!isKind(v, Kind::Type) && !asAlias(vm, v)) return false;
  for (Value x : out)
    if (x.o == v.o) return true;
  out.push_back(v);
  return true;
}

Value makeUnion(VM& vm, Value a, Value b) {
  if (a.isNone() && b.isNone()) return vm.notImplemented;
  std::vector<Value> members;
  if (!addMembers(vm, a, members) || !addMembers(vm, b, members)) return vm.notImplemented;
  if (members.size() == 1) return members[0];
  Tuple* t = asTuple(vm.newTuple(std::move(members)));
  return Value::obj(vm.heap.make<UnionObj>(tUnion, t));
}

Value orM(VM& vm, Args& a) {
  NARGS("__or__", 2, 2);
  return makeUnion(vm, a[0], a[1]);
}
Value rorM(VM& vm, Args& a) {
  NARGS("__ror__", 2, 2);
  return makeUnion(vm, a[1], a[0]);
}
Value unionRepr(VM& vm, Args& a) {
  std::string r;
  for (Value x : static_cast<UnionObj*>(a[0].o)->args->items) {
    if (!r.empty()) r += " | ";
    if (x.o == vm.tNoneType)
      r += "None";
    else if (!typeRepr(vm, r, x))
      return Value::err();
  }
  return vm.newStr(r);
}

Value makeAlias(VM& vm, Value origin, Value args) {
  Value t = isKind(args, Kind::Tuple) ? args : vm.newTuple({args});
  return Value::obj(vm.heap.make<AliasObj>(tAlias, origin, asTuple(t)));
}

Value aliasNew(VM& vm, Args& a) {
  NARGS("GenericAlias", 2, 2);
  return makeAlias(vm, a[0], a[1]);
}
// cls.__class_getitem__(args) of the builtin classes that take type arguments.
Value classGetitem(VM& vm, Args& a) {
  NARGS("__class_getitem__", 2, 2);
  return makeAlias(vm, a[0], a[1]);
}

// typing's _type_repr: classes by qualified name, ... as itself, other objects by repr().
bool typeRepr(VM& vm, std::string& out, Value v) {
  if (isKind(v, Kind::Type)) {
    out += qualifiedTypeName(vm, asType(v));
    return true;
  }
  if (v.identical(vm.ellipsis)) {
    out += "...";
    return true;
  }
  if (isKind(v, Kind::Tuple) && asTuple(v)->items.empty()) {
    out += "()";
    return true;
  }
  if (isKind(v, Kind::List)) {
    out += "[";
    for (size_t i = 0; i < asList(v)->items.size(); i++) {
      if (i) out += ", ";
      if (!typeRepr(vm, out, asList(v)->items[i])) return false;
    }
    out += "]";
    return true;
  }
  return vm.reprInto(out, v);
}

Value aliasRepr(VM& vm, Args& a) {
  AliasObj* g = static_cast<AliasObj*>(a[0].o);
  std::string r;
  if (!typeRepr(vm, r, g->origin)) return Value::err();
  r += "[";
  if (g->args->items.empty()) r += "()";
  for (size_t i = 0; i < g->args->items.size(); i++) {
    if (i) r += ", ";
    if (!typeRepr(vm, r, g->args->items[i])) return Value::err();
  }
  return vm.newStr(r + "]");
}

Value aliasCall(VM& vm, Args& a) {
  return vm.call(static_cast<AliasObj*>(a[0].o)->origin, a.v + 1, a.n - 1, a.kw, a.nkw);
}

Value aliasGetattr(VM& vm, Args& a) {
  NARGS("__getattr__", 2, 2);
  AliasObj* g = static_cast<AliasObj*>(a[0].o);
  if (!isKind(a[1], Kind::Str)) return vm.raise(vm.eTypeError, "attribute name must be string");
  const std::string& n = asStr(a[1])->s();
  if (n == "__origin__") return g->origin;
  if (n == "__args__") return Value::obj(g->args);
  if (n == "__parameters__") return vm.newTuple({});
  return vm.getAttr(g->origin, asStr(a[1]));
}

Value aliasMroEntries(VM& vm, Args& a) {
  return vm.newTuple({static_cast<AliasObj*>(a[0].o)->origin});
}

Value aliasInstancecheck(VM& vm, Args&) {
  return vm.raise(vm.eTypeError, "isinstance() argument 2 cannot be a parameterized generic");
}

Value aliasEq(VM& vm, Args& a) {
  AliasObj* x = static_cast<AliasObj*>(a[0].o);
  AliasObj* y = asAlias(vm, a[1]);
  if (!y) return vm.notImplemented;
  if (!x->origin.identical(y->origin)) return Value::boolean(false);
  return vm.compare(kEq, Value::obj(x->args), Value::obj(y->args));
}

}  // namespace

Value unionOr(VM& vm, Value a, Value b) { return makeUnion(vm, a, b); }

// list[int] and the like: a GenericAlias (the builtin classes without __class_getitem__ of their
// own take type arguments too, as the interpreter accepted them before).
Value genericAlias(VM& vm, Value origin, Value args) { return makeAlias(vm, origin, args); }

// isinstance(v, A | B): the members of a union, or null when `cls` is not one.
Tuple* unionMembers(Value cls) {
  return isUnion(cls) ? static_cast<UnionObj*>(cls.o)->args : nullptr;
}

void initUnionType(VM& vm) {
  tUnion = vm.makeType("UnionType", vm.tObject, Kind::Misc);
  vm.addMethod(tUnion, "__or__", orM);
  vm.addMethod(tUnion, "__ror__", rorM);
  vm.addMethod(tUnion, "__repr__", unionRepr);
  vm.addMethod(vm.tType, "__or__", orM);
  vm.addMethod(vm.tType, "__ror__", rorM);
  tAlias = vm.makeType("GenericAlias", vm.tObject, Kind::Misc);
  tAlias->construct = aliasNew;
  vm.addMethod(tAlias, "__repr__", aliasRepr);
  vm.addMethod(tAlias, "__call__", aliasCall);
  vm.addMethod(tAlias, "__getattr__", aliasGetattr);
  vm.addMethod(tAlias, "__mro_entries__", aliasMroEntries);
  vm.addMethod(tAlias, "__instancecheck__", aliasInstancecheck);
  vm.addMethod(tAlias, "__subclasscheck__", aliasInstancecheck);
  vm.addMethod(tAlias, "__eq__", aliasEq);
  vm.addMethod(tAlias, "__or__", orM);
  vm.addMethod(tAlias, "__ror__", rorM);
  for (Type* t : {vm.tList, vm.tDict, vm.tTuple, vm.tSet, vm.tFrozenSet, vm.tType}) {
    Wrapper* w = vm.heap.make<Wrapper>(vm.tClassMethod, Kind::ClassMethod);
    w->a = vm.newNative("__class_getitem__", classGetitem);
    w->b = w->c = w->doc = Value::none();
    dictSetStr(vm, t->dict, vm.intern("__class_getitem__"), Value::obj(w));
  }
}

Type* genericAliasType() { return tAlias; }
Type* unionTypeType() { return tUnion; }

}  // namespace coroscope::lang
