#pragma once

#include "plan.h"

namespace cs {

// How long a GPU computes one transformer layer. Not a constant efficiency: a roofline-style sum of
//   tensor-core time   FLOPs / (kTensorCoreEfficiency * peak bf16),
//   activation traffic kActivationTrafficPerStoredByte * (activation bytes of the layer) / HBM bandwidth
//                      (layer norms, GeLU, dropout, softmax and residual adds stream what the layer stores),
//   kernel overhead    kLayerPassOverheadSeconds per layer pass (launches and tails of ~30 kernels),
// so that small hidden sizes, small h/t and small micro-batches lose efficiency the way the measurements do,
// and a GPU's HBM bandwidth and peak set its balance point.
//
// Fitted once on all 17 measurements of tests/core/data/calibration.json together (A100: s/iter of the four
// Korthikanti Table 5 models with full and with selective recompute; H100: model TFLOP/s of the nine
// Megatron-Core weak-scaling models) by a grid search minimising the sum of squared relative errors of the
// step-time model (efficiency 0.50-0.95 by 0.01, traffic 0-28 by 2, overhead 0-350 us by 25 us). Never per
// run; test_calibration.cpp prints the resulting errors.
inline constexpr double kTensorCoreEfficiency = 0.74;
inline constexpr double kActivationTrafficPerStoredByte = 12;
inline constexpr double kLayerPassOverheadSeconds = 275e-6;

struct LayerComputeTime {
    double tensor_s = 0; // one micro-batch, one layer, forward + backward (+ recompute)
    double memory_s = 0;
    double overhead_s = 0;
    double wgrad_s = 0; // the weight-gradient GEMMs of the backward, which hide TP collectives

    double total() const { return tensor_s + memory_s + overhead_s; }
};

// Peak dense bf16 FLOP/s and HBM bytes/s of a GPU.
double peakFlopsPerS(const GpuType& gpu);
double hbmBytesPerS(const GpuType& gpu);

// One micro-batch through one layer on one GPU of a TP group. `trains_weights` is false for LoRA, where the
// frozen layers skip their weight-gradient GEMMs.
LayerComputeTime layerComputeTime(const ModelShape& model, const Parallelism& parallelism, const GpuType& gpu,
                                  bool trains_weights);
// One micro-batch through the output layer (forward + backward), split over TP.
double logitComputeSeconds(const ModelShape& model, const Parallelism& parallelism, const GpuType& gpu);

} // namespace cs
