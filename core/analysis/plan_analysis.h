#pragma once

#include "analysis/budget_status.h"
#include "analysis/failure_impact.h"
#include "analysis/link_load.h"
#include "analysis/serving_curves.h"
#include "base/explained.h"
#include "estimate/inference_estimator.h"
#include "estimate/plan.h"
#include "estimate/training_estimator.h"
#include "model/catalog.h"
#include "model/design.h"
#include "power/design_power.h"
#include "power/power_breakdown.h"
#include "power/power_model.h"
#include "rules/suitability_check.h"
#include "scenario/scaling_curve.h"

#include <cstddef>
#include <nlohmann/json_fwd.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cs {

// What analyzePlan computes beyond the estimate itself: each caller asks only for what it shows.
struct PlanAnalysisOptions {
    bool explained = true;      // every output with its formula, inputs and source (estimate --json keys)
    bool budget = true;         // the budget lines: demand against capacity, pass/warn/fail
    bool design_power = true;   // with a design: its power at load, and the plan's facility power by part
    bool suitability = false;   // the suitability tables' cells (each runs a sweep of its own)
    bool scaling_curve = false; // training: the best plan at 1, 2, 4, ... servers
    bool link_loads = false;    // with a design, training: the heat overlay's link and switch loads
    bool serving_curves = true; // inference: throughput against latency over the batch, servers against load
    // With a design: what failed (parseFailureSet); empty = the intact fabric. The job runs on the degraded
    // cluster (degraded_cluster.h applyFailures) and the link loads are re-routed around the failure.
    FailureSet failures{};
};

// One plan analysed on one cluster: the estimate (training or inference) and everything the CLI, the report,
// the scenario comparison and the studio show of it. When `errors` is not empty only `plan` (and, if the
// plan could be read, the design's power) is set: the plan cannot be estimated.
struct PlanAnalysis {
    Plan plan;                     // as estimated: the design's cluster and the scenario's variant applied
    std::vector<PlanError> errors; // checkPlan or checkInferencePlan, or why the plan could not be read
    std::optional<TrainingEstimate> training;   // pretrain and finetune plans
    std::optional<InferenceEstimate> inference; // inference plans
    ExplainedValues explained;                  // options.explained
    std::vector<BudgetLine> budget;             // options.budget
    PowerEstimate power; // the plan's IT and facility power (energy and cost: training only)
    std::optional<DesignPower> design_power;   // options.design_power, with a design
    std::vector<PowerPart> power_parts;        // options.design_power, with a design: facility power by part
    std::vector<SuitabilityCheck> suitability; // options.suitability
    std::optional<ScalingCurve> scaling;       // options.scaling_curve, training
    std::optional<LinkLoads> link_loads;       // options.link_loads, with a design, training
    std::optional<ServingCurves> serving;      // options.serving_curves, inference
    std::optional<FailureImpact> failure_impact; // options.failures given, with a design
    // options.failures given, training: the same job's step time on the intact fabric
    std::optional<double> intact_step_time_s;

    bool estimated() const { return training.has_value() || inference.has_value(); }
    bool isInference() const { return plan.workload == Workload::Inference; }
    // The model (training) or the batch (inference) fits in GPU memory; false without an estimate.
    bool fits() const;
    // With failures: the plan cannot run for the GPUs they cut off (a PlanError on field "failures").
    bool stoppedByFailures() const;
    // With failures, training: the degraded step time over the intact one, minus 1; none otherwise.
    std::optional<double> stepTimeIncrease() const;
    // The explained value of an `estimate --json` key; a key the analysis does not have is a programming
    // error: std::out_of_range naming it (never a silent zero).
    const Explained& explanation(std::string_view key) const;
};

// The plan (read from PLAN.json) on `design`'s cluster when one is given (applyDesignCluster, as `estimate
// --design` does), degraded by options.failures when given, checked, then estimated as its workload asks,
// with what `options` selects. A job that the failures leave too few GPUs has the error field "failures".
PlanAnalysis analyzePlan(const Catalog& catalog, Plan plan, const Design* design,
                         const PlanAnalysisOptions& options = {});
// A scenario of `design`: its plan with its what-if variant on the design's cluster (scenarioPlan), then as
// analyzePlan. Throws InputError, naming the scenario, when its plan or variant cannot be read.
PlanAnalysis analyzeScenario(const Catalog& catalog, const Design& design, const Scenario& scenario,
                             const PlanAnalysisOptions& options = {});

// `estimate --json`: the explained values as nested numbers with "explain", the workload's keys, "budget",
// "link_load" (the `top` busiest links and switches, when computed), "serving_curves" (inference, when
// computed: servingCurvesToJson), "power": {"design"} with a design, "suitability" when computed, and
// "failures" (failureImpactToJson) with failures; {"plan_errors": [...]} (and "failures") when the plan
// cannot be estimated. Needs options.explained and options.budget.
nlohmann::json planAnalysisToJson(const PlanAnalysis& analysis, const Design* design, std::size_t top);
// `estimate`'s text: with failures first what failed and the step time against the intact fabric's; the
// estimate, the design's power, the suitability cells, and what to change when the plan does not fit; or why
// the plan cannot run.
std::string planAnalysisToText(const PlanAnalysis& analysis, const Design* design = nullptr);

} // namespace cs
