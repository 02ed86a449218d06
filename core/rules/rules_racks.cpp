#include "base/number_format.h"
#include "model/rack_usage.h"
#include "rules/rules.h"

#include <algorithm>
#include <cstdio>
#include <unordered_map>

namespace cs {

namespace {
constexpr double kWattsPerKw = 1000;

std::string kw(double watts) {
    return formatNumber("%.1f kW", watts / kWattsPerKw);
}
} // namespace

// Power is the catalog maximum of each device (its nameplate ceiling), the figure a rack's feed must carry.
void checkRacks(const DesignIndex& index, std::vector<Diagnostic>& out) {
    const Design& design = index.design();
    struct Occupant {
        int first_u, units;
        DeviceId device;
    };
    struct Load {
        double watts = 0;
        int units = 0;
        std::vector<DeviceId> devices;
        std::vector<Occupant> slots;
        std::vector<DeviceId> liquid; // devices the catalog says are liquid-cooled
    };
    std::unordered_map<RackId, Load> loads;
    for (const Device& device : design.devices().items()) {
        if (device.rack == kNoRack)
            continue;
        const DeviceType& type = index.type(device.id);
        Load& load = loads[device.rack];
        load.watts += type.max_watts;
        load.units += type.rack_units;
        load.devices.push_back(device.id);
        if (type.cooling == Cooling::Liquid)
            load.liquid.push_back(device.id);
        if (device.rack_u > 0)
            load.slots.push_back({device.rack_u, type.rack_units, device.id});
    }
    for (const Rack& rack : design.racks().items()) {
        auto it = loads.find(rack.id);
        if (it == loads.end())
            continue;
        Load& load = it->second;
        std::sort(load.devices.begin(), load.devices.end());
        const RackLimitsExceeded exceeded =
            rackLimitsExceeded({load.devices.size(), 0, load.watts, load.units, !load.liquid.empty()}, rack);
        if (exceeded.power) {
            char text[160];
            std::snprintf(text, sizeof text, "rack %s: its devices draw up to %.1f kW, over its %.1f kW",
                          rack.name.c_str(), load.watts / kWattsPerKw, rack.max_kw);
            out.push_back({"rack-power-exceeded",
                           Severity::Error,
                           text,
                           load.devices,
                           {},
                           "move devices to another rack or raise the rack's power limit"});
        }
        if (rack.cooling == Cooling::Air && exceeded.cooling)
            out.push_back({"rack-air-cooling-exceeded",
                           Severity::Error,
                           "rack " + rack.name + ": " + kw(load.watts) +
                               " in an air-cooled rack, above the " + kw(rackCoolingKw(rack) * kWattsPerKw) +
                               " that the densest air-cooled reference designs reach",
                           load.devices,
                           {},
                           "cool the rack with liquid (and declare its capacity) or spread the devices"});
        if (rack.cooling == Cooling::Liquid && exceeded.cooling)
            out.push_back(
                {"rack-cooling-capacity",
                 Severity::Error,
                 "rack " + rack.name + ": its devices draw up to " + kw(load.watts) +
                     (rack.cooling_kw > 0
                          ? ", over the " + kw(rack.cooling_kw * kWattsPerKw) + " its liquid cooling removes"
                          : "; the liquid-cooled rack declares no cooling capacity"),
                 load.devices,
                 {},
                 "declare the rack's cooling capacity (kW) or move devices out"});
        if (exceeded.cooling_mismatch) {
            std::sort(load.liquid.begin(), load.liquid.end());
            out.push_back(
                {"rack-cooling-mismatch",
                 Severity::Error,
                 "rack " + rack.name + ": " + index.label(load.liquid.front()) +
                     (load.liquid.size() > 1 ? " and " + std::to_string(load.liquid.size() - 1) + " more"
                                             : std::string()) +
                     " need liquid cooling, the rack is air-cooled",
                 load.liquid,
                 {},
                 "make the rack liquid-cooled (with its capacity) or use air-cooled models"});
        }
        if (exceeded.height)
            out.push_back({"rack-height-exceeded",
                           Severity::Error,
                           "rack " + rack.name + ": its devices need " + std::to_string(load.units) +
                               " U of " + std::to_string(rack.height_u) + " U",
                           load.devices,
                           {},
                           "move devices to another rack"});
        std::sort(load.slots.begin(), load.slots.end(),
                  [](const Occupant& a, const Occupant& b) { return a.first_u < b.first_u; });
        for (std::size_t i = 1; i < load.slots.size(); ++i) {
            const Occupant& below = load.slots[i - 1];
            const Occupant& above = load.slots[i];
            if (above.first_u < below.first_u + below.units)
                out.push_back({"rack-slot-overlap",
                               Severity::Error,
                               "rack " + rack.name + ": " + index.device(below.device)->name + " and " +
                                   index.device(above.device)->name + " both occupy U" +
                                   std::to_string(above.first_u),
                               {below.device, above.device},
                               {},
                               "give each device its own rack units"});
        }
    }
}

} // namespace cs
