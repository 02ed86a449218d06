#include "analysis/budget_status.h"

#include "base/units.h"
#include "estimate/estimate_report.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <nlohmann/json.hpp>

namespace cs {

BudgetLine makeBudgetLine(std::string id, std::string label, std::string network, Explained demand,
                          Explained capacity) {
    BudgetLine out{std::move(id), std::move(label), std::move(network), std::move(demand),
                   std::move(capacity)};
    if (out.capacity.value > 0)
        out.utilisation = out.demand.value / out.capacity.value;
    else
        out.utilisation = out.demand.value > 0 ? std::numeric_limits<double>::infinity() : 0;
    out.status = budgetStatusOf(out.utilisation);
    return out;
}

std::string_view budgetStatusId(BudgetStatus status) {
    switch (status) {
    case BudgetStatus::Pass:
        return "pass";
    case BudgetStatus::Warn:
        return "warn";
    case BudgetStatus::Fail:
        return "fail";
    }
    return "fail";
}

BudgetStatus budgetStatusOf(double utilisation) {
    if (utilisation < kBudgetWarnUtilisation)
        return BudgetStatus::Pass;
    return utilisation < kBudgetFailUtilisation ? BudgetStatus::Warn : BudgetStatus::Fail;
}

std::vector<BudgetLine> budgetLines(const Plan& plan, const TrainingEstimate& estimate) {
    const ExplainedValues values = explainEstimate(plan, estimate);
    const auto at = [&](std::string_view key) -> const Explained& { return explainedValue(values, key); };
    const StorageBudget& s = estimate.storage;
    std::vector<BudgetLine> lines;
    const Explained& fabric = at("network.compute.capacity_gbytes_per_s_per_gpu");
    lines.push_back(makeBudgetLine("compute_fabric", "Compute fabric per GPU (average over a step)",
                                   "compute", at("network.compute.demand_gbytes_per_s_per_gpu"), fabric));
    lines.push_back(makeBudgetLine("compute_fabric_overlap",
                                   "Compute fabric per GPU (to hide the DP reduction)", "compute",
                                   at("network.compute.needed_gbytes_per_s_per_gpu"), fabric));
    lines.push_back(makeBudgetLine("nvlink", "NVLink per GPU (average over a step)", "nvlink",
                                   at("network.nvlink.demand_gbytes_per_s_per_gpu"),
                                   at("network.nvlink.capacity_gbytes_per_s_per_gpu")));
    if (plan.parallelism.ep > 1) {
        lines.push_back(makeBudgetLine("ep_alltoall_nvlink",
                                       "EP all-to-all on NVLink per GPU (within compute)", "nvlink",
                                       at("network.ep.nvlink_demand_gbytes_per_s_per_gpu"),
                                       at("network.nvlink.capacity_gbytes_per_s_per_gpu")));
        lines.push_back(makeBudgetLine(
            "ep_alltoall_scale_out", "EP all-to-all on the compute fabric per GPU (within compute)",
            "compute", at("network.ep.scale_out_demand_gbytes_per_s_per_gpu"), fabric));
    }
    if (plan.parallelism.cp > 1) {
        const bool on_nvlink = plan.parallelism.tp * plan.parallelism.cp <= plan.cluster.nvlink_domain;
        lines.push_back(
            makeBudgetLine("cp_exchange", "CP ring exchange per GPU (within compute)",
                           on_nvlink ? "nvlink" : "compute", at("network.cp.demand_gbytes_per_s_per_gpu"),
                           on_nvlink ? at("network.nvlink.capacity_gbytes_per_s_per_gpu") : fabric));
    }
    lines.push_back(makeBudgetLine("storage_read", "Storage read (training data)", "storage",
                                   at("network.storage.read_demand_gbytes_per_s"),
                                   at("network.storage.read_capacity_gbytes_per_s")));

    // The write bandwidth the checkpoint achieves: the denominator of storage.checkpoint_write_s
    // (storage_budget.cpp).
    const ClusterSpec& cluster = plan.cluster;
    const Explained& write_time = at("storage.checkpoint_write_s");
    const Explained write_capacity{
        s.write_bytes_per_s / kGiga,
        "GB/s",
        "min(storage write, writing servers * storage link)",
        {{"storage write", cluster.storage_write_gbytes_per_s, "GB/s"},
         {"writing servers (all with the distributed optimizer, else one replica's)",
          plan.parallelism.distributed_optimizer
              ? double(cluster.nodes())
              : std::ceil(double(plan.parallelism.tp * plan.parallelism.pp) / cluster.gpus_per_node),
          ""},
         {"server storage link", cluster.node_storage_gbps / kBitsPerByte, "GB/s"}},
        write_time.source};
    lines.push_back(makeBudgetLine("checkpoint_write",
                                   "Checkpoint write (to keep the overhead at the target)", "storage",
                                   at("storage.required_write_gbytes_per_s"), write_capacity));

    // Daly 2006: every failure costs the restart time R, R / MTBF of the run; we hold it to the same target.
    const double target = plan.training.checkpoint_overhead_target;
    const Explained restore_budget{
        target * s.system_mtbf_s,
        "s",
        "checkpoint overhead target * MTBF_system",
        {{"target", target, ""}, {"MTBF_system = node MTBF / servers", s.system_mtbf_s, "s"}},
        "Daly 2006 (restart cost R per failure: R / MTBF of the run); budget = the plan's "
        "training.checkpoint_overhead_target (our choice)"};
    lines.push_back(makeBudgetLine("checkpoint_restore", "Checkpoint restore after a failure", "storage",
                                   at("storage.restore_s"), restore_budget));
    return lines;
}

nlohmann::json explainedValueToJson(const Explained& value) {
    nlohmann::json inputs = nlohmann::json::object();
    for (const ExplainedInput& input : value.inputs)
        inputs[input.name] = {{"value", input.value}, {"unit", input.unit}};
    return {{"value", value.value},
            {"unit", value.unit},
            {"formula", value.formula},
            {"inputs", inputs},
            {"source", value.source}};
}

nlohmann::json budgetLinesToJson(const std::vector<BudgetLine>& lines) {
    nlohmann::json out = nlohmann::json::array();
    for (const BudgetLine& l : lines)
        out.push_back(
            {{"id", l.id},
             {"label", l.label},
             {"network", l.network},
             {"demand", explainedValueToJson(l.demand)},
             {"capacity", explainedValueToJson(l.capacity)},
             {"utilisation", std::isfinite(l.utilisation) ? nlohmann::json(l.utilisation) : nullptr},
             {"status", std::string(budgetStatusId(l.status))}});
    return out;
}

} // namespace cs
