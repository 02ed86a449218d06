#include "topology/network_builder.h"

#include "base/input_error.h"

#include <algorithm>
#include <optional>

namespace cs {

namespace {

constexpr int kIslGbps =
    100; // switch-to-switch on the uplink network: the 100G QSFP28 uplink ports of S5248F-ON
// SuperPOD RA: the storage fabric is "about 4:3 oversubscribed" on the DGX side; in-band uses the same ratio.
constexpr int kEdgeRatioDown = 4, kEdgeRatioUp = 3;
constexpr const char* kUplinkSwitch = "s5248f-on"; // uplink S5248F-ON (48x 25GbE), docs/model.md §Networks
constexpr const char* kOobSwitch = "n3248te-on";   // out-of-band N3248TE-ON (48x 1GbE), same table
// The 1GbE switches that join out-of-band leaves: a management aggregation, not a tier of a fat tree.
constexpr const char* kOobAggregationRole = "aggregation";

// A switch's port group by name.
int firstPortNamed(const DeviceType& type, std::string_view name) {
    for (std::size_t g = 0; g < type.port_groups.size(); ++g) {
        if (type.port_groups[g].name == name)
            return type.firstPortOf(g);
    }
    throw InputError(type.id + " has no port group '" + std::string(name) + "'");
}

} // namespace

FabricPorts usablePorts(const PortGroup& group, int firstPort, int gbps) {
    const int perCage = std::clamp(group.maxGbps() / gbps, 1, group.breakout);
    return {firstPort, group.count * perCage, group.breakout, perCage};
}

FabricPorts fabricPorts(const DeviceType& type, int gbps) {
    for (std::size_t g = 0; g < type.port_groups.size(); ++g) {
        const PortGroup& group = type.port_groups[g];
        if (!group.network && group.supportsGbps(gbps))
            return usablePorts(group, type.firstPortOf(g), gbps);
    }
    throw InputError(type.id + " has no " + std::to_string(gbps) + " Gb/s fabric ports");
}

std::string zeroPadded(int n, int total) {
    const int digits = std::max(2, static_cast<int>(std::to_string(total).size()));
    std::string number = std::to_string(n);
    return std::string(static_cast<std::size_t>(std::max(0, digits - static_cast<int>(number.size()))), '0') +
           number;
}

std::string numbered(const std::string& prefix, int n, int total) {
    return prefix + "-" + zeroPadded(n, total);
}

const DeviceType& NetworkBuilder::type(const std::string& id) {
    const DeviceType* found = library_.device(id);
    if (!found)
        throw InputError("the catalog has no device '" + id + "'");
    used_types_.insert(id);
    return *found;
}

DeviceId NetworkBuilder::addDevice(const std::string& typeId, std::string name, std::string role,
                                   std::optional<Network> network) {
    const bool isSwitch = type(typeId).category == DeviceCategory::Switch;
    const auto id = static_cast<DeviceId>(devices_.size() + 1);
    devices_.push_back(
        Device{id, typeId, std::move(name), 0, 0, kNoRack, 0, "", network, std::move(role), 0});
    if (isSwitch)
        switches_.push_back(id);
    return id;
}

void NetworkBuilder::cable(Endpoint a, Endpoint b, Network network, int gbps) {
    Link link{static_cast<LinkId>(links_.size() + 1), a, b, network, gbps, "", 0};
    if (const CableType* furthest = cables_.furthest(groupOf(a), groupOf(b), gbps))
        link.cable = furthest->id;
    links_.push_back(std::move(link));
}

void NetworkBuilder::fitCables(const FloorPlan& floor) {
    for (Link& link : links_)
        fitLink(link, device(link.a.device), device(link.b.device), groupOf(link.a), groupOf(link.b), floor,
                cables_);
}

std::vector<std::string> NetworkBuilder::usedCables() const {
    std::set<std::string> ids;
    for (const Link& link : links_) {
        if (!link.cable.empty())
            ids.insert(link.cable);
    }
    return {ids.begin(), ids.end()};
}

Tiers NetworkBuilder::addTree(const FatTree& tree, const std::string& switchType, Network network, int gbps,
                              const std::string& prefix, int plane) {
    const FabricPorts ports = fabricPorts(type(switchType), gbps);
    Tiers tiers;
    const auto add = [&](std::vector<DeviceId>& tier, int count, const char* role) {
        for (int i = 0; i < count; ++i) {
            tier.push_back(addDevice(switchType, numbered(prefix + "-" + role, i + 1, count), role, network));
            devices_.back().plane = plane;
        }
    };
    add(tiers.leaves, tree.leaves(), "leaf");
    add(tiers.spines, tree.spines, "spine");
    add(tiers.cores, tree.cores, "core");
    const auto port = [&](int p) { return ports.port(p); };
    for (const TierCable& c : tree.leaf_spine)
        cable({tiers.leaves[c.lower], port(c.lower_port)}, {tiers.spines[c.upper], port(c.upper_port)},
              network, gbps);
    for (const TierCable& c : tree.spine_core)
        cable({tiers.spines[c.lower], port(c.lower_port)}, {tiers.cores[c.upper], port(c.upper_port)},
              network, gbps);
    return tiers;
}

// Storage and in-band: endpoints fill 4:3 leaves in order, wired into spines (and cores) like the compute
// tree.
void NetworkBuilder::addEdgeFabric(const std::vector<Endpoint>& endpoints, Network network, int gbps,
                                   const std::vector<std::string>& candidates) {
    const auto n = static_cast<int>(endpoints.size());
    std::string switchType;
    LeafSplit split;
    int radix = 0;
    for (const std::string& candidate : candidates) {
        const DeviceType* sw = library_.device(candidate);
        if (!sw)
            throw InputError("the catalog has no device '" + candidate + "'");
        switchType = candidate;
        radix = fabricPorts(*sw, gbps).count;
        split = splitOversubscribed(n, radix, kEdgeRatioDown, kEdgeRatioUp);
        const int tiers = sw->switch_info ? static_cast<int>(sw->switch_info->tiers.size()) : 1;
        if (fatTreeLevels(split.up, radix) <= tiers)
            break;
    }
    const std::string prefix(networkId(network));
    const FabricPorts ports = fabricPorts(type(switchType), gbps);
    const int perLeaf = split.firstUplinkPort;
    const FatTree tree = wireFatTree(split.down, split.up, radix, perLeaf);
    const Tiers tiers = addTree(tree, switchType, network, gbps, prefix);
    for (int e = 0; e < n; ++e)
        cable(endpoints[static_cast<std::size_t>(e)],
              {tiers.leaves[static_cast<std::size_t>(e / perLeaf)], ports.port(e % perLeaf)}, network, gbps);
}

// Uplink (business): the CPU servers' 25GbE ports on S5248F-ON switches chained over their 100G uplink ports.
void NetworkBuilder::addUplink(const std::vector<Endpoint>& endpoints) {
    const DeviceType& sw = type(kUplinkSwitch);
    const FabricPorts ports = fabricPorts(sw, kUplinkGbps);
    const int isl = firstPortNamed(sw, "uplink");
    const auto count = static_cast<int>((endpoints.size() + static_cast<std::size_t>(ports.count) - 1) /
                                        static_cast<std::size_t>(ports.count));
    std::vector<DeviceId> tier;
    for (int i = 0; i < count; ++i) {
        tier.push_back(
            addDevice(kUplinkSwitch, numbered("uplink-sw", i + 1, count), "leaf", Network::Uplink));
    }
    for (std::size_t e = 0; e < endpoints.size(); ++e)
        cable(
            endpoints[e],
            {tier[e / static_cast<std::size_t>(ports.count)], ports.port(static_cast<int>(e) % ports.count)},
            Network::Uplink, kUplinkGbps);
    for (std::size_t i = 0; i + 1 < tier.size(); ++i)
        cable({tier[i], static_cast<std::uint16_t>(isl + 1)}, {tier[i + 1], static_cast<std::uint16_t>(isl)},
              Network::Uplink, kIslGbps);
}

// Out-of-band: every BMC and switch management port on 1GbE leaves. Each leaf keeps its last port for the
// previous leaf's management port (a ring, so no switch manages itself) and the one before it for its uplink.
// Two leaves join uplink to uplink; more hang off aggregation switches (46 leaves each), the aggregation
// switches chained over their last two ports. Every out-of-band cable is 1GbE Cat6 copper between RJ45 ports
// (the SuperPOD RA cables its management network in copper); no 100G optic or DAC serves a 1GbE network.
// The BMCs of `rowDevices` (in that order) come first, on leaves and aggregation switches of their own, so
// that those can stand in the rows of those devices; then every other BMC in device order.
void NetworkBuilder::addOob(const std::vector<DeviceId>& rowDevices) {
    const auto bmcsOf = [&](const Device& d, std::vector<Endpoint>& out) {
        const DeviceType& t = *library_.device(d.type);
        if (!t.bmc)
            return;
        for (std::size_t g = 0; g < t.port_groups.size(); ++g) {
            if (t.port_groups[g].network == Network::Oob) {
                for (int p = 0; p < t.port_groups[g].portCount(); ++p)
                    out.push_back({d.id, static_cast<std::uint16_t>(t.firstPortOf(g) + p)});
            }
        }
    };
    std::vector<Endpoint> bmcs;
    for (DeviceId id : rowDevices)
        bmcsOf(device(id), bmcs);
    const std::set<DeviceId> inRows(rowDevices.begin(), rowDevices.end());
    const auto rowBmcs = static_cast<int>(bmcs.size());
    for (const Device& d : devices_) {
        if (!inRows.contains(d.id))
            bmcsOf(d, bmcs);
    }
    const DeviceType& sw = type(kOobSwitch);
    const FabricPorts ports = fabricPorts(sw, kOobGbps);
    constexpr int kReservedPorts = 2; // a leaf's uplink and ring port; an aggregate's chain ports
    const int perLeaf = ports.count - kReservedPorts; // BMCs per leaf
    const int ringPort = ports.count - 1, uplinkPort = ports.count - 2;
    const int leavesPerAggregate = ports.count - kReservedPorts;
    const auto ceilDiv = [](std::int64_t a, int b) { return static_cast<int>((a + b - 1) / b); };
    const int rowLeaves = ceilDiv(rowBmcs, perLeaf);
    const int rowAggregates = ceilDiv(rowLeaves, leavesPerAggregate);
    // The leaf of the e-th BMC, the aggregation switch of the i-th leaf: the rows' first, then the others'.
    const auto split = [](int i, int first, int firstGroups, int perGroup) {
        return i < first ? std::pair{i / perGroup, i % perGroup}
                         : std::pair{firstGroups + (i - first) / perGroup, (i - first) % perGroup};
    };
    const auto aggregatesFor = [&](int leaves) {
        return leaves > 2 ? rowAggregates + ceilDiv(leaves - rowLeaves, leavesPerAggregate) : 0;
    };
    const auto others = static_cast<std::int64_t>(bmcs.size()) - rowBmcs;
    int leaves = std::max(2, rowLeaves);
    while (leaves < rowLeaves + ceilDiv(others + aggregatesFor(leaves), perLeaf))
        ++leaves;
    const int aggregateCount = aggregatesFor(leaves);
    std::vector<DeviceId> leafIds, aggregateIds;
    for (int i = 0; i < leaves; ++i)
        leafIds.push_back(addDevice(kOobSwitch, numbered("oob-leaf", i + 1, leaves), "leaf", Network::Oob));
    for (int i = 0; i < aggregateCount; ++i)
        aggregateIds.push_back(addDevice(kOobSwitch, numbered("oob-agg", i + 1, aggregateCount),
                                         kOobAggregationRole, Network::Oob));
    int mgmtPort = 0;
    sw.groupOn(Network::Oob, &mgmtPort);
    for (DeviceId aggregate : aggregateIds)
        bmcs.push_back({aggregate, static_cast<std::uint16_t>(mgmtPort)});
    for (std::size_t e = 0; e < bmcs.size(); ++e) {
        const auto [leaf, port] = split(static_cast<int>(e), rowBmcs, rowLeaves, perLeaf);
        cable(bmcs[e], {leafIds[static_cast<std::size_t>(leaf)], ports.port(port)}, Network::Oob, kOobGbps);
    }
    for (int i = 0; i < leaves; ++i)
        cable({leafIds[static_cast<std::size_t>(i)], static_cast<std::uint16_t>(mgmtPort)},
              {leafIds[static_cast<std::size_t>((i + 1) % leaves)], ports.port(ringPort)}, Network::Oob,
              kOobGbps);
    if (aggregateIds.empty()) {
        cable({leafIds[0], ports.port(uplinkPort)}, {leafIds[1], ports.port(uplinkPort)}, Network::Oob,
              kOobGbps);
        return;
    }
    for (int i = 0; i < leaves; ++i) {
        const auto [aggregate, port] = split(i, rowLeaves, rowAggregates, leavesPerAggregate);
        cable({leafIds[static_cast<std::size_t>(i)], ports.port(uplinkPort)},
              {aggregateIds[static_cast<std::size_t>(aggregate)], ports.port(port)}, Network::Oob, kOobGbps);
    }
    for (std::size_t i = 0; i + 1 < aggregateIds.size(); ++i)
        cable({aggregateIds[i], ports.port(ringPort)}, {aggregateIds[i + 1], ports.port(uplinkPort)},
              Network::Oob, kOobGbps);
}

std::vector<Endpoint> NetworkBuilder::portsOn(const std::vector<DeviceId>& ids, Network network) const {
    std::vector<Endpoint> endpoints;
    for (int p = 0;; ++p) {
        const std::size_t before = endpoints.size();
        for (DeviceId id : ids) {
            int first = 0;
            const PortGroup* group = typeOf(id).groupOn(network, &first);
            if (group && p < group->portCount())
                endpoints.push_back({id, static_cast<std::uint16_t>(first + p)});
        }
        if (endpoints.size() == before)
            return endpoints;
    }
}

} // namespace cs
