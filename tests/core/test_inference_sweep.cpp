#include "estimate/inference_sweep.h"
#include "test_support.h"

#include <nlohmann/json.hpp>

namespace cs::test {
namespace {

Plan servingPlan(const std::string& inference, const std::string& model = "llama2-70b") {
    return readPlan(nlohmann::json::parse(R"({"scenario": "inference", "model": {"preset": ")" + model +
                                          R"("}, "cluster": {"server": "xe9680", "gpus": 8}, "inference": )" +
                                          inference + "}"),
                    library(), "sweep.json");
}

TEST(InferenceSweep, RanksConfigurationsByTokensPerGpuUnderTheTargets) {
    const Plan plan =
        servingPlan(R"({"prompt_tokens": 300, "output_tokens": 294, "slo": {"ttft_s": 2, "tpot_s": 0.05}})");
    const InferenceSweepResult sweep = sweepInference(plan, 6);
    ASSERT_EQ(sweep.best.size(), 6u);
    EXPECT_GE(sweep.configurations_evaluated, sweep.configurations_fitting);
    EXPECT_GE(sweep.configurations_fitting, sweep.configurations_meeting);
    EXPECT_GT(sweep.configurations_meeting, 6u);
    bool both_modes[2] = {false, false};
    for (std::size_t i = 0; i < sweep.best.size(); ++i) {
        const InferenceSweepCandidate& c = sweep.best[i];
        SCOPED_TRACE(i);
        EXPECT_TRUE(c.estimate.fits);
        EXPECT_LE(c.estimate.decode_step_s, 0.05);
        EXPECT_LE(c.estimate.time_to_first_token_s, 2);
        EXPECT_LE(c.shape.gpus(), 8);
        EXPECT_NE(c.precision, Precision::Nvfp4); // the H100 has no FP4 tensor cores
        EXPECT_FALSE(c.why.empty());
        if (i > 0) {
            EXPECT_GE(sweep.best[i - 1].estimate.tokens_per_s_per_gpu, c.estimate.tokens_per_s_per_gpu);
        }
        both_modes[c.disaggregated] = true;
    }
    EXPECT_TRUE(both_modes[0] && both_modes[1]);
    // The winner is the estimate of its own plan: the sweep does not rank figures the estimator would not
    // give.
    Plan winner = plan;
    const InferenceSweepCandidate& best = sweep.best.front();
    winner.inference.precision = best.precision;
    winner.inference.disaggregated = best.disaggregated;
    const InferenceEstimate alone = estimateInference(winner, best.shape);
    EXPECT_DOUBLE_EQ(alone.tokens_per_s_per_gpu, best.estimate.tokens_per_s_per_gpu);
    // fp8 halves the weights the bandwidth-bound decode reads: it wins on the H100.
    EXPECT_EQ(best.precision, Precision::Fp8);
    const nlohmann::json json = inferenceSweepToJson(plan, sweep);
    EXPECT_EQ(json["best"].size(), 6u);
    EXPECT_FALSE(json.contains("message"));
}

TEST(InferenceSweep, SaysWhyWhenNoConfigurationMeetsTheTargets) {
    const Plan plan = servingPlan(R"({"slo": {"tpot_s": 0.0001}})");
    const InferenceSweepResult sweep = sweepInference(plan, 10);
    EXPECT_TRUE(sweep.best.empty());
    EXPECT_GT(sweep.configurations_fitting, 0u);
    EXPECT_EQ(sweep.configurations_meeting, 0u);
    ASSERT_TRUE(sweep.closest.has_value());
    EXPECT_GT(sweep.closest->estimate.decode_step_s, 0.0001);
    const std::string message = inferenceSweepToJson(plan, sweep).at("message");
    EXPECT_NE(message.find("no serving configuration meets the targets"), std::string::npos) << message;
    EXPECT_NE(inferenceSweepToText(plan, sweep).find("the closest"), std::string::npos);
}

TEST(InferenceSweep, SaysSoWhenNothingFits) {
    // DeepSeek-V3 needs more than one H100 server even in fp8.
    const Plan plan = servingPlan("{}", "deepseek-v3");
    const InferenceSweepResult sweep = sweepInference(plan, 10);
    EXPECT_TRUE(sweep.best.empty());
    EXPECT_EQ(sweep.configurations_fitting, 0u);
    const std::string message = inferenceSweepToJson(plan, sweep).at("message");
    EXPECT_NE(message.find("raise cluster.gpus"), std::string::npos) << message;
}

} // namespace
} // namespace cs::test
