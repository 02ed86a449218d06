#include "estimate/inference_sweep.h"

#include "base/number_format.h"
#include "estimate/plan_sweep.h"

#include <algorithm>
#include <cstdio>
#include <nlohmann/json.hpp>
#include <sstream>

namespace cs {

namespace {

constexpr Precision kSweptPrecisions[] = {Precision::Bf16, Precision::Fp8, Precision::Nvfp4};

std::string modeId(bool disaggregated) {
    return disaggregated ? "disaggregated" : "aggregated";
}

std::string configurationText(const InferenceSweepCandidate& c) {
    return inferenceShapeText(c.shape) + " " + std::string(precisionId(c.precision)) + " " +
           modeId(c.disaggregated);
}

bool moreTokensPerGpu(const InferenceSweepCandidate& a, const InferenceSweepCandidate& b) {
    return a.estimate.tokens_per_s_per_gpu > b.estimate.tokens_per_s_per_gpu;
}

// Names what sets `winner` apart from `next`: the first of precision, shape, mode and batch that differs.
std::string whyMore(const InferenceSweepCandidate& winner, const InferenceSweepCandidate& next) {
    const InferenceEstimate& a = winner.estimate;
    const InferenceEstimate& b = next.estimate;
    std::string reason;
    if (winner.precision != next.precision)
        reason = std::string(precisionId(winner.precision)) + " instead of " +
                 std::string(precisionId(next.precision));
    else if (!(winner.shape == next.shape))
        reason = inferenceShapeText(winner.shape) + " instead of " + inferenceShapeText(next.shape);
    else if (winner.disaggregated != next.disaggregated)
        reason = modeId(winner.disaggregated) + " instead of " + modeId(next.disaggregated);
    reason += (reason.empty() ? "" : "; ") + std::to_string(a.batch) + " sequences in flight against " +
              std::to_string(b.batch);
    return percentText(a.tokens_per_s_per_gpu / b.tokens_per_s_per_gpu - 1) +
           " more tokens/s per GPU than the next (" + reason + ")";
}

// Why nothing is ranked, and what to change.
std::string noneMessage(const Plan& plan, const InferenceSweepResult& sweep) {
    if (sweep.configurations_fitting == 0)
        return "no serving configuration of " + plan.model.name + " fits the plan's " +
               std::to_string(inferenceClusterGpus(plan)) +
               " GPUs: raise cluster.gpus or use a GPU with more "
               "memory";
    std::string text =
        "no serving configuration meets the targets (" + servingTargetsText(plan.inference.slo) + ")";
    if (sweep.closest) {
        const InferenceEstimate& e = sweep.closest->estimate;
        text += "; the closest, " + configurationText(*sweep.closest) + " at batch 1, takes " +
                formatQuantity(e.time_to_first_token_s, "s") + " to its first token and " +
                formatQuantity(e.decode_step_s, "s") + " per output token";
    }
    return text + ": relax the targets or use faster GPUs";
}

// How far an estimate is from the targets: the larger of its two ratios to them.
double targetRatio(const ServingSlo& slo, const InferenceEstimate& e) {
    double ratio = 0;
    if (slo.ttft_s > 0)
        ratio = std::max(ratio, e.time_to_first_token_s / slo.ttft_s);
    if (slo.tpot_s > 0)
        ratio = std::max(ratio, e.decode_step_s / slo.tpot_s);
    return ratio;
}

} // namespace

InferenceSweepResult sweepInference(const Plan& base, std::size_t top) {
    InferenceSweepResult result;
    Plan plan = base;
    InferenceSpec& spec = plan.inference;
    spec.tp = spec.pp = spec.ep = 0;
    std::vector<InferenceSweepCandidate> meeting;
    double closest_ratio = 0;
    for (const InferenceShape& shape : inferenceShapes(plan, inferenceClusterGpus(plan))) {
        spec.tp = shape.tp;
        spec.pp = shape.pp;
        spec.ep = shape.ep;
        for (Precision precision : kSweptPrecisions) {
            spec.precision = precision;
            for (bool disaggregated : {false, true}) {
                spec.disaggregated = disaggregated;
                const std::vector<PlanError> errors = checkInferencePlan(plan);
                const bool only_targets = errors.size() == 1 && errors.front().field == "inference.slo";
                if (!errors.empty() && !only_targets)
                    continue;
                ++result.configurations_evaluated;
                InferenceSweepCandidate candidate{
                    shape, precision, disaggregated, estimateInference(plan, shape), {}};
                if (!candidate.estimate.fits)
                    continue;
                ++result.configurations_fitting;
                if (only_targets || !meetsServingTargets(spec, candidate.estimate)) {
                    // The fastest a configuration gets: one sequence alone.
                    Plan alone = plan;
                    alone.inference.batch = 1;
                    candidate.estimate = estimateInference(alone, shape);
                    const double ratio = targetRatio(spec.slo, candidate.estimate);
                    if (!result.closest || ratio < closest_ratio) {
                        closest_ratio = ratio;
                        result.closest = std::move(candidate);
                    }
                    continue;
                }
                ++result.configurations_meeting;
                keepIfBetter(meeting, top + 1, std::move(candidate), moreTokensPerGpu);
            }
        }
    }
    explainRanking(meeting, top, whyMore);
    result.best = std::move(meeting);
    return result;
}

nlohmann::json inferenceSweepToJson(const Plan& plan, const InferenceSweepResult& sweep) {
    nlohmann::json best = nlohmann::json::array();
    for (const InferenceSweepCandidate& c : sweep.best) {
        const InferenceEstimate& e = c.estimate;
        nlohmann::json row = {{"tp", c.shape.tp},
                              {"pp", c.shape.pp},
                              {"ep", c.shape.ep},
                              {"gpus_per_replica", c.shape.gpus()},
                              {"precision", std::string(precisionId(c.precision))},
                              {"disaggregated", c.disaggregated},
                              {"concurrency", e.batch},
                              {"batch_limit", e.batch_limit},
                              {"ttft_s", e.time_to_first_token_s},
                              {"tpot_s", e.decode_step_s},
                              {"tokens_per_s_per_gpu", e.tokens_per_s_per_gpu},
                              {"why", c.why}};
        if (e.disaggregated)
            row["prefill_gpus_per_decode_gpu"] = e.disaggregated->prefill_gpus_per_decode_gpu;
        if (e.sizing) {
            row["gpus_needed"] = e.sizing->gpus;
            row["servers_needed"] = e.sizing->servers;
            row["power_kw"] = e.sizing->power_kw;
        }
        best.push_back(std::move(row));
    }
    nlohmann::json out = {{"scenario", "inference"},
                          {"configurations_evaluated", sweep.configurations_evaluated},
                          {"configurations_fitting", sweep.configurations_fitting},
                          {"configurations_meeting_targets", sweep.configurations_meeting},
                          {"best", best}};
    if (sweep.best.empty())
        out["message"] = noneMessage(plan, sweep);
    return out;
}

std::string inferenceSweepToText(const Plan& plan, const InferenceSweepResult& sweep) {
    const InferenceSpec& spec = plan.inference;
    std::ostringstream out;
    out << "Serving sweep: " << plan.model.name << " on " << inferenceClusterGpus(plan) << " x "
        << plan.cluster.gpu.name << ", prompt " << spec.prompt_tokens << " + output " << spec.output_tokens
        << " tokens, " << servingTargetsText(spec.slo) << ": " << sweep.configurations_evaluated
        << " configurations, " << sweep.configurations_fitting << " fit in memory, "
        << sweep.configurations_meeting << " meet the targets\n";
    if (sweep.best.empty()) {
        out << "None ranked: " << noneMessage(plan, sweep) << "\n";
        return out.str();
    }
    const bool load = sweep.best.front().estimate.sizing.has_value();
    out << "rank  TP  PP  EP GPUs precision mode    batch  ttft ms  tpot ms  tok/s/GPU"
        << (load ? "  GPUs needed" : "") << "  why\n";
    int rank = 1;
    for (const InferenceSweepCandidate& c : sweep.best) {
        const InferenceEstimate& e = c.estimate;
        char line[192];
        std::snprintf(line, sizeof line, "%4d %3d %3d %3d %4d %-9s %-7s %5d %8.1f %8.2f %10.0f", rank++,
                      c.shape.tp, c.shape.pp, c.shape.ep, c.shape.gpus(),
                      std::string(precisionId(c.precision)).c_str(), c.disaggregated ? "disagg" : "agg",
                      e.batch, 1e3 * e.time_to_first_token_s, 1e3 * e.decode_step_s, e.tokens_per_s_per_gpu);
        out << line;
        if (load)
            out << "  "
                << std::string(11 - std::min<std::size_t>(11, std::to_string(e.sizing->gpus).size()), ' ')
                << e.sizing->gpus;
        out << "  " << c.why << "\n";
    }
    return out.str();
}

} // namespace cs
