#pragma once

#include "estimate/plan.h"

namespace cs {

// How long a GPU computes one transformer layer. Not a constant efficiency: a roofline-style sum of
//   tensor-core time   FLOPs / (tensor_core_efficiency * peak bf16),
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
// within 10%. The unconstrained minimum (0.71, 8, 350 us; loss 0.0364) leaves two rows beyond 10% (A100 22B
// selective -10.5%, H100 32B -11.7%), so the shipped point is the constrained one (loss 0.0379).
// test_calibration.cpp re-runs the search (ConstantsAreTheGridMinimum), checks the 26 neighbours
// (ConstantsAreTheJointOptimum) and prints the errors: A100 s/iter mean 4.3% worst 7.7%, H100 TFLOP/s
// mean 3.5% worst 9.8%.
//
// Every one of those runs trained in bf16. With fp8 (PLAN.json training.precision) the linear layers' GEMMs
// (QKV, projection, MLP: forward, input and weight gradient) run at the GPU's fp8 peak with the same
// efficiency; the attention core, the output layer, the activation traffic and the overhead stay as in bf16
// (NVIDIA Transformer Engine, "Using FP8 with Transformer Engine": fp8_autocast covers TE's Linear,
// LayerNormLinear and LayerNormMLP; fp8 attention is opt-in; weights keep their higher-precision master copy
// and the optimizer its fp32 states). No fp8 run is in the calibration set, so fp8 results are uncalibrated
// (and leave out the amax and cast kernels fp8 adds, which makes them optimistic).
struct ComputeCalibration {
    double tensor_core_efficiency = 0;
    double activation_traffic_per_stored_byte = 0;
    double layer_pass_overhead_s = 0;
};
inline constexpr ComputeCalibration kComputeCalibration{0.71, 10, 275e-6};
// The grid the constants were searched on: its lower corner, its step and its points per constant.
inline constexpr ComputeCalibration kCalibrationGridStart{0.50, 0, 0};
inline constexpr ComputeCalibration kCalibrationGridStep{0.01, 2, 25e-6};
inline constexpr int kCalibrationGridPoints[3] = {51, 31, 41};

struct LayerComputeTime {
    double tensor_s = 0; // one micro-batch, one layer, forward + backward (+ recompute)
    double memory_s = 0;
    double overhead_s = 0;
    double wgrad_s = 0; // the weight-gradient GEMMs of the backward, which hide TP collectives

    double total() const { return tensor_s + memory_s + overhead_s; }
};

// Peak dense bf16 FLOP/s and HBM bytes/s of a GPU.
double peakFlopsPerS(const GpuType& gpu);
// Peak dense FLOP/s of the GPU's GEMMs in `precision`; fp8 needs gpu.fp8_dense_tflops (checkPlan).
double gemmPeakFlopsPerS(const GpuType& gpu, Precision precision);
double hbmBytesPerS(const GpuType& gpu);

// One micro-batch through one layer on one GPU of a TP group. `trains_weights` is false for LoRA, where the
// frozen layers skip their weight-gradient GEMMs. `precision`: of the linear layers' GEMMs (see above).
LayerComputeTime layerComputeTime(const ModelShape& model, const Parallelism& parallelism, const GpuType& gpu,
                                  bool trains_weights, const ComputeCalibration& calibration,
                                  Precision precision = Precision::Bf16);
// One micro-batch through the output layer (forward + backward), split over TP.
double logitComputeSeconds(const ModelShape& model, const Parallelism& parallelism, const GpuType& gpu,
                           const ComputeCalibration& calibration);

} // namespace cs
