// Per-loop size-class free lists for coroutine frames, futures, tasks and handles. Every block
// carries a header naming its pool, so a block freed after its loop is gone still finds its way
// back; the pool itself lives until the loop is gone and its last block is returned.
#pragma once

#include <cstddef>
#include <cstdint>

namespace coroscope::rt {

class Pool {
 public:
  static constexpr std::size_t kGranule = 16;
  static constexpr std::size_t kClasses = 64;  // blocks up to 1 KiB are recycled

  static Pool* create();
  // The loop gives up its pool; it is deleted once every block has come back.
  void detach() noexcept;

  void* allocate(std::size_t size);
  static void deallocate(void* p) noexcept;

  // Where coroutine frames go: the pool of the loop most recently made current on this thread.
  static Pool* current() noexcept;
  static void set_current(Pool* p) noexcept;

  std::size_t outstanding() const noexcept { return outstanding_; }

 private:
  Pool() = default;
  ~Pool();
  struct Free {
    Free* next;
  };
  Free* free_[kClasses] = {};
  std::size_t outstanding_ = 0;
  bool detached_ = false;
};

// Base for objects that live in a pool: operator new takes the current pool.
struct Pooled {
  static void* operator new(std::size_t size) { return Pool::current()->allocate(size); }
  static void operator delete(void* p) noexcept { Pool::deallocate(p); }
};

}  // namespace coroscope::rt
