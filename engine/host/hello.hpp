// The foundation slice: the page sends a scenario's text, a C++20 coroutine counts its lines and
// answers. It proves the whole path (coroutine -> wasm -> Embind -> worker -> page) end to end and
// is replaced by the real runtime and interpreter.
#pragma once

#include <string>

namespace coroscope {

// Runs a coroutine on a small trampoline loop and returns what it reports.
std::string hello(const std::string& source);

}  // namespace coroscope
