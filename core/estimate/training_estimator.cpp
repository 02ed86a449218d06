#include "estimate/training_estimator.h"

#include "base/units.h"
#include "estimate/communication_model.h"
#include "estimate/transformer_math.h"

#include <algorithm>

namespace cs {

namespace {

// Gradients reduced in bf16 (docs/model.md §Step time: 2(d-1)/d * P/(t*p) * 2 bytes); the distributed
// optimizer's parameter all-gather moves bf16 weights too.
constexpr double kGradientBytes = 2;
// Adam step per parameter: fp32 weight, gradient, m, v read (16), weight, m, v written (12), bf16 copy (2).
constexpr double kAdamBytesTouched = 30;
// Share of a micro-batch's compute that is backward (2 of 3 passes), which the gradient reduction overlaps.
constexpr double kBackwardShare = 2.0 / 3;

bool trainsAllWeights(const Plan& plan) {
    return !(plan.workload == Workload::Finetune && plan.training.finetune == FinetuneMethod::Lora);
}

} // namespace

TrainingEstimate estimateTraining(const Plan& plan, const ComputeCalibration& calibration) {
    const ModelShape& model = plan.model;
    const Parallelism& par = plan.parallelism;
    const ClusterSpec& cluster = plan.cluster;
    const GpuType& gpu = cluster.gpu;
    TrainingEstimate e;
    const bool full_weights = trainsAllWeights(plan);
    e.parameters = totalParameters(model);
    e.trainable_parameters = full_weights ? e.parameters : loraParameters(model, plan.training.lora_rank);
    const double trainable_fraction = e.trainable_parameters / e.parameters;
    e.micro_batches = par.microBatches();
    const double m = e.micro_batches, p = par.pp, v = par.vpp;
    const double layers_per_stage = static_cast<double>(model.layers) / p;

    // Compute of one micro-batch on one GPU of the slowest (last) stage.
    e.layer = layerComputeTime(model, par, gpu, full_weights, calibration, plan.training.precision);
    e.logit_s = logitComputeSeconds(model, par, gpu, calibration);

    // TP: forward (and recomputed forward) collectives are exposed; the two backward ones run alongside the
    // weight-gradient GEMMs (Megatron's async input-gradient all-reduce) and show only beyond them.
    const double intra_bus = intraNodeBusBytesPerS(cluster);
    const double tp_bytes = tpCollectiveBytes(model, par);
    e.tp_collective_s = ringAllReduceSeconds(tp_bytes, par.tp, intra_bus);
    const int collectives = tpCollectivesPerLayer(par);
    const int backward_collectives = 2;
    if (par.tp_comm_overlap) // every collective pipelined with a neighbouring GEMM; only the excess shows
        e.tp_exposed_per_layer_s = std::max(0.0, collectives * e.tp_collective_s - e.layer.tensor_s);
    else
        e.tp_exposed_per_layer_s = (collectives - backward_collectives) * e.tp_collective_s +
                                   std::max(0.0, backward_collectives * e.tp_collective_s - e.layer.wgrad_s);

    // PP: stages sit on different servers unless one server holds several of them.
    const bool stages_share_node = par.tp * par.dp < cluster.gpus_per_node;
    const double stage_link = stages_share_node ? intra_bus : interNodeBusBytesPerS(cluster);
    e.pp_per_micro_batch_s = ppBytesPerMicroBatchPerGpu(model, par) / stage_link;

    const double compute_per_micro_batch = layers_per_stage * e.layer.total() + e.logit_s;
    const double tp_per_micro_batch = layers_per_stage * e.tp_exposed_per_layer_s;
    e.micro_batch_stage_s = compute_per_micro_batch + tp_per_micro_batch + e.pp_per_micro_batch_s;

    StepBreakdown& b = e.breakdown;
    b.compute_s = m * compute_per_micro_batch;
    b.tp_comm_s = m * tp_per_micro_batch;
    b.pp_comm_s = m * e.pp_per_micro_batch_s;
    // Narayanan §2.2: bubble (p-1)/m of the ideal time, (p-1)/(v*m) interleaved.
    b.bubble_s = (p - 1) / v * e.micro_batch_stage_s;

    // DP: gradients of the GPU's trainable parameters; reduce-scatter + all-gather with the distributed
    // optimizer (ZeRO-1), one all-reduce without; overlapped with the last micro-batch's backward (and, for
    // the all-gather, the first micro-batch's forward).
    const DataParallelPlacement placement = dataParallelPlacement(cluster, par);
    const double trainable_per_gpu = parametersPerGpu(model, par) * trainable_fraction;
    e.dp_bytes_per_gpu = trainable_per_gpu * kGradientBytes;
    e.dp_overlap_window_s = kBackwardShare * compute_per_micro_batch;
    const double forward_window = (1 - kBackwardShare) * compute_per_micro_batch;
    double nic_dp_bytes = 0;
    if (par.distributed_optimizer) {
        e.dp_reduce_s = dataParallelSeconds(e.dp_bytes_per_gpu, placement, cluster, false);
        e.dp_gather_s = e.dp_reduce_s;
        b.dp_comm_exposed_s = std::max(0.0, e.dp_reduce_s - e.dp_overlap_window_s) +
                              std::max(0.0, e.dp_gather_s - forward_window);
        nic_dp_bytes = 2 * dataParallelNicBytes(e.dp_bytes_per_gpu, placement, false);
    } else {
        e.dp_reduce_s = dataParallelSeconds(e.dp_bytes_per_gpu, placement, cluster, true);
        b.dp_comm_exposed_s = std::max(0.0, e.dp_reduce_s - e.dp_overlap_window_s);
        nic_dp_bytes = dataParallelNicBytes(e.dp_bytes_per_gpu, placement, true);
    }
    const double optimizer_shards = par.distributed_optimizer ? par.dp : 1;
    b.optimizer_s = trainable_per_gpu / optimizer_shards * kAdamBytesTouched / hbmBytesPerS(gpu);

    e.step_time_s = b.total();
    const double gpus = par.gpus();
    e.model_flops = modelFlopsPerIteration(model, par.global_batch);
    e.hardware_flops = hardwareFlopsPerIteration(model, par.global_batch, par.recompute);
    if (!full_weights) {
        // LoRA skips the frozen weights' gradient GEMMs, one of the three passes.
        const double weight_gradient_flops = e.model_flops / 3;
        e.model_flops -= weight_gradient_flops;
        e.hardware_flops -= weight_gradient_flops;
    }
    e.tokens_per_s = static_cast<double>(par.global_batch) * model.seq_len / e.step_time_s;
    e.model_tflops_per_gpu = e.model_flops / e.step_time_s / gpus / kTera;
    e.hardware_tflops_per_gpu = e.hardware_flops / e.step_time_s / gpus / kTera;
    e.mfu = e.model_tflops_per_gpu / gpu.bf16_dense_tflops;
    e.tokens = plan.training.tokens;
    e.time_to_train_s = e.tokens / e.tokens_per_s;

    e.memory = memoryPerGpu(model, par, trainable_fraction, gpu.memory_gib * kBytesPerGib);

    // Link budgets, per GPU per step.
    const double tp_ring = par.tp > 1 ? 2.0 * (par.tp - 1) / par.tp : 0;
    const double tp_nvlink = m * model.layers / p * collectives * tp_bytes * tp_ring;
    const double dp_nvlink = placement.ranks_per_node > 1 ? 2 * e.dp_bytes_per_gpu : 0;
    const double pp_bytes = m * ppBytesPerMicroBatchPerGpu(model, par);
    e.nvlink_bytes_per_gpu = tp_nvlink + dp_nvlink + (stages_share_node ? pp_bytes : 0);
    e.nic_bytes_per_gpu = nic_dp_bytes + (stages_share_node ? 0 : pp_bytes);
    e.nvlink_capacity_bytes_per_s = intra_bus / kNvlinkBusEfficiency;
    // Line rate per GPU behind the leaf's oversubscription.
    e.nic_capacity_bytes_per_s = interNodeBusBytesPerS(cluster) / kNicBusEfficiency;
    e.nic_needed_bytes_per_s = e.dp_overlap_window_s > 0 ? nic_dp_bytes / e.dp_overlap_window_s : 0;

    e.storage = storageBudget(plan, e.tokens_per_s, e.parameters);
    e.power = powerEstimate(plan, e.time_to_train_s);
    return e;
}

} // namespace cs
