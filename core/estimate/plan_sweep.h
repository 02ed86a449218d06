#pragma once

#include "estimate/plan.h"
#include "estimate/training_estimator.h"

#include <string>
#include <vector>

namespace cs {

struct SweepCandidate {
    Parallelism parallelism;
    TrainingEstimate estimate;
    std::string why; // what sets it apart from the next one down
};

struct SweepResult {
    std::size_t plans_evaluated = 0;  // structurally valid plans estimated
    std::size_t plans_fitting = 0;    // of those, the ones that fit in GPU memory
    std::vector<SweepCandidate> best; // fastest first
};

// Ranks every valid (TP, PP, DP, micro-batch, virtual stages, recompute) for the plan's model, cluster and
// global batch: TP dividing the heads within one NVLink domain, PP x VPP dividing the layers, DP = GPUs /
// (TP x PP), micro-batches dividing B / DP. Keeps the `top` fastest that fit.
SweepResult sweepPlans(const Plan& plan, std::size_t top);

} // namespace cs
