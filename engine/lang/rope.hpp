// String concatenation that builds ropes for long results (see Str in objects.hpp).
#pragma once
#include "lang/objects.hpp"

namespace coroscope::lang {

// `a + b` for two exact strs: a flat str when the result is short, a rope otherwise; Err
// (MemoryError) when the result would exceed what the interpreter can index.
Value concatStr(VM& vm, Str* a, Str* b);

}  // namespace coroscope::lang
