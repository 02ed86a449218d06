#include "estimate/transformer_math.h"
#include "test_support.h"

namespace cs::test {
namespace {

ModelShape gpt3() {
    return {"GPT-3 175B", 96, 12288, 96, 96, 49152, false, 51200, 2048, 0, {}};
}

TEST(TransformerMath, Gpt3ParametersFollowNarayananEquationTwo) {
    const ModelShape model = gpt3();
    const double l = 96, h = 12288, V = 51200, s = 2048;
    const double narayanan = 12 * l * h * h * (1 + 13 / (12 * h) + (V + s) / (12 * l * h));
    EXPECT_NEAR(totalParameters(model), narayanan, narayanan * 1e-12);
    EXPECT_NEAR(totalParameters(model) / 1e9, 174.6, 0.1);
}

TEST(TransformerMath, ModelFlopsMatchNarayananEquationThree) {
    const ModelShape model = gpt3();
    const double B = 1536, s = 2048, l = 96, h = 12288, V = 51200;
    const double mfu_form = 72 * B * s * l * h * h * (1 + s / (6 * h) + V / (12 * l * h));
    const double hfu_form = 96 * B * s * l * h * h * (1 + s / (6 * h) + V / (16 * l * h));
    EXPECT_NEAR(modelFlopsPerIteration(model, B), mfu_form, mfu_form * 1e-12);
    EXPECT_NEAR(hardwareFlopsPerIteration(model, B, Recompute::Full), hfu_form, hfu_form * 1e-12);
    EXPECT_GT(hardwareFlopsPerIteration(model, B, Recompute::Selective), mfu_form);
    EXPECT_EQ(hardwareFlopsPerIteration(model, B, Recompute::None), modelFlopsPerIteration(model, B));
}

// A causal kernel computes each query against the keys at or before it: (s + 1) / 2 of the s keys the model
// FLOPs count (4*b*s^2*h for MHA).
TEST(TransformerMath, TheCausalAttentionCoreCountsTheKeysBeforeEachQuery) {
    const ModelShape model = gpt3();
    const double b = 2, s = 2048, h = 12288;
    const LayerFlops flops = layerForwardFlopsByPart(model, b, false);
    EXPECT_DOUBLE_EQ(flops.attention_core, 4 * b * s * s * h);
    EXPECT_DOUBLE_EQ(flops.attention_core_causal, 2 * b * s * (s + 1) * h);
    EXPECT_DOUBLE_EQ(flops.total(), layerForwardFlops(model, b)); // the causal part is not model FLOPs
}

TEST(TransformerMath, GqaAndGatedMlpCountTheirMatrices) {
    const ModelPreset& preset = *library().model("llama2-70b");
    ModelShape llama{preset.name,
                     preset.layers,
                     preset.hidden,
                     preset.heads,
                     preset.kv_heads,
                     preset.ffn_hidden,
                     preset.gated_mlp,
                     preset.vocab,
                     preset.seq_len,
                     0,
                     {}};
    EXPECT_NEAR(totalParameters(llama) / 1e9, 69.0, 0.5); // 70B class; the untied output layer is the rest
    ModelShape mha = llama;
    mha.kv_heads = mha.heads;
    EXPECT_GT(totalParameters(mha), totalParameters(llama));
    // r = 16 on every matrix: 16 * 80 * (2(h+h) + 2(h+h/8) + 3(h+ffn)) = 207M, 0.3% of the model.
    EXPECT_NEAR(loraParameters(llama, 16) / 1e6, 207.1, 0.1);
}

} // namespace
} // namespace cs::test
