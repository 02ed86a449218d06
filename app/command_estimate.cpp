#include "analysis/budget_diagnostics.h"
#include "analysis/plan_analysis.h"
#include "base/input_error.h"
#include "cli_arguments.h"
#include "cli_commands.h"
#include "estimate/cluster_from_design.h"
#include "estimate/estimate_report.h"
#include "estimate/inference_sweep.h"
#include "estimate/plan_sweep.h"
#include "io/design_file.h"

#include <nlohmann/json.hpp>
#include <optional>
#include <ostream>

namespace cs {

namespace {

constexpr std::size_t kDefaultTop = 10;
constexpr long long kMaxTop = 100'000; // more rows than any sweep finds

// What `estimate` prints: the estimate, its budget lines, with --design the design's power and the heat
// overlay's loads, and the suitability tables' cells.
constexpr PlanAnalysisOptions kEstimateOptions{
    .explained = true, .budget = true, .design_power = true, .suitability = true, .link_loads = true};

int runSweep(const Arguments& arguments, const Plan& plan, bool json, std::ostream& out) {
    const auto top = static_cast<std::size_t>(arguments.integer("--top", 1, kMaxTop, kDefaultTop));
    if (plan.workload == Workload::Inference) {
        const InferenceSweepResult sweep = sweepInference(plan, top);
        if (json)
            out << inferenceSweepToJson(plan, sweep).dump(2) << "\n";
        else
            out << inferenceSweepToText(plan, sweep);
        return sweep.best.empty() ? kExitFindings : kExitOk;
    }
    const SweepResult sweep = sweepPlans(plan, top);
    if (json)
        out << sweepToJson(sweep).dump(2) << "\n";
    else
        out << sweepToText(plan, sweep);
    return sweep.best.empty() ? kExitFindings : kExitOk;
}

} // namespace

int runEstimate(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
    const Arguments arguments =
        parseArguments(args, {"--json", "--sweep"}, {"--design", "--top", "--catalogs", "--fail"});
    const std::string& file = arguments.onePositional("plan file");
    const Catalog catalog = loadCatalog(arguments);
    Plan plan = readPlanFile(file, catalog);
    std::optional<Design> design;
    if (arguments.has("--design"))
        design = readDesign(arguments.value("--design"), catalog);
    const bool json = arguments.has("--json");
    if (arguments.has("--fail") && !design)
        throw InputError("--fail: needs --design FILE, the design whose devices and links fail");
    if (arguments.has("--fail") && arguments.has("--sweep"))
        throw InputError("--fail: not with --sweep; estimate the plan on the degraded fabric without it");
    if (arguments.has("--sweep")) {
        if (design)
            applyDesignCluster(*design, plan);
        return runSweep(arguments, plan, json, out);
    }
    const Design* on = design ? &*design : nullptr;
    PlanAnalysisOptions options = kEstimateOptions;
    if (arguments.has("--fail"))
        options.failures = failureOption(arguments, *design);
    // A plan the failures leave too few GPUs cannot run, as a plan with errors: exit 1, not bad input.
    const PlanAnalysis analysis = analyzePlan(catalog, std::move(plan), on, options);
    if (json)
        out << planAnalysisToJson(analysis, on, kDefaultTop).dump(2) << "\n";
    else
        out << planAnalysisToText(analysis, on);
    bool budget_fails = false;
    for (const BudgetLine* line : exceededBudgetLines(analysis.budget)) {
        if (line->status != BudgetStatus::Fail)
            continue;
        err << "cluster-studio estimate: budget fails: " << budgetLineSummary(*line) << "\n";
        budget_fails = true;
    }
    return analysis.fits() && !budget_fails ? kExitOk : kExitFindings;
}

} // namespace cs
