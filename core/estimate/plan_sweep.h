#pragma once

#include "estimate/plan.h"
#include "estimate/training_estimator.h"

#include <algorithm>
#include <cstddef>
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

// Keeps the `top` best of `candidates` (`better(a, b)`: a ranks above b), best first, each with `why(a, b)`,
// what sets it apart from the next one down, in its `why` member.
template <class Candidate, class Better, class Why>
void keepBest(std::vector<Candidate>& candidates, std::size_t top, Better better, Why why) {
    const std::size_t keep = std::min(top + 1, candidates.size());
    std::partial_sort(candidates.begin(), candidates.begin() + static_cast<std::ptrdiff_t>(keep),
                      candidates.end(), better);
    candidates.resize(keep);
    for (std::size_t i = 0; i + 1 < candidates.size(); ++i)
        candidates[i].why = why(candidates[i], candidates[i + 1]);
    if (candidates.size() > top)
        candidates.pop_back();
}

// Ranks every valid (TP, PP, CP, EP, DP, micro-batch, virtual stages, FSDP, recompute) for the plan's model,
// cluster and global batch: TP dividing the heads within one NVLink domain, PP up to the layers (split by
// pipeline_split.h, evenly or not), CP dividing the sequence into 2 x CP chunks, DP = GPUs / (TP x CP x PP),
// EP dividing the experts and TP x CP x DP (ETP 1), FSDP without PP, micro-batches dividing B / DP. Keeps
// the `top` fastest that fit.
SweepResult sweepPlans(const Plan& plan, std::size_t top);

} // namespace cs
