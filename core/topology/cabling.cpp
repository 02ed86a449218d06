#include "topology/cabling.h"

#include "base/input_error.h"
#include "topology/cable_fit.h"

#include <algorithm>
#include <string>
#include <unordered_set>

namespace cs {

namespace {

// Ports already promised to cables planned in the same batch, by Design's port key layout.
using TakenPorts = std::unordered_set<std::uint64_t>;

std::uint64_t portKey(Endpoint endpoint) {
    return (std::uint64_t{endpoint.device} << 16) | endpoint.port;
}

const Device& deviceOrThrow(const Design& design, DeviceId id) {
    const Device* device = design.devices().find(id);
    if (!device)
        throw InputError("no device with id " + std::to_string(id));
    return *device;
}

bool isFree(const Design& design, Endpoint endpoint, const TakenPorts& taken) {
    return !design.linkAt(endpoint) && !taken.contains(portKey(endpoint));
}

// The fastest speed both port groups run at; 0 when they share none.
int commonGbps(const PortGroup& a, const PortGroup& b) {
    for (int speed : a.gbps) { // fastest first
        if (b.supportsGbps(speed))
            return speed;
    }
    return 0;
}

std::vector<std::uint16_t> freePortsOf(const Design& design, const Device& device, Network network,
                                       const TakenPorts& taken) {
    std::vector<std::uint16_t> free;
    for (int port = 0; port < design.typeOf(device).portCount(); ++port) {
        const Endpoint end{device.id, static_cast<std::uint16_t>(port)};
        if (design.portNetwork(device, port) == network && isFree(design, end, taken))
            free.push_back(end.port);
    }
    return free;
}

// Both ends must be different devices, and a switch among them must serve the cable's network.
void checkEnds(const Design& design, const Device& a, const Device& b, Network network) {
    if (a.id == b.id)
        throw InputError("a cable needs two different devices");
    for (const Device* device : {&a, &b}) {
        if (design.typeOf(*device).category == DeviceCategory::Switch && device->network != network)
            throw InputError("“" + device->name + "” is a " +
                             std::string(device->network ? networkLabel(*device->network) : "unassigned") +
                             " switch, not a " + std::string(networkLabel(network)) + " switch");
    }
}

struct PortChoice {
    Endpoint a, b;
    int gbps = 0;
};

// The first pair of free ports on `network` that can be cabled, or the reason there is none.
std::optional<PortChoice> choosePorts(const Design& design, const Device& a, const Device& b, Network network,
                                      const TakenPorts& taken, std::string* reason) {
    const auto freeOf = [&](const Device& device) {
        std::vector<std::uint16_t> free = freePortsOf(design, device, network, taken);
        if (free.empty())
            *reason = "“" + device.name + "” has no free " + std::string(networkLabel(network)) + " port";
        return free;
    };
    const std::vector<std::uint16_t> freeA = freeOf(a);
    if (freeA.empty())
        return std::nullopt;
    const std::vector<std::uint16_t> freeB = freeOf(b);
    if (freeB.empty())
        return std::nullopt;
    const DeviceType& typeA = design.typeOf(a);
    const DeviceType& typeB = design.typeOf(b);
    *reason = "the free " + std::string(networkLabel(network)) + " ports of “" + a.name + "” and “" + b.name +
              "” share no media or speed";
    for (std::uint16_t portA : freeA) {
        const PortGroup& groupA = typeA.groupOfPort(portA);
        for (std::uint16_t portB : freeB) {
            const PortGroup& groupB = typeB.groupOfPort(portB);
            const int gbps = commonGbps(groupA, groupB);
            if (gbps > 0 && mediaCompatible(groupA.media, groupB.media))
                return PortChoice{{a.id, portA}, {b.id, portB}, gbps};
        }
    }
    return std::nullopt;
}

// The planned link, with its length on `floor` and its cable (fitLink).
Link makeLink(const Design& design, LinkId id, const PortChoice& choice, Network network,
              const FloorPlan& floor, CableFit& cables) {
    Link link;
    link.id = id;
    link.a = choice.a;
    link.b = choice.b;
    link.network = network;
    link.gbps = choice.gbps;
    fitLink(link, design, floor, cables);
    return link;
}

// A single cable: the floor plan and cable list for it alone.
Link makeLink(const Design& design, const PortChoice& choice, Network network, const Catalog& library) {
    CableFit cables(library);
    return makeLink(design, design.links().nextId(), choice, network, floorPlanOf(design), cables);
}

bool isSwitchOn(const Design& design, const Device& device, Network network) {
    return design.typeOf(device).category == DeviceCategory::Switch && device.network == network;
}

} // namespace

Link planCable(const Design& design, DeviceId a, DeviceId b, Network network, const Catalog& library) {
    if (a == b)
        throw InputError("a cable needs two different devices");
    const Device& deviceA = deviceOrThrow(design, a);
    const Device& deviceB = deviceOrThrow(design, b);
    checkEnds(design, deviceA, deviceB, network);
    std::string reason;
    const auto choice = choosePorts(design, deviceA, deviceB, network, {}, &reason);
    if (!choice)
        throw InputError(reason);
    return makeLink(design, *choice, network, library);
}

std::vector<std::uint16_t> freePorts(const Design& design, DeviceId device, Network network) {
    return freePortsOf(design, deviceOrThrow(design, device), network, {});
}

Link planCable(const Design& design, Endpoint a, Endpoint b, Network network, const Catalog& library) {
    const Device& deviceA = deviceOrThrow(design, a.device);
    const Device& deviceB = deviceOrThrow(design, b.device);
    checkEnds(design, deviceA, deviceB, network);
    const std::string label(networkLabel(network));
    for (const auto& [device, end] : {std::pair{&deviceA, a}, std::pair{&deviceB, b}}) {
        if (end.port >= design.typeOf(*device).portCount())
            throw InputError("“" + device->name + "” has no port " + std::to_string(end.port));
        if (design.portNetwork(*device, end.port) != network)
            throw InputError("port " + design.portName(end) + " of “" + device->name + "” is not a " + label +
                             " port");
        if (design.linkAt(end))
            throw InputError("port " + design.portName(end) + " of “" + device->name + "” is taken");
    }
    const PortGroup& groupA = design.typeOf(deviceA).groupOfPort(a.port);
    const PortGroup& groupB = design.typeOf(deviceB).groupOfPort(b.port);
    if (!mediaCompatible(groupA.media, groupB.media))
        throw InputError("port " + design.portName(a) + " of “" + deviceA.name + "” and port " +
                         design.portName(b) + " of “" + deviceB.name + "” are of media that cannot meet");
    const int gbps = commonGbps(groupA, groupB);
    if (gbps == 0)
        throw InputError("port " + design.portName(a) + " of “" + deviceA.name + "” and port " +
                         design.portName(b) + " of “" + deviceB.name + "” share no speed");
    return makeLink(design, {a, b, gbps}, network, library);
}

std::vector<Operation> autoCable(const Design& design, std::span<const DeviceId> devices, Network network,
                                 const Catalog& library) {
    std::vector<const Device*> switches, hosts;
    for (DeviceId id : devices) {
        const Device& device = deviceOrThrow(design, id);
        if (isSwitchOn(design, device, network))
            switches.push_back(&device);
        else if (design.typeOf(device).category != DeviceCategory::Switch)
            hosts.push_back(&device);
    }
    const std::string label(networkLabel(network));
    if (switches.empty())
        throw InputError("the selection holds no " + label + " switch to cable to");
    if (hosts.empty())
        throw InputError("the selection holds no server or storage to cable to the " + label + " switches");
    const auto byId = [](const Device* l, const Device* r) { return l->id < r->id; };
    std::sort(switches.begin(), switches.end(), byId);
    std::sort(hosts.begin(), hosts.end(), byId);

    const FloorPlan floor = floorPlanOf(design);
    CableFit cables(library);
    std::vector<Operation> operations;
    TakenPorts taken;
    LinkId next = design.links().nextId();
    for (const Device* host : hosts) {
        const DeviceType& type = design.typeOf(*host);
        std::size_t rail = 0; // the k-th free port of this network on the host
        for (int port = 0; port < type.portCount(); ++port) {
            const Endpoint end{host->id, static_cast<std::uint16_t>(port)};
            if (design.portNetwork(*host, port) != network)
                continue;
            const std::size_t k = rail++;
            if (!isFree(design, end, taken))
                continue;
            const Device& target = *switches[k % switches.size()];
            const DeviceType& switchType = design.typeOf(target);
            const PortGroup& hostGroup = type.groupOfPort(port);
            for (int switchPort = 0; switchPort < switchType.portCount(); ++switchPort) {
                const Endpoint other{target.id, static_cast<std::uint16_t>(switchPort)};
                const PortGroup& group = switchType.groupOfPort(switchPort);
                const int gbps = commonGbps(hostGroup, group);
                if (gbps == 0 || !mediaCompatible(hostGroup.media, group.media) ||
                    design.portNetwork(target, switchPort) != network || !isFree(design, other, taken))
                    continue;
                taken.insert(portKey(end));
                taken.insert(portKey(other));
                operations.push_back(
                    {Add<Link>{makeLink(design, next++, {end, other, gbps}, network, floor, cables)}});
                break;
            }
        }
    }
    return operations;
}

} // namespace cs
