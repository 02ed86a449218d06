#include "rules/rules.h"

#include <algorithm>
#include <cstdio>
#include <unordered_map>

namespace cs {

namespace {

std::string ratioText(double ratio) {
    char text[32];
    std::snprintf(text, sizeof text, "%.2f:1", ratio);
    return text;
}

// The compute NIC a port is (its index within the device's compute group), or -1.
int railOf(const DeviceType& type, int port) {
    const PortGroup& group = type.groupOfPort(port);
    if (group.network != Network::Compute)
        return -1;
    const auto g = static_cast<std::size_t>(&group - type.port_groups.data());
    return port - type.firstPortOf(g);
}

} // namespace

void checkComputeFabric(const DesignIndex& index, const std::vector<const Link*>& links,
                        std::vector<Diagnostic>& out) {
    const Design& design = index.design();
    std::vector<std::int64_t> downGbps(index.idLimit(), 0), upGbps(index.idLimit(), 0);
    struct RailLink {
        int rail;
        DeviceId leaf;
        LinkId link;
    };
    std::vector<std::vector<RailLink>> rails(index.idLimit());
    for (const Link* link : links) {
        const bool switchA = index.isSwitch(link->a.device), switchB = index.isSwitch(link->b.device);
        if (switchA && switchB) {
            upGbps[link->a.device] += link->gbps;
            upGbps[link->b.device] += link->gbps;
        } else if (switchA != switchB) {
            const Endpoint& sw = switchA ? link->a : link->b;
            const Endpoint& host = switchA ? link->b : link->a;
            downGbps[sw.device] += link->gbps;
            const int rail = railOf(index.type(host.device), host.port);
            if (rail >= 0)
                rails[host.device].push_back({rail, sw.device, link->id});
        }
    }

    // Oversubscription of each leaf (a compute switch with hosts on it): down / up bandwidth.
    int leaves = 0, spines = 0, cores = 0;
    double worst = 0;
    for (const Device& device : design.devices().items()) {
        if (device.network != Network::Compute)
            continue;
        leaves += device.role == "leaf";
        spines += device.role == "spine";
        cores += device.role == "core";
        const std::int64_t down = downGbps[device.id], up = upGbps[device.id];
        if (down == 0 || up == 0)
            continue; // not a leaf, or a single-switch fabric (nothing above to oversubscribe)
        const double ratio = static_cast<double>(down) / static_cast<double>(up);
        worst = std::max(worst, ratio);
        if (down > up)
            out.push_back(
                {"leaf-oversubscribed",
                 Severity::Warning,
                 {CS_REPORT_TEXT("cs::Diagnostic", "%1: %2 oversubscribed (%3 Gb/s down, %4 Gb/s up); "
                                                   "training expects 1:1 (SuperPOD RA: balanced full "
                                                   "fat tree)"),
                  {index.label(device.id), ratioText(ratio), std::to_string(down), std::to_string(up)}},
                 {device.id},
                 {},
                 CS_REPORT_TEXT("cs::Diagnostic", "add uplinks (and spines) until up equals down")});
    }
    if (leaves + spines + cores > 0)
        out.push_back(
            {"compute-fabric",
             Severity::Info,
             {CS_REPORT_TEXT("cs::Diagnostic", "compute fabric: %1 leaf, %2 spine, %3 core switches; "
                                               "worst leaf oversubscription %4"),
              {std::to_string(leaves), std::to_string(spines), std::to_string(cores),
               worst > 0 ? ReportText(ratioText(worst))
                         : ReportText(CS_REPORT_TEXT("cs::Diagnostic", "n/a (one switch)"))}},
             {},
             {},
             {}});

    // Rail alignment, two ways: a NIC on a leaf where its rail is a stray among the rails that leaf serves;
    // and, the servers whose first NIC shares a leaf forming a scalable unit, NIC i of each of them on the
    // leaf where most of them put NIC i.
    std::vector<std::vector<int>> railsOnLeaf(index.idLimit());
    for (const auto& own : rails) {
        for (const RailLink& r : own) {
            auto& counts = railsOnLeaf[r.leaf];
            if (counts.size() <= static_cast<std::size_t>(r.rail))
                counts.resize(static_cast<std::size_t>(r.rail) + 1, 0);
            ++counts[static_cast<std::size_t>(r.rail)];
        }
    }
    const auto stray = [&](const RailLink& r) {
        const auto& counts = railsOnLeaf[r.leaf];
        return 2 * counts[static_cast<std::size_t>(r.rail)] < *std::max_element(counts.begin(), counts.end());
    };
    struct Vote {
        DeviceId leaf;
        int count;
    };
    std::unordered_map<std::uint64_t, std::vector<Vote>> votes;
    const auto key = [](DeviceId unitLeaf, int rail) {
        return (std::uint64_t{unitLeaf} << 16) | static_cast<std::uint64_t>(rail);
    };
    std::vector<DeviceId> servers;
    for (const Device& device : design.devices().items()) {
        auto& own = rails[device.id];
        if (own.size() < 2 || index.type(device.id).category != DeviceCategory::GpuServer)
            continue;
        std::sort(own.begin(), own.end(),
                  [](const RailLink& a, const RailLink& b) { return a.rail < b.rail; });
        servers.push_back(device.id);
        for (const RailLink& r : own) {
            auto& list = votes[key(own.front().leaf, r.rail)];
            auto it = std::find_if(list.begin(), list.end(), [&](const Vote& v) { return v.leaf == r.leaf; });
            if (it == list.end())
                list.push_back({r.leaf, 1});
            else
                ++it->count;
        }
    }
    for (DeviceId server : servers) {
        const auto& own = rails[server];
        std::vector<LinkId> wrong;
        ReportText detail;
        for (const RailLink& r : own) {
            const auto& list = votes[key(own.front().leaf, r.rail)];
            const Vote& best = *std::max_element(list.begin(), list.end(), [](const Vote& a, const Vote& b) {
                return a.count != b.count ? a.count < b.count : a.leaf > b.leaf;
            });
            if (best.leaf != r.leaf || stray(r)) {
                wrong.push_back(r.link);
                if (detail.empty())
                    detail = best.leaf != r.leaf
                                 ? ReportText(CS_REPORT_TEXT("cs::Diagnostic",
                                                             "NIC %1 is on %2, its unit's NIC %1 on %3"),
                                              {std::to_string(r.rail + 1), index.device(r.leaf)->name,
                                               index.device(best.leaf)->name})
                                 : ReportText(CS_REPORT_TEXT("cs::Diagnostic",
                                                             "NIC %1 is on %2, a leaf of other rails"),
                                              {std::to_string(r.rail + 1), index.device(r.leaf)->name});
            }
        }
        if (!wrong.empty())
            out.push_back(
                {"rail-misaligned",
                 Severity::Warning,
                 {CS_REPORT_TEXT("cs::Diagnostic", "%1: %2 compute link(s) off their rail (%3)"),
                  {index.label(server), std::to_string(wrong.size()), detail}},
                 {server},
                 std::move(wrong),
                 CS_REPORT_TEXT("cs::Diagnostic",
                                "cable NIC i of every server of a scalable unit to the same leaf")});
    }
}

} // namespace cs
