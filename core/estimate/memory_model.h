#pragma once

#include "estimate/plan.h"

namespace cs {

// Memory one GPU of the most loaded pipeline stage needs during training.
struct MemoryPerGpu {
    int stage = 0;         // the pipeline rank these figures are for (the one that needs the most)
    double parameters = 0; // model parameters held by the GPU
    double trainable_parameters = 0;
    double weights_bytes = 0;
    double gradients_bytes = 0;
    double optimizer_bytes = 0;
    double activations_bytes = 0;
    double activation_bytes_per_layer = 0; // one micro-batch, one dense layer (Korthikanti Table 2)
    double in_flight_micro_batches = 0;    // micro-batches whose activations the stage holds
    double capacity_bytes = 0;

    double totalBytes() const {
        return weights_bytes + gradients_bytes + optimizer_bytes + activations_bytes;
    }
    bool fits() const { return totalBytes() <= capacity_bytes; }
    // How far the total exceeds the capacity; 0 when it fits.
    double overflowBytes() const { return fits() ? 0 : totalBytes() - capacity_bytes; }
};

// Bytes per parameter of mixed-precision Adam (Megatron theoretical_memory_usage): bf16 weights 2, fp32 main
// gradients 4, fp32 master weights + Adam m and v 12; the distributed optimizer shards the 12 over DP.
inline constexpr double kWeightBytesPerParam = 2;
inline constexpr double kGradientBytesPerParam = 4;
inline constexpr double kOptimizerBytesPerParam = 12;

// Activation bytes of one layer for one micro-batch, stored for the backward pass (Korthikanti et al. 2022
// Table 2): sbh(10 + 24/t + 5as/(ht)) with TP, (sbh/t)(34 + 5as/h) with TP+SP, the 5as/h term gone with
// selective recompute or FlashAttention, 2sbh (/t with SP) with full recompute. The 34 is attention 11,
// layer norms 4 and the MLP 19 = 3 + 4 x ffn/h; a gated MLP stores 6 x ffn/h, a MoE layer its top_k routed
// and shared experts' widths plus 2 x top_k for the dispatched tokens (docs/model.md §Memory). s is the
// GPU's share of the sequence, s/cp.
double activationBytesPerLayer(const ModelShape& model, const Parallelism& parallelism,
                               bool moe_layer = false);

// Parameters the first pipeline stage holds on one GPU: its layers and the embedding, split over TP (the
// routed experts over EP x ETP).
double parametersPerGpu(const ModelShape& model, const Parallelism& parallelism);

// `trainable_fraction`: the share of the parameters that train (1, or the LoRA adapters' share). Every stage
// of the pipeline split (pipeline_split.h) is counted with its own layers, embedding or output layer and the
// micro-batches it holds in flight; the stage that needs the most is returned.
MemoryPerGpu memoryPerGpu(const ModelShape& model, const Parallelism& parallelism, double trainable_fraction,
                          double capacity_bytes);

} // namespace cs
