#pragma once

#include "base/explained.h"
#include "estimate/plan.h"
#include "estimate/plan_sweep.h"
#include "estimate/training_estimator.h"

#include <nlohmann/json_fwd.hpp>
#include <string>
#include <utility>
#include <vector>

namespace cs {

ExplainedValues explainEstimate(const Plan& plan, const TrainingEstimate& estimate);

// The values as plain numbers in nested objects ("a.b" -> {"a": {"b": ...}}), plus "explain": {key: {formula,
// inputs, unit, source}}.
nlohmann::json explainedToJson(const ExplainedValues& values);

// estimate --json: the keys as plain numbers in nested objects, plus "explain": {key: {formula, inputs, unit,
// source}}.
nlohmann::json estimateToJson(const Plan& plan, const TrainingEstimate& estimate);
// The same from the values explainEstimate() gave.
nlohmann::json estimateToJson(const Plan& plan, const TrainingEstimate& estimate,
                              const ExplainedValues& explained);
// A readable report with units.
std::string estimateToText(const Plan& plan, const TrainingEstimate& estimate);

nlohmann::json planErrorsToJson(const std::vector<PlanError>& errors);

nlohmann::json sweepToJson(const SweepResult& sweep);
std::string sweepToText(const Plan& plan, const SweepResult& sweep);

} // namespace cs
