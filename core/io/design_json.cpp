#include "io/design_json.h"

#include "base/input_error.h"
#include "io/json_reader.h"
#include "model/operation.h"

#include <algorithm>
#include <limits>

namespace cs {

using namespace design_limits;

using nlohmann::json;

namespace {

constexpr std::int64_t kMaxId = std::numeric_limits<std::uint32_t>::max();

template <typename T> std::vector<const T*> byId(const Table<T>& table) {
    std::vector<const T*> items;
    items.reserve(table.size());
    for (const T& item : table.items())
        items.push_back(&item);
    std::sort(items.begin(), items.end(), [](const T* a, const T* b) { return a->id < b->id; });
    return items;
}

json endpointToJson(const Design& design, Endpoint endpoint) {
    return {{"device", endpoint.device}, {"port", design.portName(endpoint)}};
}

std::string portChoices(const DeviceType& type) {
    std::string text;
    for (const PortGroup& group : type.port_groups) {
        if (!text.empty())
            text += ", ";
        text += group.name + "-1.." + std::to_string(group.portCount());
    }
    return text;
}

Endpoint readEndpoint(const json& value, const std::string& path, const Design& design) {
    JsonObjectReader reader(value, path);
    Endpoint endpoint;
    endpoint.device = static_cast<DeviceId>(reader.integer("device", 1, kMaxId));
    const std::string port = reader.string("port");
    reader.finish();
    const Device* device = design.devices().find(endpoint.device);
    if (!device)
        throw InputError(reader.pathOf("device") + ": unknown device " + std::to_string(endpoint.device));
    const DeviceType& type = design.typeOf(*device);
    auto index = type.portIndex(port);
    if (!index)
        reader.fail("port", "'" + port + "' is not a port of " + type.id + " (" + portChoices(type) + ")");
    endpoint.port = static_cast<std::uint16_t>(*index);
    return endpoint;
}

Network readNetworkKey(JsonObjectReader& reader, const char* key) {
    const std::string id = reader.string(key);
    auto network = parseNetwork(id);
    if (!network)
        reader.fail(key, "unknown network '" + id + "' (compute|storage|uplink|inband|oob|scaleup)");
    return *network;
}

// Applies one operation built from the JSON item at `path`; a refusal names that path.
void applyAt(Design& design, Operation operation, const std::string& path) {
    try {
        design.apply(operation);
    } catch (const InputError&) {
        rethrowWithContext(path);
    }
}

} // namespace

json designToJson(const Design& design) {
    json devices = json::array();
    for (const Device* device : byId(design.devices())) {
        json item = {{"id", device->id},
                     {"type", device->type},
                     {"name", device->name},
                     {"x", device->x},
                     {"y", device->y}};
        if (device->rack != kNoRack)
            item["rack"] = device->rack;
        if (device->rack_u != 0)
            item["rack_u"] = device->rack_u;
        if (!device->gpu.empty())
            item["gpu"] = device->gpu;
        if (device->network)
            item["network"] = networkId(*device->network);
        if (!device->role.empty())
            item["role"] = device->role;
        if (device->plane != 0)
            item["plane"] = device->plane;
        devices.push_back(std::move(item));
    }
    json links = json::array();
    for (const Link* link : byId(design.links())) {
        json item = {{"id", link->id},
                     {"a", endpointToJson(design, link->a)},
                     {"b", endpointToJson(design, link->b)},
                     {"network", networkId(link->network)},
                     {"gbps", link->gbps}};
        if (!link->cable.empty())
            item["cable"] = link->cable;
        if (link->length_m != 0)
            item["length_m"] = link->length_m;
        links.push_back(std::move(item));
    }
    json racks = json::array();
    for (const Rack* rack : byId(design.racks())) {
        json item = {{"id", rack->id}, {"name", rack->name},     {"x", rack->x},
                     {"y", rack->y},   {"max_kw", rack->max_kw}, {"height_u", rack->height_u}};
        if (rack->cooling != Cooling::Air)
            item["cooling"] = coolingId(rack->cooling);
        if (rack->cooling_kw != 0)
            item["cooling_kw"] = rack->cooling_kw;
        racks.push_back(std::move(item));
    }
    json scenarios = json::array();
    for (const Scenario* scenario : byId(design.scenarios())) {
        scenarios.push_back({{"id", scenario->id},
                             {"name", scenario->name},
                             {"plan", scenario->plan},
                             {"variant", scenario->variant}});
    }
    return {{"format", kJsonFormatName},
            {"format_version", kJsonFormatVersion},
            {"name", design.name},
            {"devices", devices},
            {"links", links},
            {"racks", racks},
            {"scenarios", scenarios}};
}

std::string designToJsonText(const Design& design) {
    return designToJson(design).dump(2) + "\n";
}

Design designFromJson(const json& document, const Catalog& library) {
    JsonObjectReader top(document, "");
    if (top.string("format") != kJsonFormatName)
        top.fail("format", std::string("expected \"") + kJsonFormatName + "\" (not a ClusterStudio design)");
    const auto version = top.integer("format_version", 1, std::numeric_limits<std::int64_t>::max());
    if (version > kJsonFormatVersion)
        top.fail("format_version", "the file was written by a newer ClusterStudio (format " +
                                       std::to_string(version) + "; this build reads up to " +
                                       std::to_string(kJsonFormatVersion) + ")");
    Design design;
    design.name = top.string("name");

    const json& racks = top.array("racks");
    for (std::size_t i = 0; i < racks.size(); ++i) {
        JsonObjectReader reader(racks[i], top.pathOf("racks", i));
        Rack rack;
        rack.id = static_cast<RackId>(reader.integer("id", 1, kMaxId));
        rack.name = reader.string("name");
        rack.x = reader.number("x", -kMaxCoordinate, kMaxCoordinate);
        rack.y = reader.number("y", -kMaxCoordinate, kMaxCoordinate);
        rack.max_kw = reader.number("max_kw", kMinRackKw, kMaxRackKw);
        rack.height_u = static_cast<int>(reader.integer("height_u", 1, kMaxRackHeightU));
        if (auto cooling = reader.optionalString("cooling")) {
            auto parsed = parseCooling(*cooling);
            if (!parsed)
                reader.fail("cooling", "unknown cooling '" + *cooling + "' (air|liquid)");
            rack.cooling = *parsed;
        }
        rack.cooling_kw = reader.optionalNumber("cooling_kw", 0, kMaxRackKw).value_or(0);
        reader.finish();
        applyAt(design, {Add<Rack>{std::move(rack)}}, reader.path());
    }

    const json& devices = top.array("devices");
    for (std::size_t i = 0; i < devices.size(); ++i) {
        JsonObjectReader reader(devices[i], top.pathOf("devices", i));
        Device device;
        device.id = static_cast<DeviceId>(reader.integer("id", 1, kMaxId));
        device.type = reader.string("type");
        if (!library.device(device.type) && !design.catalog().device(device.type))
            reader.fail("type", "unknown device type '" + device.type + "' (not in the catalog)");
        design.adoptType(library, device.type);
        device.name = reader.string("name");
        device.x = reader.number("x", -kMaxCoordinate, kMaxCoordinate);
        device.y = reader.number("y", -kMaxCoordinate, kMaxCoordinate);
        device.rack = static_cast<RackId>(reader.optionalInteger("rack", 1, kMaxId).value_or(kNoRack));
        device.rack_u = static_cast<int>(reader.optionalInteger("rack_u", 1, kMaxRackHeightU).value_or(0));
        device.gpu = reader.optionalString("gpu").value_or("");
        if (reader.has("network"))
            device.network = readNetworkKey(reader, "network");
        device.role = reader.optionalString("role").value_or("");
        device.plane = static_cast<int>(reader.optionalInteger("plane", 1, kMaxPlanes).value_or(0));
        reader.finish();
        applyAt(design, {Add<Device>{std::move(device)}}, reader.path());
    }

    const json& links = top.array("links");
    for (std::size_t i = 0; i < links.size(); ++i) {
        JsonObjectReader reader(links[i], top.pathOf("links", i));
        Link link;
        link.id = static_cast<LinkId>(reader.integer("id", 1, kMaxId));
        link.a = readEndpoint(reader.object("a"), reader.pathOf("a"), design);
        link.b = readEndpoint(reader.object("b"), reader.pathOf("b"), design);
        link.network = readNetworkKey(reader, "network");
        link.gbps = static_cast<int>(reader.integer("gbps", 1, kMaxLinkGbps));
        if (auto cable = reader.optionalString("cable")) {
            if (!library.cable(*cable) && !design.catalog().cable(*cable))
                reader.fail("cable", "unknown cable type '" + *cable + "' (not in the catalog)");
            design.adoptCable(library, *cable);
            link.cable = *cable;
        }
        link.length_m = reader.optionalNumber("length_m", 0, kMaxCableLengthM).value_or(0);
        reader.finish();
        applyAt(design, {Add<Link>{std::move(link)}}, reader.path());
    }

    const json& scenarios = top.array("scenarios");
    for (std::size_t i = 0; i < scenarios.size(); ++i) {
        JsonObjectReader reader(scenarios[i], top.pathOf("scenarios", i));
        Scenario scenario;
        scenario.id = static_cast<ScenarioId>(reader.integer("id", 1, kMaxId));
        scenario.name = reader.string("name");
        scenario.plan = reader.object("plan");
        scenario.variant = reader.object("variant");
        reader.finish();
        applyAt(design, {Add<Scenario>{std::move(scenario)}}, reader.path());
    }
    top.finish();
    return design;
}

} // namespace cs
