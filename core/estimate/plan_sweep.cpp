#include "estimate/plan_sweep.h"

#include "base/number_format.h"

#include <algorithm>

namespace cs {

namespace {

std::vector<int> divisorsOf(int value, int limit) {
    std::vector<int> divisors;
    for (int d = 1; d <= std::min(value, limit); ++d)
        if (value % d == 0)
            divisors.push_back(d);
    return divisors;
}

// Names the step-time parts where `winner` saves most against `next`.
std::string whyFaster(const TrainingEstimate& winner, const TrainingEstimate& next) {
    const StepBreakdown& a = winner.breakdown;
    const StepBreakdown& b = next.breakdown;
    const std::pair<const char*, double> savings[] = {
        {"compute", b.compute_s - a.compute_s},
        {"TP communication", b.tp_comm_s - a.tp_comm_s},
        {"PP communication", b.pp_comm_s - a.pp_comm_s},
        {"pipeline bubble", b.bubble_s - a.bubble_s},
        {"exposed DP communication", b.dp_comm_exposed_s - a.dp_comm_exposed_s},
        {"optimizer step", b.optimizer_s - a.optimizer_s},
        {"EP all-to-all", b.ep_comm_s - a.ep_comm_s},
        {"CP exchange", b.cp_comm_s - a.cp_comm_s}};
    const auto best = std::max_element(std::begin(savings), std::end(savings),
                                       [](const auto& x, const auto& y) { return x.second < y.second; });
    return std::string(percentText(next.step_time_s / winner.step_time_s - 1)) +
           " faster than the next; most of it " + "from less " + best->first + " (" +
           percentText(best->second / next.step_time_s) + " of its step)";
}

bool faster(const SweepCandidate& a, const SweepCandidate& b) {
    return a.estimate.step_time_s < b.estimate.step_time_s;
}

} // namespace

SweepResult sweepPlans(const Plan& base, std::size_t top) {
    SweepResult result;
    const ModelShape& model = base.model;
    const ClusterSpec& cluster = base.cluster;
    const int gpus = cluster.gpus;
    const int global_batch = base.parallelism.global_batch;
    const int experts = model.isMoe() ? model.features.moe.experts : 1;
    std::vector<SweepCandidate> fitting; // the fastest `top` + 1 (the last one explains why the others win)
    const std::size_t keep = top + 1;
    Plan plan = base;
    Parallelism& par = plan.parallelism;
    par.first_stage_layers = par.last_stage_layers = 0;
    par.etp = 1;
    for (int tp : divisorsOf(std::min(model.heads, cluster.nvlink_domain), cluster.nvlink_domain)) {
        if (model.heads % tp != 0 || (model.kv_heads % tp != 0 && tp % model.kv_heads != 0))
            continue;
        for (int pp : divisorsOf(gpus / tp, model.layers)) {
            for (int cp : divisorsOf(gpus / (tp * pp), kSweepMaxCp)) {
                if (cp > 1 && model.seq_len % (2 * cp) != 0)
                    continue;
                const int dp = gpus / (tp * pp * cp);
                if (global_batch % dp != 0)
                    continue;
                for (int ep : divisorsOf(std::min(experts, tp * cp * dp), experts)) {
                    if ((tp * cp * dp) % ep != 0 || experts % ep != 0)
                        continue;
                    for (int micro_batch : divisorsOf(global_batch / dp, global_batch / dp)) {
                        const int micro_batches = global_batch / (dp * micro_batch);
                        for (int vpp = 1; vpp <= kSweepMaxVpp && pp * vpp <= model.layers; ++vpp) {
                            if (vpp > 1 && (pp == 1 || micro_batches % pp != 0))
                                continue;
                            for (bool fsdp : {false, true}) {
                                if (fsdp && pp > 1) // Megatron-FSDP recipes run without pipelining
                                    continue;
                                for (Recompute recompute :
                                     {Recompute::None, Recompute::Selective, Recompute::Full}) {
                                    par.tp = tp;
                                    par.pp = pp;
                                    par.cp = cp;
                                    par.dp = dp;
                                    par.ep = ep;
                                    par.vpp = vpp;
                                    par.fsdp = fsdp;
                                    par.micro_batch = micro_batch;
                                    par.recompute = recompute;
                                    par.sequence_parallel = tp > 1;
                                    TrainingEstimate estimate = estimateTraining(plan);
                                    ++result.plans_evaluated;
                                    if (!estimate.memory.fits())
                                        continue;
                                    ++result.plans_fitting;
                                    keepIfBetter(fitting, keep, {par, std::move(estimate), {}}, faster);
                                }
                            }
                        }
                    }
                }
            }
        }
    }
    explainRanking(fitting, top, [](const SweepCandidate& a, const SweepCandidate& b) {
        return whyFaster(a.estimate, b.estimate);
    });
    result.best = std::move(fitting);
    return result;
}

} // namespace cs
