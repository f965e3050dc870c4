// Coroscope's modules beyond the interpreter's core: asyncio on the runtime, time on the loop's
// clock, _random_core, and the frozen Python standard library. install() wires them into a VM;
// the returned State owns the event loops and must be shut down before the VM is destroyed.
#pragma once

#include <memory>

#include "modules/bridge.hpp"

namespace coroscope::modules {

std::unique_ptr<State> install(lang::VM& vm, Options opts);

}  // namespace coroscope::modules
