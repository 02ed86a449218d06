#include "model/design_summary.h"

#include "model/scaleup_domains.h"

#include <algorithm>
#include <cstdio>

namespace cs {

using nlohmann::json;

DesignSummary summarize(const Design& design) {
    DesignSummary summary;
    summary.name = design.name;
    summary.devices = design.devices().size();
    for (const Device& device : design.devices().items()) {
        const DeviceType& type = design.typeOf(device);
        ++summary.devices_by_category[static_cast<std::size_t>(type.category)];
        ++summary.devices_by_type[type.id];
        summary.ports += static_cast<std::size_t>(type.portCount());
        summary.idle_watts += type.idle_watts;
        summary.max_watts += type.max_watts;
        if (device.network) {
            ++summary.switches_by_network[networkIndex(*device.network)];
            if (*device.network == Network::Compute) {
                summary.compute_leaves += device.role == "leaf";
                summary.compute_spines += device.role == "spine";
                summary.compute_cores += device.role == "core";
                if (device.plane > 0) {
                    auto& planes = summary.compute_planes;
                    auto it = std::find_if(planes.begin(), planes.end(),
                                           [&](const auto& p) { return p.plane == device.plane; });
                    if (it == planes.end())
                        it = planes.insert(
                            std::upper_bound(planes.begin(), planes.end(), device.plane,
                                             [](int plane, const auto& p) { return plane < p.plane; }),
                            {device.plane, 0, 0, 0});
                    it->leaves += device.role == "leaf";
                    it->spines += device.role == "spine";
                    it->cores += device.role == "core";
                }
            }
        }
        if (const GpuType* gpu = design.gpuOf(device)) {
            const auto count = static_cast<std::size_t>(design.gpuCount(device));
            summary.gpus += count;
            summary.gpus_by_type[gpu->id] += count;
        }
    }
    summary.links = design.links().size();
    double computeGbps = 0;
    for (const Link& link : design.links().items()) {
        ++summary.links_by_network[networkIndex(link.network)];
        if (link.network != Network::Compute)
            continue;
        for (DeviceId end : {link.a.device, link.b.device}) {
            if (design.typeOf(*design.devices().find(end)).category == DeviceCategory::GpuServer)
                computeGbps += link.gbps;
        }
    }
    summary.compute_gbps_per_gpu = summary.gpus > 0 ? computeGbps / static_cast<double>(summary.gpus) : 0;
    for (const ScaleupDomain& domain : scaleupDomains(design)) {
        ++summary.scaleup_domains;
        summary.scaleup_domain_gpus = std::max(summary.scaleup_domain_gpus, domain.gpus);
    }
    summary.racks = design.racks().size();
    summary.scenarios = design.scenarios().size();
    return summary;
}

json summaryToJson(const DesignSummary& summary) {
    json categories = json::object();
    for (DeviceCategory category : kDeviceCategories)
        categories[std::string(categoryId(category))] =
            summary.devices_by_category[static_cast<std::size_t>(category)];
    json networks = json::object();
    for (Network network : kNetworks)
        networks[std::string(networkId(network))] = summary.links_by_network[networkIndex(network)];
    json switches = {{"compute",
                      {{"leaf", summary.compute_leaves},
                       {"spine", summary.compute_spines},
                       {"core", summary.compute_cores}}}};
    if (summary.compute_planes.size() > 1) {
        json planes = json::array();
        for (const auto& plane : summary.compute_planes)
            planes.push_back({{"plane", plane.plane},
                              {"leaf", plane.leaves},
                              {"spine", plane.spines},
                              {"core", plane.cores}});
        switches["compute"]["planes"] = planes;
    }
    for (Network network : kNetworks) {
        if (network != Network::Compute)
            switches[std::string(networkId(network))] = summary.switches_by_network[networkIndex(network)];
    }
    return {{"name", summary.name},
            {"devices",
             {{"total", summary.devices}, {"by_category", categories}, {"by_type", summary.devices_by_type}}},
            {"ports", summary.ports},
            {"links", {{"total", summary.links}, {"by_network", networks}}},
            {"gpus", {{"total", summary.gpus}, {"by_type", summary.gpus_by_type}}},
            {"switches", switches},
            {"compute_gbps_per_gpu", summary.compute_gbps_per_gpu},
            {"scaleup", {{"domain_gpus", summary.scaleup_domain_gpus}, {"domains", summary.scaleup_domains}}},
            {"racks", summary.racks},
            {"scenarios", summary.scenarios},
            {"power_watts", {{"idle", summary.idle_watts}, {"max", summary.max_watts}}}};
}

std::string summaryToText(const DesignSummary& summary) {
    std::string text;
    const auto line = [&text](const std::string& label, const std::string& value) {
        char buffer[160];
        std::snprintf(buffer, sizeof buffer, "%-26s %s\n", label.c_str(), value.c_str());
        text += buffer;
    };
    line("design", summary.name.empty() ? "(unnamed)" : summary.name);
    line("devices", std::to_string(summary.devices));
    for (DeviceCategory category : kDeviceCategories)
        line("  " + std::string(categoryLabel(category)),
             std::to_string(summary.devices_by_category[static_cast<std::size_t>(category)]));
    for (const auto& [type, count] : summary.devices_by_type)
        line("    " + type, std::to_string(count));
    line("GPUs", std::to_string(summary.gpus));
    for (const auto& [gpu, count] : summary.gpus_by_type)
        line("  " + gpu, std::to_string(count));
    line("ports", std::to_string(summary.ports));
    line("links", std::to_string(summary.links));
    for (Network network : kNetworks)
        line("  " + std::string(networkLabel(network)),
             std::to_string(summary.links_by_network[networkIndex(network)]));
    std::size_t switches = 0;
    for (std::size_t count : summary.switches_by_network)
        switches += count;
    line("switches", std::to_string(switches));
    line("  " + std::string(networkLabel(Network::Compute)),
         std::to_string(summary.switches_by_network[networkIndex(Network::Compute)]) + " (" +
             std::to_string(summary.compute_leaves) + " leaf, " + std::to_string(summary.compute_spines) +
             " spine, " + std::to_string(summary.compute_cores) + " core)");
    if (summary.compute_planes.size() > 1) {
        for (const auto& plane : summary.compute_planes)
            line("    plane " + std::to_string(plane.plane), std::to_string(plane.leaves) + " leaf, " +
                                                                 std::to_string(plane.spines) + " spine, " +
                                                                 std::to_string(plane.cores) + " core");
    }
    for (Network network : kNetworks) {
        if (network != Network::Compute)
            line("  " + std::string(networkLabel(network)),
                 std::to_string(summary.switches_by_network[networkIndex(network)]));
    }
    char perGpu[64];
    std::snprintf(perGpu, sizeof perGpu, "%.0f Gb/s", summary.compute_gbps_per_gpu);
    line("compute per GPU", perGpu);
    line("scale-up domain", std::to_string(summary.scaleup_domain_gpus) + " GPUs (" +
                                std::to_string(summary.scaleup_domains) +
                                (summary.scaleup_domains == 1 ? " domain)" : " domains)"));
    line("racks", std::to_string(summary.racks));
    line("scenarios", std::to_string(summary.scenarios));
    char power[64];
    std::snprintf(power, sizeof power, "%.1f kW idle, %.1f kW max", summary.idle_watts / 1000,
                  summary.max_watts / 1000);
    line("IT power", power);
    return text;
}

} // namespace cs
