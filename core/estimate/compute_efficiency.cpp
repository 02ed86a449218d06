#include "estimate/compute_efficiency.h"

#include "base/units.h"
#include "estimate/memory_model.h"
#include "estimate/transformer_math.h"

namespace cs {

namespace {} // namespace

double peakFlopsPerS(const GpuType& gpu) {
    return gpu.bf16_dense_tflops * kTera;
}

double gemmPeakFlopsPerS(const GpuType& gpu, Precision precision) {
    return precision == Precision::Fp8 && gpu.fp8_dense_tflops ? *gpu.fp8_dense_tflops * kTera
                                                               : peakFlopsPerS(gpu);
}

double hbmBytesPerS(const GpuType& gpu) {
    return gpu.memory_gbytes_per_s * kGiga;
}

LayerComputeTime layerComputeTime(const ModelShape& model, const Parallelism& par, const GpuType& gpu,
                                  bool trains_weights, const ComputeCalibration& calibration,
                                  Precision precision) {
    const double forward = layerForwardFlops(model, par.micro_batch) / par.tp;
    const double attention_core = attentionCoreForwardFlops(model, par.micro_batch) / par.tp;
    // Backward = input gradients (the weight GEMMs once, the attention core twice: dQ, dK, dV) + weight
    // gradients (the weight GEMMs once); 2x the forward in total when the weights train.
    const double input_grad = forward + attention_core;
    const double wgrad = trains_weights ? forward - attention_core : 0;
    double flops = forward + input_grad + wgrad;
    double passes = 3; // forward, input-gradient and weight-gradient passes over the layer's activations
    if (par.recompute == Recompute::Full) {
        flops += forward;
        passes += 1;
    } else if (par.recompute == Recompute::Selective) {
        flops += attention_core;
    }
    LayerComputeTime time;
    const double tensor_rate = calibration.tensor_core_efficiency * peakFlopsPerS(gpu);
    time.tensor_s = flops / tensor_rate;
    time.wgrad_s = wgrad / tensor_rate;
    if (precision != Precision::Bf16) {
        // The linear layers' GEMMs (forward, input gradient, weight gradient, recomputed forward) move to the
        // faster rate; the attention core stays bf16.
        const double linear = forward - attention_core;
        const double linear_flops =
            linear * (2 + (trains_weights ? 1 : 0) + (par.recompute == Recompute::Full ? 1 : 0));
        const double gemm_rate = calibration.tensor_core_efficiency * gemmPeakFlopsPerS(gpu, precision);
        time.tensor_s = (flops - linear_flops) / tensor_rate + linear_flops / gemm_rate;
        time.wgrad_s = wgrad / gemm_rate;
    }
    // The traffic follows what the layer stores without recompute (Korthikanti Table 2), once per pass.
    Parallelism stored = par;
    stored.recompute = Recompute::None;
    time.memory_s = calibration.activation_traffic_per_stored_byte * activationBytesPerLayer(model, stored) *
                    passes / 3 / hbmBytesPerS(gpu);
    time.overhead_s = calibration.layer_pass_overhead_s * passes;
    return time;
}

double logitComputeSeconds(const ModelShape& model, const Parallelism& par, const GpuType& gpu,
                           const ComputeCalibration& calibration) {
    return 3 * logitForwardFlops(model, par.micro_batch) / par.tp /
           (calibration.tensor_core_efficiency * peakFlopsPerS(gpu));
}

} // namespace cs
