#pragma once

#include "estimate/plan.h"
#include "estimate/storage_budget.h"

namespace cs {

// Assumptions, editable in PLAN.json's "training" (docs/model.md §Goodput): Llama 3 publishes neither. A
// restart (detect the failure, swap in a spare, reinitialise NCCL and the job) of 5 minutes, before the
// checkpoint load the storage budget computes; with it the Llama 3 405B run lands above the > 90% effective
// training time the paper reports. A failed server back in the pool after 24 hours (diagnose, swap the part,
// burn in).
inline constexpr double kDefaultRestartMinutes = 5;
inline constexpr double kDefaultRepairHours = 24;
// Hot spares keep the chance that a scalable unit has more failed servers than spares below this.
inline constexpr double kSpareShortfallProbability = 0.01;

// The share of the wall-clock time a run trains, and the spare servers that keep it at full size.
struct Goodput {
    double system_mtbf_s = 0; // servers and fabric together (the storage budget's)
    double checkpoint_overhead =
        0;                         // checkpoint writes and lost work (the storage budget's, Young's interval)
    double restart_s = 0;          // restart time plus the checkpoint restore
    double repair_hours = 0;       // the plan's, or the default
    double restart_share = 0;      // restart_s / system_mtbf_s
    double goodput = 0;            // 1 - checkpoint_overhead - restart_share, at least 0
    double wall_clock_s = 0;       // time to train / goodput
    int scalable_unit_servers = 0; // servers of one compute-leaf group
    double failed_servers_mean =
        0; // concurrently failed servers of one scalable unit: servers * repair / MTBF
    int spares_per_scalable_unit = 0;
    double shortfall_probability = 0; // P(more failed servers than spares) in one scalable unit
    int scalable_units = 0;
    int spares_total = 0;
};

// The smallest k with P(X > k) < `probability` for X ~ Poisson(mean).
int poissonQuantileAbove(double mean, double probability);

Goodput goodputOf(const Plan& plan, const StorageBudget& storage, double time_to_train_s);

} // namespace cs
