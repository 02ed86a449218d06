#include "analysis/degraded_cluster.h"
#include "analysis/failure_impact.h"
#include "analysis/failure_report.h"
#include "base/input_error.h"
#include "base/number_format.h"
#include "cli_arguments.h"
#include "cli_commands.h"
#include "estimate/cluster_from_design.h"
#include "estimate/training_estimator.h"
#include "io/design_file.h"

#include <algorithm>
#include <iomanip>
#include <nlohmann/json.hpp>
#include <optional>
#include <ostream>

namespace cs {

namespace {

constexpr long long kDefaultTop = 10;

// A switch by name, a link class with its representative link.
std::string entryName(const Design& design, const ResilienceEntry& entry) {
    if (entry.device != 0)
        return design.devices().find(entry.device)->name;
    return entry.link_class + " (link:" + std::to_string(entry.link) + ")";
}

// The step-time increase over the intact fabric's, as a fraction; nullopt without a plan or a step time.
std::optional<double> stepIncrease(const ResilienceEntry& entry, std::optional<double> intact_step_s) {
    if (!entry.step_time_s || !intact_step_s)
        return std::nullopt;
    return *entry.step_time_s / *intact_step_s - 1;
}

void printRanking(const Design& design, const std::vector<ResilienceEntry>& ranking, std::size_t top,
                  std::optional<double> intact_step_s, bool json, std::ostream& out) {
    const std::size_t shown = std::min(top, ranking.size());
    const auto switches = static_cast<std::size_t>(std::count_if(
        ranking.begin(), ranking.end(), [](const ResilienceEntry& e) { return e.device != 0; }));
    if (json) {
        nlohmann::json entries = nlohmann::json::array();
        for (std::size_t i = 0; i < shown; ++i) {
            const ResilienceEntry& entry = ranking[i];
            nlohmann::json cutOff = nlohmann::json::object();
            for (const NetworkLoss& loss : entry.networks)
                cutOff[std::string(networkId(loss.network))] = loss.gpus_cut_off;
            nlohmann::json row = {{entry.device != 0 ? "device" : "link_class",
                                   entry.device != 0 ? entryName(design, entry) : entry.link_class},
                                  {"gpus_cut_off", cutOff},
                                  {"compute_bandwidth_lost_fraction", entry.compute_bandwidth_lost_fraction},
                                  {"servers_losing_storage", entry.servers_losing_storage}};
            if (entry.device == 0)
                row["link"] = entry.link;
            if (!entry.networks.empty())
                row["bisection_gbps"] = entry.networks.front().bisection_gbps;
            if (intact_step_s) {
                row["can_run"] = entry.cannot_run.empty();
                if (!entry.cannot_run.empty())
                    row["cannot_run"] = entry.cannot_run;
                if (entry.step_time_s)
                    row["step_time_s"] = *entry.step_time_s;
                if (const std::optional<double> increase = stepIncrease(entry, intact_step_s))
                    row["step_time_increase_fraction"] = *increase;
            }
            entries.push_back(std::move(row));
        }
        nlohmann::json report = {
            {"switches", switches}, {"link_classes", ranking.size() - switches}, {"ranking", entries}};
        if (intact_step_s)
            report["intact_step_time_s"] = *intact_step_s;
        out << report.dump(2) << "\n";
        return;
    }
    out << "Every switch (" << switches << ") and one link of each link class (" << ranking.size() - switches
        << ") failed alone, the " << shown << " most harmful:\n";
    if (intact_step_s)
        out << "intact step time: " << formatQuantity(*intact_step_s, "s") << "\n";
    for (std::size_t i = 0; i < shown; ++i) {
        const ResilienceEntry& entry = ranking[i];
        out << std::setw(4) << i + 1 << ". " << entryName(design, entry) << ": ";
        if (!entry.cannot_run.empty())
            out << "plan cannot run (" << entry.cannot_run << "), ";
        else if (const std::optional<double> increase = stepIncrease(entry, intact_step_s))
            out << "step time +" << percentText(*increase) << ", ";
        for (const NetworkLoss& loss : entry.networks)
            out << loss.gpus_cut_off << " GPUs cut off from " << networkId(loss.network) << ", ";
        out << percentText(entry.compute_bandwidth_lost_fraction) << " compute bandwidth lost, "
            << entry.servers_losing_storage << " server(s) lose storage\n";
    }
}

} // namespace

int runResilience(const std::vector<std::string>& args, std::ostream& out) {
    const Arguments arguments = parseArguments(args, {"--json"}, {"--catalogs", "--top", "--fail", "--plan"});
    const std::string& file = arguments.onePositional("design file");
    const Catalog catalog = loadCatalog(arguments);
    const Design design = readDesign(file, catalog);
    const bool json = arguments.has("--json");
    if (arguments.has("--fail")) {
        if (arguments.has("--plan"))
            throw InputError("--plan: ranks single failures; for a failure set use estimate PLAN --design "
                             "FILE --fail NAMES");
        const FailureImpact impact = failureImpact(design, failureOption(arguments, design));
        out << (json ? failureImpactToJson(design, impact).dump(2) + "\n"
                     : failureImpactToText(design, impact));
        return kExitOk;
    }
    const long long top = arguments.integer("--top", 1, 1'000'000, kDefaultTop);
    if (!arguments.has("--plan")) {
        printRanking(design, resilienceRanking(design), static_cast<std::size_t>(top), std::nullopt, json,
                     out);
        return kExitOk;
    }
    Plan plan = readPlanFile(arguments.value("--plan"), catalog);
    if (plan.workload == Workload::Inference)
        throw InputError("--plan: ranks a training plan's step time; not for scenario inference");
    applyDesignCluster(design, plan);
    const Plan intact = intactJob(plan);
    const std::vector<PlanError> errors = checkPlan(intact);
    if (!errors.empty()) {
        out << "The plan cannot run on the intact fabric:\n";
        for (const PlanError& error : errors)
            out << "  " << error.field << ": " << error.message << "\n";
        return kExitFindings;
    }
    const double intact_step_s = estimateTraining(intact).step_time_s;
    printRanking(design, resilienceRanking(design, planOnDegradedFabric(design, plan)),
                 static_cast<std::size_t>(top), intact_step_s, json, out);
    return kExitOk;
}

} // namespace cs
