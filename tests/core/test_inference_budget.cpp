#include "analysis/inference_budget.h"
#include "estimate/inference_report.h"
#include "test_support.h"

#include <algorithm>
#include <nlohmann/json.hpp>

namespace cs::test {
namespace {

// The shipped inference example (Llama 2 70B, TP 2, batch 16 on an XE9680), with `inference` overrides.
Plan examplePlan(const nlohmann::json& inference = nlohmann::json::object()) {
    nlohmann::json plan =
        nlohmann::json::parse(readFile(kCatalogDir / "examples" / "plan-llama2-70b-inference.json"));
    plan["inference"].update(inference);
    return readPlan(plan, library(), "plan-llama2-70b-inference.json");
}

TEST(InferenceBudget, NumbersAreTheOnesEstimateJsonReports) {
    const Plan plan = examplePlan();
    ASSERT_TRUE(checkInferencePlan(plan).empty());
    const InferenceEstimate estimate = estimateInference(plan);
    const nlohmann::json cli = inferenceToJson(plan, estimate); // what `estimate --json` prints
    const std::vector<BudgetLine> lines = inferenceBudgetLines(plan, estimate);
    ASSERT_EQ(lines.size(), 4u);
    const BudgetLine& memory = budgetLine(lines, "memory");
    EXPECT_DOUBLE_EQ(memory.demand.value, cli["memory"]["weights_gib_per_gpu"].get<double>() +
                                              cli["memory"]["kv_cache_gib_per_gpu"].get<double>());
    EXPECT_EQ(memory.capacity.value, cli["memory"]["usable_gib_per_gpu"].get<double>());
    EXPECT_EQ(memory.status, !estimate.fits                                ? BudgetStatus::Fail
                             : memory.utilisation > kMemoryWarnUtilisation ? BudgetStatus::Warn
                                                                           : BudgetStatus::Pass);
    const BudgetLine& batch = budgetLine(lines, "batch");
    EXPECT_EQ(batch.demand.value, 16);
    EXPECT_EQ(batch.capacity.value, cli["memory"]["max_batch"].get<double>());
    EXPECT_EQ(batch.capacity.formula, cli["explain"]["memory.max_batch"]["formula"].get<std::string>());

    // TP 2 over NVLink: the all-reduce bytes of a step, ring factor 2(2-1)/2 = 1, over the step.
    const BudgetLine& decode = budgetLine(lines, "tp_decode");
    EXPECT_EQ(decode.network, "nvlink");
    EXPECT_DOUBLE_EQ(decode.demand.value,
                     cli["decode"]["tp_bytes_per_step"].get<double>() / cli["tpot_s"].get<double>() / 1e9);
    EXPECT_DOUBLE_EQ(decode.capacity.value, estimate.tp_bus_bytes_per_s / 1e9);
    EXPECT_EQ(decode.status, budgetStatusOfCost(decode.cost));
    EXPECT_DOUBLE_EQ(decode.cost.seconds_per_step,
                     std::max(0.0, decode.utilisation - 1) * cli["tpot_s"].get<double>());
    // Prefill of one prompt: 80 layers x 2 all-reduces x 1024 x 8192 x 2 B over its prefill time.
    const BudgetLine& prefill = budgetLine(lines, "tp_prefill");
    EXPECT_DOUBLE_EQ(prefill.demand.value,
                     80.0 * 2 * 1024 * 8192 * 2 /
                         (cli["prefill"]["compute_s"].get<double>() + cli["prefill"]["tp_s"].get<double>()) /
                         1e9);
    for (const BudgetLine& line : lines) {
        EXPECT_FALSE(line.demand.formula.empty()) << line.id;
        EXPECT_FALSE(line.capacity.formula.empty()) << line.id;
    }
}

TEST(InferenceBudget, ABatchBeyondTheMaximumFailsMemoryAndBatch) {
    const Plan plan = examplePlan({{"batch", 4096}});
    const InferenceEstimate estimate = estimateInference(plan);
    ASSERT_FALSE(estimate.fits);
    const std::vector<BudgetLine> lines = inferenceBudgetLines(plan, estimate);
    EXPECT_EQ(budgetLine(lines, "memory").status, BudgetStatus::Fail);
    EXPECT_TRUE(budgetLine(lines, "memory").cost.cannot_run);
    EXPECT_EQ(budgetLine(lines, "batch").status, BudgetStatus::Fail);
    EXPECT_GT(budgetLine(lines, "batch").utilisation, 1);
}

TEST(InferenceBudget, FitsPassUpToTheCapacityAndTpOneHasNoTpLines) {
    const Explained capacity{10, "GiB", "capacity", {}, ""};
    const auto fit = [&](double demand, double warn) {
        return fitBudgetLine("memory", std::string("memory"), "hbm", {demand, "GiB", "demand", {}, ""},
                             capacity, warn);
    };
    EXPECT_EQ(fit(8.9, kMemoryWarnUtilisation).status, BudgetStatus::Pass);
    EXPECT_EQ(fit(9.5, kMemoryWarnUtilisation).status, BudgetStatus::Warn); // above 90%: a warning
    EXPECT_EQ(fit(10, 1.0).status, BudgetStatus::Pass);
    EXPECT_FALSE(fit(10, 1.0).cost.cannot_run);
    EXPECT_EQ(fit(10.1, 1.0).status, BudgetStatus::Fail);
    EXPECT_TRUE(fit(10.1, 1.0).cost.cannot_run);
    const Plan plan = examplePlan({{"tp", 1}, {"batch", 1}, {"precision", "fp8"}});
    const std::vector<BudgetLine> lines = inferenceBudgetLines(plan, estimateInference(plan));
    ASSERT_EQ(lines.size(), 2u);
    EXPECT_EQ(lines[0].id, "memory");
    EXPECT_EQ(lines[1].id, "batch");
}

TEST(InferenceBudget, FreeMemoryIsWhatTheBatchLeavesOfTheUsableShare) {
    const Plan plan = examplePlan();
    const InferenceEstimate estimate = estimateInference(plan);
    const Explained free = inferenceFreeMemory(plan, estimate);
    const BudgetLine memory = inferenceBudgetLines(plan, estimate).front();
    EXPECT_NEAR(free.value, memory.capacity.value - memory.demand.value, 1e-9);
    EXPECT_GT(free.value, 0);
    const Plan full = examplePlan({{"batch", 4096}});
    EXPECT_EQ(inferenceFreeMemory(full, estimateInference(full)).value, 0);
}

} // namespace
} // namespace cs::test
