#include "estimate/memory_model.h"

#include "estimate/transformer_math.h"

#include <algorithm>

namespace cs {

double activationBytesPerLayer(const ModelShape& model, const Parallelism& par) {
    const double s = model.seq_len, b = par.micro_batch, h = model.hidden, a = model.heads, t = par.tp;
    const double sbh = s * b * h;
    const double sp_divisor = par.sequence_parallel ? t : 1;
    if (par.recompute == Recompute::Full)
        return 2 * sbh / sp_divisor;
    // Korthikanti Table 2: the attention scores, softmax and dropout mask, 5as/h per sbh, are not stored
    // when selective recompute recomputes them or FlashAttention never materialises them.
    const bool scores_stored = par.recompute == Recompute::None && !par.flash_attention;
    const double scores = scores_stored ? 5 * a * s / h : 0;
    if (par.sequence_parallel)
        return sbh / t * (34 + scores);
    return sbh * (10 + 24 / t + scores / t);
}

double parametersPerGpu(const ModelShape& model, const Parallelism& par) {
    const double layers_per_stage = static_cast<double>(model.layers) / par.pp;
    return (layers_per_stage * layerParameters(model) + embeddingParameters(model)) / par.tp;
}

MemoryPerGpu memoryPerGpu(const ModelShape& model, const Parallelism& par, double trainable_fraction,
                          double capacity_bytes) {
    MemoryPerGpu memory;
    memory.capacity_bytes = capacity_bytes;
    memory.parameters = parametersPerGpu(model, par);
    memory.trainable_parameters = memory.parameters * trainable_fraction;
    memory.weights_bytes = kWeightBytesPerParam * memory.parameters;
    memory.gradients_bytes = kGradientBytesPerParam * memory.trainable_parameters;
    // Megatron theoretical_memory_usage: the distributed optimizer keeps 12/d bytes per parameter.
    const double optimizer_shards = par.distributed_optimizer ? par.dp : 1;
    memory.optimizer_bytes = kOptimizerBytesPerParam * memory.trainable_parameters / optimizer_shards;

    memory.activation_bytes_per_layer = activationBytesPerLayer(model, par);
    // 1F1B: the first stage holds p micro-batches in flight (at most m); the interleaved schedule holds
    // (1 + (p-1)/(p*v)) times more (Korthikanti §4.2.3, Megatron theoretical_memory_usage).
    const double p = par.pp, v = par.vpp;
    memory.in_flight_micro_batches = std::min<double>(p, par.microBatches());
    const double interleave_penalty = v > 1 ? 1 + (p - 1) / (p * v) : 1;
    const double layers_per_stage = static_cast<double>(model.layers) / p;
    double activations = memory.activation_bytes_per_layer * layers_per_stage *
                         memory.in_flight_micro_batches * interleave_penalty;
    if (par.recompute == Recompute::Full) {
        // The layer being recomputed needs its full activations once more (Korthikanti §4.2).
        Parallelism stored = par;
        stored.recompute = Recompute::Selective;
        activations += activationBytesPerLayer(model, stored);
    }
    memory.activations_bytes = activations;
    return memory;
}

} // namespace cs
