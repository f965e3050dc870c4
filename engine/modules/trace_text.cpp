#include "modules/trace_text.hpp"

#include <string_view>

#include "lang/containers.hpp"

namespace coroscope::modules {

using lang::Kind;
using lang::Value;
using lang::VM;

namespace {

constexpr std::size_t kMaxRepr = 80;

bool is_library(const lang::Code* code) {
  if (!code->src) return true;
  // Asked at every step: a prefix compare, not a search.
  return std::string_view(code->src->filename).substr(0, 8) == "<frozen ";
}

int line_at(const lang::Code* code, std::uint32_t pc) {
  if (code->pos.empty()) return code->firstLine;
  return code->pos[pc < code->pos.size() ? pc : code->pos.size() - 1].line;
}

// Whether repr(v) runs only the interpreter's own code; `budget` bounds the values looked at.
bool safe(VM& vm, Value v, int& budget) {
  if (--budget < 0) return false;
  if (!v.isObj()) return true;
  switch (v.o->kind) {
    case Kind::Str:
    case Kind::Bytes:
    case Kind::BigInt:
    case Kind::Range:
    case Kind::Function:
    case Kind::Native:
    case Kind::Type:
    case Kind::Module:
    case Kind::Code:
    case Kind::Generator:
      return true;
    case Kind::Tuple:
      for (Value x : lang::asTuple(v)->items)
        if (!safe(vm, x, budget)) return false;
      return vm.typeOf(v)->isBuiltin;
    case Kind::List:
      for (Value x : lang::asList(v)->items)
        if (!safe(vm, x, budget)) return false;
      return vm.typeOf(v)->isBuiltin;
    case Kind::Exception: {
      Value r = vm.lookup(vm.typeOf(v), vm.intern("__repr__"));
      if (!lang::isKind(r, Kind::Native)) return false;
      return safe(vm, static_cast<lang::Exception*>(v.o)->args, budget);
    }
    case Kind::Instance: {
      Value r = vm.lookup(vm.typeOf(v), vm.intern("__repr__"));
      return lang::isKind(r, Kind::Native);
    }
    default:
      return false;
  }
}

}  // namespace

std::string trace_repr(VM& vm, Value v) {
  // The common arguments and results, without the interpreter (every task of a run asks).
  if (v.isInt()) return std::to_string(v.i);
  if (v.isNone()) return "None";
  if (v.isBool()) return v.b ? "True" : "False";
  int budget = 64;
  std::string out;
  if (!safe(vm, v, budget)) return "<" + vm.typeName(v) + " object>";
  if (!vm.reprInto(out, v)) {
    vm.takePending();
    return "<" + vm.typeName(v) + " object>";
  }
  if (out.size() > kMaxRepr) {
    out.resize(kMaxRepr - 3);
    out += "...";
  }
  return out;
}

std::string describe_call(VM& vm, lang::Generator* g) {
  const lang::Code* code = g->fn->code;
  const std::string& qualname = g->qualname->s();
  if (qualname[0] == '<' && qualname == "<module>") return "<module>";  // a notebook's own code
  std::string out;
  out.reserve(64);
  out.append(qualname).push_back('(');
  // Created: the slots hold the arguments; suspended: the parameters as they are now (the same
  // unless the coroutine rebound them). Running or finished: the slots are elsewhere or gone.
  if (g->state != lang::GenState::Created && g->state != lang::GenState::Suspended)
    return out + ")";
  const auto& slots = g->saved;
  auto slot = [&](std::uint32_t i) {
    Value v = i < slots.size() ? slots[i] : Value::none();
    if (lang::isKind(v, Kind::Cell)) v = static_cast<lang::Cell*>(v.o)->v;  // captured by a closure
    return v.isUndef() ? Value::none() : v;
  };
  bool first = true;
  auto add = [&](const std::string& s) {
    if (!first) out += ", ";
    first = false;
    out += s;
  };
  std::uint32_t i = 0;
  // A method's self (or cls) is left out, as CPython's coroutine repr shows `Counter.inc()`.
  if (code->nargs > 0 && code->qualname.find('.') != std::string::npos && !code->varnames.empty() &&
      (code->varnames[0]->s() == "self" || code->varnames[0]->s() == "cls"))
    i = 1;
  for (; i < code->nargs; ++i) add(trace_repr(vm, slot(i)));
  std::uint32_t next = code->nargs + code->nkwonly;
  if (code->varargs) {
    Value rest = slot(next++);
    if (lang::isKind(rest, Kind::Tuple))
      for (Value x : lang::asTuple(rest)->items) add(trace_repr(vm, x));
  }
  for (std::uint32_t k = code->nargs; k < code->nargs + code->nkwonly; ++k)
    add(code->varnames[k]->s() + "=" + trace_repr(vm, slot(k)));
  if (code->varkw) add("**...");
  return out + ")";
}

int await_chain_line(lang::Generator* g) {
  int line = 0;
  for (int depth = 0; g && depth < 10000; ++depth) {
    // Not started, or finished (its frame is gone; pc still points at its last suspension).
    if (g->state == lang::GenState::Created || g->state == lang::GenState::Closed) break;
    const lang::Code* code = g->fn->code;
    if (!is_library(code)) line = line_at(code, g->pc);
    if (!g->delegating || g->saved.empty() || !lang::isKind(g->saved.back(), Kind::Generator))
      break;
    g = static_cast<lang::Generator*>(g->saved.back().o);
  }
  return line;
}

int current_line(VM& vm) {
  for (auto f = vm.frames_.rbegin(); f != vm.frames_.rend(); ++f) {
    if (is_library(f->code)) continue;
    return line_at(f->code, f->pc ? f->pc - 1 : 0);
  }
  return 0;
}

std::string callable_name(VM& vm, Value fn) {
  Value f = fn;
  if (lang::isKind(f, Kind::BoundMethod)) f = static_cast<lang::BoundMethod*>(f.o)->func;
  if (lang::isKind(f, Kind::Function))
    return static_cast<lang::Function*>(f.o)->qualname->s() + "()";
  // A method of a builtin type (fut.set_result): named by its method, without the type.
  if (lang::isKind(f, Kind::Native))
    return std::string(static_cast<lang::Native*>(f.o)->name) + "()";
  if (lang::isKind(f, Kind::Type)) return static_cast<lang::Type*>(f.o)->name + "()";
  return vm.typeName(fn) + "()";
}

}  // namespace coroscope::modules
