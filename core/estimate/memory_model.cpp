#include "estimate/memory_model.h"

#include "estimate/pipeline_split.h"
#include "estimate/transformer_math.h"

#include <algorithm>
#include <vector>

namespace cs {

namespace {

// What each pipeline rank holds: its parameters, split into those sharded like the dense weights (over TP)
// and the routed experts (over EP x ETP), and its layers (the MoE ones among them).
struct StageContents {
    double dense = 0, experts = 0;
    int layers = 0, moe_layers = 0;
};

// Every rank's contents, in one pass over the layers: chunk g of the split runs on rank g % PP.
std::vector<StageContents> stageContents(const ModelShape& model, const Parallelism& par,
                                         const std::vector<int>& chunk_layers) {
    std::vector<StageContents> stages(static_cast<std::size_t>(par.pp));
    const double dense_layer = layerParameters(model);
    const double moe_layer = model.isMoe() ? moeLayerParameters(model) : 0;
    const double routed = model.isMoe() ? routedExpertParameters(model) : 0;
    int layer = 0;
    for (std::size_t g = 0; g < chunk_layers.size(); ++g) {
        StageContents& stage = stages[g % stages.size()];
        for (int i = 0; i < chunk_layers[g]; ++i, ++layer) {
            ++stage.layers;
            if (model.isMoeLayer(layer)) {
                ++stage.moe_layers;
                stage.dense += moe_layer - routed;
                stage.experts += routed;
            } else {
                stage.dense += dense_layer;
            }
        }
    }
    const double embedding = embeddingParameters(model) - outputLayerParameters(model);
    stages.front().dense += embedding;
    stages.back().dense +=
        model.features.untied_embeddings ? outputLayerParameters(model) : (par.pp > 1 ? embedding : 0);
    return stages;
}

} // namespace

double activationBytesPerLayer(const ModelShape& model, const Parallelism& par, bool moe_layer) {
    const double s = static_cast<double>(model.seq_len) / par.cp, b = par.micro_batch, h = model.hidden;
    const double a = model.heads, t = par.tp;
    const double sbh = s * b * h;
    const double sp_divisor = par.sequence_parallel ? t : 1;
    if (par.recompute == Recompute::Full)
        return 2 * sbh / sp_divisor;
    const MoeShape& moe = model.features.moe;
    const double width = moe_layer
                             ? moe.top_k * moe.expert_ffn_hidden +
                                   static_cast<double>(moe.shared_experts) * moe.shared_expert_ffn_hidden
                             : model.ffn_hidden;
    const double mlp = 3 + (model.gated_mlp ? 6 : 4) * width / h + (moe_layer ? 2.0 * moe.top_k : 0);
    const double split = 11 + 4 + mlp - 10; // the part of 34 that TP splits (24 for GPT)
    // Korthikanti Table 2: the attention scores, softmax and dropout mask, 5as/h per sbh, are not stored
    // when selective recompute recomputes them or FlashAttention never materialises them.
    const bool scores_stored = par.recompute == Recompute::None && !par.flash_attention;
    const double scores = scores_stored ? 5 * a * model.seq_len / h : 0;
    if (par.sequence_parallel)
        return sbh / t * (10 + split + scores);
    return sbh * (10 + split / t + scores / t);
}

double parametersPerGpu(const ModelShape& model, const Parallelism& par) {
    const PipelineSplit split =
        splitPipeline(model.layers, par.pp, par.vpp, par.first_stage_layers, par.last_stage_layers, nullptr);
    const StageContents first = stageContents(model, par, split.chunk_layers).front();
    return first.dense / par.tp + first.experts / (par.ep * par.etp);
}

MemoryPerGpu memoryPerGpu(const ModelShape& model, const Parallelism& par, double trainable_fraction,
                          double capacity_bytes) {
    const PipelineSplit split =
        splitPipeline(model.layers, par.pp, par.vpp, par.first_stage_layers, par.last_stage_layers, nullptr);
    // Megatron theoretical_memory_usage: the distributed optimizer keeps 12/d bytes per parameter; the
    // gradients of DP x CP replicas (of EDP replicas for the experts) are reduced together. FSDP shards the
    // weights and gradients too (Zhao et al. 2023, PyTorch FSDP §3), and keeps one layer unsharded at a time
    // (plus one prefetched).
    const double dense_shards = par.dp * static_cast<double>(par.cp);
    const double expert_shards = par.expertDp();
    const double p = par.pp, v = par.vpp;
    const double interleave_penalty = v > 1 ? 1 + (p - 1) / (p * v) : 1;
    Parallelism dense_layer = par;
    const double dense_act = activationBytesPerLayer(model, par, false);
    const double moe_act = model.isMoe() ? activationBytesPerLayer(model, par, true) : 0;
    const std::vector<StageContents> stages = stageContents(model, par, split.chunk_layers);
    MemoryPerGpu worst;
    for (int stage = 0; stage < par.pp; ++stage) {
        MemoryPerGpu memory;
        memory.stage = stage;
        memory.capacity_bytes = capacity_bytes;
        const StageContents& params = stages[static_cast<std::size_t>(stage)];
        const double dense = params.dense / par.tp, experts = params.experts / (par.ep * par.etp);
        memory.parameters = dense + experts;
        memory.trainable_parameters = memory.parameters * trainable_fraction;
        const double optimizer_dense = par.distributed_optimizer || par.fsdp ? dense_shards : 1;
        const double optimizer_experts = par.distributed_optimizer || par.fsdp ? expert_shards : 1;
        memory.optimizer_bytes = kOptimizerBytesPerParam * trainable_fraction *
                                 (dense / optimizer_dense + experts / optimizer_experts);
        if (par.fsdp) {
            const double sharded = dense / dense_shards + experts / expert_shards;
            const double layers = std::max(1, params.layers);
            const double working = 2 * memory.parameters / layers; // one layer in use, one prefetched
            memory.weights_bytes = kWeightBytesPerParam * (sharded + working);
            memory.gradients_bytes = kGradientBytesPerParam * trainable_fraction * (sharded + working);
        } else {
            memory.weights_bytes = kWeightBytesPerParam * memory.parameters;
            memory.gradients_bytes = kGradientBytesPerParam * memory.trainable_parameters;
        }
        // 1F1B: rank r holds p - r micro-batches in flight (at most m); the interleaved schedule holds
        // (1 + (p-1)/(p*v)) times more (Korthikanti §4.2.3, Megatron theoretical_memory_usage).
        memory.in_flight_micro_batches = std::min<double>(p - stage, par.microBatches());
        memory.activation_bytes_per_layer = dense_act;
        const double stored = (params.layers - params.moe_layers) * dense_act + params.moe_layers * moe_act;
        double activations = stored * memory.in_flight_micro_batches * interleave_penalty;
        if (par.recompute == Recompute::Full) {
            // The layer being recomputed needs its full activations once more (Korthikanti §4.2).
            dense_layer.recompute = Recompute::Selective;
            activations += activationBytesPerLayer(model, dense_layer, model.isMoe());
        }
        memory.activations_bytes = activations;
        if (stage == 0 || memory.totalBytes() > worst.totalBytes())
            worst = memory;
    }
    return worst;
}

} // namespace cs
