// What the trace says about Python values and frames: reprs that never run the program's own
// code (a __repr__ that prints would change the output being traced) and stay short, a coroutine
// as the call that made it (`factorial('A', 2)`), and the line a coroutine or the interpreter
// stands at in the program's own file (frames of the frozen library are skipped).
#pragma once

#include <string>

#include "lang/vm.hpp"

namespace coroscope::modules {

// repr(v) when computing it runs no Python code, else `<TypeName object>`; at most about 80
// characters.
std::string trace_repr(lang::VM& vm, lang::Value v);
// The coroutine object `g` as a call, from its parameters (as it was created, if it has not
// started).
std::string describe_call(lang::VM& vm, lang::Generator* g);
// The line where `g`, or what it awaits, stands: the innermost frame of its await chain that
// is the program's own. 0 before it starts and once it has finished.
int await_chain_line(lang::Generator* g);
// The line the program's own code is running at (innermost frame first).
int current_line(lang::VM& vm);
// `print_later()`: a callable as the trace names it.
std::string callable_name(lang::VM& vm, lang::Value fn);

}  // namespace coroscope::modules
