#include "model/rack_elevation.h"

#include <algorithm>
#include <numeric>
#include <unordered_map>

namespace cs {

namespace {

// Sorts the placed devices and finds the free runs, the used units and any overlap.
void finish(RackElevation& elevation) {
    std::sort(elevation.placed.begin(), elevation.placed.end(),
              [](const ElevationDevice& a, const ElevationDevice& b) {
                  return a.bottom_u != b.bottom_u ? a.bottom_u < b.bottom_u : a.device < b.device;
              });
    int next_free = 1; // the lowest unit above every device seen so far
    for (const ElevationDevice& device : elevation.placed) {
        if (device.bottom_u < next_free)
            elevation.overlapping = true;
        else if (device.bottom_u > next_free)
            elevation.free.push_back({next_free, device.bottom_u - 1});
        elevation.used_u += std::max(0, device.topU() - std::max(device.bottom_u, next_free) + 1);
        next_free = std::max(next_free, device.topU() + 1);
    }
    if (next_free <= elevation.height_u)
        elevation.free.push_back({next_free, elevation.height_u});
}

void add(RackElevation& elevation, const Design& design, const Device& device) {
    const int height_u = std::max(1, design.typeOf(device).rack_units);
    if (device.rack_u < 1) // the design keeps a placed device within its rack's height
        elevation.unplaced.push_back(device.id);
    else
        elevation.placed.push_back({device.id, device.rack_u, height_u});
}

} // namespace

int RackElevation::freeU() const {
    return std::accumulate(free.begin(), free.end(), 0,
                           [](int sum, const FreeUnits& units) { return sum + units.count(); });
}

RackElevation rackElevation(const Design& design, RackId rack) {
    return rackElevations(design, {&rack, 1}).front();
}

std::vector<RackElevation> rackElevations(const Design& design, std::span<const RackId> racks) {
    std::vector<RackElevation> elevations(racks.size());
    std::unordered_map<RackId, std::size_t> index;
    for (std::size_t i = 0; i < racks.size(); ++i) {
        if (const Rack* rack = design.racks().find(racks[i])) {
            elevations[i].rack = rack->id;
            elevations[i].height_u = rack->height_u;
            index.emplace(rack->id, i);
        }
    }
    for (const Device& device : design.devices().items())
        if (const auto it = index.find(device.rack); it != index.end())
            add(elevations[it->second], design, device);
    for (RackElevation& elevation : elevations)
        if (elevation.rack != kNoRack)
            finish(elevation);
    return elevations;
}

} // namespace cs
