#pragma once

#include "estimate/plan.h"

#include <cstddef>
#include <nlohmann/json_fwd.hpp>
#include <string>
#include <vector>

namespace cs {

// The scaling chart reaches this multiple of the design's GPU servers (docs/model.md §Scaling curve).
inline constexpr int kScalingCurveMaxFactor = 16;

// The fastest plan the sweep finds for the design's building blocks at one cluster size.
struct ScalingPoint {
    int servers = 0;
    int gpus = 0;
    bool feasible = false; // some plan fits in memory at this size and global batch
    Parallelism parallelism;
    double step_time_s = 0, tokens_per_s = 0, mfu = 0, time_to_train_s = 0;
    std::size_t plans_evaluated = 0;
};

// One line of a chart: y over the shared x axis (GPUs), with its label and unit.
struct ChartSeries {
    std::string id, label, unit;
    std::vector<double> x, y; // feasible points only
};

struct ScalingCurve {
    int design_gpus = 0;
    std::vector<ScalingPoint> points; // ascending GPU count
    // tokens_per_s (tokens/s), mfu (%), time_to_train (days), step_time (s); x = GPUs.
    std::vector<ChartSeries> series() const;
};

// For the plan's model, global batch, training tokens and cluster (the design's server, GPU, NICs, fabric
// oversubscription and storage, applyDesignCluster), the best sweepPlans() row at 1, 2, 4, ... GPU servers up
// to `max_factor` x the design's, plus the design's own size. Power: other IT (switches, storage, CPU
// servers) scales with the server count (assumption: the generator sizes those tiers per server).
ScalingCurve scalingCurve(const Plan& plan, int max_factor = kScalingCurveMaxFactor);

// The plan with the parallelism that scalingCurve's sweep chooses (tp, pp, cp, dp, ep, etp, fsdp, the stage
// split, vpp, micro-batch, recompute, sequence parallelism) put back to its defaults: all the curve depends
// on. Two plans with equal inputs have the same curve, so a view may keep the curve across such edits.
Plan scalingCurveInputs(const Plan& plan);

// {"x": {"label", "unit"}, "design_gpus", "points": [...], "series": [{id, label, unit, x, y}]}.
nlohmann::json scalingCurveToJson(const ScalingCurve& curve);

} // namespace cs
