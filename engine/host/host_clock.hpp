// The real clock of a program run by a host that must never block (the browser's worker): idle
// waits are the host's (the worker schedules the next slice at the loop's next deadline), and a
// blocking wait inside Python code (time.sleep, or a loop run inside a native call, where the
// interpreter cannot suspend) moves the clock ahead of the wall clock instead of waiting. What
// the program writes while the clock is ahead is due when the wall clock catches up: the host
// shows it then (output_delay) and starts the next slice no earlier. A lead beyond kMaxLead is
// the one case that still waits in place (a spin under Emscripten): a task step that keeps
// calling time.sleep, or a loop run inline, would otherwise run unboundedly far into the future.
#pragma once

#include <algorithm>
#include <chrono>
#include <thread>

#include "runtime/clock.hpp"

namespace coroscope::host {

class HostClock final : public rt::Clock {
 public:
  static constexpr double kMaxLead = 5.0;  // wall seconds

  explicit HostClock(double speed) : origin_(mono()), speed_(speed > 0 ? speed : 1.0) {}

  double now() const override { return std::max(wall(), floor_); }
  bool is_virtual() const override { return false; }
  void advance_to(double t) override {
    while ((t - wall()) / speed_ > kMaxLead) {
#ifndef __EMSCRIPTEN__
      std::this_thread::sleep_for(std::chrono::duration<double>((t - wall()) / speed_ - kMaxLead));
#endif
    }
    floor_ = std::max(floor_, t);
  }
  // Wall-clock seconds until the wall clock reaches loop time t (0 if it has).
  double wall_seconds_until(double t) const { return std::max(0.0, (t - wall()) / speed_); }
  // Wall-clock seconds until what the program writes now is due.
  double lead() const { return wall_seconds_until(floor_); }

 private:
  static double mono() {
    using namespace std::chrono;
    return duration<double>(steady_clock::now().time_since_epoch()).count();
  }
  double wall() const { return (mono() - origin_) * speed_; }

  double origin_, speed_;
  double floor_ = 0;
};

}  // namespace coroscope::host
