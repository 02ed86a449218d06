#include "analysis/failure_impact.h"

#include "base/input_error.h"
#include "base/union_find.h"
#include "rules/rules.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <tuple>

namespace cs {

namespace {

struct SwitchEdge {
    DeviceId a = 0, b = 0;
    LinkId link = 0;
};

// A host cabled to a switch.
struct Attachment {
    DeviceId host = 0, sw = 0;
    LinkId link = 0;
    int gbps = 0;
};

struct NetworkGraph {
    Network network = Network::Compute;
    std::vector<DeviceId> switches;
    std::vector<SwitchEdge> edges;
    std::vector<Attachment> attachments;
    std::vector<DeviceId> gpuServers; // cabled to this network, each once
    std::vector<DeviceId> baseRoot;   // by switch id: its island with nothing failed
};

// The networks a failure can cut: every one but the scale-up domain, whose NVLink is inside a system.
constexpr std::array kFailureNetworks = {Network::Compute, Network::Storage, Network::Uplink, Network::Inband,
                                         Network::Oob};

std::optional<std::uint32_t> parseId(std::string_view text) {
    std::uint32_t value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc() || end != text.data() + text.size())
        return std::nullopt;
    return value;
}

// The design prepared for many failure sets: the graph of each network, what every host has with nothing
// failed, and scratch arrays reused by each evaluation.
class FailureModel {
public:
    explicit FailureModel(const Design& design)
        : design_(design)
        , index_(design)
        , limit_(index_.idLimit())
        , deviceDown_(limit_, 0)
        , linkDown_(design.links().nextId(), 0)
        , islandHosts_(limit_, 0)
        , best_(limit_, 0)
        , rootHasStorage_(limit_, 0)
        , aliveLinks_(limit_, 0)
        , aliveGbps_(limit_, 0)
        , reachesStorage_(limit_, 0) {
        for (Network network : kFailureNetworks)
            graphs_.push_back(buildGraph(network));
        for (NetworkGraph& graph : graphs_) {
            UnionFind islands = joinSwitches(graph);
            for (DeviceId sw : graph.switches)
                graph.baseRoot[sw] = islands.root(sw);
            survive(graph, islands);
            auto& links = baseLinks_[networkIndex(graph.network)];
            auto& gbps = baseGbps_[networkIndex(graph.network)];
            links.assign(limit_, 0);
            gbps.assign(limit_, 0);
            for (DeviceId host : graph.gpuServers) {
                links[host] = aliveLinks_[host];
                gbps[host] = aliveGbps_[host];
            }
            if (graph.network == Network::Storage) {
                baseReachesStorage_.assign(limit_, 0);
                for (DeviceId host : graph.gpuServers)
                    baseReachesStorage_[host] = reachesStorage_[host];
            }
            for (DeviceId host : graph.gpuServers)
                totalComputeGbps_ += graph.network == Network::Compute ? gbps[host] : 0;
        }
    }

    const std::vector<NetworkGraph>& graphs() const { return graphs_; }
    void setDown(const FailureSet& failures, char down) {
        for (DeviceId id : failures.devices)
            deviceDown_[id] = down;
        for (LinkId id : failures.links)
            linkDown_[id] = down;
    }
    void setDeviceDown(DeviceId id, char down) { deviceDown_[id] = down; }

    // The network's losses with the devices and links marked down; fills `servers` (compute and storage) when
    // given.
    NetworkLoss evaluate(const NetworkGraph& graph, double& computeGbpsLost, int& serversLosingStorage,
                         std::vector<ServerImpact>* servers) {
        UnionFind islands = joinSwitches(graph);
        survive(graph, islands);
        NetworkLoss loss{graph.network, {}, 0};
        const auto& links = baseLinks_[networkIndex(graph.network)];
        const auto& gbps = baseGbps_[networkIndex(graph.network)];
        for (DeviceId host : graph.gpuServers) {
            const int lost = links[host] - aliveLinks_[host];
            const int gpus = design_.gpuCount(*index_.device(host));
            const bool cutOff = links[host] > 0 && aliveLinks_[host] == 0;
            if (cutOff) {
                loss.servers_cut_off.push_back(host);
                loss.gpus_cut_off += gpus;
            }
            loss.links_lost += lost;
            if (graph.network == Network::Compute && lost > 0) {
                ++loss.servers_degraded;
                const double kept = cutOff ? 0.0 : static_cast<double>(aliveGbps_[host]) / gbps[host];
                computeGbpsLost += gbps[host] * (1 - kept);
                // Without NVLink between its GPUs a server cannot forward a GPU's traffic to a sibling NIC:
                // the GPUs behind the lost links are cut off (one NIC per GPU).
                const auto& gpuConfig = index_.type(host).gpu;
                if (!cutOff && gpuConfig && gpuConfig->nvlink_domain <= 1)
                    loss.gpus_cut_off += std::min(gpus, (lost * gpus + links[host] - 1) / links[host]);
                if (servers)
                    servers->push_back({host, links[host], lost, kept, false});
            }
            if (graph.network == Network::Storage && baseReachesStorage_[host] && !reachesStorage_[host]) {
                ++serversLosingStorage;
                if (servers)
                    servers->push_back({host, 0, 0, 1, true});
            }
        }
        return loss;
    }

    double totalComputeGbps() const { return totalComputeGbps_; }

private:
    NetworkGraph buildGraph(Network network) const {
        NetworkGraph graph;
        graph.network = network;
        graph.baseRoot.assign(limit_, 0);
        for (const Device& device : design_.devices().items()) {
            if (index_.isSwitch(device.id) && device.network == network)
                graph.switches.push_back(device.id);
        }
        std::vector<char> listed(limit_, 0);
        for (const Link& link : design_.links().items()) {
            if (link.network != network)
                continue;
            const bool switchA = index_.isSwitch(link.a.device), switchB = index_.isSwitch(link.b.device);
            if (switchA && switchB) {
                graph.edges.push_back({link.a.device, link.b.device, link.id});
            } else if (switchA != switchB) {
                const Attachment attachment{switchA ? link.b.device : link.a.device,
                                            switchA ? link.a.device : link.b.device, link.id, link.gbps};
                graph.attachments.push_back(attachment);
                if (index_.type(attachment.host).category == DeviceCategory::GpuServer &&
                    !listed[attachment.host]) {
                    listed[attachment.host] = 1;
                    graph.gpuServers.push_back(attachment.host);
                }
            }
        }
        std::sort(graph.gpuServers.begin(), graph.gpuServers.end());
        return graph;
    }

    UnionFind joinSwitches(const NetworkGraph& graph) const {
        UnionFind islands(limit_);
        for (DeviceId sw : graph.switches) {
            if (!deviceDown_[sw])
                islands.add(sw);
        }
        for (const SwitchEdge& edge : graph.edges) {
            if (!deviceDown_[edge.a] && !deviceDown_[edge.b] && !linkDown_[edge.link])
                islands.join(edge.a, edge.b);
        }
        return islands;
    }

    bool live(const Attachment& attachment) const {
        return !deviceDown_[attachment.host] && !deviceDown_[attachment.sw] && !linkDown_[attachment.link];
    }

    // Each island of the intact network survives as its part that keeps the most live host links; a host link
    // lives when both ends and the cable do and its switch is in that part. Fills the hosts' live links,
    // bandwidth and storage reach.
    void survive(const NetworkGraph& graph, UnionFind& islands) {
        for (const Attachment& attachment : graph.attachments) {
            aliveLinks_[attachment.host] = 0;
            aliveGbps_[attachment.host] = 0;
            reachesStorage_[attachment.host] = 0;
        }
        for (DeviceId sw : graph.switches) {
            islandHosts_[sw] = 0;
            best_[sw] = 0;
            rootHasStorage_[sw] = 0;
        }
        for (const Attachment& attachment : graph.attachments) {
            if (!live(attachment))
                continue;
            const DeviceId root = islands.root(attachment.sw);
            ++islandHosts_[root];
            if (index_.type(attachment.host).category == DeviceCategory::Storage)
                rootHasStorage_[root] = 1;
        }
        for (DeviceId sw : graph.switches) {
            if (deviceDown_[sw])
                continue;
            const DeviceId root = islands.root(sw);
            DeviceId& best = best_[graph.baseRoot[sw]];
            if (best == 0 || std::tie(islandHosts_[root], best) > std::tie(islandHosts_[best], root))
                best = root;
        }
        for (const Attachment& attachment : graph.attachments) {
            if (!live(attachment))
                continue;
            const DeviceId root = islands.root(attachment.sw);
            if (rootHasStorage_[root])
                reachesStorage_[attachment.host] = 1;
            if (root == best_[graph.baseRoot[attachment.sw]]) {
                ++aliveLinks_[attachment.host];
                aliveGbps_[attachment.host] += attachment.gbps;
            }
        }
    }

    const Design& design_;
    DesignIndex index_;
    std::size_t limit_;
    std::vector<NetworkGraph> graphs_;
    std::vector<char> deviceDown_, linkDown_;
    std::vector<std::uint32_t> islandHosts_; // by island root
    std::vector<DeviceId> best_;             // by intact island root: its surviving part's root
    std::vector<char> rootHasStorage_;
    std::vector<int> aliveLinks_;
    std::vector<long long> aliveGbps_;
    std::vector<char> reachesStorage_;
    std::array<std::vector<int>, kNetworkCount> baseLinks_;
    std::array<std::vector<long long>, kNetworkCount> baseGbps_;
    std::vector<char> baseReachesStorage_;
    double totalComputeGbps_ = 0;
};

int gpusCutOffOn(const std::vector<NetworkLoss>& networks, Network network) {
    for (const NetworkLoss& loss : networks) {
        if (loss.network == network)
            return loss.gpus_cut_off;
    }
    return 0;
}

} // namespace

FailureSet parseFailureSet(const Design& design, const std::vector<std::string>& names) {
    FailureSet failures;
    for (const std::string& name : names) {
        const std::string_view text = name;
        const auto prefixed = [&](std::string_view prefix) -> std::optional<std::uint32_t> {
            return text.starts_with(prefix) ? parseId(text.substr(prefix.size())) : std::nullopt;
        };
        if (const auto id = prefixed("link:"); id && design.links().contains(*id)) {
            failures.links.push_back(*id);
            continue;
        }
        if (const auto id = prefixed("device:"); id && design.devices().contains(*id)) {
            failures.devices.push_back(*id);
            continue;
        }
        const std::size_t before = failures.devices.size();
        if (const auto plane = prefixed("plane:"); plane && *plane > 0) {
            for (const Device& device : design.devices().items()) {
                if (device.plane == static_cast<int>(*plane))
                    failures.devices.push_back(device.id);
            }
        } else {
            for (const Device& device : design.devices().items()) {
                if (device.name == name)
                    failures.devices.push_back(device.id);
            }
        }
        if (failures.devices.size() == before)
            throw InputError("--fail: '" + name +
                             "' is no device name, device:ID, link:ID or plane:N of the design");
    }
    return failures;
}

int FailureImpact::gpusCutOff(Network network) const {
    return gpusCutOffOn(networks, network);
}

int ResilienceEntry::gpusCutOff(Network network) const {
    return gpusCutOffOn(networks, network);
}

FailureImpact failureImpact(const Design& design, const FailureSet& failures) {
    FailureModel model(design);
    model.setDown(failures, 1);
    FailureImpact impact;
    double computeGbpsLost = 0;
    int serversLosingStorage = 0;
    std::vector<ServerImpact> servers;
    for (const NetworkGraph& graph : model.graphs()) {
        if (!graph.attachments.empty() || !graph.switches.empty())
            impact.networks.push_back(model.evaluate(graph, computeGbpsLost, serversLosingStorage, &servers));
    }
    std::sort(servers.begin(), servers.end(),
              [](const ServerImpact& a, const ServerImpact& b) { return a.server < b.server; });
    for (const ServerImpact& server : servers) {
        if (server.loses_storage)
            impact.servers_losing_storage.push_back(server.server);
        if (!impact.servers.empty() && impact.servers.back().server == server.server) {
            impact.servers.back().loses_storage |= server.loses_storage;
            continue;
        }
        impact.servers.push_back(server);
    }
    if (model.totalComputeGbps() > 0)
        impact.compute_bandwidth_lost_fraction = computeGbpsLost / model.totalComputeGbps();
    return impact;
}

std::vector<ResilienceEntry> resilienceRanking(const Design& design) {
    FailureModel model(design);
    std::vector<ResilienceEntry> ranking;
    for (const NetworkGraph& graph : model.graphs()) {
        for (DeviceId sw : graph.switches) {
            model.setDeviceDown(sw, 1);
            double computeGbpsLost = 0;
            ResilienceEntry entry;
            entry.device = sw;
            entry.networks.push_back(
                model.evaluate(graph, computeGbpsLost, entry.servers_losing_storage, nullptr));
            if (model.totalComputeGbps() > 0)
                entry.compute_bandwidth_lost_fraction = computeGbpsLost / model.totalComputeGbps();
            model.setDeviceDown(sw, 0);
            ranking.push_back(std::move(entry));
        }
    }
    const auto key = [](const ResilienceEntry& entry) {
        int anyNetwork = 0;
        for (const NetworkLoss& loss : entry.networks)
            anyNetwork += loss.gpus_cut_off;
        return std::make_tuple(entry.gpusCutOff(Network::Compute), entry.compute_bandwidth_lost_fraction,
                               entry.servers_losing_storage, anyNetwork);
    };
    std::stable_sort(ranking.begin(), ranking.end(),
                     [&](const ResilienceEntry& a, const ResilienceEntry& b) { return key(a) > key(b); });
    return ranking;
}

} // namespace cs
