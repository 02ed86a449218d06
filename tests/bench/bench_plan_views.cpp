#include "budget_status.h"
#include "catalog.h"
#include "cluster_from_design.h"
#include "cluster_generator.h"
#include "design_file.h"
#include "link_load.h"
#include "plan.h"
#include "scaling_curve.h"
#include "training_estimator.h"

#include <benchmark/benchmark.h>
#include <nlohmann/json.hpp>

namespace {

const cs::Catalog& library() {
    static const cs::Catalog catalog = cs::Catalog::loadDirectory(CS_CATALOG_DIR);
    return catalog;
}

struct PlanView {
    cs::Design design;
    cs::Plan plan;
};

PlanView withPlan(cs::Design design, const char* plan_json) {
    cs::Plan plan = cs::readPlan(nlohmann::json::parse(plan_json), library(), "bench");
    cs::applyDesignCluster(design, plan);
    return {std::move(design), std::move(plan)};
}

const PlanView& example128() {
    static const PlanView view = withPlan(
        cs::readDesign(std::string(CS_CATALOG_DIR) + "/examples/training-128gpu.json", library()),
        R"({"model": {"preset": "llama2-70b"}, "parallelism": {"tp": 8, "pp": 4, "dp": 4, "global_batch": 512},
            "training": {"tokens": 2.0e12}})");
    return view;
}

// DESIGN §8's large design: 2,560 DGX H100, 20,480 GPUs, five networks (~93,000 links).
const PlanView& cluster20480() {
    static const PlanView view = [] {
        cs::GeneratorOptions options;
        options.servers = 2560;
        options.server = "dgx-h100";
        return withPlan(cs::generateCluster(options, library()),
                        R"({"model": {"preset": "gpt3-175b"},
                            "parallelism": {"tp": 8, "pp": 8, "dp": 320, "global_batch": 2560}})");
    }();
    return view;
}

// The heat overlay alone: every link and switch of the 20,480-GPU design (issue 6: < 100 ms for 93k links).
void BM_LinkLoads20480Gpus(benchmark::State& state) {
    const PlanView& view = cluster20480();
    const cs::TrainingEstimate estimate = cs::estimateTraining(view.plan);
    for (auto _ : state)
        benchmark::DoNotOptimize(cs::linkLoads(view.design, view.plan, estimate).links.data());
    state.counters["links"] = static_cast<double>(view.design.links().size());
}
BENCHMARK(BM_LinkLoads20480Gpus)->Unit(benchmark::kMillisecond);

// What one plan edit recomputes besides the scaling chart: estimate, budget view, heat overlay (issue 6:
// < 500 ms on the 20,480-GPU design, < 100 ms on the 128-GPU example).
void planEdit(benchmark::State& state, const PlanView& view) {
    for (auto _ : state) {
        const cs::TrainingEstimate estimate = cs::estimateTraining(view.plan);
        benchmark::DoNotOptimize(cs::budgetLines(view.plan, estimate).data());
        benchmark::DoNotOptimize(cs::linkLoads(view.design, view.plan, estimate).links.data());
    }
}
void BM_PlanEdit128Gpus(benchmark::State& state) {
    planEdit(state, example128());
}
BENCHMARK(BM_PlanEdit128Gpus)->Unit(benchmark::kMillisecond);
void BM_PlanEdit20480Gpus(benchmark::State& state) {
    planEdit(state, cluster20480());
}
BENCHMARK(BM_PlanEdit20480Gpus)->Unit(benchmark::kMillisecond);

// The scaling chart of the 128-GPU example: nine sweeps, 8 to 2,048 GPUs (target < 100 ms).
void BM_ScalingCurve128Gpus(benchmark::State& state) {
    const PlanView& view = example128();
    for (auto _ : state)
        benchmark::DoNotOptimize(cs::scalingCurve(view.plan).points.data());
}
BENCHMARK(BM_ScalingCurve128Gpus)->Unit(benchmark::kMillisecond);

} // namespace
