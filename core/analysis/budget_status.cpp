#include "analysis/budget_status.h"

#include "base/number_format.h"
#include "base/units.h"
#include "estimate/estimate_report.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <nlohmann/json.hpp>

namespace cs {

namespace {

constexpr char kBudgetStatusSource[] = "docs/model.md#budget-status";

BudgetLine budgetLine(std::string id, ReportText label, std::string network, Explained demand,
                      Explained capacity) {
    BudgetLine out;
    out.id = std::move(id);
    out.label = std::move(label);
    out.network = std::move(network);
    out.demand = std::move(demand);
    out.capacity = std::move(capacity);
    out.utilisation = budgetUtilisation(out.demand, out.capacity);
    return out;
}

BudgetCost stepCost(double seconds_per_step, double step_s, std::string formula,
                    std::vector<ExplainedInput> inputs, std::string source) {
    BudgetCost cost;
    cost.seconds_per_step = seconds_per_step;
    cost.step_fraction = step_s > 0 ? seconds_per_step / step_s : 0;
    cost.explained = {seconds_per_step, "s", std::move(formula), std::move(inputs), std::move(source)};
    return cost;
}

} // namespace

double budgetUtilisation(const Explained& demand, const Explained& capacity) {
    if (capacity.value > 0)
        return demand.value / capacity.value;
    return demand.value > 0 ? std::numeric_limits<double>::infinity() : 0;
}

BudgetStatus budgetStatusOfCost(const BudgetCost& cost) {
    if (cost.cannot_run || !(cost.step_fraction < kBudgetFailStepFraction))
        return BudgetStatus::Fail;
    return cost.step_fraction < kBudgetWarnStepFraction ? BudgetStatus::Pass : BudgetStatus::Warn;
}

BudgetLine rateBudgetLine(std::string id, ReportText label, std::string network, Explained demand,
                          Explained capacity, double step_s, const std::string& step_name) {
    BudgetLine out = budgetLine(std::move(id), std::move(label), std::move(network), std::move(demand),
                                std::move(capacity));
    if (!std::isfinite(out.utilisation)) {
        out.cost.cannot_run = true;
        out.cost.explained = {0, "s", "a demand with no capacity to carry it", {}, kBudgetStatusSource};
    } else {
        out.cost = stepCost(std::max(0.0, out.utilisation - 1) * step_s, step_s,
                            "max(0, demand / capacity - 1) x " + step_name,
                            {{"demand / capacity", out.utilisation, ""}, {step_name, step_s, "s"}},
                            kBudgetStatusSource);
    }
    out.status = budgetStatusOfCost(out.cost);
    return out;
}

BudgetLine costBudgetLine(std::string id, ReportText label, std::string network, Explained demand,
                          Explained capacity, BudgetCost cost) {
    BudgetLine out = budgetLine(std::move(id), std::move(label), std::move(network), std::move(demand),
                                std::move(capacity));
    out.cost = std::move(cost);
    out.status = budgetStatusOfCost(out.cost);
    return out;
}

BudgetLine fitBudgetLine(std::string id, ReportText label, std::string network, Explained demand,
                         Explained capacity, double warn_utilisation) {
    BudgetLine out = budgetLine(std::move(id), std::move(label), std::move(network), std::move(demand),
                                std::move(capacity));
    out.fit_only = true;
    out.cost.cannot_run = !(out.utilisation <= 1);
    out.cost.explained = {0, "s", "cannot run when demand > capacity", {}, kBudgetStatusSource};
    if (std::isfinite(out.utilisation))
        out.cost.explained.inputs.push_back({"demand / capacity", out.utilisation, ""});
    out.status = budgetStatusOfCost(out.cost);
    if (out.status == BudgetStatus::Pass && out.utilisation > warn_utilisation)
        out.status = BudgetStatus::Warn;
    return out;
}

std::vector<const BudgetLine*> exceededBudgetLines(const std::vector<BudgetLine>& lines) {
    std::vector<const BudgetLine*> out;
    for (const BudgetLine& line : lines)
        if (line.status != BudgetStatus::Pass)
            out.push_back(&line);
    return out;
}

ReportText budgetCostText(const BudgetCost& cost) {
    if (cost.cannot_run)
        return CS_REPORT_TEXT("cs::Report", "cannot run");
    if (cost.seconds_per_step <= 0)
        return CS_REPORT_TEXT("cs::Report", "none");
    return {CS_REPORT_TEXT("cs::Report", "%1 per step (%2 of the step)"),
            {formatQuantity(cost.seconds_per_step, "s"), percentText(cost.step_fraction)}};
}

ReportText budgetStatusText(BudgetStatus status) {
    switch (status) {
    case BudgetStatus::Pass:
        return CS_REPORT_TEXT("cs::Report", "pass");
    case BudgetStatus::Warn:
        return CS_REPORT_TEXT("cs::Report", "warn");
    case BudgetStatus::Fail:
        return CS_REPORT_TEXT("cs::Report", "fail");
    }
    return std::string(budgetStatusId(status));
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
    const double step = estimate.step_time_s;
    std::vector<BudgetLine> lines;

    const Explained memory_capacity{estimate.memory.capacity_bytes / kBytesPerGib,
                                    "GiB",
                                    "GPU memory of the catalog entry",
                                    {{"GPU", plan.cluster.gpu.memory_gib, "GiB"}},
                                    "GPU catalog entry"};
    lines.push_back(fitBudgetLine(
        "memory", CS_REPORT_TEXT("cs::Report", "GPU memory (weights, gradients, optimizer, activations)"),
        "hbm", at("memory_per_gpu_gib"), memory_capacity, kMemoryWarnUtilisation));

    const Explained& fabric = at("network.compute.capacity_gbytes_per_s_per_gpu");
    lines.push_back(rateBudgetLine(
        "compute_fabric", CS_REPORT_TEXT("cs::Report", "Compute fabric per GPU (average over a step)"),
        "compute", at("network.compute.demand_gbytes_per_s_per_gpu"), fabric, step, "step_time"));
    const Explained& exposed = at("breakdown.dp_comm_exposed_s");
    lines.push_back(
        costBudgetLine("compute_fabric_overlap",
                       CS_REPORT_TEXT("cs::Report", "Compute fabric per GPU (to hide the DP reduction)"),
                       "compute", at("network.compute.needed_gbytes_per_s_per_gpu"), fabric,
                       stepCost(exposed.value, step, "exposed DP communication (" + exposed.formula + ")",
                                exposed.inputs, exposed.source)));
    lines.push_back(rateBudgetLine("nvlink",
                                   CS_REPORT_TEXT("cs::Report", "NVLink per GPU (average over a step)"),
                                   "nvlink", at("network.nvlink.demand_gbytes_per_s_per_gpu"),
                                   at("network.nvlink.capacity_gbytes_per_s_per_gpu"), step, "step_time"));
    // EP and CP traffic cost what of it is exposed (the estimate's breakdown), like the DP reduction.
    const auto exposedCost = [&](const char* key) {
        const Explained& exposed = at(key);
        return stepCost(exposed.value, step, "exposed time (" + exposed.formula + ")", exposed.inputs,
                        exposed.source);
    };
    if (plan.parallelism.ep > 1) {
        // The exposed all-to-all time belongs to the path that bounds it, the busier of NVLink and the
        // fabric; the other path costs nothing (it finishes within that time).
        const Explained& nvlink = at("network.ep.nvlink_demand_gbytes_per_s_per_gpu");
        const Explained& nvlink_capacity = at("network.nvlink.capacity_gbytes_per_s_per_gpu");
        const Explained& scale_out = at("network.ep.scale_out_demand_gbytes_per_s_per_gpu");
        const bool fabric_bounds = scale_out.value * nvlink_capacity.value > nvlink.value * fabric.value;
        const BudgetCost none =
            stepCost(0, step, "the other path bounds the all-to-all", {}, kBudgetStatusSource);
        lines.push_back(costBudgetLine(
            "ep_alltoall_nvlink", CS_REPORT_TEXT("cs::Report", "EP all-to-all on NVLink per GPU"), "nvlink",
            nvlink, nvlink_capacity, fabric_bounds ? none : exposedCost("breakdown.ep_comm_s")));
        lines.push_back(costBudgetLine(
            "ep_alltoall_scale_out",
            CS_REPORT_TEXT("cs::Report", "EP all-to-all on the compute fabric per GPU"), "compute", scale_out,
            fabric, fabric_bounds ? exposedCost("breakdown.ep_comm_s") : none));
    }
    if (plan.parallelism.cp > 1) {
        const bool on_nvlink = plan.parallelism.tp * plan.parallelism.cp <= plan.cluster.nvlink_domain;
        lines.push_back(
            costBudgetLine("cp_exchange", CS_REPORT_TEXT("cs::Report", "CP ring exchange per GPU"),
                           on_nvlink ? "nvlink" : "compute", at("network.cp.demand_gbytes_per_s_per_gpu"),
                           on_nvlink ? at("network.nvlink.capacity_gbytes_per_s_per_gpu") : fabric,
                           exposedCost("breakdown.cp_comm_s")));
    }
    lines.push_back(rateBudgetLine("storage_read",
                                   CS_REPORT_TEXT("cs::Report", "Storage read (training data)"), "storage",
                                   at("network.storage.read_demand_gbytes_per_s"),
                                   at("network.storage.read_capacity_gbytes_per_s"), step, "step_time"));

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
    // Young 1974: the overhead sqrt(2C/MTBF) of the achieved write is the share of the run lost to
    // checkpoints; beyond the plan's target it costs that share of every step.
    const double target = plan.training.checkpoint_overhead_target;
    const double write_excess = std::max(0.0, s.checkpoint_overhead - target);
    lines.push_back(
        costBudgetLine("checkpoint_write",
                       CS_REPORT_TEXT("cs::Report", "Checkpoint write (to keep the overhead at the target)"),
                       "storage", at("storage.required_write_gbytes_per_s"), write_capacity,
                       stepCost(write_excess * step, step, "max(0, checkpoint overhead - target) x step_time",
                                {{"checkpoint overhead", s.checkpoint_overhead, ""},
                                 {"target", target, ""},
                                 {"step_time", step, "s"}},
                                "Young 1974 (checkpoint interval); docs/model.md#budget-status")));

    // Daly 2006: every failure costs the restart time R, R / MTBF of the run; we hold it to the same target.
    const Explained restore_budget{
        target * s.system_mtbf_s,
        "s",
        "checkpoint overhead target * MTBF_system",
        {{"target", target, ""}, {"MTBF_system = node MTBF / servers", s.system_mtbf_s, "s"}},
        "Daly 2006 (restart cost R per failure: R / MTBF of the run); budget = the plan's "
        "training.checkpoint_overhead_target (our choice)"};
    const double restore_share = s.system_mtbf_s > 0 ? s.restore_s / s.system_mtbf_s : 0;
    const double restore_excess = std::max(0.0, restore_share - target);
    lines.push_back(costBudgetLine(
        "checkpoint_restore", CS_REPORT_TEXT("cs::Report", "Checkpoint restore after a failure"), "storage",
        at("storage.restore_s"), restore_budget,
        stepCost(
            restore_excess * step, step, "max(0, restore / MTBF_system - target) x step_time",
            {{"restore / MTBF_system", restore_share, ""}, {"target", target, ""}, {"step_time", step, "s"}},
            "Daly 2006; docs/model.md#budget-status")));
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
             {"label", l.label.str()},
             {"network", l.network},
             {"demand", explainedValueToJson(l.demand)},
             {"capacity", explainedValueToJson(l.capacity)},
             {"utilisation", std::isfinite(l.utilisation) ? nlohmann::json(l.utilisation) : nullptr},
             {"cost",
              {{"cannot_run", l.cost.cannot_run},
               {"seconds_per_step", l.cost.seconds_per_step},
               {"step_fraction", l.cost.step_fraction},
               {"explain", explainedValueToJson(l.cost.explained)}}},
             {"status", std::string(budgetStatusId(l.status))}});
    return out;
}

} // namespace cs
