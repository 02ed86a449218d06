#include "analysis/budget_status.h"
#include "analysis/inference_budget.h"
#include "analysis/link_heat.h"
#include "base/input_error.h"
#include "cli_arguments.h"
#include "cli_commands.h"
#include "estimate/cluster_from_design.h"
#include "estimate/estimate_report.h"
#include "estimate/inference_report.h"
#include "estimate/plan_sweep.h"
#include "estimate/training_estimator.h"
#include "io/design_file.h"
#include "power/design_power.h"
#include "rules/suitability_check.h"

#include <nlohmann/json.hpp>
#include <optional>
#include <ostream>

namespace cs {

namespace {

constexpr std::size_t kDefaultTop = 10;
constexpr long long kMaxTop = 100'000; // more rows than any sweep finds

int printPlanErrors(const std::vector<PlanError>& errors, bool json, std::ostream& out) {
    if (json) {
        out << planErrorsToJson(errors).dump(2) << "\n";
    } else {
        out << "The plan cannot run:\n";
        for (const PlanError& error : errors)
            out << "  " << error.field << ": " << error.message << "\n";
    }
    return kExitFindings;
}

// The suitability tables' cells for the plan's model class, scenario, server and GPU, with our verdict.
std::vector<SuitabilityCheck> suitabilityOf(const Plan& plan, const Catalog& catalog) {
    return checkSuitability(catalog, plan.model, plan.workload, plan.cluster.server, plan.cluster.gpu.id);
}

// The estimate, then the design's power per rack, category and network (with --design), then suitability.
void printReport(nlohmann::json report, std::string text, const std::optional<DesignPower>& design_power,
                 const std::vector<SuitabilityCheck>& suitability, bool json, std::ostream& out) {
    if (json) {
        if (design_power)
            report["power"]["design"] = designPowerToJson(*design_power);
        report["suitability"] = suitabilityToJson(suitability);
        out << report.dump(2) << "\n";
        return;
    }
    out << text;
    if (design_power)
        out << "\n" << designPowerToText(*design_power);
    if (!suitability.empty())
        out << "\n" << suitabilityToText(suitability);
}

int runInferenceEstimate(const Plan& plan, const Catalog& catalog,
                         const std::optional<DesignPower>& design_power, bool json, std::ostream& out) {
    const std::vector<PlanError> errors = checkInferencePlan(plan);
    if (!errors.empty())
        return printPlanErrors(errors, json, out);
    const InferenceEstimate estimate = estimateInference(plan);
    nlohmann::json report = inferenceToJson(plan, estimate);
    report["budget"] = budgetLinesToJson(inferenceBudgetLines(plan, estimate)); // the studio's budget view
    printReport(std::move(report), inferenceToText(plan, estimate), design_power,
                suitabilityOf(plan, catalog), json, out);
    if (!estimate.fits) {
        if (!json)
            out << "\nThe batch does not fit: lower inference.batch (at most " << estimate.max_batch
                << "), raise inference.tp, or use fp8.\n";
        return kExitFindings;
    }
    return kExitOk;
}

} // namespace

int runEstimate(const std::vector<std::string>& args, std::ostream& out) {
    const Arguments arguments =
        parseArguments(args, {"--json", "--sweep"}, {"--design", "--top", "--catalogs"});
    const std::string& file = arguments.onePositional("plan file");
    const Catalog catalog = loadCatalog(arguments);
    Plan plan = readPlanFile(file, catalog);
    std::optional<DesignPower> design_power;
    std::optional<Design> design;
    if (arguments.has("--design")) {
        design = readDesign(arguments.value("--design"), catalog);
        applyDesignCluster(*design, plan);
        design_power = designPower(*design);
    }
    const bool json = arguments.has("--json");
    if (plan.workload == Workload::Inference) {
        if (arguments.has("--sweep"))
            throw InputError("--sweep: searches training plans; not for scenario inference");
        return runInferenceEstimate(plan, catalog, design_power, json, out);
    }

    if (arguments.has("--sweep")) {
        const auto top = static_cast<std::size_t>(arguments.integer("--top", 1, kMaxTop, kDefaultTop));
        const SweepResult sweep = sweepPlans(plan, top);
        if (json)
            out << sweepToJson(sweep).dump(2) << "\n";
        else
            out << sweepToText(plan, sweep);
        return sweep.best.empty() ? kExitFindings : kExitOk;
    }

    const std::vector<PlanError> errors = checkPlan(plan);
    if (!errors.empty())
        return printPlanErrors(errors, json, out);
    const TrainingEstimate estimate = estimateTraining(plan);
    nlohmann::json report = estimateToJson(plan, estimate);
    report["budget"] = budgetLinesToJson(budgetLines(plan, estimate)); // the studio's budget view
    if (design)                                                        // the studio's heat overlay
        report["link_load"] =
            linkLoadsToJson(*design, estimate, linkLoads(*design, plan, estimate), kDefaultTop);
    printReport(std::move(report), estimateToText(plan, estimate), design_power, suitabilityOf(plan, catalog),
                json, out);
    if (!estimate.memory.fits()) {
        if (!json)
            out << "\nThe model does not fit: lower micro_batch, raise tp or pp, or use recompute full.\n";
        return kExitFindings;
    }
    return kExitOk;
}

} // namespace cs
