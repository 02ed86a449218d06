#include "estimate/compute_efficiency.h"

#include "base/units.h"
#include "estimate/memory_model.h"
#include "estimate/transformer_math.h"

#include <algorithm>

namespace cs {

double peakFlopsPerS(const GpuType& gpu) {
    return gpu.bf16_dense_tflops * kTera;
}

double gemmPeakFlopsPerS(const GpuType& gpu, Precision precision) {
    switch (precision) {
    case Precision::Fp8:
    case Precision::Mxfp8:
        return gpu.fp8_dense_tflops ? *gpu.fp8_dense_tflops * kTera : peakFlopsPerS(gpu);
    case Precision::Nvfp4:
        return gpu.fp4_dense_tflops ? *gpu.fp4_dense_tflops * kTera : peakFlopsPerS(gpu);
    case Precision::Bf16:
        break;
    }
    return peakFlopsPerS(gpu);
}

double gemmEfficiencyRatio(Precision precision) {
    switch (precision) {
    case Precision::Fp8:
    case Precision::Mxfp8:
        return kFp8GemmEfficiencyRatio;
    case Precision::Nvfp4:
        return kFp4GemmEfficiencyRatio;
    case Precision::Bf16:
        break;
    }
    return 1;
}

double weightBytesPerParam(Precision precision) {
    switch (precision) {
    case Precision::Fp8:
    case Precision::Mxfp8:
        return 1;
    case Precision::Nvfp4:
        return 0.5 + 1.0 / 16; // 4-bit values and an fp8 scale per 16 (NVFP4)
    case Precision::Bf16:
        break;
    }
    return 2;
}

double hbmBytesPerS(const GpuType& gpu) {
    return gpu.memory_gbytes_per_s * kGiga;
}

LayerComputeTime layerComputeTime(const ModelShape& model, const Parallelism& par, const GpuType& gpu,
                                  bool trains_weights, const ComputeCalibration& calibration,
                                  Precision precision, bool moe_layer) {
    // The GPU's share: 1/(t*c) of every part (TP splits the heads and the MLP, CP the sequence; balanced
    // routing gives each GPU of the EP group the same expert tokens).
    const double shard = static_cast<double>(par.tp) * par.cp;
    const LayerFlops parts = layerForwardFlopsByPart(model, par.micro_batch, moe_layer);
    const double attention_core = parts.attention_core / shard;
    const double dense_linear = (parts.attention_linear + parts.mlp) / shard;
    const double experts = parts.experts / shard;
    const double linear = dense_linear + experts;
    // Backward = input gradients (the weight GEMMs once, the attention core twice: dQ, dK, dV) + weight
    // gradients (the weight GEMMs once); 2x the forward in total when the weights train.
    const double wgrad = trains_weights ? linear : 0;
    double passes = 3; // forward, input-gradient and weight-gradient passes over the layer's activations
    double linear_passes = 2 + (trains_weights ? 1 : 0);
    double core_forwards = 1; // the attention core's forward, again when recomputed
    if (par.recompute == Recompute::Full) {
        passes += 1;
        linear_passes += 1;
        core_forwards += 1;
    } else if (par.recompute == Recompute::Selective) {
        core_forwards += 1;
    }
    LayerComputeTime time;
    const double tensor_rate = calibration.tensor_core_efficiency * peakFlopsPerS(gpu);
    // Materialised scores (Megatron 2022): batched GEMMs over every key, the backward twice the forward.
    // FlashAttention: the causal part, at its own rate, the backward 2.5x the forward.
    const double core_forward_s = par.flash_attention ? parts.attention_core_causal / shard /
                                                            (kFlashAttentionEfficiencyRatio * tensor_rate)
                                                      : attention_core / tensor_rate;
    const double core_backward_per_forward = par.flash_attention ? kFlashBackwardFlopsPerForward : 2;
    const double gemm_rate = calibration.tensor_core_efficiency * gemmEfficiencyRatio(precision) *
                             gemmPeakFlopsPerS(gpu, precision);
    // Grouped GEMM of the local experts: each pass reads the experts' weights once, so a small per-expert
    // batch is bound by HBM (roofline, Williams et al. 2009).
    double expert_s = experts / gemm_rate;
    if (experts > 0) {
        const MoeShape& moe = model.features.moe;
        const double local_weights =
            static_cast<double>(moe.experts) / par.ep * expertParameters(model) / par.etp;
        expert_s = std::max(expert_s, local_weights * weightBytesPerParam(precision) / hbmBytesPerS(gpu));
    }
    time.tensor_s = core_forward_s * (core_forwards + core_backward_per_forward) +
                    dense_linear * linear_passes / gemm_rate + expert_s * linear_passes;
    time.wgrad_s = wgrad > 0 ? dense_linear / gemm_rate + expert_s : 0;
    time.forward_s = core_forward_s + dense_linear / gemm_rate + expert_s;
    time.attention_core_s = core_forward_s;
    // The traffic follows what the layer stores without recompute (Korthikanti Table 2), once per pass.
    Parallelism stored = par;
    stored.recompute = Recompute::None;
    time.memory_s = calibration.activation_traffic_per_stored_byte *
                    activationBytesPerLayer(model, stored, moe_layer) * passes / 3 / hbmBytesPerS(gpu);
    time.overhead_s = calibration.layer_pass_overhead_s * passes;
    return time;
}

double logitComputeSeconds(const ModelShape& model, const Parallelism& par, const GpuType& gpu,
                           const ComputeCalibration& calibration) {
    return 3 * logitForwardFlops(model, par.micro_batch) / (par.tp * static_cast<double>(par.cp)) /
           (calibration.tensor_core_efficiency * peakFlopsPerS(gpu));
}

} // namespace cs
