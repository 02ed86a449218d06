#include "model/model_features.h"

#include "io/json_reader.h"

#include <nlohmann/json.hpp>
#include <string>
#include <utility>

namespace cs {

namespace {

constexpr int kMaxWidth = 10'000'000;

void readInt(JsonObjectReader& reader, const char* key, int min, int max, int& into) {
    if (auto value = reader.optionalInteger(key, min, max))
        into = static_cast<int>(*value);
}

void readMoe(JsonObjectReader& top, MoeShape& moe) {
    const nlohmann::json* object = top.optionalObject("moe");
    if (!object)
        return;
    JsonObjectReader reader(*object, top.pathOf("moe"));
    readInt(reader, "experts", 1, 65536, moe.experts);
    readInt(reader, "top_k", 1, 65536, moe.top_k);
    readInt(reader, "expert_ffn_hidden", 1, kMaxWidth, moe.expert_ffn_hidden);
    readInt(reader, "shared_experts", 0, 65536, moe.shared_experts);
    readInt(reader, "shared_expert_ffn_hidden", 0, kMaxWidth, moe.shared_expert_ffn_hidden);
    readInt(reader, "dense_layers", 0, 1'000'000, moe.dense_layers);
    readInt(reader, "layer_freq", 1, 1'000'000, moe.layer_freq);
    readInt(reader, "routed_nodes_limit", 0, 65536, moe.routed_nodes_limit);
    if (moe.experts == 0)
        reader.fail("experts", "missing (a MoE model names its routed experts)");
    if (moe.top_k == 0 || moe.top_k > moe.experts)
        reader.fail("top_k", "give the experts per token, 1 to experts = " + std::to_string(moe.experts));
    if (moe.expert_ffn_hidden == 0)
        reader.fail("expert_ffn_hidden", "missing (the width of one expert's MLP)");
    if (moe.shared_experts > 0 && moe.shared_expert_ffn_hidden == 0)
        moe.shared_expert_ffn_hidden = moe.expert_ffn_hidden;
    reader.finish();
}

void readMla(JsonObjectReader& top, MlaShape& mla) {
    const nlohmann::json* object = top.optionalObject("mla");
    if (!object)
        return;
    JsonObjectReader reader(*object, top.pathOf("mla"));
    readInt(reader, "q_lora_rank", 0, kMaxWidth, mla.q_lora_rank);
    readInt(reader, "kv_lora_rank", 1, kMaxWidth, mla.kv_lora_rank);
    readInt(reader, "qk_nope_head_dim", 1, kMaxWidth, mla.qk_nope_head_dim);
    readInt(reader, "qk_rope_head_dim", 0, kMaxWidth, mla.qk_rope_head_dim);
    readInt(reader, "v_head_dim", 1, kMaxWidth, mla.v_head_dim);
    const std::pair<const char*, int> required[] = {{"kv_lora_rank", mla.kv_lora_rank},
                                                    {"qk_nope_head_dim", mla.qk_nope_head_dim},
                                                    {"v_head_dim", mla.v_head_dim}};
    for (const auto& [key, value] : required)
        if (value == 0)
            reader.fail(key, "missing (multi-head latent attention needs it)");
    reader.finish();
}

} // namespace

void readModelFeatures(JsonObjectReader& reader, ModelFeatures& features) {
    readInt(reader, "head_dim", 1, 65536, features.head_dim);
    if (reader.has("untied_embeddings"))
        features.untied_embeddings = reader.boolean("untied_embeddings");
    readInt(reader, "sliding_window", 0, 100'000'000, features.sliding_window);
    readInt(reader, "full_attention_every", 1, 1'000'000, features.full_attention_every);
    readMoe(reader, features.moe);
    readMla(reader, features.mla);
}

} // namespace cs
