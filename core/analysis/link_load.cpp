#include "analysis/link_load.h"

#include "analysis/degraded_cluster.h"
#include "base/units.h"
#include "estimate/communication_model.h"

#include <algorithm>
#include <cstdint>

namespace cs {

namespace {

constexpr double kBytesPerGbit = kGiga / kBitsPerByte;

enum class Role : std::uint8_t { Other, GpuServer, Switch, StorageNode };

// One cabled compute NIC of a GPU server: the rail is its position among the server's NICs in port order.
struct ServerNic {
    std::int32_t server = 0; // rank of the server among the GPU servers
    std::uint16_t port = 0;
    std::uint32_t link = 0; // position in design.links().items()
    DeviceId leaf = 0;
    bool live = true;
};

// Server ranks: the job's servers in order (`job`), then the others by id.
class Topology {
public:
    Topology(const Design& design, const std::vector<DeviceId>& job)
        : role_(design.devices().nextId(), Role::Other)
        , tier_(role_.size(), 0)
        , rank_(role_.size(), -1) {
        std::vector<DeviceId> servers;
        for (const Device& device : design.devices().items()) {
            const DeviceType& type = design.typeOf(device);
            if (type.category == DeviceCategory::GpuServer && design.gpuCount(device) > 0) {
                role_[device.id] = Role::GpuServer;
                servers.push_back(device.id);
            } else if (type.category == DeviceCategory::Switch) {
                role_[device.id] = Role::Switch;
                tier_[device.id] = static_cast<std::uint8_t>(fabricTier(device));
            } else if (type.category == DeviceCategory::Storage && type.storage) {
                role_[device.id] = Role::StorageNode;
            }
        }
        std::int32_t next = 0;
        for (DeviceId id : job)
            rank_[id] = next++;
        std::sort(servers.begin(), servers.end());
        for (DeviceId id : servers) {
            if (rank_[id] < 0)
                rank_[id] = next++;
        }
        servers_ = static_cast<int>(servers.size());
    }

    Role role(DeviceId id) const { return role_[id]; }
    int tier(DeviceId id) const { return tier_[id]; }
    std::int32_t rank(DeviceId id) const { return rank_[id]; }
    int servers() const { return servers_; }

private:
    std::vector<Role> role_;
    std::vector<std::uint8_t> tier_;
    std::vector<std::int32_t> rank_;
    int servers_ = 0;
};

// The compute NICs of every server, grouped by server rank and sorted by port.
struct NicTable {
    std::vector<ServerNic> nics;
    std::vector<std::uint32_t> begin; // server rank -> first NIC; begin[servers] = end
    std::vector<int> live;            // server rank -> its live NICs

    int count(int server) const { return static_cast<int>(begin[server + 1] - begin[server]); }
    const ServerNic& at(int server, int nic) const { return nics[begin[server] + nic]; }
};

bool dead(const FailureImpact* failures, LinkId link) {
    return failures && failures->isDead(link);
}

NicTable computeNics(const Design& design, const Topology& topology, const FailureImpact* failures) {
    NicTable table;
    const auto& links = design.links().items();
    for (std::uint32_t i = 0; i < links.size(); ++i) {
        const Link& link = links[i];
        if (link.network != Network::Compute)
            continue;
        for (const auto& [self, peer] : {std::pair{link.a, link.b}, std::pair{link.b, link.a}})
            if (topology.role(self.device) == Role::GpuServer && topology.role(peer.device) == Role::Switch)
                table.nics.push_back(
                    {topology.rank(self.device), self.port, i, peer.device, !dead(failures, link.id)});
    }
    std::sort(table.nics.begin(), table.nics.end(), [](const ServerNic& x, const ServerNic& y) {
        return x.server != y.server ? x.server < y.server : x.port < y.port;
    });
    table.begin.assign(topology.servers() + 1, 0);
    table.live.assign(topology.servers(), 0);
    for (const ServerNic& nic : table.nics) {
        ++table.begin[nic.server + 1];
        table.live[nic.server] += nic.live ? 1 : 0;
    }
    for (int s = 0; s < topology.servers(); ++s)
        table.begin[s + 1] += table.begin[s];
    return table;
}

// A cable between two switches of the compute or storage fabric (management ports of those switches
// excluded).
bool isSwitchLink(const Link& link, const Topology& topology) {
    return (link.network == Network::Compute || link.network == Network::Storage) &&
           topology.role(link.a.device) == Role::Switch && topology.role(link.b.device) == Role::Switch;
}

// How long each kind of compute traffic has to cross the links: the whole step for the average, or the
// phase that uses the link for the peak.
struct TrafficWindows {
    double dp_s = 0; // the DP reduction
    double pp_s = 0; // the pipeline's stage-to-stage sends
    double ep_s = 0; // the expert all-to-alls (not overlapped: their exposed time)
    double cp_s = 0; // the context-parallel ring (overlapped with attention: the whole step)
};

double rateOver(double bytes, double window_s) {
    return bytes > 0 && window_s > 0 ? bytes / window_s : 0;
}

LinkLoads loadsOver(const Design& design, const Plan& plan, const TrainingEstimate& estimate,
                    const TrafficWindows& windows, const FailureImpact* failures) {
    const Topology topology(design,
                            jobServers(design, failures ? *failures : FailureImpact{}, jobGpus(plan)));
    const NicTable nics = computeNics(design, topology, failures);
    const auto& links = design.links().items();
    const std::size_t ids = design.devices().nextId();
    const Parallelism& par = plan.parallelism;
    const int gpus_per_node = plan.cluster.gpus_per_node;
    const int ranks = std::min(par.gpus(), topology.servers() * gpus_per_node);

    // The estimator's per-GPU NIC bytes, split back into PP, EP, CP and DP (training_estimator.cpp).
    const int stage_ranks = par.tp * par.cp * par.dp;
    const bool stages_share_node = stage_ranks < gpus_per_node;
    const double pp_bytes =
        stages_share_node ? 0 : estimate.micro_batches * ppBytesPerMicroBatchPerGpu(plan.model, par) / par.cp;
    const double ep_bytes = estimate.ep_scale_out_bytes_per_gpu;
    const double cp_bytes = par.tp * par.cp <= plan.cluster.nvlink_domain ? 0 : estimate.cp_bytes_per_gpu;
    const double dp_bytes = std::max(0.0, estimate.nic_bytes_per_gpu - pp_bytes - ep_bytes - cp_bytes);
    const int domain = std::max(1, plan.cluster.nvlink_domain);
    const DataParallelPlacement placement = stridedPlacement(plan.cluster, par.tp * par.cp, par.dp);

    std::vector<double> link_bytes_per_s(links.size(), 0.0); // per direction
    std::vector<double> up_bytes_per_s(ids, 0.0);            // what must leave each switch upwards
    // The NICs a rank's bytes leave by, with their shares: its own, or with that one dead its server's
    // surviving NICs evenly (PXN).
    const auto forEachNic = [&](int rank, auto&& visit) {
        const int server = rank / gpus_per_node;
        const int count = nics.count(server);
        if (count == 0)
            return;
        const ServerNic& own = nics.at(server, rank % gpus_per_node * count / gpus_per_node);
        if (own.live) {
            visit(own, 1.0);
            return;
        }
        for (int i = 0; i < count; ++i) {
            if (nics.at(server, i).live)
                visit(nics.at(server, i), 1.0 / nics.live[server]);
        }
    };
    const auto crossing = [&](const ServerNic& own, int peer, double bytes_per_s) {
        if (peer < 0 || peer >= ranks)
            return;
        forEachNic(peer, [&](const ServerNic& other, double share) {
            if (other.leaf != own.leaf)
                up_bytes_per_s[own.leaf] += bytes_per_s * share;
        });
    };
    const double dp_rate = rateOver(dp_bytes, windows.dp_s), pp_rate = rateOver(pp_bytes, windows.pp_s);
    const double ep_rate = rateOver(ep_bytes, windows.ep_s), cp_rate = rateOver(cp_bytes, windows.cp_s);
    // EP: a GPU's fabric bytes go evenly to the members of its EP group outside its NVLink domain (EP
    // groups are ep consecutive ranks, etp apart, inside a stage; domains are consecutive ranks).
    const int ep_span = par.ep * par.etp;
    const auto expertTraffic = [&](const ServerNic& own, int rank, double nic_share) {
        const int local = rank % stage_ranks;
        const int first = rank - local % ep_span;
        int remote = 0;
        for (int j = 0; j < par.ep; ++j)
            remote += (first + j * par.etp) / domain != rank / domain ? 1 : 0;
        for (int j = 0; remote > 0 && j < par.ep; ++j) {
            const int peer = first + j * par.etp;
            if (peer / domain != rank / domain)
                crossing(own, peer, ep_rate * nic_share / remote);
        }
    };
    for (int rank = 0; rank < ranks; ++rank) {
        forEachNic(rank, [&](const ServerNic& own, double nic_share) {
            link_bytes_per_s[own.link] += (dp_rate + pp_rate + ep_rate + cp_rate) * nic_share;
            if (ep_bytes > 0)
                expertTraffic(own, rank, nic_share);
            if (cp_bytes > 0) // the CP ring's next rank, TP ranks apart
                crossing(own, rank - rank % stage_ranks + (rank % stage_ranks + par.tp) % stage_ranks,
                         cp_rate * nic_share);
            if (placement.nodes > 1) { // the same local GPU of the next server in the DP ring
                const int stride = par.tp * par.cp;
                const int dp_rank = rank / stride % par.dp;
                const int next = (dp_rank + placement.ranks_per_node) % par.dp;
                crossing(own, rank + (next - dp_rank) * stride, dp_rate * nic_share);
            }
            if (pp_bytes > 0) {
                const int stage = rank / stage_ranks;
                const bool has_prev = stage > 0, has_next = stage + 1 < par.pp;
                const double share = pp_rate * nic_share / (int(has_prev) + int(has_next));
                if (has_prev)
                    crossing(own, rank - stage_ranks, share);
                if (has_next)
                    crossing(own, rank + stage_ranks, share);
            }
        });
    }

    // Storage: data reads plus the checkpoint averaged over its interval, spread over the running servers.
    const StorageBudget& storage = estimate.storage;
    const double storage_bytes_per_s =
        storage.data_read_bytes_per_s +
        (storage.checkpoint_interval_s > 0 ? storage.checkpoint_bytes / storage.checkpoint_interval_s : 0);
    const int running_servers = (ranks + gpus_per_node - 1) / gpus_per_node;
    std::vector<double> server_storage_gbps(topology.servers(), 0.0);
    std::vector<double> switch_server_bytes_per_s(ids, 0.0), switch_node_gbps(ids, 0.0);
    double node_gbps = 0;
    std::vector<double> up_gbps(ids, 0.0);
    for (const Link& link : links) {
        if (dead(failures, link.id))
            continue;
        if (isSwitchLink(link, topology)) {
            const DeviceId a = link.a.device, b = link.b.device;
            if (topology.tier(a) <= topology.tier(b))
                up_gbps[a] += link.gbps;
            if (topology.tier(b) <= topology.tier(a))
                up_gbps[b] += link.gbps;
            continue;
        }
        if (link.network != Network::Storage)
            continue;
        for (const auto& [self, peer] : {std::pair{link.a, link.b}, std::pair{link.b, link.a}}) {
            if (topology.role(self.device) == Role::GpuServer)
                server_storage_gbps[topology.rank(self.device)] += link.gbps;
            if (topology.role(self.device) == Role::StorageNode) {
                node_gbps += link.gbps;
                if (topology.role(peer.device) == Role::Switch)
                    switch_node_gbps[peer.device] += link.gbps;
            }
        }
    }
    const double per_server_bytes_per_s = running_servers > 0 ? storage_bytes_per_s / running_servers : 0;
    const auto serverStorageLoad = [&](int server) {
        const double capacity = server_storage_gbps[server] * kBytesPerGbit;
        return server < running_servers && capacity > 0 ? per_server_bytes_per_s / capacity : 0.0;
    };
    for (const Link& link : links) {
        if (link.network != Network::Storage || dead(failures, link.id))
            continue;
        for (const auto& [self, peer] : {std::pair{link.a, link.b}, std::pair{link.b, link.a}})
            if (topology.role(self.device) == Role::GpuServer && topology.role(peer.device) == Role::Switch)
                switch_server_bytes_per_s[peer.device] +=
                    serverStorageLoad(topology.rank(self.device)) * link.gbps * kBytesPerGbit;
    }
    for (const Device& device : design.devices().items()) {
        if (topology.role(device.id) != Role::Switch || device.network != Network::Storage || node_gbps <= 0)
            continue;
        // Striped evenly over the nodes: the share of its servers' traffic bound for nodes elsewhere, or of
        // the others' traffic bound for its nodes, whichever direction is larger.
        const double own = switch_server_bytes_per_s[device.id];
        const double node_share = switch_node_gbps[device.id] / node_gbps;
        up_bytes_per_s[device.id] =
            std::max(own * (1 - node_share), (storage_bytes_per_s - own) * node_share);
    }

    LinkLoads out;
    out.links.resize(links.size());
    std::vector<double> down_load_gbps(ids, 0.0), down_gbps(ids, 0.0);
    const auto upLoad = [&](DeviceId id) {
        return up_gbps[id] > 0 ? up_bytes_per_s[id] / (up_gbps[id] * kBytesPerGbit) : 0.0;
    };
    for (std::size_t i = 0; i < links.size(); ++i) {
        const Link& link = links[i];
        out.links[i].link = link.id;
        if (dead(failures, link.id))
            continue; // carries nothing
        double load = 0;
        if (isSwitchLink(link, topology)) {
            const DeviceId a = link.a.device, b = link.b.device;
            const int low = std::min(topology.tier(a), topology.tier(b));
            if (low > 0)
                continue; // spine up-links: after every leaf up-link is known
            if (topology.tier(a) == topology.tier(b)) {
                load = std::max(upLoad(a), upLoad(b));
            } else {
                load = upLoad(topology.tier(a) < topology.tier(b) ? a : b);
                const DeviceId upper = topology.tier(a) > topology.tier(b) ? a : b;
                down_load_gbps[upper] += load * link.gbps;
                down_gbps[upper] += link.gbps;
            }
        } else if (link.network == Network::Compute && link.gbps > 0) {
            load = link_bytes_per_s[i] / (link.gbps * kBytesPerGbit);
        } else if (link.network == Network::Storage) {
            const DeviceId a = link.a.device, b = link.b.device;
            if (topology.role(a) == Role::GpuServer || topology.role(b) == Role::GpuServer)
                load = serverStorageLoad(topology.rank(topology.role(a) == Role::GpuServer ? a : b));
            else if (topology.role(a) == Role::StorageNode || topology.role(b) == Role::StorageNode)
                load = node_gbps > 0 ? storage_bytes_per_s / (node_gbps * kBytesPerGbit) : 0;
        }
        out.links[i].load = load;
    }
    for (std::size_t i = 0; i < links.size(); ++i) {
        const Link& link = links[i];
        if (!isSwitchLink(link, topology) || dead(failures, link.id) ||
            std::min(topology.tier(link.a.device), topology.tier(link.b.device)) == 0)
            continue;
        const DeviceId lower =
            topology.tier(link.a.device) <= topology.tier(link.b.device) ? link.a.device : link.b.device;
        out.links[i].load = down_gbps[lower] > 0 ? down_load_gbps[lower] / down_gbps[lower] : 0;
    }

    std::vector<double> load_gbps(ids, 0.0), capacity_gbps(ids, 0.0), peak(ids, 0.0);
    for (std::size_t i = 0; i < links.size(); ++i) {
        const Link& link = links[i];
        for (DeviceId end : {link.a.device, link.b.device}) {
            load_gbps[end] += out.links[i].load * link.gbps;
            capacity_gbps[end] += link.gbps;
            peak[end] = std::max(peak[end], out.links[i].load);
        }
    }
    for (const Device& device : design.devices().items())
        if (topology.role(device.id) == Role::Switch)
            out.switches.push_back(
                {device.id,
                 capacity_gbps[device.id] > 0 ? load_gbps[device.id] / capacity_gbps[device.id] : 0,
                 peak[device.id]});
    return out;
}

} // namespace

int fabricTier(const Device& device) {
    if (device.role == "core")
        return 2;
    return device.role == "spine" ? 1 : 0;
}

LinkLoads linkLoads(const Design& design, const Plan& plan, const TrainingEstimate& estimate,
                    const FailureImpact* failures) {
    const double step_s = estimate.step_time_s;
    const StepBreakdown& b = estimate.breakdown;
    // The rate that hides the DP reduction in its overlap window (nic_needed_bytes_per_s, the budget's
    // compute_fabric_overlap demand); PP sends run while the micro-batches do.
    const TrafficWindows phase{estimate.dp_overlap_window_s, b.compute_s + b.tp_comm_s + b.pp_comm_s,
                               b.ep_comm_s > 0 ? b.ep_comm_s : step_s, step_s};
    LinkLoads out = loadsOver(design, plan, estimate, phase, failures);
    const LinkLoads average = loadsOver(design, plan, estimate, {step_s, step_s, step_s, step_s}, failures);
    for (std::size_t i = 0; i < out.links.size(); ++i)
        out.links[i].average_load = average.links[i].load;
    for (std::size_t i = 0; i < out.switches.size(); ++i)
        out.switches[i].average_load = average.switches[i].load;
    return out;
}

} // namespace cs
