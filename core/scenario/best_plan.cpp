#include "scenario/best_plan.h"

#include "base/number_format.h"
#include "estimate/plan_sweep.h"
#include "estimate/training_estimator.h"

#include <vector>

namespace cs {

namespace {

std::string changes(const Parallelism& from, const Parallelism& to) {
    std::vector<std::string> parts;
    const auto number = [&](const char* name, int a, int b) {
        if (a != b)
            parts.push_back(std::string(name) + " " + std::to_string(a) + " -> " + std::to_string(b));
    };
    number("TP", from.tp, to.tp);
    number("PP", from.pp, to.pp);
    number("DP", from.dp, to.dp);
    number("virtual stages", from.vpp, to.vpp);
    number("micro-batch", from.micro_batch, to.micro_batch);
    if (from.recompute != to.recompute)
        parts.push_back("recompute " + std::string(recomputeId(from.recompute)) + " -> " +
                        std::string(recomputeId(to.recompute)));
    if (from.sequence_parallel != to.sequence_parallel)
        parts.push_back(std::string("sequence parallel ") + (to.sequence_parallel ? "on" : "off"));
    std::string text;
    for (const std::string& part : parts)
        text += (text.empty() ? "" : ", ") + part;
    return text;
}

} // namespace

BestPlan bestPlan(const Plan& plan) {
    BestPlan out;
    const SweepResult sweep = sweepPlans(plan, 1);
    const int gpus = plan.cluster.gpus;
    if (sweep.best.empty()) {
        if (sweep.plans_evaluated == 0) {
            const int batch = plan.parallelism.global_batch;
            const int up = (batch + gpus - 1) / gpus * gpus;
            out.text =
                "No TP x PP x DP of " + groupedCount(std::size_t(gpus)) + " GPUs splits the global batch " +
                groupedCount(std::size_t(batch)) +
                " into whole micro-batches: use a global batch that is a multiple of the GPU count, e.g. " +
                groupedCount(std::size_t(up)) + ".";
        } else {
            out.text =
                "None of the " + groupedCount(sweep.plans_evaluated) +
                " valid plans fits in GPU memory: choose a smaller model, more GPUs or a GPU with more "
                "memory.";
        }
        return out;
    }
    const SweepCandidate& best = sweep.best.front();
    out.found = true;
    out.parallelism = best.parallelism;
    const std::string changed = changes(plan.parallelism, best.parallelism);
    if (changed.empty()) {
        out.text =
            "The plan is already the best of the " + groupedCount(sweep.plans_evaluated) + " evaluated.";
        return out;
    }
    const std::string after = formatQuantity(best.estimate.step_time_s, "s");
    if (!checkPlan(plan).empty()) {
        out.text = changed + "; the plan could not run before, its step now takes " + after + ".";
        return out;
    }
    const TrainingEstimate before = estimateTraining(plan);
    out.text = changed + "; step " + formatQuantity(before.step_time_s, "s") + " -> " + after;
    if (!before.memory.fits())
        out.text += " (the plan did not fit in GPU memory before).";
    else
        out.text +=
            " (" + formatNumber("%.2fx", before.step_time_s / best.estimate.step_time_s) + " faster).";
    return out;
}

std::optional<int> rebalancedDataParallel(const Plan& plan) {
    const Parallelism& p = plan.parallelism;
    const int gpus = plan.cluster.gpus, model_parallel = p.tp * p.pp;
    if (gpus <= 0 || model_parallel <= 0 || p.gpus() == gpus || gpus % model_parallel != 0)
        return std::nullopt;
    return gpus / model_parallel;
}

} // namespace cs
