// Python modules compiled into the binary (engine/lang/lib/*.py and engine/modules/py/*.py): the
// interpreter's Lib/. Each is registered as a module factory that compiles and runs its source on
// first import.
#pragma once

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

// Registers a factory per frozen module in vm.moduleFactories.
void register_frozen_modules(lang::VM& vm);

}  // namespace coroscope::modules
