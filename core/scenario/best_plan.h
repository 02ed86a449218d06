#pragma once

#include "estimate/plan.h"

#include <optional>
#include <string>

namespace cs {

// What "Best plan" does to a plan: the plan sweep's fastest parallelism that fits (sweepPlans), and in words
// what it changed and what that gains, or why no plan fits and what to change.
struct BestPlan {
    bool found = false;
    Parallelism parallelism; // when found
    // "TP 8 -> 4, micro-batch 1 -> 2; step 18.8 s -> 15.2 s (1.24x faster)"; "The plan is already the best
    // of 1,234 evaluated."; "No TP x PP x DP of 128 GPUs divides the global batch 100 ...: use 128 or 256."
    std::string text;
};

BestPlan bestPlan(const Plan& plan);

// The DP that makes TP x PP x DP the cluster's GPU count again after TP or PP changed; none when it already
// does or TP x PP does not divide the GPUs.
std::optional<int> rebalancedDataParallel(const Plan& plan);

} // namespace cs
