#include "power/power_breakdown.h"

#include <numeric>

namespace cs {

namespace {

const char* const kDesignSource =
    "docs/model.md#power (each device at load: switches at maximum, CPU servers and "
    "storage halfway between idle and maximum)";

} // namespace

std::vector<PowerPart> powerBreakdown(const PowerEstimate& power, const DesignPower& design) {
    std::vector<PowerPart> parts;
    parts.push_back({"gpu_servers",
                     "GPU servers",
                     true,
                     {power.gpu_servers_watts,
                      "W",
                      "servers * server_watts",
                      {{"servers", power.servers, ""}, {"server_watts", power.server_watts, "W"}},
                      "Patterson et al. 2021 Table 4 (docs/model.md#power)"}});
    const auto category = [&](DeviceCategory c) {
        return design.category_watts[static_cast<std::size_t>(c)];
    };
    const auto add = [&](std::string id, std::string label, double watts, std::string formula) {
        if (watts > 0)
            parts.push_back(
                {std::move(id), std::move(label), true, {watts, "W", std::move(formula), {}, kDesignSource}});
    };
    add("cpu_servers", "CPU servers", category(DeviceCategory::CpuServer),
        "sum of the design's CPU servers at load");
    add("storage", "Storage", category(DeviceCategory::Storage), "sum of the design's storage nodes at load");
    for (const Network network : kNetworks)
        add("switches_" + std::string(networkId(network)), "Switches: " + std::string(networkLabel(network)),
            design.network_watts[static_cast<std::size_t>(network)],
            "sum of the design's " + std::string(networkId(network)) + " switches at maximum");
    const double on_networks = std::accumulate(design.network_watts.begin(), design.network_watts.end(), 0.0);
    add("switches_other", "Switches: no network", category(DeviceCategory::Switch) - on_networks,
        "all switches - switches of the five networks");
    const double overhead = power.facility_watts - power.it_watts;
    if (overhead > 0)
        parts.push_back({"facility_overhead",
                         "Cooling and power losses (PUE)",
                         false,
                         {overhead,
                          "W",
                          "it_watts * (PUE - 1)",
                          {{"it_watts", power.it_watts, "W"}, {"PUE", power.pue, ""}},
                          "docs/model.md#power (facility = IT x PUE); PUE of the plan or Uptime Institute "
                          "2023 (1.58)"}});
    return parts;
}

} // namespace cs
