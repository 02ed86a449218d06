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

// Keeps `best` sorted, best first (`better(a, b)`: a ranks above b), and at most `keep` long as the
// candidates come: one as good as one already kept goes after it. A sweep keeps its `top` + 1 best.
template <class Candidate, class Better>
void keepIfBetter(std::vector<Candidate>& best, std::size_t keep, Candidate candidate, Better better) {
    if (best.size() == keep && !better(candidate, best.back()))
        return;
    const auto at = std::upper_bound(best.begin(), best.end(), candidate, better);
    best.insert(at, std::move(candidate));
    if (best.size() > keep)
        best.pop_back();
}

// The `top` best of the `top` + 1 that keepIfBetter kept, each with `why(a, b)`, what sets it apart from the
// next one down, in its `why` member.
template <class Candidate, class Why>
void explainRanking(std::vector<Candidate>& ranked, std::size_t top, Why why) {
    for (std::size_t i = 0; i + 1 < ranked.size(); ++i)
        ranked[i].why = why(ranked[i], ranked[i + 1]);
    if (ranked.size() > top)
        ranked.pop_back();
}

// Ranks every valid (TP, PP, CP, EP, DP, micro-batch, virtual stages, FSDP, recompute) for the plan's model,
// cluster and global batch: TP dividing the heads within one NVLink domain, PP up to the layers (split by
// pipeline_split.h, evenly or not), CP dividing the sequence into 2 x CP chunks, DP = GPUs / (TP x CP x PP),
// EP dividing the experts and TP x CP x DP (ETP 1), FSDP without PP, micro-batches dividing B / DP. Keeps
// the `top` fastest that fit.
SweepResult sweepPlans(const Plan& plan, std::size_t top);

} // namespace cs
