#include "cli_arguments.h"
#include "cli_commands.h"
#include "cluster_from_design.h"
#include "design_file.h"
#include "estimate_report.h"
#include "input_error.h"
#include "plan_sweep.h"
#include "training_estimator.h"

#include <nlohmann/json.hpp>
#include <ostream>

namespace cs {

namespace {

constexpr std::size_t kDefaultTop = 10;

} // namespace

int runEstimate(const std::vector<std::string>& args, std::ostream& out) {
    const Arguments arguments =
        parseArguments(args, {"--json", "--sweep"}, {"--design", "--top", "--catalogs"});
    const std::string& file = arguments.onePositional("plan file");
    const Catalog catalog = loadCatalog(arguments);
    Plan plan = readPlanFile(file, catalog);
    if (arguments.has("--design"))
        applyDesignCluster(readDesign(arguments.value("--design"), catalog), plan);
    if (plan.scenario == Workload::Inference)
        throw InputError(file +
                         ": scenario: inference estimates are not available yet (use pretrain or finetune)");
    const bool json = arguments.has("--json");

    if (arguments.has("--sweep")) {
        std::size_t top = kDefaultTop;
        if (arguments.has("--top")) {
            try {
                top = std::stoul(arguments.value("--top"));
            } catch (const std::exception&) {
                throw InputError("--top: expected a count, not '" + arguments.value("--top") + "'");
            }
        }
        const SweepResult sweep = sweepPlans(plan, top);
        if (json)
            out << sweepToJson(sweep).dump(2) << "\n";
        else
            out << sweepToText(plan, sweep);
        return sweep.best.empty() ? kExitFindings : kExitOk;
    }

    const std::vector<PlanError> errors = checkPlan(plan);
    if (!errors.empty()) {
        if (json) {
            out << planErrorsToJson(errors).dump(2) << "\n";
        } else {
            out << "The plan cannot run:\n";
            for (const PlanError& error : errors)
                out << "  " << error.field << ": " << error.message << "\n";
        }
        return kExitFindings;
    }
    const TrainingEstimate estimate = estimateTraining(plan);
    if (json)
        out << estimateToJson(plan, estimate).dump(2) << "\n";
    else
        out << estimateToText(plan, estimate);
    if (!estimate.memory.fits()) {
        if (!json)
            out << "\nThe model does not fit: lower micro_batch, raise tp or pp, or use recompute full.\n";
        return kExitFindings;
    }
    return kExitOk;
}

} // namespace cs
