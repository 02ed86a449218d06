#pragma once

#include "model/design.h"

#include <span>
#include <unordered_map>
#include <vector>

namespace cs {

// The most an air-cooled rack may draw: the densest air-cooled racks NVIDIA publishes are four DGX B300
// (AC-PSU model) per rack, about 56 kW (DGX SuperPOD B300 XDR reference architecture); every denser vendor
// design (GB200/GB300 NVL72 at 120-132 kW, Dell IR7000) is liquid-cooled.
inline constexpr double kAirCooledRackMaxKw = 56;

// The heat a rack's cooling removes, in kW: kAirCooledRackMaxKw for air, the declared capacity for liquid
// (0 when it declares none).
double rackCoolingKw(const Rack& rack);

// What a rack holds against its limits: the catalog power of its devices and the units they take.
struct RackUsage {
    std::size_t devices = 0;
    double idle_watts = 0;
    double max_watts = 0;        // what rack-power-exceeded compares with the rack's max_kw
    int used_u = 0;              // what rack-height-exceeded compares with the rack's height_u
    bool liquid_devices = false; // it holds a device the catalog says is liquid-cooled
};

// Sums the rack's devices. O(devices): for one rack on demand (the inspector).
RackUsage rackUsage(const Design& design, RackId rack);
// Every rack's usage in one pass over the devices (the canvas labels all racks).
std::unordered_map<RackId, RackUsage> rackUsages(const Design& design);

// The rack's catalog maximum power over its limit (max_watts / (max_kw x 1000)): what its power bar shows
// and budgetStatusOf() grades. Infinity when a rack with no limit holds a device that draws power.
double rackPowerUtilisation(const RackUsage& usage, const Rack& rack);

// The limits a rack's devices exceed: its power feed, its cooling (the air ceiling, or the liquid capacity it
// declares), liquid-cooled devices in an air-cooled rack, its height. The rack rules report each one; the
// canvas marks a rack that exceeds any.
struct RackLimitsExceeded {
    bool power = false;
    bool cooling = false;
    bool cooling_mismatch = false;
    bool height = false;

    bool any() const { return power || cooling || cooling_mismatch || height; }
};
RackLimitsExceeded rackLimitsExceeded(const RackUsage& usage, const Rack& rack);

// The rack units (rack_u) for moving `devices` into `rack`, in their order: for each the lowest slot from U1
// up where its height fits, around the devices already in the rack (except those being moved) and the ones
// placed before it; 0 where it fits nowhere. Throws InputError for an unknown rack or device.
std::vector<int> freeSlots(const Design& design, RackId rack, std::span<const DeviceId> devices);

} // namespace cs
