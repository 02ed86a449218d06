#include "estimate/transformer_math.h"

#include <algorithm>

namespace cs {

namespace {

double mlpMatrices(const ModelShape& model) {
    return model.gated_mlp ? 3 : 2;
}

double queryWidth(const ModelShape& model) {
    return static_cast<double>(model.heads) * model.headDim();
}

double kvWidth(const ModelShape& model) {
    return static_cast<double>(model.kv_heads) * model.headDim();
}

// Biases of QKV, the projection and the dense MLP, and two layer norms (Narayanan eq. 2's 13h for GPT).
double biasesAndNorms(const ModelShape& model, bool dense_mlp) {
    const double h = model.hidden;
    const double mlp_biases = dense_mlp ? model.ffn_hidden + h : 0;
    if (model.features.mla.enabled())
        return mlp_biases + 4 * h;
    return queryWidth(model) + 2 * kvWidth(model) + h + mlp_biases + 4 * h;
}

double sharedExpertParameters(const ModelShape& model) {
    const MoeShape& moe = model.features.moe;
    return moe.shared_experts * mlpMatrices(model) * model.hidden * moe.shared_expert_ffn_hidden;
}

double routerParameters(const ModelShape& model) {
    return static_cast<double>(model.hidden) * model.features.moe.experts;
}

// Keys a query attends to under the causal mask, averaged over the positions: query i (1-based) sees min(i,
// w) keys, (s + 1)/2 on average without a window; averaged over full and windowed layers like averageKeys.
double averageCausalKeys(const ModelShape& model) {
    const ModelFeatures& f = model.features;
    const double s = model.seq_len;
    auto causal = [s](double window) { return (window * (window + 1) / 2 + (s - window) * window) / s; };
    if (f.sliding_window <= 0)
        return causal(s);
    const double windowed_share = static_cast<double>(f.full_attention_every - 1) / f.full_attention_every;
    return windowed_share * causal(std::min<double>(s, f.sliding_window)) + (1 - windowed_share) * causal(s);
}

int denseLayers(const ModelShape& model) {
    return model.layers - model.moeLayers();
}

} // namespace

double averageKeys(const ModelShape& model) {
    const ModelFeatures& f = model.features;
    const double s = model.seq_len;
    if (f.sliding_window <= 0)
        return s;
    const double windowed_share = static_cast<double>(f.full_attention_every - 1) / f.full_attention_every;
    return windowed_share * std::min<double>(s, f.sliding_window) + (1 - windowed_share) * s;
}

double attentionWeights(const ModelShape& model) {
    const double h = model.hidden, a = model.heads;
    const MlaShape& mla = model.features.mla;
    if (mla.enabled()) {
        const double qk_head = mla.qk_nope_head_dim + mla.qk_rope_head_dim;
        const double query =
            mla.q_lora_rank > 0 ? h * mla.q_lora_rank + mla.q_lora_rank * a * qk_head : h * a * qk_head;
        const double kv = h * (mla.kv_lora_rank + mla.qk_rope_head_dim) +
                          mla.kv_lora_rank * a * (mla.qk_nope_head_dim + mla.v_head_dim);
        return query + kv + a * mla.v_head_dim * h + mla.q_lora_rank + mla.kv_lora_rank;
    }
    return 2 * h * queryWidth(model) + 2 * h * kvWidth(model);
}

double expertParameters(const ModelShape& model) {
    return mlpMatrices(model) * model.hidden * model.features.moe.expert_ffn_hidden;
}

double layerParameters(const ModelShape& model) {
    return attentionWeights(model) + mlpMatrices(model) * model.hidden * model.ffn_hidden +
           biasesAndNorms(model, true);
}

double routedExpertParameters(const ModelShape& model) {
    return model.features.moe.experts * expertParameters(model);
}

double moeLayerParameters(const ModelShape& model) {
    return attentionWeights(model) + routerParameters(model) + routedExpertParameters(model) +
           sharedExpertParameters(model) + biasesAndNorms(model, false);
}

double embeddingParameters(const ModelShape& model) {
    const double vocab = model.vocab;
    if (model.features.untied_embeddings)
        return 2 * vocab * model.hidden;
    return (vocab + model.seq_len) * model.hidden;
}

double outputLayerParameters(const ModelShape& model) {
    return model.features.untied_embeddings ? static_cast<double>(model.vocab) * model.hidden : 0;
}

double totalParameters(const ModelShape& model) {
    const double moe_layers = model.moeLayers();
    return denseLayers(model) * layerParameters(model) +
           (moe_layers > 0 ? moe_layers * moeLayerParameters(model) : 0) + embeddingParameters(model);
}

double activeParameters(const ModelShape& model) {
    const MoeShape& moe = model.features.moe;
    const double idle_experts = moe.enabled() ? (moe.experts - moe.top_k) * expertParameters(model) : 0;
    const double input_embedding = static_cast<double>(model.vocab) * model.hidden;
    return totalParameters(model) - model.moeLayers() * idle_experts - input_embedding;
}

LayerFlops layerForwardFlopsByPart(const ModelShape& model, double micro_batch, bool moe_layer) {
    const double tokens = micro_batch * model.seq_len, h = model.hidden;
    const MlaShape& mla = model.features.mla;
    const double qk_head = mla.enabled() ? mla.qk_nope_head_dim + mla.qk_rope_head_dim : model.headDim();
    const double v_head = mla.enabled() ? mla.v_head_dim : model.headDim();
    LayerFlops flops;
    flops.attention_linear = 2 * tokens * attentionWeights(model);
    const double per_key = 2 * tokens * model.heads * (qk_head + v_head);
    flops.attention_core = per_key * averageKeys(model);
    flops.attention_core_causal = per_key * averageCausalKeys(model);
    if (moe_layer) {
        const MoeShape& moe = model.features.moe;
        flops.mlp = 2 * tokens * (sharedExpertParameters(model) + routerParameters(model));
        flops.experts = 2 * tokens * moe.top_k * expertParameters(model);
    } else {
        flops.mlp = 2 * tokens * mlpMatrices(model) * h * model.ffn_hidden;
    }
    return flops;
}

double layerForwardFlops(const ModelShape& model, double micro_batch) {
    return layerForwardFlopsByPart(model, micro_batch, false).total();
}

double attentionCoreForwardFlops(const ModelShape& model, double micro_batch) {
    return layerForwardFlopsByPart(model, micro_batch, false).attention_core;
}

double layersForwardFlops(const ModelShape& model, double micro_batch) {
    const int moe_layers = model.moeLayers();
    const double moe =
        moe_layers > 0 ? moe_layers * layerForwardFlopsByPart(model, micro_batch, true).total() : 0;
    return denseLayers(model) * layerForwardFlops(model, micro_batch) + moe;
}

double logitForwardFlops(const ModelShape& model, double micro_batch) {
    return 2 * micro_batch * static_cast<double>(model.seq_len) * model.hidden * model.vocab;
}

double modelFlopsPerIteration(const ModelShape& model, double global_batch) {
    // Forward + backward = 3 forward passes (the backward computes input and weight gradients).
    return 3 * (layersForwardFlops(model, global_batch) + logitForwardFlops(model, global_batch));
}

double hardwareFlopsPerIteration(const ModelShape& model, double global_batch, Recompute recompute) {
    const double model_flops = modelFlopsPerIteration(model, global_batch);
    switch (recompute) {
    case Recompute::Full:
        return model_flops + layersForwardFlops(model, global_batch);
    case Recompute::Selective:
        // Korthikanti et al. 2022 §5: 72*B*s*L*h^2*(1 + s/(3h) + ...) against the model's (1 + s/(6h) + ...):
        // 12*B*s^2*h per layer, three times the attention core's forward.
        return model_flops + 3 * model.layers * attentionCoreForwardFlops(model, global_batch);
    case Recompute::None:
        break;
    }
    return model_flops;
}

double loraParameters(const ModelShape& model, int rank) {
    const double h = model.hidden, ffn = model.ffn_hidden, q = queryWidth(model), kv = kvWidth(model);
    const double attention = (h + q) + (q + h) + 2 * (h + kv); // Q, O, K, V
    const double mlp = mlpMatrices(model) * (h + ffn);
    return static_cast<double>(rank) * model.layers * (attention + mlp);
}

} // namespace cs
