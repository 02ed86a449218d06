#include "analysis/budget_status.h"
#include "estimate/cluster_from_design.h"
#include "estimate/estimate_report.h"
#include "io/design_file.h"
#include "test_support.h"

#include <cmath>
#include <limits>
#include <nlohmann/json.hpp>

namespace cs::test {
namespace {

TEST(BudgetStatus, ThresholdsArePassBelow70WarnBelow100) {
    EXPECT_EQ(budgetStatusOf(0), BudgetStatus::Pass);
    EXPECT_EQ(budgetStatusOf(0.69), BudgetStatus::Pass);
    EXPECT_EQ(budgetStatusOf(0.70), BudgetStatus::Warn);
    EXPECT_EQ(budgetStatusOf(0.99), BudgetStatus::Warn);
    EXPECT_EQ(budgetStatusOf(1.00), BudgetStatus::Fail);
    EXPECT_EQ(budgetStatusOf(std::numeric_limits<double>::infinity()), BudgetStatus::Fail);
    EXPECT_EQ(budgetStatusId(BudgetStatus::Warn), "warn");
}

TEST(BudgetStatus, EveryNumberIsTheOneEstimateJsonReports) {
    const Plan plan = exampleDesignPlan();
    ASSERT_TRUE(checkPlan(plan).empty());
    const TrainingEstimate estimate = estimateTraining(plan);
    const nlohmann::json cli = estimateToJson(plan, estimate); // what `estimate --json` prints
    const std::vector<BudgetLine> lines = budgetLines(plan, estimate);
    const std::pair<const char*, std::pair<const char*, const char*>> keys[] = {
        {"compute_fabric",
         {"/network/compute/demand_gbytes_per_s_per_gpu", "/network/compute/capacity_gbytes_per_s_per_gpu"}},
        {"compute_fabric_overlap",
         {"/network/compute/needed_gbytes_per_s_per_gpu", "/network/compute/capacity_gbytes_per_s_per_gpu"}},
        {"nvlink",
         {"/network/nvlink/demand_gbytes_per_s_per_gpu", "/network/nvlink/capacity_gbytes_per_s_per_gpu"}},
        {"storage_read",
         {"/network/storage/read_demand_gbytes_per_s", "/network/storage/read_capacity_gbytes_per_s"}},
    };
    ASSERT_EQ(lines.size(), 6u);
    for (const auto& [id, paths] : keys) {
        const BudgetLine& line = budgetLine(lines, id);
        EXPECT_EQ(line.demand.value, cli.at(nlohmann::json::json_pointer(paths.first)).get<double>()) << id;
        EXPECT_EQ(line.capacity.value, cli.at(nlohmann::json::json_pointer(paths.second)).get<double>())
            << id;
        EXPECT_DOUBLE_EQ(line.utilisation, line.demand.value / line.capacity.value) << id;
        EXPECT_EQ(line.status, budgetStatusOf(line.utilisation)) << id;
    }
    const BudgetLine& write = budgetLine(lines, "checkpoint_write");
    EXPECT_EQ(write.demand.value, cli["storage"]["required_write_gbytes_per_s"].get<double>());
    EXPECT_DOUBLE_EQ(write.capacity.value, cli["storage"]["checkpoint_bytes"].get<double>() /
                                               cli["storage"]["checkpoint_write_s"].get<double>() / 1e9);
    const BudgetLine& restore = budgetLine(lines, "checkpoint_restore");
    EXPECT_EQ(restore.demand.value, cli["storage"]["restore_s"].get<double>());
    EXPECT_DOUBLE_EQ(restore.capacity.value,
                     plan.training.checkpoint_overhead_target * estimate.storage.system_mtbf_s);
    for (const BudgetLine& line : lines) {
        EXPECT_FALSE(line.demand.formula.empty()) << line.id;
        EXPECT_FALSE(line.capacity.formula.empty()) << line.id;
        EXPECT_FALSE(line.capacity.inputs.empty()) << line.id;
        EXPECT_EQ(line.demand.unit, line.capacity.unit) << line.id;
    }
}

TEST(BudgetStatus, TheExamplesFabricPassesAndAStarvedStorageFails) {
    Plan plan = exampleDesignPlan();
    std::vector<BudgetLine> lines = budgetLines(plan, estimateTraining(plan));
    EXPECT_EQ(budgetLine(lines, "compute_fabric").status, BudgetStatus::Pass); // 1:1 NDR, a few GB/s of 50
    EXPECT_EQ(budgetLine(lines, "storage_read").status, BudgetStatus::Pass);   // MB/s of tokens
    plan.cluster.storage_write_gbytes_per_s = 0.1;
    plan.cluster.storage_read_gbytes_per_s = 0.01;
    lines = budgetLines(plan, estimateTraining(plan));
    EXPECT_EQ(budgetLine(lines, "checkpoint_write").status, BudgetStatus::Fail);
    EXPECT_EQ(budgetLine(lines, "checkpoint_restore").status, BudgetStatus::Fail);
}

TEST(BudgetStatus, ADemandWithoutCapacityFailsAndPrintsNull) {
    Plan plan = exampleDesignPlan();
    TrainingEstimate estimate = estimateTraining(plan);
    estimate.nvlink_capacity_bytes_per_s = 0;
    const std::vector<BudgetLine> lines = budgetLines(plan, estimate);
    const BudgetLine& nvlink = budgetLine(lines, "nvlink");
    EXPECT_TRUE(std::isinf(nvlink.utilisation));
    EXPECT_EQ(nvlink.status, BudgetStatus::Fail);
    const nlohmann::json json = budgetLinesToJson(lines);
    ASSERT_EQ(json.size(), lines.size());
    EXPECT_TRUE(json[2]["utilisation"].is_null());
    EXPECT_EQ(json[2]["status"], "fail");
    EXPECT_EQ(json[0]["demand"]["unit"], "GB/s");
    EXPECT_TRUE(json[0]["capacity"]["inputs"].contains("NIC"));
}

} // namespace
} // namespace cs::test
