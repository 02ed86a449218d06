#pragma once

#include "model/design.h"

#include <array>
#include <nlohmann/json_fwd.hpp>
#include <string>
#include <vector>

namespace cs {

// Assumption (no source): devices other than GPU servers and switches (CPU servers, storage) run halfway
// between idle and maximum.
inline constexpr double kOtherDeviceLoad = 0.5;

// What a device draws while the cluster trains: GPU servers their GPUs x TDP x kTrainingWattsPerGpuTdp (at
// most the server's maximum, power_model.h), switches their maximum (it counts the optics; docs/model.md
// §Power), others idle + kOtherDeviceLoad x (max - idle).
double deviceWattsAtLoad(const Design& design, const Device& device);

struct RackPower {
    RackId id = 0;
    std::string name;
    int devices = 0;
    double watts = 0;  // its devices at load
    double max_kw = 0; // the rack's limit
    Cooling cooling = Cooling::Air;
    double cooling_kw = 0; // liquid cooling capacity declared; 0 = none
    bool over() const { return max_kw > 0 && watts > max_kw * 1000; }
};

// docs/model.md §Power: the design's power at load per rack, per device category and per network (the
// switches serving it), and in total.
struct DesignPower {
    std::vector<RackPower> racks; // in rack order
    double unracked_watts = 0;    // devices in no rack
    std::array<double, kDeviceCategories.size()> category_watts{};
    std::array<double, kNetworkCount> network_watts{}; // switches by the network they serve
    double it_watts = 0;
};

DesignPower designPower(const Design& design);

nlohmann::json designPowerToJson(const DesignPower& power);
// The text lists every rack up to kRacksListed of them; beyond, how many are over their limit and the
// kRacksListed nearest it (over first). The JSON has every rack.
inline constexpr std::size_t kRacksListed = 24;
std::string designPowerToText(const DesignPower& power);

} // namespace cs
