#include "estimate/cluster_from_design.h"
#include "estimate/plan_sweep.h"
#include "io/design_file.h"
#include "scenario/scaling_curve.h"
#include "test_support.h"

#include <nlohmann/json.hpp>

namespace cs::test {
namespace {

TEST(ScalingCurve, PowersOfTwoServersUpTo16xTheDesign) {
    const ScalingCurve curve = scalingCurve(exampleDesignPlan());
    EXPECT_EQ(curve.design_gpus, 128);
    std::vector<int> gpus;
    for (const ScalingPoint& point : curve.points)
        gpus.push_back(point.gpus);
    EXPECT_EQ(gpus, (std::vector<int>{8, 16, 32, 64, 128, 256, 512, 1024, 2048}));
    // Llama 2 70B does not fit one server's 8 x 80 GB with Adam; it does from a few servers on.
    EXPECT_FALSE(curve.points.front().feasible);
    EXPECT_TRUE(curve.points.back().feasible);
}

TEST(ScalingCurve, EachPointIsTheSweepsBestPlanAtThatSize) {
    const Plan plan = exampleDesignPlan();
    const ScalingCurve curve = scalingCurve(plan);
    for (const ScalingPoint& point : curve.points) {
        Plan sized = plan;
        sized.cluster.gpus = point.gpus;
        const SweepResult sweep = sweepPlans(sized, 1);
        ASSERT_EQ(point.feasible, !sweep.best.empty()) << point.gpus;
        EXPECT_EQ(point.plans_evaluated, sweep.plans_evaluated);
        if (!point.feasible)
            continue;
        const TrainingEstimate& best = sweep.best.front().estimate;
        EXPECT_EQ(point.step_time_s, best.step_time_s) << point.gpus;
        EXPECT_EQ(point.tokens_per_s, best.tokens_per_s) << point.gpus;
        EXPECT_EQ(point.mfu, best.mfu) << point.gpus;
        EXPECT_DOUBLE_EQ(point.time_to_train_s, plan.training.tokens / point.tokens_per_s);
        EXPECT_EQ(point.parallelism.gpus(), point.gpus);
    }
}

TEST(ScalingCurve, ItsInputsIgnoreTheParallelismTheSweepChoosesButNotTheRest) {
    const Plan plan = exampleDesignPlan();
    Plan swept = plan;
    swept.parallelism.micro_batch = 2;
    swept.parallelism.tp = 4;
    swept.parallelism.dp = 8;
    swept.parallelism.recompute = Recompute::Full;
    swept.parallelism.sequence_parallel = !plan.parallelism.sequence_parallel;
    ASSERT_NE(swept, plan);
    EXPECT_EQ(scalingCurveInputs(swept), scalingCurveInputs(plan));
    const ScalingCurve curve = scalingCurve(plan), swept_curve = scalingCurve(swept);
    ASSERT_EQ(curve.points.size(), swept_curve.points.size());
    for (std::size_t i = 0; i < curve.points.size(); ++i)
        EXPECT_EQ(curve.points[i].step_time_s, swept_curve.points[i].step_time_s) << i;

    Plan batch = plan; // the global batch, the cluster and the model are the curve's inputs
    batch.parallelism.global_batch *= 2;
    EXPECT_NE(scalingCurveInputs(batch), scalingCurveInputs(plan));
    Plan cluster = plan;
    cluster.cluster.nic_gbps /= 2;
    EXPECT_NE(scalingCurveInputs(cluster), scalingCurveInputs(plan));
    Plan overlap = plan;
    overlap.parallelism.tp_comm_overlap = !plan.parallelism.tp_comm_overlap;
    EXPECT_NE(scalingCurveInputs(overlap), scalingCurveInputs(plan));
}

TEST(ScalingCurve, ThroughputGrowsAndTimeToTrainFallsWithGpus) {
    const ScalingCurve curve = scalingCurve(exampleDesignPlan());
    const std::vector<ChartSeries> series = curve.series();
    ASSERT_EQ(series.size(), 4u);
    EXPECT_EQ(series[0].id, "tokens_per_s");
    EXPECT_EQ(series[0].unit, "tokens/s");
    EXPECT_EQ(series[1].unit, "%");
    EXPECT_EQ(series[2].unit, "days");
    for (const ChartSeries& s : series)
        ASSERT_EQ(s.x.size(), s.y.size());
    const ChartSeries& tokens = series[0];
    const ChartSeries& days = series[2];
    for (std::size_t i = 1; i < tokens.y.size(); ++i) {
        EXPECT_GT(tokens.y[i], tokens.y[i - 1]) << tokens.x[i];
        EXPECT_LT(days.y[i], days.y[i - 1]) << days.x[i];
    }
    for (double mfu : series[1].y) {
        EXPECT_GT(mfu, 0);
        EXPECT_LT(mfu, 100);
    }
    const nlohmann::json json = scalingCurveToJson(curve);
    EXPECT_EQ(json["x"]["label"], "GPUs");
    EXPECT_EQ(json["points"].size(), curve.points.size());
    EXPECT_EQ(json["series"][2]["label"], "Time to train");
}

TEST(ScalingCurve, TheDesignsOwnSizeIsAPointWhenNotAPowerOfTwo) {
    Plan plan = exampleDesignPlan();
    plan.cluster.gpus = 96; // 12 servers
    const ScalingCurve curve = scalingCurve(plan, 2);
    std::vector<int> servers;
    for (const ScalingPoint& point : curve.points)
        servers.push_back(point.servers);
    EXPECT_EQ(servers, (std::vector<int>{1, 2, 4, 8, 12, 16}));
}

} // namespace
} // namespace cs::test
