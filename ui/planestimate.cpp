#include "planestimate.h"

#include "analysis/inference_budget.h"
#include "estimate/inference_report.h"
#include "scenario/scenario_variant.h"

namespace cs {

PlanEstimate estimatePlan(const Design& design, const Catalog& library, const Scenario& scenario) {
    PlanEstimate result;
    result.plan = scenarioPlan(design, scenario, library);
    const Plan& plan = result.plan;
    const bool inference = plan.workload == Workload::Inference;
    result.errors = inference ? checkInferencePlan(plan) : checkPlan(plan);
    if (!result.errors.empty())
        return result;
    result.design_power = designPower(design);
    if (inference) {
        const InferenceEstimate& estimate = result.inference.emplace(estimateInference(plan));
        result.explained = explainInference(plan, estimate);
        result.budget = inferenceBudgetLines(plan, estimate);
        result.power = powerEstimate(plan, 0); // an inference service has no run length: no energy
    } else {
        result.estimate = estimateTraining(plan);
        result.explained = explainEstimate(plan, result.estimate);
        result.budget = budgetLines(plan, result.estimate);
        result.power = result.estimate.power;
        result.scaling = scalingCurve(plan);
    }
    result.power_parts = powerBreakdown(result.power, result.design_power);
    return result;
}

} // namespace cs
