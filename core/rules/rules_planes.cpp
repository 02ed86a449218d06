#include "base/union_find.h"
#include "model/scaleup_domains.h"
#include "rules/rules.h"

#include <algorithm>
#include <map>
#include <set>
#include <unordered_map>

namespace cs {

namespace {

struct HostLink {
    DeviceId host;
    int port;
    DeviceId sw;
    LinkId link;
};

std::string planeList(const std::set<int>& planes) {
    std::string text;
    for (int plane : planes)
        text += (text.empty() ? "" : ", ") + std::to_string(plane);
    return text;
}

// The device a host forwards through: the first tray of its rack-scale domain, the server itself when its
// GPUs share NVLink, none (0) when it cannot forward between its NICs.
std::vector<DeviceId> forwarders(const DesignIndex& index) {
    const Design& design = index.design();
    std::vector<DeviceId> through(index.idLimit(), 0);
    for (const ScaleupDomain& domain : scaleupDomains(design)) {
        const DeviceId first = domain.servers.front();
        for (DeviceId server : domain.servers) {
            if (domain.cabled || index.type(server).gpu->nvlink_domain > 1)
                through[server] = domain.cabled ? first : server;
        }
    }
    return through;
}

void checkPlanes(const DesignIndex& index, const std::vector<HostLink>& hostLinks, std::size_t planeCount,
                 std::vector<Diagnostic>& out) {
    const Design& design = index.design();
    std::map<DeviceId, std::vector<const HostLink*>> byHost;
    for (const HostLink& link : hostLinks) {
        if (index.type(link.host).category == DeviceCategory::GpuServer)
            byHost[link.host].push_back(&link);
    }
    for (const auto& [host, links] : byHost) {
        std::set<int> reached;
        std::map<int, std::vector<int>> cagePlanes; // a NIC's ports and their planes
        const DeviceType& type = index.type(host);
        for (const HostLink* link : links) {
            const int plane = index.device(link->sw)->plane;
            if (plane == 0)
                continue;
            reached.insert(plane);
            cagePlanes[type.cageOf(link->port)].push_back(plane);
        }
        const std::size_t wanted = std::min(planeCount, links.size());
        ReportText detail;
        if (reached.size() < wanted) {
            detail = {CS_REPORT_TEXT("cs::Diagnostic", "its %1 compute links reach plane(s) %2 of %3"),
                      {std::to_string(links.size()), planeList(reached), std::to_string(planeCount)}};
        } else {
            for (const auto& [cage, planes] : cagePlanes) {
                const std::set<int> distinct(planes.begin(), planes.end());
                if (distinct.size() < std::min(planes.size(), planeCount)) {
                    detail = {CS_REPORT_TEXT("cs::Diagnostic", "the ports of its NIC at %1 share plane %2"),
                              {design.portName({host, static_cast<std::uint16_t>(cage)}),
                               std::to_string(planes.front())}};
                    break;
                }
            }
        }
        if (detail.empty())
            continue;
        std::vector<LinkId> ids;
        for (const HostLink* link : links)
            ids.push_back(link->link);
        out.push_back(
            {"plane-unreached",
             Severity::Error,
             {CS_REPORT_TEXT("cs::Diagnostic", "%1: %2; every GPU reaches every plane it has ports for"),
              {index.label(host), detail}},
             {host},
             std::move(ids),
             CS_REPORT_TEXT("cs::Diagnostic",
                            "cable the NIC ports of each GPU to different planes, one port per plane")});
    }
}

// Groups the GPU servers of each connected compute fabric by GPU generation.
void checkGenerations(const DesignIndex& index, UnionFind& fabric, const std::vector<HostLink>& hostLinks,
                      std::vector<Diagnostic>& out) {
    const Design& design = index.design();
    std::map<DeviceId, std::map<std::string, std::vector<DeviceId>>> byFabric;
    std::set<DeviceId> seen;
    for (const HostLink& link : hostLinks) {
        if (index.type(link.host).category != DeviceCategory::GpuServer || !seen.insert(link.host).second)
            continue;
        if (const GpuType* gpu = design.gpuOf(*index.device(link.host)))
            byFabric[fabric.root(link.host)][gpu->architecture].push_back(link.host);
    }
    for (const auto& [root, generations] : byFabric) {
        if (generations.size() < 2)
            continue;
        std::vector<ReportText> named;
        std::vector<DeviceId> servers;
        for (const auto& [architecture, hosts] : generations) {
            named.push_back({CS_REPORT_TEXT("cs::Diagnostic", "%1 (%2 servers)"),
                             {architecture, std::to_string(hosts.size())}});
            servers.insert(servers.end(), hosts.begin(), hosts.end());
        }
        std::sort(servers.begin(), servers.end());
        out.push_back({"gpu-generations-mixed",
                       Severity::Warning,
                       {CS_REPORT_TEXT("cs::Diagnostic", "one compute fabric joins GPU generations %1: "
                                                         "collectives run at the pace of the slowest GPU"),
                        {listText(named)}},
                       std::move(servers),
                       {},
                       CS_REPORT_TEXT("cs::Diagnostic",
                                      "give each GPU generation its own compute fabric (or job partition)")});
    }
}

} // namespace

// Islands of the compute network when hosts do not forward (a host joins the island of the first switch it is
// cabled to), then the same islands joined through the hosts that do: every GPU of a scale-up domain reaches
// every NIC of the domain, so a rail-only fabric (rails without a spine) and the planes of a multi-plane
// fabric are one fabric through them. Planes: each plane is one island, no cable joins two planes, and every
// GPU server's ports reach every plane they can.
void checkComputeConnectivity(const DesignIndex& index, const std::vector<const Link*>& links,
                              std::vector<Diagnostic>& out) {
    const Design& design = index.design();
    const std::size_t limit = index.idLimit();
    UnionFind plain(limit);
    std::set<int> planes;
    for (const Device& device : design.devices().items()) {
        if (device.network == Network::Compute) {
            plain.add(device.id);
            if (device.plane != 0)
                planes.insert(device.plane);
        }
    }
    std::vector<HostLink> hostLinks;
    for (const Link* link : links) {
        const bool switchA = index.isSwitch(link->a.device), switchB = index.isSwitch(link->b.device);
        if (switchA && switchB) {
            const int planeA = index.device(link->a.device)->plane,
                      planeB = index.device(link->b.device)->plane;
            if (planeA != planeB) {
                out.push_back(
                    {"plane-cross-connected",
                     Severity::Error,
                     {CS_REPORT_TEXT("cs::Diagnostic",
                                     "link %1 joins %2 (plane %3) and %4 (plane %5); planes never meet"),
                      {std::to_string(link->id), index.label(link->a.device), std::to_string(planeA),
                       index.label(link->b.device), std::to_string(planeB)}},
                     {link->a.device, link->b.device},
                     {link->id},
                     CS_REPORT_TEXT("cs::Diagnostic",
                                    "cable each switch only to switches of its own plane")});
                continue;
            }
            plain.join(link->a.device, link->b.device);
        } else if (switchA != switchB) {
            const Endpoint& host = switchA ? link->b : link->a;
            hostLinks.push_back(
                {host.device, host.port, switchA ? link->a.device : link->b.device, link->id});
        } else {
            plain.join(link->a.device, link->b.device);
        }
    }
    std::vector<bool> attached(limit, false);
    for (const HostLink& link : hostLinks) {
        if (!attached[link.host]) {
            attached[link.host] = true;
            plain.join(link.host, link.sw);
        }
    }
    UnionFind bridged = plain;
    const std::vector<DeviceId> through = forwarders(index);
    for (const HostLink& link : hostLinks) {
        if (through[link.host] != 0) {
            bridged.join(through[link.host], link.sw);
            bridged.join(link.host, link.sw);
        }
    }

    // Islands per plane (plane 0: the network's single plane), and the same devices joined through hosts.
    std::map<int, std::map<DeviceId, std::vector<DeviceId>>> islands; // plane -> root -> devices
    std::map<DeviceId, int> planeOfRoot;
    for (const Device& device : design.devices().items()) {
        if (device.network == Network::Compute)
            planeOfRoot.emplace(plain.root(device.id), device.plane);
    }
    for (const Device& device : design.devices().items()) {
        if (!plain.member(device.id))
            continue;
        const DeviceId root = plain.root(device.id);
        const auto plane = planeOfRoot.find(root);
        islands[plane == planeOfRoot.end() ? 0 : plane->second][root].push_back(device.id);
    }
    for (const auto& [plane, roots] : islands) {
        if (roots.size() < 2)
            continue;
        std::vector<std::vector<DeviceId>> list;
        for (const auto& [root, devices] : roots)
            list.push_back(devices);
        if (plane != 0) {
            reportIslands(index, Network::Compute,
                          {CS_REPORT_TEXT("cs::Diagnostic", "plane %1 of the compute network"),
                           {std::to_string(plane)}},
                          std::move(list), out);
            continue;
        }
        std::map<DeviceId, std::vector<DeviceId>> joined;
        for (const auto& devices : list) {
            for (DeviceId id : devices)
                joined[bridged.root(id)].push_back(id);
        }
        if (joined.size() == 1)
            continue; // rail-only: the rails meet in the scale-up domains
        if (joined.size() == list.size() || !planes.empty()) {
            reportIslands(index, Network::Compute, CS_REPORT_TEXT("cs::Diagnostic", "the compute network"),
                          std::move(list), out);
            continue;
        }
        std::vector<std::vector<DeviceId>> unreachable;
        for (auto& [root, devices] : joined)
            unreachable.push_back(std::move(devices));
        std::sort(unreachable.begin(), unreachable.end(),
                  [](const auto& a, const auto& b) { return a.size() > b.size(); });
        std::vector<DeviceId> stray;
        std::vector<ReportText> named;
        for (std::size_t i = 0; i < unreachable.size(); ++i) {
            named.push_back(sampleOf(index, unreachable[i]));
            if (i > 0)
                stray.insert(stray.end(), unreachable[i].begin(), unreachable[i].end());
        }
        std::sort(stray.begin(), stray.end());
        out.push_back(
            {"rail-only-unreachable",
             Severity::Error,
             {CS_REPORT_TEXT("cs::Diagnostic", "the compute network's %1 rail islands form %2 groups "
                                               "that no scale-up domain joins: %3"),
              {std::to_string(list.size()), std::to_string(unreachable.size()), listText(named)}},
             std::move(stray),
             {},
             CS_REPORT_TEXT("cs::Diagnostic",
                            "give every scale-up domain a NIC on a rail of each group, or add a spine")});
    }
    if (!planes.empty())
        checkPlanes(index, hostLinks, planes.size(), out);
    checkGenerations(index, bridged, hostLinks, out);
}

} // namespace cs
