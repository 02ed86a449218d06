#include "power/power_model.h"

#include "base/units.h"

#include <algorithm>

namespace cs {

namespace {} // namespace

PowerEstimate powerEstimate(const Plan& plan, double run_seconds) {
    const ClusterSpec& cluster = plan.cluster;
    PowerEstimate power;
    const double gpus_at_load = cluster.gpus_per_node * cluster.gpu.tdp_watts * kTrainingWattsPerGpuTdp;
    power.server_watts =
        cluster.server_max_watts > 0 ? std::min(gpus_at_load, cluster.server_max_watts) : gpus_at_load;
    power.servers = cluster.nodes();
    power.gpu_servers_watts = power.server_watts * power.servers;
    power.other_it_watts = cluster.other_it_watts;
    power.it_watts = power.gpu_servers_watts + power.other_it_watts;
    power.pue = plan.power.pue > 0 ? plan.power.pue : kDefaultPue;
    power.facility_watts = power.it_watts * power.pue;
    power.energy_kwh = power.facility_watts * run_seconds / kSecondsPerHour / kWattsPerKilowatt;
    power.price_per_kwh = plan.power.price_per_kwh > 0 ? plan.power.price_per_kwh : kDefaultPricePerKwh;
    power.cost = power.energy_kwh * power.price_per_kwh;
    power.currency = plan.power.currency;
    return power;
}

} // namespace cs
