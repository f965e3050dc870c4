#include "modules/modules.hpp"

#include "modules/asyncio_core.hpp"
#include "modules/frozen.hpp"
#include "modules/random_core.hpp"

namespace coroscope::modules {

std::unique_ptr<State> install(lang::VM& vm, Options opts) {
  auto st = std::make_unique<State>(vm, opts);
  register_frozen_modules(vm);
  register_asyncio_core(vm);
  register_random_core(vm);
  return st;
}

}  // namespace coroscope::modules
