// Training precision (PLAN.json training.precision): fp8 speeds the linear layers' GEMMs only, needs FP8
// tensor cores, and is marked uncalibrated.
#include "base/input_error.h"
#include "estimate/estimate_report.h"
#include "estimate/training_estimator.h"
#include "io/design_json.h"
#include "test_support.h"

#include <nlohmann/json.hpp>

namespace cs::test {
namespace {

nlohmann::json llama70b(const char* gpu, const char* precision) {
    nlohmann::json plan = nlohmann::json::parse(R"({"model": {"preset": "llama2-70b"},
        "cluster": {"gpus": 128},
        "parallelism": {"tp": 8, "pp": 4, "dp": 4, "global_batch": 512, "recompute": "selective"},
        "training": {"tokens": 2.0e12}})");
    plan["cluster"]["gpu"] = gpu;
    if (precision)
        plan["training"]["precision"] = precision;
    return plan;
}

Plan planOf(const nlohmann::json& json) {
    return readPlan(json, library(), "test");
}

TEST(TrainingPrecision, DefaultsToBf16AndReadsFp8) {
    EXPECT_EQ(planOf(llama70b("h100-sxm5-80gb", nullptr)).training.precision, Precision::Bf16);
    EXPECT_EQ(planOf(llama70b("h100-sxm5-80gb", "bf16")).training.precision, Precision::Bf16);
    EXPECT_EQ(planOf(llama70b("h100-sxm5-80gb", "fp8")).training.precision, Precision::Fp8);
    EXPECT_THROW(planOf(llama70b("h100-sxm5-80gb", "fp4")), InputError);
}

TEST(TrainingPrecision, Fp8IsFasterThanBf16OnH100ButLessThanTwice) {
    const Plan bf16 = planOf(llama70b("h100-sxm5-80gb", "bf16"));
    const Plan fp8 = planOf(llama70b("h100-sxm5-80gb", "fp8"));
    ASSERT_TRUE(checkPlan(fp8).empty());
    const TrainingEstimate slow = estimateTraining(bf16), fast = estimateTraining(fp8);
    EXPECT_LT(fast.step_time_s, slow.step_time_s);
    // Only the linear GEMMs speed up (2x peak on H100): attention, traffic, communication and the optimizer
    // do not, so the step gains less than 2x.
    EXPECT_GT(fast.step_time_s, slow.step_time_s / 2);
    EXPECT_LT(fast.layer.tensor_s, slow.layer.tensor_s);
    EXPECT_GT(fast.layer.tensor_s, slow.layer.tensor_s / 2);
    EXPECT_DOUBLE_EQ(fast.layer.memory_s, slow.layer.memory_s);
    EXPECT_DOUBLE_EQ(fast.logit_s, slow.logit_s);
    EXPECT_DOUBLE_EQ(fast.breakdown.optimizer_s, slow.breakdown.optimizer_s);
    // Master weights, gradients and optimizer states as in bf16 mixed precision.
    EXPECT_DOUBLE_EQ(fast.memory.totalBytes(), slow.memory.totalBytes());
    EXPECT_DOUBLE_EQ(fast.storage.checkpoint_bytes, slow.storage.checkpoint_bytes);
}

TEST(TrainingPrecision, Bf16IsExactlyTheCalibratedModel) {
    Plan plan = planOf(llama70b("h100-sxm5-80gb", nullptr));
    const TrainingEstimate implicit = estimateTraining(plan);
    plan.training.precision = Precision::Bf16;
    EXPECT_EQ(estimateTraining(plan).step_time_s, implicit.step_time_s);
}

TEST(TrainingPrecision, Fp8OnA100IsAPlanErrorNamingTheField) {
    const Plan plan = planOf(llama70b("a100-sxm4-80gb", "fp8"));
    const std::vector<PlanError> errors = checkPlan(plan);
    ASSERT_EQ(errors.size(), 1u);
    EXPECT_EQ(errors[0].field, "training.precision");
    EXPECT_NE(errors[0].message.find("A100"), std::string::npos) << errors[0].message;
    EXPECT_NE(errors[0].message.find("has no FP8 tensor cores"), std::string::npos) << errors[0].message;
    EXPECT_TRUE(checkPlan(planOf(llama70b("a100-sxm4-80gb", "bf16"))).empty());
}

TEST(TrainingPrecision, Fp8ResultsNameTheirGemmEfficiencyRatio) {
    const Plan fp8 = planOf(llama70b("h100-sxm5-80gb", "fp8"));
    const nlohmann::json out = estimateToJson(fp8, estimateTraining(fp8));
    EXPECT_EQ(out["precision"], "fp8");
    for (const char* key : {"breakdown.compute_s", "step_time_s"})
        EXPECT_NE(out["explain"][key]["source"].get<std::string>().find("GEMM-efficiency ratio"),
                  std::string::npos)
            << key;
    const Plan bf16 = planOf(llama70b("h100-sxm5-80gb", nullptr));
    const nlohmann::json calibrated = estimateToJson(bf16, estimateTraining(bf16));
    EXPECT_EQ(calibrated["explain"]["breakdown.compute_s"]["source"].get<std::string>().find(
                  "GEMM-efficiency ratio"),
              std::string::npos);
}

TEST(TrainingPrecision, ScenarioPlansKeepThePrecisionThroughJson) {
    Design design = smallDesign();
    Scenario scenario = design.scenarios().items().front();
    scenario.plan["training"]["precision"] = "fp8";
    design.apply({Update<Scenario>{scenario}});
    const Design reread = designFromJson(designToJson(design), library());
    EXPECT_EQ(*reread.scenarios().find(1), scenario);
    EXPECT_EQ(designToJson(reread), designToJson(design));
}

} // namespace
} // namespace cs::test
