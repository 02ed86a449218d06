#include "analysis/failure_report.h"

#include "base/number_format.h"
#include "base/units.h"

#include <nlohmann/json.hpp>
#include <sstream>

namespace cs {

namespace {

std::vector<std::string> namesOf(const Design& design, const std::vector<DeviceId>& ids) {
    std::vector<std::string> names;
    for (DeviceId id : ids)
        names.push_back(design.devices().find(id)->name);
    return names;
}

} // namespace

nlohmann::json failureImpactToJson(const Design& design, const FailureImpact& impact) {
    nlohmann::json networks = nlohmann::json::array(), servers = nlohmann::json::array();
    for (const NetworkLoss& loss : impact.networks)
        networks.push_back({{"network", networkId(loss.network)},
                            {"servers_cut_off", namesOf(design, loss.servers_cut_off)},
                            {"gpus_cut_off", loss.gpus_cut_off},
                            {"links_lost", loss.links_lost},
                            {"servers_degraded", loss.servers_degraded},
                            {"intact_bisection_gbps", loss.intact_bisection_gbps},
                            {"bisection_gbps", loss.bisection_gbps}});
    for (const ServerImpact& server : impact.servers)
        servers.push_back({{"server", design.devices().find(server.server)->name},
                           {"compute_links", server.compute_links},
                           {"compute_links_lost", server.compute_links_lost},
                           {"compute_bandwidth_fraction", server.compute_bandwidth_fraction},
                           {"loses_storage", server.loses_storage}});
    return {{"networks", networks},
            {"servers", servers},
            {"servers_losing_storage", namesOf(design, impact.servers_losing_storage)},
            {"storage_nodes_lost", namesOf(design, impact.storage_nodes_lost)},
            {"compute_bandwidth_lost_fraction", impact.compute_bandwidth_lost_fraction},
            {"worst_leaf_oversubscription", impact.worst_leaf_oversubscription},
            {"dead_links", impact.dead_links.size()}};
}

std::string failureImpactToText(const Design& design, const FailureImpact& impact) {
    std::ostringstream out;
    out << impact.dead_links.size() << " link(s) dead\n";
    for (const NetworkLoss& loss : impact.networks) {
        out << networkLabel(loss.network) << ": " << loss.servers_cut_off.size() << " GPU server(s) cut off ("
            << loss.gpus_cut_off << " GPUs), " << loss.links_lost << " server link(s) lost";
        if (loss.network == Network::Compute)
            out << ", " << loss.servers_degraded << " server(s) degraded";
        if (loss.intact_bisection_gbps > 0)
            out << ", bisection " << formatQuantity(loss.bisection_gbps * kGiga, "b/s") << " of "
                << formatQuantity(loss.intact_bisection_gbps * kGiga, "b/s");
        out << "\n";
    }
    out << "compute bandwidth lost: " << percentText(impact.compute_bandwidth_lost_fraction)
        << " of the cluster (PXN: a GPU whose NIC is lost sends through a sibling NIC over NVLink)\n";
    if (impact.worst_leaf_oversubscription > 0)
        out << "worst compute leaf oversubscription over its surviving up-links: "
            << formatNumber("%.2f", impact.worst_leaf_oversubscription) << ":1\n";
    out << "servers losing storage: " << impact.servers_losing_storage.size() << "\n";
    if (!impact.storage_nodes_lost.empty())
        out << "storage nodes lost: " << impact.storage_nodes_lost.size() << "\n";
    for (const ServerImpact& server : impact.servers) {
        out << "  " << design.devices().find(server.server)->name;
        if (server.compute_links_lost > 0)
            out << ": " << server.compute_links_lost << " of " << server.compute_links
                << " compute links lost, keeps " << percentText(server.compute_bandwidth_fraction);
        if (server.loses_storage)
            out << (server.compute_links_lost > 0 ? ", " : ": ") << "loses storage";
        out << "\n";
    }
    return out.str();
}

} // namespace cs
