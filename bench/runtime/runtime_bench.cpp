// Google Benchmark front end (native): each scenario runs batches of kBatch operations; the
// "per_op" counter is seconds per operation.
#include <benchmark/benchmark.h>

#include "scenarios.hpp"

namespace {

constexpr long kBatch = 10000;

void run_scenario(benchmark::State& state, double (*fn)(long)) {
  for (auto _ : state) {
    double s = fn(kBatch);
    state.SetIterationTime(s);
  }
  state.counters["per_op"] = benchmark::Counter(
      static_cast<double>(kBatch),
      benchmark::Counter::kIsIterationInvariantRate | benchmark::Counter::kInvert);
}

}  // namespace

int main(int argc, char** argv) {
  for (const auto& s : coroscope::bench::kScenarios) {
    benchmark::RegisterBenchmark(s.name, run_scenario, s.run)->UseManualTime();
  }
  benchmark::Initialize(&argc, argv);
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
