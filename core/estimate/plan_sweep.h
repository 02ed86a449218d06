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

// The sweep's bounds: context parallelism up to 16 ranks (NeMo's long-sequence runs use up to 32 at 1M
// tokens), up to 8 virtual stages per rank (the largest in the Megatron recipes).
inline constexpr int kSweepMaxCp = 16;
inline constexpr int kSweepMaxVpp = 8;

// Ranks every valid (TP, PP, CP, EP, DP, micro-batch, virtual stages, FSDP, recompute) for the plan's model,
// cluster and global batch: TP dividing the heads within one NVLink domain, PP up to the layers (split by
// pipeline_split.h, evenly or not), CP dividing the sequence into 2 x CP chunks, DP = GPUs / (TP x CP x PP),
// EP dividing the experts and TP x CP x DP (ETP 1), FSDP without PP, micro-batches dividing B / DP. Keeps
// the `top` fastest that fit.
SweepResult sweepPlans(const Plan& plan, std::size_t top);

} // namespace cs
