#include "rack_usage.h"

namespace cs {

namespace {

void count(RackUsage& usage, const DeviceType& type) {
    ++usage.devices;
    usage.idle_watts += type.idle_watts;
    usage.max_watts += type.max_watts;
    usage.used_u += type.rack_units;
}

} // namespace

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

} // namespace cs
