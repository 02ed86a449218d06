#pragma once

#include "model/design.h"

#include <span>
#include <vector>

namespace cs {

// A device in a rack's front view: the units it takes, from its lowest (rack_u) up.
struct ElevationDevice {
    DeviceId device = 0;
    int bottom_u = 0;
    int height_u = 1;

    int topU() const { return bottom_u + height_u - 1; }
};

// A run of free units, both ends included.
struct FreeUnits {
    int bottom_u = 0, top_u = 0;

    int count() const { return top_u - bottom_u + 1; }
};

// The front view of one rack, as NetBox draws it: the devices in their slots from U1 (the bottom) up, the
// devices in the rack without a slot, and the free units in between.
struct RackElevation {
    RackId rack = kNoRack;
    int height_u = 0;
    std::vector<ElevationDevice> placed; // by their lowest unit
    std::vector<DeviceId> unplaced;      // in the rack with no slot (rack_u 0)
    std::vector<FreeUnits> free;         // from the bottom up
    int used_u = 0;                      // the units the placed devices take (shared units once)
    bool overlapping = false;            // two placed devices share a unit

    int freeU() const;
};

RackElevation rackElevation(const Design& design, RackId rack);
// The racks', in their order, in one pass over the devices (an unknown rack's is empty, its rack kNoRack).
std::vector<RackElevation> rackElevations(const Design& design, std::span<const RackId> racks);

} // namespace cs
