#pragma once

#include "analysis/budget_status.h"
#include "estimate/estimate_report.h"
#include "estimate/inference_estimator.h"
#include "estimate/plan.h"
#include "estimate/training_estimator.h"
#include "model/design.h"
#include "power/design_power.h"
#include "power/power_breakdown.h"
#include "power/power_model.h"
#include "scenario/scaling_curve.h"

#include <optional>
#include <vector>

namespace cs {

// Everything core says about one scenario's plan on the design's cluster, computed once per change for the
// budget view and the charts. Training plans (pretrain, finetune) fill `estimate` and `scaling`; inference
// plans fill `inference`. When `errors` is not empty only `plan` is set.
struct PlanEstimate {
    Plan plan;
    std::vector<PlanError> errors; // checkPlan or checkInferencePlan: why it cannot be estimated
    TrainingEstimate estimate;
    std::optional<InferenceEstimate> inference;
    ExplainedValues explained; // estimate --json keys with formula, inputs and source
    std::vector<BudgetLine> budget;
    DesignPower design_power;           // the design at load, per rack, category and network
    PowerEstimate power;                // the plan's IT and facility power (energy and cost: training only)
    std::vector<PowerPart> power_parts; // facility power by part
    ScalingCurve scaling;               // training only: the best plan at 1, 2, 4, ... servers

    bool isInference() const { return inference.has_value(); }
};

// The scenario's plan on the design (scenarioPlan), checked, then estimated as `cluster-studio estimate PLAN
// --design DESIGN --json` does (training or inference), with its budget lines, the design's power and, for
// training, the scaling curve. Throws InputError when the scenario's plan cannot be read.
PlanEstimate estimatePlan(const Design& design, const Catalog& library, const Scenario& scenario);

} // namespace cs
