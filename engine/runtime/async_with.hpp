// `async with cm: body` for the runtime's context managers (Timeout, TaskGroup, and anything
// with aenter()/aexit(exc)): the body's exception goes to aexit, which may replace it; if aexit
// returns, the body's exception continues. Costs no loop iteration, like the Python statement.
#pragma once

#include "runtime/native_coro.hpp"

namespace coroscope::rt {

template <class CM, class T>
Co<void> async_with(Ref<CM> cm, Co<T> body) {
  co_await cm->aenter();
  auto r = co_await catching(std::move(body));
  co_await cm->aexit(r.exc);
  if (r.exc) co_await raise(r.exc);
}

}  // namespace coroscope::rt
