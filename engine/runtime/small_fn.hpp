// A move-only callable with inline storage. Loop callbacks are created and run millions of times
// per second; std::function would allocate for most captures.
#pragma once

#include <cstddef>
#include <new>
#include <type_traits>
#include <utility>

namespace coroscope::rt {

template <class Sig, std::size_t Inline = 32>
class SmallFn;

template <class R, class... Args, std::size_t Inline>
class SmallFn<R(Args...), Inline> {
 public:
  SmallFn() noexcept = default;
  template <class F, class D = std::decay_t<F>,
            class = std::enable_if_t<!std::is_same_v<D, SmallFn>>>
  SmallFn(F&& f) {  // NOLINT: implicit on purpose, like std::function
    if constexpr (sizeof(D) <= Inline && alignof(D) <= alignof(std::max_align_t) &&
                  std::is_nothrow_move_constructible_v<D>) {
      ::new (static_cast<void*>(buf_)) D(std::forward<F>(f));
      ops_ = &inline_ops<D>;
    } else {
      *reinterpret_cast<D**>(buf_) = new D(std::forward<F>(f));
      ops_ = &heap_ops<D>;
    }
  }
  SmallFn(SmallFn&& o) noexcept : ops_(o.ops_) {
    if (ops_) {
      ops_->move(buf_, o.buf_);
      o.ops_ = nullptr;
    }
  }
  SmallFn& operator=(SmallFn&& o) noexcept {
    if (this != &o) {
      reset();
      ops_ = o.ops_;
      if (ops_) {
        ops_->move(buf_, o.buf_);
        o.ops_ = nullptr;
      }
    }
    return *this;
  }
  SmallFn(const SmallFn&) = delete;
  SmallFn& operator=(const SmallFn&) = delete;
  ~SmallFn() { reset(); }

  void reset() noexcept {
    if (ops_) {
      ops_->destroy(buf_);
      ops_ = nullptr;
    }
  }
  explicit operator bool() const noexcept { return ops_ != nullptr; }
  R operator()(Args... args) { return ops_->call(buf_, std::forward<Args>(args)...); }

 private:
  struct Ops {
    R (*call)(void*, Args&&...);
    void (*move)(void* dst, void* src) noexcept;
    void (*destroy)(void*) noexcept;
  };
  // A callable returning void may stand in where R is expected: it yields R{}.
  template <class D>
  static R invoke(D& d, Args&&... args) {
    if constexpr (std::is_void_v<R> || !std::is_void_v<std::invoke_result_t<D&, Args...>>) {
      return d(std::forward<Args>(args)...);
    } else {
      d(std::forward<Args>(args)...);
      return R{};
    }
  }
  template <class D>
  static constexpr Ops inline_ops = {[](void* p, Args&&... a) -> R {
                                       return invoke(*static_cast<D*>(p), std::forward<Args>(a)...);
                                     },
                                     [](void* dst, void* src) noexcept {
                                       ::new (dst) D(std::move(*static_cast<D*>(src)));
                                       static_cast<D*>(src)->~D();
                                     },
                                     [](void* p) noexcept { static_cast<D*>(p)->~D(); }};
  template <class D>
  static constexpr Ops heap_ops = {
      [](void* p, Args&&... a) -> R {
        return invoke(**static_cast<D**>(p), std::forward<Args>(a)...);
      },
      [](void* dst, void* src) noexcept { *static_cast<D**>(dst) = *static_cast<D**>(src); },
      [](void* p) noexcept { delete *static_cast<D**>(p); }};

  alignas(std::max_align_t) unsigned char buf_[Inline];
  const Ops* ops_ = nullptr;
};

}  // namespace coroscope::rt
