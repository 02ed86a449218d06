// The target (docs/architecture.md §Figures and targets) for the failure what-ifs: every switch of a
// 20,480-GPU cluster (2,560 8-GPU XE9680 servers on NDR) and one link of each link class failed one at a time
// and ranked in < 2 s, also with a plan's step time on each degraded fabric; and one failure set costed.
// Run: build/tests/bench/bench_failures
#include "analysis/degraded_cluster.h"
#include "analysis/failure_impact.h"
#include "estimate/cluster_from_design.h"
#include "topology/cluster_generator.h"

#include <benchmark/benchmark.h>
#include <nlohmann/json.hpp>

namespace {

using namespace cs;

const Design& cluster() {
    static const Catalog library = Catalog::loadDirectory(CS_CATALOG_DIR);
    GeneratorOptions options;
    options.servers = 2560;
    options.server = "xe9680";
    options.fabric = Fabric::Ndr;
    static const Design design = generateCluster(options, library);
    return design;
}

void BM_SingleSwitchSweep20kGpus(benchmark::State& state) {
    const Design& design = cluster();
    std::size_t entries = 0;
    for (auto _ : state) {
        const std::vector<ResilienceEntry> ranking = resilienceRanking(design);
        entries = ranking.size();
        benchmark::DoNotOptimize(ranking.data());
    }
    state.counters["entries"] = static_cast<double>(entries); // switches and link classes
}
BENCHMARK(BM_SingleSwitchSweep20kGpus)->Unit(benchmark::kMillisecond);

// Llama 3 405B as Meta trained it (TP 8, PP 16, DP 160 on 20,480 GPUs), on the cluster.
void BM_SingleSwitchSweepWithPlan20kGpus(benchmark::State& state) {
    static const Catalog library = Catalog::loadDirectory(CS_CATALOG_DIR);
    const Design& design = cluster();
    Plan plan = readPlan({{"model", {{"preset", "llama3-405b"}}},
                          {"parallelism", {{"tp", 8}, {"pp", 16}, {"dp", 160}, {"global_batch", 2048}}}},
                         library, "plan.json");
    applyDesignCluster(design, plan);
    std::size_t entries = 0;
    for (auto _ : state) {
        const std::vector<ResilienceEntry> ranking =
            resilienceRanking(design, planOnDegradedFabric(design, plan));
        entries = ranking.size();
        benchmark::DoNotOptimize(ranking.data());
    }
    state.counters["entries"] = static_cast<double>(entries);
}
BENCHMARK(BM_SingleSwitchSweepWithPlan20kGpus)->Unit(benchmark::kMillisecond);

void BM_OneFailureSet20kGpus(benchmark::State& state) {
    const Design& design = cluster();
    const FailureSet failures = parseFailureSet(design, {"device:1"});
    for (auto _ : state)
        benchmark::DoNotOptimize(failureImpact(design, failures));
}
BENCHMARK(BM_OneFailureSet20kGpus)->Unit(benchmark::kMillisecond);

} // namespace
