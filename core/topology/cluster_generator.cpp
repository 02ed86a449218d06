#include "topology/cluster_generator.h"

#include "base/enum_ids.h"
#include "base/input_error.h"
#include "model/canvas_geometry.h"
#include "model/operation.h"
#include "topology/fat_tree.h"
#include "topology/network_builder.h"
#include "topology/rack_layout.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <limits>
#include <map>
#include <optional>
#include <unordered_map>
#include <unordered_set>

namespace cs {

namespace {

constexpr std::array<std::string_view, 6> kFabricIds = {"ndr",     "hdr", "roce400",
                                                        "roce200", "xdr", "spectrum-x"};
constexpr std::array<std::string_view, 3> kTopologyIds = {"fat-tree", "rail-only", "multi-plane"};

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
constexpr const char* kSwitchTrayRole = "nvlink";
// Multi-plane without --planes: as many planes as a NIC has ports at the fabric's speed, at least two.
constexpr int kMinPlanes = 2;
// A rack-scale system's rack on the canvas: its compute trays in two rows, the switch trays between them;
// at most this many racks, or servers (a SuperPOD H100 unit's width), side by side under their leaves.
constexpr int kTrayRows = 2;
constexpr int kRacksPerRow = 8;
constexpr int kServersPerRow = 32;
// The layout's bounding box aims at a desktop screen's shape (16:10, e.g. 1680x1050 or 2560x1600), so that
// fitting the whole cluster into the studio's view fills it instead of showing one long strip.
constexpr double kTargetAspect = 16.0 / 10.0;
// Near enough (a ratio of 1.25 either way: 1.28 to 2.0): longer rows of racks then win over a
// closer shape, which would stack short rows into tall narrow blocks.
const double kAspectTolerance = std::log(1.25);

std::string speedList(const PortGroup& group) {
    std::string text;
    for (int gbps : group.gbps)
        text += (text.empty() ? "" : "/") + std::to_string(gbps);
    return text;
}

int ceilDiv(std::int64_t a, std::int64_t b) {
    return static_cast<int>((a + b - 1) / b);
}

Fabric defaultFabric(const PortGroup& compute) {
    if (compute.media == Media::Ethernet)
        return compute.maxGbps() >= 400 ? Fabric::Roce400 : Fabric::Roce200;
    return compute.maxGbps() >= 800 ? Fabric::Xdr : compute.maxGbps() >= 400 ? Fabric::Ndr : Fabric::Hdr;
}

// One independent part of the compute fabric: the whole fat tree, a plane, or a rail group of a rail-only
// fabric. Port i of a scale-up domain goes to sub-fabric subOf(i), on its rail railOf(i).
struct SubFabric {
    RailPlan rails;
    Tiers tiers;
};

class Generator {
public:
    Generator(const GeneratorOptions& options, const Catalog& library)
        : options_(options)
        , library_(library)
        , net_(library) {}

    Design run();

private:
    void resolveServer();
    void resolveFabric();
    void addNodes();
    void addScaleup();
    void addCompute();
    void placeInRacks();
    std::unordered_map<DeviceId, RackId> rowSwitchAnchors();
    void placeRowSwitches();
    struct LayoutShape;
    LayoutShape layoutShape(int domainsPerRow, int blocksPerRow,
                            const std::vector<std::vector<DeviceId>>& bands) const;
    LayoutShape fittedLayoutShape(const std::vector<std::vector<DeviceId>>& bands) const;
    void layout(const std::vector<std::vector<DeviceId>>& bands);
    void nameRacksByRow();

    int subOf(int port) const {
        return topology_ == Topology::MultiPlane ? port % subs_count_
               : topology_ == Topology::RailOnly ? port / rails_per_sub_
                                                 : 0;
    }
    int railOf(int port) const {
        return topology_ == Topology::MultiPlane ? port / subs_count_
               : topology_ == Topology::RailOnly ? port % rails_per_sub_
                                                 : port;
    }

    const GeneratorOptions& options_;
    const Catalog& library_;
    NetworkBuilder net_;

    const DeviceType* node_ = nullptr;   // the GPU server, or the system's compute tray
    const SystemType* system_ = nullptr; // the rack-scale system, if any
    int nodes_per_domain_ = 1;           // nodes sharing one scale-up domain (trays of a rack)
    int node_count_ = 0, domain_count_ = 0;
    Fabric fabric_ = Fabric::Ndr;
    FabricSwitch switch_;
    Topology topology_ = Topology::FatTree;
    FabricPorts nic_ports_; // the compute ports of a node in use at the fabric's speed
    int ports_per_domain_ = 0;
    int subs_count_ = 1, rails_per_sub_ = 0;
    std::vector<SubFabric> subs_;

    std::vector<Rack> racks_;
    std::size_t domain_racks_ = 0; // the first racks: those of the GPU servers or systems
    // Out-of-band switches that stand at the end of a row of GPU racks: the GPU rack whose row it is.
    std::unordered_map<DeviceId, RackId> row_switches_;
    std::vector<DeviceId> nodes_, storage_, cpus_;
    std::vector<std::vector<DeviceId>> domain_nodes_, domain_switches_;
};

void Generator::resolveServer() {
    if (options_.servers < 0 || options_.gpus < 0 || (options_.servers > 0) == (options_.gpus > 0)) {
        if (options_.servers > 0 && options_.gpus > 0)
            throw InputError("give --servers or --gpus, not both");
        throw InputError(options_.gpus < 0
                             ? "--gpus must be at least 1 (got " + std::to_string(options_.gpus) + ")"
                             : "--servers must be at least 1 (got " + std::to_string(options_.servers) + ")");
    }
    system_ = library_.system(options_.server);
    node_ = system_ ? library_.device(system_->compute_tray) : library_.device(options_.server);
    if (!node_)
        throw InputError("unknown server '" + options_.server + "'");
    if (node_->category != DeviceCategory::GpuServer || !node_->gpu)
        throw InputError("'" + options_.server + "' is not a GPU server");
    if (!system_ && node_->gpu->nvlink_domain > node_->gpu->count)
        throw InputError("a " + node_->id + " is a tray of a rack-scale system; generate the system instead");
    const auto& supported = node_->gpu->supported;
    if (!options_.gpu.empty() &&
        std::find(supported.begin(), supported.end(), options_.gpu) == supported.end())
        throw InputError("a " + options_.server + " does not take GPU '" + options_.gpu + "'");
    nodes_per_domain_ = system_ ? system_->compute_trays : 1;
    const std::int64_t nodes = options_.servers > 0 ? std::int64_t{options_.servers} * nodes_per_domain_
                                                    : ceilDiv(options_.gpus, node_->gpu->count);
    if (nodes > std::numeric_limits<int>::max())
        throw InputError("the cluster is too large to generate");
    node_count_ = static_cast<int>(nodes);
    domain_count_ = ceilDiv(node_count_, nodes_per_domain_);
}

void Generator::addNodes() {
    for (int s = 0; s < node_count_; ++s) {
        const std::string name = system_
                                     ? numbered(numbered("tray", s / nodes_per_domain_ + 1, domain_count_),
                                                s % nodes_per_domain_ + 1, nodes_per_domain_)
                                     : numbered("gpu", s + 1, node_count_);
        nodes_.push_back(net_.addDevice(node_->id, name, kServerRole));
        net_.device(nodes_.back()).gpu = options_.gpu;
    }
    domain_nodes_.resize(static_cast<std::size_t>(domain_count_));
    for (int s = 0; s < node_count_; ++s)
        domain_nodes_[static_cast<std::size_t>(s / nodes_per_domain_)].push_back(
            nodes_[static_cast<std::size_t>(s)]);
}

// Each compute tray's scale-up port s to port t of switch tray s, t the tray's place in the rack (GB200
// NVL72: every GPU has a link to each NVLink switch chip).
void Generator::addScaleup() {
    domain_switches_.resize(static_cast<std::size_t>(domain_count_));
    if (!system_)
        return;
    int trayFirst = 0;
    const PortGroup& trayPorts = *node_->groupOn(Network::Scaleup, &trayFirst);
    const FabricPorts switchPorts = fabricPorts(net_.type(system_->switch_tray), trayPorts.maxGbps());
    for (int d = 0; d < domain_count_; ++d) {
        auto& switches = domain_switches_[static_cast<std::size_t>(d)];
        for (int s = 0; s < system_->switch_trays; ++s)
            switches.push_back(
                net_.addDevice(system_->switch_tray,
                               numbered(numbered("nvsw", d + 1, domain_count_), s + 1, system_->switch_trays),
                               kSwitchTrayRole, Network::Scaleup));
        const auto& trays = domain_nodes_[static_cast<std::size_t>(d)];
        for (std::size_t t = 0; t < trays.size(); ++t) {
            for (int s = 0; s < system_->switch_trays; ++s)
                net_.cable({trays[t], static_cast<std::uint16_t>(trayFirst + s)},
                           {switches[static_cast<std::size_t>(s)], switchPorts.port(static_cast<int>(t))},
                           Network::Scaleup, trayPorts.maxGbps());
        }
    }
}

void Generator::resolveFabric() {
    int computeFirst = 0;
    const PortGroup* compute = node_->groupOn(Network::Compute, &computeFirst);
    fabric_ = options_.fabric.value_or(compute ? defaultFabric(*compute) : Fabric::Hdr);
    switch_ = fabricSwitch(fabric_);
    const std::string fabricName(fabricId(fabric_));
    if (!compute)
        throw InputError("a " + node_->id + " has no compute ports for fabric " + fabricName);
    if (!compute->supportsGbps(switch_.gbps) || !mediaCompatible(compute->media, switch_.media))
        throw InputError("the compute ports of a " + node_->id + " run " + speedList(*compute) + " Gb/s " +
                         std::string(mediaId(compute->media)) + "; fabric " + fabricName + " needs " +
                         std::to_string(switch_.gbps) + " Gb/s " + std::string(mediaId(switch_.media)));
    // One compute NIC per GPU where it has one; on Ethernet every port of a NIC that splits at the fabric's
    // speed (ConnectX-8: 2 x 400GbE; on InfiniBand it runs one port, 800G XDR or slower).
    nic_ports_ = usablePorts(*compute, computeFirst, switch_.gbps);
    if (switch_.media != Media::Ethernet)
        nic_ports_.ports_per_cage = 1;
    nic_ports_.count = std::min(compute->count, node_->gpu->count) * nic_ports_.ports_per_cage;
    ports_per_domain_ = nodes_per_domain_ * nic_ports_.count;

    const bool splits = nic_ports_.ports_per_cage >= kMinPlanes;
    topology_ = options_.topology.value_or(fabric_ == Fabric::SpectrumX && splits ? Topology::MultiPlane
                                                                                  : Topology::FatTree);
    if (options_.planes != 0 && topology_ != Topology::MultiPlane)
        throw InputError("--planes needs --topology multi-plane");
    const FabricPorts switchPorts = fabricPorts(net_.type(switch_.type), switch_.gbps);
    const int radix = switchPorts.count;
    if (topology_ == Topology::MultiPlane) {
        subs_count_ = options_.planes > 0 ? options_.planes : std::max(kMinPlanes, nic_ports_.ports_per_cage);
        if (subs_count_ < kMinPlanes || subs_count_ > kMaxPlanes || ports_per_domain_ % subs_count_ != 0)
            throw InputError("--planes " + std::to_string(subs_count_) + " does not divide the " +
                             std::to_string(ports_per_domain_) + " compute ports of a " + options_.server +
                             " (at least 2 planes)");
        rails_per_sub_ = ports_per_domain_ / subs_count_;
    } else if (topology_ == Topology::RailOnly) {
        // Rail groups as wide as one switch holds for every domain (a rail alone when even that is too many).
        rails_per_sub_ = 1;
        for (int fold = ports_per_domain_; fold >= 1; --fold) {
            if (ports_per_domain_ % fold == 0 && std::int64_t{domain_count_} * fold <= radix &&
                foldKeepsNodes(fold, nic_ports_.count)) {
                rails_per_sub_ = fold;
                break;
            }
        }
        subs_count_ = ports_per_domain_ / rails_per_sub_;
    } else {
        rails_per_sub_ = ports_per_domain_;
    }
    if (std::int64_t{domain_count_} * rails_per_sub_ > threeLevelCapacity(radix))
        throw InputError(std::to_string(domain_count_) + (system_ ? " racks x " : " servers x ") +
                         std::to_string(rails_per_sub_) + " compute NICs exceed a three-level fat tree of " +
                         std::to_string(radix) + "-port " + switch_.type + " switches (at most " +
                         std::to_string(threeLevelCapacity(radix)) + " NICs)");
}

void Generator::addCompute() {
    const FabricPorts switchPorts = fabricPorts(net_.type(switch_.type), switch_.gbps);
    const int radix = switchPorts.count;
    const int unit = system_ ? system_->scalable_unit_racks : 0;
    // A node's ports within one sub-fabric: all of them, or its share of each plane.
    const int nodeStep = topology_ == Topology::MultiPlane ? std::max(1, nic_ports_.count / subs_count_)
                         : topology_ == Topology::RailOnly ? std::min(nic_ports_.count, rails_per_sub_)
                                                           : nic_ports_.count;
    for (int sub = 0; sub < subs_count_; ++sub) {
        SubFabric part;
        part.rails = planRails(domain_count_, rails_per_sub_, radix, unit, nodeStep);
        const bool planes = topology_ == Topology::MultiPlane;
        const std::string prefix = subs_count_ == 1 ? std::string("compute")
                                   : planes         ? "compute-p" + std::to_string(sub + 1)
                                                    : numbered("rail", sub + 1, subs_count_);
        part.tiers = net_.addTree(railOptimizedFatTree(part.rails), switch_.type, Network::Compute,
                                  switch_.gbps, prefix, planes ? sub + 1 : 0);
        subs_.push_back(std::move(part));
    }
    for (int d = 0; d < domain_count_; ++d) {
        const auto& nodes = domain_nodes_[static_cast<std::size_t>(d)];
        for (int i = 0; i < static_cast<int>(nodes.size()) * nic_ports_.count; ++i) {
            const SubFabric& part = subs_[static_cast<std::size_t>(subOf(i))];
            const int rail = railOf(i);
            net_.cable({nodes[static_cast<std::size_t>(i / nic_ports_.count)],
                        nic_ports_.port(i % nic_ports_.count)},
                       {part.tiers.leaves[static_cast<std::size_t>(part.rails.leafOf(d, rail))],
                        switchPorts.port(part.rails.leafPortOf(d, rail))},
                       Network::Compute, switch_.gbps);
        }
    }
}

void Generator::placeInRacks() {
    RackId next = 1;
    if (system_) {
        for (int d = 0; d < domain_count_; ++d) {
            char name[32];
            std::snprintf(name, sizeof name, "gpu-%02d", d + 1);
            const RackId id = next++;
            racks_.push_back(Rack{id, name, 0, 0, system_->rack_kw, system_->rack_units, system_->cooling,
                                  system_->cooling == Cooling::Liquid ? system_->rack_kw : 0});
            int u = 1;
            for (const auto* group : {&domain_nodes_[static_cast<std::size_t>(d)],
                                      &domain_switches_[static_cast<std::size_t>(d)]}) {
                for (DeviceId device : *group) {
                    net_.device(device).rack = id;
                    net_.device(device).rack_u = u;
                    u += net_.typeOf(device).rack_units;
                }
            }
        }
    } else {
        RackFiller gpuRacks(racks_, next, "gpu", options_.rack_kw, kStandardRackUnits, node_->cooling);
        const int unitServers = subs_.front().rails.su_servers;
        for (std::size_t s = 0; s < nodes_.size(); ++s) {
            if (s % static_cast<std::size_t>(unitServers) == 0)
                gpuRacks.closeRack(); // a rack never straddles two scalable units
            gpuRacks.place(net_.device(nodes_[s]), *node_);
        }
    }
    domain_racks_ = racks_.size();
    row_switches_ = rowSwitchAnchors();
    RackFiller networkRacks(racks_, next, "net", options_.rack_kw);
    for (DeviceId id : net_.switches()) {
        if (net_.device(id).rack == kNoRack && !row_switches_.contains(id))
            networkRacks.place(net_.device(id), net_.typeOf(id));
    }
    RackFiller serviceRacks(racks_, next, "svc", options_.rack_kw);
    for (const auto* group : {&storage_, &cpus_}) {
        for (DeviceId id : *group)
            serviceRacks.place(net_.device(id), net_.typeOf(id));
    }
}

// A 1GbE Cat6 run reaches 100 m (TIA-568), while a hall of 131,072 GPUs is some 100 m deep and its rows 65 m
// long: an out-of-band leaf in the network racks in the middle of the hall is too far from the servers at
// the ends of the rows. So, as halls put a management switch in every row (NVIDIA DGX SuperPOD: management
// switches in each scalable unit's racks), a leaf whose first BMC stands in a GPU rack stands at the end of
// that rack's row, and an aggregation switch at the end of the row of its first such leaf. The leaves of
// the network and service racks stay with them. Returns each such switch with the GPU rack whose row it
// joins.
std::unordered_map<DeviceId, RackId> Generator::rowSwitchAnchors() {
    const auto isOobSwitch = [&](DeviceId id) {
        return net_.device(id).network == Network::Oob && net_.typeOf(id).category == DeviceCategory::Switch;
    };
    const auto domainRack = [&](DeviceId id) {
        const RackId rack = net_.device(id).rack;
        return rack != kNoRack && rack <= static_cast<RackId>(domain_racks_) ? rack : kNoRack;
    };
    std::unordered_map<DeviceId, RackId> anchors;
    // Leaves: the rack of the first BMC cabled to them (BMCs are cabled before the leaves' own links).
    for (const Link& link : net_.links()) {
        if (link.network != Network::Oob)
            continue;
        for (const auto& [self, other] :
             {std::pair{link.a.device, link.b.device}, std::pair{link.b.device, link.a.device}}) {
            if (isOobSwitch(self) && net_.device(self).role == "leaf" && domainRack(other) != kNoRack)
                anchors.try_emplace(self, domainRack(other));
        }
    }
    // Aggregation switches: the row of their first leaf that has one.
    for (const Link& link : net_.links()) {
        if (link.network != Network::Oob)
            continue;
        for (const auto& [self, other] :
             {std::pair{link.a.device, link.b.device}, std::pair{link.b.device, link.a.device}}) {
            const auto leaf = anchors.find(other);
            if (isOobSwitch(self) && net_.device(self).role != "leaf" && net_.device(other).role == "leaf" &&
                leaf != anchors.end())
                anchors.try_emplace(self, leaf->second);
        }
    }
    return anchors;
}

// The switches rowSwitchAnchors() found, in racks right of the last rack of their row on the canvas (the
// floor plan's rows follow the canvas), one row after the other.
void Generator::placeRowSwitches() {
    const CanvasGrid grid;
    std::map<double, double> rowRight; // a row's canvas y -> its rightmost rack's x
    for (std::size_t r = 0; r < domain_racks_; ++r) {
        auto [it, added] = rowRight.try_emplace(racks_[r].y, racks_[r].x);
        it->second = std::max(it->second, racks_[r].x);
    }
    std::map<double, std::vector<DeviceId>> byRow;
    for (DeviceId id : net_.switches()) {
        const auto anchor = row_switches_.find(id);
        if (anchor != row_switches_.end())
            byRow[racks_[static_cast<std::size_t>(anchor->second - 1)].y].push_back(id);
    }
    auto next = static_cast<RackId>(racks_.size() + 1);
    RackFiller rowRacks(racks_, next, "mgmt", options_.rack_kw);
    for (const auto& [y, switches] : byRow) {
        rowRacks.closeRack();
        const std::size_t first = racks_.size();
        for (DeviceId id : switches)
            rowRacks.place(net_.device(id), net_.typeOf(id));
        for (std::size_t r = first; r < racks_.size(); ++r) {
            racks_[r].x = rowRight[y] + static_cast<double>(r - first + 1) * 3 * grid.pitch_x;
            racks_[r].y = y;
        }
    }
}

// The canvas layout's proportions: scale-up domains (servers, or a system's racks) side by side in a scalable
// unit's block, blocks side by side, and the sizes that follow from them.
struct Generator::LayoutShape {
    int domains_per_row = 1;
    int blocks_per_row = 1;
    int domain_columns = 1;  // device columns of one domain
    int domain_rows = 1;     // device rows of one domain, with the gap below a system's rack
    double domain_width = 0; // scene units
    double unit_width = 0;
    double block_width = 0; // a unit and the gap to the next
    int leaf_slots = 1;
    int leaf_rows = 1;
    double block_height = 0;
    double width = 0; // of the whole layout
    int slots = 1;    // devices in a full-width row
    double height = 0;
};

Generator::LayoutShape Generator::layoutShape(int domainsPerRow, int blocksPerRow,
                                              const std::vector<std::vector<DeviceId>>& bands) const {
    const CanvasGrid grid;
    const RailPlan& plan = subs_.front().rails;
    LayoutShape shape;
    shape.domains_per_row = domainsPerRow;
    shape.blocks_per_row = blocksPerRow;
    shape.domain_columns =
        system_ ? std::max(ceilDiv(nodes_per_domain_, kTrayRows), system_->switch_trays) : 1;
    shape.domain_rows = system_ ? kTrayRows + 2 : 1;
    shape.domain_width = shape.domain_columns * grid.pitch_x + (system_ ? 2 * grid.pitch_x : 0);
    shape.unit_width = std::max(domainsPerRow * shape.domain_width, 8 * grid.pitch_x);
    shape.block_width = shape.unit_width + 2 * grid.pitch_x;
    std::size_t unitLeaves = 0;
    for (const SubFabric& part : subs_)
        unitLeaves += static_cast<std::size_t>(part.rails.railGroups());
    shape.leaf_slots = std::max(1, static_cast<int>(shape.unit_width / grid.pitch_x));
    shape.leaf_rows = ceilDiv(static_cast<std::int64_t>(unitLeaves), shape.leaf_slots);
    shape.block_height = shape.leaf_rows * grid.switch_row +
                         ceilDiv(plan.su_servers, domainsPerRow) * shape.domain_rows * grid.server_row;
    shape.width = blocksPerRow * shape.block_width - 2 * grid.pitch_x;
    shape.slots = std::max(1, static_cast<int>(shape.width / grid.pitch_x));
    const auto rows = [&](std::size_t devices) {
        return ceilDiv(static_cast<std::int64_t>(devices), shape.slots);
    };
    for (const SubFabric& part : subs_)
        shape.height += (rows(part.tiers.cores.size()) + rows(part.tiers.spines.size())) * grid.switch_row;
    shape.height += ceilDiv(plan.scalable_units, blocksPerRow) * shape.block_height;
    for (const auto& band : bands)
        shape.height += rows(band.size()) * grid.server_row;
    // The last row ends with its boxes (switches, out-of-band), not with a row's pitch.
    shape.height -= grid.server_row - deviceBoxSize(DeviceCategory::Switch).height;
    return shape;
}

// Among whole racks side by side in a unit (or whole systems) and any number of blocks side by side, the
// shape with the longest rows of racks whose bounding box comes within kAspectTolerance of kTargetAspect,
// else the shape that comes nearest (by the ratio, either way).
Generator::LayoutShape Generator::fittedLayoutShape(const std::vector<std::vector<DeviceId>>& bands) const {
    const RailPlan& plan = subs_.front().rails;
    const int maxDomains = std::min(plan.su_servers, system_ ? kRacksPerRow : kServersPerRow);
    const int rackStep =
        system_ ? 1 : std::clamp(devicesPerRack(*node_, options_.rack_kw), 1, std::max(1, maxDomains));
    std::optional<LayoutShape> best;
    double bestMiss = 0;
    // The row lengths, widest first: a unit's domains in 1, 2, 3, ... rows of whole racks (a whole unit in
    // one row), each row as long as the first, the last no longer: no rack split over two rows, no stray
    // short row.
    std::vector<int> widths;
    for (int rows = ceilDiv(plan.su_servers, maxDomains);; ++rows) {
        int domains =
            rows == 1 ? plan.su_servers : ceilDiv(ceilDiv(plan.su_servers, rows), rackStep) * rackStep;
        if (domains > maxDomains)
            domains = maxDomains / rackStep * rackStep;
        if (widths.empty() || domains < widths.back())
            widths.push_back(domains);
        if (domains <= rackStep)
            break;
    }
    // Of the shapes close enough to the target, the one with the longest rows of racks.
    for (int domains : widths) {
        for (int blocks = 1; blocks <= plan.scalable_units; ++blocks) {
            const LayoutShape shape = layoutShape(domains, blocks, bands);
            const double miss = std::abs(std::log(shape.width / shape.height / kTargetAspect));
            if (!best || miss < bestMiss) {
                best = shape;
                bestMiss = miss;
            }
        }
        if (bestMiss <= kAspectTolerance)
            break;
    }
    return *best;
}

// Tiers top-down: cores, spines (plane after plane), then one block per scalable unit (its leaves above its
// scale-up domains: servers in rows of whole racks, or a rack-scale system's trays in two rows with its
// switch trays between them) in a grid of the shape that fits a screen, then the storage/in-band/uplink
// switches, the storage and CPU servers, the out-of-band.
void Generator::layout(const std::vector<std::vector<DeviceId>>& bands) {
    const CanvasGrid grid;
    const auto pointers = [&](const std::vector<DeviceId>& ids) {
        std::vector<Device*> result;
        for (DeviceId id : ids)
            result.push_back(&net_.device(id));
        return result;
    };
    const RailPlan& plan = subs_.front().rails;
    const int units = plan.scalable_units;
    const LayoutShape shape = fittedLayoutShape(bands);
    std::vector<std::vector<DeviceId>> unitLeaves(static_cast<std::size_t>(units));
    for (const SubFabric& part : subs_) {
        for (int group = 0; group < part.rails.railGroups(); ++group) {
            for (int u = 0; u < part.rails.scalable_units; ++u)
                unitLeaves[static_cast<std::size_t>(u)].push_back(
                    part.tiers.leaves[static_cast<std::size_t>(group * part.rails.scalable_units + u)]);
        }
    }
    double y = 0;
    for (const SubFabric& part : subs_)
        y = layoutRows(pointers(part.tiers.cores), 0, y, shape.width, shape.slots, grid.switch_row);
    for (const SubFabric& part : subs_)
        y = layoutRows(pointers(part.tiers.spines), 0, y, shape.width, shape.slots, grid.switch_row);
    for (int u = 0; u < units; ++u) {
        const double left = (u % shape.blocks_per_row) * shape.block_width;
        const double top = y + (u / shape.blocks_per_row) * shape.block_height;
        const auto& leaves = unitLeaves[static_cast<std::size_t>(u)];
        layoutRows(pointers(leaves), left, top, shape.unit_width,
                   std::min(shape.leaf_slots, static_cast<int>(leaves.size())), grid.switch_row);
        const double domainsTop = top + shape.leaf_rows * grid.switch_row;
        for (int k = 0; k < plan.su_servers; ++k) {
            const auto d = static_cast<std::size_t>(u * plan.su_servers + k);
            if (d >= domain_nodes_.size())
                break;
            const double domainLeft = left + (k % shape.domains_per_row) * shape.domain_width;
            const double domainTop =
                domainsTop + (k / shape.domains_per_row) * shape.domain_rows * grid.server_row;
            if (!system_) {
                layoutRows(pointers(domain_nodes_[d]), domainLeft, domainTop, grid.pitch_x, 1,
                           grid.server_row);
                continue;
            }
            const auto& trays = domain_nodes_[d];
            const auto half = static_cast<std::int64_t>(ceilDiv(nodes_per_domain_, kTrayRows));
            const std::vector<DeviceId> upper(
                trays.begin(),
                trays.begin() + std::min<std::int64_t>(half, static_cast<std::int64_t>(trays.size())));
            const std::vector<DeviceId> lower(trays.begin() + static_cast<std::int64_t>(upper.size()),
                                              trays.end());
            const double rowWidth = shape.domain_columns * grid.pitch_x;
            const int columns = shape.domain_columns;
            layoutRows(pointers(upper), domainLeft, domainTop, rowWidth, columns, grid.server_row);
            layoutRows(pointers(domain_switches_[d]), domainLeft, domainTop + grid.server_row, rowWidth,
                       columns, grid.server_row);
            layoutRows(pointers(lower), domainLeft, domainTop + 2 * grid.server_row, rowWidth, columns,
                       grid.server_row);
        }
    }
    y += ceilDiv(units, shape.blocks_per_row) * shape.block_height;
    for (const auto& band : bands)
        y = layoutRows(pointers(band), 0, y, shape.width, shape.slots, grid.server_row);
    frameRacks(racks_, net_.devices(), kServerRole, grid);
}

// The racks of the scale-up domains are named by where they stand on the canvas, as a
// data hall names them: "R03-07" is the seventh rack from the left in the third row from the top. Their
// servers keep their own pattern ("gpu-0042"), so a rack's name never reads as a server's.
void Generator::nameRacksByRow() {
    std::vector<Rack*> placed;
    for (std::size_t r = 0; r < domain_racks_; ++r)
        placed.push_back(&racks_[r]);
    std::stable_sort(placed.begin(), placed.end(),
                     [](const Rack* a, const Rack* b) { return a->y != b->y ? a->y < b->y : a->x < b->x; });
    std::vector<std::vector<Rack*>> rows;
    for (std::size_t r = 0; r < placed.size(); ++r) {
        if (r == 0 || placed[r]->y != placed[r - 1]->y)
            rows.emplace_back();
        rows.back().push_back(placed[r]);
    }
    std::size_t widest = 0;
    for (const auto& row : rows)
        widest = std::max(widest, row.size());
    for (std::size_t row = 0; row < rows.size(); ++row) {
        for (std::size_t place = 0; place < rows[row].size(); ++place)
            rows[row][place]->name =
                std::string("R")
                    .append(zeroPadded(static_cast<int>(row + 1), static_cast<int>(rows.size())))
                    .append("-")
                    .append(zeroPadded(static_cast<int>(place + 1), static_cast<int>(widest)));
    }
}

Design Generator::run() {
    if (!std::isfinite(options_.rack_kw) || options_.rack_kw <= 0 || options_.rack_kw > kMaxRackKw)
        throw InputError("--rack-kw must be above 0 and at most " +
                         std::to_string(static_cast<int>(kMaxRackKw)));
    resolveServer();
    resolveFabric();
    for (const auto& [network, gbps] :
         {std::pair{Network::Storage, kStorageGbps}, std::pair{Network::Inband, kInbandGbps}}) {
        const PortGroup* group = node_->groupOn(network);
        if (!group || !group->supportsGbps(gbps))
            throw InputError("a " + node_->id + " has no " + std::to_string(gbps) + " Gb/s " +
                             std::string(networkId(network)) + " ports");
    }
    const DeviceType& storage = net_.type(options_.storage);
    const PortGroup* storagePorts = storage.groupOn(Network::Storage);
    if (storage.category != DeviceCategory::Storage || !storagePorts ||
        !storagePorts->supportsGbps(kStorageGbps))
        throw InputError("'" + options_.storage + "' is not storage with " + std::to_string(kStorageGbps) +
                         " Gb/s storage ports");
    const int storageNodes = options_.storage_nodes.value_or(defaultStorageNodes(node_count_, storage));
    if (storageNodes < 1 || storageNodes > kMaxStorageNodes)
        throw InputError("--storage-nodes must be between 1 and " + std::to_string(kMaxStorageNodes));

    addNodes();
    addCompute();
    addScaleup();
    for (int k = 0; k < storageNodes; ++k)
        storage_.push_back(net_.addDevice(storage.id, numbered("storage", k + 1, storageNodes), "storage"));
    std::vector<DeviceId> logins;
    for (int m = 0; m < kManagementServers; ++m)
        cpus_.push_back(
            net_.addDevice(kCpuServer, numbered("mgmt", m + 1, kManagementServers), "management"));
    const int loginNodes = (node_count_ + kServersPerLoginNode - 1) / kServersPerLoginNode;
    for (int l = 0; l < loginNodes; ++l) {
        cpus_.push_back(net_.addDevice(kCpuServer, numbered("login", l + 1, loginNodes), "login"));
        logins.push_back(cpus_.back());
    }

    const std::size_t fabricSwitches = net_.switches().size();
    std::vector<DeviceId> storageSide = nodes_;
    storageSide.insert(storageSide.end(), storage_.begin(), storage_.end());
    storageSide.insert(storageSide.end(), logins.begin(), logins.end());
    net_.addEdgeFabric(net_.portsOn(storageSide, Network::Storage), Network::Storage, kStorageGbps,
                       kStorageSwitches);
    std::vector<DeviceId> inbandSide = nodes_;
    inbandSide.insert(inbandSide.end(), cpus_.begin(), cpus_.end());
    net_.addEdgeFabric(net_.portsOn(inbandSide, Network::Inband), Network::Inband, kInbandGbps,
                       kInbandSwitches);
    net_.addUplink(net_.portsOn(cpus_, Network::Uplink));
    const std::size_t edgeSwitches = net_.switches().size();
    std::vector<DeviceId> rowDevices; // the GPU racks' devices, rack by rack
    for (std::size_t d = 0; d < domain_nodes_.size(); ++d) {
        rowDevices.insert(rowDevices.end(), domain_nodes_[d].begin(), domain_nodes_[d].end());
        rowDevices.insert(rowDevices.end(), domain_switches_[d].begin(), domain_switches_[d].end());
    }
    net_.addOob(rowDevices);

    placeInRacks();
    std::vector<DeviceId> edge(net_.switches().begin() + static_cast<std::int64_t>(fabricSwitches),
                               net_.switches().begin() + static_cast<std::int64_t>(edgeSwitches));
    std::vector<DeviceId> service = storage_;
    service.insert(service.end(), cpus_.begin(), cpus_.end());
    std::vector<DeviceId> oob(net_.switches().begin() + static_cast<std::int64_t>(edgeSwitches),
                              net_.switches().end());
    layout({edge, service, oob});
    nameRacksByRow();
    placeRowSwitches();
    std::unordered_set<RackId> gpuRacks;
    for (DeviceId node : nodes_)
        gpuRacks.insert(net_.device(node).rack);
    net_.fitCables(FloorPlan(racks_, gpuRacks));

    Design design;
    const std::int64_t gpus = std::int64_t{node_count_} * node_->gpu->count;
    std::string shape = std::string(fabricId(fabric_)) + " compute";
    if (topology_ != Topology::FatTree)
        shape += " (" + std::string(topologyId(topology_)) +
                 (topology_ == Topology::MultiPlane ? ", " + std::to_string(subs_count_) + " planes" : "") +
                 ")";
    design.name = options_.name.empty() ? std::to_string(system_ ? domain_count_ : node_count_) + "x " +
                                              options_.server + " (" + std::to_string(gpus) + " GPUs), " +
                                              shape + ", " + std::to_string(storageNodes) + "x " + storage.id
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
    return enumOfId<Fabric>(kFabricIds, id);
}

std::string_view topologyId(Topology topology) {
    return kTopologyIds[static_cast<std::size_t>(topology)];
}

std::optional<Topology> parseTopology(std::string_view id) {
    return enumOfId<Topology>(kTopologyIds, id);
}

FabricSwitch fabricSwitch(Fabric fabric) {
    switch (fabric) {
    case Fabric::Ndr:
        return {"qm9700", 400, Media::Infiniband}; // QM9700, 64x NDR 400G (docs/model.md §Networks)
    case Fabric::Hdr:
        return {"qm8700", 200, Media::Infiniband}; // QM8700, 40x HDR 200G (docs/model.md §Networks)
    case Fabric::Roce400:
        // Spectrum-4 SN5600: NVIDIA's RoCE AI-fabric switch, its 64 OSFP cages as 128 ports of 400GbE.
        return {"sn5600", 400, Media::Ethernet};
    case Fabric::Roce200:
        // Dell Z9664F-ON at 200GbE: 64 ports, catalogued for compute at three tiers (SN4600/SN3700 run 200G
        // too but are catalogued for storage and in-band only, and would break the switch-placement rule).
        return {"z9664f-on", 200, Media::Ethernet};
    case Fabric::Xdr:
        return {"q3400", 800, Media::Infiniband}; // DGX SuperPOD B300 XDR RA: Quantum-X800 Q3400, 144x 800G
    case Fabric::SpectrumX:
        // DGX SuperPOD B300 Spectrum-X RA: SN5600 leaves and spines, each GPU's SuperNIC at 2 x 400GbE.
        return {"sn5600", 400, Media::Ethernet};
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
