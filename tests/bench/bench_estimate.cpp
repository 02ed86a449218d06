#include "estimate/inference_estimator.h"
#include "estimate/plan.h"
#include "estimate/plan_sweep.h"
#include "estimate/training_estimator.h"
#include "model/catalog.h"

#include <benchmark/benchmark.h>
#include <nlohmann/json.hpp>

namespace {

const cs::Catalog& library() {
    static const cs::Catalog catalog = cs::Catalog::loadDirectory(CS_CATALOG_DIR);
    return catalog;
}

cs::Plan gpt3On1024H100() {
    return cs::readPlan(nlohmann::json::parse(R"({"model": {"preset": "gpt3-175b"},
        "cluster": {"gpu": "h100-sxm5-80gb", "gpus": 1024},
        "parallelism": {"tp": 8, "pp": 8, "dp": 16, "vpp": 3, "global_batch": 1536}})"),
                        library(), "bench");
}

// Target (docs/architecture.md §Figures and targets): one estimate < 1 ms.
void BM_EstimateOnePlan(benchmark::State& state) {
    const cs::Plan plan = gpt3On1024H100();
    for (auto _ : state)
        benchmark::DoNotOptimize(cs::estimateTraining(plan));
}
BENCHMARK(BM_EstimateOnePlan);

// One inference estimate (Llama 2 70B on an XE9680), for the same < 1 ms budget.
void BM_EstimateInference(benchmark::State& state) {
    const cs::Plan plan = cs::readPlan(nlohmann::json::parse(R"({"scenario": "inference",
        "model": {"preset": "llama2-70b"}, "cluster": {"server": "xe9680"}, "inference": {"batch": 16}})"),
                                       library(), "bench");
    for (auto _ : state)
        benchmark::DoNotOptimize(cs::estimateInference(plan));
}
BENCHMARK(BM_EstimateInference);

// Target: the sweep for 175B on 1,024 GPUs > 100,000 plans/s.
void BM_Sweep175bOn1024Gpus(benchmark::State& state) {
    const cs::Plan plan = gpt3On1024H100();
    std::size_t plans = 0;
    for (auto _ : state) {
        const cs::SweepResult sweep = cs::sweepPlans(plan, 10);
        plans += sweep.plans_evaluated;
        benchmark::DoNotOptimize(sweep.best.data());
    }
    state.counters["plans_per_s"] =
        benchmark::Counter(static_cast<double>(plans), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_Sweep175bOn1024Gpus)->Unit(benchmark::kMillisecond);

// Target: > 100,000 plans/s with the MoE and long-sequence dimensions (tp, pp, cp, ep, vpp, micro-batch,
// recompute, fsdp). Counters: the plans one sweep evaluates and the rate.
void sweepBenchmark(benchmark::State& state, const char* plan_json) {
    const cs::Plan plan = cs::readPlan(nlohmann::json::parse(plan_json), library(), "bench");
    std::size_t plans = 0, per_sweep = 0;
    for (auto _ : state) {
        const cs::SweepResult sweep = cs::sweepPlans(plan, 10);
        plans += sweep.plans_evaluated;
        per_sweep = sweep.plans_evaluated;
        benchmark::DoNotOptimize(sweep.best.data());
    }
    state.counters["plans_per_sweep"] = static_cast<double>(per_sweep);
    state.counters["plans_per_s"] =
        benchmark::Counter(static_cast<double>(plans), benchmark::Counter::kIsRate);
}

void BM_SweepDeepSeekV3On2048H800(benchmark::State& state) {
    sweepBenchmark(state, R"({"model": {"preset": "deepseek-v3"},
        "cluster": {"gpu": "h800-sxm5-80gb", "gpus": 2048},
        "parallelism": {"tp": 1, "pp": 16, "ep": 64, "global_batch": 15360},
        "training": {"precision": "fp8"}})");
}
BENCHMARK(BM_SweepDeepSeekV3On2048H800)->Unit(benchmark::kMillisecond);

void BM_SweepLlama405BOn16384H100(benchmark::State& state) {
    sweepBenchmark(state, R"({"model": {"preset": "llama3-405b"},
        "cluster": {"gpu": "h100-sxm5-80gb", "gpus": 16384},
        "parallelism": {"tp": 8, "pp": 16, "vpp": 8, "global_batch": 2048}})");
}
BENCHMARK(BM_SweepLlama405BOn16384H100)->Unit(benchmark::kMillisecond);

} // namespace
