// The native module `_asyncio_core` that the frozen asyncio.py is written over.
#pragma once

#include "lang/vm.hpp"

namespace coroscope::modules {

void register_asyncio_core(lang::VM& vm);

}  // namespace coroscope::modules
