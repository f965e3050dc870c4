// A tiny timing harness (Google Benchmark does not build for wasm): best of several runs of each
// scenario, printed as "name ns_per_op". Built natively too, to cross-check the figures.
#include <cstdio>

#include "scenarios.hpp"

int main() {
  constexpr long kOps = 200000;
  for (const auto& s : coroscope::bench::kScenarios) {
    s.run(kOps / 10);  // warm-up: pools, JIT tiers in node
    double best = 1e9;
    for (int r = 0; r < 5; ++r) {
      double t = s.run(kOps);
      if (t < best) best = t;
    }
    std::printf("%s %.1f\n", s.name, best / kOps * 1e9);
  }
  return 0;
}
