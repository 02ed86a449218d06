#include "estimate/training_estimator.h"
#include "test_support.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <limits>
#include <nlohmann/json.hpp>

namespace cs::test {
namespace {

// One measured run of tests/core/data/calibration.json and what the estimator says about it.
struct Row {
    std::string label;
    double measured = 0, estimated = 0;
    double error() const { return estimated / measured - 1; }
};

Plan calibrationPlan(const nlohmann::json& set, const nlohmann::json& run, Recompute recompute, bool sp) {
    Plan plan;
    plan.model = {run["model"].get<std::string>(),
                  run["layers"].get<int>(),
                  run["hidden"].get<int>(),
                  run["heads"].get<int>(),
                  run["heads"].get<int>(),
                  4 * run["hidden"].get<int>(),
                  false,
                  set["vocab"].get<int>(),
                  set["seq_len"].get<int>(),
                  0,
                  {}};
    plan.cluster.gpu = *library().gpu(set["gpu"].get<std::string>());
    plan.cluster.gpus = run["gpus"].get<int>();
    plan.cluster.gpus_per_node = 8;
    plan.cluster.nvlink_domain = 8;
    plan.cluster.nics_per_node = 8;
    plan.cluster.storage_read_gbytes_per_s = 40;
    plan.cluster.storage_write_gbytes_per_s = 20;
    Parallelism& par = plan.parallelism;
    par.tp = run["tp"].get<int>();
    par.pp = run["pp"].get<int>();
    par.dp = plan.cluster.gpus / (par.tp * par.pp);
    par.micro_batch = run.value("micro_batch", 1);
    par.global_batch = run["global_batch"].get<int>();
    par.recompute = recompute;
    par.sequence_parallel = sp;
    plan.training.tokens = 1e9;
    return plan;
}

// One measured run: its plan, and whether the measurement is seconds per iteration (A100) or model TFLOP/s
// per GPU (H100).
struct Case {
    std::string label;
    double measured = 0;
    Plan plan;
    bool seconds_per_iteration = false;
};

std::vector<Case> readCases() {
    const auto document = nlohmann::json::parse(readFile(CS_CALIBRATION_FILE));
    std::vector<Case> cases;
    for (const auto& set : document["sets"]) {
        const bool a100 = set["gpu"] == "a100-sxm4-80gb";
        for (const auto& run : set["runs"]) {
            const std::string model = run["model"].get<std::string>();
            if (a100) {
                // Korthikanti Table 5: Megatron 2022 (attention scores materialised); the notes of the set:
                // 175B and 530B (and, we assume, 1T) interleave 3 virtual stages. Full recompute without
                // SP, selective recompute with SP.
                for (const bool selective : {false, true}) {
                    Plan plan = calibrationPlan(set, run, selective ? Recompute::Selective : Recompute::Full,
                                                selective);
                    plan.parallelism.flash_attention = false;
                    plan.parallelism.distributed_optimizer = false;
                    // 1T's 2 layers per stage allow at most 2 virtual stages.
                    const int layers_per_stage = plan.model.layers / plan.parallelism.pp;
                    plan.parallelism.vpp = plan.parallelism.pp > 1 ? std::min(3, layers_per_stage) : 1;
                    plan.cluster.nic_gbps = 200;
                    const double measured =
                        run[selective ? "s_per_iter_sp_selective" : "s_per_iter_full_recompute"]
                            .get<double>();
                    cases.push_back({"A100 " + model + (selective ? " SP+selective" : " full recompute"),
                                     measured, plan, true});
                }
            } else {
                // The set's notes: micro-batch 1, selective recompute, distributed optimizer, SP when TP > 1.
                // Megatron-Core on H100 pipelines TP communication with the GEMMs (TE userbuffers).
                Plan plan = calibrationPlan(set, run, Recompute::Selective, run["tp"].get<int>() > 1);
                plan.parallelism.tp_comm_overlap = true;
                plan.cluster.nic_gbps = 400;
                cases.push_back({"H100 " + model, run["tflops_per_gpu"].get<double>(), plan, false});
            }
        }
    }
    return cases;
}

std::vector<Row> calibrationRows(const ComputeCalibration& calibration = kComputeCalibration) {
    static const std::vector<Case> cases = readCases();
    std::vector<Row> rows;
    for (const Case& c : cases) {
        const TrainingEstimate e = estimateTraining(c.plan, calibration);
        rows.push_back(
            {c.label, c.measured, c.seconds_per_iteration ? e.step_time_s : e.model_tflops_per_gpu});
    }
    return rows;
}

constexpr double kRowTolerance = 0.10;

// What the fit minimises: the sum over all 17 rows of the squared relative error; +infinity when a row is
// off by 10% or more (the constraint of the fit).
double loss(const ComputeCalibration& calibration) {
    double sum = 0;
    for (const Row& row : calibrationRows(calibration)) {
        if (std::abs(row.error()) >= kRowTolerance)
            return std::numeric_limits<double>::infinity();
        sum += row.error() * row.error();
    }
    return sum;
}

ComputeCalibration gridPoint(const int index[3]) {
    const ComputeCalibration& start = kCalibrationGridStart;
    const ComputeCalibration& step = kCalibrationGridStep;
    return {start.tensor_core_efficiency + index[0] * step.tensor_core_efficiency,
            start.activation_traffic_per_stored_byte + index[1] * step.activation_traffic_per_stored_byte,
            start.layer_pass_overhead_s + index[2] * step.layer_pass_overhead_s};
}

// The shipped constants are not beaten by any neighbour one grid step away in any direction (26 points)
// that keeps every row within 10%.
TEST(Calibration, ConstantsAreTheJointOptimum) {
    const ComputeCalibration& c = kComputeCalibration;
    const ComputeCalibration& step = kCalibrationGridStep;
    const double shipped = loss(c);
    ASSERT_TRUE(std::isfinite(shipped));
    for (int de = -1; de <= 1; ++de)
        for (int dk = -1; dk <= 1; ++dk)
            for (int dt = -1; dt <= 1; ++dt) {
                const ComputeCalibration neighbour{
                    c.tensor_core_efficiency + de * step.tensor_core_efficiency,
                    std::max(0.0, c.activation_traffic_per_stored_byte +
                                      dk * step.activation_traffic_per_stored_byte),
                    std::max(0.0, c.layer_pass_overhead_s + dt * step.layer_pass_overhead_s)};
                EXPECT_GE(loss(neighbour), shipped) << de << " " << dk << " " << dt;
            }
}

// The whole grid of compute_efficiency.h, searched again: its minimum under the 10% constraint is the shipped
// point.
TEST(Calibration, ConstantsAreTheGridMinimum) {
    const int* points = kCalibrationGridPoints;
    double best = loss(kComputeCalibration);
    ComputeCalibration best_point = kComputeCalibration;
    for (int e = 0; e < points[0]; ++e)
        for (int k = 0; k < points[1]; ++k)
            for (int t = 0; t < points[2]; ++t) {
                const int index[3] = {e, k, t};
                const ComputeCalibration point = gridPoint(index);
                const double value = loss(point);
                if (value < best) {
                    best = value;
                    best_point = point;
                }
            }
    std::printf("  grid minimum: efficiency %.2f, traffic %.0f, overhead %.0f us; loss %.5f (shipped %.5f)\n",
                best_point.tensor_core_efficiency, best_point.activation_traffic_per_stored_byte,
                best_point.layer_pass_overhead_s * 1e6, best, loss(kComputeCalibration));
    EXPECT_NEAR(best_point.tensor_core_efficiency, kComputeCalibration.tensor_core_efficiency, 1e-9);
    EXPECT_NEAR(best_point.activation_traffic_per_stored_byte,
                kComputeCalibration.activation_traffic_per_stored_byte, 1e-9);
    EXPECT_NEAR(best_point.layer_pass_overhead_s, kComputeCalibration.layer_pass_overhead_s, 1e-12);
}

TEST(Calibration, EveryMeasuredRunWithinTenPercent) {
    const std::vector<Row> rows = calibrationRows();
    ASSERT_EQ(rows.size(), 17u);
    double a100_sum = 0, a100_worst = 0, h100_sum = 0, h100_worst = 0;
    int a100_count = 0, h100_count = 0;
    for (const Row& row : rows) {
        const double error = std::abs(row.error());
        const bool a100 = row.label.starts_with("A100");
        (a100 ? a100_sum : h100_sum) += error;
        (a100 ? a100_worst : h100_worst) = std::max(a100 ? a100_worst : h100_worst, error);
        ++(a100 ? a100_count : h100_count);
        std::printf("  %-28s measured %8.2f estimated %8.2f  %+5.1f%%\n", row.label.c_str(), row.measured,
                    row.estimated, 100 * row.error());
        EXPECT_LT(error, kRowTolerance) << row.label;
    }
    std::printf("  A100 s/iter: mean %.1f%% worst %.1f%%; H100 TFLOP/s: mean %.1f%% worst %.1f%%; all: mean "
                "%.1f%%\n",
                100 * a100_sum / a100_count, 100 * a100_worst, 100 * h100_sum / h100_count, 100 * h100_worst,
                100 * (a100_sum + h100_sum) / rows.size());
}

} // namespace
} // namespace cs::test
