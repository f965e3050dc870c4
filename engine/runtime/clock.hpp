// The loop's notion of time. Virtual: jumps to the next deadline when idle, so every run is
// identical and an hour of sleeping takes no time. Real: the monotonic clock; natively idle waits
// block, in a browser the host drives the loop with run_once(false) and next_deadline().
#pragma once

#include <memory>

namespace coroscope::rt {

class Clock {
 public:
  virtual ~Clock() = default;
  virtual double now() const = 0;
  virtual bool is_virtual() const = 0;
  // Moves time to at least t: a jump for the virtual clock, a blocking wait for the real one.
  virtual void advance_to(double t) = 0;
};

class VirtualClock final : public Clock {
 public:
  double now() const override { return now_; }
  bool is_virtual() const override { return true; }
  void advance_to(double t) override {
    if (t > now_) now_ = t;
  }

 private:
  double now_ = 0.0;
};

// `speed` scales the wall clock: at 2, loop time passes twice as fast (the page's speed control).
class RealClock final : public Clock {
 public:
  explicit RealClock(double speed = 1.0);
  double now() const override;
  bool is_virtual() const override { return false; }
  void advance_to(double t) override;

 private:
  double origin_;
  double speed_;
};

std::unique_ptr<Clock> make_virtual_clock();
std::unique_ptr<Clock> make_real_clock(double speed = 1.0);

}  // namespace coroscope::rt
