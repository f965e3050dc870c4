#include "runtime/clock.hpp"

#include <chrono>
#include <thread>

namespace coroscope::rt {
namespace {
double mono_seconds() {
  using namespace std::chrono;
  return duration<double>(steady_clock::now().time_since_epoch()).count();
}
}  // namespace

RealClock::RealClock(double speed) : origin_(mono_seconds()), speed_(speed > 0 ? speed : 1.0) {}

double RealClock::now() const { return (mono_seconds() - origin_) * speed_; }

void RealClock::advance_to(double t) {
#ifdef __EMSCRIPTEN__
  // A Web Worker may block; there is no sleep without Asyncify, so wait actively.
  while (now() < t) {
  }
#else
  double d = (t - now()) / speed_;
  if (d > 0) std::this_thread::sleep_for(std::chrono::duration<double>(d));
#endif
}

std::unique_ptr<Clock> make_virtual_clock() { return std::make_unique<VirtualClock>(); }
std::unique_ptr<Clock> make_real_clock(double speed) { return std::make_unique<RealClock>(speed); }

}  // namespace coroscope::rt
