#pragma once

#include "estimate/communication_model.h"
#include "estimate/compute_efficiency.h"
#include "estimate/goodput.h"
#include "estimate/memory_model.h"
#include "estimate/plan.h"
#include "estimate/storage_budget.h"
#include "power/power_model.h"

#include <vector>

namespace cs {

// Where one iteration's time goes; the parts add up to the step time.
struct StepBreakdown {
    double compute_s = 0;         // m micro-batches through the stage's layers and the output layer
    double tp_comm_s = 0;         // TP collectives not hidden behind weight-gradient GEMMs
    double pp_comm_s = 0;         // stage-to-stage sends
    double bubble_s = 0;          // pipeline fill and drain
    double dp_comm_exposed_s = 0; // gradient reduction (and FSDP's gathers) beyond the compute they overlap
    double optimizer_s = 0;       // the Adam step, bound by HBM bandwidth
    double ep_comm_s = 0;         // the MoE layers' all-to-all (not overlapped)
    double cp_comm_s = 0;         // the ring exchange of K and V beyond the attention it overlaps with

    double total() const {
        return compute_s + tp_comm_s + pp_comm_s + bubble_s + dp_comm_exposed_s + optimizer_s + ep_comm_s +
               cp_comm_s;
    }
};

// Every number of a training (or fine-tuning) estimate. Plain numbers, no text: the sweep computes
// hundreds of thousands of these a second; estimate_report.h explains them.
struct TrainingEstimate {
    double parameters = 0, trainable_parameters = 0;
    double active_parameters = 0; // what one token computes with (transformer_math.h)
    int micro_batches = 0;
    std::vector<int> stage_layers; // transformer layers of each pipeline rank (pipeline_split.h)
    int slowest_stage = 0;         // the rank whose time per micro-batch sets the step

    LayerComputeTime layer;        // one micro-batch through one dense layer (the MoE layer for a MoE model)
    double logit_s = 0;            // one micro-batch through the output layer
    InNetworkPaths in_network;     // where all-reduces reduce in the network (NVLS, SHARP)
    double tp_bus_bytes_per_s = 0; // the TP collectives' bus bandwidth (NVLS when they are all-reduces)
    double dp_fabric_share = 1;    // of the NIC line rate left to the DP group (oversubscription, ECMP)
    double tp_collective_s = 0;    // one TP collective
    double tp_exposed_per_layer_s = 0;
    double pp_per_micro_batch_s = 0;
    double micro_batch_stage_s = 0; // one micro-batch through the slowest stage, communication included
    double ep_alltoall_s = 0;       // one MoE layer's dispatch + combine, one pass
    double ep_nvlink_bytes_per_gpu = 0, ep_scale_out_bytes_per_gpu = 0; // per step
    double cp_exchange_s = 0;    // one layer's forward K/V ring exchange
    double cp_bytes_per_gpu = 0; // per step
    double fsdp_gather_s = 0;    // one layer's FSDP weight all-gather

    double dp_bytes_per_gpu = 0; // gradients (and parameters) each GPU reduces per step
    double dp_reduce_s = 0, dp_gather_s = 0;
    double dp_overlap_window_s = 0;

    StepBreakdown breakdown;
    double step_time_s = 0;
    double model_flops = 0, hardware_flops = 0;
    double tokens_per_s = 0;
    double model_tflops_per_gpu = 0, hardware_tflops_per_gpu = 0, mfu = 0;
    double tokens = 0, time_to_train_s = 0;

    MemoryPerGpu memory;

    // Per GPU per step, and what the links offer.
    double nvlink_bytes_per_gpu = 0, nic_bytes_per_gpu = 0;
    double nvlink_capacity_bytes_per_s = 0, nic_capacity_bytes_per_s = 0;
    double nic_needed_bytes_per_s = 0; // to hide the DP traffic inside its overlap window

    StorageBudget storage;
    Goodput goodput; // failures, restarts and checkpoints against time_to_train_s
    PowerEstimate power;
};

// Estimates a structurally valid plan (checkPlan() empty) of scenario pretrain or finetune.
// `calibration`: the compute constants; only the calibration test passes others.
TrainingEstimate estimateTraining(const Plan& plan,
                                  const ComputeCalibration& calibration = kComputeCalibration);

} // namespace cs
