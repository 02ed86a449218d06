#include "estimate/training_estimator.h"
#include "test_support.h"

#include <cmath>
#include <cstdio>
#include <map>
#include <nlohmann/json.hpp>

namespace cs::test {
namespace {

// The published Megatron-Bridge/NeMo runs of tests/core/data/calibration-modern.json (dense and MoE, fp8,
// fsdp, EP, CP) against the estimator with its shipped constants: nothing here is fitted. Each row's bound is
// the error docs/model.md §Calibration reports for it, rounded up; a row whose GPU the catalog lacks is
// skipped (and named).

// The systems of the file as the catalog's servers: their GPUs, NICs and NVLink domains.
std::string serverOf(const std::string& system) {
    static const std::map<std::string, std::string> servers = {{"dgx-h100", "dgx-h100"},
                                                               {"dgx-b200", "dgx-b200"},
                                                               {"gb200-nvl72", "gb200-nvl72"},
                                                               {"gb300-nvl72", "gb300-nvl72"}};
    auto it = servers.find(system);
    const bool known = it != servers.end() && (library().device(it->second) || library().system(it->second));
    return known ? it->second : std::string();
}

struct Row {
    std::string id;
    double measured = 0, estimated = 0, bound = 0;
};

Plan runPlan(const nlohmann::json& run, const std::string& server) {
    const int dp = run["dp"].get<int>(), micro_batch = run.value("micro_batch", 1);
    // The recipes: no recompute, SP with TP, distributed optimizer, TP overlap.
    const nlohmann::json plan = {{"model", {{"preset", run["model"]}, {"seq_len", run["seq_len"]}}},
                                 {"cluster", {{"server", server}, {"gpus", run["gpus"]}}},
                                 {"parallelism",
                                  {{"tp", run["tp"]},
                                   {"pp", run["pp"]},
                                   {"cp", run.value("cp", 1)},
                                   {"dp", dp},
                                   {"vpp", run.value("vpp", 1)},
                                   {"ep", run.value("ep", 1)},
                                   {"etp", run.value("etp", 1)},
                                   {"fsdp", run.value("fsdp", false)},
                                   {"micro_batch", micro_batch},
                                   {"global_batch", run.value("global_batch", dp * micro_batch * 8)},
                                   {"recompute", "none"},
                                   {"tp_comm_overlap", true}}},
                                 {"training", {{"precision", run["precision"]}, {"tokens", 1e12}}}};
    return readPlan(plan, library(), run["id"].get<std::string>());
}

// The error bounds docs/model.md §Calibration reports, per row id.
double boundOf(const std::string& id) {
    static const std::map<std::string, double> bounds = {
        {"mb2511-h100-llama3-8b-fp8cs-8gpu", 0.16},         // -15.2%
        {"mb2511-h100-llama3-70b-fp8cs-64gpu", 0.09},       // -8.3%
        {"mb2511-b200-llama3-8b-fp8cs-8gpu", 0.09},         // -8.6%
        {"mb2511-gb200-llama3-70b-fp8cs-fsdp-64gpu", 0.06}, // +5.4%
        {"mb2602-gb300-llama3-70b-nvfp4-64gpu", 0.05},      // -4.0%
        {"mb2602-gb300-llama3-70b-mxfp8-64gpu", 0.14},      // -13.4%
        {"mb2602-gb200-llama3-70b-nvfp4-64gpu", 0.19},      // +18.3%
        {"mb2602-gb200-llama3-70b-mxfp8-64gpu", 0.05},      // +4.4%
        {"mb2511-h100-qwen3-235b-a22b-fp8cs-256gpu", 0.02}, // -1.6%
        {"mb2511-h100-gpt-oss-120b-bf16-64gpu", 0.41},      // +40.5%: not explained, see docs
        {"nemo2403-h100-llama2-7b-4k", 0.08},               // -7.2%
        {"nemo2403-h100-llama2-7b-8k", 0.16},               // -15.0%
        {"nemo2403-h100-llama2-7b-16k", 0.01},              // +0.1%
        {"nemo2403-h100-llama2-7b-32k", 0.01},              // +0.1%
        {"nemo2403-h100-llama2-7b-64k", 0.01},              // -0.5%
        {"nemo2403-h100-llama2-7b-128k", 0.02},             // -1.8%
        {"nemo2403-h100-llama2-7b-256k", 0.04},             // -3.5%
        {"nemo2403-h100-llama2-7b-512k", 0.06},             // -5.2%
        {"nemo2403-h100-llama2-7b-1024k", 0.04},            // -3.6%
    };
    auto it = bounds.find(id);
    return it == bounds.end() ? 0.0 : it->second;
}

TEST(CalibrationModern, PublishedRunsWithinTheReportedError) {
    const auto document = nlohmann::json::parse(readFile(CS_CALIBRATION_MODERN_FILE));
    std::vector<Row> rows;
    for (const auto& run : document["runs"]) {
        const std::string id = run["id"].get<std::string>();
        const std::string server = serverOf(run["system"].get<std::string>());
        if (server.empty()) {
            std::printf("  %-44s skipped: no %s in the catalog\n", id.c_str(),
                        run["system"].get<std::string>().c_str());
            continue;
        }
        const Plan plan = runPlan(run, server);
        EXPECT_TRUE(checkPlan(plan).empty()) << id;
        const TrainingEstimate e = estimateTraining(plan);
        rows.push_back(
            {id, run["tokens_per_s_per_gpu"].get<double>(), e.tokens_per_s / plan.cluster.gpus, boundOf(id)});
    }
    for (const auto& run : document["long_sequence_cp"]) {
        const std::string id = run["id"].get<std::string>();
        const Plan plan = runPlan(run, serverOf(run["system"].get<std::string>()));
        const TrainingEstimate e = estimateTraining(plan);
        rows.push_back(
            {id, run["tflops_per_gpu_with_cp"].get<double>(), e.model_tflops_per_gpu, boundOf(id)});
    }
    for (const Row& row : rows) {
        const double error = row.estimated / row.measured - 1;
        std::printf("  %-44s measured %9.1f estimated %9.1f error %+6.1f%%\n", row.id.c_str(), row.measured,
                    row.estimated, 100 * error);
        EXPECT_LE(std::abs(error), row.bound) << row.id;
    }
}

} // namespace
} // namespace cs::test
