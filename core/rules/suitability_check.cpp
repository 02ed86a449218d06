#include "rules/suitability_check.h"

#include "estimate/inference_estimator.h"
#include "estimate/plan_sweep.h"
#include "estimate/transformer_math.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <nlohmann/json.hpp>
#include <sstream>

namespace cs {

namespace {

constexpr double kBillion = 1e9, kBytesPerGib = 1024.0 * 1024 * 1024, kSecondsPerDay = 86400;
constexpr double kChinchillaTokensPerParam = 20; // Hoffmann et al. 2022, compute-optimal training
// LoRA state: bf16 frozen weights; adapters with bf16 weights, gradients and Adam states, 16 B (ZeRO §3.1's
// count; memory_model.h counts 18, docs/model.md §Differences).
constexpr double kFrozenBytesPerParam = 2, kTrainedBytesPerParam = 16;
constexpr int kSweepGlobalBatch = 1024; // sequences; the calibration runs' order of magnitude

std::string format(const char* pattern, double value) {
    char text[96];
    std::snprintf(text, sizeof text, pattern, value);
    return text;
}

std::string gib(double bytes) {
    return format("%.1f GiB", bytes / kBytesPerGib);
}

// The GPU server of the catalog that holds the most of `gpu` (by id on ties).
const DeviceType* serverForGpu(const Catalog& catalog, const std::string& gpu) {
    const DeviceType* best = nullptr;
    for (const auto& [id, device] : catalog.devices()) {
        if (device.category != DeviceCategory::GpuServer || !device.gpu)
            continue;
        const auto& supported = device.gpu->supported;
        const bool holds =
            device.gpu->gpu == gpu || std::find(supported.begin(), supported.end(), gpu) != supported.end();
        if (holds && (!best || device.gpu->count > best->gpu->count))
            best = &device;
    }
    return best;
}

Plan planOn(const Catalog& catalog, const ModelShape& model, const DeviceType& server, const std::string& gpu,
            int gpus, Workload workload) {
    const nlohmann::json document = {
        {"scenario", std::string(workloadId(workload))},
        {"model",
         {{"name", model.name},
          {"layers", model.layers},
          {"hidden", model.hidden},
          {"heads", model.heads},
          {"kv_heads", model.kv_heads},
          {"ffn_hidden", model.ffn_hidden},
          {"gated_mlp", model.gated_mlp},
          {"vocab", model.vocab},
          {"seq_len", model.seq_len}}},
        {"cluster", {{"server", server.id}, {"gpu", gpu}, {"gpus", gpus}}},
        {"parallelism", {{"global_batch", kSweepGlobalBatch}}},
        {"training",
         {{"tokens", model.dataset_tokens > 0 ? model.dataset_tokens
                                              : kChinchillaTokensPerParam * totalParameters(model)}}}};
    return readPlan(document, catalog, "suitability");
}

std::string serverPhrase(const Plan& plan) {
    return "one " + plan.cluster.server + " (" + std::to_string(plan.cluster.gpus_per_node) + " x " +
           plan.cluster.gpu.model + ", " +
           gib(plan.cluster.gpus_per_node * plan.cluster.gpu.memory_gib * kBytesPerGib) + ")";
}

void judgeInference(Plan plan, SuitabilityCheck& check) {
    plan.inference.batch = 1; // does the model serve at all: one sequence
    InferenceEstimate e = estimateInference(plan);
    std::string precision = "bf16";
    if ((!e.fits || e.gpus_per_replica > plan.cluster.gpus_per_node) && plan.cluster.gpu.fp8_dense_tflops) {
        plan.inference.precision = InferencePrecision::Fp8;
        plan.inference.tp = 0;
        e = estimateInference(plan);
        precision = "fp8";
    }
    // The question is one server: a replica spanning more does not answer it.
    const bool fits = e.fits && e.gpus_per_replica <= plan.cluster.gpus_per_node;
    check.numbers = fits;
    check.evidence = plan.model.name + " in " + precision + " needs " +
                     gib(e.parameters * e.bytes_per_param) + " of weights + " +
                     gib(e.kv_bytes_per_gpu * e.tp) + " of KV cache (batch 1, " +
                     std::to_string(e.context_tokens) + " tokens); " + serverPhrase(plan);
    if (!fits) {
        check.evidence += ": does not fit in one server";
        return;
    }
    // What the server then serves: continuous batching at the throughput-optimal batch, as the estimate does.
    plan.inference.batch = 0;
    plan.inference.tp = e.tp;
    plan.inference.pp = e.pp;
    plan.inference.ep = e.ep;
    const InferenceEstimate served = estimateInference(plan);
    check.evidence += ": fits with " + inferenceShapeText({e.tp, e.pp, e.ep}) +
                      format(", %.0f tokens/s per server at batch 1, ", e.tokens_per_s_per_server) +
                      format("%.0f with continuous batching (", served.tokens_per_s_per_server) +
                      std::to_string(served.batch) + " sequences)";
}

void judgeFinetune(const Plan& plan, SuitabilityCheck& check) {
    const double parameters = totalParameters(plan.model);
    const double lora = loraParameters(plan.model, kSuitabilityLoraRank);
    const double lora_bytes = kFrozenBytesPerParam * parameters + kTrainedBytesPerParam * lora;
    const double full_bytes = kTrainedBytesPerParam * parameters;
    const double usable =
        kInferenceMemoryShare * plan.cluster.gpus_per_node * plan.cluster.gpu.memory_gib * kBytesPerGib;
    check.numbers = lora_bytes <= usable;
    check.evidence = "LoRA r" + std::to_string(kSuitabilityLoraRank) + " of " + plan.model.name + " holds " +
                     gib(lora_bytes) + " (frozen bf16 weights + adapters with Adam), full fine-tuning " +
                     gib(full_bytes) + " before activations; " + serverPhrase(plan) + " offers " +
                     gib(usable) + ": LoRA " + (check.numbers ? "fits" : "does not fit") +
                     ", full fine-tuning " + (full_bytes <= usable ? "fits" : "does not fit");
}

void judgePretrain(const Plan& plan, SuitabilityCheck& check) {
    const SweepResult sweep = sweepPlans(plan, 1);
    if (sweep.best.empty()) {
        check.numbers = false;
        check.evidence = "no plan of " + std::to_string(plan.cluster.gpus) + " x " + plan.cluster.gpu.model +
                         " fits " + plan.model.name + " in memory";
        return;
    }
    const SweepCandidate& best = sweep.best.front();
    const double days = best.estimate.time_to_train_s / kSecondsPerDay;
    check.numbers = days <= kPretrainDaysLimit;
    const Parallelism& par = best.parallelism;
    check.evidence = "the best of " + std::to_string(sweep.plans_evaluated) + " plans on " +
                     std::to_string(plan.cluster.gpus) + " x " + plan.cluster.gpu.model + " in " +
                     plan.cluster.server + " servers (TP " + std::to_string(par.tp) + ", PP " +
                     std::to_string(par.pp) + ", DP " + std::to_string(par.dp) + ", MFU " +
                     format("%.0f%%", 100 * best.estimate.mfu) + ") trains " + plan.model.name + " on " +
                     format("%.3g", plan.training.tokens) + " tokens in " + format("%.0f days", days);
}

std::string explain(const Plan& plan, const SuitabilityCheck& check) {
    if (check.agrees())
        return "agrees";
    const bool big_server = plan.cluster.gpus_per_node >= 8 && plan.cluster.nvlink_domain >= 8;
    if (check.deck) {
        if (check.workload == Workload::Pretrain)
            return "the suitability table marks it, but the run is longer than " +
                   format("%.0f days", kPretrainDaysLimit) + " at " + std::to_string(kPretrainGpus) +
                   " GPUs: the mark presumes a larger cluster (time scales about inversely with the GPU "
                   "count)";
        return "the suitability table marks it, but one server is not enough: the mark presumes several such "
               "servers (pipeline parallelism across them) or a quantised (fp8 / 4-bit) model, which these "
               "numbers do not assume";
    }
    if (check.workload == Workload::Pretrain)
        return "the suitability table leaves it blank although the numbers allow it: the table keeps "
               "pretraining to servers with NVLink and an RDMA fabric for cost per token and scale, which "
               "this "
               "feasibility test does not weigh";
    if (big_server)
        return "the suitability table leaves it blank although it fits: an 8-GPU NVLink training server is "
               "more than this model needs (a cost judgement, not a capacity limit)";
    return "the suitability table leaves it blank although it fits: a judgement of cost, throughput or "
           "software support, not of memory";
}

SuitabilityCheck checkCell(const Catalog& catalog, const ModelShape& model, const ParameterScale& scale,
                           Workload workload, const std::string& table, const std::string& column,
                           const DeviceType& server, const std::string& gpu) {
    const SuitabilityTable& cells =
        table == "servers" ? catalog.suitability().servers : catalog.suitability().gpus;
    SuitabilityCheck check;
    check.table = table;
    check.column = column;
    check.scale = scale.id;
    check.workload = workload;
    check.model = model.name;
    const auto cell = cells.suitable.find({scale.id, workload});
    check.deck = cell != cells.suitable.end() &&
                 std::find(cell->second.begin(), cell->second.end(), column) != cell->second.end();
    const int gpus = workload == Workload::Pretrain ? kPretrainGpus : server.gpu->count;
    const Plan plan = planOn(catalog, model, server, gpu, gpus, workload);
    if (workload == Workload::Inference)
        judgeInference(plan, check);
    else if (workload == Workload::Finetune)
        judgeFinetune(plan, check);
    else
        judgePretrain(plan, check);
    check.explanation = explain(plan, check);
    return check;
}

bool inColumns(const SuitabilityTable& table, const std::string& id) {
    return std::find(table.columns.begin(), table.columns.end(), id) != table.columns.end();
}

} // namespace

const ModelPreset& representativeModel(const Catalog& catalog, const std::string& scale) {
    const char* id = scale == "100b" ? "gpt3-175b" : scale == "10b" ? "llama2-13b" : "llama2-7b";
    return *catalog.model(id);
}

std::vector<SuitabilityCheck> checkSuitability(const Catalog& catalog, const ModelShape& model,
                                               Workload workload, const std::string& server,
                                               const std::string& gpu) {
    std::vector<SuitabilityCheck> checks;
    const Suitability& suitability = catalog.suitability();
    const ParameterScale* scale = suitability.scaleOf(totalParameters(model) / kBillion);
    if (!scale)
        return checks;
    const DeviceType* server_type = catalog.device(server);
    if (server_type && server_type->gpu && inColumns(suitability.servers, server)) {
        // The server with the plan's GPU when it takes that GPU, else with its default one.
        const auto& supported = server_type->gpu->supported;
        const bool takes_gpu = std::find(supported.begin(), supported.end(), gpu) != supported.end();
        checks.push_back(checkCell(catalog, model, *scale, workload, "servers", server, *server_type,
                                   takes_gpu ? gpu : server_type->gpu->gpu));
    }
    if (inColumns(suitability.gpus, gpu)) {
        if (const DeviceType* host = serverForGpu(catalog, gpu))
            checks.push_back(checkCell(catalog, model, *scale, workload, "gpus", gpu, *host, gpu));
    }
    return checks;
}

std::vector<SuitabilityCheck> checkSuitabilityTables(const Catalog& catalog) {
    std::vector<SuitabilityCheck> checks;
    const Suitability& suitability = catalog.suitability();
    for (const ParameterScale& scale : suitability.scales) {
        const ModelPreset& preset = representativeModel(catalog, scale.id);
        const ModelShape model = modelShapeOf(preset);
        for (const Workload workload : {Workload::Pretrain, Workload::Finetune, Workload::Inference}) {
            for (const std::string& server : suitability.servers.columns)
                for (SuitabilityCheck& check : checkSuitability(catalog, model, workload, server, ""))
                    checks.push_back(std::move(check));
            for (const std::string& gpu : suitability.gpus.columns)
                for (SuitabilityCheck& check : checkSuitability(catalog, model, workload, "", gpu))
                    checks.push_back(std::move(check));
        }
    }
    return checks;
}

nlohmann::json suitabilityToJson(const std::vector<SuitabilityCheck>& checks) {
    nlohmann::json out = nlohmann::json::array();
    for (const SuitabilityCheck& check : checks)
        out.push_back({{"table", check.table},
                       {"column", check.column},
                       {"scale", check.scale},
                       {"scenario", std::string(workloadId(check.workload))},
                       {"model", check.model},
                       {"deck", check.deck},
                       {"numbers", check.numbers},
                       {"agrees", check.agrees()},
                       {"evidence", check.evidence},
                       {"explanation", check.explanation}});
    return out;
}

std::string suitabilityToText(const std::vector<SuitabilityCheck>& checks) {
    std::ostringstream out;
    if (checks.empty())
        return {};
    out << "Suitability (the suitability tables vs these numbers)\n";
    for (const SuitabilityCheck& check : checks) {
        out << "  " << check.column << ", " << check.scale << "-class " << workloadId(check.workload)
            << ": table " << (check.deck ? "Y" : "blank") << ", numbers " << (check.numbers ? "yes" : "no")
            << " — " << check.explanation << "\n    " << check.evidence << "\n";
    }
    return out.str();
}

} // namespace cs
