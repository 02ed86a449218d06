#pragma once

#include "base/explained.h"
#include "estimate/plan.h"
#include "estimate/training_estimator.h"

#include <nlohmann/json_fwd.hpp>
#include <string>
#include <string_view>
#include <vector>

namespace cs {

// Assumption (our choice, not a cited limit; docs/model.md §Budget status): a budget below 70% of its
// capacity passes, below 100% warns, at or above 100% fails. Time in a queue grows as 1/(1 - utilisation)
// (M/M/1, Kleinrock 1975 §3.2): at 70% a transfer already spends 3.3x its service time in the system, so past
// it the estimate's "no contention" premise weakens.
inline constexpr double kBudgetWarnUtilisation = 0.70;
inline constexpr double kBudgetFailUtilisation = 1.00;

enum class BudgetStatus : std::uint8_t { Pass, Warn, Fail };
std::string_view budgetStatusId(BudgetStatus status); // pass, warn, fail
BudgetStatus budgetStatusOf(double utilisation);

// One line of the budget view: what the plan asks of a network or of the storage, what the cluster offers,
// each with the formula and inputs the estimate used.
struct BudgetLine {
    std::string id;    // compute_fabric, compute_fabric_overlap, nvlink, storage_read, checkpoint_write, ...
    std::string label; // "Compute fabric per GPU (average over a step)", ...
    std::string network; // compute, nvlink, storage; inference: hbm, nvlink, pcie
    Explained demand;
    Explained capacity;
    double utilisation = 0; // demand / capacity; infinity when a demand meets no capacity
    BudgetStatus status = BudgetStatus::Pass;
    bool fit_only = false; // a capacity that fits or not: pass up to 100%, fail beyond (no warn band)
};

// A line of demand vs capacity; utilisation demand / capacity (infinity when a demand meets no capacity),
// status budgetStatusOf(utilisation).
BudgetLine makeBudgetLine(std::string id, std::string label, std::string network, Explained demand,
                          Explained capacity);

// The budget lines of a training estimate, in display order: compute fabric per GPU (average over the step,
// and the rate that hides the DP reduction inside its overlap window), NVLink per GPU, storage read,
// checkpoint write (the write bandwidth that keeps checkpoint overhead at the plan's target vs the bandwidth
// achieved), and checkpoint restore (restore time per failure vs the plan's overhead target of the mean time
// between failures). Demands and capacities are the estimate's own numbers (estimate --json keys).
std::vector<BudgetLine> budgetLines(const Plan& plan, const TrainingEstimate& estimate);

// {"id", "label", "network", "demand": {value, unit, formula, inputs, source}, "capacity": {...},
//  "utilisation", "status"} per line; utilisation null when infinite.
nlohmann::json explainedValueToJson(const Explained& value);
nlohmann::json budgetLinesToJson(const std::vector<BudgetLine>& lines);

} // namespace cs
