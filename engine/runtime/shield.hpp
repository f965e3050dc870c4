// asyncio.shield: an outer future mirroring the inner one. Cancelling the outer leaves the inner
// running; an inner cancelled by other means cancels the outer.
#pragma once

#include "runtime/future.hpp"

namespace coroscope::rt {

Ref<Future> shield(const Ref<Future>& inner);

}  // namespace coroscope::rt
