#include "estimate/inference_estimator.h"

#include "base/number_format.h"
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

// Bytes per stored value: bf16 2; fp8 1; MXFP8 1 + one E8M0 scale per 32 values; NVFP4 half a byte + one FP8
// scale per 16 values (NVIDIA, "Introducing NVFP4", 2025; OCP Microscaling Formats v1.0).
double bytesPerValue(Precision precision) {
    switch (precision) {
    case Precision::Bf16:
        return 2;
    case Precision::Fp8:
        return 1;
    case Precision::Mxfp8:
        return 1 + 1.0 / 32;
    case Precision::Nvfp4:
        return 0.5 + 1.0 / 16;
    }
    return 2;
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

// The largest batch whose KV cache fits beside the weights at full context.
int maxBatch(const Plan& plan, int tp) {
    const InferenceSpec& spec = plan.inference;
    const double weights = totalParameters(plan.model) * bytesPerValue(spec.precision) / tp;
    const double kv = kvBytesPerTokenPerGpu(plan.model, tp, bytesPerValue(spec.kvPrecision())) *
                      (spec.prompt_tokens + spec.output_tokens);
    // Clamped before the conversion: a tiny model's KV cache fits more sequences than an int counts.
    const double batch = std::floor((usableBytes(plan) - weights) / kv);
    return batch > 0 ? static_cast<int>(std::min(batch, double{std::numeric_limits<int>::max()})) : 0;
}

} // namespace

double inferencePeakFlopsPerS(const Plan& plan) {
    const GpuType& gpu = plan.cluster.gpu;
    switch (plan.inference.precision) {
    case Precision::Bf16:
        break;
    case Precision::Fp8:
    case Precision::Mxfp8:
        if (gpu.fp8_dense_tflops)
            return *gpu.fp8_dense_tflops * kTera;
        break;
    case Precision::Nvfp4:
        if (gpu.fp4_dense_tflops)
            return *gpu.fp4_dense_tflops * kTera;
        break;
    }
    return gpu.bf16_dense_tflops * kTera;
}

namespace {

// Ring all-reduce time plus the fixed cost of a small collective.
double tpAllReduceSeconds(double bytes, int tp, double bus_bytes_per_s) {
    return tp > 1 ? ringAllReduceSeconds(bytes, tp, bus_bytes_per_s) + kTpAllReduceLatencySeconds : 0;
}

// The weights one decode step reads: all of them for a dense model; for MoE the dense part plus, in each MoE
// layer, the routed experts the step's `tokens` touch, E * (1 - (1 - k/E)^tokens) of them under uniform
// routing.
double decodeWeightParameters(const ModelShape& model, double tokens) {
    const double total = totalParameters(model);
    if (!model.isMoe())
        return total;
    const MoeShape& moe = model.features.moe;
    const double routed = routedExpertParameters(model) * model.moeLayers();
    const double touched = 1 - std::pow(1 - static_cast<double>(moe.top_k) / moe.experts, tokens);
    return total - routed + routed * touched;
}

// One replica at `batch` sequences in flight, under continuous batching with chunked prefill.
InferenceEstimate estimateAt(const Plan& plan, int tp, int batch) {
    const ModelShape& model = plan.model;
    const InferenceSpec& spec = plan.inference;
    const ClusterSpec& cluster = plan.cluster;
    const GpuType& gpu = cluster.gpu;
    InferenceEstimate e;
    e.tp = tp;
    e.batch = batch;
    const double t = tp, b = batch, h = model.hidden, layers = model.layers;
    e.bytes_per_param = bytesPerValue(spec.precision);
    e.kv_bytes_per_value = bytesPerValue(spec.kvPrecision());
    e.parameters = totalParameters(model);
    e.context_tokens = spec.prompt_tokens + spec.output_tokens;

    e.weights_bytes_per_gpu = e.parameters * e.bytes_per_param / t;
    e.kv_bytes_per_token_per_gpu = kvBytesPerTokenPerGpu(model, tp, e.kv_bytes_per_value);
    e.kv_bytes_per_gpu = e.kv_bytes_per_token_per_gpu * e.context_tokens * b;
    e.capacity_bytes = gpu.memory_gib * kBytesPerGib;
    e.usable_bytes = usableBytes(plan);
    e.fits = e.weights_bytes_per_gpu + e.kv_bytes_per_gpu <= e.usable_bytes;
    e.max_batch = maxBatch(plan, tp);

    // TP rides NVLink inside its domain (NVLink bridge pairs on PCIe servers), PCIe beyond it.
    ClusterSpec link = cluster;
    e.tp_over_nvlink =
        tp <= cluster.nvlink_domain && cluster.nvlink_domain > 1 && gpu.nvlink_gbytes_per_s > 0;
    if (!e.tp_over_nvlink)
        link.nvlink_domain = 1;
    e.tp_bus_bytes_per_s = intraNodeBusBytesPerS(link);
    const double tensor_rate = kComputeCalibration.tensor_core_efficiency * inferencePeakFlopsPerS(plan);
    const double hbm_rate = kDecodeHbmEfficiency * hbmBytesPerS(gpu);

    // One prompt's prefill alone: the forward pass over its tokens, compute-bound, at the GEMM efficiency
    // calibrated on training; the logits for its last token only.
    ModelShape prompt = model;
    prompt.seq_len = spec.prompt_tokens;
    e.prefill_flops_per_gpu = (layersForwardFlops(prompt, 1) + 2 * h * model.vocab) / t;
    e.prefill_compute_s = e.prefill_flops_per_gpu / tensor_rate;
    e.prefill_memory_s = e.weights_bytes_per_gpu / hbm_rate;
    const double prefill_collective = spec.prompt_tokens * h * kInferenceActivationBytes;
    e.prefill_tp_s =
        layers * kTpAllReducesPerLayer * tpAllReduceSeconds(prefill_collective, tp, e.tp_bus_bytes_per_s);
    const double prefill_alone_s = std::max(e.prefill_compute_s, e.prefill_memory_s) + e.prefill_tp_s;

    // One iteration: a token for each of the b sequences, and the prefill of the requests that replace the
    // finished ones — in steady state prompt/output prompt tokens per output token (chunked prefill rides
    // along: Agrawal et al. 2024, Sarathi-Serve). The weights are read once per iteration, the KV cache at
    // the mean context.
    const double mean_context = spec.prompt_tokens + spec.output_tokens / 2.0;
    const double prefill_tokens = b * spec.prompt_tokens / spec.output_tokens;
    e.decode_bytes_per_gpu = decodeWeightParameters(model, b + prefill_tokens) * e.bytes_per_param / t +
                             e.kv_bytes_per_token_per_gpu * mean_context * b;
    e.decode_memory_s = e.decode_bytes_per_gpu / hbm_rate;
    const double attention_flops = 4 * b * mean_context * h * layers; // Q.K^T and scores.V per token
    const double active = activeParameters(model);
    e.decode_compute_s = (2 * active * b + attention_flops +
                          prefill_tokens * e.prefill_flops_per_gpu * t / spec.prompt_tokens) /
                         t / tensor_rate;
    const double step_collective = (b + prefill_tokens) * h * kInferenceActivationBytes;
    e.tp_bytes_per_step = tp > 1 ? layers * kTpAllReducesPerLayer * step_collective : 0;
    e.decode_tp_s =
        layers * kTpAllReducesPerLayer * tpAllReduceSeconds(step_collective, tp, e.tp_bus_bytes_per_s);
    e.decode_step_s = std::max(e.decode_memory_s, e.decode_compute_s) + e.decode_tp_s;
    // A new request's prompt runs alone, then waits for the iteration it joins.
    e.time_to_first_token_s = prefill_alone_s + e.decode_step_s;

    e.replicas_per_server = std::max(1, cluster.gpus_per_node / tp);
    e.request_s = e.time_to_first_token_s + (spec.output_tokens - 1) * e.decode_step_s;
    e.tokens_per_s_per_server = e.replicas_per_server * b / e.decode_step_s;
    e.tokens_per_s_per_gpu = e.tokens_per_s_per_server / cluster.gpus_per_node;
    e.servers = std::max(1, cluster.nodes());
    e.replicas = e.servers * e.replicas_per_server;
    e.tokens_per_s = e.servers * e.tokens_per_s_per_server;
    return e;
}

std::string targetsText(const ServingSlo& slo) {
    std::string text;
    if (slo.ttft_s > 0)
        text = "time to first token " + formatQuantity(slo.ttft_s, "s");
    if (slo.tpot_s > 0)
        text += (text.empty() ? "" : ", ") + std::string("time per output token ") +
                formatQuantity(slo.tpot_s, "s");
    return text;
}

bool meetsSlo(const InferenceSpec& spec, const InferenceEstimate& e) {
    return (spec.slo.ttft_s <= 0 || e.time_to_first_token_s <= spec.slo.ttft_s) &&
           (spec.slo.tpot_s <= 0 || e.decode_step_s <= spec.slo.tpot_s);
}

// "max": the largest batch that fits in memory and meets the targets (the step time grows with the batch,
// so the targets hold up to some batch and not beyond), or the plan's batch.
InferenceEstimate estimateWithBatch(const Plan& plan, int tp) {
    const InferenceSpec& spec = plan.inference;
    if (!spec.batchIsMax()) {
        InferenceEstimate e = estimateAt(plan, tp, spec.batch);
        e.batch_limit = "the plan";
        return e;
    }
    const int memory = maxBatch(plan, tp);
    InferenceEstimate best = estimateAt(plan, tp, std::max(1, memory));
    best.batch_limit = "memory";
    if (memory < 1 || meetsSlo(spec, best))
        return best;
    int low = 1, high = memory; // meets at low (when at all), not at high
    InferenceEstimate atLow = estimateAt(plan, tp, 1);
    if (!meetsSlo(spec, atLow)) {
        atLow.batch_limit = "the latency targets";
        return atLow;
    }
    while (high - low > 1) {
        const int middle = low + (high - low) / 2;
        InferenceEstimate e = estimateAt(plan, tp, middle);
        if (meetsSlo(spec, e)) {
            low = middle;
            atLow = std::move(e);
        } else {
            high = middle;
        }
    }
    atLow.batch_limit = "the latency targets";
    return atLow;
}

} // namespace

int inferenceTp(const Plan& plan) {
    if (plan.inference.tp > 0)
        return plan.inference.tp;
    int valid = 1;
    double best = -1;
    for (int tp = 1; tp <= plan.cluster.gpus_per_node; tp *= 2) {
        if (!tpSplitsHeads(plan.model, tp))
            continue;
        if (!plan.inference.batchIsMax()) {
            if (maxBatch(plan, tp) >= plan.inference.batch)
                return tp; // the smallest TP at which the plan's batch fits
            valid = tp;
            continue;
        }
        // "max": the TP with the most output tokens/s per GPU within memory and the targets.
        // A TP that fits but misses the targets still beats one that does not fit.
        const InferenceEstimate e = estimateWithBatch(plan, tp);
        const double score = !e.fits ? -0.5 : meetsSlo(plan.inference, e) ? e.tokens_per_s_per_gpu : 0;
        if (score > best) {
            best = score;
            valid = tp;
        }
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
    const GpuType& gpu = plan.cluster.gpu;
    for (const auto& [field, precision] : {std::pair{"inference.precision", spec.precision},
                                           std::pair{"inference.kv_precision", spec.kvPrecision()}}) {
        const bool fp8 = precision == Precision::Fp8 || precision == Precision::Mxfp8;
        if ((fp8 && !gpu.fp8_dense_tflops) || (precision == Precision::Nvfp4 && !gpu.fp4_dense_tflops))
            errors.push_back(
                {field, gpu.name + " has no " + std::string(precisionId(precision)) +
                            " tensor cores: use bf16 (or fp8 where the GPU has it) or another GPU"});
    }
    if (spec.prompt_tokens + spec.output_tokens > model.seq_len)
        errors.push_back({"inference.prompt_tokens",
                          "prompt + output = " + text(spec.prompt_tokens + spec.output_tokens) +
                              " tokens exceed the model's context of " + text(model.seq_len) +
                              ": shorten them (or raise model.seq_len if the model supports it)"});
    if (errors.empty() && (spec.slo.ttft_s > 0 || spec.slo.tpot_s > 0)) {
        // One sequence alone is the fastest a replica serves: when it misses a target, no batch meets it.
        Plan alone = plan;
        alone.inference.batch = 1;
        const InferenceEstimate e = estimateAt(alone, tp, 1);
        if (e.fits && !meetsSlo(spec, e))
            errors.push_back(
                {"inference.slo",
                 "no batch meets the latency targets on TP " + text(tp) + ": one sequence alone " + "takes " +
                     formatQuantity(e.time_to_first_token_s, "s") + " to its first token and " +
                     formatQuantity(e.decode_step_s, "s") + " per output token (targets " +
                     targetsText(spec.slo) + "): relax the targets, raise tp, use fp8 or a faster GPU"});
    }
    return errors;
}

InferenceEstimate estimateInference(const Plan& plan) {
    InferenceEstimate e = estimateWithBatch(plan, inferenceTp(plan));
    const ServingLoad& load = plan.inference.load;
    const double demand = load.output_tokens_per_s > 0 ? load.output_tokens_per_s
                                                       : load.requests_per_s * plan.inference.output_tokens;
    if (demand > 0 && e.fits) {
        InferenceSizing& sizing = e.sizing.emplace();
        sizing.output_tokens_per_s = demand;
        const double per_replica = e.tokens_per_s_per_server / e.replicas_per_server;
        sizing.replicas = static_cast<int>(std::min(std::ceil(demand / per_replica), 1e9));
        sizing.gpus = static_cast<std::int64_t>(sizing.replicas) * e.tp;
        sizing.servers =
            (static_cast<std::int64_t>(sizing.replicas) + e.replicas_per_server - 1) / e.replicas_per_server;
        sizing.power_kw = static_cast<double>(sizing.servers) * plan.cluster.server_max_watts / 1000;
    }
    return e;
}

} // namespace cs
