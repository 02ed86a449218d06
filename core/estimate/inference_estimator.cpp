#include "estimate/inference_estimator.h"

#include "base/units.h"
#include "estimate/communication_model.h"
#include "estimate/compute_efficiency.h"
#include "estimate/transformer_math.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <string>

namespace cs {

namespace {

// K and V, one vector each per layer, KV head and token (vLLM/TensorRT-LLM paged KV cache layout).
constexpr double kKeyAndValue = 2;
// Megatron TP: one all-reduce after attention and one after the MLP per layer (Narayanan §3.2; forward only).
constexpr double kTpAllReducesPerLayer = 2;

double bytesPerParam(const Plan& plan) {
    return plan.inference.precision == InferencePrecision::Fp8 ? 1 : 2;
}

// KV cache of one token of one sequence on one GPU: 2 x layers x KV heads per GPU x head_dim x bytes; KV
// heads are split over TP, or replicated when TP exceeds them (GQA). MLA caches its latent and RoPE key,
// layers x (kv_lora_rank + qk_rope_head_dim) x bytes, on every GPU (DeepSeek-V2 §2.1.2).
double kvBytesPerTokenPerGpu(const ModelShape& model, int tp, double bytes) {
    const MlaShape& mla = model.features.mla;
    if (mla.enabled())
        return model.layers * static_cast<double>(mla.kv_lora_rank + mla.qk_rope_head_dim) * bytes;
    const double head_dim = model.headDim();
    const double kv_heads_per_gpu = std::max(1.0, static_cast<double>(model.kv_heads) / tp);
    return kKeyAndValue * model.layers * kv_heads_per_gpu * head_dim * bytes;
}

bool tpSplitsHeads(const ModelShape& model, int tp) {
    return model.heads % tp == 0 && (model.kv_heads % tp == 0 || tp % model.kv_heads == 0);
}

double usableBytes(const Plan& plan) {
    return kInferenceMemoryShare * plan.cluster.gpu.memory_gib * kBytesPerGib;
}

bool batchFits(const Plan& plan, int tp) {
    const InferenceSpec& spec = plan.inference;
    const double bytes = bytesPerParam(plan);
    const double weights = totalParameters(plan.model) * bytes / tp;
    const double kv =
        kvBytesPerTokenPerGpu(plan.model, tp, bytes) * (spec.prompt_tokens + spec.output_tokens) * spec.batch;
    return weights + kv <= usableBytes(plan);
}

double peakFlopsPerS(const Plan& plan) {
    const GpuType& gpu = plan.cluster.gpu;
    const bool fp8 = plan.inference.precision == InferencePrecision::Fp8 && gpu.fp8_dense_tflops;
    return (fp8 ? *gpu.fp8_dense_tflops : gpu.bf16_dense_tflops) * kTera;
}

// Ring all-reduce time plus the fixed cost of a small collective.
double tpAllReduceSeconds(double bytes, int tp, double bus_bytes_per_s) {
    return tp > 1 ? ringAllReduceSeconds(bytes, tp, bus_bytes_per_s) + kTpAllReduceLatencySeconds : 0;
}

} // namespace

int inferenceTp(const Plan& plan) {
    if (plan.inference.tp > 0)
        return plan.inference.tp;
    int valid = 1;
    for (int tp = 1; tp <= plan.cluster.gpus_per_node; tp *= 2) {
        if (!tpSplitsHeads(plan.model, tp))
            continue;
        if (batchFits(plan, tp))
            return tp;
        valid = tp;
    }
    return valid;
}

std::vector<PlanError> checkInferencePlan(const Plan& plan) {
    std::vector<PlanError> errors;
    const ModelShape& model = plan.model;
    const InferenceSpec& spec = plan.inference;
    const int tp = inferenceTp(plan);
    const auto text = [](auto value) { return std::to_string(value); };
    if (tp > plan.cluster.gpus_per_node)
        errors.push_back({"inference.tp", "TP = " + text(tp) + " spans more than one server of " +
                                              text(plan.cluster.gpus_per_node) +
                                              " GPUs: lower tp to at most " +
                                              text(plan.cluster.gpus_per_node)});
    if (!tpSplitsHeads(model, tp))
        errors.push_back({"inference.tp", "the " + text(model.heads) + " heads (" + text(model.kv_heads) +
                                              " KV heads) cannot be split over TP = " + text(tp) +
                                              ": choose a tp that divides " + text(model.heads)});
    if (spec.precision == InferencePrecision::Fp8 && !plan.cluster.gpu.fp8_dense_tflops)
        errors.push_back({"inference.precision",
                          plan.cluster.gpu.name + " has no FP8 tensor cores: use bf16 or another GPU"});
    if (spec.prompt_tokens + spec.output_tokens > model.seq_len)
        errors.push_back({"inference.prompt_tokens",
                          "prompt + output = " + text(spec.prompt_tokens + spec.output_tokens) +
                              " tokens exceed the model's context of " + text(model.seq_len) +
                              ": shorten them (or raise model.seq_len if the model supports it)"});
    return errors;
}

InferenceEstimate estimateInference(const Plan& plan) {
    const ModelShape& model = plan.model;
    const InferenceSpec& spec = plan.inference;
    const ClusterSpec& cluster = plan.cluster;
    const GpuType& gpu = cluster.gpu;
    InferenceEstimate e;
    e.tp = inferenceTp(plan);
    const double tp = e.tp, b = spec.batch, h = model.hidden, layers = model.layers;
    e.bytes_per_param = bytesPerParam(plan);
    e.parameters = totalParameters(model);
    e.context_tokens = spec.prompt_tokens + spec.output_tokens;

    e.weights_bytes_per_gpu = e.parameters * e.bytes_per_param / tp;
    e.kv_bytes_per_token_per_gpu = kvBytesPerTokenPerGpu(model, e.tp, e.bytes_per_param);
    e.kv_bytes_per_gpu = e.kv_bytes_per_token_per_gpu * e.context_tokens * b;
    e.capacity_bytes = gpu.memory_gib * kBytesPerGib;
    e.usable_bytes = usableBytes(plan);
    e.fits = e.weights_bytes_per_gpu + e.kv_bytes_per_gpu <= e.usable_bytes;
    // Clamped before the conversion: a tiny model's KV cache fits more sequences than an int counts.
    const double max_batch = std::floor((e.usable_bytes - e.weights_bytes_per_gpu) /
                                        (e.kv_bytes_per_token_per_gpu * e.context_tokens));
    e.max_batch =
        max_batch > 0 ? static_cast<int>(std::min(max_batch, double{std::numeric_limits<int>::max()})) : 0;

    // TP rides NVLink inside its domain (NVLink bridge pairs on PCIe servers), PCIe beyond it.
    ClusterSpec link = cluster;
    e.tp_over_nvlink =
        e.tp <= cluster.nvlink_domain && cluster.nvlink_domain > 1 && gpu.nvlink_gbytes_per_s > 0;
    if (!e.tp_over_nvlink)
        link.nvlink_domain = 1;
    e.tp_bus_bytes_per_s = intraNodeBusBytesPerS(link);
    const double peak = peakFlopsPerS(plan);
    const double tensor_rate = kComputeCalibration.tensor_core_efficiency * peak;
    const double hbm_rate = kDecodeHbmEfficiency * hbmBytesPerS(gpu);

    // Prefill: the forward pass over b x prompt tokens (2 x params per token + attention), compute-bound, at
    // the GEMM efficiency calibrated on training; the logits only for each sequence's last token.
    ModelShape prompt = model;
    prompt.seq_len = spec.prompt_tokens;
    e.prefill_flops_per_gpu = (layersForwardFlops(prompt, b) + 2 * b * h * model.vocab) / tp;
    e.prefill_compute_s = e.prefill_flops_per_gpu / tensor_rate;
    e.prefill_memory_s = e.weights_bytes_per_gpu / hbm_rate;
    const double prefill_collective = b * spec.prompt_tokens * h * kInferenceActivationBytes;
    e.prefill_tp_s =
        layers * kTpAllReducesPerLayer * tpAllReduceSeconds(prefill_collective, e.tp, e.tp_bus_bytes_per_s);
    e.time_to_first_token_s = std::max(e.prefill_compute_s, e.prefill_memory_s) + e.prefill_tp_s;

    // Decode: one token per sequence per step; every step reads the weights and the KV cache at the mean
    // context.
    const double mean_context = spec.prompt_tokens + spec.output_tokens / 2.0;
    e.decode_bytes_per_gpu = e.weights_bytes_per_gpu + e.kv_bytes_per_token_per_gpu * mean_context * b;
    e.decode_memory_s = e.decode_bytes_per_gpu / hbm_rate;
    const double attention_flops = 4 * b * mean_context * h * layers; // Q.K^T and scores.V per token
    e.decode_compute_s = (2 * e.parameters * b + attention_flops) / tp / tensor_rate;
    const double decode_collective = b * h * kInferenceActivationBytes;
    e.tp_bytes_per_step = e.tp > 1 ? layers * kTpAllReducesPerLayer * decode_collective : 0;
    e.decode_tp_s =
        layers * kTpAllReducesPerLayer * tpAllReduceSeconds(decode_collective, e.tp, e.tp_bus_bytes_per_s);
    e.decode_step_s = std::max(e.decode_memory_s, e.decode_compute_s) + e.decode_tp_s;

    e.replicas_per_server = std::max(1, cluster.gpus_per_node / e.tp);
    e.request_s = e.time_to_first_token_s + (spec.output_tokens - 1) * e.decode_step_s;
    e.decode_tokens_per_s_per_server = e.replicas_per_server * b / e.decode_step_s;
    e.tokens_per_s_per_server = e.replicas_per_server * b * spec.output_tokens / e.request_s;
    e.tokens_per_s_per_gpu = e.tokens_per_s_per_server / cluster.gpus_per_node;
    e.servers = std::max(1, cluster.nodes());
    e.tokens_per_s = e.servers * e.tokens_per_s_per_server;
    return e;
}

} // namespace cs
