#include "estimate/transformer_math.h"

namespace cs {

namespace {

// Megatron-LM num_floating_point_operations: a SwiGLU MLP has three ffn x h matrices instead of two.
double gatedMultiplier(const ModelShape& model) {
    return model.gated_mlp ? 1.5 : 1.0;
}

double kvRatio(const ModelShape& model) {
    return static_cast<double>(model.kv_heads) / model.heads;
}

} // namespace

double layerParameters(const ModelShape& model) {
    const double h = model.hidden, ffn = model.ffn_hidden;
    const double attention_weights = 2 * h * h + 2 * h * h * kvRatio(model);
    const double mlp_weights = (model.gated_mlp ? 3 : 2) * h * ffn;
    // Narayanan eq. 2's 13h: QKV and output biases, the two MLP biases, two layer norms (weight and bias).
    const double biases_and_norms = h * (1 + 2 * kvRatio(model)) + h + ffn + h + 4 * h;
    return attention_weights + mlp_weights + biases_and_norms;
}

double embeddingParameters(const ModelShape& model) {
    return (static_cast<double>(model.vocab) + model.seq_len) * model.hidden;
}

double totalParameters(const ModelShape& model) {
    return model.layers * layerParameters(model) + embeddingParameters(model);
}

double layerForwardFlops(const ModelShape& model, double micro_batch) {
    const double h = model.hidden, s = model.seq_len;
    const double attention = 1 + kvRatio(model) + s / h;
    const double mlp = model.ffn_hidden / h * gatedMultiplier(model);
    return 4 * micro_batch * s * h * h * (attention + mlp);
}

double attentionCoreForwardFlops(const ModelShape& model, double micro_batch) {
    const double s = model.seq_len;
    return 4 * micro_batch * s * s * model.hidden;
}

double logitForwardFlops(const ModelShape& model, double micro_batch) {
    return 2 * micro_batch * static_cast<double>(model.seq_len) * model.hidden * model.vocab;
}

double modelFlopsPerIteration(const ModelShape& model, double global_batch) {
    // Forward + backward = 3 forward passes (the backward computes input and weight gradients).
    return 3 *
           (model.layers * layerForwardFlops(model, global_batch) + logitForwardFlops(model, global_batch));
}

double hardwareFlopsPerIteration(const ModelShape& model, double global_batch, Recompute recompute) {
    const double model_flops = modelFlopsPerIteration(model, global_batch);
    switch (recompute) {
    case Recompute::Full:
        return model_flops + model.layers * layerForwardFlops(model, global_batch);
    case Recompute::Selective:
        return model_flops + model.layers * attentionCoreForwardFlops(model, global_batch);
    case Recompute::None:
        break;
    }
    return model_flops;
}

} // namespace cs

namespace cs {

double loraParameters(const ModelShape& model, int rank) {
    const double h = model.hidden, ffn = model.ffn_hidden, kv = h * model.kv_heads / model.heads;
    const double attention = 2 * (h + h) + 2 * (h + kv); // Q, O, K, V
    const double mlp = (model.gated_mlp ? 3 : 2) * (h + ffn);
    return static_cast<double>(rank) * model.layers * (attention + mlp);
}

} // namespace cs
