#include "estimate/cluster_from_design.h"

#include "base/input_error.h"
#include "model/scaleup_domains.h"
#include "power/design_power.h"

#include <algorithm>
#include <map>
#include <set>

namespace cs {

namespace {

struct PortBandwidth {
    int ports = 0;
    double gbps = 0;
};

PortBandwidth cabled(const Design& design, const Device& device, Network network) {
    PortBandwidth total;
    for (LinkId id : design.linksOf(device.id)) {
        const Link* link = design.links().find(id);
        if (link && link->network == network) {
            ++total.ports;
            total.gbps += link->gbps;
        }
    }
    return total;
}

bool isSwitchPeer(const Design& design, const Link& link, DeviceId self) {
    const DeviceId other = link.a.device == self ? link.b.device : link.a.device;
    const Device* peer = design.devices().find(other);
    return peer && design.typeOf(*peer).category == DeviceCategory::Switch;
}

const Device* peerOf(const Design& design, const Link& link, DeviceId self) {
    return design.devices().find(link.a.device == self ? link.b.device : link.a.device);
}

bool isComputeSwitch(const Design& design, const Device& device) {
    return device.network == Network::Compute && design.typeOf(device).category == DeviceCategory::Switch;
}

// The compute fabric's tiers: how many servers one leaf (and one spine) reaches, the spines' down/up ratio
// towards the core, and what the compute switches can do.
struct ComputeFabric {
    int leaf_group_servers = 0;
    int spine_group_servers = 0;
    double spine_down_gbps = 0, spine_up_gbps = 0;
    const DeviceType* leaf_type = nullptr;
    bool all_reduce = true, all_adaptive = true;
};

ComputeFabric computeFabric(const Design& design) {
    ComputeFabric fabric;
    std::map<DeviceId, std::set<DeviceId>> leaf_servers;
    for (const Device& device : design.devices().items()) {
        if (!isComputeSwitch(design, device))
            continue;
        const SwitchInfo& info = *design.typeOf(device).switch_info;
        fabric.all_reduce = fabric.all_reduce && !info.in_network_reduction.empty();
        fabric.all_adaptive = fabric.all_adaptive && info.adaptive_routing;
        if (device.role != "leaf")
            continue;
        if (!fabric.leaf_type)
            fabric.leaf_type = &design.typeOf(device);
        std::set<DeviceId>& servers = leaf_servers[device.id];
        for (LinkId id : design.linksOf(device.id)) {
            const Link* link = design.links().find(id);
            const Device* peer = peerOf(design, *link, device.id);
            if (link->network == Network::Compute && peer &&
                design.typeOf(*peer).category == DeviceCategory::GpuServer)
                servers.insert(peer->id);
        }
        fabric.leaf_group_servers = std::max(fabric.leaf_group_servers, static_cast<int>(servers.size()));
    }
    for (const Device& device : design.devices().items()) {
        if (!isComputeSwitch(design, device) || device.role != "spine")
            continue;
        std::set<DeviceId> servers;
        for (LinkId id : design.linksOf(device.id)) {
            const Link* link = design.links().find(id);
            const Device* peer = peerOf(design, *link, device.id);
            if (link->network != Network::Compute || !peer)
                continue;
            if (peer->role == "core") {
                fabric.spine_up_gbps += link->gbps;
            } else if (peer->role == "leaf") {
                fabric.spine_down_gbps += link->gbps;
                const auto under = leaf_servers.find(peer->id);
                if (under != leaf_servers.end())
                    servers.insert(under->second.begin(), under->second.end());
            }
        }
        fabric.spine_group_servers = std::max(fabric.spine_group_servers, static_cast<int>(servers.size()));
    }
    return fabric;
}

} // namespace

void applyDesignCluster(const Design& design, Plan& plan) {
    ClusterSpec& cluster = plan.cluster;
    const Device* first_server = nullptr;
    int gpus = 0, servers = 0;
    double nic_ports = 0, nic_gbps = 0, storage_gbps = 0, other_watts = 0;
    double storage_read = 0, storage_write = 0, leaf_down = 0, leaf_up = 0;
    int storage_nodes = 0;
    for (const Device& device : design.devices().items()) {
        const DeviceType& type = design.typeOf(device);
        if (type.category == DeviceCategory::GpuServer && design.gpuCount(device) > 0) {
            if (!first_server)
                first_server = &device;
            gpus += design.gpuCount(device);
            ++servers;
            const PortBandwidth compute = cabled(design, device, Network::Compute);
            nic_ports += compute.ports;
            nic_gbps += compute.gbps;
            storage_gbps += cabled(design, device, Network::Storage).gbps;
            continue;
        }
        if (type.category == DeviceCategory::Storage && type.storage) {
            ++storage_nodes;
            storage_read += type.storage->read_gbytes_per_s;
            storage_write += type.storage->write_gbytes_per_s;
        }
        other_watts += deviceWattsAtLoad(design, device);
        if (type.category == DeviceCategory::Switch) {
            if (device.network == Network::Compute && device.role == "leaf") {
                for (LinkId id : design.linksOf(device.id)) {
                    const Link* link = design.links().find(id);
                    if (link->network != Network::Compute)
                        continue; // the leaf's management port is on out-of-band
                    (isSwitchPeer(design, *link, device.id) ? leaf_up : leaf_down) += link->gbps;
                }
            }
        }
    }
    if (!first_server)
        throw InputError("the design has no GPU server to run the plan on");
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
    if (nic_ports > 0) {
        cluster.nics_per_node = std::max(1, static_cast<int>(nic_ports / servers));
        cluster.nic_gbps = nic_gbps / nic_ports;
    }
    cluster.oversubscription = leaf_up > 0 ? std::max(1.0, leaf_down / leaf_up) : 1;
    const ComputeFabric fabric = computeFabric(design);
    if (fabric.leaf_type) {
        cluster.leaf_group_servers = std::max(1, fabric.leaf_group_servers);
        cluster.compute_switch = fabric.leaf_type->id;
        cluster.switch_reduction = fabric.all_reduce;
        cluster.routing = fabric.all_adaptive ? Routing::Adaptive : Routing::Ecmp;
    } else {
        cluster.leaf_group_servers = servers; // no compute fabric: every server on its own
    }
    // Without a core tier the spines join every leaf group: nothing crosses them.
    const bool core_tier = fabric.spine_up_gbps > 0;
    cluster.spine_oversubscription =
        core_tier ? std::max(1.0, fabric.spine_down_gbps / fabric.spine_up_gbps) : 1;
    cluster.spine_group_servers = core_tier ? fabric.spine_group_servers : 0;
    cluster.node_storage_gbps = storage_gbps / servers;
    if (storage_nodes > 0) {
        cluster.storage_nodes = storage_nodes;
        cluster.storage_read_gbytes_per_s = storage_read;
        cluster.storage_write_gbytes_per_s = storage_write;
        cluster.storage_source = std::to_string(storage_nodes) + " storage nodes of the design";
    }
    cluster.other_it_watts = other_watts;
}

} // namespace cs
