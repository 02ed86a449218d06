#pragma once

#include "estimate/plan.h"

#include <cstdint>
#include <optional>
#include <string>

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

// The replicas, servers and GPUs a serving load needs at the estimate's throughput per replica.
struct InferenceSizing {
    double output_tokens_per_s = 0; // the load: requests/s x output tokens, or as given
    int replicas = 0;
    std::int64_t servers = 0, gpus = 0;
    double power_kw = 0; // the servers at their catalog maximum
};

// Every number of an inference estimate for one model replica of TP GPUs inside one server, serving with
// continuous batching (docs/model.md §Inference): `batch` sequences in flight, one output token each per
// iteration, the prefill of new requests riding along in chunks.
struct InferenceEstimate {
    int tp = 1;
    bool tp_over_nvlink = false;
    double bytes_per_param = 2;    // weights: 2 bf16, 1 fp8, 0.5625 nvfp4 (with its scales)
    double kv_bytes_per_value = 2; // KV cache
    double parameters = 0;
    int context_tokens = 0;  // prompt + output
    int batch = 1;           // sequences in flight per replica: the plan's, or the best ("max")
    std::string batch_limit; // what set it: "the plan", "memory" or "the latency targets"

    double weights_bytes_per_gpu = 0;
    double kv_bytes_per_token_per_gpu = 0; // all layers, one sequence
    double kv_bytes_per_gpu = 0;           // the batch at full context
    double capacity_bytes = 0;             // one GPU
    double usable_bytes = 0;               // x kInferenceMemoryShare
    bool fits = false;
    int max_batch = 0; // largest batch whose KV cache fits beside the weights at full context

    double prefill_flops_per_gpu = 0; // one prompt
    double prefill_compute_s = 0, prefill_memory_s = 0, prefill_tp_s = 0;
    double time_to_first_token_s = 0; // the prompt's prefill alone, then the iteration it joins

    double decode_bytes_per_gpu = 0; // weights read + KV at the mean context, per iteration
    double decode_memory_s = 0, decode_compute_s = 0, decode_tp_s = 0;
    double decode_step_s = 0;     // one iteration = the time per output token
    double tp_bytes_per_step = 0; // 2 all-reduces per layer of the iteration's tokens x h x 2 bytes
    double tp_bus_bytes_per_s = 0;

    int replicas_per_server = 1;
    double request_s = 0;               // time to first token + the remaining output tokens
    double tokens_per_s_per_server = 0; // output tokens
    double tokens_per_s_per_gpu = 0;
    int servers = 1;
    int replicas = 1;                      // on the plan's servers
    double tokens_per_s = 0;               // the whole cluster
    std::optional<InferenceSizing> sizing; // with a load in the plan
};

// The TP the plan asks for; for a fixed batch the smallest power of two within one server at which it fits
// (the largest valid one when none fits); for "max" the one with the most output tokens/s per GPU within
// memory and the latency targets.
int inferenceTp(const Plan& plan);

// What stops the inference plan: TP beyond a server, heads % TP, fp8 or nvfp4 on a GPU without it, a
// context beyond the model's, latency targets that not even one sequence alone meets.
std::vector<PlanError> checkInferencePlan(const Plan& plan);

// The GEMM peak the plan's precision runs at on its GPU (bf16 when the GPU lacks the format).
double inferencePeakFlopsPerS(const Plan& plan);

// Estimates a plan of scenario inference whose checkInferencePlan() is empty.
InferenceEstimate estimateInference(const Plan& plan);

} // namespace cs
