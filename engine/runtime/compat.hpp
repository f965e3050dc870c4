// One spelling of the coroutine library for both toolchains: g++ 12 ships <coroutine>, while
// Debian's Emscripten 3.1.6 (libc++ 14) only has <experimental/coroutine>.
#pragma once

#if __has_include(<coroutine>)
#include <coroutine>
namespace coroscope::co {
using std::coroutine_handle;
using std::noop_coroutine;
using std::suspend_always;
using std::suspend_never;
}  // namespace coroscope::co
#elif __has_include(<experimental/coroutine>)
#include <experimental/coroutine>
namespace coroscope::co {
using std::experimental::coroutine_handle;
using std::experimental::noop_coroutine;
using std::experimental::suspend_always;
using std::experimental::suspend_never;
}  // namespace coroscope::co
#else
#error "Coroscope needs C++20 coroutines"
#endif
