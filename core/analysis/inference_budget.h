#pragma once

#include "analysis/budget_status.h"
#include "estimate/inference_estimator.h"

#include <vector>

namespace cs {

// The budget lines of an inference estimate, in display order (BudgetLine as for training):
//  - memory: weights + KV cache of the batch at full context per GPU vs the usable share of HBM;
//  - batch: the plan's batch vs the largest batch whose KV cache fits;
//  - tp_decode, tp_prefill (TP > 1 only): the TP all-reduce bytes one GPU moves per decode step (per
//  prefill),
//    averaged over that step, vs the bus bandwidth of the link TP rides (NVLink, or PCIe beyond the NVLink
//    domain).
// Demands and capacities are estimate --json's numbers (explainInference keys) where it has them.
// Status (budget_status.h): memory and batch are capacities: the plan cannot run when they do not fit, and
// memory above kMemoryWarnUtilisation of the usable share warns. The TP lines cost max(0, demand / capacity -
// 1) of their decode step (of the time to first token).
std::vector<BudgetLine> inferenceBudgetLines(const Plan& plan, const InferenceEstimate& estimate);

// Usable GPU memory left beside the weights and the batch's KV cache at full context, GiB (0 when they do not
// fit): the "free" part of the inference memory chart.
Explained inferenceFreeMemory(const Plan& plan, const InferenceEstimate& estimate);

} // namespace cs
