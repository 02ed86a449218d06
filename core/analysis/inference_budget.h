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
// Status: memory and batch are capacities, not queues: they pass while they fit and fail when they do not
// (the usable share already keeps vLLM's 10% headroom). The TP lines use budgetStatusOf (70% / 100%).
std::vector<BudgetLine> inferenceBudgetLines(const Plan& plan, const InferenceEstimate& estimate);

// Usable GPU memory left beside the weights and the batch's KV cache at full context, GiB (0 when they do not
// fit): the "free" part of the inference memory chart.
Explained inferenceFreeMemory(const Plan& plan, const InferenceEstimate& estimate);

// Pass when demand <= capacity, else fail: for a budget that either fits or does not.
BudgetStatus fitStatusOf(double utilisation);

} // namespace cs
