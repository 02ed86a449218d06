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

// The systems of the file as clusters: DGX H100 = 8 x H100 SXM, 8 x 400G NICs, one 8-GPU NVLink domain.
bool applySystem(const std::string& system, Plan& plan) {
    if (system != "dgx-h100")
        return false;
    plan.cluster.gpu = *library().gpu("h100-sxm5-80gb");
    plan.cluster.gpus_per_node = 8;
    plan.cluster.nvlink_domain = 8;
    plan.cluster.nics_per_node = 8;
    plan.cluster.nic_gbps = 400;
    plan.cluster.storage_read_gbytes_per_s = 40;
    plan.cluster.storage_write_gbytes_per_s = 20;
    return true;
}

Precision precisionOf(const std::string& id) {
    if (id == "fp8")
        return Precision::Fp8;
    if (id == "mxfp8")
        return Precision::Mxfp8;
    if (id == "nvfp4")
        return Precision::Nvfp4;
    return Precision::Bf16;
}

struct Row {
    std::string id;
    double measured = 0, estimated = 0, bound = 0;
};

Plan runPlan(const nlohmann::json& run) {
    Plan plan;
    plan.model = modelShapeOf(*library().model(run["model"].get<std::string>()));
    plan.model.seq_len = run["seq_len"].get<int>();
    plan.cluster.gpus = run["gpus"].get<int>();
    Parallelism& par = plan.parallelism;
    par.tp = run["tp"].get<int>();
    par.pp = run["pp"].get<int>();
    par.cp = run.value("cp", 1);
    par.dp = run["dp"].get<int>();
    par.vpp = run.value("vpp", 1);
    par.ep = run.value("ep", 1);
    par.etp = run.value("etp", 1);
    par.fsdp = run.value("fsdp", false);
    par.micro_batch = run.value("micro_batch", 1);
    par.global_batch = run.value("global_batch", par.dp * par.micro_batch * 8);
    // The recipes: selective recompute off (none), SP with TP, distributed optimizer, TP overlap.
    par.recompute = Recompute::None;
    par.sequence_parallel = par.tp > 1;
    par.tp_comm_overlap = true;
    plan.training.precision = precisionOf(run["precision"].get<std::string>());
    plan.training.tokens = 1e12;
    return plan;
}

// The error bounds docs/model.md §Calibration reports, per row id.
double boundOf(const std::string& id) {
    static const std::map<std::string, double> bounds = {
        {"mb2511-h100-llama3-8b-fp8cs-8gpu", 0.09},         // -8.5%
        {"mb2511-h100-llama3-70b-fp8cs-64gpu", 0.05},       // -4.7%
        {"mb2511-h100-qwen3-235b-a22b-fp8cs-256gpu", 0.01}, // +0.8%
        {"mb2511-h100-gpt-oss-120b-bf16-64gpu", 0.43},      // +42.3%: small experts, see docs
        {"nemo2403-h100-llama2-7b-4k", 0.04},               // -3.7%
        {"nemo2403-h100-llama2-7b-8k", 0.08},               // -7.6%
        {"nemo2403-h100-llama2-7b-16k", 0.15},              // +14.9%
        {"nemo2403-h100-llama2-7b-32k", 0.22},              // +21.6%
        {"nemo2403-h100-llama2-7b-64k", 0.27},              // +26.7%
        {"nemo2403-h100-llama2-7b-128k", 0.30},             // +29.1%
        {"nemo2403-h100-llama2-7b-256k", 0.30},             // +29.3%
        {"nemo2403-h100-llama2-7b-512k", 0.29},             // +28.3%
        {"nemo2403-h100-llama2-7b-1024k", 0.32},            // +31.2%
    };
    auto it = bounds.find(id);
    return it == bounds.end() ? 0.0 : it->second;
}

TEST(CalibrationModern, PublishedRunsWithinTheReportedError) {
    const auto document = nlohmann::json::parse(readFile(CS_CALIBRATION_MODERN_FILE));
    std::vector<Row> rows;
    for (const auto& run : document["runs"]) {
        const std::string id = run["id"].get<std::string>();
        Plan plan = runPlan(run);
        if (!applySystem(run["system"].get<std::string>(), plan)) {
            std::printf("  %-44s skipped: no %s in the catalog\n", id.c_str(),
                        run["system"].get<std::string>().c_str());
            continue;
        }
        const TrainingEstimate e = estimateTraining(plan);
        rows.push_back(
            {id, run["tokens_per_s_per_gpu"].get<double>(), e.tokens_per_s / plan.cluster.gpus, boundOf(id)});
    }
    for (const auto& run : document["long_sequence_cp"]) {
        const std::string id = run["id"].get<std::string>();
        Plan plan = runPlan(run);
        if (!applySystem(run["system"].get<std::string>(), plan))
            continue;
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
