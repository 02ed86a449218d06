#include "estimate/estimate_report.h"
#include "estimate/plan_sweep.h"
#include "estimate/training_estimator.h"
#include "test_support.h"

#include <nlohmann/json.hpp>

namespace cs::test {
namespace {

Plan examplePlan() {
    return readPlanFile((kCatalogDir / "examples" / "plan-gpt3-175b.json").string(), library());
}

TEST(TrainingEstimator, BreakdownAddsUpAndRatesFollowFromTheStep) {
    const Plan plan = examplePlan();
    const TrainingEstimate e = estimateTraining(plan);
    EXPECT_NEAR(e.breakdown.total(), e.step_time_s, 1e-12);
    EXPECT_GT(e.breakdown.compute_s, e.breakdown.bubble_s);
    EXPECT_NEAR(e.tokens_per_s, 1536.0 * 2048 / e.step_time_s, 1e-6);
    EXPECT_NEAR(e.time_to_train_s, 3e11 / e.tokens_per_s, 1e-6);
    EXPECT_GT(e.mfu, 0.2);
    EXPECT_LT(e.mfu, 0.7);
    EXPECT_GT(e.hardware_tflops_per_gpu, e.model_tflops_per_gpu); // full recompute
    // docs/model.md §Checkpoints: 175B parameters x 14 bytes = 2.44 TB; restore reads it once per DP replica.
    EXPECT_NEAR(e.storage.checkpoint_bytes / 1e12, 2.44, 0.01);
    EXPECT_DOUBLE_EQ(e.storage.restore_read_bytes, 16 * e.storage.checkpoint_bytes);
    EXPECT_NEAR(e.storage.checkpoint_interval_s,
                std::sqrt(2 * e.storage.checkpoint_write_s * e.storage.system_mtbf_s), 1e-6);
    EXPECT_NEAR(e.power.facility_watts, e.power.it_watts * e.power.pue, 1e-6);
}

TEST(TrainingEstimator, ThePhysicsPointsTheRightWay) {
    const Plan base = examplePlan();
    const double step = estimateTraining(base).step_time_s;
    Plan selective = base;
    selective.parallelism.recompute = Recompute::Selective;
    selective.parallelism.sequence_parallel = true;
    EXPECT_LT(estimateTraining(selective).step_time_s, step);
    Plan interleaved = selective;
    interleaved.parallelism.vpp = 2;
    EXPECT_LT(estimateTraining(interleaved).breakdown.bubble_s,
              estimateTraining(selective).breakdown.bubble_s);
    EXPECT_GT(estimateTraining(interleaved).memory.activations_bytes,
              estimateTraining(selective).memory.activations_bytes);
    Plan slow_fabric = base;
    slow_fabric.cluster.oversubscription = 4;
    slow_fabric.cluster.leaf_group_servers = 4; // the 16 servers of a DP group cross the leaf tier
    EXPECT_GT(estimateTraining(slow_fabric).breakdown.dp_comm_exposed_s,
              estimateTraining(base).breakdown.dp_comm_exposed_s);
    Plan a800 = base;
    a800.cluster.gpu = *library().gpu("a800-sxm4-80gb"); // NVLink 400 instead of 600 GB/s
    EXPECT_GT(estimateTraining(a800).breakdown.tp_comm_s, estimateTraining(base).breakdown.tp_comm_s);
    Plan lora = base;
    lora.workload = Workload::Finetune;
    lora.training.finetune = FinetuneMethod::Lora;
    const TrainingEstimate tuned = estimateTraining(lora);
    EXPECT_LT(tuned.trainable_parameters, 0.01 * tuned.parameters);
    EXPECT_LT(tuned.memory.optimizer_bytes, 0.01 * estimateTraining(base).memory.optimizer_bytes);
    EXPECT_LT(tuned.step_time_s, step);
}

TEST(TrainingEstimator, JsonHasTheDesignKeysAndExplainsEachOne) {
    const Plan plan = examplePlan();
    const nlohmann::json out = estimateToJson(plan, estimateTraining(plan));
    for (const char* key : {"step_time_s", "tokens_per_s", "model_tflops_per_gpu", "hardware_tflops_per_gpu",
                            "mfu", "memory_per_gpu_gib", "time_to_train_s"})
        EXPECT_TRUE(out.at(key).is_number()) << key;
    for (const char* key : {"compute_s", "tp_comm_s", "pp_comm_s", "dp_comm_exposed_s", "bubble_s"})
        EXPECT_TRUE(out.at("breakdown").at(key).is_number()) << key;
    EXPECT_TRUE(out.at("storage").at("checkpoint_bytes").is_number());
    EXPECT_TRUE(out.at("storage").at("checkpoint_write_s").is_number());
    EXPECT_TRUE(out.at("network").at("compute").at("capacity_gbytes_per_s_per_gpu").is_number());
    for (const auto& [key, value] : explainEstimate(plan, estimateTraining(plan))) {
        EXPECT_FALSE(value.formula.empty()) << key;
        EXPECT_TRUE(out.at("explain").contains(key)) << key;
    }
}

TEST(PlanSweep, RanksValidPlansThatFit) {
    Plan plan = readPlan(nlohmann::json::parse(R"({"model": {"preset": "gpt3-175b"},
        "cluster": {"gpu": "h100-sxm5-80gb", "gpus": 1024}, "parallelism": {"global_batch": 1024}})"),
                         library(), "sweep");
    const SweepResult sweep = sweepPlans(plan, 5);
    EXPECT_GT(sweep.plans_evaluated, 500u);
    ASSERT_EQ(sweep.best.size(), 5u);
    for (std::size_t i = 0; i < sweep.best.size(); ++i) {
        Plan candidate = plan;
        candidate.parallelism = sweep.best[i].parallelism;
        EXPECT_TRUE(checkPlan(candidate).empty());
        EXPECT_TRUE(sweep.best[i].estimate.memory.fits());
        if (i > 0) {
            EXPECT_LE(sweep.best[i - 1].estimate.step_time_s, sweep.best[i].estimate.step_time_s);
        }
    }
    EXPECT_FALSE(sweep.best.front().why.empty());
}

} // namespace
} // namespace cs::test

namespace cs::test {
namespace {

// Every output names its formula, its inputs and where the formula comes from.
TEST(TrainingEstimator, EveryExplainedValueIsComplete) {
    Plan plan = readPlanFile((kCatalogDir / "examples" / "plan-gpt3-175b.json").string(), library());
    for (const auto& [key, value] : explainEstimate(plan, estimateTraining(plan))) {
        EXPECT_FALSE(value.formula.empty()) << key;
        EXPECT_FALSE(value.source.empty()) << key;
        EXPECT_FALSE(value.inputs.empty()) << key;
        for (const ExplainedInput& input : value.inputs)
            EXPECT_FALSE(input.name.empty()) << key;
    }
}

} // namespace
} // namespace cs::test
