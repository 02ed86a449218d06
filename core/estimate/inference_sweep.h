#pragma once

#include "estimate/inference_estimator.h"

#include <cstddef>
#include <nlohmann/json_fwd.hpp>
#include <optional>
#include <string>
#include <vector>

namespace cs {

// One serving configuration the sweep ranks.
struct InferenceSweepCandidate {
    InferenceShape shape;
    Precision precision = Precision::Bf16;
    bool disaggregated = false;
    InferenceEstimate estimate;
    std::string why; // what sets it apart from the next one down
};

struct InferenceSweepResult {
    std::size_t configurations_evaluated = 0;  // without a plan error
    std::size_t configurations_fitting = 0;    // of those, the ones that fit in GPU memory
    std::size_t configurations_meeting = 0;    // of those, the ones that meet the latency targets
    std::vector<InferenceSweepCandidate> best; // most output tokens/s per GPU first
    // The fitting configuration closest to the targets, for the message when none meets them.
    std::optional<InferenceSweepCandidate> closest;
};

// Ranks every replica shape within the plan's GPUs (inferenceShapes) x every weight precision the GPU runs
// (bf16, fp8, nvfp4; mxfp8 runs at fp8's rate with more bytes, so it never wins) x aggregated and
// disaggregated serving, by output tokens/s per GPU at the batch "max" finds under the plan's targets (or the
// plan's batch). The plan's tp, pp, ep, precision and disaggregated are what the sweep varies; its
// kv_precision, tokens, targets and load hold. Keeps the `top` best that fit and meet the targets.
InferenceSweepResult sweepInference(const Plan& plan, std::size_t top);

nlohmann::json inferenceSweepToJson(const Plan& plan, const InferenceSweepResult& sweep);
std::string inferenceSweepToText(const Plan& plan, const InferenceSweepResult& sweep);

} // namespace cs
