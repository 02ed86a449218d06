#include "base/union_find.h"
#include "rules/rules.h"

#include <algorithm>
#include <numeric>

namespace cs {

namespace {

std::string net(Network network) {
    return std::string(networkId(network));
}

// Both ports of the link belong to the network the link is marked with.
bool onItsNetwork(const DesignIndex& index, const Link& link) {
    for (const Endpoint& end : {link.a, link.b}) {
        const PortGroup& group = index.type(end.device).groupOfPort(end.port);
        if ((group.network ? group.network : index.device(end.device)->network) != link.network)
            return false;
    }
    return true;
}

} // namespace

ReportText sampleOf(const DesignIndex& index, const std::vector<DeviceId>& ids) {
    constexpr std::size_t kNamed = 3;
    std::string names;
    for (std::size_t i = 0; i < std::min(kNamed, ids.size()); ++i)
        names += (i ? ", " : "") + index.device(ids[i])->name;
    if (ids.size() > kNamed)
        return {CS_REPORT_TEXT("cs::Diagnostic", "{%1, ... (%2 devices)}"),
                {names, std::to_string(ids.size())}};
    return "{" + names + "}";
}

void reportIslands(const DesignIndex& index, Network network, const ReportText& what,
                   std::vector<std::vector<DeviceId>> islands, std::vector<Diagnostic>& out) {
    for (auto& island : islands)
        std::sort(island.begin(), island.end());
    std::sort(islands.begin(), islands.end(), [](const auto& a, const auto& b) {
        return a.size() != b.size() ? a.size() > b.size() : a.front() < b.front();
    });
    constexpr std::size_t kIslandsNamed = 5;
    std::vector<ReportText> named;
    std::vector<DeviceId> stray;
    for (std::size_t i = 0; i < islands.size(); ++i) {
        if (i < kIslandsNamed)
            named.push_back(sampleOf(index, islands[i]));
        if (i > 0)
            stray.insert(stray.end(), islands[i].begin(), islands[i].end());
    }
    if (islands.size() > kIslandsNamed)
        named.push_back(std::string("..."));
    std::sort(stray.begin(), stray.end());
    out.push_back({"network-islands",
                   Severity::Error,
                   {CS_REPORT_TEXT("cs::Diagnostic", "%1 is %2 separate islands: %3"),
                    {what, std::to_string(islands.size()), listText(named)}},
                   std::move(stray),
                   {},
                   {CS_REPORT_TEXT("cs::Diagnostic",
                                   "cable the smaller islands to the largest one through a %1 switch"),
                    {net(network)}}});
}

void checkNetwork(const DesignIndex& index, Network network, std::vector<Diagnostic>& out) {
    const Design& design = index.design();
    std::vector<const Link*> links;
    UnionFind components(index.idLimit());
    bool hasSwitch = false;
    for (const Device& device : design.devices().items()) {
        if (device.network == network) {
            components.add(device.id);
            hasSwitch = true;
        }
    }
    // Switches join through their links (and hosts cabled directly to each other); a host joins the island of
    // the first switch it is cabled to but never bridges two: hosts do not forward, so a dual-homed server
    // must not hide a split fabric.
    std::vector<std::pair<DeviceId, DeviceId>> attachments; // (host, switch)
    for (const Link& link : design.links().items()) {
        if (link.network != network || !onItsNetwork(index, link))
            continue; // a mis-marked link is link-network-mismatch's, and joins nothing here
        links.push_back(&link);
        const bool switchA = index.isSwitch(link.a.device);
        if (switchA == index.isSwitch(link.b.device)) {
            components.join(link.a.device, link.b.device);
        } else {
            components.add(link.a.device);
            components.add(link.b.device);
            attachments.emplace_back(switchA ? link.b.device : link.a.device,
                                     switchA ? link.a.device : link.b.device);
        }
    }
    std::vector<bool> attached(index.idLimit(), false);
    for (const auto& [host, sw] : attachments) {
        if (!attached[host]) {
            attached[host] = true;
            components.join(host, sw);
        }
    }

    // Islands, largest first; every device outside the largest one is named.
    std::vector<DeviceId> rootOf(index.idLimit(), 0);
    std::vector<std::vector<DeviceId>> islands;
    std::vector<std::size_t> islandOfRoot(index.idLimit(), 0);
    for (const Device& device : design.devices().items()) {
        if (!components.member(device.id))
            continue;
        const DeviceId root = components.root(device.id);
        rootOf[device.id] = root;
        if (islandOfRoot[root] == 0) {
            islands.emplace_back();
            islandOfRoot[root] = islands.size();
        }
        islands[islandOfRoot[root] - 1].push_back(device.id);
    }
    // Compute islands may be planes, or rails joined through scale-up domains (rules_planes.cpp); a
    // scale-up network is one island per rack-scale domain by design (rules_scaleup.cpp).
    if (islands.size() > 1 && network != Network::Compute && network != Network::Scaleup)
        reportIslands(index, network, {CS_REPORT_TEXT("cs::Diagnostic", "the %1 network"), {net(network)}},
                      islands, out);

    if ((network == Network::Inband || network == Network::Oob) && !hasSwitch) {
        std::vector<DeviceId> needing;
        for (const Device& device : design.devices().items()) {
            const DeviceType& type = index.type(device.id);
            if (type.category == DeviceCategory::Switch)
                continue;
            if (std::any_of(type.port_groups.begin(), type.port_groups.end(),
                            [&](const PortGroup& g) { return g.network == network; }))
                needing.push_back(device.id);
        }
        if (!needing.empty())
            out.push_back(
                {"management-network-missing",
                 Severity::Error,
                 {CS_REPORT_TEXT("cs::Diagnostic",
                                 "no switch serves the %1 network, which %2 device(s) have ports for"),
                  {std::string(networkLabel(network)), std::to_string(needing.size())}},
                 std::move(needing),
                 {},
                 {CS_REPORT_TEXT("cs::Diagnostic", "add a %1 switch and cable every device's %1 port to it"),
                  {net(network)}}});
    }

    if (network == Network::Storage) {
        std::vector<bool> rootHasStorage(index.idLimit(), false);
        bool anyStorage = false;
        for (const Device& device : design.devices().items()) {
            if (index.type(device.id).category != DeviceCategory::Storage)
                continue;
            anyStorage = true;
            if (components.member(device.id))
                rootHasStorage[rootOf[device.id]] = true;
        }
        for (const auto& [host, sw] : attachments) {
            if (index.type(host).category == DeviceCategory::Storage)
                rootHasStorage[components.root(sw)] = true;
        }
        std::vector<bool> reaches(index.idLimit(), false); // through any of its storage switches
        for (const auto& [host, sw] : attachments) {
            if (rootHasStorage[components.root(sw)])
                reaches[host] = true;
        }
        std::vector<std::vector<DeviceId>> stranded(islands.size());
        std::vector<DeviceId> servers;
        for (const Device& device : design.devices().items()) {
            if (index.type(device.id).category != DeviceCategory::GpuServer)
                continue;
            servers.push_back(device.id);
            if (components.member(device.id) && !rootHasStorage[rootOf[device.id]] && !reaches[device.id])
                stranded[islandOfRoot[rootOf[device.id]] - 1].push_back(device.id);
        }
        if (!anyStorage && !servers.empty()) {
            out.push_back({"storage-unreachable",
                           Severity::Error,
                           CS_REPORT_TEXT("cs::Diagnostic", "the design has GPU servers but no storage"),
                           std::move(servers),
                           {},
                           CS_REPORT_TEXT("cs::Diagnostic",
                                          "add storage nodes and cable them to the storage network")});
        } else {
            for (auto& island : stranded) {
                if (island.empty())
                    continue;
                std::sort(island.begin(), island.end());
                out.push_back(
                    {"storage-unreachable",
                     Severity::Error,
                     {CS_REPORT_TEXT("cs::Diagnostic",
                                     "%1 GPU server(s) %2 reach no storage over the storage network"),
                      {std::to_string(island.size()), sampleOf(index, island)}},
                     std::move(island),
                     {},
                     CS_REPORT_TEXT("cs::Diagnostic", "connect their storage switches to the fabric "
                                                      "that holds the storage nodes")});
            }
        }
    }

    if (network == Network::Compute) {
        checkComputeConnectivity(index, links, out);
        checkComputeFabric(index, links, out);
    }
    if (network == Network::Scaleup)
        checkScaleupDomains(index, out);
}

} // namespace cs
