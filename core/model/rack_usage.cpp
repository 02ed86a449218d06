#include "model/rack_usage.h"

#include "base/input_error.h"

#include <algorithm>
#include <limits>
#include <string>

namespace cs {

namespace {

void count(RackUsage& usage, const DeviceType& type) {
    ++usage.devices;
    usage.liquid_devices = usage.liquid_devices || type.cooling == Cooling::Liquid;
    usage.idle_watts += type.idle_watts;
    usage.max_watts += type.max_watts;
    usage.used_u += type.rack_units;
}

} // namespace

double rackCoolingKw(const Rack& rack) {
    return rack.cooling == Cooling::Air ? kAirCooledRackMaxKw : rack.cooling_kw;
}

RackUsage rackUsage(const Design& design, RackId rack) {
    RackUsage usage;
    for (const Device& device : design.devices().items()) {
        if (device.rack == rack)
            count(usage, design.typeOf(device));
    }
    return usage;
}

std::unordered_map<RackId, RackUsage> rackUsages(const Design& design) {
    std::unordered_map<RackId, RackUsage> usages;
    for (const Device& device : design.devices().items()) {
        if (device.rack != kNoRack)
            count(usages[device.rack], design.typeOf(device));
    }
    return usages;
}

double rackPowerUtilisation(const RackUsage& usage, const Rack& rack) {
    constexpr double kWattsPerKilowatt = 1000;
    if (rack.max_kw > 0)
        return usage.max_watts / (rack.max_kw * kWattsPerKilowatt);
    return usage.max_watts > 0 ? std::numeric_limits<double>::infinity() : 0.0;
}

RackLimitsExceeded rackLimitsExceeded(const RackUsage& usage, const Rack& rack) {
    constexpr double kWattsPerKilowatt = 1000;
    return {usage.max_watts > rack.max_kw * kWattsPerKilowatt,
            usage.max_watts > rackCoolingKw(rack) * kWattsPerKilowatt,
            rack.cooling == Cooling::Air && usage.liquid_devices, usage.used_u > rack.height_u};
}

std::vector<int> freeSlots(const Design& design, RackId rack, std::span<const DeviceId> devices) {
    const Rack* target = design.racks().find(rack);
    if (!target)
        throw InputError("no rack with id " + std::to_string(rack));
    std::vector<bool> taken(static_cast<std::size_t>(target->height_u) + 1); // index = rack unit, from 1
    const auto occupy = [&taken](int lowest, int units) {
        for (int u = std::max(lowest, 1); u < lowest + units && u < static_cast<int>(taken.size()); ++u)
            taken[static_cast<std::size_t>(u)] = true;
    };
    for (const Device& device : design.devices().items()) {
        if (device.rack == rack && device.rack_u > 0 &&
            std::ranges::find(devices, device.id) == devices.end())
            occupy(device.rack_u, design.typeOf(device).rack_units);
    }
    std::vector<int> slots;
    slots.reserve(devices.size());
    for (DeviceId id : devices) {
        const Device* device = design.devices().find(id);
        if (!device)
            throw InputError("no device with id " + std::to_string(id));
        const int units = design.typeOf(*device).rack_units;
        int slot = 0;
        for (int lowest = 1; lowest + units - 1 <= target->height_u && slot == 0; ++lowest) {
            const auto first = taken.begin() + lowest;
            if (std::none_of(first, first + units, [](bool used) { return used; }))
                slot = lowest;
        }
        occupy(slot, slot > 0 ? units : 0);
        slots.push_back(slot);
    }
    return slots;
}

} // namespace cs
