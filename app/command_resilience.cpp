#include "analysis/failure_impact.h"
#include "base/input_error.h"
#include "cli_arguments.h"
#include "cli_commands.h"
#include "io/design_file.h"

#include <algorithm>
#include <iomanip>
#include <nlohmann/json.hpp>
#include <ostream>
#include <sstream>

namespace cs {

namespace {

constexpr long long kDefaultTop = 10;

std::vector<std::string> splitNames(const std::string& list) {
    std::vector<std::string> names;
    std::stringstream in(list);
    for (std::string name; std::getline(in, name, ',');) {
        if (!name.empty())
            names.push_back(name);
    }
    return names;
}

std::string nameOf(const Design& design, DeviceId id) {
    return design.devices().find(id)->name;
}

std::vector<std::string> namesOf(const Design& design, const std::vector<DeviceId>& ids) {
    std::vector<std::string> names;
    for (DeviceId id : ids)
        names.push_back(nameOf(design, id));
    return names;
}

std::string percent(double fraction) {
    std::ostringstream text;
    text << std::fixed << std::setprecision(1) << fraction * 100 << " %";
    return text.str();
}

nlohmann::json lossToJson(const Design& design, const NetworkLoss& loss) {
    return {{"network", networkId(loss.network)},
            {"servers_cut_off", namesOf(design, loss.servers_cut_off)},
            {"gpus_cut_off", loss.gpus_cut_off},
            {"links_lost", loss.links_lost},
            {"servers_degraded", loss.servers_degraded}};
}

void printImpact(const Design& design, const FailureImpact& impact, bool json, std::ostream& out) {
    if (json) {
        nlohmann::json networks = nlohmann::json::array(), servers = nlohmann::json::array();
        for (const NetworkLoss& loss : impact.networks)
            networks.push_back(lossToJson(design, loss));
        for (const ServerImpact& server : impact.servers)
            servers.push_back({{"server", nameOf(design, server.server)},
                               {"compute_links", server.compute_links},
                               {"compute_links_lost", server.compute_links_lost},
                               {"compute_bandwidth_fraction", server.compute_bandwidth_fraction},
                               {"loses_storage", server.loses_storage}});
        out << nlohmann::json{{"networks", networks},
                              {"servers", servers},
                              {"servers_losing_storage", namesOf(design, impact.servers_losing_storage)},
                              {"compute_bandwidth_lost_fraction", impact.compute_bandwidth_lost_fraction}}
                   .dump(2)
            << "\n";
        return;
    }
    for (const NetworkLoss& loss : impact.networks) {
        out << networkLabel(loss.network) << ": " << loss.servers_cut_off.size() << " GPU server(s) cut off ("
            << loss.gpus_cut_off << " GPUs), " << loss.links_lost << " server link(s) lost";
        if (loss.network == Network::Compute)
            out << ", " << loss.servers_degraded << " server(s) degraded";
        out << "\n";
    }
    out << "compute bandwidth lost: " << percent(impact.compute_bandwidth_lost_fraction)
        << " of the cluster (PXN: a GPU whose NIC is lost sends through a sibling NIC over NVLink)\n";
    out << "servers losing storage: " << impact.servers_losing_storage.size() << "\n";
    for (const ServerImpact& server : impact.servers) {
        out << "  " << nameOf(design, server.server);
        if (server.compute_links_lost > 0)
            out << ": " << server.compute_links_lost << " of " << server.compute_links
                << " compute links lost, keeps " << percent(server.compute_bandwidth_fraction);
        if (server.loses_storage)
            out << (server.compute_links_lost > 0 ? ", " : ": ") << "loses storage";
        out << "\n";
    }
}

void printRanking(const Design& design, const std::vector<ResilienceEntry>& ranking, std::size_t top,
                  bool json, std::ostream& out) {
    const std::size_t shown = std::min(top, ranking.size());
    if (json) {
        nlohmann::json entries = nlohmann::json::array();
        for (std::size_t i = 0; i < shown; ++i) {
            const ResilienceEntry& entry = ranking[i];
            nlohmann::json cutOff = nlohmann::json::object();
            for (const NetworkLoss& loss : entry.networks)
                cutOff[std::string(networkId(loss.network))] = loss.gpus_cut_off;
            entries.push_back({{"device", nameOf(design, entry.device)},
                               {"gpus_cut_off", cutOff},
                               {"compute_bandwidth_lost_fraction", entry.compute_bandwidth_lost_fraction},
                               {"servers_losing_storage", entry.servers_losing_storage}});
        }
        out << nlohmann::json{{"switches", ranking.size()}, {"ranking", entries}}.dump(2) << "\n";
        return;
    }
    out << "Every switch failed alone (" << ranking.size() << " switches), the " << shown
        << " most harmful:\n";
    for (std::size_t i = 0; i < shown; ++i) {
        const ResilienceEntry& entry = ranking[i];
        out << std::setw(4) << i + 1 << ". " << nameOf(design, entry.device) << ": ";
        for (const NetworkLoss& loss : entry.networks)
            out << loss.gpus_cut_off << " GPUs cut off from " << networkId(loss.network) << ", ";
        out << percent(entry.compute_bandwidth_lost_fraction) << " compute bandwidth lost, "
            << entry.servers_losing_storage << " server(s) lose storage\n";
    }
}

} // namespace

int runResilience(const std::vector<std::string>& args, std::ostream& out) {
    const Arguments arguments = parseArguments(args, {"--json"}, {"--catalogs", "--top", "--fail"});
    const std::string& file = arguments.onePositional("design file");
    const Design design = readDesign(file, loadCatalog(arguments));
    const bool json = arguments.has("--json");
    if (arguments.has("--fail")) {
        const std::vector<std::string> names = splitNames(arguments.value("--fail"));
        if (names.empty())
            throw InputError("--fail: name at least one device, device:ID, link:ID or plane:N");
        printImpact(design, failureImpact(design, parseFailureSet(design, names)), json, out);
    } else {
        const long long top = arguments.integer("--top", 1, 1'000'000, kDefaultTop);
        printRanking(design, resilienceRanking(design), static_cast<std::size_t>(top), json, out);
    }
    return kExitOk;
}

} // namespace cs
