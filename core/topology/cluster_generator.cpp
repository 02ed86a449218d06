#include "topology/cluster_generator.h"

#include "base/input_error.h"
#include "model/operation.h"
#include "topology/fat_tree.h"
#include "topology/network_builder.h"
#include "topology/rack_layout.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace cs {

namespace {

constexpr std::array<std::string_view, 4> kFabricIds = {"ndr", "hdr", "roce400", "roce200"};

// SuperPOD RA Table 6 "Better": 40 GB/s aggregate read per scalable unit of 32 nodes.
constexpr double kReadGbytesPerServer = 40.0 / 32;
// OneFS clusters run 3 to 252 nodes (Dell PowerScale OneFS technical overview).
constexpr int kMinStorageNodes = 3;
constexpr int kMaxStorageNodes = 10'000;
constexpr double kMaxRackKw = 200; // above any rack built (DGX SuperPOD GB200 RA: 1.2 MW per 8-rack SU)
// Head nodes: an HA pair of management servers (BasePOD RA uses five x86 management servers for provisioning,
// monitoring and UFM), and one login node per 256 servers (8 scalable units) — our choice, not a cited
// figure.
constexpr int kManagementServers = 2;
constexpr int kServersPerLoginNode = 256;
constexpr const char* kCpuServer = "r660"; // 1U Xeon server (catalog), the example's management/login node
// Storage and in-band: the first switch whose catalog tiers cover the levels the fabric needs: the
// S5232F-ON (32x 100GbE), the 64-port SN4600C (SuperPOD in-band switch), and for storage beyond two tiers the
// Z9664F-ON (64 ports at 100GbE, catalogued for storage cores). No catalogued in-band switch has a core tier;
// an in-band fabric beyond two tiers keeps the SN4600C and the validator says so (switch-tier-unsuited).
const std::vector<std::string> kStorageSwitches = {"s5232f-on", "sn4600c", "z9664f-on"};
const std::vector<std::string> kInbandSwitches = {"s5232f-on", "sn4600c"};
constexpr const char* kServerRole = "training";

std::string speedList(const PortGroup& group) {
    std::string text;
    for (int gbps : group.gbps)
        text += (text.empty() ? "" : "/") + std::to_string(gbps);
    return text;
}

class Generator {
public:
    Generator(const GeneratorOptions& options, const Catalog& library)
        : options_(options)
        , library_(library)
        , net_(library) {}

    Design run();

private:
    void placeInRacks(const RailPlan& rails);
    void layout(const RailPlan& rails, const Tiers& compute, const std::vector<std::vector<DeviceId>>& bands);

    const GeneratorOptions& options_;
    const Catalog& library_;
    NetworkBuilder net_;
    std::vector<Rack> racks_;
    std::vector<DeviceId> servers_, storage_, cpus_;
};

void Generator::placeInRacks(const RailPlan& rails) {
    RackId next = 1;
    RackFiller gpuRacks(racks_, next, "gpu", options_.rack_kw);
    for (std::size_t s = 0; s < servers_.size(); ++s) {
        if (s % static_cast<std::size_t>(rails.su_servers) == 0)
            gpuRacks.closeRack(); // a rack never straddles two scalable units
        gpuRacks.place(net_.device(servers_[s]), net_.typeOf(servers_[s]));
    }
    RackFiller networkRacks(racks_, next, "net", options_.rack_kw);
    for (DeviceId id : net_.switches())
        networkRacks.place(net_.device(id), net_.typeOf(id));
    RackFiller serviceRacks(racks_, next, "svc", options_.rack_kw);
    for (const auto* group : {&storage_, &cpus_}) {
        for (DeviceId id : *group)
            serviceRacks.place(net_.device(id), net_.typeOf(id));
    }
}

// Tiers top-down: core, spine, then one block per scalable unit (its leaves above its servers) in a grid
// about as tall as wide, then the storage/in-band/uplink switches, the storage and CPU servers, the
// out-of-band.
void Generator::layout(const RailPlan& rails, const Tiers& compute,
                       const std::vector<std::vector<DeviceId>>& bands) {
    const CanvasGrid grid;
    const auto pointers = [&](const std::vector<DeviceId>& ids) {
        std::vector<Device*> result;
        for (DeviceId id : ids)
            result.push_back(&net_.device(id));
        return result;
    };
    const int units = rails.scalable_units;
    const double unitWidth = std::max(rails.su_servers, 8) * grid.pitch_x;
    const double blockWidth = unitWidth + 2 * grid.pitch_x;
    const double blockHeight = grid.switch_row + grid.server_row;
    const int blocksPerRow =
        std::clamp(static_cast<int>(std::lround(std::sqrt(units * blockHeight / blockWidth))), 1, units);
    const double width = blocksPerRow * blockWidth - 2 * grid.pitch_x;
    const int slots = std::max(1, static_cast<int>(width / grid.pitch_x));
    double y = layoutRows(pointers(compute.cores), 0, 0, width, slots, grid.switch_row);
    y = layoutRows(pointers(compute.spines), 0, y, width, slots, grid.switch_row);
    for (int unit = 0; unit < units; ++unit) {
        const double left = (unit % blocksPerRow) * blockWidth;
        const double top = y + (unit / blocksPerRow) * blockHeight;
        std::vector<DeviceId> leaves, servers;
        for (int group = 0; group < rails.railGroups(); ++group)
            leaves.push_back(compute.leaves[static_cast<std::size_t>(group * units + unit)]);
        const auto first = servers_.begin() + std::int64_t{unit} * rails.su_servers;
        servers.assign(first, std::min(first + rails.su_servers, servers_.end()));
        layoutRows(pointers(leaves), left, top, unitWidth, static_cast<int>(leaves.size()), grid.switch_row);
        layoutRows(pointers(servers), left, top + grid.switch_row,
                   static_cast<double>(servers.size()) * grid.pitch_x, static_cast<int>(servers.size()),
                   grid.server_row);
    }
    y += ((units + blocksPerRow - 1) / blocksPerRow) * blockHeight;
    for (const auto& band : bands)
        y = layoutRows(pointers(band), 0, y, width, slots, grid.server_row);
    frameRacks(racks_, net_.devices(), kServerRole, grid);
}

Design Generator::run() {
    const int n = options_.servers;
    if (n < 1)
        throw InputError("--servers must be at least 1 (got " + std::to_string(n) + ")");
    if (!std::isfinite(options_.rack_kw) || options_.rack_kw <= 0 || options_.rack_kw > kMaxRackKw)
        throw InputError("--rack-kw must be above 0 and at most " +
                         std::to_string(static_cast<int>(kMaxRackKw)));
    const DeviceType* server = library_.device(options_.server);
    if (!server)
        throw InputError("unknown server '" + options_.server + "'");
    if (server->category != DeviceCategory::GpuServer || !server->gpu)
        throw InputError("'" + options_.server + "' is not a GPU server");
    const auto& supported = server->gpu->supported;
    if (!options_.gpu.empty() &&
        std::find(supported.begin(), supported.end(), options_.gpu) == supported.end())
        throw InputError("a " + server->id + " does not take GPU '" + options_.gpu + "'");
    int computeFirst = 0;
    const PortGroup* compute = groupOn(*server, Network::Compute, &computeFirst);
    const Fabric fabric =
        options_.fabric.value_or(compute && compute->supportsGbps(400) ? Fabric::Ndr : Fabric::Hdr);
    const FabricSwitch fs = fabricSwitch(fabric);
    const std::string fabricName(fabricId(fabric));
    if (!compute)
        throw InputError("a " + server->id + " has no compute ports for fabric " + fabricName);
    if (!compute->supportsGbps(fs.gbps) || !mediaCompatible(compute->media, fs.media))
        throw InputError("the compute ports of a " + server->id + " run " + speedList(*compute) + " Gb/s " +
                         std::string(mediaId(compute->media)) + "; fabric " + fabricName + " needs " +
                         std::to_string(fs.gbps) + " Gb/s " + std::string(mediaId(fs.media)));
    const int rails =
        std::min(compute->count, server->gpu->count); // one compute NIC per GPU where it has one
    const FabricPorts computePorts = fabricPorts(net_.type(fs.type), fs.gbps);
    if (std::int64_t{n} * rails > threeLevelCapacity(computePorts.count))
        throw InputError(std::to_string(n) + " servers x " + std::to_string(rails) +
                         " compute NICs exceed a three-level fat tree of " +
                         std::to_string(computePorts.count) + "-port " + fs.type + " switches (at most " +
                         std::to_string(threeLevelCapacity(computePorts.count)) + " NICs)");
    for (const auto& [network, gbps] :
         {std::pair{Network::Storage, kStorageGbps}, std::pair{Network::Inband, kInbandGbps}}) {
        int first = 0;
        const PortGroup* group = groupOn(*server, network, &first);
        if (!group || !group->supportsGbps(gbps))
            throw InputError("a " + server->id + " has no " + std::to_string(gbps) + " Gb/s " +
                             std::string(networkId(network)) + " ports");
    }
    const DeviceType& storage = net_.type(options_.storage);
    int storageFirst = 0;
    const PortGroup* storagePorts = groupOn(storage, Network::Storage, &storageFirst);
    if (storage.category != DeviceCategory::Storage || !storagePorts ||
        !storagePorts->supportsGbps(kStorageGbps))
        throw InputError("'" + options_.storage + "' is not storage with " + std::to_string(kStorageGbps) +
                         " Gb/s storage ports");
    const int storageNodes = options_.storage_nodes.value_or(defaultStorageNodes(n, storage));
    if (storageNodes < 1 || storageNodes > kMaxStorageNodes)
        throw InputError("--storage-nodes must be between 1 and " + std::to_string(kMaxStorageNodes));

    for (int s = 0; s < n; ++s) {
        servers_.push_back(net_.addDevice(server->id, numbered("gpu", s + 1, n), kServerRole));
        net_.device(servers_.back()).gpu = options_.gpu;
    }
    const RailPlan railPlan = planRails(n, rails, computePorts.count);
    const Tiers computeTiers =
        net_.addTree(railOptimizedFatTree(railPlan), fs.type, Network::Compute, fs.gbps, "compute");
    for (int s = 0; s < n; ++s) {
        for (int r = 0; r < rails; ++r)
            net_.cable({servers_[static_cast<std::size_t>(s)], static_cast<std::uint16_t>(computeFirst + r)},
                       {computeTiers.leaves[static_cast<std::size_t>(railPlan.leafOf(s, r))],
                        static_cast<std::uint16_t>(computePorts.first + railPlan.leafPortOf(s, r))},
                       Network::Compute, fs.gbps);
    }
    for (int k = 0; k < storageNodes; ++k)
        storage_.push_back(net_.addDevice(storage.id, numbered("storage", k + 1, storageNodes), "storage"));
    std::vector<DeviceId> logins;
    for (int m = 0; m < kManagementServers; ++m)
        cpus_.push_back(
            net_.addDevice(kCpuServer, numbered("mgmt", m + 1, kManagementServers), "management"));
    const int loginNodes = (n + kServersPerLoginNode - 1) / kServersPerLoginNode;
    for (int l = 0; l < loginNodes; ++l) {
        cpus_.push_back(net_.addDevice(kCpuServer, numbered("login", l + 1, loginNodes), "login"));
        logins.push_back(cpus_.back());
    }

    const std::size_t computeSwitches = net_.switches().size();
    std::vector<DeviceId> storageSide = servers_;
    storageSide.insert(storageSide.end(), storage_.begin(), storage_.end());
    storageSide.insert(storageSide.end(), logins.begin(), logins.end());
    net_.addEdgeFabric(net_.portsOn(storageSide, Network::Storage), Network::Storage, kStorageGbps,
                       kStorageSwitches);
    std::vector<DeviceId> inbandSide = servers_;
    inbandSide.insert(inbandSide.end(), cpus_.begin(), cpus_.end());
    net_.addEdgeFabric(net_.portsOn(inbandSide, Network::Inband), Network::Inband, kInbandGbps,
                       kInbandSwitches);
    net_.addUplink(net_.portsOn(cpus_, Network::Uplink));
    const std::size_t edgeSwitches = net_.switches().size();
    net_.addOob();

    placeInRacks(railPlan);
    std::vector<DeviceId> edge(net_.switches().begin() + static_cast<std::int64_t>(computeSwitches),
                               net_.switches().begin() + static_cast<std::int64_t>(edgeSwitches));
    std::vector<DeviceId> service = storage_;
    service.insert(service.end(), cpus_.begin(), cpus_.end());
    std::vector<DeviceId> oob(net_.switches().begin() + static_cast<std::int64_t>(edgeSwitches),
                              net_.switches().end());
    layout(railPlan, computeTiers, {edge, service, oob});

    Design design;
    design.name = options_.name.empty()
                      ? std::to_string(n) + "x " + server->id + " (" +
                            std::to_string(std::int64_t{n} * server->gpu->count) + " GPUs), " + fabricName +
                            " compute, " + std::to_string(storageNodes) + "x " + storage.id
                      : options_.name;
    for (const std::string& id : net_.usedTypes())
        design.adoptType(library_, id);
    for (const std::string& id : net_.usedCables())
        design.adoptCable(library_, id);
    design.reserve(net_.devices().size(), net_.links().size());
    for (Rack& rack : racks_)
        design.apply({Add<Rack>{std::move(rack)}});
    for (Device& d : net_.devices())
        design.apply({Add<Device>{std::move(d)}});
    for (Link& link : net_.links())
        design.apply({Add<Link>{std::move(link)}});
    return design;
}
} // namespace

std::string_view fabricId(Fabric fabric) {
    return kFabricIds[static_cast<std::size_t>(fabric)];
}

std::optional<Fabric> parseFabric(std::string_view id) {
    for (std::size_t i = 0; i < kFabricIds.size(); ++i) {
        if (kFabricIds[i] == id)
            return static_cast<Fabric>(i);
    }
    return std::nullopt;
}

FabricSwitch fabricSwitch(Fabric fabric) {
    switch (fabric) {
    case Fabric::Ndr:
        return {"qm9700", 400, Media::Infiniband}; // QM9700, 64x NDR 400G (docs/model.md §Networks)
    case Fabric::Hdr:
        return {"qm8700", 200, Media::Infiniband}; // QM8700, 40x HDR 200G (docs/model.md §Networks)
    case Fabric::Roce400:
        // Spectrum-4 SN5600: NVIDIA's RoCE AI-fabric switch, 64 OSFP ports run at 400GbE, three tiers.
        return {"sn5600", 400, Media::Ethernet};
    case Fabric::Roce200:
        // Dell Z9664F-ON at 200GbE: 64 ports, catalogued for compute at three tiers (SN4600/SN3700 run 200G
        // too but are catalogued for storage and in-band only, and would break the switch-placement rule).
        return {"z9664f-on", 200, Media::Ethernet};
    }
    return {};
}

int defaultStorageNodes(int servers, const DeviceType& storage) {
    const double nodeRead = storage.storage ? storage.storage->read_gbytes_per_s : 0;
    if (!(nodeRead > 0))
        return kMinStorageNodes;
    return std::max(kMinStorageNodes, static_cast<int>(std::ceil(servers * kReadGbytesPerServer / nodeRead)));
}

Design generateCluster(const GeneratorOptions& options, const Catalog& library) {
    return Generator(options, library).run();
}

} // namespace cs
