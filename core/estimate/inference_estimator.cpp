#include "estimate/inference_estimator.h"

#include "base/number_format.h"
#include "base/units.h"
#include "estimate/communication_model.h"
#include "estimate/compute_efficiency.h"
#include "estimate/transformer_math.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>
#include <string>
#include <tuple>
#include <utility>

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

// The routed experts of every MoE layer; the rest of the parameters (attention, dense MLPs, shared experts,
// embeddings) are split over TP only.
double routedParameters(const ModelShape& model) {
    return model.isMoe() ? routedExpertParameters(model) * model.moeLayers() : 0;
}

// One GPU's weights: its stage's share of the dense part over TP and of the routed experts over the stage.
double weightsBytesPerGpu(const Plan& plan, const InferenceShape& shape) {
    const double routed = routedParameters(plan.model);
    const double dense = totalParameters(plan.model) - routed;
    return (dense / shape.tp + routed / shape.stageGpus()) / shape.pp *
           bytesPerValue(plan.inference.precision);
}

// One sequence's KV cache per token on one GPU: its stage's layers.
double kvBytesPerTokenPerStageGpu(const Plan& plan, const InferenceShape& shape) {
    return kvBytesPerTokenPerGpu(plan.model, shape.tp, bytesPerValue(plan.inference.kvPrecision())) /
           shape.pp;
}

// The largest batch whose KV cache fits beside the weights at full context; each attention group holds
// its share of the sequences.
int maxBatch(const Plan& plan, const InferenceShape& shape) {
    const InferenceSpec& spec = plan.inference;
    const double kv = kvBytesPerTokenPerStageGpu(plan, shape) *
                      inferenceKeysHeld(plan.model, spec.prompt_tokens + spec.output_tokens);
    // Clamped before the conversion: a tiny model's KV cache fits more sequences than an int counts.
    const double batch =
        std::floor((usableBytes(plan) - weightsBytesPerGpu(plan, shape)) / kv) * shape.attentionGroups();
    return batch > 0 ? static_cast<int>(std::min(batch, double{std::numeric_limits<int>::max()})) : 0;
}

} // namespace

std::string_view inferenceLinkId(InferenceLink link) {
    switch (link) {
    case InferenceLink::None:
        break;
    case InferenceLink::Nvlink:
        return "nvlink";
    case InferenceLink::Pcie:
        return "pcie";
    case InferenceLink::Fabric:
        return "fabric";
    }
    return "none";
}

double inferenceKeysHeld(const ModelShape& model, double context) {
    ModelShape at = model;
    at.seq_len = static_cast<int>(std::lround(context));
    return averageKeys(at);
}

std::string inferenceShapeText(const InferenceShape& shape) {
    std::string text = "TP " + std::to_string(shape.tp);
    if (shape.pp > 1)
        text += " x PP " + std::to_string(shape.pp);
    if (shape.ep > 1)
        text += ", EP " + std::to_string(shape.ep);
    return text;
}

int inferenceClusterGpus(const Plan& plan) {
    return std::max(1, plan.cluster.nodes()) * plan.cluster.gpus_per_node;
}

double inferencePeakFlopsPerS(const Plan& plan) {
    return gemmPeakFlopsPerS(plan.cluster.gpu, plan.inference.precision);
}

namespace {

// A group of `gpus` consecutive GPUs talks over NVLink inside its NVLink domain (NVLink bridge pairs on
// PCIe servers), over PCIe inside a server beyond it, over the compute fabric beyond the server.
InferenceLink linkFor(const ClusterSpec& cluster, int gpus) {
    if (gpus <= 1)
        return InferenceLink::None;
    if (gpus <= cluster.nvlink_domain && cluster.nvlink_domain > 1 && cluster.gpu.nvlink_gbytes_per_s > 0)
        return InferenceLink::Nvlink;
    return gpus <= cluster.gpus_per_node ? InferenceLink::Pcie : InferenceLink::Fabric;
}

double linkBusBytesPerS(const ClusterSpec& cluster, InferenceLink link, int gpus) {
    if (link == InferenceLink::Fabric)
        return interNodeBusBytesPerS(cluster, (gpus + cluster.gpus_per_node - 1) / cluster.gpus_per_node);
    ClusterSpec on = cluster;
    if (link == InferenceLink::Pcie)
        on.nvlink_domain = 1;
    return intraNodeBusBytesPerS(on);
}

double linkLatencySeconds(InferenceLink link) {
    return link == InferenceLink::Fabric ? kFabricMessageLatencySeconds : kTpAllReduceLatencySeconds;
}

// Ring all-reduce time plus the fixed cost of a small collective.
double tpAllReduceSeconds(double bytes, int tp, double bus_bytes_per_s, double latency_s) {
    return tp > 1 ? ringAllReduceSeconds(bytes, tp, bus_bytes_per_s) + latency_s : 0;
}

// Under uniform routing `tokens` touch E * (1 - (1 - k/E)^tokens) of a MoE layer's E routed experts.
double touchedExpertShare(const ModelShape& model, double tokens) {
    const MoeShape& moe = model.features.moe;
    return 1 - std::pow(1 - static_cast<double>(moe.top_k) / moe.experts, tokens);
}

// The EP all-to-all (dispatch + combine) of one MoE layer for one token per GPU, by the training side's
// model of DeepEP's measured rates (communication_model.h); dispatch in fp8 when the weights are in a
// low-precision format (DeepSeek-V3 §3.3.1 dispatches fp8), else bf16.
AllToAll expertAllToAllPerToken(const Plan& plan, const InferenceShape& shape) {
    ModelShape one_token = plan.model;
    one_token.seq_len = 1;
    Parallelism par;
    par.ep = shape.ep;
    par.etp = std::max(1, shape.tp / shape.ep);
    const double dispatch_bytes = plan.inference.precision == Precision::Bf16 ? kInferenceActivationBytes : 1;
    return expertAllToAll(one_token, par, plan.cluster, dispatch_bytes);
}

// One replica of `shape` at `batch` sequences in flight, under continuous batching: chunked prefill riding
// along the decode iterations (aggregated), or a decode pool beside a prefill pool (disaggregated).
InferenceEstimate estimateAt(const Plan& plan, const InferenceShape& shape, int batch) {
    const ModelShape& model = plan.model;
    const InferenceSpec& spec = plan.inference;
    const ClusterSpec& cluster = plan.cluster;
    const GpuType& gpu = cluster.gpu;
    InferenceEstimate e;
    e.tp = shape.tp;
    e.pp = shape.pp;
    e.ep = shape.ep;
    e.gpus_per_replica = shape.gpus();
    e.servers_per_replica = (shape.gpus() + cluster.gpus_per_node - 1) / cluster.gpus_per_node;
    e.batch = batch;
    const double t = shape.tp, stage = shape.stageGpus(), groups = shape.attentionGroups(), pp = shape.pp;
    const double b = batch, h = model.hidden, layers = model.layers, moe_layers = model.moeLayers();
    e.bytes_per_param = bytesPerValue(spec.precision);
    e.kv_bytes_per_value = bytesPerValue(spec.kvPrecision());
    e.parameters = totalParameters(model);
    e.context_tokens = spec.prompt_tokens + spec.output_tokens;

    e.weights_bytes_per_gpu = weightsBytesPerGpu(plan, shape);
    e.kv_bytes_per_token_per_gpu = kvBytesPerTokenPerStageGpu(plan, shape);
    e.kv_bytes_per_gpu =
        e.kv_bytes_per_token_per_gpu * inferenceKeysHeld(model, e.context_tokens) * b / groups;
    e.capacity_bytes = gpu.memory_gib * kBytesPerGib;
    e.usable_bytes = usableBytes(plan);
    e.fits = e.weights_bytes_per_gpu + e.kv_bytes_per_gpu <= e.usable_bytes;
    e.max_batch = maxBatch(plan, shape);

    e.tp_link = linkFor(cluster, shape.tp);
    e.tp_over_nvlink = e.tp_link == InferenceLink::Nvlink;
    e.tp_bus_bytes_per_s = linkBusBytesPerS(cluster, e.tp_link, shape.tp);
    const double tp_latency_s = linkLatencySeconds(e.tp_link);
    e.stage_link = pp > 1 ? linkFor(cluster, shape.gpus()) : InferenceLink::None;
    e.stage_bytes_per_s = linkBusBytesPerS(cluster, e.stage_link, shape.gpus());
    // A stage hands the activations of its tokens (h bf16 values each, split over the stage's GPUs) to the
    // next one (Narayanan §4.1 scatter/gather).
    const auto hand_off_s = [&](double tokens) {
        return tokens * h * kInferenceActivationBytes / stage / e.stage_bytes_per_s +
               linkLatencySeconds(e.stage_link);
    };
    const AllToAll ep_per_token = expertAllToAllPerToken(plan, shape);
    const InferenceLink ep_link = linkFor(cluster, shape.ep);
    // One MoE layer's dispatch and combine for `tokens` tokens per GPU: two messages' fixed cost beside.
    const auto expert_s = [&](double tokens) {
        return shape.ep > 1 && model.isMoe() ? tokens * ep_per_token.seconds + 2 * linkLatencySeconds(ep_link)
                                             : 0;
    };
    // The GEMMs at the training calibration's efficiency, times the measured low-precision ratio.
    const double tensor_rate = kComputeCalibration.tensor_core_efficiency *
                               gemmEfficiencyRatio(spec.precision) * inferencePeakFlopsPerS(plan);
    const double hbm_rate = kDecodeHbmEfficiency * hbmBytesPerS(gpu);

    // One prompt's prefill alone, through the stages in sequence: the forward pass over its tokens,
    // compute-bound, at the GEMM efficiency calibrated on training, spread over a stage's GPUs; the logits
    // for its last token only.
    ModelShape prompt = model;
    prompt.seq_len = spec.prompt_tokens;
    const double prefill_flops = layersForwardFlops(prompt, 1) + 2 * h * model.vocab;
    e.prefill_flops_per_gpu = prefill_flops / stage / pp;
    e.prefill_compute_s = prefill_flops / stage / tensor_rate;
    e.prefill_memory_s = e.weights_bytes_per_gpu * pp / hbm_rate;
    const double prefill_collective = spec.prompt_tokens * h * kInferenceActivationBytes;
    e.prefill_tp_s = layers * kTpAllReducesPerLayer *
                     tpAllReduceSeconds(prefill_collective, shape.tp, e.tp_bus_bytes_per_s, tp_latency_s);
    e.prefill_ep_s = moe_layers * expert_s(spec.prompt_tokens / t);
    e.prefill_pp_s = (pp - 1) * hand_off_s(spec.prompt_tokens);
    const double prefill_alone_s =
        std::max(e.prefill_compute_s, e.prefill_memory_s) + e.prefill_tp_s + e.prefill_ep_s + e.prefill_pp_s;

    // One stage iteration of one micro-batch of b / pp sequences: a token for each, and (aggregated) the
    // prefill of the requests that replace the finished ones — in steady state prompt/output prompt tokens
    // per output token (chunked prefill rides along: Agrawal et al. 2024, Sarathi-Serve). The stage's
    // weights are read once per micro-batch, the KV cache at the mean context.
    const double micro_batch = b / pp;
    const double mean_context = spec.prompt_tokens + spec.output_tokens / 2.0;
    const double prefill_tokens =
        spec.disaggregated ? 0 : micro_batch * spec.prompt_tokens / spec.output_tokens;
    const double tokens = micro_batch + prefill_tokens;
    const double routed = routedParameters(model);
    const double weights_read = ((e.parameters - routed) / t +
                                 routed * (model.isMoe() ? touchedExpertShare(model, tokens) : 0) / stage) /
                                pp * e.bytes_per_param;
    e.decode_bytes_per_gpu = weights_read + e.kv_bytes_per_token_per_gpu *
                                                inferenceKeysHeld(model, mean_context) * micro_batch / groups;
    e.decode_memory_s = e.decode_bytes_per_gpu / hbm_rate;
    // Q.K^T and scores.V of one new token against the keys it sees (MLA's head widths, windows).
    ModelShape at_mean = model;
    at_mean.seq_len = static_cast<int>(std::lround(mean_context));
    const double attention_flops =
        micro_batch * layers * attentionCoreForwardFlops(at_mean, 1) / at_mean.seq_len;
    e.decode_compute_s = (2 * activeParameters(model) * micro_batch + attention_flops +
                          prefill_tokens * prefill_flops / spec.prompt_tokens) /
                         stage / pp / tensor_rate;
    const double step_collective = tokens / groups * h * kInferenceActivationBytes;
    e.tp_bytes_per_step = shape.tp > 1 ? layers / pp * kTpAllReducesPerLayer * step_collective : 0;
    e.decode_tp_s = layers / pp * kTpAllReducesPerLayer *
                    tpAllReduceSeconds(step_collective, shape.tp, e.tp_bus_bytes_per_s, tp_latency_s);
    e.ep_bytes_per_step = shape.ep > 1 ? moe_layers / pp * tokens / stage *
                                             (ep_per_token.nvlink_bytes + ep_per_token.scale_out_bytes)
                                       : 0;
    e.decode_ep_s = moe_layers / pp * expert_s(tokens / stage);
    e.decode_stage_s = std::max(e.decode_memory_s, e.decode_compute_s) + e.decode_tp_s + e.decode_ep_s;
    // A token passes the stages in sequence; the pp micro-batches keep every stage busy meanwhile.
    e.decode_pp_s = (pp - 1) * hand_off_s(tokens);
    e.decode_step_s = pp * e.decode_stage_s + e.decode_pp_s;
    // A new request's prompt runs alone, then waits for the iteration it joins.
    e.time_to_first_token_s = prefill_alone_s + e.decode_step_s;

    e.tokens_per_s_per_replica = b / e.decode_step_s;
    e.servers = std::max(1, cluster.nodes());
    if (shape.gpus() <= cluster.gpus_per_node) {
        e.replicas_per_server = cluster.gpus_per_node / shape.gpus();
        e.tokens_per_s_per_server = e.replicas_per_server * e.tokens_per_s_per_replica;
        e.replicas = e.servers * e.replicas_per_server;
    } else {
        e.replicas_per_server = 1;
        e.tokens_per_s_per_server = e.tokens_per_s_per_replica / e.servers_per_replica;
        e.replicas = e.servers / e.servers_per_replica;
    }
    e.tokens_per_s_per_gpu = e.tokens_per_s_per_server / cluster.gpus_per_node;
    e.tokens_per_s = e.replicas * e.tokens_per_s_per_replica;

    if (spec.disaggregated) {
        // The prompt's KV cache leaves every GPU of the prefill replica on its own NICs (Zhong et al. 2024,
        // DistServe §4); the decode pool then decodes without prefill in its iterations. A prefill replica
        // pipelines back-to-back prompts over its stages, the weights read once for a batch of prompts.
        DisaggregatedServing& d = e.disaggregated.emplace();
        d.kv_transfer_bytes_per_gpu =
            e.kv_bytes_per_token_per_gpu * inferenceKeysHeld(model, spec.prompt_tokens);
        d.kv_transfer_s =
            d.kv_transfer_bytes_per_gpu / interNodeBusBytesPerS(cluster, 2 * e.servers_per_replica) +
            kFabricMessageLatencySeconds;
        e.time_to_first_token_s += d.kv_transfer_s;
        d.prefill_prompts_per_s_per_replica = pp / (e.prefill_compute_s + e.prefill_tp_s + e.prefill_ep_s);
        d.prefill_prompts_per_s_per_gpu = d.prefill_prompts_per_s_per_replica / shape.gpus();
        d.decode_tokens_per_s_per_gpu = e.tokens_per_s_per_replica / shape.gpus();
        const double prefill_tokens_per_s_per_gpu = d.prefill_prompts_per_s_per_gpu * spec.output_tokens;
        d.prefill_gpus_per_decode_gpu = d.decode_tokens_per_s_per_gpu / prefill_tokens_per_s_per_gpu;
        d.tokens_per_s_per_gpu = 1 / (1 / d.decode_tokens_per_s_per_gpu + 1 / prefill_tokens_per_s_per_gpu);
        e.tokens_per_s_per_gpu = d.tokens_per_s_per_gpu;
        e.tokens_per_s_per_server = d.tokens_per_s_per_gpu * cluster.gpus_per_node;
        e.tokens_per_s = d.tokens_per_s_per_gpu * e.servers * cluster.gpus_per_node;
    }
    e.request_s = e.time_to_first_token_s + (spec.output_tokens - 1) * e.decode_step_s;
    return e;
}

// "max": the largest batch that fits in memory and meets the targets (the step time grows with the batch,
// so the targets hold up to some batch and not beyond), or the plan's batch.
InferenceEstimate estimateWithBatch(const Plan& plan, const InferenceShape& shape) {
    const InferenceSpec& spec = plan.inference;
    if (!spec.batchIsMax()) {
        InferenceEstimate e = estimateAt(plan, shape, spec.batch);
        e.batch_limit = "the plan";
        return e;
    }
    const int memory = maxBatch(plan, shape);
    InferenceEstimate best = estimateAt(plan, shape, std::max(1, memory));
    best.batch_limit = "memory";
    if (memory < 1 || meetsServingTargets(spec, best))
        return best;
    int low = 1, high = memory; // meets at low (when at all), not at high
    InferenceEstimate atLow = estimateAt(plan, shape, 1);
    if (!meetsServingTargets(spec, atLow)) {
        atLow.batch_limit = "the latency targets";
        return atLow;
    }
    while (high - low > 1) {
        const int middle = low + (high - low) / 2;
        InferenceEstimate e = estimateAt(plan, shape, middle);
        if (meetsServingTargets(spec, e)) {
            low = middle;
            atLow = std::move(e);
        } else {
            high = middle;
        }
    }
    atLow.batch_limit = "the latency targets";
    return atLow;
}

std::vector<int> powersOfTwoUpTo(int limit, int fixed) {
    if (fixed > 0)
        return {fixed};
    std::vector<int> values;
    for (int value = 1; value <= limit; value *= 2)
        values.push_back(value);
    return values;
}

// The chosen shape among `shapes`, and whether it fits; none when there is no shape at all.
std::optional<std::pair<InferenceShape, bool>> chooseShape(const Plan& plan,
                                                           const std::vector<InferenceShape>& shapes) {
    if (shapes.empty())
        return std::nullopt;
    const InferenceSpec& spec = plan.inference;
    if (!spec.batchIsMax()) {
        // A fixed batch: the fewest GPUs at which it fits (the largest shape when none does).
        for (const InferenceShape& shape : shapes)
            if (maxBatch(plan, shape) >= spec.batch)
                return std::pair{shape, true};
        return std::pair{shapes.back(), false};
    }
    // "max": the most output tokens/s per GPU within memory and the targets. A shape that fits but misses
    // the targets still beats one that does not fit; ties go to the fewer GPUs (the earlier shape).
    std::pair<InferenceShape, bool> best{shapes.front(), false};
    double best_score = -1;
    for (const InferenceShape& shape : shapes) {
        if (maxBatch(plan, shape) < 1) {
            if (best_score < -0.5)
                best = {shape, false};
            best_score = std::max(best_score, -0.5);
            continue;
        }
        const InferenceEstimate e = estimateWithBatch(plan, shape);
        const double score = meetsServingTargets(spec, e) ? e.tokens_per_s_per_gpu : 0;
        if (score > best_score) {
            best_score = score;
            best = {shape, true};
        }
    }
    return best;
}

} // namespace

std::vector<InferenceShape> inferenceShapes(const Plan& plan, int max_gpus) {
    const ModelShape& model = plan.model;
    const InferenceSpec& spec = plan.inference;
    const int experts = model.isMoe() ? model.features.moe.experts : 1;
    std::vector<InferenceShape> shapes;
    for (int tp : powersOfTwoUpTo(std::min(kInferenceMaxTp, model.heads), spec.tp)) {
        if (!tpSplitsHeads(model, tp) || (tp > plan.cluster.gpus_per_node && tp % plan.cluster.gpus_per_node))
            continue;
        // A plan that fixes tp alone runs one stage.
        const int fixed_pp = spec.pp > 0 ? spec.pp : spec.tp > 0 ? 1 : 0;
        for (int pp : powersOfTwoUpTo(std::min(kInferenceMaxPp, model.layers), fixed_pp))
            for (int ep : powersOfTwoUpTo(experts, spec.ep)) {
                const InferenceShape shape{tp, pp, ep};
                if (experts % ep == 0 && (ep % tp == 0 || tp % ep == 0) && shape.gpus() <= max_gpus)
                    shapes.push_back(shape);
            }
    }
    // NVLink (or none) first, then PCIe, then the fabric.
    const auto link_rank = [&](const InferenceShape& shape) {
        const InferenceLink link = linkFor(plan.cluster, shape.tp);
        return link == InferenceLink::Fabric ? 2 : link == InferenceLink::Pcie ? 1 : 0;
    };
    std::stable_sort(shapes.begin(), shapes.end(), [&](const InferenceShape& a, const InferenceShape& b) {
        return std::tuple(a.gpus(), link_rank(a), a.pp) < std::tuple(b.gpus(), link_rank(b), b.pp);
    });
    return shapes;
}

bool meetsServingTargets(const InferenceSpec& spec, const InferenceEstimate& e) {
    return (spec.slo.ttft_s <= 0 || e.time_to_first_token_s <= spec.slo.ttft_s) &&
           (spec.slo.tpot_s <= 0 || e.decode_step_s <= spec.slo.tpot_s);
}

InferenceShape inferenceShape(const Plan& plan) {
    const auto within = chooseShape(plan, inferenceShapes(plan, inferenceClusterGpus(plan)));
    if (within && within->second)
        return within->first;
    // Nothing fits the plan's GPUs: the fewest GPUs that would hold the model, for the plan's error.
    Plan fixed_batch = plan;
    fixed_batch.inference.batch = std::max(1, plan.inference.batch);
    const auto beyond = chooseShape(fixed_batch, inferenceShapes(plan, kInferenceMaxReplicaGpus));
    if (beyond && beyond->second)
        return beyond->first;
    if (within)
        return within->first;
    const InferenceSpec& spec = plan.inference;
    return {std::max(1, spec.tp), std::max(1, spec.pp), std::max(1, spec.ep)};
}

int inferenceTp(const Plan& plan) {
    return inferenceShape(plan).tp;
}

std::vector<PlanError> checkInferencePlan(const Plan& plan) {
    std::vector<PlanError> errors;
    const ModelShape& model = plan.model;
    const InferenceSpec& spec = plan.inference;
    const ClusterSpec& cluster = plan.cluster;
    const InferenceShape shape = inferenceShape(plan);
    const auto text = [](auto value) { return std::to_string(value); };
    if (!tpSplitsHeads(model, shape.tp))
        errors.push_back({"inference.tp", "the " + text(model.heads) + " heads (" + text(model.kv_heads) +
                                              " KV heads) cannot be split over TP = " + text(shape.tp) +
                                              ": choose a tp that divides " + text(model.heads)});
    else if (shape.tp > cluster.gpus_per_node && shape.tp % cluster.gpus_per_node != 0)
        errors.push_back({"inference.tp", "TP = " + text(shape.tp) + " does not fill whole servers of " +
                                              text(cluster.gpus_per_node) + " GPUs: choose a multiple of " +
                                              text(cluster.gpus_per_node)});
    if (shape.pp > model.layers)
        errors.push_back({"inference.pp", "PP = " + text(shape.pp) + " stages exceed the model's " +
                                              text(model.layers) + " layers: lower pp"});
    if (shape.ep > 1 && !model.isMoe())
        errors.push_back({"inference.ep", model.name + " has no experts: set ep to 1 or leave it out"});
    else if (model.isMoe() && model.features.moe.experts % shape.ep != 0)
        errors.push_back({"inference.ep", "the " + text(model.features.moe.experts) +
                                              " experts do not divide by EP = " + text(shape.ep) +
                                              ": choose an ep dividing " + text(model.features.moe.experts)});
    else if (shape.ep % shape.tp != 0 && shape.tp % shape.ep != 0)
        errors.push_back({"inference.ep", "EP = " + text(shape.ep) + " and TP = " + text(shape.tp) +
                                              " do not nest: choose an ep that divides tp or is a multiple "
                                              "of it"});
    const int cluster_gpus = inferenceClusterGpus(plan);
    if (errors.empty() && shape.gpus() > cluster_gpus) {
        const std::string field = spec.pp > 0   ? "inference.pp"
                                  : spec.tp > 0 ? "inference.tp"
                                  : spec.ep > 0 ? "inference.ep"
                                                : "cluster.gpus";
        const int servers = (shape.gpus() + cluster.gpus_per_node - 1) / cluster.gpus_per_node;
        errors.push_back(
            {field, "a replica of " + inferenceShapeText(shape) + " needs " + text(shape.gpus()) + " GPUs (" +
                        text(servers) + " servers of " + text(cluster.gpus_per_node) + ")" +
                        (field == "cluster.gpus" ? ", the fewest that hold " + model.name + " in " +
                                                       std::string(precisionId(spec.precision))
                                                 : std::string()) +
                        "; the plan has " + text(cluster_gpus) + ": raise cluster.gpus to " +
                        text(servers * cluster.gpus_per_node) +
                        (field != "cluster.gpus"             ? ", or lower " + field.substr(10)
                         : spec.precision == Precision::Bf16 ? ", or use fp8 or a GPU with more memory"
                                                             : ", or use a GPU with more memory")});
    }
    const GpuType& gpu = cluster.gpu;
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
        const InferenceEstimate e = estimateAt(plan, shape, 1);
        if (e.fits && !meetsServingTargets(spec, e))
            errors.push_back(
                {"inference.slo", "no batch meets the latency targets on " + inferenceShapeText(shape) +
                                      ": one sequence alone takes " +
                                      formatQuantity(e.time_to_first_token_s, "s") +
                                      " to its first token and " + formatQuantity(e.decode_step_s, "s") +
                                      " per output token (targets " + servingTargetsText(spec.slo) +
                                      "): relax the targets, raise tp, use fp8 or a faster GPU"});
    }
    return errors;
}

namespace {

// Servers for `replicas` replicas of the estimate's shape.
std::int64_t serversFor(const InferenceEstimate& e, std::int64_t replicas) {
    return e.servers_per_replica > 1 ? replicas * e.servers_per_replica
                                     : (replicas + e.replicas_per_server - 1) / e.replicas_per_server;
}

int replicasFor(double demand, double per_replica) {
    return static_cast<int>(std::min(std::ceil(demand / per_replica), 1e9));
}

} // namespace

InferenceEstimate estimateInference(const Plan& plan, const InferenceShape& shape) {
    InferenceEstimate e = estimateWithBatch(plan, shape);
    const InferenceSpec& spec = plan.inference;
    if (e.disaggregated) {
        Plan aggregated = plan;
        aggregated.inference.disaggregated = false;
        const InferenceEstimate other = estimateWithBatch(aggregated, shape);
        DisaggregatedServing& d = *e.disaggregated;
        d.aggregated_tokens_per_s_per_gpu = other.fits ? other.tokens_per_s_per_gpu : 0;
        d.aggregated_meets_slo = other.fits && meetsServingTargets(spec, other);
        d.beats_aggregated =
            e.fits && meetsServingTargets(spec, e) &&
            (!d.aggregated_meets_slo || d.tokens_per_s_per_gpu > d.aggregated_tokens_per_s_per_gpu);
    }
    const ServingLoad& load = spec.load;
    const double demand =
        load.output_tokens_per_s > 0 ? load.output_tokens_per_s : load.requests_per_s * spec.output_tokens;
    if (demand > 0 && e.fits) {
        InferenceSizing& sizing = e.sizing.emplace();
        sizing.output_tokens_per_s = demand;
        if (e.disaggregated) {
            sizing.prefill_replicas =
                replicasFor(demand / spec.output_tokens, e.disaggregated->prefill_prompts_per_s_per_replica);
            sizing.decode_replicas = replicasFor(demand, e.tokens_per_s_per_replica);
            sizing.prefill_gpus = std::int64_t{sizing.prefill_replicas} * e.gpus_per_replica;
            sizing.decode_gpus = std::int64_t{sizing.decode_replicas} * e.gpus_per_replica;
            sizing.replicas = sizing.prefill_replicas + sizing.decode_replicas;
            sizing.servers = serversFor(e, sizing.prefill_replicas) + serversFor(e, sizing.decode_replicas);
        } else {
            sizing.replicas = replicasFor(demand, e.tokens_per_s_per_replica);
            sizing.servers = serversFor(e, sizing.replicas);
        }
        sizing.gpus = std::int64_t{sizing.replicas} * e.gpus_per_replica;
        sizing.power_kw = static_cast<double>(sizing.servers) * plan.cluster.server_max_watts / 1000;
    }
    return e;
}

InferenceEstimate estimateInference(const Plan& plan) {
    return estimateInference(plan, inferenceShape(plan));
}

std::string servingTargetsText(const ServingSlo& slo) {
    std::string text;
    if (slo.ttft_s > 0)
        text = "time to first token " + formatQuantity(slo.ttft_s, "s");
    if (slo.tpot_s > 0)
        text += (text.empty() ? "" : ", ") + std::string("time per output token ") +
                formatQuantity(slo.tpot_s, "s");
    return text.empty() ? "no targets" : text;
}

} // namespace cs
