#pragma once

#include "estimate/plan.h"

namespace cs {

// Parameter and FLOP counts of a decoder, generalised from GPT to GQA, gated (SwiGLU) MLPs, a head width of
// its own, MLA, sliding windows and mixture-of-experts MLPs by counting the weight matrices (docs/model.md
// §Parameters and FLOPs). A GEMM of n tokens through a k x m weight costs 2*n*k*m FLOPs.

// Weights of one layer's attention: Q and O (h x a*d), K and V (h x g*d); with MLA the query down/up
// projections, the shared KV latent and its up-projection, and O (DeepSeek-V2 §2.1).
double attentionWeights(const ModelShape& model);
// Weights of one routed expert, (2 or 3) x h x expert_ffn_hidden.
double expertParameters(const ModelShape& model);
// Parameters of a dense layer: attention, the MLP matrices (2 or 3 of h x ffn), biases and two layer norms.
// For MHA with ffn = 4h this is Narayanan eq. 2's 12h^2 + 13h.
double layerParameters(const ModelShape& model);
// Parameters of a MoE layer: attention, router (h x E), all routed and shared experts, norms.
double moeLayerParameters(const ModelShape& model);
// The part of moeLayerParameters held by the routed experts (split over EP x ETP, not TP).
double routedExpertParameters(const ModelShape& model);
// Token and position embeddings, (V + s) * h (Narayanan eq. 2, output layer tied to the input embedding);
// with untied embeddings (RoPE models) the input embedding and the output layer, 2 * V * h.
double embeddingParameters(const ModelShape& model);
// The output layer's weights that are not the input embedding: V * h when untied, else 0.
double outputLayerParameters(const ModelShape& model);
double totalParameters(const ModelShape& model);
// Parameters one token computes with: every layer's attention and dense MLP, the top_k routed and the shared
// experts of the MoE layers, and the output layer; not the input embedding, a lookup.
double activeParameters(const ModelShape& model);

// Keys a query at position seq_len attends to, averaged over the layers: seq_len, or the window on all but
// every full_attention_every-th layer; also the tokens a sequence of seq_len keeps in its KV cache per layer.
double averageKeys(const ModelShape& model);

// Forward FLOPs of one layer for a micro-batch of b sequences, by part.
struct LayerFlops {
    double attention_linear = 0; // QKV (or MLA) projections and the output projection
    double attention_core = 0;   // Q*K^T and scores*V over the keys a query sees (the window, if any)
    double mlp = 0;              // the dense MLP; in a MoE layer the shared experts and the router
    double experts = 0;          // the top_k routed experts of a MoE layer
    // The part of attention_core at or before each query: what a causal kernel computes. Not model FLOPs.
    double attention_core_causal = 0;

    double linear() const { return attention_linear + mlp + experts; }
    double total() const { return linear() + attention_core; }
};
// Attention core: 2*b*s*s_kv*a*(d_qk + d_v) with s_kv the keys a query sees, averaged over full and windowed
// layers; 4*b*s^2*h for MHA without windows (Megatron-LM num_floating_point_operations). Its causal part
// counts only the keys at or before each query: 2*b*s*(s + 1)*h for MHA without windows.
LayerFlops layerForwardFlopsByPart(const ModelShape& model, double micro_batch, bool moe_layer);
// Forward FLOPs of a dense layer: 4*b*s*h^2*[(1 + g/a + s/h) + (ffn/h)*k] with k = 3/2 for gated MLPs when
// head_dim = h/a (a third of Megatron's num_floating_point_operations per layer).
double layerForwardFlops(const ModelShape& model, double micro_batch);
// Forward FLOPs of the attention core of one layer.
double attentionCoreForwardFlops(const ModelShape& model, double micro_batch);
// Forward FLOPs of every layer (dense and MoE), without the output layer.
double layersForwardFlops(const ModelShape& model, double micro_batch);
// Forward FLOPs of the output (logit) layer: 2*b*s*h*V.
double logitForwardFlops(const ModelShape& model, double micro_batch);

// Model FLOPs of one iteration of B sequences (MFU basis, no recompute counted): 3 x the forward of every
// layer and the output layer; for GPT 12*B*s*L*h^2*[(1 + g/a + s/h) + (ffn/h)*k + V/(2*L*h)] — Megatron-LM
// num_floating_point_operations, equal to Narayanan eq. 3's 72*B*s*l*h^2*(1 + s/(6h) + V/(12lh)).
double modelFlopsPerIteration(const ModelShape& model, double global_batch);
// Hardware FLOPs (HFU basis): model FLOPs plus the forward recomputed — every layer's for full recompute
// (Narayanan eq. 3's 96 form), 12*b*s^2*h per layer for selective recompute (Korthikanti §5's
// 72*B*s*L*h^2*(1 + s/(3h) + V/(12*L*h))).
double hardwareFlopsPerIteration(const ModelShape& model, double global_batch, Recompute recompute);

// Trainable parameters of LoRA adapters of rank r on every weight matrix of every layer: r * (in + out) per
// matrix (Hu et al. 2021, LoRA §4); a MoE layer's MLP counted as one dense MLP of ffn_hidden.
double loraParameters(const ModelShape& model, int rank);

} // namespace cs
