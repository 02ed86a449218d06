#include "analysis/inference_budget.h"

#include "base/units.h"
#include "estimate/inference_report.h"

#include <algorithm>
#include <limits>

namespace cs {

namespace {

// Megatron TP: one all-reduce after attention and one after the MLP per layer (Narayanan §3.2; forward only),
// as inference_estimator.cpp counts them.
constexpr double kTpAllReducesPerLayer = 2;

double ringAllReduceFactor(int ranks) {
    return 2.0 * (ranks - 1) / ranks; // nccl-tests PERFORMANCE.md
}

} // namespace

Explained inferenceFreeMemory(const Plan& plan, const InferenceEstimate& e) {
    const ExplainedValues values = explainInference(plan, e);
    const double usable = explainedValue(values, "memory.usable_gib_per_gpu").value;
    const double weights = explainedValue(values, "memory.weights_gib_per_gpu").value;
    const double kv = explainedValue(values, "memory.kv_cache_gib_per_gpu").value;
    return {std::max(0.0, usable - weights - kv),
            "GiB",
            "max(0, usable - weights - KV cache)",
            {{"usable", usable, "GiB"}, {"weights", weights, "GiB"}, {"KV cache", kv, "GiB"}},
            "vLLM gpu_memory_utilization default 0.9 (docs/model.md#inference)"};
}

std::vector<BudgetLine> inferenceBudgetLines(const Plan& plan, const InferenceEstimate& e) {
    const ExplainedValues values = explainInference(plan, e);
    const auto at = [&](std::string_view key) -> const Explained& { return explainedValue(values, key); };
    const InferenceSpec& spec = plan.inference;
    std::vector<BudgetLine> lines;

    const Explained& weights = at("memory.weights_gib_per_gpu");
    const Explained& kv = at("memory.kv_cache_gib_per_gpu");
    const Explained memory{
        weights.value + kv.value,
        "GiB",
        "weights per GPU + KV cache per GPU",
        {{"weights", weights.value, "GiB"}, {"KV cache (batch at full context)", kv.value, "GiB"}},
        kv.source};
    lines.push_back(fitBudgetLine("memory", CS_REPORT_TEXT("cs::Report", "GPU memory (weights + KV cache)"),
                                  "hbm", memory, at("memory.usable_gib_per_gpu"), kMemoryWarnUtilisation));
    const Explained batch{double(e.batch), "sequences", "sequences in flight per replica", {}, e.batch_limit};
    lines.push_back(fitBudgetLine("batch", CS_REPORT_TEXT("cs::Report", "Batch (sequences at full context)"),
                                  "hbm", batch, at("memory.max_batch"), 1.0));

    if (e.tp > 1) {
        const bool fabric = e.tp_link == InferenceLink::Fabric;
        const std::string link = fabric ? "compute" : e.tp_over_nvlink ? "nvlink" : "pcie";
        const std::string link_name = fabric ? "compute fabric" : e.tp_over_nvlink ? "NVLink" : "PCIe";
        const Explained capacity{
            e.tp_bus_bytes_per_s / kGiga,
            "GB/s",
            "bus bandwidth of the TP link",
            {{"TP", double(e.tp), "GPUs"}},
            "docs/model.md#communication (intra-node bus: measured NCCL bus efficiency)"};
        const double factor = ringAllReduceFactor(e.tp);
        const double layers = plan.model.layers, h = plan.model.hidden;
        const double decode_bytes = factor * e.tp_bytes_per_step;
        const Explained decode{
            e.decode_step_s > 0 ? decode_bytes / e.decode_step_s / kGiga : 0,
            "GB/s",
            "2(t-1)/t x TP bytes per iteration / tpot",
            {{"TP bytes per decode step", e.tp_bytes_per_step, "B"},
             {"2(t-1)/t", factor, ""},
             {"tpot", e.decode_step_s, "s"}},
            "Narayanan §3.2 (2 all-reduces per layer forward); nccl-tests PERFORMANCE.md ring factor"};
        lines.push_back(rateBudgetLine(
            "tp_decode",
            ReportText(CS_REPORT_TEXT("cs::Report", "TP traffic per GPU during decode (%1)"), {link_name}),
            link, decode, capacity, e.decode_step_s, "tpot"));
        const double prefill_bytes =
            factor * layers * kTpAllReducesPerLayer * spec.prompt_tokens * h * kInferenceActivationBytes;
        const double prefill_s = e.prefill_compute_s + e.prefill_tp_s;
        const Explained prefill{
            prefill_s > 0 ? prefill_bytes / prefill_s / kGiga : 0,
            "GB/s",
            "2(t-1)/t x layers x 2 x s*h*2 bytes / prefill time of one prompt",
            {{"layers", layers, ""},
             {"s*h*2 bytes", double(spec.prompt_tokens) * h * kInferenceActivationBytes, "B"},
             {"2(t-1)/t", factor, ""},
             {"prefill time", prefill_s, "s"}},
            "Narayanan §3.2 (2 all-reduces per layer forward); nccl-tests PERFORMANCE.md ring factor"};
        lines.push_back(rateBudgetLine(
            "tp_prefill",
            ReportText(CS_REPORT_TEXT("cs::Report", "TP traffic per GPU during prefill (%1)"), {link_name}),
            link, prefill, capacity, prefill_s, "prefill"));
    }
    return lines;
}

} // namespace cs
