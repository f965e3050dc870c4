#include "modules/modules.hpp"

#include "modules/asyncio_core.hpp"
#include "modules/frozen.hpp"
#include "modules/random_core.hpp"

namespace coroscope::modules {

void CpuClock::charge() const {
  std::uint64_t steps = st_.vm.steps;
  if (steps > charged_) {
    double d = double(steps - charged_) * cost_;
    if (st_.worker_run)
      st_.worker_run->ahead += d;
    else
      now_ += d;
  }
  charged_ = steps;
}

std::unique_ptr<State> install(lang::VM& vm, Options opts) {
  auto st = std::make_unique<State>(vm, opts);
  if (opts.cpu_time > 0 && !opts.real_clock) {
    auto clock = std::make_unique<CpuClock>(*st, opts.cpu_time);
    st->cpu_clock = clock.get();
    st->clock = std::move(clock);
  }
  register_frozen_modules(vm);
  register_asyncio_core(vm);
  register_random_core(vm);
  return st;
}

}  // namespace coroscope::modules
