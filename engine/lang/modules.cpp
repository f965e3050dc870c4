// Built-in modules available to `import`: sys, types, time (virtual clock), math.
#include <cmath>
#include <cstring>

#include "lang/bigint_glue.hpp"
#include "lang/containers.hpp"
#include "lang/native_util.hpp"

namespace coroscope::lang {

Type* genericAliasType();  // union_type.cpp
Type* unionTypeType();

Value localsOf(VM& vm, Frame* f);

namespace {

// sys.stdout / sys.stderr
struct TextFile : Obj {
  bool isErr;
  explicit TextFile(bool e) : Obj(Kind::Misc), isErr(e) {}
};
Type* tTextFile;

Value fileWrite(VM& vm, Args& a) {
  NARGS("write", 2, 2);
  if (!isKind(a[1], Kind::Str))
    return vm.raise(vm.eTypeError, "write() argument must be str, not " + vm.typeName(a[1]));
  TextFile* f = static_cast<TextFile*>(a[0].o);
  auto& sink = f->isErr ? vm.writeErr : vm.writeOut;
  if (sink) sink(asStr(a[1])->s());
  return Value::integer(asStr(a[1])->length());
}
Value fileFlush(VM&, Args&) { return Value::none(); }
Value fileRepr(VM& vm, Args& a) {
  TextFile* f = static_cast<TextFile*>(a[0].o);
  return vm.newStr(f->isErr ? "<_io.TextIOWrapper name='<stderr>' mode='w' encoding='utf-8'>"
                            : "<_io.TextIOWrapper name='<stdout>' mode='w' encoding='utf-8'>");
}

Value sysExit(VM& vm, Args& a) {
  NARGS("exit", 0, 1);
  Value e = vm.makeException(vm.eSystemExit, a.n ? std::vector<Value>{a[0]} : std::vector<Value>{});
  return vm.raiseValue(e);
}
Value sysGetRecursionLimit(VM& vm, Args&) { return Value::integer(vm.recursionLimit); }
Value sysSetRecursionLimit(VM& vm, Args& a) {
  NARGS("setrecursionlimit", 1, 1);
  int64_t n;
  if (!vm.indexValue(a[0], n)) return Value::err();
  if (n < 1) return vm.raise(vm.eValueError, "recursion limit must be greater or equal than 1");
  if (n > INT32_MAX) return vm.raise(vm.eOverflowError, "Python int too large to convert to C int");
  // No cap: C++ recursion is bounded by the stack it has left (stack_guard.hpp), Python frames
  // by the value stack.
  int depth = vm.recursionDepth();
  if (depth >= n)
    return vm.raise(vm.eRecursionError, "cannot set the recursion limit to " + std::to_string(n) +
                                            " at the recursion depth " + std::to_string(depth) +
                                            ": the limit is too low");
  vm.setRecursionLimit(int(n));
  return Value::none();
}
Value sysSetAsyncgenHooks(VM& vm, Args& a) {
  if (a.n > 2)
    return vm.raise(vm.eTypeError, "set_asyncgen_hooks() takes at most 2 arguments (" +
                                       std::to_string(a.n) + " given)");
  Value given[2] = {Value::undef(), Value::undef()};  // firstiter, finalizer
  for (int i = 0; i < a.n; i++) given[i] = a[i];
  for (int i = 0; i < a.nkw; i++) {
    const std::string& k = a.kw[i].name->s();
    if (k != "firstiter" && k != "finalizer")
      return vm.raise(vm.eTypeError,
                      "set_asyncgen_hooks() got an unexpected keyword argument '" + k + "'");
    given[k == "firstiter" ? 0 : 1] = a.kw[i].value;
  }
  // As CPython: the finalizer is checked first, and nothing changes if either is wrong.
  const char* names[2] = {"firstiter", "finalizer"};
  for (int i : {1, 0}) {
    Value v = given[i];
    if (v.isUndef() || v.isNone()) continue;
    if (!isCallable(vm, v))
      return vm.raise(vm.eTypeError,
                      std::string("callable ") + names[i] + " expected, got " + vm.typeName(v));
  }
  if (!given[1].isUndef()) vm.asyncgenFinalizer = given[1];
  if (!given[0].isUndef()) vm.asyncgenFirstiter = given[0];
  return Value::none();
}
Value sysGetAsyncgenHooks(VM& vm, Args& a) {
  NARGS("get_asyncgen_hooks", 0, 0);
  return vm.newTuple({vm.asyncgenFirstiter, vm.asyncgenFinalizer});
}
Value sysExcInfo(VM& vm, Args&) {
  Value e = vm.handledExc;
  if (e.isNone()) return vm.newTuple({Value::none(), Value::none(), Value::none()});
  return vm.newTuple({Value::obj(vm.typeOf(e)), e, Value::none()});
}
Value sysGetframe(VM& vm, Args&) {
  return vm.raise(vm.eNotImplementedError, "sys._getframe() is not supported by this interpreter");
}

Module* makeSys(VM& vm) {
  Module* m = vm.newModule("sys");
  TextFile* out = vm.heap.make<TextFile>(tTextFile, false);
  vm.addToModule(m, "stdout", Value::obj(out));
  vm.addToModule(m, "__stdout__", Value::obj(out));
  TextFile* err = vm.heap.make<TextFile>(tTextFile, true);
  vm.addToModule(m, "stderr", Value::obj(err));
  vm.addToModule(m, "__stderr__", Value::obj(err));
  vm.addToModule(m, "exit", vm.newNative("exit", sysExit));
  vm.addToModule(m, "getrecursionlimit", vm.newNative("getrecursionlimit", sysGetRecursionLimit));
  Value setLimit = vm.newNative("setrecursionlimit", sysSetRecursionLimit);
  static_cast<Native*>(setLimit.o)->counted = true;  // in the depth it reports, as CPython's
  vm.addToModule(m, "setrecursionlimit", setLimit);
  vm.addToModule(m, "exc_info", vm.newNative("exc_info", sysExcInfo));
  vm.addToModule(m, "set_asyncgen_hooks", vm.newNative("set_asyncgen_hooks", sysSetAsyncgenHooks));
  vm.addToModule(m, "get_asyncgen_hooks", vm.newNative("get_asyncgen_hooks", sysGetAsyncgenHooks));
  vm.addToModule(m, "_getframe", vm.newNative("_getframe", sysGetframe));
  vm.addToModule(m, "maxsize", Value::integer(INT64_MAX));
  vm.addToModule(m, "version", vm.newStr("3.11.7 (coroscope)"));
  vm.addToModule(m, "version_info",
                 vm.newTuple({Value::integer(3), Value::integer(11), Value::integer(7),
                              vm.newStr("final"), Value::integer(0)}));
  vm.addToModule(m, "platform", vm.newStr("coroscope"));
  vm.addToModule(m, "byteorder", vm.newStr("little"));
  vm.addToModule(m, "modules", Value::obj(vm.modules));
  vm.addToModule(m, "argv",
                 vm.newList({vm.mainModule ? dictGetStr(vm.mainModule->dict, vm.intern("__file__"))
                                           : vm.newStr("")}));
  return m;
}

// types
Value typesCoroutine(VM& vm, Args& a) {
  NARGS("coroutine", 1, 1);
  Value f = a[0];
  if (isKind(f, Kind::Function)) {
    Code* c = static_cast<Function*>(f.o)->code;
    if (c->isGenerator) c->iterableCoroutine = true;
    return f;
  }
  if (vm.truthy(dictGetStr(vm.builtins, vm.intern("callable"))) < 0) return Value::err();
  return f;
}

Module* makeTypes(VM& vm) {
  Module* m = vm.newModule("types");
  vm.addToModule(m, "coroutine", vm.newNative("coroutine", typesCoroutine));
  vm.addToModule(m, "GeneratorType", Value::obj(vm.tGenerator));
  vm.addToModule(m, "CoroutineType", Value::obj(vm.tCoroutine));
  vm.addToModule(m, "AsyncGeneratorType", Value::obj(vm.tAsyncGen));
  vm.addToModule(m, "FunctionType", Value::obj(vm.tFunction));
  vm.addToModule(m, "LambdaType", Value::obj(vm.tFunction));
  vm.addToModule(m, "MethodType", Value::obj(vm.tMethod));
  vm.addToModule(m, "BuiltinFunctionType", Value::obj(vm.tBuiltin));
  vm.addToModule(m, "ModuleType", Value::obj(vm.tModule));
  vm.addToModule(m, "NoneType", Value::obj(vm.tNoneType));
  vm.addToModule(m, "GenericAlias", Value::obj(genericAliasType()));
  vm.addToModule(m, "UnionType", Value::obj(unionTypeType()));
  return m;
}

// time: the virtual clock of the reference runner (starts 2024-03-15 10:18:22 UTC, monotonic 0).
double gClock = 0;
constexpr double kEpochStart = 1710497902.0;
Value timeMonotonic(VM&, Args&) { return Value::flt(gClock); }
Value timeTime(VM&, Args&) { return Value::flt(kEpochStart + gClock); }
Value timeTimeNs(VM&, Args&) { return Value::integer(int64_t((kEpochStart + gClock) * 1e9)); }
Value timeMonotonicNs(VM&, Args&) { return Value::integer(int64_t(gClock * 1e9)); }
Value timeZero(VM&, Args&) { return Value::flt(0); }
Value timeSleep(VM& vm, Args& a) {
  NARGS("sleep", 1, 1);
  double d;
  if (a[0].isFloat())
    d = a[0].f;
  else if (a[0].isInt())
    d = double(a[0].i);
  else
    return vm.raise(vm.eTypeError,
                    "'" + vm.typeName(a[0]) + "' object cannot be interpreted as an integer");
  if (d < 0) return vm.raise(vm.eValueError, "sleep length must be non-negative");
  gClock += d;
  return Value::none();
}

Module* makeTime(VM& vm) {
  gClock = 0;
  Module* m = vm.newModule("time");
  vm.addToModule(m, "monotonic", vm.newNative("monotonic", timeMonotonic));
  vm.addToModule(m, "perf_counter", vm.newNative("perf_counter", timeMonotonic));
  vm.addToModule(m, "time", vm.newNative("time", timeTime));
  vm.addToModule(m, "time_ns", vm.newNative("time_ns", timeTimeNs));
  vm.addToModule(m, "monotonic_ns", vm.newNative("monotonic_ns", timeMonotonicNs));
  vm.addToModule(m, "perf_counter_ns", vm.newNative("perf_counter_ns", timeMonotonicNs));
  vm.addToModule(m, "process_time", vm.newNative("process_time", timeZero));
  vm.addToModule(m, "thread_time", vm.newNative("thread_time", timeZero));
  vm.addToModule(m, "sleep", vm.newNative("sleep", timeSleep));
  return m;
}

// math
double num(Value v, bool& ok) {
  ok = true;
  if (v.isFloat()) return v.f;
  if (v.isInt()) return double(v.i);
  if (v.isBool()) return v.b;
  ok = false;
  return 0;
}
#define MATH1(name, expr)                                                                     \
  Value m_##name(VM& vm, Args& a) {                                                           \
    NARGS(#name, 1, 1);                                                                       \
    bool ok;                                                                                  \
    double x = num(a[0], ok);                                                                 \
    if (!ok) return vm.raise(vm.eTypeError, "must be real number, not " + vm.typeName(a[0])); \
    return expr;                                                                              \
  }
MATH1(sqrt, x < 0 ? vm.raise(vm.eValueError, "math domain error") : Value::flt(std::sqrt(x)))
MATH1(exp, Value::flt(std::exp(x)))
MATH1(sin, Value::flt(std::sin(x)))
MATH1(cos, Value::flt(std::cos(x)))
MATH1(tan, Value::flt(std::tan(x)))
MATH1(atan, Value::flt(std::atan(x)))
MATH1(fabs, Value::flt(std::fabs(x)))
MATH1(isnan, Value::boolean(std::isnan(x)))
MATH1(isinf, Value::boolean(std::isinf(x)))
MATH1(isfinite, Value::boolean(std::isfinite(x)))
MATH1(log2, x <= 0 ? vm.raise(vm.eValueError, "math domain error") : Value::flt(std::log2(x)))
MATH1(log10, x <= 0 ? vm.raise(vm.eValueError, "math domain error") : Value::flt(std::log10(x)))
Value m_floor(VM& vm, Args& a) {
  NARGS("floor", 1, 1);
  if (a[0].isInt()) return a[0];
  bool ok;
  double x = num(a[0], ok);
  if (!ok) return vm.raise(vm.eTypeError, "must be real number, not " + vm.typeName(a[0]));
  return Value::integer(int64_t(std::floor(x)));
}
Value m_ceil(VM& vm, Args& a) {
  NARGS("ceil", 1, 1);
  if (a[0].isInt()) return a[0];
  bool ok;
  double x = num(a[0], ok);
  if (!ok) return vm.raise(vm.eTypeError, "must be real number, not " + vm.typeName(a[0]));
  return Value::integer(int64_t(std::ceil(x)));
}
Value m_trunc(VM& vm, Args& a) {
  NARGS("trunc", 1, 1);
  if (a[0].isInt()) return a[0];
  bool ok;
  double x = num(a[0], ok);
  if (!ok) return vm.raise(vm.eTypeError, "must be real number, not " + vm.typeName(a[0]));
  return Value::integer(int64_t(std::trunc(x)));
}
Value m_log(VM& vm, Args& a) {
  NARGS("log", 1, 2);
  bool ok;
  double x = num(a[0], ok);
  if (!ok) return vm.raise(vm.eTypeError, "must be real number, not " + vm.typeName(a[0]));
  if (x <= 0) return vm.raise(vm.eValueError, "math domain error");
  if (a.n == 2) {
    double b = num(a[1], ok);
    return Value::flt(std::log(x) / std::log(b));
  }
  return Value::flt(std::log(x));
}
Value m_pow(VM& vm, Args& a) {
  NARGS("pow", 2, 2);
  bool ok1, ok2;
  double x = num(a[0], ok1), y = num(a[1], ok2);
  if (!ok1 || !ok2) return vm.raise(vm.eTypeError, "must be real number");
  return Value::flt(std::pow(x, y));
}
Value m_copysign(VM& vm, Args& a) {
  NARGS("copysign", 2, 2);
  bool ok;
  double x = num(a[0], ok);
  if (!ok) return vm.raise(vm.eTypeError, "must be real number, not " + vm.typeName(a[0]));
  double y = num(a[1], ok);
  if (!ok) return vm.raise(vm.eTypeError, "must be real number, not " + vm.typeName(a[1]));
  return Value::flt(std::copysign(x, y));
}
Value m_gcd(VM& vm, Args& a) {
  int64_t g = 0;
  for (int i = 0; i < a.n; i++) {
    int64_t v;
    if (!vm.indexValue(a[i], v)) return Value::err();
    v = v < 0 ? -v : v;
    while (v) {
      int64_t t = g % v;
      g = v;
      v = t;
    }
  }
  return Value::integer(g);
}
Value m_isclose(VM& vm, Args& a) {
  NARGS("isclose", 2, 2);
  bool ok;
  double x = num(a[0], ok), y = num(a[1], ok);
  Value rt = kwArg(a, "rel_tol"), at = kwArg(a, "abs_tol");
  double rel = rt.isUndef() ? 1e-9 : num(rt, ok), abs = at.isUndef() ? 0 : num(at, ok);
  if (x == y) return Value::boolean(true);
  double diff = std::fabs(x - y);
  return Value::boolean(diff <= std::fabs(rel * y) || diff <= std::fabs(rel * x) || diff <= abs);
}
Value m_hypot(VM& vm, Args& a) {
  double s = 0;
  for (int i = 0; i < a.n; i++) {
    bool ok;
    double x = num(a[i], ok);
    s += x * x;
  }
  return Value::flt(std::sqrt(s));
}
Value m_factorial(VM& vm, Args& a) {
  NARGS("factorial", 1, 1);
  int64_t n;
  if (!vm.indexValue(a[0], n)) return Value::err();
  if (n < 0) return vm.raise(vm.eValueError, "factorial() not defined for negative values");
  int64_t r = 1;
  for (int64_t i = 2; i <= n; i++)
    if (__builtin_mul_overflow(r, i, &r))
      return vm.raise(vm.eOverflowError,
                      "integer result does not fit in 64 bits (arbitrary-precision ints are not "
                      "supported yet)");
  return Value::integer(r);
}

// The one-argument float functions of math, by name.
Value m_unary(VM& vm, Args& a) {
  static const struct {
    const char* n;
    double (*f)(double);
  } fns[] = {{"acos", [](double x) { return std::acos(x); }},
             {"asin", [](double x) { return std::asin(x); }},
             {"acosh", [](double x) { return std::acosh(x); }},
             {"asinh", [](double x) { return std::asinh(x); }},
             {"atanh", [](double x) { return std::atanh(x); }},
             {"cosh", [](double x) { return std::cosh(x); }},
             {"sinh", [](double x) { return std::sinh(x); }},
             {"tanh", [](double x) { return std::tanh(x); }},
             {"log1p", [](double x) { return std::log1p(x); }},
             {"expm1", [](double x) { return std::expm1(x); }},
             {"erf", [](double x) { return std::erf(x); }},
             {"erfc", [](double x) { return std::erfc(x); }},
             {"degrees", [](double x) { return x * (180.0 / M_PI); }},
             {"radians", [](double x) { return x * (M_PI / 180.0); }}};
  const char* name = static_cast<Native*>(a.v[-1].o)->name;
  NARGS(name, 1, 1);
  bool ok;
  double x = num(a[0], ok);
  if (!ok) return vm.raise(vm.eTypeError, "must be real number, not " + vm.typeName(a[0]));
  for (auto& f : fns)
    if (std::strcmp(f.n, name) == 0) {
      double r = f.f(x);
      if (std::isnan(r) && !std::isnan(x)) return vm.raise(vm.eValueError, "math domain error");
      if (std::isinf(r) && !std::isinf(x)) return vm.raise(vm.eOverflowError, "math range error");
      return Value::flt(r);
    }
  return Value::none();
}
Value m_atan2(VM& vm, Args& a) {
  NARGS("atan2", 2, 2);
  bool ok1, ok2;
  double y = num(a[0], ok1), x = num(a[1], ok2);
  if (!ok1 || !ok2) return vm.raise(vm.eTypeError, "must be real number");
  return Value::flt(std::atan2(y, x));
}
Value m_fmod(VM& vm, Args& a) {
  NARGS("fmod", 2, 2);
  bool ok1, ok2;
  double x = num(a[0], ok1), y = num(a[1], ok2);
  if (!ok1 || !ok2) return vm.raise(vm.eTypeError, "must be real number");
  if (y == 0 && !std::isnan(x)) return vm.raise(vm.eValueError, "math domain error");
  return Value::flt(std::fmod(x, y));
}
Value m_prod(VM& vm, Args& a) {
  NARGS("prod", 1, 1);
  std::vector<Value> items;
  if (!vm.toList(a[0], items)) return Value::err();
  Value s = kwArg(a, "start");
  Value acc = s.isUndef() ? Value::integer(1) : s;
  for (Value x : items) {
    acc = vm.binaryOp(kMul, acc, x);
    if (acc.isErr()) return acc;
  }
  return acc;
}
Value m_isqrt(VM& vm, Args& a) {
  NARGS("isqrt", 1, 1);
  if (!isIntLike(a[0]))
    return vm.raise(vm.eTypeError,
                    "'" + vm.typeName(a[0]) + "' object cannot be interpreted as an integer");
  num::BigInt n = toBig(a[0]);
  if (n.is_negative()) return vm.raise(vm.eValueError, "isqrt() argument must be nonnegative");
  if (n.is_zero()) return Value::integer(0);
  // Newton's iteration from a power of two above the root.
  num::BigInt x = num::BigInt::lshift(num::BigInt(1), (n.bit_length() + 1) / 2);
  for (;;) {
    auto q = num::BigInt::floordiv(n, x);
    num::BigInt y = num::BigInt::rshift(x + q.value(), uint64_t(1));
    if (y >= x) return fromBig(vm, x);
    x = y;
  }
}

Module* makeMath(VM& vm) {
  Module* m = vm.newModule("math");
  struct {
    const char* n;
    NativeFn f;
  } const fns[] = {{"sqrt", m_sqrt},         {"exp", m_exp},     {"sin", m_sin},
                   {"cos", m_cos},           {"tan", m_tan},     {"atan", m_atan},
                   {"fabs", m_fabs},         {"isnan", m_isnan}, {"isinf", m_isinf},
                   {"isfinite", m_isfinite}, {"log2", m_log2},   {"log10", m_log10},
                   {"floor", m_floor},       {"ceil", m_ceil},   {"trunc", m_trunc},
                   {"log", m_log},           {"pow", m_pow},     {"gcd", m_gcd},
                   {"isclose", m_isclose},   {"hypot", m_hypot}, {"factorial", m_factorial},
                   {"copysign", m_copysign}};
  for (auto& f : fns) vm.addToModule(m, f.n, vm.newNative(f.n, f.f));
  for (const char* n : {"acos", "asin", "acosh", "asinh", "atanh", "cosh", "sinh", "tanh", "log1p",
                        "expm1", "erf", "erfc", "degrees", "radians"})
    vm.addToModule(m, n, vm.newNative(n, m_unary));
  vm.addToModule(m, "atan2", vm.newNative("atan2", m_atan2));
  vm.addToModule(m, "fmod", vm.newNative("fmod", m_fmod));
  vm.addToModule(m, "prod", vm.newNative("prod", m_prod));
  vm.addToModule(m, "isqrt", vm.newNative("isqrt", m_isqrt));
  vm.addToModule(m, "pi", Value::flt(M_PI));
  vm.addToModule(m, "e", Value::flt(M_E));
  vm.addToModule(m, "tau", Value::flt(2 * M_PI));
  vm.addToModule(m, "inf", Value::flt(INFINITY));
  vm.addToModule(m, "nan", Value::flt(NAN));
  return m;
}

}  // namespace

Value writeToFile(VM& vm, Value file, const std::string& text) {
  if (file.isObj() && file.o->cls == tTextFile) {
    TextFile* f = static_cast<TextFile*>(file.o);
    auto& sink = f->isErr ? vm.writeErr : vm.writeOut;
    if (sink) sink(text);
    return Value::none();
  }
  Value w = vm.getAttr(file, vm.intern("write"));
  if (w.isErr()) return w;
  Value r = vm.call1(w, vm.newStr(text));
  if (r.isErr()) return r;
  return Value::none();
}

Module* VM::newModule(const std::string& name) {
  Dict* d = newDict();
  Module* m = heap.make<Module>(tModule, intern(name), d);
  dictSetStr(*this, d, intern("__name__"), Value::obj(intern(name)));
  dictSetStr(*this, d, intern("__doc__"), Value::none());  // a docstring replaces it
  return m;
}

void VM::addToModule(Module* m, const char* name, Value v) {
  dictSetStr(*this, m->dict, intern(name), v);
}

Value VM::importModule(Str* name) {
  Value m = dictGetStr(modules, name);
  if (!m.isUndef()) return m;
  auto it = moduleFactories.find(name->s());
  if (it == moduleFactories.end()) {
    static const char* const knownStdlib[] = {"os",          "re",
                                              "json",        "math",
                                              "threading",   "socket",
                                              "subprocess",  "pathlib",
                                              "io",          "logging",
                                              "datetime",    "abc",
                                              "copy",        "enum",
                                              "string",      "heapq",
                                              "bisect",      "operator",
                                              "weakref",     "queue",
                                              "concurrent",  "concurrent.futures",
                                              "signal",      "inspect",
                                              "traceback",   "warnings",
                                              "statistics",  "decimal",
                                              "fractions",   "struct",
                                              "array",       "pprint",
                                              "textwrap",    "unittest",
                                              "dis",         "contextvars",
                                              "dataclasses", "typing",
                                              "collections", "collections.abc",
                                              "functools",   "itertools",
                                              "contextlib",  "random",
                                              "asyncio",     nullptr};
    for (int k = 0; knownStdlib[k]; k++)
      if (name->s() == knownStdlib[k])
        return raise(eModuleNotFoundError,
                     "No module named '" + name->s() +
                         "' (this module is not supported by Coroscope's interpreter)");
    Value e = raise(eModuleNotFoundError, "No module named '" + name->s() + "'");
    return e;
  }
  Module* mod = it->second(*this);
  Value mv = Value::obj(mod);
  dictSetStr(*this, modules, name, mv);
  return mv;
}

Value VM::importName(Str* name, bool leaf) {
  const std::string& full = name->s();
  size_t dot = full.find('.');
  if (dot == std::string::npos) return importModule(name);
  Value top = importModule(intern(full.substr(0, dot)));
  if (top.isErr()) return top;
  Value m = importModule(name);
  if (m.isErr()) return m;
  return leaf ? m : top;
}

void initModules(VM& vm) {
  tTextFile = vm.makeType("TextIOWrapper", vm.tObject, Kind::Misc);
  vm.addMethod(tTextFile, "write", fileWrite);
  vm.addMethod(tTextFile, "flush", fileFlush);
  vm.addMethod(tTextFile, "__repr__", fileRepr);
  vm.moduleFactories["sys"] = makeSys;
  vm.moduleFactories["types"] = makeTypes;
  vm.moduleFactories["time"] = makeTime;
  vm.moduleFactories["math"] = makeMath;
}

}  // namespace coroscope::lang
