#pragma once

#include "estimate/estimate_report.h"
#include "estimate/inference_estimator.h"

namespace cs {

// Every output of an inference estimate with its formula, inputs and source, keyed by its `estimate --json`
// path ("decode_step_s", "memory.kv_cache_gib_per_gpu", ...), in report order.
ExplainedValues explainInference(const Plan& plan, const InferenceEstimate& estimate);

nlohmann::json inferenceToJson(const Plan& plan, const InferenceEstimate& estimate);
// The same from the values explainInference() gave.
nlohmann::json inferenceToJson(const Plan& plan, const InferenceEstimate& estimate,
                               const ExplainedValues& explained);
std::string inferenceToText(const Plan& plan, const InferenceEstimate& estimate);

} // namespace cs
