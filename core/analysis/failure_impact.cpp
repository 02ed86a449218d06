#include "analysis/failure_impact.h"

#include "analysis/link_load.h"
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
    int gbps = 0;
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
    std::vector<DeviceId> gpuServers;   // cabled to this network, each once
    std::vector<DeviceId> storageNodes; // cabled to this network, each once
    std::vector<DeviceId> baseRoot;     // by switch id: its island with nothing failed
    double intactBisectionGbps = 0;
};

// The networks a failure can cut: every one but the scale-up domain, whose NVLink is inside a system.
constexpr std::array kFailureNetworks = {Network::Compute, Network::Storage, Network::Uplink, Network::Inband,
                                         Network::Oob};

// Tier boundaries of a fat tree: host-leaf, leaf-spine, spine-core.
constexpr int kTierBoundaries = 3;

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
        , tier_(limit_, 0)
        , islandHosts_(limit_, 0)
        , best_(limit_, 0)
        , rootHasStorage_(limit_, 0)
        , aliveLinks_(limit_, 0)
        , aliveGbps_(limit_, 0)
        , reachesStorage_(limit_, 0)
        , mainPart_(limit_, 0)
        , rootOf_(limit_, 0)
        , downGbps_(limit_, 0)
        , upGbps_(limit_, 0)
        , baseUpGbps_(limit_, 0)
        , edgeGbps_(limit_)
        , boundaryGbps_(limit_) {
        for (const Device& device : design.devices().items())
            tier_[device.id] = static_cast<std::uint8_t>(fabricTier(device));
        for (Network network : kFailureNetworks)
            graphs_.push_back(buildGraph(network));
        for (NetworkGraph& graph : graphs_) {
            UnionFind islands = joinSwitches(graph);
            for (DeviceId sw : graph.switches)
                graph.baseRoot[sw] = islands.root(sw);
            survive(graph, islands);
            graph.intactBisectionGbps = bisectionGbps(graph);
            auto& links = baseLinks_[networkIndex(graph.network)];
            auto& gbps = baseGbps_[networkIndex(graph.network)];
            links.assign(limit_, 0);
            gbps.assign(limit_, 0);
            for (const std::vector<DeviceId>* hosts : {&graph.gpuServers, &graph.storageNodes}) {
                for (DeviceId host : *hosts) {
                    links[host] = aliveLinks_[host];
                    gbps[host] = aliveGbps_[host];
                }
            }
            if (graph.network == Network::Storage) {
                baseReachesStorage_.assign(limit_, 0);
                for (DeviceId host : graph.gpuServers)
                    baseReachesStorage_[host] = reachesStorage_[host];
            }
            if (graph.network == Network::Compute) {
                for (DeviceId sw : graph.switches)
                    baseUpGbps_[sw] = upGbps_[sw];
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

    // The network's losses with the devices and links marked down; adds the network's affected servers,
    // storage nodes lost, dead links (when `listDeadLinks`) and leaf oversubscription to `impact` (servers
    // and links unsorted).
    NetworkLoss evaluate(const NetworkGraph& graph, FailureImpact& impact, double& computeGbpsLost,
                         bool listDeadLinks) {
        UnionFind islands = joinSwitches(graph);
        survive(graph, islands);
        NetworkLoss loss{graph.network, {}, 0};
        loss.intact_bisection_gbps = graph.intactBisectionGbps;
        loss.bisection_gbps = bisectionGbps(graph);
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
                int gpusCutOff = cutOff ? gpus : 0;
                if (!cutOff && gpuConfig && gpuConfig->nvlink_domain <= 1) {
                    gpusCutOff = std::min(gpus, (lost * gpus + links[host] - 1) / links[host]);
                    loss.gpus_cut_off += gpusCutOff;
                }
                impact.servers.push_back({host, links[host], lost, kept, false, gpusCutOff});
            }
            if (graph.network == Network::Storage && baseReachesStorage_[host] && !reachesStorage_[host])
                impact.servers.push_back({host, 0, 0, 1, true});
        }
        for (DeviceId node : graph.storageNodes) {
            if (graph.network == Network::Storage && links[node] > 0 && aliveLinks_[node] == 0)
                impact.storage_nodes_lost.push_back(node);
        }
        for (const Attachment& attachment : graph.attachments) {
            if (listDeadLinks && !liveInMainPart(attachment))
                impact.dead_links.push_back(attachment.link);
        }
        for (const SwitchEdge& edge : graph.edges) {
            if (listDeadLinks && !liveInMainPart(edge))
                impact.dead_links.push_back(edge.link);
        }
        if (graph.network == Network::Compute) {
            for (DeviceId sw : graph.switches) {
                if (!deviceDown_[sw] && upGbps_[sw] > 0 && upGbps_[sw] < baseUpGbps_[sw] && downGbps_[sw] > 0)
                    impact.worst_leaf_oversubscription =
                        std::max(impact.worst_leaf_oversubscription, downGbps_[sw] / upGbps_[sw]);
            }
        }
        return loss;
    }

    double totalComputeGbps() const { return totalComputeGbps_; }

    // The intact design's links of each class (network x the tiers of both ends), its first link of each.
    std::vector<std::pair<std::string, const Link*>> linkClasses() const {
        std::vector<std::pair<std::string, const Link*>> classes;
        for (const Link& link : design_.links().items()) {
            if (link.network == Network::Scaleup)
                continue;
            std::string a = endName(link.a.device), b = endName(link.b.device);
            if (a.empty() || b.empty())
                continue;
            if (endRank(link.a.device) > endRank(link.b.device))
                std::swap(a, b);
            std::string name = std::string(networkId(link.network)) + " " + a + "-" + b;
            if (std::none_of(classes.begin(), classes.end(), [&](const auto& c) { return c.first == name; }))
                classes.emplace_back(std::move(name), &link);
        }
        return classes;
    }

private:
    // A link end's name in its link class: its category for hosts, its role for tier switches.
    std::string endName(DeviceId id) const {
        const Device& device = *index_.device(id);
        if (index_.isSwitch(id))
            return device.role.empty() ? "switch" : device.role;
        switch (index_.type(id).category) {
        case DeviceCategory::GpuServer:
            return "server";
        case DeviceCategory::Storage:
            return "storage";
        default:
            return "host";
        }
    }
    int endRank(DeviceId id) const { return index_.isSwitch(id) ? 1 + tier_[id] : 0; }

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
            // A switch of another network (its management port) is a host here.
            const auto fabricSwitch = [&](DeviceId id) {
                return index_.isSwitch(id) && index_.device(id)->network == network;
            };
            const bool switchA = fabricSwitch(link.a.device), switchB = fabricSwitch(link.b.device);
            if (switchA && switchB) {
                graph.edges.push_back({link.a.device, link.b.device, link.id, link.gbps});
            } else if (switchA != switchB) {
                const Attachment attachment{switchA ? link.b.device : link.a.device,
                                            switchA ? link.a.device : link.b.device, link.id, link.gbps};
                graph.attachments.push_back(attachment);
                const DeviceType& type = index_.type(attachment.host);
                const bool gpuServer = type.category == DeviceCategory::GpuServer;
                const bool storageNode = type.category == DeviceCategory::Storage && type.storage;
                if ((gpuServer || storageNode) && !listed[attachment.host]) {
                    listed[attachment.host] = 1;
                    (gpuServer ? graph.gpuServers : graph.storageNodes).push_back(attachment.host);
                }
            }
        }
        std::sort(graph.gpuServers.begin(), graph.gpuServers.end());
        std::sort(graph.storageNodes.begin(), graph.storageNodes.end());
        return graph;
    }

    // The islands of the live switches; also each live switch's up-link capacity and the capacity of its
    // switch links at each tier boundary (survive() adds those of the main parts per island).
    UnionFind joinSwitches(const NetworkGraph& graph) {
        UnionFind islands(limit_);
        for (DeviceId sw : graph.switches) {
            upGbps_[sw] = 0;
            edgeGbps_[sw] = {};
            if (!deviceDown_[sw])
                islands.add(sw);
        }
        for (const SwitchEdge& edge : graph.edges) {
            if (!liveEdge(edge))
                continue;
            islands.join(edge.a, edge.b);
            // Each end's up-links: towards the same or a higher tier (link_load.h).
            if (tier_[edge.a] <= tier_[edge.b])
                upGbps_[edge.a] += edge.gbps;
            if (tier_[edge.b] <= tier_[edge.a])
                upGbps_[edge.b] += edge.gbps;
            const int boundary = std::min(kTierBoundaries - 1, 1 + std::min(tier_[edge.a], tier_[edge.b]));
            edgeGbps_[edge.a][boundary] += edge.gbps;
        }
        return islands;
    }

    bool live(const Attachment& attachment) const {
        return !deviceDown_[attachment.host] && !deviceDown_[attachment.sw] && !linkDown_[attachment.link];
    }
    bool liveEdge(const SwitchEdge& edge) const {
        return !deviceDown_[edge.a] && !deviceDown_[edge.b] && !linkDown_[edge.link];
    }
    bool liveInMainPart(const Attachment& attachment) const {
        return live(attachment) && mainPart_[attachment.sw];
    }
    bool liveInMainPart(const SwitchEdge& edge) const { return liveEdge(edge) && mainPart_[edge.a]; }

    // Half the capacity of each surviving island's narrowest tier boundary (host-leaf, leaf-spine,
    // spine-core; a link between two switches of one tier counts at the boundary above them), summed over
    // the islands (docs/model.md §Bisection bandwidth). The boundaries' capacity comes from survive().
    double bisectionGbps(const NetworkGraph& graph) const {
        double total = 0;
        for (DeviceId sw : graph.switches) {
            if (!mainPart_[sw] || rootOf_[sw] != sw)
                continue;
            double narrowest = 0;
            for (double gbps : boundaryGbps_[sw]) {
                if (gbps > 0 && (narrowest == 0 || gbps < narrowest))
                    narrowest = gbps;
            }
            total += narrowest / 2;
        }
        return total;
    }

    // Each island of the intact network survives as its part that keeps the most live host links; a host link
    // lives when both ends and the cable do and its switch is in that part. Fills the hosts' live links,
    // bandwidth and storage reach, the switches' main-part flag and live host capacity, and the
    // main parts' capacity at each tier boundary (by island root).
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
            downGbps_[sw] = 0;
            boundaryGbps_[sw] = {};
        }
        for (DeviceId sw : graph.switches)
            rootOf_[sw] = deviceDown_[sw] ? 0 : islands.root(sw);
        for (const Attachment& attachment : graph.attachments) {
            if (!live(attachment))
                continue;
            const DeviceId root = rootOf_[attachment.sw];
            ++islandHosts_[root];
            if (index_.type(attachment.host).category == DeviceCategory::Storage)
                rootHasStorage_[root] = 1;
        }
        for (DeviceId sw : graph.switches) {
            if (deviceDown_[sw])
                continue;
            const DeviceId root = rootOf_[sw];
            DeviceId& best = best_[graph.baseRoot[sw]];
            if (best == 0 || std::tie(islandHosts_[root], best) > std::tie(islandHosts_[best], root))
                best = root;
        }
        for (DeviceId sw : graph.switches) {
            mainPart_[sw] = !deviceDown_[sw] && rootOf_[sw] == best_[graph.baseRoot[sw]];
            if (!mainPart_[sw])
                continue;
            for (int boundary = 1; boundary < kTierBoundaries; ++boundary)
                boundaryGbps_[rootOf_[sw]][boundary] += edgeGbps_[sw][boundary];
        }
        for (const Attachment& attachment : graph.attachments) {
            if (!live(attachment))
                continue;
            const DeviceId root = rootOf_[attachment.sw];
            if (rootHasStorage_[root])
                reachesStorage_[attachment.host] = 1;
            if (mainPart_[attachment.sw]) {
                ++aliveLinks_[attachment.host];
                aliveGbps_[attachment.host] += attachment.gbps;
                downGbps_[attachment.sw] += attachment.gbps;
                boundaryGbps_[root][0] += attachment.gbps;
            }
        }
    }

    const Design& design_;
    DesignIndex index_;
    std::size_t limit_;
    std::vector<NetworkGraph> graphs_;
    std::vector<char> deviceDown_, linkDown_;
    std::vector<std::uint8_t> tier_;         // by device id: fabricTier
    std::vector<std::uint32_t> islandHosts_; // by island root
    std::vector<DeviceId> best_;             // by intact island root: its surviving part's root
    std::vector<char> rootHasStorage_;
    std::vector<int> aliveLinks_;
    std::vector<long long> aliveGbps_;
    std::vector<char> reachesStorage_;
    std::vector<char> mainPart_;   // by switch: up and in its island's surviving main part (after survive())
    std::vector<DeviceId> rootOf_; // by live switch: its island's root (after survive())
    std::vector<double> downGbps_, upGbps_, baseUpGbps_;        // by switch: live host and up-link capacity
    std::vector<std::array<double, kTierBoundaries>> edgeGbps_; // by switch: its live switch links
    std::vector<std::array<double, kTierBoundaries>> boundaryGbps_; // by island root
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

const NetworkLoss* FailureImpact::loss(Network network) const {
    for (const NetworkLoss& candidate : networks) {
        if (candidate.network == network)
            return &candidate;
    }
    return nullptr;
}

bool FailureImpact::isDead(LinkId link) const {
    return std::binary_search(dead_links.begin(), dead_links.end(), link);
}

namespace {

// The failure marked down in `model`, evaluated on `graphs` (every network, or the failed item's own).
FailureImpact evaluateImpact(FailureModel& model, const std::vector<const NetworkGraph*>& graphs,
                             bool listDeadLinks) {
    FailureImpact impact;
    double computeGbpsLost = 0;
    for (const NetworkGraph* graph : graphs)
        impact.networks.push_back(model.evaluate(*graph, impact, computeGbpsLost, listDeadLinks));
    std::vector<ServerImpact> servers = std::move(impact.servers);
    impact.servers.clear();
    std::sort(servers.begin(), servers.end(),
              [](const ServerImpact& a, const ServerImpact& b) { return a.server < b.server; });
    for (const ServerImpact& server : servers) {
        if (!impact.servers.empty() && impact.servers.back().server == server.server) {
            impact.servers.back().loses_storage |= server.loses_storage;
            continue;
        }
        impact.servers.push_back(server);
    }
    for (const ServerImpact& server : impact.servers) {
        if (server.loses_storage)
            impact.servers_losing_storage.push_back(server.server);
    }
    std::sort(impact.storage_nodes_lost.begin(), impact.storage_nodes_lost.end());
    std::sort(impact.dead_links.begin(), impact.dead_links.end());
    if (model.totalComputeGbps() > 0)
        impact.compute_bandwidth_lost_fraction = computeGbpsLost / model.totalComputeGbps();
    return impact;
}

const NetworkGraph* graphOf(const FailureModel& model, Network network) {
    for (const NetworkGraph& graph : model.graphs()) {
        if (graph.network == network)
            return &graph;
    }
    return nullptr;
}

// One failed item of the ranking, on its own network.
ResilienceEntry rankedEntry(FailureModel& model, const NetworkGraph& graph, const FailureSet& failed,
                            const DegradedStep& step) {
    model.setDown(failed, 1);
    const FailureImpact impact = evaluateImpact(model, {&graph}, false); // the ranking routes no traffic
    model.setDown(failed, 0);
    ResilienceEntry entry;
    entry.networks = impact.networks;
    entry.compute_bandwidth_lost_fraction = impact.compute_bandwidth_lost_fraction;
    entry.servers_losing_storage = static_cast<int>(impact.servers_losing_storage.size());
    if (step)
        step(failed, impact, entry);
    return entry;
}

} // namespace

FailureImpact failureImpact(const Design& design, const FailureSet& failures) {
    FailureModel model(design);
    model.setDown(failures, 1);
    std::vector<const NetworkGraph*> graphs;
    for (const NetworkGraph& graph : model.graphs()) {
        if (!graph.attachments.empty() || !graph.switches.empty())
            graphs.push_back(&graph);
    }
    return evaluateImpact(model, graphs, true);
}

std::vector<ResilienceEntry> resilienceRanking(const Design& design, const DegradedStep& step) {
    FailureModel model(design);
    std::vector<ResilienceEntry> ranking;
    for (const NetworkGraph& graph : model.graphs()) {
        for (DeviceId sw : graph.switches) {
            ResilienceEntry entry = rankedEntry(model, graph, {{sw}, {}}, step);
            entry.device = sw;
            ranking.push_back(std::move(entry));
        }
    }
    for (const auto& [name, link] : model.linkClasses()) {
        const NetworkGraph* graph = graphOf(model, link->network);
        if (!graph)
            continue;
        ResilienceEntry entry = rankedEntry(model, *graph, {{}, {link->id}}, step);
        entry.link = link->id;
        entry.link_class = name;
        ranking.push_back(std::move(entry));
    }
    const auto key = [](const ResilienceEntry& entry) {
        int anyNetwork = 0;
        for (const NetworkLoss& loss : entry.networks)
            anyNetwork += loss.gpus_cut_off;
        return std::make_tuple(!entry.cannot_run.empty(), entry.gpusCutOff(Network::Compute),
                               entry.step_time_s.value_or(0), entry.compute_bandwidth_lost_fraction,
                               entry.servers_losing_storage, anyNetwork);
    };
    std::stable_sort(ranking.begin(), ranking.end(),
                     [&](const ResilienceEntry& a, const ResilienceEntry& b) { return key(a) > key(b); });
    return ranking;
}

} // namespace cs
