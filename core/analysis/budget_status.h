#pragma once

#include "base/explained.h"
#include "base/report_text.h"
#include "estimate/plan.h"
#include "estimate/training_estimator.h"

#include <nlohmann/json_fwd.hpp>
#include <string>
#include <string_view>
#include <vector>

namespace cs {

// A utilisation grade, for loads shown as colours (rack power bars, the heat overlay's bands). Our choice
// (docs/model.md §Budget status): below 70% of capacity passes, below 100% warns, at or above fails. Time in
// a queue grows as 1/(1 - utilisation) (M/M/1, Kleinrock 1975 §3.2): at 70% a transfer already spends 3.3x
// its service time in the system.
inline constexpr double kBudgetWarnUtilisation = 0.70;
inline constexpr double kBudgetFailUtilisation = 1.00;

// A budget line is graded by what its shortfall costs, not by its utilisation (docs/model.md §Budget status,
// our choice): under 2% of the step passes (within the estimate's own calibration error), under 10% warns,
// 10% or more fails, and so does a plan that cannot run. Memory above 90% of the GPU's warns: allocator
// fragmentation and NCCL buffers take a few GiB the model does not count (PyTorch CUDA caching allocator).
inline constexpr double kBudgetWarnStepFraction = 0.02;
inline constexpr double kBudgetFailStepFraction = 0.10;
inline constexpr double kMemoryWarnUtilisation = 0.90;

enum class BudgetStatus : std::uint8_t { Pass, Warn, Fail };
std::string_view budgetStatusId(BudgetStatus status); // pass, warn, fail
BudgetStatus budgetStatusOf(double utilisation);

// What a budget's shortfall costs: seconds added to each step (and that share of the step), or the plan
// cannot run at all; with the formula and inputs.
struct BudgetCost {
    bool cannot_run = false;
    double seconds_per_step = 0;
    double step_fraction = 0; // seconds_per_step / step time
    Explained explained;
};

// One line of the budget view: what the plan asks of a network, of the storage or of the GPU's memory, what
// the cluster offers, and what the shortfall costs, each with the formula and inputs the estimate used.
struct BudgetLine {
    std::string id;   // compute_fabric, compute_fabric_overlap, nvlink, storage_read, checkpoint_write, ...
    ReportText label; // "Compute fabric per GPU (average over a step)", ... (translatable)
    std::string network; // compute, nvlink, storage, hbm; inference: hbm, nvlink, pcie
    Explained demand;
    Explained capacity;
    double utilisation = 0; // demand / capacity; infinity when a demand meets no capacity
    BudgetCost cost;
    BudgetStatus status = BudgetStatus::Pass; // from the cost (budgetStatusOfCost), or a fit's headroom
    bool fit_only = false;                    // a capacity that fits or not: the plan cannot run beyond 100%
};

// The grade of a cost: Fail when the plan cannot run or it costs kBudgetFailStepFraction of the step or
// more, Warn from kBudgetWarnStepFraction, else Pass.
BudgetStatus budgetStatusOfCost(const BudgetCost& cost);

// demand / capacity; infinity when a demand meets no capacity.
double budgetUtilisation(const Explained& demand, const Explained& capacity);

// A rate that must be carried in each step of `step_s` (named `step_name` in the formula): moving one step's
// bytes at capacity lasts demand / capacity x step, so the step stretches by max(0, demand / capacity - 1) x
// step (a floor on the loss: the estimate already overlaps what it can).
BudgetLine rateBudgetLine(std::string id, ReportText label, std::string network, Explained demand,
                          Explained capacity, double step_s, const std::string& step_name);
// A line whose cost the estimate knows directly (exposed communication, checkpoint overhead).
BudgetLine costBudgetLine(std::string id, ReportText label, std::string network, Explained demand,
                          Explained capacity, BudgetCost cost);
// A capacity the demand fits in or not: beyond 100% the plan cannot run; above `warn_utilisation` it warns.
BudgetLine fitBudgetLine(std::string id, ReportText label, std::string network, Explained demand,
                         Explained capacity, double warn_utilisation);

// The budget lines of a training estimate, in display order: GPU memory, compute fabric per GPU (average
// over the step, and the rate that hides the DP reduction inside its overlap window), NVLink per GPU, storage
// read, checkpoint write (the write bandwidth that keeps checkpoint overhead at the plan's target vs the
// bandwidth achieved), and checkpoint restore (restore time per failure vs the plan's overhead target of the
// mean time between failures). Demands and capacities are the estimate's own numbers (estimate --json keys).
std::vector<BudgetLine> budgetLines(const Plan& plan, const TrainingEstimate& estimate);

// The lines that warn or fail, in order.
std::vector<const BudgetLine*> exceededBudgetLines(const std::vector<BudgetLine>& lines);
// "0.05 s per step (0.3% of the step)", "cannot run", "none" (translatable).
ReportText budgetCostText(const BudgetCost& cost);
// "pass", "warn", "fail" (translatable).
ReportText budgetStatusText(BudgetStatus status);

// {"id", "label", "network", "demand": {value, unit, formula, inputs, source}, "capacity": {...},
//  "utilisation", "cost": {"cannot_run", "seconds_per_step", "step_fraction", "explain"}, "status"} per
// line; utilisation null when infinite.
nlohmann::json explainedValueToJson(const Explained& value);
nlohmann::json budgetLinesToJson(const std::vector<BudgetLine>& lines);

} // namespace cs
