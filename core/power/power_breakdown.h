#pragma once

#include "base/explained.h"
#include "power/design_power.h"
#include "power/power_model.h"

#include <string>
#include <vector>

namespace cs {

// One part of the facility's power at load, with how it was obtained.
struct PowerPart {
    std::string
        id; // gpu_servers, cpu_servers, storage, switches_compute, ..., switches_other, facility_overhead
    std::string label; // "GPU servers", "Switches: compute", "Cooling and power losses (PUE)", ...
    bool it = true;    // IT equipment; false for the facility's share (cooling, power conversion)
    Explained watts;
};

// docs/model.md §Power: the plan's facility power by part: the GPU servers as the plan's power estimate
// counts them, the other IT of the design by category (CPU servers, storage) and its switches by the network
// they serve (switches on no network as one part, when any), then the facility overhead it_watts x (PUE - 1).
// When `power` was estimated on `design`'s cluster (applyDesignCluster), the IT parts sum to power.it_watts
// and all parts to power.facility_watts. Parts of 0 W are left out, except the GPU servers.
std::vector<PowerPart> powerBreakdown(const PowerEstimate& power, const DesignPower& design);

} // namespace cs
