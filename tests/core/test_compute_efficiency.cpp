#include "estimate/compute_efficiency.h"
#include "estimate/transformer_math.h"
#include "test_support.h"

namespace cs::test {
namespace {

// GPT-3 175B on an H100, TP 8, one sequence of 2,048 tokens.
struct Layer {
    ModelShape model{"GPT-3 175B", 96, 12288, 96, 96, 49152, false, 51200, 2048, 0, {}};
    Parallelism par;
    const GpuType& gpu = *library().gpu("h100-sxm5-80gb");
    Layer() {
        par.tp = 8;
        par.recompute = Recompute::None;
    }
    LayerComputeTime time(bool flash) {
        par.flash_attention = flash;
        return layerComputeTime(model, par, gpu, true, kComputeCalibration);
    }
};

// Materialised scores: two batched GEMMs over every key at the GEMM rate, the backward twice the forward.
// FlashAttention: the causal part at kFlashAttentionEfficiencyRatio of that rate, the backward 2.5x the
// forward.
TEST(ComputeEfficiency, FlashAttentionRunsTheCausalPartAtItsOwnRate) {
    Layer layer;
    const LayerFlops flops = layerForwardFlopsByPart(layer.model, 1, false);
    const double rate = kComputeCalibration.tensor_core_efficiency * peakFlopsPerS(layer.gpu);
    const LayerComputeTime materialised = layer.time(false);
    const LayerComputeTime flash = layer.time(true);
    EXPECT_DOUBLE_EQ(materialised.attention_core_s, flops.attention_core / 8 / rate);
    EXPECT_DOUBLE_EQ(flash.attention_core_s,
                     flops.attention_core_causal / 8 / (kFlashAttentionEfficiencyRatio * rate));
    // The rest of the layer is the same GEMM work either way.
    EXPECT_NEAR(flash.tensor_s - (1 + kFlashBackwardFlopsPerForward) * flash.attention_core_s,
                materialised.tensor_s - 3 * materialised.attention_core_s, 1e-15);
    // Recompute reruns the forward of the core.
    layer.par.recompute = Recompute::Selective;
    EXPECT_NEAR(layer.time(true).tensor_s - flash.tensor_s, flash.attention_core_s, 1e-15);
}

// The core stays in bf16 when the linear layers run in fp8.
TEST(ComputeEfficiency, AttentionStaysInBf16WhenTheGemmsRunInFp8) {
    Layer layer;
    layer.par.flash_attention = true;
    const LayerComputeTime bf16 =
        layerComputeTime(layer.model, layer.par, layer.gpu, true, kComputeCalibration);
    const LayerComputeTime fp8 =
        layerComputeTime(layer.model, layer.par, layer.gpu, true, kComputeCalibration, Precision::Fp8);
    EXPECT_DOUBLE_EQ(fp8.attention_core_s, bf16.attention_core_s);
    EXPECT_LT(fp8.tensor_s, bf16.tensor_s);
}

} // namespace
} // namespace cs::test
