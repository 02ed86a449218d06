#include "estimate/training_estimator.h"

#include "base/units.h"
#include "estimate/communication_model.h"
#include "estimate/pipeline_split.h"
#include "estimate/transformer_math.h"

#include <algorithm>

namespace cs {

namespace {

// Gradients are reduced in bf16 (Megatron-Core DistributedDataParallelConfig grad_reduce_in_fp32 = False, its
// default); the measured weak-scaling runs of the calibration are reproduced with it and not with fp32
// (docs/model.md §Differences). The distributed optimizer's parameter all-gather and FSDP's weight
// all-gathers move bf16 weights too.
constexpr double kGradientBytes = 2;
constexpr double kParameterGatherBytes = 2;
// Adam step per parameter: fp32 weight, gradient, m, v read (16), weight, m, v written (12), bf16 copy (2).
constexpr double kAdamBytesTouched = 30;
// Share of a micro-batch's compute that is backward (2 of 3 passes), which the gradient reduction overlaps.
constexpr double kBackwardShare = 2.0 / 3;
// All-to-all dispatch values: fp8 (plus its scales, 1 per 128) when the GEMMs run in a low precision (DeepEP,
// DeepSeek-V3 §3.3), else bf16; combine is always bf16.
constexpr double kFp8DispatchBytes = 1 + 4.0 / 128;
constexpr double kBf16Bytes = 2;

bool trainsAllWeights(const Plan& plan) {
    return !(plan.workload == Workload::Finetune && plan.training.finetune == FinetuneMethod::Lora);
}

// One micro-batch through one layer on one GPU: compute, and the exposed TP, EP, CP and FSDP communication.
struct LayerTime {
    LayerComputeTime compute;
    double tp_s = 0, ep_s = 0, cp_s = 0, fsdp_s = 0;
    double total() const { return compute.total() + tp_s + ep_s + cp_s + fsdp_s; }
};

} // namespace

TrainingEstimate estimateTraining(const Plan& plan, const ComputeCalibration& calibration) {
    const ModelShape& model = plan.model;
    const Parallelism& par = plan.parallelism;
    const ClusterSpec& cluster = plan.cluster;
    const GpuType& gpu = cluster.gpu;
    const Precision precision = plan.training.precision;
    TrainingEstimate e;
    const bool full_weights = trainsAllWeights(plan);
    e.parameters = totalParameters(model);
    e.active_parameters = activeParameters(model);
    e.trainable_parameters = full_weights ? e.parameters : loraParameters(model, plan.training.lora_rank);
    const double trainable_fraction = e.trainable_parameters / e.parameters;
    e.micro_batches = par.microBatches();
    const double m = e.micro_batches, p = par.pp, v = par.vpp;
    const PipelineSplit split =
        splitPipeline(model.layers, par.pp, par.vpp, par.first_stage_layers, par.last_stage_layers, nullptr);
    e.stage_layers = split.stageLayers();

    const double intra_bus = intraNodeBusBytesPerS(cluster);
    e.in_network = inNetworkPaths(cluster, par.in_network_reduction);
    // Without SP the TP collectives are all-reduces, which NVLS speeds up; SP's reduce-scatter and all-gather
    // stay rings.
    const bool tp_all_reduce = !par.sequence_parallel;
    e.tp_bus_bytes_per_s = intra_bus * (tp_all_reduce && e.in_network.nvls ? nvlsAllReduceGain(par.tp) : 1);
    const double tp_bytes = tpCollectiveBytes(model, par);
    e.tp_collective_s = ringAllReduceSeconds(tp_bytes, par.tp, e.tp_bus_bytes_per_s);
    const int collectives = tpCollectivesPerLayer(par);
    const int backward_collectives = 2;
    const double dispatch_bytes = precision == Precision::Bf16 ? kBf16Bytes : kFp8DispatchBytes;
    const AllToAll alltoall = expertAllToAll(model, par, cluster, dispatch_bytes);
    e.ep_alltoall_s = alltoall.seconds;
    const double alltoall_passes = par.recompute == Recompute::Full ? 3 : 2; // forward (again), backward
    e.cp_exchange_s = contextParallelForwardBytes(model, par) / contextParallelBusBytesPerS(cluster, par);
    // FSDP: the layer's weights gathered over the DP x CP ranks (the experts' over the EDP ranks) before the
    // forward and again before the backward, the gradients reduce-scattered after it (Zhao et al. 2023 §3).
    const double dense_shards = par.dp * static_cast<double>(par.cp);
    const DataParallelPlacement dense_dp = stridedPlacement(cluster, par.tp, par.dp * par.cp);
    const DataParallelPlacement expert_dp = stridedPlacement(cluster, par.ep * par.etp, par.expertDp());

    auto layerTime = [&](bool moe_layer) {
        LayerTime t;
        t.compute = layerComputeTime(model, par, gpu, full_weights, calibration, precision, moe_layer);
        // TP: forward (and recomputed forward) collectives are exposed; the two backward ones run alongside
        // the weight-gradient GEMMs (Megatron's async input-gradient all-reduce) and show only beyond them.
        if (par.tp_comm_overlap) // every collective pipelined with a neighbouring GEMM; only the excess shows
            t.tp_s = std::max(0.0, collectives * e.tp_collective_s - t.compute.tensor_s);
        else
            t.tp_s = (collectives - backward_collectives) * e.tp_collective_s +
                     std::max(0.0, backward_collectives * e.tp_collective_s - t.compute.wgrad_s);
        if (moe_layer)
            t.ep_s = alltoall_passes * alltoall.seconds;
        // CP: the forward exchange hides behind the forward attention core, the backward's (twice the
        // bytes) behind the backward's two cores.
        if (par.cp > 1)
            t.cp_s = std::max(0.0, e.cp_exchange_s - t.compute.attention_core_s) +
                     std::max(0.0, 2 * e.cp_exchange_s - 2 * t.compute.attention_core_s);
        if (par.fsdp) {
            const double params = moe_layer ? moeLayerParameters(model) : layerParameters(model);
            const double routed = moe_layer ? routedExpertParameters(model) : 0;
            const double dense_bytes = (params - routed) / par.tp * kParameterGatherBytes;
            const double expert_bytes = routed / (par.ep * par.etp) * kParameterGatherBytes;
            const double gather = dataParallelSeconds(dense_bytes, dense_dp, cluster, false) +
                                  dataParallelSeconds(expert_bytes, expert_dp, cluster, false);
            const double reduce = gather * kGradientBytes / kParameterGatherBytes;
            e.fsdp_gather_s = gather;
            const double forward = t.compute.forward_s, backward = t.compute.tensor_s - forward;
            t.fsdp_s = std::max(0.0, gather - forward) + std::max(0.0, gather + reduce - backward);
        }
        return t;
    };
    const LayerTime dense = layerTime(false);
    const LayerTime moe = model.isMoe() ? layerTime(true) : dense;
    e.layer = model.isMoe() ? moe.compute : dense.compute;
    e.tp_exposed_per_layer_s = dense.tp_s;
    e.logit_s = logitComputeSeconds(model, par, gpu, calibration);

    // PP: stages sit on different servers unless one server holds several of them.
    const bool stages_share_node = par.tp * par.cp * par.dp < cluster.gpus_per_node;
    const int stage_nodes = (par.tp * par.cp * par.dp + cluster.gpus_per_node - 1) / cluster.gpus_per_node;
    const double stage_link =
        stages_share_node ? intra_bus : interNodeBusBytesPerS(cluster, 2 * stage_nodes); // two stages
    e.pp_per_micro_batch_s = ppBytesPerMicroBatchPerGpu(model, par) / par.cp / stage_link;

    // Each rank's time per micro-batch; the slowest sets the pace of the pipeline.
    struct StageTime {
        double compute = 0, tp = 0, ep = 0, cp = 0, fsdp = 0, dense_layers = 0, moe_layers = 0;
        double total() const { return compute + tp + ep + cp + fsdp; }
    };
    std::vector<StageTime> stages(static_cast<std::size_t>(par.pp));
    int layer = 0;
    for (std::size_t g = 0; g < split.chunk_layers.size(); ++g) {
        StageTime& stage = stages[g % stages.size()];
        for (int i = 0; i < split.chunk_layers[g]; ++i, ++layer) {
            const LayerTime& t = model.isMoeLayer(layer) ? moe : dense;
            (model.isMoeLayer(layer) ? stage.moe_layers : stage.dense_layers) += 1;
            stage.compute += t.compute.total();
            stage.tp += t.tp_s;
            stage.ep += t.ep_s;
            stage.cp += t.cp_s;
            stage.fsdp += t.fsdp_s;
        }
    }
    stages.back().compute += e.logit_s;
    std::size_t slowest = 0;
    for (std::size_t r = 1; r < stages.size(); ++r)
        if (stages[r].total() > stages[slowest].total())
            slowest = r;
    e.slowest_stage = static_cast<int>(slowest);
    const StageTime& pace = stages[slowest];
    e.micro_batch_stage_s = pace.total() + e.pp_per_micro_batch_s;

    StepBreakdown& b = e.breakdown;
    b.compute_s = m * pace.compute;
    b.tp_comm_s = m * pace.tp;
    b.ep_comm_s = m * pace.ep;
    b.cp_comm_s = m * pace.cp;
    b.pp_comm_s = m * e.pp_per_micro_batch_s;
    // Narayanan §2.2: bubble (p-1)/m of the ideal time, (p-1)/(v*m) interleaved.
    b.bubble_s = (p - 1) / v * e.micro_batch_stage_s;

    // DP: gradients of the GPU's trainable parameters over the DP x CP replicas (the experts' over the EDP
    // replicas); reduce-scatter + all-gather with the distributed optimizer (ZeRO-1), one all-reduce without;
    // overlapped with the last micro-batch's backward (and, for the all-gather, the first micro-batch's
    // forward). FSDP reduces and gathers per layer instead (above).
    const MemoryPerGpu first = memoryPerGpu(model, par, trainable_fraction, gpu.memory_gib * kBytesPerGib);
    const double compute_per_micro_batch = pace.compute;
    const double trainable_per_gpu = parametersPerGpu(model, par) * trainable_fraction;
    double expert_share = 0;
    if (model.isMoe() && pace.moe_layers > 0) {
        const double experts = pace.moe_layers * routedExpertParameters(model) / (par.ep * par.etp);
        expert_share = std::min(1.0, experts * trainable_fraction / std::max(1.0, trainable_per_gpu));
    }
    e.dp_bytes_per_gpu = trainable_per_gpu * kGradientBytes;
    e.dp_overlap_window_s = kBackwardShare * compute_per_micro_batch;
    const double forward_window = (1 - kBackwardShare) * compute_per_micro_batch;
    auto reduction = [&](double bytes, bool all_reduce) {
        return dataParallelSeconds(bytes * (1 - expert_share), dense_dp, cluster, all_reduce, e.in_network) +
               dataParallelSeconds(bytes * expert_share, expert_dp, cluster, all_reduce, e.in_network);
    };
    auto nicBytes = [&](double bytes, bool all_reduce) {
        return dataParallelNicBytes(bytes * (1 - expert_share), dense_dp, all_reduce, e.in_network) +
               dataParallelNicBytes(bytes * expert_share, expert_dp, all_reduce, e.in_network);
    };
    e.dp_fabric_share = fabricShare(cluster, dense_dp.nodes);
    const double gather_bytes = trainable_per_gpu * kParameterGatherBytes;
    double nic_dp_bytes = 0;
    if (par.fsdp) {
        e.dp_reduce_s = reduction(e.dp_bytes_per_gpu, false);
        e.dp_gather_s = reduction(gather_bytes, false);
        b.dp_comm_exposed_s = m * pace.fsdp;
        nic_dp_bytes = m * (nicBytes(e.dp_bytes_per_gpu, false) + 2 * nicBytes(gather_bytes, false));
    } else if (par.distributed_optimizer) {
        e.dp_reduce_s = reduction(e.dp_bytes_per_gpu, false);
        e.dp_gather_s = reduction(gather_bytes, false);
        b.dp_comm_exposed_s = std::max(0.0, e.dp_reduce_s - e.dp_overlap_window_s) +
                              std::max(0.0, e.dp_gather_s - forward_window);
        nic_dp_bytes = nicBytes(e.dp_bytes_per_gpu, false) + nicBytes(gather_bytes, false);
    } else {
        e.dp_reduce_s = reduction(e.dp_bytes_per_gpu, true);
        b.dp_comm_exposed_s = std::max(0.0, e.dp_reduce_s - e.dp_overlap_window_s);
        nic_dp_bytes = nicBytes(e.dp_bytes_per_gpu, true);
    }
    const double optimizer_shards = par.distributed_optimizer || par.fsdp ? dense_shards : 1;
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

    e.memory = first;

    // Link budgets, per GPU per step (the slowest stage's layers).
    const double stage_layers = pace.dense_layers + pace.moe_layers;
    const double tp_ring = par.tp > 1 ? 2.0 * (par.tp - 1) / par.tp : 0;
    const double tp_nvlink = m * stage_layers * collectives * tp_bytes * tp_ring;
    const double dp_nvlink = dense_dp.ranks_per_node > 1 ? 2 * e.dp_bytes_per_gpu : 0;
    const double pp_bytes = m * ppBytesPerMicroBatchPerGpu(model, par) / par.cp;
    e.ep_nvlink_bytes_per_gpu = m * pace.moe_layers * alltoall_passes * alltoall.nvlink_bytes;
    e.ep_scale_out_bytes_per_gpu = m * pace.moe_layers * alltoall_passes * alltoall.scale_out_bytes;
    e.cp_bytes_per_gpu = m * stage_layers * 3 * contextParallelForwardBytes(model, par);
    const bool cp_on_nvlink = par.tp * par.cp <= cluster.nvlink_domain;
    e.nvlink_bytes_per_gpu = tp_nvlink + dp_nvlink + (stages_share_node ? pp_bytes : 0) +
                             e.ep_nvlink_bytes_per_gpu + (cp_on_nvlink ? e.cp_bytes_per_gpu : 0);
    e.nic_bytes_per_gpu = nic_dp_bytes + (stages_share_node ? 0 : pp_bytes) + e.ep_scale_out_bytes_per_gpu +
                          (cp_on_nvlink ? 0 : e.cp_bytes_per_gpu);
    e.nvlink_capacity_bytes_per_s = intra_bus / kNvlinkBusEfficiency;
    // Line rate per GPU behind the leaf's oversubscription.
    e.nic_capacity_bytes_per_s = nicLineBytesPerSPerGpu(cluster) / cluster.oversubscription;
    e.nic_needed_bytes_per_s = e.dp_overlap_window_s > 0 ? nic_dp_bytes / e.dp_overlap_window_s : 0;

    e.storage = storageBudget(plan, e.tokens_per_s, e.parameters);
    e.goodput = goodputOf(plan, e.storage, e.time_to_train_s);
    e.power = powerEstimate(plan, e.time_to_train_s);
    return e;
}

} // namespace cs
