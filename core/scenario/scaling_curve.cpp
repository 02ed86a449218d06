#include "scenario/scaling_curve.h"

#include "base/units.h"
#include "estimate/plan_sweep.h"

#include <algorithm>
#include <nlohmann/json.hpp>

namespace cs {

namespace {

std::vector<int> serverCounts(int design_servers, int max_factor) {
    std::vector<int> counts;
    const long long limit = static_cast<long long>(design_servers) * max_factor;
    for (long long servers = 1; servers <= limit; servers *= 2)
        counts.push_back(static_cast<int>(servers));
    if (!std::binary_search(counts.begin(), counts.end(), design_servers))
        counts.insert(std::lower_bound(counts.begin(), counts.end(), design_servers), design_servers);
    return counts;
}

ChartSeries seriesOf(const ScalingCurve& curve, const char* id, const char* label, const char* unit,
                     double (*value)(const ScalingPoint&)) {
    ChartSeries out{id, label, unit, {}, {}};
    for (const ScalingPoint& point : curve.points) {
        if (!point.feasible)
            continue;
        out.x.push_back(point.gpus);
        out.y.push_back(value(point));
    }
    return out;
}

} // namespace

std::vector<ChartSeries> ScalingCurve::series() const {
    return {
        seriesOf(*this, "tokens_per_s", "Throughput", "tokens/s",
                 [](const ScalingPoint& p) { return p.tokens_per_s; }),
        seriesOf(*this, "mfu", "MFU", "%", [](const ScalingPoint& p) { return kPercent * p.mfu; }),
        seriesOf(*this, "time_to_train", "Time to train", "days",
                 [](const ScalingPoint& p) { return p.time_to_train_s / kSecondsPerDay; }),
        seriesOf(*this, "step_time", "Step time", "s", [](const ScalingPoint& p) { return p.step_time_s; }),
    };
}

ScalingCurve scalingCurve(const Plan& plan, int max_factor) {
    ScalingCurve curve;
    const ClusterSpec& cluster = plan.cluster;
    curve.design_gpus = cluster.gpus;
    const int design_servers = std::max(1, cluster.nodes());
    for (int servers : serverCounts(design_servers, max_factor)) {
        Plan sized = plan;
        sized.cluster.gpus = servers * cluster.gpus_per_node;
        sized.cluster.other_it_watts = cluster.other_it_watts * servers / design_servers;
        const SweepResult sweep = sweepPlans(sized, 1);
        ScalingPoint point;
        point.servers = servers;
        point.gpus = sized.cluster.gpus;
        point.plans_evaluated = sweep.plans_evaluated;
        if (!sweep.best.empty()) {
            const SweepCandidate& best = sweep.best.front();
            point.feasible = true;
            point.parallelism = best.parallelism;
            point.step_time_s = best.estimate.step_time_s;
            point.tokens_per_s = best.estimate.tokens_per_s;
            point.mfu = best.estimate.mfu;
            point.time_to_train_s = best.estimate.time_to_train_s;
        }
        curve.points.push_back(point);
    }
    return curve;
}

Plan scalingCurveInputs(const Plan& plan) {
    Plan inputs = plan;
    const Parallelism defaults;
    Parallelism& swept = inputs.parallelism; // every field sweepPlans sets; the others stay as given
    swept.tp = defaults.tp;
    swept.pp = defaults.pp;
    swept.cp = defaults.cp;
    swept.dp = defaults.dp;
    swept.ep = defaults.ep;
    swept.etp = defaults.etp;
    swept.fsdp = defaults.fsdp;
    swept.first_stage_layers = defaults.first_stage_layers;
    swept.last_stage_layers = defaults.last_stage_layers;
    swept.vpp = defaults.vpp;
    swept.micro_batch = defaults.micro_batch;
    swept.recompute = defaults.recompute;
    swept.sequence_parallel = defaults.sequence_parallel;
    return inputs;
}

nlohmann::json scalingCurveToJson(const ScalingCurve& curve) {
    nlohmann::json points = nlohmann::json::array();
    for (const ScalingPoint& p : curve.points) {
        nlohmann::json point = {{"servers", p.servers},
                                {"gpus", p.gpus},
                                {"feasible", p.feasible},
                                {"plans_evaluated", p.plans_evaluated}};
        if (p.feasible) {
            const Parallelism& par = p.parallelism;
            point["parallelism"] = {{"tp", par.tp},
                                    {"pp", par.pp},
                                    {"dp", par.dp},
                                    {"vpp", par.vpp},
                                    {"micro_batch", par.micro_batch},
                                    {"recompute", std::string(recomputeId(par.recompute))}};
            point["step_time_s"] = p.step_time_s;
            point["tokens_per_s"] = p.tokens_per_s;
            point["mfu"] = p.mfu;
            point["time_to_train_s"] = p.time_to_train_s;
        }
        points.push_back(std::move(point));
    }
    nlohmann::json series = nlohmann::json::array();
    for (const ChartSeries& s : curve.series())
        series.push_back({{"id", s.id}, {"label", s.label}, {"unit", s.unit}, {"x", s.x}, {"y", s.y}});
    return {{"x", {{"label", "GPUs"}, {"unit", ""}}},
            {"design_gpus", curve.design_gpus},
            {"points", points},
            {"series", series}};
}

} // namespace cs
