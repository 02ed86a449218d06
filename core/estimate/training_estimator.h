#pragma once

#include "estimate/compute_efficiency.h"
#include "estimate/memory_model.h"
#include "estimate/plan.h"
#include "estimate/storage_budget.h"
#include "power/power_model.h"

namespace cs {

// Where one iteration's time goes; the parts add up to the step time.
struct StepBreakdown {
    double compute_s = 0;         // m micro-batches through the stage's layers and the output layer
    double tp_comm_s = 0;         // TP collectives not hidden behind weight-gradient GEMMs
    double pp_comm_s = 0;         // stage-to-stage sends
    double bubble_s = 0;          // pipeline fill and drain
    double dp_comm_exposed_s = 0; // gradient reduction beyond the backward it overlaps with
    double optimizer_s = 0;       // the Adam step, bound by HBM bandwidth

    double total() const {
        return compute_s + tp_comm_s + pp_comm_s + bubble_s + dp_comm_exposed_s + optimizer_s;
    }
};

// Every number of a training (or fine-tuning) estimate. Plain numbers, no text: the sweep computes
// hundreds of thousands of these a second; estimate_report.h explains them.
struct TrainingEstimate {
    double parameters = 0, trainable_parameters = 0;
    int micro_batches = 0;

    LayerComputeTime layer;     // one micro-batch through one layer
    double logit_s = 0;         // one micro-batch through the output layer
    double tp_collective_s = 0; // one TP collective
    double tp_exposed_per_layer_s = 0;
    double pp_per_micro_batch_s = 0;
    double micro_batch_stage_s = 0; // one micro-batch through the slowest stage, communication included

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
    PowerEstimate power;
};

// Estimates a structurally valid plan (checkPlan() empty) of scenario pretrain or finetune.
// `calibration`: the compute constants; only the calibration test passes others.
TrainingEstimate estimateTraining(const Plan& plan,
                                  const ComputeCalibration& calibration = kComputeCalibration);

} // namespace cs
