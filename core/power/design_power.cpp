#include "power/design_power.h"

#include "base/number_format.h"
#include "base/units.h"
#include "power/power_model.h"

#include <algorithm>
#include <cstdio>
#include <nlohmann/json.hpp>
#include <sstream>
#include <unordered_map>

namespace cs {

namespace {

std::string kilowatts(double watts) {
    char text[32];
    std::snprintf(text, sizeof text, "%.1f kW", watts / kWattsPerKilowatt);
    return text;
}

void rackLine(std::ostringstream& out, const RackPower& rack) {
    out << "  rack " << rack.name << ": " << kilowatts(rack.watts) << " of " << rack.max_kw << " kW, "
        << coolingId(rack.cooling);
    if (rack.cooling_kw > 0)
        out << " " << rack.cooling_kw << " kW";
    out << " (" << rack.devices << " devices)" << (rack.over() ? "  OVER THE LIMIT" : "") << "\n";
}

} // namespace

double deviceWattsAtLoad(const Design& design, const Device& device) {
    const DeviceType& type = design.typeOf(device);
    switch (type.category) {
    case DeviceCategory::GpuServer: {
        const GpuType* gpu = design.gpuOf(device);
        const double gpus_at_load =
            gpu ? design.gpuCount(device) * gpu->tdp_watts * kTrainingWattsPerGpuTdp : 0;
        return type.max_watts > 0 ? std::min(std::max(gpus_at_load, type.idle_watts), type.max_watts)
                                  : gpus_at_load;
    }
    case DeviceCategory::Switch:
        return type.max_watts;
    case DeviceCategory::CpuServer:
    case DeviceCategory::Storage:
        break;
    }
    return type.idle_watts + kOtherDeviceLoad * (type.max_watts - type.idle_watts);
}

DesignPower designPower(const Design& design) {
    DesignPower power;
    std::unordered_map<RackId, std::size_t> rack_index; // a rack's place in power.racks
    rack_index.reserve(design.racks().items().size());
    for (const Rack& rack : design.racks().items()) {
        rack_index.emplace(rack.id, power.racks.size());
        power.racks.push_back({rack.id, rack.name, 0, 0, rack.max_kw, rack.cooling, rack.cooling_kw});
    }
    for (const Device& device : design.devices().items()) {
        const double watts = deviceWattsAtLoad(design, device);
        const DeviceType& type = design.typeOf(device);
        power.it_watts += watts;
        power.category_watts[static_cast<std::size_t>(type.category)] += watts;
        if (type.category == DeviceCategory::Switch && device.network)
            power.network_watts[static_cast<std::size_t>(*device.network)] += watts;
        if (const auto found = rack_index.find(device.rack); found == rack_index.end()) {
            power.unracked_watts += watts;
        } else {
            RackPower& rack = power.racks[found->second];
            rack.watts += watts;
            ++rack.devices;
        }
    }
    return power;
}

nlohmann::json designPowerToJson(const DesignPower& power) {
    nlohmann::json racks = nlohmann::json::array();
    for (const RackPower& rack : power.racks)
        racks.push_back({{"name", rack.name},
                         {"devices", rack.devices},
                         {"watts", rack.watts},
                         {"max_kw", rack.max_kw},
                         {"cooling", coolingId(rack.cooling)},
                         {"cooling_kw", rack.cooling_kw},
                         {"over_limit", rack.over()}});
    nlohmann::json categories = nlohmann::json::object();
    for (const DeviceCategory category : kDeviceCategories)
        categories[std::string(categoryId(category))] =
            power.category_watts[static_cast<std::size_t>(category)];
    nlohmann::json networks = nlohmann::json::object();
    for (const Network network : kNetworks)
        networks[std::string(networkId(network))] = power.network_watts[static_cast<std::size_t>(network)];
    return {{"racks", racks},
            {"unracked_watts", power.unracked_watts},
            {"category_watts", categories},
            {"network_switch_watts", networks},
            {"it_watts", power.it_watts}};
}

std::string designPowerToText(const DesignPower& power) {
    std::ostringstream out;
    out << "Design power at load (" << kilowatts(power.it_watts) << " IT)\n";
    if (power.racks.size() <= kRacksListed) {
        for (const RackPower& rack : power.racks)
            rackLine(out, rack);
    } else {
        // A hall of racks: the busiest and every one over its limit, not thousands of lines.
        std::vector<const RackPower*> order;
        order.reserve(power.racks.size());
        for (const RackPower& rack : power.racks)
            order.push_back(&rack);
        const auto share = [](const RackPower* r) { return r->max_kw > 0 ? r->watts / r->max_kw : 0; };
        std::stable_sort(order.begin(), order.end(), [&](const RackPower* a, const RackPower* b) {
            return a->over() != b->over() ? a->over() : share(a) > share(b);
        });
        const auto over =
            std::count_if(order.begin(), order.end(), [](const RackPower* r) { return r->over(); });
        out << "  " << groupedCount(power.racks.size()) << " racks, " << groupedCount(std::size_t(over))
            << " over their limit; the " << kRacksListed << " nearest their limit:\n";
        for (std::size_t i = 0; i < kRacksListed; ++i)
            rackLine(out, *order[i]);
        out << "  (every rack: --json)\n";
    }
    if (power.unracked_watts > 0)
        out << "  not in a rack: " << kilowatts(power.unracked_watts) << "\n";
    out << "  by category:";
    for (const DeviceCategory category : kDeviceCategories)
        out << " " << categoryId(category) << " "
            << kilowatts(power.category_watts[static_cast<std::size_t>(category)]);
    out << "\n  switches by network:";
    for (const Network network : kNetworks)
        out << " " << networkId(network) << " "
            << kilowatts(power.network_watts[static_cast<std::size_t>(network)]);
    out << "\n";
    return out.str();
}

} // namespace cs
