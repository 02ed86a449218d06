// The largest clusters being built, 131,072 GPUs: 16,384 DGX B300 on an XDR fat tree. The targets
// (docs/architecture.md §Figures and targets): generate (with its default training scenario) < 3 s, save and
// open < 3 s each. Run: build/tests/bench/bench_scale
#include "analysis/plan_analysis.h"
#include "csd_bench.h"
#include "estimate/cluster_from_design.h"
#include "model/aggregate_view.h"
#include "rules/validator.h"
#include "scenario/default_plan.h"
#include "topology/cable_fit.h"
#include "topology/cluster_generator.h"

#include <benchmark/benchmark.h>

namespace {

using namespace cs;

const Catalog& library() {
    static const Catalog catalog = Catalog::loadDirectory(CS_CATALOG_DIR);
    return catalog;
}

GeneratorOptions options() {
    GeneratorOptions o;
    o.servers = 16'384;
    o.server = "dgx-b300";
    o.fabric = Fabric::Xdr;
    return o;
}

const Design& cluster() {
    static const Design design = [] {
        Design d = generateCluster(options(), library());
        addDefaultTrainingScenario(d, library());
        return d;
    }();
    return design;
}

void counters(benchmark::State& state, const Design& design) {
    state.counters["devices"] = static_cast<double>(design.devices().size());
    state.counters["links"] = static_cast<double>(design.links().size());
}

// What `cluster-studio generate` does before it writes the file.
void BM_Generate(benchmark::State& state) {
    for (auto _ : state) {
        Design design = generateCluster(options(), library());
        benchmark::DoNotOptimize(addDefaultTrainingScenario(design, library()));
    }
    counters(state, cluster());
}
BENCHMARK(BM_Generate)->Unit(benchmark::kMillisecond);

// Its two parts.
void BM_GenerateFabricOnly(benchmark::State& state) {
    for (auto _ : state)
        benchmark::DoNotOptimize(generateCluster(options(), library()));
}
BENCHMARK(BM_GenerateFabricOnly)->Unit(benchmark::kMillisecond);

// Fit Cable Lengths on the whole design (the Edit menu, `bom --fit-lengths`): the floor plan and every link
// checked; a generated design is already fitted. beyond_reach: its cables longer than their catalog reach
// (the out-of-band Cat6 runs over 100 m).
void BM_FitCableLengths(benchmark::State& state) {
    const Design& design = cluster();
    for (auto _ : state)
        benchmark::DoNotOptimize(fitCableOperations(design, library()));
    int beyond = 0;
    for (const Link& link : design.links().items()) {
        const CableType* cable = design.catalog().cable(link.cable);
        beyond += cable && link.length_m > cable->reach_m;
    }
    state.counters["beyond_reach"] = beyond;
}
BENCHMARK(BM_FitCableLengths)->Unit(benchmark::kMillisecond);

void BM_DefaultTrainingPlan(benchmark::State& state) {
    const Design& design = cluster();
    for (auto _ : state)
        benchmark::DoNotOptimize(defaultTrainingPlan(design, library()));
}
BENCHMARK(BM_DefaultTrainingPlan)->Unit(benchmark::kMillisecond);

// The design's cluster (GPUs, NICs, tiers, oversubscription) that every analysis of a scenario starts from.
void BM_ApplyDesignCluster(benchmark::State& state) {
    const Design& design = cluster();
    Plan plan = readPlan(nlohmann::json{{"model", {{"preset", "llama3-405b"}}}}, library(), "bench");
    for (auto _ : state)
        applyDesignCluster(design, plan);
}
BENCHMARK(BM_ApplyDesignCluster)->Unit(benchmark::kMillisecond);

void BM_Validate(benchmark::State& state) {
    const Design& design = cluster();
    for (auto _ : state)
        benchmark::DoNotOptimize(validateDesign(design, &library()));
}
BENCHMARK(BM_Validate)->Unit(benchmark::kMillisecond);

// The scenario's analysis, as the studio runs it after opening the file (ui/documentanalysis.cpp).
constexpr PlanAnalysisOptions kStudio{.explained = true,
                                      .budget = true,
                                      .design_power = true,
                                      .suitability = false,
                                      .scaling_curve = true,
                                      .link_loads = false};

void BM_AnalyzeScenario(benchmark::State& state) {
    const Design& design = cluster();
    const Scenario& scenario = design.scenarios().items().front();
    for (auto _ : state)
        benchmark::DoNotOptimize(analyzeScenario(library(), design, scenario, kStudio));
}
BENCHMARK(BM_AnalyzeScenario)->Unit(benchmark::kMillisecond);

// The copy of the design the studio's worker routes while the design goes on changing.
void BM_CopyDesign(benchmark::State& state) {
    const Design& design = cluster();
    for (auto _ : state)
        benchmark::DoNotOptimize(Design(design));
}
BENCHMARK(BM_CopyDesign)->Unit(benchmark::kMillisecond);

// The studio's view from afar: the blocks and the bundles between them.
void BM_AggregateView(benchmark::State& state) {
    const Design& design = cluster();
    const std::vector<RackFrame> frames = rackFrames(design);
    for (auto _ : state)
        benchmark::DoNotOptimize(aggregateView(design, frames));
}
BENCHMARK(BM_AggregateView)->Unit(benchmark::kMillisecond);

void BM_SaveCsd(benchmark::State& state) {
    bench::timeSaveCsd(state, cluster(), "bench-scale-save");
}
BENCHMARK(BM_SaveCsd)->Unit(benchmark::kMillisecond);

void BM_OpenCsd(benchmark::State& state) {
    bench::timeOpenCsd(state, cluster(), "bench-scale-open");
}
BENCHMARK(BM_OpenCsd)->Unit(benchmark::kMillisecond);

} // namespace
