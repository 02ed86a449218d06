#include "base/number_format.h"
#include "rules/rules.h"
#include "topology/cable_fit.h"

#include <algorithm>
#include <array>
#include <bitset>
#include <map>

namespace cs {

namespace {

// The speeds each network allows, per medium (docs/model.md §Networks). RoCE at 400/200GbE is the Ethernet
// option for compute.
struct AllowedSpeed {
    int gbps;
    Media media;
};
// XDR 800G InfiniBand (Quantum-X800) joins compute from the DGX SuperPOD B300 XDR reference architecture.
// The scale-up network runs whatever its NVLink ports run (no fixed link speed in docs/model.md §Networks).
const std::array<std::vector<AllowedSpeed>, kNetworkCount> kAllowedSpeeds = {{
    {{800, Media::Infiniband},
     {400, Media::Infiniband},
     {200, Media::Infiniband},
     {400, Media::Ethernet},
     {200, Media::Ethernet}},
    {{200, Media::Infiniband}, {100, Media::Ethernet}},
    {{25, Media::Ethernet}, {10, Media::Ethernet}},
    {{100, Media::Ethernet}},
    {{1, Media::Ethernet}},
    {},
}};

// What a link speaks: InfiniBand if either end is IB-only, Ethernet if either is Ethernet-only, else either.
Media linkMedia(Media a, Media b) {
    if (a == Media::Infiniband || b == Media::Infiniband)
        return Media::Infiniband;
    if (a == Media::Ethernet || b == Media::Ethernet)
        return Media::Ethernet;
    return Media::Vpi;
}

bool speedAllowed(Network network, int gbps, Media media, bool betweenSwitches) {
    const auto& allowed = kAllowedSpeeds[networkIndex(network)];
    if (allowed.empty())
        return true;
    if (betweenSwitches && network != Network::Compute) {
        int slowest = allowed.front().gbps;
        for (const AllowedSpeed& a : allowed)
            slowest = std::min(slowest, a.gbps);
        return gbps >= slowest;
    }
    return std::any_of(allowed.begin(), allowed.end(), [&](const AllowedSpeed& a) {
        return a.gbps == gbps && (media == Media::Vpi || a.media == media);
    });
}

std::string allowedList(Network network) {
    std::string text;
    for (const AllowedSpeed& a : kAllowedSpeeds[networkIndex(network)])
        text += (text.empty() ? "" : ", ") + std::to_string(a.gbps) +
                (a.media == Media::Infiniband ? "G IB" : "GbE");
    return text;
}

std::string net(Network network) {
    return std::string(networkId(network));
}

// The networks a device of this category and role must be on (docs/model.md §Networks).
std::vector<Network> roleNetworks(const DeviceType& type, const Device& device) {
    switch (type.category) {
    case DeviceCategory::GpuServer:
        if (device.role == "inference")
            return {Network::Storage, Network::Inband};
        return {Network::Compute, Network::Storage, Network::Inband};
    case DeviceCategory::CpuServer:
        return {Network::Inband};
    case DeviceCategory::Storage:
        return {Network::Storage};
    case DeviceCategory::Switch:
        return {};
    }
    return {};
}

} // namespace

void checkDevice(const DesignIndex& index, const Device& device, const std::vector<LinkId>& links,
                 std::vector<Diagnostic>& out) {
    const Design& design = index.design();
    const DeviceType& type = index.type(device.id);
    const std::string label = index.label(device.id);
    std::bitset<kNetworkCount> onNetwork;
    std::vector<bool> groupCabled(type.port_groups.size(), false);
    std::map<int, std::pair<int, std::vector<LinkId>>> shared; // a split port's cage -> Gb/s cabled, links
    int computeLinks = 0;
    for (LinkId id : links) {
        const Link& link = *design.links().find(id);
        onNetwork.set(networkIndex(link.network));
        computeLinks += link.network == Network::Compute;
        const int port = link.a.device == device.id ? link.a.port : link.b.port;
        const PortGroup& portGroup = type.groupOfPort(port);
        groupCabled[static_cast<std::size_t>(&portGroup - type.port_groups.data())] = true;
        if (portGroup.breakout > 1) {
            auto& [gbps, cageLinks] = shared[type.cageOf(port)];
            gbps += link.gbps;
            cageLinks.push_back(id);
        }
    }
    for (auto& [cage, use] : shared) {
        const PortGroup& group = type.groupOfPort(cage);
        if (use.first <= group.maxGbps())
            continue;
        std::sort(use.second.begin(), use.second.end());
        out.push_back(
            {"port-split-exceeded",
             Severity::Error,
             {type.switch_info
                  ? CS_REPORT_TEXT("cs::Diagnostic", "%1: the %2 ports of %3's %4 Gb/s cage carry %5 Gb/s")
                  : CS_REPORT_TEXT("cs::Diagnostic", "%1: the %2 ports of %3's %4 Gb/s NIC carry %5 Gb/s"),
              {label, std::to_string(group.breakout),
               design.portName({device.id, static_cast<std::uint16_t>(cage)}),
               std::to_string(group.maxGbps()), std::to_string(use.first)}},
             {device.id},
             std::move(use.second),
             CS_REPORT_TEXT("cs::Diagnostic",
                            "run the split ports at a lower speed, or cable one of them only")});
    }
    std::bitset<kNetworkCount> requiredGroupOn;
    for (std::size_t g = 0; g < type.port_groups.size(); ++g) {
        const PortGroup& group = type.port_groups[g];
        const std::optional<Network> network = group.network ? group.network : device.network;
        if (!group.required || !network)
            continue;
        requiredGroupOn.set(networkIndex(*network));
        if (groupCabled[g] || (*network == Network::Oob && type.bmc))
            continue; // a BMC group is the BMC rule's
        out.push_back({"required-port-uncabled",
                       Severity::Error,
                       {CS_REPORT_TEXT("cs::Diagnostic", "%1: no %2 port is cabled (required, %3)"),
                        {label, group.name, net(*network)}},
                       {device.id},
                       {},
                       {CS_REPORT_TEXT("cs::Diagnostic", "cable a %1 port to a %2 switch"),
                        {group.name, net(*network)}}});
    }
    if (type.bmc && !onNetwork[networkIndex(Network::Oob)])
        out.push_back(
            {"bmc-not-on-oob",
             Severity::Error,
             {CS_REPORT_TEXT("cs::Diagnostic", "%1: its BMC is not on the out-of-band management network"),
              {label}},
             {device.id},
             {},
             CS_REPORT_TEXT("cs::Diagnostic",
                            "cable its BMC / management port to an out-of-band (1GbE) switch")});
    for (Network network : roleNetworks(type, device)) {
        if (onNetwork[networkIndex(network)] || requiredGroupOn[networkIndex(network)])
            continue; // cabled, or already reported as an uncabled required group
        const std::string role = device.role.empty() ? std::string(categoryId(type.category)) : device.role;
        out.push_back({"role-network-missing",
                       Severity::Error,
                       {CS_REPORT_TEXT("cs::Diagnostic", "%1: a %2 device must be on the %3 network"),
                        {label, role, net(network)}},
                       {device.id},
                       {},
                       {CS_REPORT_TEXT("cs::Diagnostic",
                                       "cable it to a %1 switch, or pick a device type with %1 ports"),
                        {net(network)}}});
    }
    const int gpus = design.gpuCount(device);
    if (type.category == DeviceCategory::GpuServer && device.role != "inference" && computeLinks > 0 &&
        computeLinks < gpus)
        out.push_back(
            {"compute-nic-per-gpu",
             Severity::Warning,
             {CS_REPORT_TEXT("cs::Diagnostic",
                             "%1: %2 GPUs but %3 compute links (one NIC per GPU expected for training)"),
              {label, std::to_string(gpus), std::to_string(computeLinks)}},
             {device.id},
             {},
             CS_REPORT_TEXT("cs::Diagnostic",
                            "cable one compute NIC per GPU, or choose a server with a NIC per GPU")});
    if (type.switch_info && device.network) {
        const auto& networks = type.switch_info->networks;
        if (std::find(networks.begin(), networks.end(), *device.network) == networks.end())
            out.push_back(
                {"switch-network-unsuited",
                 Severity::Warning,
                 {CS_REPORT_TEXT("cs::Diagnostic",
                                 "%1: the catalog does not list %2 among the networks this switch is "
                                 "meant for"),
                  {label, net(*device.network)}},
                 {device.id},
                 {},
                 {CS_REPORT_TEXT("cs::Diagnostic", "use a switch made for %1"), {net(*device.network)}}});
        const auto& tiers = type.switch_info->tiers;
        const bool isTier = device.role == "leaf" || device.role == "spine" || device.role == "core";
        if (isTier && std::find(tiers.begin(), tiers.end(), device.role) == tiers.end())
            out.push_back(
                {"switch-tier-unsuited",
                 Severity::Warning,
                 {CS_REPORT_TEXT("cs::Diagnostic", "%1: the catalog does not list '%2' among its tiers"),
                  {label, device.role}},
                 {device.id},
                 {},
                 {CS_REPORT_TEXT("cs::Diagnostic", "use a switch with enough ports for the %1 tier"),
                  {device.role}}});
    }
}

void checkLink(const DesignIndex& index, const Link& link, std::vector<Diagnostic>& out) {
    const Design& design = index.design();
    const Device& a = *index.device(link.a.device);
    const Device& b = *index.device(link.b.device);
    const PortGroup& groupA = index.type(a.id).groupOfPort(link.a.port);
    const PortGroup& groupB = index.type(b.id).groupOfPort(link.b.port);
    const auto what = [&] {
        return ReportText(
            CS_REPORT_TEXT("cs::Diagnostic", "link %1 (%2 %3 - %4 %5)"),
            {std::to_string(link.id), a.name, design.portName(link.a), b.name, design.portName(link.b)});
    };
    const std::optional<Network> networkA = groupA.network ? groupA.network : a.network;
    const std::optional<Network> networkB = groupB.network ? groupB.network : b.network;
    const bool networkOk = networkA == link.network && networkB == link.network;
    if (!networkOk) {
        const auto name = [](std::optional<Network> n) { return n ? net(*n) : std::string("no network"); };
        out.push_back({"link-network-mismatch",
                       Severity::Error,
                       {CS_REPORT_TEXT("cs::Diagnostic", "%1: marked %2 but joins a %3 port and a %4 port"),
                        {what(), net(link.network), name(networkA), name(networkB)}},
                       {a.id, b.id},
                       {link.id},
                       CS_REPORT_TEXT("cs::Diagnostic", "move the cable to ports of the same network")});
    }
    if (!mediaCompatible(groupA.media, groupB.media))
        out.push_back(
            {"link-media-incompatible",
             Severity::Error,
             {CS_REPORT_TEXT("cs::Diagnostic", "%1: joins %2 and %3 ports; InfiniBand only meets InfiniBand"),
              {what(), std::string(mediaId(groupA.media)), std::string(mediaId(groupB.media))}},
             {a.id, b.id},
             {link.id},
             CS_REPORT_TEXT("cs::Diagnostic", "use ports of one medium (or a VPI port) at both ends")});
    const bool speedOk = groupA.supportsGbps(link.gbps) && groupB.supportsGbps(link.gbps);
    if (!speedOk)
        out.push_back({"link-speed-unsupported",
                       Severity::Error,
                       {CS_REPORT_TEXT("cs::Diagnostic", "%1: %2 Gb/s is not a speed both ports run"),
                        {what(), std::to_string(link.gbps)}},
                       {a.id, b.id},
                       {link.id},
                       CS_REPORT_TEXT("cs::Diagnostic", "set a speed both ports list, or use faster ports")});
    const bool betweenSwitches = index.isSwitch(a.id) && index.isSwitch(b.id);
    if (networkOk && speedOk &&
        !speedAllowed(link.network, link.gbps, linkMedia(groupA.media, groupB.media), betweenSwitches))
        out.push_back({"link-speed-not-allowed",
                       Severity::Warning,
                       {CS_REPORT_TEXT("cs::Diagnostic", "%1: %2 Gb/s is not allowed on %3 (it allows %4)"),
                        {what(), std::to_string(link.gbps), net(link.network), allowedList(link.network)}},
                       {a.id, b.id},
                       {link.id},
                       CS_REPORT_TEXT("cs::Diagnostic", "run the link at a speed the network allows")});
    const CableType* cable = link.cable.empty() ? nullptr : design.catalog().cable(link.cable);
    if (cable && cable->reach_m > 0 && link.length_m > cable->reach_m) {
        CableFit fit(index.cableCatalog());
        const CableType* reaching = fit.reaching(groupA, groupB, link.gbps, link.length_m);
        out.push_back(
            {"link-length-beyond-reach",
             Severity::Warning,
             {CS_REPORT_TEXT("cs::Diagnostic", "%1: a %2 m run on %3, which reaches %4 m"),
              {what(), hundredthsText(link.length_m), cable->id, hundredthsText(cable->reach_m)}},
             {a.id, b.id},
             {link.id},
             reaching
                 ? ReportText(CS_REPORT_TEXT("cs::Diagnostic",
                                             "use %1 (%2), which reaches %3 m, or move the devices closer"),
                              {reaching->id, reaching->name, hundredthsText(reaching->reach_m)})
                 : ReportText(CS_REPORT_TEXT("cs::Diagnostic",
                                             "no catalog cable at %1 Gb/s for these ports reaches %2 m: "
                                             "move the devices closer"),
                              {std::to_string(link.gbps), hundredthsText(link.length_m)})});
    }
}

} // namespace cs
