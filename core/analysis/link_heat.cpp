#include "analysis/link_heat.h"

#include "base/units.h"

#include <algorithm>
#include <cmath>
#include <nlohmann/json.hpp>

namespace cs {

namespace {

constexpr double kBitsPerGbit = kGiga;
constexpr char kLinkLoadSource[] =
    "docs/model.md#heat-overlay (the estimate's own bytes, docs/model.md#link-budgets)";

enum class End : std::uint8_t { Other, GpuServer, Switch, StorageNode };

// The same roles as link_load.cpp's Topology.
End endOf(const Design& design, DeviceId id) {
    const Device& device = *design.devices().find(id);
    const DeviceType& type = design.typeOf(device);
    if (type.category == DeviceCategory::GpuServer && design.gpuCount(device) > 0)
        return End::GpuServer;
    if (type.category == DeviceCategory::Switch)
        return End::Switch;
    if (type.category == DeviceCategory::Storage && type.storage)
        return End::StorageNode;
    return End::Other;
}

int tierOf(const Design& design, DeviceId id) {
    return fabricTier(*design.devices().find(id));
}

// The capacity of a switch's links towards the same or a higher tier of its fabric (link_load.cpp up_gbps).
double upLinkGbps(const Design& design, DeviceId sw) {
    double gbps = 0;
    for (LinkId id : design.linksOf(sw)) {
        const Link& link = *design.links().find(id);
        const DeviceId peer = link.a.device == sw ? link.b.device : link.a.device;
        if ((link.network == Network::Compute || link.network == Network::Storage) &&
            endOf(design, peer) == End::Switch && tierOf(design, peer) >= tierOf(design, sw))
            gbps += link.gbps;
    }
    return gbps;
}

double gbpsOf(double bytes_per_s) {
    return bytes_per_s * kBitsPerByte / kBitsPerGbit;
}

} // namespace

int heatBand(double utilisation, BudgetStatus status) {
    if (!(utilisation > 0)) // NaN too
        return 0;
    const int band = static_cast<int>(
        std::upper_bound(kHeatBandEdges.begin(), kHeatBandEdges.end(), utilisation) - kHeatBandEdges.begin());
    return band < static_cast<int>(kHeatBandEdges.size()) ? band : band + static_cast<int>(status);
}

BudgetStatus networkBudgetStatus(const std::vector<BudgetLine>& lines, Network network) {
    // The budget lines name the resource they cost: the fabric, NVLink (the scale-up network's cables),
    // storage.
    const char* resource = network == Network::Compute   ? "compute"
                           : network == Network::Scaleup ? "nvlink"
                           : network == Network::Storage ? "storage"
                                                         : nullptr;
    BudgetStatus worst = BudgetStatus::Pass;
    if (resource)
        for (const BudgetLine& line : lines)
            if (line.network == resource)
                worst = std::max(worst, line.status);
    return worst;
}

Explained explainLinkLoad(const Design& design, const TrainingEstimate& estimate, const Link& link,
                          const LinkLoad& link_load) {
    const double load = link_load.load;
    Explained out;
    out.value = load * link.gbps;
    out.unit = "Gbit/s";
    out.source = kLinkLoadSource;
    const End a = endOf(design, link.a.device), b = endOf(design, link.b.device);
    const StorageBudget& storage = estimate.storage;
    const double storage_bytes_per_s =
        storage.data_read_bytes_per_s +
        (storage.checkpoint_interval_s > 0 ? storage.checkpoint_bytes / storage.checkpoint_interval_s : 0);
    const bool fabric = link.network == Network::Compute || link.network == Network::Storage;
    if (link.network == Network::Uplink || link.network == Network::Inband || link.network == Network::Oob) {
        out.formula = "load ≈ 0: no training traffic (login, monitoring, BMC)";
        out.source = "docs/model.md#heat-overlay";
    } else if (fabric && a == End::Switch && b == End::Switch) {
        const int low = std::min(tierOf(design, link.a.device), tierOf(design, link.b.device));
        if (low > 0) {
            out.formula = "utilisation = the spine's mean down-link utilisation (ECMP spreads the flows that "
                          "leave the pod evenly); load = utilisation x link gbps";
            out.source = "Al-Fares et al. 2008 §3.4; docs/model.md#heat-overlay";
        } else {
            const DeviceId lower = tierOf(design, link.a.device) <= tierOf(design, link.b.device)
                                       ? link.a.device
                                       : link.b.device;
            const double up_gbps = upLinkGbps(design, lower);
            out.formula =
                link.network == Network::Compute
                    ? "utilisation = bytes/s bound for peers behind other leaves (DP ring, PP stages) "
                      "/ the leaf's up-link capacity; load = utilisation x link gbps"
                    : "utilisation = storage bytes/s that cannot stay on the switch (striped over "
                      "every node) / its interconnect capacity; load = utilisation x link gbps";
            out.inputs.push_back({"bytes leaving the switch upwards", load * up_gbps, "Gbit/s"});
            out.inputs.push_back({"up-link capacity of the switch", up_gbps, "Gbit/s"});
            out.source = link.network == Network::Compute
                             ? "rail alignment, NVIDIA SuperPOD RA-11333; docs/model.md#heat-overlay"
                             : "docs/model.md#storage, docs/model.md#heat-overlay";
        }
    } else if (link.network == Network::Compute && (a == End::GpuServer || b == End::GpuServer)) {
        out.formula =
            "peak = GPUs behind the NIC x (DP bytes / DP overlap window + PP bytes / micro-batches' "
            "time) x 8 / 1e9 (per direction); average = GPUs behind the NIC x nic_bytes_per_gpu x 8 "
            "/ step_time_s / 1e9";
        const double gpus = estimate.nic_bytes_per_gpu > 0
                                ? std::round(link_load.average_load * link.gbps * kBitsPerGbit /
                                             kBitsPerByte * estimate.step_time_s / estimate.nic_bytes_per_gpu)
                                : 0;
        out.inputs.push_back({"GPUs behind the NIC", gpus, ""});
        out.inputs.push_back({"nic_bytes_per_gpu", estimate.nic_bytes_per_gpu, "bytes"});
        out.inputs.push_back(
            {"DP rate to hide the reduction (per GPU)", gbpsOf(estimate.nic_needed_bytes_per_s), "Gbit/s"});
        out.inputs.push_back({"DP overlap window", estimate.dp_overlap_window_s, "s"});
        out.inputs.push_back({"step_time_s", estimate.step_time_s, "s"});
        out.source = "docs/model.md#link-budgets (nic_bytes_per_gpu), docs/model.md#heat-overlay; Narayanan "
                     "et al. 2021 §2.2";
    } else if (link.network == Network::Storage && (a == End::GpuServer || b == End::GpuServer)) {
        out.formula = "utilisation = (data_read_bytes_per_s + checkpoint_bytes / checkpoint_interval_s) / "
                      "running servers / the server's storage-link capacity";
        out.inputs.push_back({"data_read_bytes_per_s", storage.data_read_bytes_per_s, "bytes/s"});
        out.inputs.push_back({"checkpoint_bytes", storage.checkpoint_bytes, "bytes"});
        out.inputs.push_back({"checkpoint_interval_s", storage.checkpoint_interval_s, "s"});
        out.inputs.push_back({"storage demand of the cluster", gbpsOf(storage_bytes_per_s), "Gbit/s"});
        out.source = "docs/model.md#storage, docs/model.md#heat-overlay";
    } else if (link.network == Network::Storage && (a == End::StorageNode || b == End::StorageNode)) {
        out.formula =
            "utilisation = (data_read_bytes_per_s + checkpoint_bytes / checkpoint_interval_s) / the "
            "storage nodes' link capacity (striped evenly over every node)";
        out.inputs.push_back({"storage demand of the cluster", gbpsOf(storage_bytes_per_s), "Gbit/s"});
        out.source = "docs/model.md#storage, docs/model.md#heat-overlay";
    } else {
        out.formula = "load = 0: no training traffic modelled on this link";
        out.source = "docs/model.md#heat-overlay";
    }
    out.inputs.push_back({"link capacity", static_cast<double>(link.gbps), "Gbit/s"});
    out.inputs.push_back({"utilisation (peak during its phase)", load * kPercent, "%"});
    out.inputs.push_back({"utilisation (average over a step)", link_load.average_load * kPercent, "%"});
    return out;
}

Explained explainSwitchLoad(const Design& design, const SwitchLoad& load) {
    double capacity_gbps = 0;
    const std::vector<LinkId> links = design.linksOf(load.device);
    for (LinkId id : links)
        capacity_gbps += design.links().find(id)->gbps;
    Explained out;
    out.value = load.load * capacity_gbps;
    out.unit = "Gbit/s";
    out.formula = "load = sum of utilisation_i x gbps_i over the switch's links; utilisation = load / sum of "
                  "gbps_i (the capacity-weighted mean)";
    out.inputs = {{"cabled links", static_cast<double>(links.size()), ""},
                  {"capacity", capacity_gbps, "Gbit/s"},
                  {"utilisation (peak during its phase)", load.load * kPercent, "%"},
                  {"busiest link", load.peak_link_load * kPercent, "%"},
                  {"utilisation (average over a step)", load.average_load * kPercent, "%"}};
    out.source = "docs/model.md#heat-overlay";
    return out;
}

nlohmann::json linkLoadsToJson(const Design& design, const TrainingEstimate& estimate, const LinkLoads& loads,
                               const std::vector<BudgetLine>& budget, std::size_t top) {
    std::array<std::vector<int>, kNetworkCount> counts;
    std::array<BudgetStatus, kNetworkCount> status{};
    for (Network network : kNetworks) {
        counts[networkIndex(network)].assign(kHeatBands, 0);
        status[networkIndex(network)] = networkBudgetStatus(budget, network);
    }
    std::vector<const LinkLoad*> links;
    for (const LinkLoad& load : loads.links) {
        const Link* link = design.links().find(load.link);
        if (!link)
            continue;
        const std::size_t n = networkIndex(link->network);
        ++counts[n][static_cast<std::size_t>(heatBand(load.load, status[n]))];
        links.push_back(&load);
    }
    nlohmann::json bands = nlohmann::json::object();
    for (Network network : kNetworks)
        bands[std::string(networkId(network))] = counts[networkIndex(network)];
    const auto busier = [](const auto* x, const auto* y) { return x->load > y->load; };
    const std::size_t shownLinks = std::min(top, links.size());
    std::partial_sort(links.begin(), links.begin() + static_cast<std::ptrdiff_t>(shownLinks), links.end(),
                      busier);
    nlohmann::json busiest = nlohmann::json::array();
    for (std::size_t i = 0; i < shownLinks; ++i) {
        const Link& link = *design.links().find(links[i]->link);
        const auto end = [&](Endpoint e) {
            return design.devices().find(e.device)->name + "/" + design.portName(e);
        };
        busiest.push_back(
            {{"link", link.id},
             {"a", end(link.a)},
             {"b", end(link.b)},
             {"network", std::string(networkId(link.network))},
             {"utilisation", links[i]->load},
             {"average_utilisation", links[i]->average_load},
             {"load", explainedValueToJson(explainLinkLoad(design, estimate, link, *links[i]))}});
    }
    std::vector<const SwitchLoad*> switches;
    for (const SwitchLoad& load : loads.switches)
        switches.push_back(&load);
    const std::size_t shownSwitches = std::min(top, switches.size());
    std::partial_sort(switches.begin(), switches.begin() + static_cast<std::ptrdiff_t>(shownSwitches),
                      switches.end(), busier);
    nlohmann::json busiestSwitches = nlohmann::json::array();
    for (std::size_t i = 0; i < shownSwitches; ++i)
        busiestSwitches.push_back({{"device", design.devices().find(switches[i]->device)->name},
                                   {"utilisation", switches[i]->load},
                                   {"average_utilisation", switches[i]->average_load},
                                   {"peak_link_utilisation", switches[i]->peak_link_load},
                                   {"load", explainedValueToJson(explainSwitchLoad(design, *switches[i]))}});
    nlohmann::json edges = nlohmann::json::array();
    for (double edge : kHeatBandEdges)
        edges.push_back(edge);
    nlohmann::json statuses = nlohmann::json::object();
    for (Network network : kNetworks)
        statuses[std::string(networkId(network))] = budgetStatusId(status[networkIndex(network)]);
    return {{"band_edges", edges},
            {"budget_status", statuses},
            {"links_per_band", bands},
            {"busiest_links", busiest},
            {"busiest_switches", busiestSwitches}};
}

} // namespace cs
