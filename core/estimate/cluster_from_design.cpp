#include "estimate/cluster_from_design.h"

#include "base/input_error.h"
#include "model/scaleup_domains.h"
#include "power/design_power.h"

#include <algorithm>
#include <cstdint>
#include <unordered_map>
#include <vector>

namespace cs {

namespace {

// What a device is to the cluster's figures.
// Ordered: every role from Switch on is a switch, from ComputeSwitch on a compute switch.
enum class Role : std::uint8_t {
    Other,
    GpuServer,
    Switch,
    ComputeSwitch,
    ComputeLeaf,
    ComputeSpine,
    ComputeCore
};

struct Part {
    Role role = Role::Other;
    std::uint32_t server = 0; // GPU servers: 0, 1, 2, ... in the design's order
};

Role roleOf(const Design& design, const Device& device) {
    const DeviceType& type = design.typeOf(device);
    if (type.category == DeviceCategory::GpuServer)
        return design.gpuCount(device) > 0 ? Role::GpuServer : Role::Other;
    if (type.category != DeviceCategory::Switch)
        return Role::Other;
    if (device.network != Network::Compute)
        return Role::Switch;
    if (device.role == "leaf")
        return Role::ComputeLeaf;
    if (device.role == "spine")
        return Role::ComputeSpine;
    return device.role == "core" ? Role::ComputeCore : Role::ComputeSwitch;
}

// What the cables say, in one pass over them: the GPU servers' cabled compute ports and storage bandwidth,
// the compute leaves' down and up bandwidth, the servers under each leaf, and the spines' down and up links.
struct Cabling {
    double nic_ports = 0, nic_gbps = 0, storage_gbps = 0;
    double leaf_down_gbps = 0, leaf_up_gbps = 0;
    double spine_down_gbps = 0, spine_up_gbps = 0;
    std::unordered_map<DeviceId, std::vector<std::uint32_t>> leaf_servers; // GPU server numbers
    std::unordered_map<DeviceId, std::vector<DeviceId>> spine_leaves;
};

Cabling cabling(const Design& design, const std::unordered_map<DeviceId, Part>& parts) {
    Cabling c;
    for (const Link& link : design.links().items()) {
        const auto a = parts.find(link.a.device), b = parts.find(link.b.device);
        if (a == parts.end() || b == parts.end())
            continue;
        for (const auto& [self, peer] : {std::pair{a, b}, std::pair{b, a}}) {
            const Role role = self->second.role, peer_role = peer->second.role;
            if (role == Role::GpuServer) {
                if (link.network == Network::Compute) {
                    ++c.nic_ports;
                    c.nic_gbps += link.gbps;
                } else if (link.network == Network::Storage) {
                    c.storage_gbps += link.gbps;
                }
            }
            // A switch's management port is on out-of-band: only compute links count.
            if (link.network != Network::Compute)
                continue;
            const bool peer_switch = peer_role >= Role::Switch;
            if (role == Role::ComputeLeaf) {
                (peer_switch ? c.leaf_up_gbps : c.leaf_down_gbps) += link.gbps;
                if (peer_role == Role::GpuServer)
                    c.leaf_servers[self->first].push_back(peer->second.server);
            } else if (role == Role::ComputeSpine) {
                if (peer_role == Role::ComputeCore) {
                    c.spine_up_gbps += link.gbps;
                } else if (peer_role == Role::ComputeLeaf) {
                    c.spine_down_gbps += link.gbps;
                    c.spine_leaves[self->first].push_back(peer->first);
                }
            }
        }
    }
    return c;
}

// Counts the distinct servers of one group after another (a leaf's, a spine's), without a set: a server
// cabled twice to a leaf counts once.
class DistinctServers {
public:
    explicit DistinctServers(std::size_t servers)
        : stamp_(servers, 0) {}
    void nextGroup() {
        ++group_;
        count_ = 0;
    }
    void add(std::uint32_t server) {
        if (stamp_[server] != group_) {
            stamp_[server] = group_;
            ++count_;
        }
    }
    int count() const { return count_; }

private:
    std::vector<std::uint32_t> stamp_; // the last group that counted the server (groups are 1, 2, ...)
    std::uint32_t group_ = 0;
    int count_ = 0;
};

// The most servers one leaf, and one spine through its leaves, reaches.
struct Reach {
    int leaf_servers = 0, spine_servers = 0;
};

Reach reach(const Cabling& cables, std::size_t servers) {
    Reach most;
    DistinctServers distinct(servers);
    for (const auto& [leaf, under] : cables.leaf_servers) {
        distinct.nextGroup();
        for (std::uint32_t server : under)
            distinct.add(server);
        most.leaf_servers = std::max(most.leaf_servers, distinct.count());
    }
    for (const auto& [spine, leaves] : cables.spine_leaves) {
        distinct.nextGroup();
        for (DeviceId leaf : leaves) {
            if (const auto under = cables.leaf_servers.find(leaf); under != cables.leaf_servers.end())
                for (std::uint32_t server : under->second)
                    distinct.add(server);
        }
        most.spine_servers = std::max(most.spine_servers, distinct.count());
    }
    return most;
}

} // namespace

void applyDesignCluster(const Design& design, Plan& plan) {
    ClusterSpec& cluster = plan.cluster;
    const Device* first_server = nullptr;
    int gpus = 0, servers = 0;
    double other_watts = 0, storage_read = 0, storage_write = 0;
    int storage_nodes = 0;
    std::unordered_map<DeviceId, Part> parts;
    parts.reserve(design.devices().size());
    const DeviceType* leaf_type = nullptr;
    bool all_reduce = true, all_adaptive = true;
    for (const Device& device : design.devices().items()) {
        const DeviceType& type = design.typeOf(device);
        const Role role = roleOf(design, device);
        parts.emplace(device.id, Part{role, static_cast<std::uint32_t>(servers)});
        if (role == Role::GpuServer) {
            if (!first_server)
                first_server = &device;
            gpus += design.gpuCount(device);
            ++servers;
            continue;
        }
        if (type.category == DeviceCategory::Storage && type.storage) {
            ++storage_nodes;
            storage_read += type.storage->read_gbytes_per_s;
            storage_write += type.storage->write_gbytes_per_s;
        }
        other_watts += deviceWattsAtLoad(design, device);
        if (role >= Role::ComputeSwitch) {
            all_reduce = all_reduce && !type.switch_info->in_network_reduction.empty();
            all_adaptive = all_adaptive && type.switch_info->adaptive_routing;
            if (role == Role::ComputeLeaf && !leaf_type)
                leaf_type = &type;
        }
    }
    if (!first_server)
        throw InputError("the design has no GPU server to run the plan on");
    const Cabling cables = cabling(design, parts);
    const DeviceType& server = design.typeOf(*first_server);
    cluster.gpu = *design.gpuOf(*first_server);
    cluster.gpus = gpus;
    cluster.gpus_per_node = design.gpuCount(*first_server);
    // The largest scale-up domain the cabling really forms: a GB200 NVL72 rack's 72, an HGX server's 8.
    cluster.nvlink_domain = 1;
    for (const ScaleupDomain& domain : scaleupDomains(design))
        cluster.nvlink_domain = std::max(cluster.nvlink_domain, domain.gpus);
    cluster.server = server.id;
    cluster.server_idle_watts = server.idle_watts;
    cluster.server_max_watts = server.max_watts;
    if (cables.nic_ports > 0) {
        cluster.nics_per_node = std::max(1, static_cast<int>(cables.nic_ports / servers));
        cluster.nic_gbps = cables.nic_gbps / cables.nic_ports;
    }
    cluster.oversubscription =
        cables.leaf_up_gbps > 0 ? std::max(1.0, cables.leaf_down_gbps / cables.leaf_up_gbps) : 1;
    const Reach most = reach(cables, static_cast<std::size_t>(servers));
    if (leaf_type) {
        cluster.leaf_group_servers = std::max(1, most.leaf_servers);
        cluster.compute_switch = leaf_type->id;
        cluster.switch_reduction = all_reduce;
        cluster.routing = all_adaptive ? Routing::Adaptive : Routing::Ecmp;
    } else {
        cluster.leaf_group_servers = servers; // no compute fabric: every server on its own
    }
    // Without a core tier the spines join every leaf group: nothing crosses them.
    const bool core_tier = cables.spine_up_gbps > 0;
    cluster.spine_oversubscription =
        core_tier ? std::max(1.0, cables.spine_down_gbps / cables.spine_up_gbps) : 1;
    cluster.spine_group_servers = core_tier ? most.spine_servers : 0;
    cluster.node_storage_gbps = cables.storage_gbps / servers;
    if (storage_nodes > 0) {
        cluster.storage_nodes = storage_nodes;
        cluster.storage_read_gbytes_per_s = storage_read;
        cluster.storage_write_gbytes_per_s = storage_write;
        cluster.storage_source = std::to_string(storage_nodes) + " storage nodes of the design";
    }
    cluster.other_it_watts = other_watts;
}

} // namespace cs
