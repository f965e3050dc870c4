// The native module `_random_core` (CPython's Mersenne Twister) that random.py is written over.
#pragma once

#include "lang/vm.hpp"

namespace coroscope::modules {

void register_random_core(lang::VM& vm);

}  // namespace coroscope::modules
