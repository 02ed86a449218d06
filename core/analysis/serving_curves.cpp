#include "analysis/serving_curves.h"

#include <algorithm>
#include <cmath>
#include <nlohmann/json.hpp>

namespace cs {

namespace {

// The plan fixed at the estimate's replica shape (TP, PP, EP) and batch, without a load: what each point
// varies from.
Plan fixedPlan(const Plan& plan, const InferenceEstimate& estimate) {
    Plan fixed = plan;
    fixed.inference.tp = estimate.tp;
    fixed.inference.pp = estimate.pp;
    fixed.inference.ep = estimate.ep;
    fixed.inference.batch = estimate.batch;
    fixed.inference.load = {};
    return fixed;
}

// 1 to `largest` in about kThroughputLatencyPoints geometric steps, with `chosen`, ascending and distinct.
std::vector<int> batchSizes(int largest, int chosen) {
    std::vector<int> batches{chosen};
    for (int i = 0; largest >= 1 && i < kThroughputLatencyPoints; ++i) {
        const double exponent = static_cast<double>(i) / (kThroughputLatencyPoints - 1);
        batches.push_back(static_cast<int>(std::lround(std::pow(static_cast<double>(largest), exponent))));
    }
    std::sort(batches.begin(), batches.end());
    batches.erase(std::unique(batches.begin(), batches.end()), batches.end());
    return batches;
}

ThroughputLatencyCurve throughputLatency(const Plan& plan, const InferenceEstimate& estimate) {
    ThroughputLatencyCurve curve;
    curve.tp = estimate.tp;
    curve.slo = plan.inference.slo;
    Plan at = fixedPlan(plan, estimate);
    for (int batch : batchSizes(estimate.max_batch, estimate.batch)) {
        at.inference.batch = batch;
        const InferenceEstimate e = estimateInference(at);
        if (batch == estimate.batch)
            curve.chosen = curve.points.size();
        curve.points.push_back({batch, e.decode_step_s, e.time_to_first_token_s, e.tokens_per_s_per_gpu,
                                e.fits, meetsServingTargets(curve.slo, e)});
    }
    return curve;
}

ServersVsLoad serversVsLoad(const Plan& plan, const InferenceEstimate& estimate) {
    ServersVsLoad out;
    const ServingLoad& load = plan.inference.load;
    out.load_in_requests = load.output_tokens_per_s <= 0;
    if (!estimate.fits)
        return out; // no replica serves: no load can be sized
    const double output_tokens = plan.inference.output_tokens;
    // In the chart's unit: the plan's load, or without one what the plan's servers serve.
    const double given = out.load_in_requests ? load.requests_per_s : load.output_tokens_per_s;
    const double served =
        out.load_in_requests ? estimate.tokens_per_s / output_tokens : estimate.tokens_per_s;
    const double highest = kServingLoadSpan * (given > 0 ? given : served);
    std::vector<double> loads;
    for (int i = 0; i <= kServersVsLoadPoints; ++i)
        loads.push_back(highest * i / kServersVsLoadPoints);
    if (given > 0)
        loads.push_back(given);
    std::sort(loads.begin(), loads.end());
    loads.erase(std::unique(loads.begin(), loads.end()), loads.end());

    Plan at = fixedPlan(plan, estimate);
    for (double each : loads) {
        (out.load_in_requests ? at.inference.load.requests_per_s : at.inference.load.output_tokens_per_s) =
            each;
        if (given > 0 && each == given)
            out.plan_load = out.points.size();
        ServersForLoad& point = out.points.emplace_back();
        point.output_tokens_per_s = out.load_in_requests ? each * output_tokens : each;
        point.requests_per_s = point.output_tokens_per_s / output_tokens;
        if (const std::optional<InferenceSizing> sizing = estimateInference(at).sizing) {
            point.replicas = sizing->replicas;
            point.servers = sizing->servers;
            point.gpus = sizing->gpus;
            point.power_kw = sizing->power_kw;
        }
    }
    return out;
}

} // namespace

bool meetsServingTargets(const ServingSlo& slo, const InferenceEstimate& estimate) {
    return (slo.ttft_s <= 0 || estimate.time_to_first_token_s <= slo.ttft_s) &&
           (slo.tpot_s <= 0 || estimate.decode_step_s <= slo.tpot_s);
}

ServingCurves servingCurves(const Plan& plan, const InferenceEstimate& estimate) {
    return {throughputLatency(plan, estimate), serversVsLoad(plan, estimate)};
}

nlohmann::json servingCurvesToJson(const ServingCurves& curves) {
    const ThroughputLatencyCurve& curve = curves.throughput_latency;
    nlohmann::json points = nlohmann::json::array();
    for (const ThroughputLatencyPoint& point : curve.points)
        points.push_back({{"batch", point.batch},
                          {"time_per_output_token_s", point.time_per_output_token_s},
                          {"time_to_first_token_s", point.time_to_first_token_s},
                          {"output_tokens_per_s_per_gpu", point.output_tokens_per_s_per_gpu},
                          {"fits", point.fits},
                          {"meets_slo", point.meets_slo}});
    nlohmann::json slo = nlohmann::json::object();
    if (curve.slo.ttft_s > 0)
        slo["ttft_s"] = curve.slo.ttft_s;
    if (curve.slo.tpot_s > 0)
        slo["tpot_s"] = curve.slo.tpot_s;
    nlohmann::json out;
    out["throughput_latency"] = {{"tp", curve.tp},
                                 {"slo", slo},
                                 {"chosen_batch", curve.points.at(curve.chosen).batch},
                                 {"points", points}};

    const ServersVsLoad& servers = curves.servers_vs_load;
    nlohmann::json loads = nlohmann::json::array();
    for (const ServersForLoad& point : servers.points)
        loads.push_back({{"requests_per_s", point.requests_per_s},
                         {"output_tokens_per_s", point.output_tokens_per_s},
                         {"replicas", point.replicas},
                         {"servers", point.servers},
                         {"gpus", point.gpus},
                         {"power_kw", point.power_kw}});
    nlohmann::json& sizing = out["servers_vs_load"];
    sizing["points"] = loads;
    if (servers.plan_load) {
        const ServersForLoad& plan = servers.points[*servers.plan_load];
        if (servers.load_in_requests)
            sizing["plan_requests_per_s"] = plan.requests_per_s;
        else
            sizing["plan_output_tokens_per_s"] = plan.output_tokens_per_s;
    }
    return out;
}

} // namespace cs
