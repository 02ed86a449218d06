#include "model/catalog.h"

#include "base/enum_ids.h"
#include "base/input_error.h"
#include "io/input_file.h"
#include "io/json_reader.h"

#include <algorithm>
#include <charconv>
#include <cstdlib>

#ifndef CS_INSTALLED_CATALOG_DIR
#define CS_INSTALLED_CATALOG_DIR "../share/cluster-studio/catalogs"
#endif
#ifndef CS_CATALOG_DIR
#define CS_CATALOG_DIR "catalogs"
#endif

namespace cs {

using nlohmann::json;

namespace {

// Plausibility bounds for catalog figures: wide enough for any real product, tight enough to catch typos.
constexpr double kMaxWatts = 100'000;
constexpr double kMaxTflops = 100'000;
constexpr int kMaxPortsPerGroup = 1'024;
constexpr int kMaxPortsPerDevice = 4'096; // port numbers are 16-bit in Endpoint
constexpr int kMaxGbps = 3'200;
constexpr int kMaxRackUnits = 60;
constexpr int kMaxBreakout = 8;
constexpr double kMaxRackKw = 1'000; // Dell IR7000 racks: liquid-ready to 480 kW
// NVLink 5 allows up to 576 GPUs in one domain (NVIDIA Mission Control "nvlinkinfo"); shipped: 8 and 72.
constexpr int kMaxScaleupDomain = 576;

constexpr std::array<std::string_view, 4> kCategoryIds = {"gpu_server", "cpu_server", "switch", "storage"};
constexpr std::array<std::string_view, 4> kCategoryLabels = {"GPU server", "CPU server", "Switch", "Storage"};
constexpr std::array<std::string_view, 3> kWorkloadIds = {"pretrain", "finetune", "inference"};
// "nvlink": the copper NVLink spine at the back of a rack-scale system (a tray's blind-mate connector).
constexpr std::array<std::string_view, 10> kConnectors = {"osfp",  "qsfp112", "qsfp56", "qsfp28", "qsfp-dd",
                                                          "qsfp+", "sfp28",   "sfp+",   "rj45",   "nvlink"};
constexpr std::array<std::string_view, 4> kCableKinds = {"transceiver", "aoc", "dac", "copper"};
// oam: OCP accelerator module (AMD Instinct on a universal baseboard); superchip: a Grace Blackwell superchip
// board in a compute tray.
constexpr std::array<std::string_view, 6> kFormFactors = {"sxm4",    "sxm5", "pcie-dw",
                                                          "pcie-sw", "oam",  "superchip"};
constexpr std::array<std::string_view, 2> kCoolingIds = {"air", "liquid"};

template <std::size_t N> bool oneOf(const std::array<std::string_view, N>& options, std::string_view value) {
    return std::find(options.begin(), options.end(), value) != options.end();
}

template <std::size_t N> std::string choices(const std::array<std::string_view, N>& options) {
    std::string text;
    for (std::string_view option : options) {
        if (!text.empty())
            text += '|';
        text += option;
    }
    return text;
}

std::string checkedId(JsonObjectReader& reader) {
    std::string id = reader.string("id");
    const bool valid = !id.empty() && std::all_of(id.begin(), id.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.';
    });
    if (!valid)
        reader.fail("id", "'" + id + "' is not a catalog id (lower-case letters, digits, '-', '_', '.')");
    return id;
}

std::string nonEmpty(JsonObjectReader& reader, const char* key) {
    std::string value = reader.string(key);
    if (value.empty())
        reader.fail(key, "must not be empty");
    return value;
}

Provenance readProvenance(JsonObjectReader& reader) {
    return {nonEmpty(reader, "source"), reader.strings("unverified")};
}

std::string entryPath(const std::string& where, const json& entry) {
    if (entry.is_object() && entry.contains("id") && entry["id"].is_string())
        return where + " (" + entry["id"].get<std::string>() + ")";
    return where;
}

Network readNetwork(const std::string& path, const std::string& value) {
    auto network = parseNetwork(value);
    if (!network)
        throw InputError(path + ": unknown network '" + value +
                         "' (compute|storage|uplink|inband|oob|scaleup)");
    return *network;
}

Cooling readCooling(JsonObjectReader& reader) {
    const auto cooling = reader.optionalString("cooling");
    if (!cooling)
        return Cooling::Air;
    auto parsed = parseCooling(*cooling);
    if (!parsed)
        reader.fail("cooling", "unknown cooling '" + *cooling + "' (" + choices(kCoolingIds) + ")");
    return *parsed;
}

Media readMedia(JsonObjectReader& reader) {
    const std::string media = reader.string("media");
    auto parsed = parseMedia(media);
    if (!parsed)
        reader.fail("media", "unknown media '" + media + "' (ib|eth|vpi|nvlink)");
    return *parsed;
}

std::string readConnector(JsonObjectReader& reader) {
    std::string connector = reader.string("connector");
    if (!oneOf(kConnectors, connector))
        reader.fail("connector", "unknown connector '" + connector + "' (" + choices(kConnectors) + ")");
    return connector;
}

PortGroup readPortGroup(const json& entry, const std::string& path, bool isSwitch) {
    JsonObjectReader reader(entry, path);
    PortGroup group;
    group.name = nonEmpty(reader, "group");
    if (group.name.find('-') != std::string::npos)
        reader.fail("group", "'" + group.name + "' must not contain '-' (port names are <group>-<n>)");
    if (auto network = reader.optionalString("network")) {
        group.network = readNetwork(reader.pathOf("network"), *network);
    } else if (!isSwitch) {
        reader.fail("network", "missing (servers and storage name the network of each port group)");
    }
    group.count = static_cast<int>(reader.integer("count", 1, kMaxPortsPerGroup));
    group.breakout = static_cast<int>(reader.optionalInteger("breakout", 1, kMaxBreakout).value_or(1));
    const json& speeds = reader.array("gbps");
    if (speeds.empty())
        reader.fail("gbps", "lists no speed");
    for (std::size_t i = 0; i < speeds.size(); ++i) {
        if (!speeds[i].is_number_integer() || speeds[i].get<std::int64_t>() < 1 ||
            speeds[i].get<std::int64_t>() > kMaxGbps)
            throw InputError(reader.pathOf("gbps", i) + ": expected a speed in Gb/s between 1 and " +
                             std::to_string(kMaxGbps));
        group.gbps.push_back(speeds[i].get<int>());
        if (i > 0 && group.gbps[i] >= group.gbps[i - 1])
            throw InputError(reader.pathOf("gbps") + ": list the speeds fastest first, each once");
    }
    group.connector = readConnector(reader);
    group.media = readMedia(reader);
    group.required = reader.boolean("required");
    if (group.breakout > 1 && group.maxGbps() % group.breakout != 0)
        reader.fail("breakout", "does not divide the top speed " + std::to_string(group.maxGbps()) + " Gb/s");
    reader.finish();
    return group;
}

} // namespace

std::string_view coolingId(Cooling cooling) {
    return kCoolingIds[static_cast<std::size_t>(cooling)];
}
std::optional<Cooling> parseCooling(std::string_view id) {
    return enumOfId<Cooling>(kCoolingIds, id);
}

std::string_view categoryId(DeviceCategory category) {
    return kCategoryIds[static_cast<std::size_t>(category)];
}
std::string_view categoryLabel(DeviceCategory category) {
    return kCategoryLabels[static_cast<std::size_t>(category)];
}
std::optional<DeviceCategory> parseCategory(std::string_view id) {
    for (DeviceCategory category : kDeviceCategories) {
        if (categoryId(category) == id)
            return category;
    }
    return std::nullopt;
}

std::string_view workloadId(Workload workload) {
    return kWorkloadIds[static_cast<std::size_t>(workload)];
}
std::optional<Workload> parseWorkload(std::string_view id) {
    return enumOfId<Workload>(kWorkloadIds, id);
}

bool PortGroup::supportsGbps(int speed) const {
    return std::find(gbps.begin(), gbps.end(), speed) != gbps.end();
}

void DeviceType::indexPorts() {
    port_offsets_.assign(1, 0);
    for (const PortGroup& group : port_groups)
        port_offsets_.push_back(port_offsets_.back() + group.portCount());
}

std::optional<int> DeviceType::portIndex(std::string_view name) const {
    const auto dash = name.rfind('-');
    if (dash == std::string_view::npos)
        return std::nullopt;
    const std::string_view groupName = name.substr(0, dash);
    const std::string_view number = name.substr(dash + 1);
    int n = 0;
    auto [end, error] = std::from_chars(number.data(), number.data() + number.size(), n);
    if (error != std::errc() || end != number.data() + number.size())
        return std::nullopt;
    for (std::size_t g = 0; g < port_groups.size(); ++g) {
        if (port_groups[g].name == groupName) {
            if (n < 1 || n > port_groups[g].portCount())
                return std::nullopt;
            return port_offsets_[g] + n - 1;
        }
    }
    return std::nullopt;
}

const PortGroup& DeviceType::groupOfPort(int index) const {
    const auto it = std::upper_bound(port_offsets_.begin(), port_offsets_.end(), index);
    return port_groups[static_cast<std::size_t>(it - port_offsets_.begin() - 1)];
}

int DeviceType::scaleupDomainWith(const GpuType& gpuType) const {
    if (!gpu)
        return 1;
    return gpuType.scaleup_domain > 0 ? std::min(gpu->nvlink_domain, gpuType.scaleup_domain)
                                      : gpu->nvlink_domain;
}

int DeviceType::cageOf(int index) const {
    const auto it = std::upper_bound(port_offsets_.begin(), port_offsets_.end(), index);
    const auto group = static_cast<std::size_t>(it - port_offsets_.begin() - 1);
    const int breakout = port_groups[group].breakout;
    return port_offsets_[group] + (index - port_offsets_[group]) / breakout * breakout;
}

const PortGroup* DeviceType::groupOn(Network network, int* firstPort) const {
    for (std::size_t g = 0; g < port_groups.size(); ++g) {
        if (port_groups[g].network == network) {
            if (firstPort)
                *firstPort = port_offsets_[g];
            return &port_groups[g];
        }
    }
    return nullptr;
}

std::string DeviceType::portName(int index) const {
    const auto it = std::upper_bound(port_offsets_.begin(), port_offsets_.end(), index);
    const auto group = static_cast<std::size_t>(it - port_offsets_.begin() - 1);
    return port_groups[group].name + "-" + std::to_string(index - port_offsets_[group] + 1);
}

const ParameterScale* Suitability::scaleOf(double params_billion) const {
    for (const ParameterScale& scale : scales) {
        if (params_billion >= scale.min_params_billion)
            return &scale;
    }
    return nullptr;
}

GpuType Catalog::parseGpu(const json& entry, const std::string& where) {
    JsonObjectReader reader(entry, entryPath(where, entry));
    GpuType gpu;
    gpu.id = checkedId(reader);
    gpu.name = nonEmpty(reader, "name");
    gpu.vendor = nonEmpty(reader, "vendor");
    gpu.model = nonEmpty(reader, "model");
    // Files written before version 0.2 embed the same figure as "memory_gb" (it always held GiB).
    const char* memory_key = reader.has("memory_gb") ? "memory_gb" : "memory_gib";
    gpu.memory_gib = reader.number(memory_key, 1, 4096);
    gpu.memory_gbytes_per_s = reader.number("memory_gbytes_per_s", 1, 100'000);
    gpu.bf16_dense_tflops = reader.number("bf16_dense_tflops", 1, kMaxTflops);
    gpu.fp8_dense_tflops = reader.optionalNumber("fp8_dense_tflops", 1, kMaxTflops);
    gpu.fp4_dense_tflops = reader.optionalNumber("fp4_dense_tflops", 1, kMaxTflops);
    gpu.nvlink_gbytes_per_s = reader.number("nvlink_gbytes_per_s", 0, 100'000);
    gpu.scaleup_domain =
        static_cast<int>(reader.optionalInteger("scaleup_domain", 1, kMaxScaleupDomain).value_or(0));
    gpu.architecture = reader.optionalString("architecture").value_or(gpu.model);
    if (gpu.architecture.empty())
        reader.fail("architecture", "must not be empty");
    gpu.pcie_gen = static_cast<int>(reader.integer("pcie_gen", 3, 7));
    gpu.tdp_watts = reader.number("tdp_watts", 1, 5'000);
    gpu.form_factor = reader.string("form_factor");
    if (!oneOf(kFormFactors, gpu.form_factor))
        reader.fail("form_factor",
                    "unknown form factor '" + gpu.form_factor + "' (" + choices(kFormFactors) + ")");
    gpu.provenance = readProvenance(reader);
    reader.finish();
    gpu.entry = entry;
    return gpu;
}

DeviceType Catalog::parseDevice(const json& entry, const std::string& where) {
    JsonObjectReader reader(entry, entryPath(where, entry));
    DeviceType device;
    device.id = checkedId(reader);
    device.name = nonEmpty(reader, "name");
    device.vendor = nonEmpty(reader, "vendor");
    device.model = nonEmpty(reader, "model");
    const std::string category = reader.string("category");
    auto parsedCategory = parseCategory(category);
    if (!parsedCategory)
        reader.fail("category", "unknown category '" + category + "' (" + choices(kCategoryIds) + ")");
    device.category = *parsedCategory;
    device.rack_units = static_cast<int>(reader.integer("rack_units", 1, kMaxRackUnits));

    JsonObjectReader power(reader.object("power_watts"), reader.pathOf("power_watts"));
    device.idle_watts = power.number("idle", 0, kMaxWatts);
    device.max_watts = power.number("max", 1, kMaxWatts);
    if (device.idle_watts > device.max_watts)
        power.fail("idle", "is above max");
    power.finish();
    device.bmc = reader.boolean("bmc");
    device.cooling = readCooling(reader);

    const bool isSwitch = device.category == DeviceCategory::Switch;
    const json& groups = reader.array("ports");
    for (std::size_t i = 0; i < groups.size(); ++i) {
        device.port_groups.push_back(readPortGroup(groups[i], reader.pathOf("ports", i), isSwitch));
        for (std::size_t j = 0; j + 1 < device.port_groups.size(); ++j) {
            if (device.port_groups[j].name == device.port_groups.back().name)
                throw InputError(reader.pathOf("ports", i) + ": group '" + device.port_groups[j].name +
                                 "' appears twice");
        }
    }
    device.indexPorts();
    if (device.portCount() > kMaxPortsPerDevice)
        reader.fail("ports", std::to_string(device.portCount()) + " ports; at most " +
                                 std::to_string(kMaxPortsPerDevice) + " per device");

    const json* gpu = reader.optionalObject("gpu");
    if ((gpu != nullptr) != (device.category == DeviceCategory::GpuServer))
        reader.fail("gpu", gpu ? "only GPU servers carry GPUs" : "missing (a GPU server names its GPUs)");
    if (gpu) {
        JsonObjectReader g(*gpu, reader.pathOf("gpu"));
        GpuConfig config;
        config.gpu = g.string("id");
        config.count = static_cast<int>(g.integer("count", 1, 64));
        config.nvlink_domain = static_cast<int>(g.integer("nvlink_domain", 1, kMaxScaleupDomain));
        if (config.nvlink_domain > config.count && !device.groupOn(Network::Scaleup))
            g.fail("nvlink_domain",
                   "is larger than the GPU count (only a tray with scaleup ports spans trays)");
        config.supported = g.strings("supported");
        if (std::find(config.supported.begin(), config.supported.end(), config.gpu) == config.supported.end())
            g.fail("supported", "does not list the default GPU '" + config.gpu + "'");
        g.finish();
        device.gpu = std::move(config);
    }

    const json* switchInfo = reader.optionalObject("switch");
    if ((switchInfo != nullptr) != isSwitch)
        reader.fail("switch",
                    switchInfo ? "only switches carry switch data" : "missing (networks and tiers)");
    if (switchInfo) {
        JsonObjectReader s(*switchInfo, reader.pathOf("switch"));
        SwitchInfo info;
        const auto networks = s.strings("networks");
        if (networks.empty())
            s.fail("networks", "lists no network");
        for (std::size_t i = 0; i < networks.size(); ++i)
            info.networks.push_back(readNetwork(s.pathOf("networks", i), networks[i]));
        info.tiers = s.strings("tiers");
        for (std::size_t i = 0; i < info.tiers.size(); ++i) {
            if (info.tiers[i] != "leaf" && info.tiers[i] != "spine" && info.tiers[i] != "core")
                throw InputError(s.pathOf("tiers", i) + ": unknown tier '" + info.tiers[i] +
                                 "' (leaf|spine|core)");
        }
        info.in_network_reduction = s.optionalString("in_network_reduction").value_or("");
        if (s.has("adaptive_routing"))
            info.adaptive_routing = s.boolean("adaptive_routing");
        s.finish();
        device.switch_info = std::move(info);
    }

    const json* storage = reader.optionalObject("storage");
    if ((storage != nullptr) != (device.category == DeviceCategory::Storage))
        reader.fail("storage",
                    storage ? "only storage carries storage data" : "missing (capacity and throughput)");
    if (storage) {
        JsonObjectReader s(*storage, reader.pathOf("storage"));
        StorageInfo info;
        info.capacity_tb = s.number("capacity_tb", 0.001, 1e6);
        info.read_gbytes_per_s = s.number("read_gbytes_per_s", 0.001, 1e4);
        info.write_gbytes_per_s = s.number("write_gbytes_per_s", 0.001, 1e4);
        info.filesystem = nonEmpty(s, "filesystem");
        s.finish();
        device.storage = std::move(info);
    }

    device.provenance = readProvenance(reader);
    reader.finish();
    device.entry = entry;
    return device;
}

CableType Catalog::parseCable(const json& entry, const std::string& where) {
    JsonObjectReader reader(entry, entryPath(where, entry));
    CableType cable;
    cable.id = checkedId(reader);
    cable.name = nonEmpty(reader, "name");
    const std::string kind = reader.string("kind");
    if (!oneOf(kCableKinds, kind))
        reader.fail("kind", "unknown kind '" + kind + "' (" + choices(kCableKinds) + ")");
    cable.kind =
        static_cast<CableKind>(std::find(kCableKinds.begin(), kCableKinds.end(), kind) - kCableKinds.begin());
    cable.media = readMedia(reader);
    cable.gbps = static_cast<int>(reader.integer("gbps", 1, kMaxGbps));
    cable.connector = readConnector(reader);
    cable.reach_m = reader.number("reach_m", 0.1, 100'000);
    cable.power_watts = reader.number("power_watts", 0, 100);
    if (const json* fibre = reader.optionalObject("fibre")) {
        if (cable.kind != CableKind::Transceiver)
            reader.fail("fibre", "only a transceiver takes a fibre");
        JsonObjectReader fibreReader(*fibre, reader.pathOf("fibre"));
        cable.fibre = FibreType{checkedId(fibreReader), nonEmpty(fibreReader, "name")};
        fibreReader.finish();
    }
    cable.provenance = readProvenance(reader);
    reader.finish();
    cable.entry = entry;
    return cable;
}

void Catalog::addGpu(GpuType gpu) {
    if (gpus_.contains(gpu.id))
        throw InputError("GPU '" + gpu.id + "' is defined twice");
    std::string id = gpu.id;
    gpus_.emplace(std::move(id), std::move(gpu));
}

void Catalog::addDevice(DeviceType device) {
    if (devices_.contains(device.id))
        throw InputError("device type '" + device.id + "' is defined twice");
    if (device.gpu) {
        for (const std::string& gpuId : device.gpu->supported) {
            if (!gpu(gpuId))
                throw InputError("device type '" + device.id + "': gpu: unknown GPU '" + gpuId + "'");
        }
    }
    std::string id = device.id;
    devices_.emplace(std::move(id), std::move(device));
}

void Catalog::addCable(CableType cable) {
    if (cables_.contains(cable.id))
        throw InputError("cable '" + cable.id + "' is defined twice");
    std::string id = cable.id;
    cables_.emplace(std::move(id), std::move(cable));
}

namespace {
template <typename Map> const typename Map::mapped_type* lookup(const Map& map, std::string_view id) {
    auto it = map.find(id);
    return it == map.end() ? nullptr : &it->second;
}

// The array under `key` in a catalog file that holds nothing else.
const json& entriesOf(const json& document, const char* key) {
    JsonObjectReader reader(document, "");
    const json& entries = reader.array(key);
    reader.finish();
    return entries;
}
} // namespace

const GpuType* Catalog::gpu(std::string_view id) const {
    return lookup(gpus_, id);
}
const DeviceType* Catalog::device(std::string_view id) const {
    return lookup(devices_, id);
}
const CableType* Catalog::cable(std::string_view id) const {
    return lookup(cables_, id);
}
const ModelPreset* Catalog::model(std::string_view id) const {
    return lookup(models_, id);
}
const SystemType* Catalog::system(std::string_view id) const {
    return lookup(systems_, id);
}

std::filesystem::path Catalog::defaultDirectory() {
    if (const char* directory = std::getenv("CLUSTER_STUDIO_CATALOGS"); directory && *directory)
        return directory;
    std::error_code error;
    const std::filesystem::path program = std::filesystem::read_symlink("/proc/self/exe", error);
    if (!error) {
        const std::filesystem::path installed =
            (program.parent_path() / CS_INSTALLED_CATALOG_DIR).lexically_normal();
        if (std::filesystem::is_directory(installed, error))
            return installed;
    }
    return CS_CATALOG_DIR;
}

Catalog Catalog::loadDirectory(const std::filesystem::path& directory) {
    if (!std::filesystem::is_directory(directory))
        throw InputError(directory.string() + ": catalog directory not found");
    using Loader = void (Catalog::*)(const json&);
    const std::pair<const char*, Loader> files[] = {
        {"gpus.json", &Catalog::loadGpus},        {"servers.json", &Catalog::loadDevices},
        {"switches.json", &Catalog::loadDevices}, {"storage.json", &Catalog::loadDevices},
        {"systems.json", &Catalog::loadSystems},  {"cables.json", &Catalog::loadCables},
        {"models.json", &Catalog::loadModels},    {"suitability.json", &Catalog::loadSuitability}};
    Catalog catalog;
    for (const auto& [name, load] : files) {
        const std::filesystem::path file = directory / name;
        const json document = parseJsonText(readInputFile(file), file.string());
        try {
            (catalog.*load)(document);
        } catch (const InputError&) {
            rethrowWithContext(file.string());
        }
    }
    return catalog;
}

void Catalog::loadGpus(const json& document) {
    const json& entries = entriesOf(document, "gpus");
    for (std::size_t i = 0; i < entries.size(); ++i)
        addGpu(parseGpu(entries[i], "gpus[" + std::to_string(i) + "]"));
}

void Catalog::loadDevices(const json& document) {
    const json& entries = entriesOf(document, "devices");
    for (std::size_t i = 0; i < entries.size(); ++i)
        addDevice(parseDevice(entries[i], "devices[" + std::to_string(i) + "]"));
}

void Catalog::loadCables(const json& document) {
    const json& entries = entriesOf(document, "cables");
    for (std::size_t i = 0; i < entries.size(); ++i)
        addCable(parseCable(entries[i], "cables[" + std::to_string(i) + "]"));
}

SystemType Catalog::parseSystem(const json& entry, const std::string& where) const {
    JsonObjectReader reader(entry, entryPath(where, entry));
    SystemType system;
    system.id = checkedId(reader);
    system.name = nonEmpty(reader, "name");
    system.vendor = nonEmpty(reader, "vendor");
    system.model = nonEmpty(reader, "model");
    system.compute_tray = reader.string("compute_tray");
    system.compute_trays = static_cast<int>(reader.integer("compute_trays", 1, kMaxScaleupDomain));
    system.switch_tray = reader.string("switch_tray");
    system.switch_trays = static_cast<int>(reader.integer("switch_trays", 1, kMaxScaleupDomain));
    system.rack_units = static_cast<int>(reader.integer("rack_units", 1, kMaxRackUnits));
    system.rack_kw = reader.number("rack_kw", 1, kMaxRackKw);
    system.cooling = readCooling(reader);
    system.scalable_unit_racks = static_cast<int>(reader.integer("scalable_unit_racks", 1, 1024));
    system.provenance = readProvenance(reader);

    const DeviceType* tray = device(system.compute_tray);
    int scaleupFirst = 0;
    const PortGroup* trayPorts = tray ? tray->groupOn(Network::Scaleup, &scaleupFirst) : nullptr;
    if (!tray || !tray->gpu || !trayPorts)
        reader.fail("compute_tray", "'" + system.compute_tray + "' is not a GPU server with scaleup ports");
    const DeviceType* switchTray = device(system.switch_tray);
    const PortGroup* switchPorts = nullptr;
    if (switchTray && switchTray->switch_info) {
        const auto& networks = switchTray->switch_info->networks;
        if (std::find(networks.begin(), networks.end(), Network::Scaleup) != networks.end()) {
            const auto fabric = std::find_if(switchTray->port_groups.begin(), switchTray->port_groups.end(),
                                             [](const PortGroup& group) { return !group.network; });
            if (fabric != switchTray->port_groups.end())
                switchPorts = &*fabric;
        }
    }
    if (!switchPorts)
        reader.fail("switch_tray", "'" + system.switch_tray + "' is not a switch for the scaleup network");
    if (trayPorts->portCount() != system.switch_trays)
        reader.fail("switch_trays", "a " + tray->id + " has " + std::to_string(trayPorts->portCount()) +
                                        " scaleup ports, one per switch tray");
    if (switchPorts->portCount() != system.compute_trays)
        reader.fail("compute_trays", "a " + switchTray->id + " has " +
                                         std::to_string(switchPorts->portCount()) +
                                         " ports, one per compute tray");
    if (system.compute_trays * tray->gpu->count != tray->gpu->nvlink_domain)
        reader.fail("compute_trays", std::to_string(system.compute_trays) + " trays of " +
                                         std::to_string(tray->gpu->count) + " GPUs are not the " +
                                         std::to_string(tray->gpu->nvlink_domain) +
                                         "-GPU NVLink domain of a " + tray->id);
    if (system.compute_trays * tray->rack_units + system.switch_trays * switchTray->rack_units >
        system.rack_units)
        reader.fail("rack_units", "the trays do not fit " + std::to_string(system.rack_units) + " U");
    reader.finish();
    return system;
}

void Catalog::loadSystems(const json& document) {
    const json& entries = entriesOf(document, "systems");
    for (std::size_t i = 0; i < entries.size(); ++i) {
        SystemType system = parseSystem(entries[i], "systems[" + std::to_string(i) + "]");
        if (systems_.contains(system.id) || devices_.contains(system.id))
            throw InputError("system '" + system.id + "' is defined twice (or is a device id)");
        std::string id = system.id;
        systems_.emplace(std::move(id), std::move(system));
    }
}

void Catalog::loadModels(const json& document) {
    const json& entries = entriesOf(document, "models");
    for (std::size_t i = 0; i < entries.size(); ++i) {
        JsonObjectReader reader(entries[i], entryPath("models[" + std::to_string(i) + "]", entries[i]));
        ModelPreset model;
        model.id = checkedId(reader);
        model.name = nonEmpty(reader, "name");
        model.params_billion = reader.number("params_billion", 0.001, 1e5);
        model.layers = static_cast<int>(reader.integer("layers", 1, 10'000));
        model.hidden = static_cast<int>(reader.integer("hidden", 1, 1'000'000));
        model.heads = static_cast<int>(reader.integer("heads", 1, 10'000));
        model.kv_heads = static_cast<int>(reader.integer("kv_heads", 1, model.heads));
        model.ffn_hidden = static_cast<int>(reader.integer("ffn_hidden", 1, 10'000'000));
        model.gated_mlp = reader.boolean("gated_mlp");
        model.vocab = static_cast<int>(reader.integer("vocab", 1, 10'000'000));
        model.seq_len = static_cast<int>(reader.integer("seq_len", 1, 100'000'000));
        model.dataset_tokens = reader.optionalNumber("dataset_tokens", 1, 1e16).value_or(0);
        readModelFeatures(reader, model.features);
        if (model.hidden % model.heads != 0)
            reader.fail("heads", "does not divide hidden (" + std::to_string(model.hidden) + ")");
        if (model.heads % model.kv_heads != 0)
            reader.fail("kv_heads", "does not divide heads (" + std::to_string(model.heads) + ")");
        model.provenance = readProvenance(reader);
        reader.finish();
        if (models_.contains(model.id))
            throw InputError("model '" + model.id + "' is defined twice");
        std::string id = model.id;
        models_.emplace(std::move(id), std::move(model));
    }
}

void Catalog::loadSuitability(const json& document) {
    JsonObjectReader top(document, "");
    JsonObjectReader reader(top.object("suitability"), "suitability");
    top.finish();
    suitability_.source = nonEmpty(reader, "source");

    const json& scales = reader.array("scales");
    for (std::size_t i = 0; i < scales.size(); ++i) {
        JsonObjectReader s(scales[i], reader.pathOf("scales", i));
        ParameterScale scale{nonEmpty(s, "id"), nonEmpty(s, "label_zh"), nonEmpty(s, "label_en"),
                             s.number("min_params_billion", 0, 1e6)};
        s.finish();
        if (!suitability_.scales.empty() &&
            scale.min_params_billion >= suitability_.scales.back().min_params_billion)
            s.fail("min_params_billion", "list the scales largest first");
        suitability_.scales.push_back(std::move(scale));
    }
    const auto workloads = reader.strings("scenarios");
    for (std::size_t i = 0; i < workloads.size(); ++i) {
        if (!parseWorkload(workloads[i]))
            throw InputError(reader.pathOf("scenarios", i) + ": unknown scenario '" + workloads[i] +
                             "' (pretrain|finetune|inference)");
    }

    const auto readTable = [&](const char* key, SuitabilityTable& table, auto known) {
        JsonObjectReader t(reader.object(key), reader.pathOf(key));
        table.columns = t.strings("columns");
        for (std::size_t i = 0; i < table.columns.size(); ++i) {
            if (!known(table.columns[i]))
                throw InputError(t.pathOf("columns", i) + ": unknown id '" + table.columns[i] + "'");
        }
        const json& cells = t.array("cells");
        for (std::size_t i = 0; i < cells.size(); ++i) {
            JsonObjectReader c(cells[i], t.pathOf("cells", i));
            const std::string scale = c.string("scale");
            if (std::none_of(suitability_.scales.begin(), suitability_.scales.end(),
                             [&](const ParameterScale& s) { return s.id == scale; }))
                c.fail("scale", "unknown scale '" + scale + "'");
            const std::string workload = c.string("scenario");
            auto parsed = parseWorkload(workload);
            if (!parsed)
                c.fail("scenario", "unknown scenario '" + workload + "'");
            auto ids = c.strings("suitable");
            for (const std::string& id : ids) {
                if (std::find(table.columns.begin(), table.columns.end(), id) == table.columns.end())
                    c.fail("suitable", "'" + id + "' is not one of the columns");
            }
            c.finish();
            if (!table.suitable.emplace(std::make_pair(scale, *parsed), std::move(ids)).second)
                throw InputError(t.pathOf("cells", i) + ": (" + scale + ", " + workload + ") appears twice");
        }
        t.finish();
    };
    readTable("servers", suitability_.servers,
              [this](const std::string& id) { return device(id) != nullptr; });
    readTable("gpus", suitability_.gpus, [this](const std::string& id) { return gpu(id) != nullptr; });
    reader.finish();
}

} // namespace cs
