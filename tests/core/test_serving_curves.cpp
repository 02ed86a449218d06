#include "analysis/plan_analysis.h"
#include "analysis/serving_curves.h"
#include "test_support.h"

#include <algorithm>
#include <cmath>
#include <nlohmann/json.hpp>

namespace cs::test {
namespace {

// Llama 2 70B on one 8-GPU H100 server; `inference` is PLAN.json's "inference" object.
Plan servingPlan(const std::string& inference) {
    return readPlan(nlohmann::json::parse(R"({"scenario": "inference", "model": {"preset": "llama2-70b"},
                                              "cluster": {"server": "xe9680"}, "inference": )" +
                                          inference + "}"),
                    library(), "serving.json");
}

TEST(ServingCurves, ThroughputRisesWithTheBatchUntilMemoryStopsIt) {
    const Plan plan = servingPlan(R"({"tp": 2})");
    const InferenceEstimate e = estimateInference(plan);
    const ThroughputLatencyCurve curve = servingCurves(plan, e).throughput_latency;
    ASSERT_GE(curve.points.size(), 10u);
    ASSERT_LE(curve.points.size(), std::size_t(kThroughputLatencyPoints) + 1);
    EXPECT_EQ(curve.tp, 2);
    EXPECT_EQ(curve.points.front().batch, 1);
    // "max" without targets: memory sets the batch, the last point of the curve.
    EXPECT_EQ(e.batch_limit, "memory");
    EXPECT_EQ(curve.points.back().batch, e.max_batch);
    EXPECT_EQ(curve.chosen, curve.points.size() - 1);
    for (std::size_t i = 1; i < curve.points.size(); ++i) {
        const ThroughputLatencyPoint &before = curve.points[i - 1], &point = curve.points[i];
        EXPECT_GT(point.batch, before.batch);
        EXPECT_GT(point.output_tokens_per_s_per_gpu, before.output_tokens_per_s_per_gpu) << point.batch;
        EXPECT_GE(point.time_per_output_token_s, before.time_per_output_token_s) << point.batch;
        EXPECT_TRUE(point.fits) << point.batch;
        EXPECT_TRUE(point.meets_slo) << "no targets: every point meets them";
    }
    // Past memory: a fixed batch beyond the largest that fits is charted, and marked as not fitting.
    const Plan tooLarge = servingPlan(R"({"tp": 2, "batch": )" + std::to_string(e.max_batch + 1) + "}");
    const InferenceEstimate over = estimateInference(tooLarge);
    const ThroughputLatencyCurve beyond = servingCurves(tooLarge, over).throughput_latency;
    EXPECT_FALSE(beyond.points.at(beyond.chosen).fits);
    EXPECT_EQ(beyond.chosen, beyond.points.size() - 1);
}

// The estimator chooses the replica's shape (here pipeline stages, with no tp given): every point keeps it.
TEST(ServingCurves, TheCurveKeepsTheEstimatesReplicaShape) {
    const Plan plan = servingPlan(R"({"slo": {"tpot_s": 0.2}})");
    const InferenceEstimate e = estimateInference(plan);
    ASSERT_GT(e.pp * std::max(e.tp, e.ep), 1);
    const ThroughputLatencyCurve curve = servingCurves(plan, e).throughput_latency;
    const ThroughputLatencyPoint& chosen = curve.points.at(curve.chosen);
    EXPECT_EQ(chosen.batch, e.batch);
    EXPECT_DOUBLE_EQ(chosen.time_per_output_token_s, e.decode_step_s);
    EXPECT_DOUBLE_EQ(chosen.output_tokens_per_s_per_gpu, e.tokens_per_s_per_gpu);
}

TEST(ServingCurves, TheChosenPointIsTheEstimateAndTheTargetStopsTheCurve) {
    // A 31 ms time per output token stops "max" before memory does (29 ms at batch 1, 33 ms at 40).
    const Plan plan = servingPlan(R"({"tp": 2, "slo": {"tpot_s": 0.031}})");
    const InferenceEstimate e = estimateInference(plan);
    ASSERT_EQ(e.batch_limit, "the latency targets");
    const ThroughputLatencyCurve curve = servingCurves(plan, e).throughput_latency;
    const ThroughputLatencyPoint& chosen = curve.points.at(curve.chosen);
    EXPECT_EQ(chosen.batch, e.batch);
    EXPECT_DOUBLE_EQ(chosen.output_tokens_per_s_per_gpu, e.tokens_per_s_per_gpu);
    EXPECT_DOUBLE_EQ(chosen.time_per_output_token_s, e.decode_step_s);
    EXPECT_DOUBLE_EQ(chosen.time_to_first_token_s, e.time_to_first_token_s);
    EXPECT_DOUBLE_EQ(curve.slo.tpot_s, 0.031);
    ASSERT_LT(curve.chosen + 1, curve.points.size()) << "the curve goes on to the batch memory allows";
    for (std::size_t i = 0; i < curve.points.size(); ++i) {
        EXPECT_EQ(curve.points[i].meets_slo, i <= curve.chosen) << curve.points[i].batch;
        EXPECT_EQ(curve.points[i].meets_slo, curve.points[i].time_per_output_token_s <= 0.031);
    }
    // The chosen batch is the best that meets the target: no point that meets it serves more per GPU.
    for (const ThroughputLatencyPoint& point : curve.points) {
        if (point.meets_slo) {
            EXPECT_LE(point.output_tokens_per_s_per_gpu, chosen.output_tokens_per_s_per_gpu);
        }
    }
}

TEST(ServingCurves, ServersStepWithTheLoadFromTheEstimatesSizing) {
    const Plan plan = servingPlan(R"({"tp": 2, "batch": 16, "load": {"requests_per_s": 40}})");
    const InferenceEstimate e = estimateInference(plan);
    ASSERT_TRUE(e.sizing);
    const ServersVsLoad servers = servingCurves(plan, e).servers_vs_load;
    EXPECT_TRUE(servers.load_in_requests);
    ASSERT_TRUE(servers.plan_load);
    const ServersForLoad& atPlan = servers.points[*servers.plan_load];
    EXPECT_DOUBLE_EQ(atPlan.requests_per_s, 40);
    EXPECT_EQ(atPlan.servers, e.sizing->servers);
    EXPECT_EQ(atPlan.gpus, e.sizing->gpus);
    EXPECT_DOUBLE_EQ(atPlan.power_kw, e.sizing->power_kw);
    ASSERT_EQ(servers.points.size(), std::size_t(kServersVsLoadPoints) + 1) << "40 req/s is one of the steps";
    EXPECT_EQ(servers.points.front().servers, 0) << "no load, no server";
    EXPECT_DOUBLE_EQ(servers.points.back().requests_per_s, kServingLoadSpan * 40);
    // A step function that scales linearly: replicas = ceil(load / one replica's tokens/s).
    const double perReplica = e.tokens_per_s_per_server / e.replicas_per_server;
    for (std::size_t i = 1; i < servers.points.size(); ++i) {
        const ServersForLoad& point = servers.points[i];
        EXPECT_GE(point.servers, servers.points[i - 1].servers);
        EXPECT_DOUBLE_EQ(point.output_tokens_per_s, point.requests_per_s * plan.inference.output_tokens);
        EXPECT_EQ(point.replicas, std::ceil(point.output_tokens_per_s / perReplica)) << point.requests_per_s;
        EXPECT_EQ(point.gpus, std::int64_t(point.replicas) * e.tp);
    }
    // Twice the load, twice the replicas, give or take the one a ceiling rounds up.
    const int doubled = servers.points.back().replicas;
    EXPECT_GE(doubled, 2 * atPlan.replicas - 1);
    EXPECT_LE(doubled, 2 * atPlan.replicas);
}

TEST(ServingCurves, WithoutALoadTheChartSpansTwiceWhatThePlansServersServe) {
    const Plan plan = servingPlan(R"({"tp": 2, "batch": 16})");
    const InferenceEstimate e = estimateInference(plan);
    const ServersVsLoad servers = servingCurves(plan, e).servers_vs_load;
    EXPECT_FALSE(servers.plan_load);
    ASSERT_FALSE(servers.points.empty());
    EXPECT_NEAR(servers.points.back().output_tokens_per_s, kServingLoadSpan * e.tokens_per_s, 1e-6);
    // The plan's one server carries the load up to its own throughput, then a second one is needed.
    EXPECT_EQ(servers.points.back().servers, 2 * e.servers);
    // A load in output tokens/s is charted in tokens/s.
    const Plan tokens = servingPlan(R"({"tp": 2, "batch": 16, "load": {"output_tokens_per_s": 5000}})");
    const ServersVsLoad byTokens = servingCurves(tokens, estimateInference(tokens)).servers_vs_load;
    EXPECT_FALSE(byTokens.load_in_requests);
    ASSERT_TRUE(byTokens.plan_load);
    EXPECT_DOUBLE_EQ(byTokens.points[*byTokens.plan_load].output_tokens_per_s, 5000);
}

TEST(ServingCurves, ABatchThatDoesNotFitSizesNoLoad) {
    const Plan plan = servingPlan(R"({"tp": 1, "batch": 64, "load": {"requests_per_s": 10}})");
    const InferenceEstimate e = estimateInference(plan);
    ASSERT_FALSE(e.fits);
    EXPECT_TRUE(servingCurves(plan, e).servers_vs_load.points.empty());
}

TEST(ServingCurves, AnalyzePlanComputesThemAndEstimateJsonCarriesThem) {
    const PlanAnalysis analysis =
        analyzePlan(library(), servingPlan(R"({"tp": 2, "slo": {"ttft_s": 2, "tpot_s": 0.05},
                                                "load": {"requests_per_s": 12}})"),
                    nullptr);
    ASSERT_TRUE(analysis.serving);
    const nlohmann::json json = planAnalysisToJson(analysis, nullptr, 0);
    const nlohmann::json& curve = json.at("serving_curves").at("throughput_latency");
    EXPECT_EQ(curve.at("points").size(), analysis.serving->throughput_latency.points.size());
    EXPECT_EQ(curve.at("chosen_batch"), analysis.inference->batch);
    EXPECT_DOUBLE_EQ(curve.at("slo").at("tpot_s"), 0.05);
    EXPECT_TRUE(curve.at("points").at(0).contains("output_tokens_per_s_per_gpu"));
    const nlohmann::json& servers = json.at("serving_curves").at("servers_vs_load");
    EXPECT_DOUBLE_EQ(servers.at("plan_requests_per_s"), 12);
    EXPECT_EQ(servers.at("points").size(), analysis.serving->servers_vs_load.points.size());
    // Training plans have none.
    EXPECT_FALSE(analyzePlan(library(), exampleDesignPlan(), nullptr).serving);
}

} // namespace
} // namespace cs::test
