#include "analysis/plan_analysis.h"

#include "analysis/budget_diagnostics.h"
#include "analysis/degraded_cluster.h"
#include "analysis/failure_report.h"
#include "analysis/inference_budget.h"
#include "analysis/link_heat.h"
#include "base/number_format.h"
#include "estimate/cluster_from_design.h"
#include "estimate/estimate_report.h"
#include "estimate/inference_report.h"
#include "scenario/scenario_variant.h"

#include <algorithm>
#include <nlohmann/json.hpp>
#include <sstream>

namespace cs {

namespace {

// The plan is on its final cluster: checks it, estimates its workload, and adds what the options ask for.
PlanAnalysis analyzeClusterPlan(const Catalog& catalog, Plan plan, const Design* design,
                                const PlanAnalysisOptions& options) {
    PlanAnalysis out;
    out.plan = std::move(plan);
    const Plan& p = out.plan;
    if (design && options.design_power)
        out.design_power = designPower(*design);
    const bool failures = design && (!options.failures.devices.empty() || !options.failures.links.empty());
    if (failures) {
        const Plan intact = intactJob(p);
        if (!out.isInference() && checkPlan(intact).empty())
            out.intact_step_time_s = estimateTraining(intact).step_time_s;
        const FailureImpact& impact = out.failure_impact.emplace(failureImpact(*design, options.failures));
        if (std::optional<PlanError> error = applyFailures(*design, options.failures, impact, out.plan)) {
            out.errors.push_back(std::move(*error));
            return out;
        }
    }
    out.errors = out.isInference() ? checkInferencePlan(p) : checkPlan(p);
    if (!out.errors.empty())
        return out;
    if (out.isInference()) {
        const InferenceEstimate& estimate = out.inference.emplace(estimateInference(p));
        if (options.explained)
            out.explained = explainInference(p, estimate);
        if (options.budget)
            out.budget = inferenceBudgetLines(p, estimate);
        out.power = powerEstimate(p, 0); // an inference service has no run length: no energy
        if (options.serving_curves)
            out.serving = servingCurves(p, estimate);
    } else {
        const TrainingEstimate& estimate = out.training.emplace(estimateTraining(p));
        if (options.explained)
            out.explained = explainEstimate(p, estimate);
        if (options.budget)
            out.budget = budgetLines(p, estimate);
        out.power = estimate.power;
        if (options.scaling_curve)
            out.scaling = scalingCurve(p);
        if (design && options.link_loads)
            out.link_loads =
                linkLoads(*design, p, estimate, out.failure_impact ? &*out.failure_impact : nullptr);
    }
    if (out.design_power)
        out.power_parts = powerBreakdown(out.power, *out.design_power);
    if (options.suitability)
        out.suitability = checkSuitability(catalog, p.model, p.workload, p.cluster.server, p.cluster.gpu.id);
    return out;
}

} // namespace

bool PlanAnalysis::fits() const {
    if (training)
        return training->memory.fits();
    return inference && inference->fits;
}

bool PlanAnalysis::stoppedByFailures() const {
    return std::any_of(errors.begin(), errors.end(),
                       [](const PlanError& error) { return error.field == kFailuresField; });
}

std::optional<double> PlanAnalysis::stepTimeIncrease() const {
    if (!training || !intact_step_time_s || *intact_step_time_s <= 0)
        return std::nullopt;
    return training->step_time_s / *intact_step_time_s - 1;
}

const Explained& PlanAnalysis::explanation(std::string_view key) const {
    return explainedValue(explained, key);
}

PlanAnalysis analyzePlan(const Catalog& catalog, Plan plan, const Design* design,
                         const PlanAnalysisOptions& options) {
    if (design)
        applyDesignCluster(*design, plan);
    return analyzeClusterPlan(catalog, std::move(plan), design, options);
}

PlanAnalysis analyzeScenario(const Catalog& catalog, const Design& design, const Scenario& scenario,
                             const PlanAnalysisOptions& options) {
    return analyzeClusterPlan(catalog, scenarioPlan(design, scenario, catalog), &design, options);
}

namespace {

// The "failures" object: what failed and who lost what, and the job's step time intact and degraded.
nlohmann::json failuresToJson(const PlanAnalysis& analysis, const Design& design) {
    nlohmann::json failures = failureImpactToJson(design, *analysis.failure_impact);
    failures["can_run"] = !analysis.stoppedByFailures();
    if (analysis.intact_step_time_s)
        failures["intact_step_time_s"] = *analysis.intact_step_time_s;
    if (const std::optional<double> increase = analysis.stepTimeIncrease()) {
        failures["step_time_s"] = analysis.training->step_time_s;
        failures["step_time_increase_fraction"] = *increase;
    }
    return failures;
}

} // namespace

nlohmann::json planAnalysisToJson(const PlanAnalysis& analysis, const Design* design, std::size_t top) {
    if (!analysis.estimated()) {
        nlohmann::json errors = planErrorsToJson(analysis.errors);
        if (design && analysis.failure_impact)
            errors["failures"] = failuresToJson(analysis, *design);
        return errors;
    }
    const Plan& plan = analysis.plan;
    nlohmann::json report = analysis.training
                                ? estimateToJson(plan, *analysis.training, analysis.explained)
                                : inferenceToJson(plan, *analysis.inference, analysis.explained);
    report["budget"] = budgetLinesToJson(analysis.budget); // the studio's budget view
    if (design && analysis.link_loads)                     // the studio's heat overlay
        report["link_load"] =
            linkLoadsToJson(*design, *analysis.training, *analysis.link_loads, analysis.budget, top);
    if (analysis.serving)
        report["serving_curves"] = servingCurvesToJson(*analysis.serving);
    if (analysis.design_power)
        report["power"]["design"] = designPowerToJson(*analysis.design_power);
    report["suitability"] = suitabilityToJson(analysis.suitability);
    if (design && analysis.failure_impact)
        report["failures"] = failuresToJson(analysis, *design);
    return report;
}

std::string planAnalysisToText(const PlanAnalysis& analysis, const Design* design) {
    std::ostringstream out;
    if (design && analysis.failure_impact) {
        out << "On the degraded fabric: " << failureImpactToText(*design, *analysis.failure_impact);
        if (const std::optional<double> increase = analysis.stepTimeIncrease()) {
            out << "Step time on the degraded fabric: " << formatQuantity(analysis.training->step_time_s, "s")
                << " against " << formatQuantity(*analysis.intact_step_time_s, "s") << " intact ("
                << (*increase >= 0 ? "+" : "") << percentText(*increase) << ")\n";
        }
        out << "\n";
    }
    if (!analysis.estimated()) {
        out << "The plan cannot run:\n";
        for (const PlanError& error : analysis.errors)
            out << "  " << error.field << ": " << error.message << "\n";
        return out.str();
    }
    const Plan& plan = analysis.plan;
    out << (analysis.training ? estimateToText(plan, *analysis.training)
                              : inferenceToText(plan, *analysis.inference));
    if (analysis.design_power)
        out << "\n" << designPowerToText(*analysis.design_power);
    if (!analysis.budget.empty()) {
        out << "\nBudget (status from what the shortfall costs, docs/model.md#budget-status)\n";
        for (const BudgetLine& line : analysis.budget)
            out << "  " << budgetLineSummary(line) << "\n";
    }
    if (!analysis.suitability.empty())
        out << "\n" << suitabilityToText(analysis.suitability);
    if (!analysis.fits() && analysis.training)
        out << "\nThe model does not fit: lower micro_batch, raise tp or pp, or use recompute full.\n";
    else if (!analysis.fits())
        out << "\nThe model does not fit: lower inference.batch (at most " << analysis.inference->max_batch
            << "), raise inference.tp or inference.pp, or use fp8.\n";
    return out.str();
}

} // namespace cs
