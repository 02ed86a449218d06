#pragma once

#include "estimate/plan.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cs {

// Decode streams the weights and the KV cache from HBM once per step. Published decode benchmarks reach
// 55-85% of peak HBM bandwidth at small batches (Databricks 2023, "LLM Inference Performance Engineering:
// Best Practices", model bandwidth utilisation of MPT-7B/Llama 2 on A100 and H100, up to ~72% at batch 1;
// vLLM and TensorRT-LLM decode kernels around 80%). Unverified here: the figures are quoted from memory of
// those publications, not re-measured or re-read for this repository.
inline constexpr double kDecodeHbmEfficiency = 0.75;
// Share of GPU memory an inference server hands to weights and KV cache (vLLM gpu_memory_utilization default
// 0.9); the rest is activations, CUDA graphs and the allocator.
inline constexpr double kInferenceMemoryShare = 0.9;
// Assumption (unverified): the fixed cost of one small TP all-reduce inside a server, the order of nccl-tests
// small-message all-reduce times over NVSwitch; it dominates decode's few-KB collectives.
inline constexpr double kTpAllReduceLatencySeconds = 10e-6;
// Activations between layers stay bf16 with fp8 weights (TensorRT-LLM and vLLM fp8 keep bf16 residuals).
inline constexpr double kInferenceActivationBytes = 2;
// Assumption (unverified): the fixed cost of one small message between servers (a pipeline stage hand-off,
// one EP dispatch or combine beyond NVLink), the order of NCCL send/receive latency over InfiniBand.
inline constexpr double kFabricMessageLatencySeconds = 20e-6;
// The replica shapes the estimator searches when the plan leaves tp, pp or ep open: powers of two up to these
// (TP 64 spans 8 HGX servers over the fabric; PP 16 stages; a replica of at most 1,024 GPUs).
inline constexpr int kInferenceMaxTp = 64;
inline constexpr int kInferenceMaxPp = 16;
inline constexpr int kInferenceMaxReplicaGpus = 1024;

// The GPUs of one model replica: pp pipeline stages of max(tp, ep) GPUs each. Attention and the dense layers
// are split over TP; the routed experts over EP (each expert split further over tp / ep GPUs when EP < TP);
// when EP > TP the stage runs ep / tp attention groups data-parallel (DeepSeek-V3 §3.4 serving layout).
struct InferenceShape {
    int tp = 1, pp = 1, ep = 1;
    int stageGpus() const { return tp > ep ? tp : ep; }
    int attentionGroups() const { return stageGpus() / tp; }
    int gpus() const { return stageGpus() * pp; }
    bool operator==(const InferenceShape&) const = default;
};

// "TP 8 x PP 2, EP 16".
std::string inferenceShapeText(const InferenceShape& shape);
// The latency targets in words: "time to first token 2 s, time per output token 200 ms", or "no targets".
std::string servingTargetsText(const ServingSlo& slo);

// The link a collective of the replica runs on.
enum class InferenceLink : std::uint8_t { None, Nvlink, Pcie, Fabric };
std::string_view inferenceLinkId(InferenceLink link); // "none", "nvlink", "pcie", "fabric"

// The replicas, servers and GPUs a serving load needs at the estimate's throughput per replica.
// With disaggregated serving the replicas, GPUs and servers are the two pools' sums.
struct InferenceSizing {
    double output_tokens_per_s = 0; // the load: requests/s x output tokens, or as given
    int replicas = 0;
    std::int64_t servers = 0, gpus = 0;
    double power_kw = 0;           // the servers at their catalog maximum
    int prefill_replicas = 0;      // disaggregated: the prefill pool
    std::int64_t prefill_gpus = 0; //
    int decode_replicas = 0;       // disaggregated: the decode pool
    std::int64_t decode_gpus = 0;  //
};

// Disaggregated serving (Zhong et al. 2024, DistServe; Patel et al. 2024, Splitwise): prompts run on a
// prefill pool, their KV cache crosses the fabric to a decode pool that only decodes. Both pools use the
// estimate's replica shape; the estimate's decode figures are the decode pool's, its TTFT includes the KV
// transfer.
struct DisaggregatedServing {
    double prefill_prompts_per_s_per_replica = 0; // back-to-back prompts, stages pipelined
    double prefill_prompts_per_s_per_gpu = 0;
    double decode_tokens_per_s_per_gpu = 0;
    double kv_transfer_bytes_per_gpu = 0; // one prompt's KV cache, per GPU of the prefill replica
    double kv_transfer_s = 0;
    double prefill_gpus_per_decode_gpu = 0; // the pools' ratio at any load
    double tokens_per_s_per_gpu = 0;        // output tokens over both pools' GPUs
    // Aggregated serving (chunked prefill) at the same shape and targets.
    double aggregated_tokens_per_s_per_gpu = 0;
    bool aggregated_meets_slo = false;
    bool beats_aggregated = false; // meets the targets with more tokens/s per GPU (or aggregated misses)
};

// Every number of an inference estimate for one model replica (tp x pp x ep, docs/model.md §Inference),
// serving with continuous batching: `batch` sequences in flight, one output token each per iteration, the
// prefill of new requests riding along in chunks (aggregated) or on a prefill pool (disaggregated). Times
// per stage are for one micro-batch of batch / pp sequences on one stage.
struct InferenceEstimate {
    int tp = 1, pp = 1, ep = 1;
    int gpus_per_replica = 1;
    int servers_per_replica = 1; // servers the replica's GPUs span
    bool tp_over_nvlink = false;
    InferenceLink tp_link = InferenceLink::None;
    InferenceLink stage_link = InferenceLink::None; // the pipeline hand-off
    double bytes_per_param = 2;                     // weights: 2 bf16, 1 fp8, 0.5625 nvfp4 (with its scales)
    double kv_bytes_per_value = 2;                  // KV cache
    double parameters = 0;
    int context_tokens = 0;  // prompt + output
    int batch = 1;           // sequences in flight per replica: the plan's, or the best ("max")
    std::string batch_limit; // what set it: "the plan", "memory" or "the latency targets"

    double weights_bytes_per_gpu = 0;
    double kv_bytes_per_token_per_gpu = 0; // the GPU's stage's layers, one sequence
    double kv_bytes_per_gpu = 0;           // the batch (of its attention group) at full context
    double capacity_bytes = 0;             // one GPU
    double usable_bytes = 0;               // x kInferenceMemoryShare
    bool fits = false;
    int max_batch = 0; // largest batch whose KV cache fits beside the weights at full context

    double prefill_flops_per_gpu = 0; // one prompt
    // One prompt alone through all stages in sequence.
    double prefill_compute_s = 0, prefill_memory_s = 0, prefill_tp_s = 0, prefill_ep_s = 0, prefill_pp_s = 0;
    double time_to_first_token_s = 0; // the prompt's prefill alone, then the iteration it joins

    double decode_bytes_per_gpu = 0; // weights read + KV at the mean context, per stage iteration
    double decode_memory_s = 0, decode_compute_s = 0, decode_tp_s = 0, decode_ep_s = 0; // per stage
    double decode_stage_s = 0;    // max(memory, compute) + TP + EP: one stage, one micro-batch
    double decode_pp_s = 0;       // (pp - 1) stage hand-offs per token
    double decode_step_s = 0;     // pp x stage + hand-offs = the time per output token
    double tp_bytes_per_step = 0; // 2 all-reduces per layer of the iteration's tokens x h x 2 bytes
    double tp_bus_bytes_per_s = 0;
    double ep_bytes_per_step = 0; // dispatch + combine per GPU, every MoE layer of its stage
    double stage_bytes_per_s = 0; // the hand-off's bandwidth per GPU

    int replicas_per_server = 1; // 1 when the replica spans servers
    double request_s = 0;        // time to first token + the remaining output tokens
    double tokens_per_s_per_replica = 0;
    double tokens_per_s_per_server = 0; // output tokens
    double tokens_per_s_per_gpu = 0;
    int servers = 1;
    int replicas = 1;                                  // on the plan's servers
    double tokens_per_s = 0;                           // the whole cluster
    std::optional<InferenceSizing> sizing;             // with a load in the plan
    std::optional<DisaggregatedServing> disaggregated; // with inference.disaggregated
};

// The tokens a sequence of `context` tokens keeps in its KV cache, averaged over the layers: a windowed layer
// keeps its window only (averageKeys of transformer_math.h).
double inferenceKeysHeld(const ModelShape& model, double context);

// The GPUs the plan serves on: its servers, at least one.
int inferenceClusterGpus(const Plan& plan);

// The replica shape: the plan's tp, pp and ep where given; the rest chosen among powers of two within the
// plan's GPUs (or, when no shape fits there, up to kInferenceMaxReplicaGpus, so that the plan's error can
// say what it needs). For a fixed batch the fewest GPUs at which it fits; for "max" the most output tokens/s
// per GPU within memory and the latency targets.
InferenceShape inferenceShape(const Plan& plan);
int inferenceTp(const Plan& plan); // inferenceShape(plan).tp
// Every shape with the plan's fixed degrees and at most `max_gpus` GPUs: TP (powers of two) splitting the
// heads and filling whole servers beyond one, PP up to the layers (one stage when the plan fixes tp alone),
// EP dividing the experts, TP and EP nesting (one divides the other). Ordered by GPUs, then TP on the
// faster link, then fewer stages.
std::vector<InferenceShape> inferenceShapes(const Plan& plan, int max_gpus);

// What stops the inference plan: heads % TP, pp beyond the layers, ep on a dense model or not dividing the
// experts, tp and ep not nesting, a replica beyond the plan's GPUs, fp8 or nvfp4 on a GPU without it, a
// context beyond the model's, latency targets that not even one sequence alone meets.
std::vector<PlanError> checkInferencePlan(const Plan& plan);

// Whether an estimate meets the plan's latency targets.
bool meetsServingTargets(const InferenceSpec& spec, const InferenceEstimate& estimate);

// The GEMM peak the plan's precision runs at on its GPU (bf16 when the GPU lacks the format).
double inferencePeakFlopsPerS(const Plan& plan);

// Estimates a plan of scenario inference whose checkInferencePlan() is empty.
InferenceEstimate estimateInference(const Plan& plan);
// The same at a given shape (the sweep's entry).
InferenceEstimate estimateInference(const Plan& plan, const InferenceShape& shape);

} // namespace cs
