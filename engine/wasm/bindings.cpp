// The engine's JavaScript API. The page reaches it only through web/src/engine/client.ts.
#include <emscripten/bind.h>

#include "host/hello.hpp"

EMSCRIPTEN_BINDINGS(coroscope) { emscripten::function("hello", &coroscope::hello); }
