#pragma once

#include <nlohmann/json_fwd.hpp>

namespace cs {

class JsonObjectReader;

// Mixture-of-experts MLPs (Shazeer et al. 2017; DeepSeek-V3, arXiv 2412.19437 §2.1.2): `experts` routed
// experts of `expert_ffn_hidden`, of which each token uses `top_k`, plus `shared_experts` that every token
// uses. The first `dense_layers` layers keep a dense MLP of the model's ffn_hidden; after them every
// `layer_freq`-th layer is a MoE layer (Llama 4 Maverick: 2). `routed_nodes_limit`: node-limited routing, the
// servers one token's experts may span (DeepSeek-V3: 4); 0 = no limit.
struct MoeShape {
    int experts = 0, top_k = 0, expert_ffn_hidden = 0;
    int shared_experts = 0, shared_expert_ffn_hidden = 0;
    int dense_layers = 0, layer_freq = 1;
    int routed_nodes_limit = 0;

    bool enabled() const { return experts > 0; }

    bool operator==(const MoeShape&) const = default;
};

// Multi-head latent attention (DeepSeek-V2, arXiv 2405.04434 §2.1): queries through a rank-q_lora_rank
// down/up projection (none when 0), keys and values through a shared latent of kv_lora_rank plus a
// decoupled RoPE key of qk_rope_head_dim.
struct MlaShape {
    int q_lora_rank = 0, kv_lora_rank = 0;
    int qk_nope_head_dim = 0, qk_rope_head_dim = 0, v_head_dim = 0;

    bool enabled() const { return kv_lora_rank > 0; }

    bool operator==(const MlaShape&) const = default;
};

// What a current decoder adds to the GPT shape: a head width of its own, an output layer not tied to the
// input embedding, sliding-window (or chunked) attention on all but every `full_attention_every`-th layer,
// MoE MLPs and MLA.
struct ModelFeatures {
    int head_dim = 0; // 0: hidden / heads
    bool untied_embeddings = false;
    int sliding_window = 0;       // tokens a windowed layer attends to; 0 = every layer attends to all
    int full_attention_every = 1; // with a window: every n-th layer attends to the whole sequence
    MoeShape moe;
    MlaShape mla;

    bool operator==(const ModelFeatures&) const = default;
};

// Reads the optional keys head_dim, untied_embeddings, sliding_window, full_attention_every and the objects
// moe {experts, top_k, expert_ffn_hidden, shared_experts, shared_expert_ffn_hidden, dense_layers,
// layer_freq, routed_nodes_limit} and mla {q_lora_rank, kv_lora_rank, qk_nope_head_dim, qk_rope_head_dim,
// v_head_dim}; each key given replaces the value in `features` (a preset's, for overrides). Throws an
// InputError naming the key when a value is out of range or the MoE or MLA shape is incomplete.
void readModelFeatures(JsonObjectReader& reader, ModelFeatures& features);

} // namespace cs
