#pragma once

#include "estimate/plan.h"

namespace cs {

// How long a GPU computes one transformer layer. Not a constant efficiency: a roofline-style sum of
//   tensor-core time   FLOPs / (tensor_core_efficiency * peak bf16); FlashAttention's FLOPs at its own rate,
//   activation traffic activation_traffic_per_stored_byte * (activation bytes of the layer) / HBM bandwidth
//                      (layer norms, GeLU, dropout, softmax and residual adds stream what the layer stores),
//   kernel overhead    layer_pass_overhead_s per layer pass (launches and tails of ~30 kernels),
// so that small hidden sizes, small h/t and small micro-batches lose efficiency the way the measurements do,
// and a GPU's HBM bandwidth and peak set its balance point.
//
// Fitted on this C++ model itself (estimateTraining), on all 17 measurements of
// tests/core/data/calibration.json together (A100: s/iter of the four Korthikanti Table 5 models with full
// and with selective recompute; H100: model TFLOP/s of the nine Megatron-Core weak-scaling models); never per
// run. Method: exhaustive search of the grid below (efficiency 0.50-1.00 by 0.01, traffic 0-60 by 2, overhead
// 0-1000 us by 25 us) for the smallest sum of squared relative errors among the points that keep every row
// within 10%: 0.72, 10, 250 us (loss 0.0332), with the FlashAttention rate below held fixed.
// test_calibration.cpp re-runs the search (ConstantsAreTheGridMinimum), checks the 26 neighbours
// (ConstantsAreTheJointOptimum) and prints the errors: A100 s/iter mean 3.9% worst 8.8%, H100 TFLOP/s
// mean 3.1% worst 9.7%.
//
// Every one of those runs trained in bf16. With fp8, mxfp8 or nvfp4 (PLAN.json training.precision) the linear
// layers' GEMMs (QKV, projection, MLP, experts: forward, input and weight gradient) run at the GPU's peak in
// that format times the measured GEMM-efficiency ratio below; the attention core, the output layer, the
// activation traffic and the overhead stay as in bf16 (NVIDIA Transformer Engine, "Using FP8 with Transformer
// Engine": fp8_autocast covers TE's Linear, LayerNormLinear and LayerNormMLP; fp8 attention is opt-in;
// weights keep their higher-precision master copy and the optimizer its fp32 states). The published fp8 runs
// of test_calibration_modern.cpp check the result without refitting anything (docs/model.md §Calibration).
struct ComputeCalibration {
    double tensor_core_efficiency = 0;
    double activation_traffic_per_stored_byte = 0;
    double layer_pass_overhead_s = 0;
};
inline constexpr ComputeCalibration kComputeCalibration{0.72, 10, 250e-6};
// The grid the constants were searched on: its lower corner, its step and its points per constant.
inline constexpr ComputeCalibration kCalibrationGridStart{0.50, 0, 0};
inline constexpr ComputeCalibration kCalibrationGridStep{0.01, 2, 25e-6};
inline constexpr int kCalibrationGridPoints[3] = {51, 31, 41};

// Low-precision GEMMs run at the format's peak times the bf16 efficiency times the ratio of measured GEMM
// efficiencies (docs/model.md §Compute): H100 SXM cuBLASLt fp8 1,382 of 1,979 TFLOP/s (0.70) against bf16
// 794.5 of 989 (0.80): 0.87; GB200 fp4 7,609 of 10,000 (0.76) against bf16 1,822 of 2,500 (0.73): 1.04.
inline constexpr double kFp8GemmEfficiencyRatio = 0.87;
inline constexpr double kFp4GemmEfficiencyRatio = 1.04;

// FlashAttention (parallelism.flash_attention) runs the attention core as its own fused kernel, not as GEMMs:
// it skips the key blocks the causal mask hides (LayerFlops::attention_core_causal), its backward recomputes
// the scores (five matrix products to the forward's two: 2.5x the forward FLOPs; Dao 2023, FlashAttention-2,
// Algorithm 2), and it reaches a lower share of the peak than a large GEMM. Its rate is the GEMM rate times
// the ratio of measured rates on the same GPU: FlashAttention-2 forward + backward up to 335 TFLOP/s on H100
// SXM (Dao 2023 §4.1) against cuBLASLt bf16 794.5 TFLOP/s (docs/model.md §Compute): 0.42. One ratio for
// forward and backward: the published H100 figure is for both together. In bf16 whatever the plan's GEMM
// precision (Transformer Engine runs attention in bf16 unless fp8 attention is opted into).
inline constexpr double kFlashAttentionEfficiencyRatio = 0.42;
inline constexpr double kFlashBackwardFlopsPerForward = 2.5;

struct LayerComputeTime {
    double tensor_s = 0; // one micro-batch, one layer, forward + backward (+ recompute)
    double memory_s = 0;
    double overhead_s = 0;
    double wgrad_s = 0;          // the weight-gradient GEMMs of the backward, which hide TP collectives
    double forward_s = 0;        // the forward GEMMs and attention core, which hide a forward all-gather
    double attention_core_s = 0; // one forward attention core, which hides the CP ring exchange

    double total() const { return tensor_s + memory_s + overhead_s; }
};

// Peak dense bf16 FLOP/s and HBM bytes/s of a GPU.
double peakFlopsPerS(const GpuType& gpu);
// Peak dense FLOP/s of the GPU's GEMMs in `precision`; fp8 and mxfp8 need gpu.fp8_dense_tflops, nvfp4
// gpu.fp4_dense_tflops (checkPlan).
double gemmPeakFlopsPerS(const GpuType& gpu, Precision precision);
// The measured low-precision GEMM efficiency over the bf16 one (1 for bf16).
double gemmEfficiencyRatio(Precision precision);
// Bytes of one weight as the GEMMs read it: bf16 2, fp8 and mxfp8 1, nvfp4 0.5 + its block scales.
double weightBytesPerParam(Precision precision);
double hbmBytesPerS(const GpuType& gpu);

// One micro-batch through one layer on one GPU of a TP x CP group. `trains_weights` is false for LoRA, where
// the frozen layers skip their weight-gradient GEMMs. `precision`: of the linear layers' GEMMs (see above).
// `moe_layer`: the MLP is the layer's routed experts (a grouped GEMM over the GPU's E/ep experts, bound by
// reading their weights when the per-expert batch is small) and its shared experts.
LayerComputeTime layerComputeTime(const ModelShape& model, const Parallelism& parallelism, const GpuType& gpu,
                                  bool trains_weights, const ComputeCalibration& calibration,
                                  Precision precision = Precision::Bf16, bool moe_layer = false);
// One micro-batch through the output layer (forward + backward), split over TP.
double logitComputeSeconds(const ModelShape& model, const Parallelism& parallelism, const GpuType& gpu,
                           const ComputeCalibration& calibration);

} // namespace cs
