// `_random_core`: the Mersenne Twister under engine/lang/lib/random.py (the interface is in
// engine/lang/lib/README.md). Everything above random() and getrandbits() is CPython's random.py.
#include "modules/random_core.hpp"

#include "lang/bigint_glue.hpp"
#include "lang/native_util.hpp"
#include "num/mersenne.hpp"

namespace coroscope::modules {

using lang::Args;
using lang::Kind;
using lang::Value;
using lang::VM;

namespace {

struct RandomObj final : lang::Obj {
  RandomObj() : Obj(Kind::Misc) {}
  num::Mersenne mt;
};
lang::Type* tRandom = nullptr;

RandomObj* self(VM& vm, Args& a) {
  if (a.n < 1 || !a[0].isObj() || vm.typeOf(a[0]) != tRandom) {
    vm.raise(vm.eTypeError, "descriptor requires a '_random_core.Random' object");
    return nullptr;
  }
  return static_cast<RandomObj*>(a[0].o);
}

Value randomNew(VM& vm, Args& a) {
  if (a.n > 0) return vm.raise(vm.eTypeError, "Random() takes no arguments");
  return Value::obj(vm.heap.make<RandomObj>(tRandom));
}
Value seed(VM& vm, Args& a) {
  NARGS("seed", 2, 2);
  RandomObj* r = self(vm, a);
  if (!r) return Value::err();
  if (a[1].isNone()) {
    r->mt.seed(num::BigInt(0));  // seed(None): the reference runner seeds every program with 0
    return Value::none();
  }
  if (!lang::isIntLike(a[1])) return vm.raise(vm.eTypeError, "seed must be an int");
  num::BigInt n = lang::toBig(a[1]);
  if (n.is_negative()) n = -n;
  r->mt.seed(n);
  return Value::none();
}
Value random(VM& vm, Args& a) {
  RandomObj* r = self(vm, a);
  if (!r) return Value::err();
  return Value::flt(r->mt.random());
}
Value getrandbits(VM& vm, Args& a) {
  NARGS("getrandbits", 2, 2);
  RandomObj* r = self(vm, a);
  if (!r) return Value::err();
  int64_t k;
  if (!vm.indexValue(a[1], k)) return Value::err();
  auto res = r->mt.getrandbits(k);
  if (!res) return lang::raiseNumError(vm, res.error());
  return lang::fromBig(vm, std::move(res).value());
}

lang::Module* make(VM& vm) {
  tRandom = vm.makeType("Random", vm.tObject, Kind::Misc);
  tRandom->construct = randomNew;
  vm.addMethod(tRandom, "seed", seed);
  vm.addMethod(tRandom, "random", random);
  vm.addMethod(tRandom, "getrandbits", getrandbits);
  lang::Module* m = vm.newModule("_random_core");
  vm.addToModule(m, "Random", Value::obj(tRandom));
  return m;
}

}  // namespace

void register_random_core(VM& vm) { vm.moduleFactories["_random_core"] = make; }

}  // namespace coroscope::modules
