// Python modules compiled into the binary (engine/lang/lib/*.py and engine/modules/py/*.py): the
// interpreter's Lib/. Each is registered as a module factory that compiles and runs its source on
// first import. The modules loaded on demand (the simulated world of engine/modules/sim, and
// engine/modules/py_on_demand: json) are a second table, kOnDemandModules, in a library of its
// own (coroscope_on_demand_modules) that only native hosts and the tests link; the page's engine
// gets those sources with a run instead (register_module_source), to stay under its size budget.
#pragma once

#include <string>

namespace coroscope::lang {
class VM;
}

namespace coroscope::modules {

struct FrozenModule {
  const char* name;  // dotted module name
  const char* source;
};
// Terminated by {nullptr, nullptr}; generated at build time by freeze.cmake.
extern const FrozenModule kFrozenModules[];
// The modules loaded on demand, defined only where coroscope_on_demand_modules is linked.
extern const FrozenModule kOnDemandModules[];

// Registers a factory per module of `table` (default: the standard library) in
// vm.moduleFactories.
void register_frozen_modules(lang::VM& vm, const FrozenModule* table = kFrozenModules);
// Registers one module given as source text (it shows as <frozen NAME> in tracebacks, as the
// compiled-in ones); a module already registered under that name is replaced.
void register_module_source(lang::VM& vm, const std::string& name, const std::string& source);

}  // namespace coroscope::modules
