#include "estimate/goodput.h"
#include "estimate/training_estimator.h"
#include "test_support.h"

#include <cmath>
#include <nlohmann/json.hpp>

namespace cs::test {
namespace {

TEST(Goodput, TheLlama3DefaultsSplitItsInterruptions) {
    // 54 days x 24 h x 2,048 servers; 419 interruptions, 35 of them "Network Switch/Cable" (Table 5).
    EXPECT_DOUBLE_EQ(kLlama3ServerHours, 2'654'208);
    EXPECT_DOUBLE_EQ(kDefaultNodeMtbfHours, 6912);
    EXPECT_NEAR(kDefaultNetworkMtbfServerHours, 75'834.5, 0.1);
    EXPECT_NEAR(InterruptionRates{}.serverHoursPerInterruption(), 6334.6, 0.1);
}

TEST(Goodput, TheLlama3RunTrainsMoreThanNinetyPercentOfTheTime) {
    // Llama 3 405B on 16,384 H100: TP 8, PP 16, DP 128 (arXiv 2407.21783 §3.3.2).
    const Plan plan = readPlan(nlohmann::json::parse(R"({"model": {"preset": "llama3-405b"},
        "cluster": {"gpu": "h100-sxm5-80gb", "gpus": 16384},
        "parallelism": {"tp": 8, "pp": 16, "vpp": 8, "global_batch": 2048, "recompute": "none"}})"),
                               library(), "plan.json");
    ASSERT_TRUE(checkPlan(plan).empty());
    const TrainingEstimate e = estimateTraining(plan);
    const Goodput& g = e.goodput;
    EXPECT_NEAR(g.system_mtbf_s, 6334.6 * 3600 / 2048, 1);
    EXPECT_GT(g.goodput, 0.90);
    EXPECT_LT(g.goodput, 1);
    EXPECT_NEAR(g.goodput, 1 - g.checkpoint_overhead - g.restart_share, 1e-12);
    EXPECT_NEAR(g.restart_share, (5 * 60 + e.storage.restore_s) / g.system_mtbf_s, 1e-12);
    EXPECT_NEAR(g.wall_clock_s, e.time_to_train_s / g.goodput, 1e-6);
    std::printf(
        "  Llama 3 405B: goodput %.1f%% (checkpoints %.1f%%, restarts %.1f%%), %d hot spares in all\n",
        100 * g.goodput, 100 * g.checkpoint_overhead, 100 * g.restart_share, g.spares_total);
}

TEST(Goodput, HotSparesForAThirtyTwoServerUnitByHand) {
    // Poisson(1): P(X <= 3) = e^-1 (1 + 1 + 1/2 + 1/6) = 0.981, P(X <= 4) = 0.9963: four spares keep the
    // chance of running short under 1%, three do not.
    EXPECT_EQ(poissonQuantileAbove(1.0, 0.01), 4);
    EXPECT_EQ(poissonQuantileAbove(0.0, 0.01), 0);
    Plan plan = readPlan(nlohmann::json::parse(R"({"model": {"preset": "llama2-70b"},
        "cluster": {"gpus": 2048},
        "parallelism": {"tp": 8, "pp": 4},
        "training": {"node_mtbf_hours": 3200, "repair_hours": 100}})"),
                         library(), "plan.json");
    const Goodput g = estimateTraining(plan).goodput;
    EXPECT_EQ(g.scalable_unit_servers, 32);
    EXPECT_DOUBLE_EQ(g.failed_servers_mean, 32 * 100 / 3200.0);
    EXPECT_EQ(g.spares_per_scalable_unit, 4);
    EXPECT_NEAR(g.shortfall_probability, 1 - std::exp(-1) * (1 + 1 + 0.5 + 1.0 / 6 + 1.0 / 24), 1e-12);
    EXPECT_EQ(g.scalable_units, 8);
    EXPECT_EQ(g.spares_total, 32);
    // The defaults (24 h repair, 6,912 h MTBF): a mean of 0.11, one spare per unit.
    plan.training.node_mtbf_hours = plan.training.repair_hours = 0;
    EXPECT_EQ(estimateTraining(plan).goodput.spares_per_scalable_unit, 1);
}

TEST(Goodput, ALongerRestartOrMoreFailuresLowerIt) {
    Plan plan = readPlan(nlohmann::json::parse(R"({"model": {"preset": "llama2-70b"},
        "cluster": {"gpus": 1024}, "parallelism": {"tp": 8, "pp": 4}})"),
                         library(), "plan.json");
    const double base = estimateTraining(plan).goodput.goodput;
    Plan slow = plan;
    slow.training.restart_minutes = 30;
    EXPECT_LT(estimateTraining(slow).goodput.goodput, base);
    Plan flaky = plan;
    flaky.training.network_mtbf_server_hours = 1000;
    EXPECT_LT(estimateTraining(flaky).goodput.goodput, base);
    EXPECT_LT(estimateTraining(flaky).storage.system_mtbf_s, estimateTraining(plan).storage.system_mtbf_s);
}

} // namespace
} // namespace cs::test
