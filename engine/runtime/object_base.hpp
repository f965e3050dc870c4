// Reference-counted base for the runtime's own objects that the language layer may hold
// (locks, queues, task groups, timeouts). Coroutine methods keep their object alive.
#pragma once

#include <cstdint>

#include "runtime/object.hpp"

namespace coroscope::rt {

class RcObject : public Object {
 public:
  void add_ref() noexcept final { ++refs_; }
  void release() noexcept final {
    if (--refs_ == 0) delete this;
  }

 protected:
  virtual ~RcObject() = default;

 private:
  std::uint32_t refs_ = 0;
};

template <class T, class... A>
Ref<T> make_ref(A&&... a) {
  return Ref<T>(new T(std::forward<A>(a)...));
}

}  // namespace coroscope::rt
