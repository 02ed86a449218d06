#include "model/design.h"

#include "base/input_error.h"
#include "model/operation.h"

#include <algorithm>
#include <cmath>
#include <sstream>

namespace cs {

using namespace design_limits;

namespace {

std::string deviceLabel(DeviceId id) {
    return "device " + std::to_string(id);
}

void checkFinite(double value, const std::string& what) {
    if (!std::isfinite(value))
        throw InputError(what + " is not a finite number");
}

// A limit as people write it ("0.001", "1e+09"), not std::to_string's "0.001000".
std::string shown(double limit) {
    std::ostringstream text;
    text << limit;
    return text.str();
}

void checkCoordinate(double value, const std::string& what) {
    checkFinite(value, what);
    if (std::abs(value) > kMaxCoordinate)
        throw InputError(what + " is beyond the canvas (at most " + shown(kMaxCoordinate) + " either way)");
}

// Nesting depth of a JSON value, counted up to `limit + 1` (deeper values are not walked).
int jsonDepth(const nlohmann::json& value, int limit) {
    if (!value.is_structured() || limit < 0)
        return 0;
    int deepest = 0;
    for (const nlohmann::json& child : value)
        deepest = std::max(deepest, jsonDepth(child, limit - 1));
    return deepest + 1;
}

} // namespace

void Design::adoptType(const Catalog& library, const std::string& typeId) {
    if (catalog_.device(typeId))
        return;
    const DeviceType* type = library.device(typeId);
    if (!type)
        throw InputError("unknown device type '" + typeId + "'");
    if (type->gpu) {
        for (const std::string& gpuId : type->gpu->supported) {
            if (!catalog_.gpu(gpuId))
                catalog_.addGpu(*library.gpu(gpuId));
        }
    }
    catalog_.addDevice(*type);
}

void Design::adoptCable(const Catalog& library, const std::string& cableId) {
    if (catalog_.cable(cableId))
        return;
    const CableType* cable = library.cable(cableId);
    if (!cable)
        throw InputError("unknown cable type '" + cableId + "'");
    catalog_.addCable(*cable);
}

const DeviceType& Design::typeOf(const Device& device) const {
    return *catalog_.device(device.type);
}

const GpuType* Design::gpuOf(const Device& device) const {
    const DeviceType& type = typeOf(device);
    if (!type.gpu)
        return nullptr;
    return catalog_.gpu(device.gpu.empty() ? type.gpu->gpu : device.gpu);
}

int Design::gpuCount(const Device& device) const {
    const DeviceType& type = typeOf(device);
    return type.gpu ? type.gpu->count : 0;
}

bool Design::hasGpus() const {
    const auto& all = devices_.items();
    return std::any_of(all.begin(), all.end(), [this](const Device& device) { return gpuCount(device) > 0; });
}

std::optional<Network> Design::portNetwork(const Device& device, int port) const {
    const PortGroup& group = typeOf(device).groupOfPort(port);
    return group.network ? group.network : device.network;
}

bool Design::hasPortOn(const Device& device, Network network) const {
    const int ports = typeOf(device).portCount();
    for (int port = 0; port < ports; ++port) {
        if (portNetwork(device, port) == network)
            return true;
    }
    return false;
}

std::string Design::portName(Endpoint endpoint) const {
    return typeOf(*devices_.find(endpoint.device)).portName(endpoint.port);
}

std::optional<LinkId> Design::linkAt(Endpoint endpoint) const {
    auto it = port_links_.find(portKey(endpoint));
    if (it == port_links_.end())
        return std::nullopt;
    return it->second;
}

std::vector<LinkId> Design::linksOf(DeviceId id) const {
    std::vector<LinkId> result;
    const Device* device = devices_.find(id);
    if (!device)
        return result;
    const int ports = typeOf(*device).portCount();
    for (int port = 0; port < ports; ++port) {
        if (auto link = linkAt({id, static_cast<std::uint16_t>(port)}))
            result.push_back(*link);
    }
    return result;
}

void Design::checkEndpoint(const Endpoint& endpoint, const char* side) const {
    const Device* device = devices_.find(endpoint.device);
    if (!device)
        throw InputError(std::string(side) + ": unknown device " + std::to_string(endpoint.device));
    if (endpoint.port >= typeOf(*device).portCount())
        throw InputError(std::string(side) + ": " + deviceLabel(device->id) + " (" + device->type +
                         ") has no port " + std::to_string(endpoint.port));
}

// Checks and applies one operation of each kind; each function returns the inverse.
struct OperationApplier {
    Design& design;

    void checkDevice(const Device& device) const {
        const std::string label = deviceLabel(device.id);
        const DeviceType* type = design.catalog_.device(device.type);
        if (!type)
            throw InputError(label + ": unknown device type '" + device.type + "'");
        if (device.name.empty())
            throw InputError(label + ": the name is empty");
        checkCoordinate(device.x, label + ": x");
        checkCoordinate(device.y, label + ": y");
        if (!device.gpu.empty()) {
            if (!type->gpu)
                throw InputError(label + ": a " + type->id + " carries no GPU, but gpu is '" + device.gpu +
                                 "'");
            const auto& supported = type->gpu->supported;
            if (std::find(supported.begin(), supported.end(), device.gpu) == supported.end() ||
                !design.catalog_.gpu(device.gpu))
                throw InputError(label + ": a " + type->id + " does not take GPU '" + device.gpu + "'");
        }
        const bool isSwitch = type->category == DeviceCategory::Switch;
        if (isSwitch && !device.network)
            throw InputError(label + ": a switch needs the network it serves");
        if (device.plane < 0 || device.plane > kMaxPlanes)
            throw InputError(label + ": plane " + std::to_string(device.plane) + " is not between 0 and " +
                             std::to_string(kMaxPlanes));
        if (device.plane != 0 && !isSwitch)
            throw InputError(label + ": only switches belong to a plane");
        if (!isSwitch && device.network)
            throw InputError(label + ": only switches are placed on a network");
        if (device.rack != kNoRack) {
            const Rack* rack = design.racks_.find(device.rack);
            if (!rack)
                throw InputError(label + ": unknown rack " + std::to_string(device.rack));
            if (device.rack_u < 0 || device.rack_u + type->rack_units - 1 > rack->height_u)
                throw InputError(label + ": rack unit " + std::to_string(device.rack_u) +
                                 " does not fit rack '" + rack->name + "' (" +
                                 std::to_string(rack->height_u) + " U)");
        } else if (device.rack_u != 0) {
            throw InputError(label + ": a rack unit without a rack");
        }
    }

    int linkCount(const Device& device) const { return static_cast<int>(design.linksOf(device.id).size()); }

    void moveRackOccupancy(RackId from, RackId to) {
        if (from != kNoRack && --design.rack_occupants_[from] == 0)
            design.rack_occupants_.erase(from);
        if (to != kNoRack)
            ++design.rack_occupants_[to];
    }

    Operation operator()(const Add<Device>& op) {
        const Device& device = op.item;
        if (device.id == 0 || design.devices_.contains(device.id))
            throw InputError(deviceLabel(device.id) + ": the id is " + (device.id == 0 ? "zero" : "taken"));
        checkDevice(device);
        moveRackOccupancy(kNoRack, device.rack);
        design.devices_.insert(device);
        return {Remove<Device>{device.id}};
    }

    Operation operator()(const Remove<Device>& op) {
        const Device* device = design.devices_.find(op.id);
        if (!device)
            throw InputError(deviceLabel(op.id) + ": no such device");
        if (const int cables = linkCount(*device))
            throw InputError(deviceLabel(op.id) + " (" + device->name + ") still has " +
                             std::to_string(cables) + " cable(s); remove them first");
        moveRackOccupancy(device->rack, kNoRack);
        return {Add<Device>{design.devices_.remove(op.id)}};
    }

    Operation operator()(const Update<Device>& op) {
        const Device& device = op.item;
        const Device* current = design.devices_.find(device.id);
        if (!current)
            throw InputError(deviceLabel(device.id) + ": no such device");
        checkDevice(device);
        if (device.type != current->type && linkCount(*current) > 0)
            throw InputError(deviceLabel(device.id) + ": the type of a cabled device cannot change");
        if (device.network != current->network && linkCount(*current) > 0)
            throw InputError(deviceLabel(device.id) + ": the network of a cabled switch cannot change");
        moveRackOccupancy(current->rack, device.rack);
        return {Update<Device>{design.devices_.replace(device)}};
    }

    void checkLink(const Link& link, LinkId replacing) const {
        const std::string label = "link " + std::to_string(link.id);
        try {
            design.checkEndpoint(link.a, "a");
            design.checkEndpoint(link.b, "b");
        } catch (const InputError&) {
            rethrowWithContext(label);
        }
        if (link.a.device == link.b.device)
            throw InputError(label + ": a cable joins two different devices");
        for (const Endpoint& end : {link.a, link.b}) {
            auto taken = design.linkAt(end);
            if (taken && *taken != replacing)
                throw InputError(label + ": port " + design.portName(end) + " of " + deviceLabel(end.device) +
                                 " is taken by link " + std::to_string(*taken));
        }
        if (link.gbps <= 0 || link.gbps > kMaxLinkGbps)
            throw InputError(label + ": the speed must be between 1 and " + std::to_string(kMaxLinkGbps) +
                             " Gb/s");
        if (!link.cable.empty() && !design.catalog_.cable(link.cable))
            throw InputError(label + ": unknown cable type '" + link.cable + "'");
        checkFinite(link.length_m, label + ": length_m");
        if (link.length_m < 0 || link.length_m > kMaxCableLengthM)
            throw InputError(label + ": the length must be between 0 and " + shown(kMaxCableLengthM) + " m");
    }

    void plug(const Link& link) {
        design.port_links_[Design::portKey(link.a)] = link.id;
        design.port_links_[Design::portKey(link.b)] = link.id;
    }
    void unplug(const Link& link) {
        design.port_links_.erase(Design::portKey(link.a));
        design.port_links_.erase(Design::portKey(link.b));
    }

    Operation operator()(const Add<Link>& op) {
        const Link& link = op.item;
        if (link.id == 0 || design.links_.contains(link.id))
            throw InputError("link " + std::to_string(link.id) + ": the id is " +
                             (link.id == 0 ? "zero" : "taken"));
        checkLink(link, 0);
        plug(link);
        design.links_.insert(link);
        return {Remove<Link>{link.id}};
    }

    Operation operator()(const Remove<Link>& op) {
        if (!design.links_.contains(op.id))
            throw InputError("link " + std::to_string(op.id) + ": no such link");
        Link removed = design.links_.remove(op.id);
        unplug(removed);
        return {Add<Link>{std::move(removed)}};
    }

    Operation operator()(const Update<Link>& op) {
        const Link* current = design.links_.find(op.item.id);
        if (!current)
            throw InputError("link " + std::to_string(op.item.id) + ": no such link");
        checkLink(op.item, op.item.id);
        unplug(*current);
        plug(op.item);
        return {Update<Link>{design.links_.replace(op.item)}};
    }

    void checkRack(const Rack& rack) const {
        const std::string label = "rack " + std::to_string(rack.id);
        if (rack.name.empty())
            throw InputError(label + ": the name is empty");
        checkCoordinate(rack.x, label + ": x");
        checkCoordinate(rack.y, label + ": y");
        if (!(rack.max_kw >= kMinRackKw && rack.max_kw <= kMaxRackKw))
            throw InputError(label + ": max_kw must be between " + shown(kMinRackKw) + " and " +
                             shown(kMaxRackKw));
        if (rack.height_u < 1 || rack.height_u > kMaxRackHeightU)
            throw InputError(label + ": height_u must be between 1 and " + std::to_string(kMaxRackHeightU));
        if (!(rack.cooling_kw >= 0 && rack.cooling_kw <= kMaxRackKw))
            throw InputError(label + ": cooling_kw must be between 0 and " + shown(kMaxRackKw));
    }

    Operation operator()(const Add<Rack>& op) {
        if (op.item.id == kNoRack || design.racks_.contains(op.item.id))
            throw InputError("rack " + std::to_string(op.item.id) + ": the id is " +
                             (op.item.id == kNoRack ? "zero" : "taken"));
        checkRack(op.item);
        design.racks_.insert(op.item);
        return {Remove<Rack>{op.item.id}};
    }

    Operation operator()(const Remove<Rack>& op) {
        if (!design.racks_.contains(op.id))
            throw InputError("rack " + std::to_string(op.id) + ": no such rack");
        if (design.rack_occupants_.contains(op.id))
            throw InputError("rack " + std::to_string(op.id) + " still holds " +
                             std::to_string(design.rack_occupants_.at(op.id)) + " device(s)");
        return {Add<Rack>{design.racks_.remove(op.id)}};
    }

    Operation operator()(const Update<Rack>& op) {
        if (!design.racks_.contains(op.item.id))
            throw InputError("rack " + std::to_string(op.item.id) + ": no such rack");
        checkRack(op.item);
        // A lower rack must still hold what is in it, or the design could not be read back.
        if (design.rack_occupants_.contains(op.item.id)) {
            for (const Device& device : design.devices_.items()) {
                if (device.rack == op.item.id &&
                    device.rack_u + design.typeOf(device).rack_units - 1 > op.item.height_u)
                    throw InputError("rack " + std::to_string(op.item.id) + ": " + device.name +
                                     " at rack unit " + std::to_string(device.rack_u) + " does not fit " +
                                     std::to_string(op.item.height_u) + " U");
            }
        }
        return {Update<Rack>{design.racks_.replace(op.item)}};
    }

    void checkScenario(const Scenario& scenario) const {
        const std::string label = "scenario " + std::to_string(scenario.id);
        if (scenario.name.empty())
            throw InputError(label + ": the name is empty");
        if (!scenario.plan.is_object() || !scenario.variant.is_object())
            throw InputError(label + ": plan and variant must be JSON objects");
        if (jsonDepth(scenario.plan, kMaxScenarioJsonDepth) > kMaxScenarioJsonDepth ||
            jsonDepth(scenario.variant, kMaxScenarioJsonDepth) > kMaxScenarioJsonDepth)
            throw InputError(label + ": plan and variant nest deeper than " +
                             std::to_string(kMaxScenarioJsonDepth) + " levels");
        // Names are how people (and the comparison's columns) tell scenarios apart.
        for (const Scenario& other : design.scenarios_.items())
            if (other.id != scenario.id && other.name == scenario.name)
                throw InputError(label + ": the name '" + scenario.name + "' is taken by scenario " +
                                 std::to_string(other.id));
    }

    Operation operator()(const Add<Scenario>& op) {
        if (op.item.id == 0 || design.scenarios_.contains(op.item.id))
            throw InputError("scenario " + std::to_string(op.item.id) + ": the id is " +
                             (op.item.id == 0 ? "zero" : "taken"));
        checkScenario(op.item);
        design.scenarios_.insert(op.item);
        return {Remove<Scenario>{op.item.id}};
    }

    Operation operator()(const Remove<Scenario>& op) {
        if (!design.scenarios_.contains(op.id))
            throw InputError("scenario " + std::to_string(op.id) + ": no such scenario");
        return {Add<Scenario>{design.scenarios_.remove(op.id)}};
    }

    Operation operator()(const Update<Scenario>& op) {
        if (!design.scenarios_.contains(op.item.id))
            throw InputError("scenario " + std::to_string(op.item.id) + ": no such scenario");
        checkScenario(op.item);
        return {Update<Scenario>{design.scenarios_.replace(op.item)}};
    }

    Operation operator()(const Rename& op) {
        Rename inverse{design.name};
        design.name = op.name;
        return {inverse};
    }
};

Operation Design::apply(const Operation& operation) {
    return std::visit(OperationApplier{*this}, operation.value);
}

std::vector<Operation> Design::applyAll(const std::vector<Operation>& operations) {
    std::vector<Operation> inverses;
    inverses.reserve(operations.size());
    try {
        for (const Operation& operation : operations)
            inverses.push_back(apply(operation));
    } catch (...) {
        for (auto it = inverses.rbegin(); it != inverses.rend(); ++it)
            apply(*it);
        throw;
    }
    return {inverses.rbegin(), inverses.rend()};
}

void Design::reserve(std::size_t devices, std::size_t links) {
    devices_.reserve(devices);
    links_.reserve(links);
    port_links_.reserve(2 * links);
}

std::vector<Operation> removeDeviceWithLinks(const Design& design, DeviceId device) {
    std::vector<Operation> operations;
    for (LinkId link : design.linksOf(device))
        operations.push_back({Remove<Link>{link}});
    operations.push_back({Remove<Device>{device}});
    return operations;
}

} // namespace cs
