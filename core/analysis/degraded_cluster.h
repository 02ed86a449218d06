#pragma once

#include "analysis/failure_impact.h"
#include "estimate/plan.h"
#include "model/design.h"

#include <optional>
#include <string_view>
#include <vector>

namespace cs {

// The PlanError field of a plan the failures leave too few GPUs.
inline constexpr std::string_view kFailuresField = "failures";

// The GPUs a plan's job needs: TP x CP x PP x DP, or the cluster's GPUs while DP is not set.
int jobGpus(const Plan& plan);
// The plan's job on the intact cluster: its cluster holds the job's GPUs (a design may have spares).
Plan intactJob(const Plan& plan);

// The GPU servers a job of `gpus` GPUs runs on after `impact`: the servers the compute network keeps whole
// (not a server without NVLink that lost the GPUs behind a lost link), the intact ones first, then the
// degraded ones with the most compute bandwidth kept first (ties by id), until they hold `gpus` GPUs; all the
// servers kept when they hold fewer.
std::vector<DeviceId> jobServers(const Design& design, const FailureImpact& impact, int gpus);

// Turns `plan`'s cluster (the design's, applyDesignCluster) into the degraded one the job runs on
// (docs/model.md §Failures): the job's GPUs out of the servers kept, the inter-node bandwidth of its slowest
// server (lowest PXN fraction), the leaves' oversubscription over their surviving up-links, and the storage
// nodes left. Returns why the plan cannot run (field "failures") when fewer GPUs remain than it needs.
std::optional<PlanError> applyFailures(const Design& design, const FailureSet& failures,
                                       const FailureImpact& impact, Plan& plan);

// resilienceRanking's step: `plan` (the design's cluster applied) on each degraded fabric.
DegradedStep planOnDegradedFabric(const Design& design, const Plan& plan);

} // namespace cs
