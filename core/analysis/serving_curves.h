#pragma once

#include "estimate/inference_estimator.h"
#include "estimate/plan.h"

#include <cstddef>
#include <cstdint>
#include <nlohmann/json_fwd.hpp>
#include <optional>
#include <vector>

namespace cs {

// About this many batch sizes on the throughput-latency curve, spaced geometrically from 1 to the largest
// batch that fits (the chosen batch joins them).
inline constexpr int kThroughputLatencyPoints = 20;
// Loads on the servers-vs-load chart, evenly from none to kServingLoadSpan x the plan's load (the plan's
// own load joins them).
inline constexpr int kServersVsLoadPoints = 40;
// The servers-vs-load chart reaches this multiple of the plan's load, or without one of what the plan's
// servers serve.
inline constexpr double kServingLoadSpan = 2;

// One batch size (sequences in flight per replica) of the throughput-latency curve: the estimate of the plan
// with that batch on the chosen replica shape (TP, PP, EP).
struct ThroughputLatencyPoint {
    int batch = 1;
    double time_per_output_token_s = 0;
    double time_to_first_token_s = 0;
    double output_tokens_per_s_per_gpu = 0;
    bool fits = false;      // weights and the batch's KV cache fit in the usable GPU memory
    bool meets_slo = false; // both latency targets hold (a target the plan does not set always holds)
};

// Throughput per GPU against latency over the concurrency (the Pareto curve of continuous batching), in
// batch order; `chosen` is the estimate's batch.
struct ThroughputLatencyCurve {
    int tp = 1;
    ServingSlo slo; // the plan's targets; 0 = none
    std::vector<ThroughputLatencyPoint> points;
    std::size_t chosen = 0;
};

// The estimate's sizing at one load (InferenceSizing); no load needs no server.
struct ServersForLoad {
    double requests_per_s = 0;
    double output_tokens_per_s = 0;
    int replicas = 0;
    std::int64_t servers = 0, gpus = 0;
    double power_kw = 0;
};

// Servers needed against the load, in load order: a step function of the same sizing code the estimate runs.
struct ServersVsLoad {
    bool load_in_requests = true;           // the plan gives requests/s (or none): chart requests/s
    std::vector<ServersForLoad> points;     // empty when the batch does not fit: no replica serves
    std::optional<std::size_t> plan_load{}; // the point of the plan's own load, when it gives one
};

struct ServingCurves {
    ThroughputLatencyCurve throughput_latency;
    ServersVsLoad servers_vs_load;
};

// Whether the estimate meets the plan's latency targets (a target of 0 is none).
bool meetsServingTargets(const ServingSlo& slo, const InferenceEstimate& estimate);

// The serving curves of an inference plan that checkInferencePlan() accepts, around its `estimate`: each
// point is estimateInference() of the plan with the estimate's replica shape (TP, PP, EP) and the point's
// batch (or load).
ServingCurves servingCurves(const Plan& plan, const InferenceEstimate& estimate);

// estimate --json's "serving_curves": {"throughput_latency": {"tp", "slo": {"ttft_s", "tpot_s"},
// "chosen_batch", "points": [{"batch", "time_per_output_token_s", ...}]}, "servers_vs_load":
// {"plan_requests_per_s" or "plan_output_tokens_per_s", "points": [{"requests_per_s", "output_tokens_per_s",
// "servers", ...}]}}.
nlohmann::json servingCurvesToJson(const ServingCurves& curves);

} // namespace cs
