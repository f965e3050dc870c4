// `X | Y` on classes (PEP 604): types.UnionType, so that annotations such as `int | None`, which
// module and class bodies evaluate into __annotations__, work and print as CPython prints them.
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

bool isUnion(Value v) { return isKind(v, Kind::Misc) && v.o->cls == tUnion; }

// The members `a | b` contributes, or false when it is not a union operand.
bool addMembers(VM& vm, Value v, std::vector<Value>& out) {
  if (isUnion(v)) {
    for (Value x : static_cast<UnionObj*>(v.o)->args->items) addMembers(vm, x, out);
    return true;
  }
  if (v.isNone()) v = Value::obj(vm.tNoneType);
  if (!isKind(v, Kind::Type)) return false;
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
    r += x.o == vm.tNoneType ? "None" : qualifiedTypeName(vm, asType(x));
  }
  return vm.newStr(r);
}

}  // namespace

Value unionOr(VM& vm, Value a, Value b) { return makeUnion(vm, a, b); }

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
}

}  // namespace coroscope::lang
