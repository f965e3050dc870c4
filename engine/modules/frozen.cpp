#include "modules/frozen.hpp"

#include <memory>
#include <string>

#include "lang/compiler.hpp"
#include "lang/containers.hpp"
#include "lang/parser.hpp"
#include "lang/vm.hpp"

namespace coroscope::modules {

using namespace lang;

namespace {

// Compiles and runs one frozen module. The module is entered in sys.modules before its body runs
// (as CPython's import does), and a submodule `a.b` becomes attribute `b` of `a`. A factory cannot
// report failure to importModule, so an error in a frozen module's body is printed: it is a bug in
// the frozen source, never in the user's program.
Module* load(VM& vm, const std::string& name, const char* source) {
  Module* m = vm.newModule(name);
  Value mv = Value::obj(m);
  Roots keep(vm, {mv});
  dictSetStr(vm, vm.modules, vm.intern(name), mv);
  dictSetStr(vm, m->dict, vm.intern("__file__"), vm.newStr("<frozen " + name + ">"));
  dictSetStr(vm, m->dict, vm.intern("__builtins__"), Value::obj(vm.builtins));
  auto src = Source::make("<frozen " + name + ">", source);
  AstArena arena;
  SyntaxErrorInfo err;
  Node* tree = parseModule(src->text, arena, err);
  Code* code = tree ? compileModule(vm, tree, src, err) : nullptr;
  if (!code) {
    if (vm.writeErr)
      vm.writeErr("coroscope: frozen module " + name + ": SyntaxError at line " +
                  std::to_string(err.line) + ": " + err.msg + "\n");
    return m;
  }
  Value r = vm.runCode(code, m->dict, nullptr);
  if (r.isErr()) vm.printException(vm.takePending());
  size_t dot = name.rfind('.');
  if (dot != std::string::npos) {
    Value parent = dictGetStr(vm.modules, vm.intern(name.substr(0, dot)));
    if (isKind(parent, Kind::Module))
      dictSetStr(vm, static_cast<Module*>(parent.o)->dict, vm.intern(name.substr(dot + 1)), mv);
  }
  return m;
}

}  // namespace

void register_frozen_modules(VM& vm, const FrozenModule* table) {
  for (const FrozenModule* fm = table; fm->name; ++fm)
    vm.moduleFactories[fm->name] = [fm](VM& v) { return load(v, fm->name, fm->source); };
}

void register_module_source(VM& vm, const std::string& name, const std::string& source) {
  auto text = std::make_shared<const std::string>(source);
  vm.moduleFactories[name] = [name, text](VM& v) { return load(v, name, text->c_str()); };
}

}  // namespace coroscope::modules
