#include "base/number_format.h"
#include "model/rack_usage.h"
#include "rules/rules.h"

#include <algorithm>
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
        if (exceeded.power)
            out.push_back(
                {"rack-power-exceeded",
                 Severity::Error,
                 {CS_REPORT_TEXT("cs::Diagnostic", "rack %1: its devices draw up to %2, over its %3"),
                  {rack.name, kw(load.watts), kw(rack.max_kw * kWattsPerKw)}},
                 load.devices,
                 {},
                 CS_REPORT_TEXT("cs::Diagnostic",
                                "move devices to another rack or raise the rack's power limit")});
        if (rack.cooling == Cooling::Air && exceeded.cooling)
            out.push_back(
                {"rack-air-cooling-exceeded",
                 Severity::Error,
                 {CS_REPORT_TEXT("cs::Diagnostic", "rack %1: %2 in an air-cooled rack, above the %3 "
                                                   "that the densest air-cooled reference designs reach"),
                  {rack.name, kw(load.watts), kw(rackCoolingKw(rack) * kWattsPerKw)}},
                 load.devices,
                 {},
                 CS_REPORT_TEXT("cs::Diagnostic", "cool the rack with liquid (and declare its capacity) "
                                                  "or spread the devices")});
        if (rack.cooling == Cooling::Liquid && exceeded.cooling)
            out.push_back(
                {"rack-cooling-capacity",
                 Severity::Error,
                 rack.cooling_kw > 0
                     ? ReportText(CS_REPORT_TEXT("cs::Diagnostic",
                                                 "rack %1: its devices draw up to %2, over the %3 its liquid "
                                                 "cooling removes"),
                                  {rack.name, kw(load.watts), kw(rack.cooling_kw * kWattsPerKw)})
                     : ReportText(CS_REPORT_TEXT("cs::Diagnostic",
                                                 "rack %1: its devices draw up to %2; the "
                                                 "liquid-cooled rack declares no cooling capacity"),
                                  {rack.name, kw(load.watts)}),
                 load.devices,
                 {},
                 CS_REPORT_TEXT("cs::Diagnostic",
                                "declare the rack's cooling capacity (kW) or move devices out")});
        if (exceeded.cooling_mismatch) {
            std::sort(load.liquid.begin(), load.liquid.end());
            out.push_back(
                {"rack-cooling-mismatch",
                 Severity::Error,
                 load.liquid.size() > 1
                     ? ReportText(CS_REPORT_TEXT("cs::Diagnostic",
                                                 "rack %1: %2 and %3 more need liquid cooling, the rack is "
                                                 "air-cooled"),
                                  {rack.name, index.label(load.liquid.front()),
                                   std::to_string(load.liquid.size() - 1)})
                     : ReportText(CS_REPORT_TEXT("cs::Diagnostic",
                                                 "rack %1: %2 needs liquid cooling, the rack is air-cooled"),
                                  {rack.name, index.label(load.liquid.front())}),
                 load.liquid,
                 {},
                 CS_REPORT_TEXT("cs::Diagnostic",
                                "make the rack liquid-cooled (with its capacity) or use air-cooled models")});
        }
        if (exceeded.height)
            out.push_back({"rack-height-exceeded",
                           Severity::Error,
                           {CS_REPORT_TEXT("cs::Diagnostic", "rack %1: its devices need %2 U of %3 U"),
                            {rack.name, std::to_string(load.units), std::to_string(rack.height_u)}},
                           load.devices,
                           {},
                           CS_REPORT_TEXT("cs::Diagnostic", "move devices to another rack")});
        std::sort(load.slots.begin(), load.slots.end(),
                  [](const Occupant& a, const Occupant& b) { return a.first_u < b.first_u; });
        for (std::size_t i = 1; i < load.slots.size(); ++i) {
            const Occupant& below = load.slots[i - 1];
            const Occupant& above = load.slots[i];
            if (above.first_u < below.first_u + below.units)
                out.push_back({"rack-slot-overlap",
                               Severity::Error,
                               {CS_REPORT_TEXT("cs::Diagnostic", "rack %1: %2 and %3 both occupy U%4"),
                                {rack.name, index.device(below.device)->name,
                                 index.device(above.device)->name, std::to_string(above.first_u)}},
                               {below.device, above.device},
                               {},
                               CS_REPORT_TEXT("cs::Diagnostic", "give each device its own rack units")});
        }
    }
}

} // namespace cs
