#include "analysis/budget_status.h"
#include "analysis/inference_budget.h"
#include "analysis/link_load.h"
#include "analysis/plan_analysis.h"
#include "analysis/serving_curves.h"
#include "estimate/cluster_from_design.h"
#include "estimate/inference_estimator.h"
#include "estimate/plan.h"
#include "estimate/training_estimator.h"
#include "io/design_file.h"
#include "model/catalog.h"
#include "model/operation.h"
#include "power/design_power.h"
#include "power/power_breakdown.h"
#include "scenario/scaling_curve.h"
#include "scenario/scenario_comparison.h"
#include "topology/cluster_generator.h"

#include <algorithm>
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

// The targets' large design (docs/architecture.md §Figures and targets): 2,560 DGX H100, 20,480 GPUs, five
// networks (~93,000 links).
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

// The heat overlay alone: every link and switch of the 20,480-GPU design (target: < 100 ms for 93k links).
void BM_LinkLoads20480Gpus(benchmark::State& state) {
    const PlanView& view = cluster20480();
    const cs::TrainingEstimate estimate = cs::estimateTraining(view.plan);
    for (auto _ : state)
        benchmark::DoNotOptimize(cs::linkLoads(view.design, view.plan, estimate).links.data());
    state.counters["links"] = static_cast<double>(view.design.links().size());
}
BENCHMARK(BM_LinkLoads20480Gpus)->Unit(benchmark::kMillisecond);

// What one plan edit recomputes besides the scaling chart: estimate, budget view, heat overlay (target:
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

// The studio's whole analysis of a plan edit (analyzePlan as the document analysis asks for it: estimate,
// explanations, budget lines, power by part, scaling curve, and the heat overlay's loads).
void analyzePlanEdit(benchmark::State& state, const PlanView& view) {
    const cs::PlanAnalysisOptions studio{.explained = true,
                                         .budget = true,
                                         .design_power = true,
                                         .suitability = false,
                                         .scaling_curve = true,
                                         .link_loads = true};
    for (auto _ : state)
        benchmark::DoNotOptimize(cs::analyzePlan(library(), view.plan, &view.design, studio).budget.data());
}
void BM_AnalyzePlan128Gpus(benchmark::State& state) {
    analyzePlanEdit(state, example128());
}
BENCHMARK(BM_AnalyzePlan128Gpus)->Unit(benchmark::kMillisecond);
void BM_AnalyzePlan20480Gpus(benchmark::State& state) {
    analyzePlanEdit(state, cluster20480());
}
BENCHMARK(BM_AnalyzePlan20480Gpus)->Unit(benchmark::kMillisecond);

// The scaling chart of the 128-GPU example: nine sweeps, 8 to 2,048 GPUs (target < 100 ms).
void BM_ScalingCurve128Gpus(benchmark::State& state) {
    const PlanView& view = example128();
    for (auto _ : state)
        benchmark::DoNotOptimize(cs::scalingCurve(view.plan).points.data());
}
BENCHMARK(BM_ScalingCurve128Gpus)->Unit(benchmark::kMillisecond);

// The scaling and time-to-train charts of the 20,480-GPU design: 1 to 40,960 servers (16x), one sweep each.
void BM_ScalingCurve20480Gpus(benchmark::State& state) {
    const PlanView& view = cluster20480();
    for (auto _ : state)
        benchmark::DoNotOptimize(cs::scalingCurve(view.plan).points.data());
}
BENCHMARK(BM_ScalingCurve20480Gpus)->Unit(benchmark::kMillisecond);

// The serving charts of Llama 2 70B on an XE9680 with latency targets and a load: about 20 estimates over the
// batch and 41 sizings over the load, each one estimate at a fixed TP and batch.
void BM_ServingCurves(benchmark::State& state) {
    const cs::Plan plan = cs::readPlan(nlohmann::json::parse(R"({"scenario": "inference",
        "model": {"preset": "llama2-70b"}, "cluster": {"server": "xe9680"},
        "inference": {"slo": {"ttft_s": 1, "tpot_s": 0.031}, "load": {"requests_per_s": 40}}})"),
                                       library(), "bench");
    const cs::InferenceEstimate estimate = cs::estimateInference(plan);
    for (auto _ : state)
        benchmark::DoNotOptimize(cs::servingCurves(plan, estimate).throughput_latency.points.data());
}
BENCHMARK(BM_ServingCurves)->Unit(benchmark::kMicrosecond);

// The power-by-part chart: the design's power at load (every device) and its breakdown.
void powerChart(benchmark::State& state, const PlanView& view) {
    const cs::TrainingEstimate estimate = cs::estimateTraining(view.plan);
    for (auto _ : state)
        benchmark::DoNotOptimize(cs::powerBreakdown(estimate.power, cs::designPower(view.design)).data());
}
void BM_PowerChart128Gpus(benchmark::State& state) {
    powerChart(state, example128());
}
BENCHMARK(BM_PowerChart128Gpus)->Unit(benchmark::kMillisecond);
void BM_PowerChart20480Gpus(benchmark::State& state) {
    powerChart(state, cluster20480());
}
BENCHMARK(BM_PowerChart20480Gpus)->Unit(benchmark::kMillisecond);

// An inference plan's estimate and budget lines (the inference budget view).
void BM_InferenceBudget(benchmark::State& state) {
    cs::Plan plan =
        cs::readPlan(nlohmann::json::parse(R"({"scenario": "inference", "model": {"preset": "llama2-70b"},
        "inference": {"tp": 2, "batch": 16}})"),
                     library(), "bench");
    cs::applyDesignCluster(example128().design, plan);
    for (auto _ : state) {
        const cs::InferenceEstimate estimate = cs::estimateInference(plan);
        benchmark::DoNotOptimize(cs::inferenceBudgetLines(plan, estimate).data());
    }
}
BENCHMARK(BM_InferenceBudget)->Unit(benchmark::kMicrosecond);

// The comparison dock's recompute on the 20,480-GPU design: four scenarios (as designed, 200G NICs, half the
// servers, FP8) compared by core, plus each one's scaling curve for the overlaid chart (target: < 500 ms).
void BM_CompareFourScenarios20480Gpus(benchmark::State& state) {
    static const cs::Design design = [] {
        cs::Design out = cluster20480().design;
        const nlohmann::json plan = nlohmann::json::parse(R"({"model": {"preset": "gpt3-175b"},
            "parallelism": {"tp": 8, "pp": 8, "dp": 320, "global_batch": 2560}})");
        nlohmann::json half = plan, fp8 = plan;
        half["parallelism"]["dp"] = 160;
        fp8["training"]["precision"] = "fp8";
        const std::pair<const char*, std::pair<nlohmann::json, nlohmann::json>> scenarios[] = {
            {"as designed", {plan, nlohmann::json::object()}},
            {"200G NICs", {plan, {{"nic_gbps", 200}}}},
            {"1,280 servers", {half, {{"servers", 1280}}}},
            {"FP8", {fp8, nlohmann::json::object()}}};
        for (const auto& [name, what] : scenarios)
            out.apply({cs::Add<cs::Scenario>{
                cs::Scenario{out.scenarios().nextId(), name, what.first, what.second}}});
        return out;
    }();
    std::vector<cs::ScenarioId> ids; // the four above, after any the generator adds
    for (const cs::Scenario& scenario : design.scenarios().items())
        ids.push_back(scenario.id);
    std::sort(ids.begin(), ids.end());
    ids.erase(ids.begin(), ids.end() - 4);
    cs::PlanAnalysisOptions options = cs::kComparisonOptions;
    options.scaling_curve = true; // the dock's overlaid scaling chart
    for (auto _ : state) {
        std::vector<cs::ScenarioOutcome> outcomes;
        for (cs::ScenarioId id : ids)
            outcomes.push_back(
                cs::estimateScenario(design, *design.scenarios().find(id), library(), options));
        const cs::ScenarioComparison comparison = cs::compareOutcomes(std::move(outcomes));
        for (const cs::ScenarioOutcome& outcome : comparison.scenarios)
            if (!outcome.analysis.training || !outcome.analysis.scaling)
                state.SkipWithError("a compared scenario has no estimate");
        benchmark::DoNotOptimize(comparison.rows.data());
    }
}
BENCHMARK(BM_CompareFourScenarios20480Gpus)->Unit(benchmark::kMillisecond);

} // namespace
