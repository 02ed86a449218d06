#include "estimate/goodput.h"

#include "base/units.h"
#include "estimate/interruption_rates.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace cs {

namespace {

// P(X > k) for X ~ Poisson(mean), from the cumulative sum of e^-mean mean^i / i!.
double poissonTail(double mean, int k) {
    double term = std::exp(-mean), cumulative = term;
    for (int i = 1; i <= k; ++i) {
        term *= mean / i;
        cumulative += term;
    }
    return std::max(0.0, 1 - cumulative);
}

} // namespace

int poissonQuantileAbove(double mean, double probability) {
    int k = 0;
    while (poissonTail(mean, k) >= probability)
        ++k;
    return k;
}

Goodput goodputOf(const Plan& plan, const StorageBudget& storage, double time_to_train_s) {
    const TrainingSpec& training = plan.training;
    const ClusterSpec& cluster = plan.cluster;
    Goodput g;
    g.system_mtbf_s = storage.system_mtbf_s;
    g.checkpoint_overhead = storage.checkpoint_overhead;
    const double restart_minutes =
        training.restart_minutes > 0 ? training.restart_minutes : kDefaultRestartMinutes;
    g.restart_s = restart_minutes * kSecondsPerMinute + storage.restore_s;
    g.restart_share = g.restart_s / g.system_mtbf_s;
    g.goodput = std::max(0.0, 1 - g.checkpoint_overhead - g.restart_share);
    g.wall_clock_s = g.goodput > 0 ? time_to_train_s / g.goodput : std::numeric_limits<double>::infinity();

    const int nodes = cluster.nodes();
    g.scalable_unit_servers = std::min(nodes, cluster.leaf_group_servers);
    g.repair_hours = training.repair_hours > 0 ? training.repair_hours : kDefaultRepairHours;
    g.failed_servers_mean =
        g.scalable_unit_servers * g.repair_hours / interruptionRatesOf(training).node_mtbf_hours;
    g.spares_per_scalable_unit = poissonQuantileAbove(g.failed_servers_mean, kSpareShortfallProbability);
    g.shortfall_probability = poissonTail(g.failed_servers_mean, g.spares_per_scalable_unit);
    g.scalable_units = (nodes + cluster.leaf_group_servers - 1) / cluster.leaf_group_servers;
    g.spares_total = g.spares_per_scalable_unit * g.scalable_units;
    return g;
}

} // namespace cs
