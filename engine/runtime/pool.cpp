#include "runtime/pool.hpp"

#include <cstdlib>
#include <new>

namespace coroscope::rt {
namespace {

struct alignas(16) Header {
  Pool* pool;
  std::uint32_t size_class;  // kClasses means "too big, plain heap"
};
static_assert(sizeof(Header) == 16);

thread_local Pool* t_current = nullptr;

// Under AddressSanitizer blocks are never recycled, so a use after free is reported instead of
// landing in a reused block.
#if defined(__SANITIZE_ADDRESS__)
constexpr bool kRecycle = false;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr bool kRecycle = false;
#else
constexpr bool kRecycle = true;
#endif
#else
constexpr bool kRecycle = true;
#endif

// Blocks allocated with no loop around (rare: frames created before any loop) belong to a pool
// that is never detached, owned by the thread.
struct ThreadPoolHolder {
  Pool* pool = nullptr;
  ~ThreadPoolHolder() {
    if (pool) pool->detach();
  }
};
thread_local ThreadPoolHolder t_fallback;

}  // namespace

Pool* Pool::create() { return new Pool(); }

Pool::~Pool() {
  for (auto*& head : free_) {
    while (head) {
      Free* next = head->next;
      std::free(head);
      head = next;
    }
  }
}

void Pool::detach() noexcept {
  if (t_current == this) t_current = nullptr;
  detached_ = true;
  if (outstanding_ == 0) delete this;
}

void* Pool::allocate(std::size_t size) {
  std::size_t total = size + sizeof(Header);
  std::size_t cls = (total + kGranule - 1) / kGranule - 1;
  void* raw;
  if (cls < kClasses && kRecycle) {
    if (Free* f = free_[cls]) {
      free_[cls] = f->next;
      raw = f;
    } else {
      raw = std::malloc((cls + 1) * kGranule);
    }
  } else {
    cls = kClasses;
    raw = std::malloc(total);
  }
  if (!raw) throw std::bad_alloc();
  auto* h = static_cast<Header*>(raw);
  h->pool = this;
  h->size_class = static_cast<std::uint32_t>(cls);
  ++outstanding_;
  return h + 1;
}

void Pool::deallocate(void* p) noexcept {
  if (!p) return;
  Header* h = static_cast<Header*>(p) - 1;
  Pool* pool = h->pool;
  std::uint32_t cls = h->size_class;
  --pool->outstanding_;
  if (cls < kClasses && kRecycle && !pool->detached_) {
    auto* f = reinterpret_cast<Free*>(h);
    f->next = pool->free_[cls];
    pool->free_[cls] = f;
  } else {
    std::free(h);
    if (pool->detached_ && pool->outstanding_ == 0) delete pool;
  }
}

Pool* Pool::current() noexcept {
  if (t_current) return t_current;
  if (!t_fallback.pool) t_fallback.pool = new Pool();
  return t_fallback.pool;
}

void Pool::set_current(Pool* p) noexcept { t_current = p; }

}  // namespace coroscope::rt
