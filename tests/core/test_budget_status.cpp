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

TEST(BudgetStatus, UtilisationGradesArePassBelow70WarnBelow100) {
    EXPECT_EQ(budgetStatusOf(0), BudgetStatus::Pass);
    EXPECT_EQ(budgetStatusOf(0.69), BudgetStatus::Pass);
    EXPECT_EQ(budgetStatusOf(0.70), BudgetStatus::Warn);
    EXPECT_EQ(budgetStatusOf(0.99), BudgetStatus::Warn);
    EXPECT_EQ(budgetStatusOf(1.00), BudgetStatus::Fail);
    EXPECT_EQ(budgetStatusOf(std::numeric_limits<double>::infinity()), BudgetStatus::Fail);
    EXPECT_EQ(budgetStatusId(BudgetStatus::Warn), "warn");
}

TEST(BudgetStatus, ALineIsGradedByWhatItsShortfallCosts) {
    const auto graded = [](double step_fraction, bool cannot_run = false) {
        BudgetCost cost;
        cost.step_fraction = step_fraction;
        cost.cannot_run = cannot_run;
        return budgetStatusOfCost(cost);
    };
    EXPECT_EQ(graded(0), BudgetStatus::Pass);
    EXPECT_EQ(graded(kBudgetWarnStepFraction - 1e-9), BudgetStatus::Pass);
    EXPECT_EQ(graded(kBudgetWarnStepFraction), BudgetStatus::Warn);
    EXPECT_EQ(graded(kBudgetFailStepFraction - 1e-9), BudgetStatus::Warn);
    EXPECT_EQ(graded(kBudgetFailStepFraction), BudgetStatus::Fail);
    EXPECT_EQ(graded(0, true), BudgetStatus::Fail);
    // A rate twice its capacity stretches a 10 s step by 10 s: 100% of the step.
    const BudgetLine line = rateBudgetLine("x", std::string("x"), "compute", {100, "GB/s", "d", {}, ""},
                                           {50, "GB/s", "c", {}, ""}, 10, "step_time");
    EXPECT_DOUBLE_EQ(line.cost.seconds_per_step, 10);
    EXPECT_DOUBLE_EQ(line.cost.step_fraction, 1);
    EXPECT_EQ(line.status, BudgetStatus::Fail);
    EXPECT_EQ(budgetCostText(line.cost), "10 s per step (100.0 % of the step)");
}

// The 128-GPU example needs 1.8x its fabric to hide the DP reduction inside the backward window, yet leaves
// only a few hundredths of a second of an 18 s step exposed: that passes, and says so.
TEST(BudgetStatus, TheExamplesOverlapShortfallCostsItsExposedDpTimeAndPasses) {
    const Plan plan = exampleDesignPlan();
    const TrainingEstimate estimate = estimateTraining(plan);
    const std::vector<BudgetLine> lines = budgetLines(plan, estimate);
    const BudgetLine& overlap = budgetLine(lines, "compute_fabric_overlap");
    EXPECT_GT(overlap.utilisation, 1);
    EXPECT_DOUBLE_EQ(overlap.cost.seconds_per_step, estimate.breakdown.dp_comm_exposed_s);
    EXPECT_DOUBLE_EQ(overlap.cost.step_fraction, estimate.breakdown.dp_comm_exposed_s / estimate.step_time_s);
    EXPECT_LT(overlap.cost.step_fraction, kBudgetWarnStepFraction);
    EXPECT_EQ(overlap.status, BudgetStatus::Pass);
    for (const BudgetLine& line : lines)
        EXPECT_EQ(line.status, BudgetStatus::Pass) << line.id << ": " << budgetCostText(line.cost);
}

TEST(BudgetStatus, MemoryAbove90PercentWarnsAndBeyondCapacityCannotRun) {
    Plan plan = exampleDesignPlan();
    TrainingEstimate estimate = estimateTraining(plan);
    const double used = estimate.memory.totalBytes();
    estimate.memory.capacity_bytes = used / 0.95;
    EXPECT_EQ(budgetLine(budgetLines(plan, estimate), "memory").status, BudgetStatus::Warn);
    estimate.memory.capacity_bytes = used / 0.85;
    EXPECT_EQ(budgetLine(budgetLines(plan, estimate), "memory").status, BudgetStatus::Pass);
    estimate.memory.capacity_bytes = used / 1.05;
    const BudgetLine memory = budgetLine(budgetLines(plan, estimate), "memory");
    EXPECT_EQ(memory.status, BudgetStatus::Fail);
    EXPECT_TRUE(memory.cost.cannot_run);
    EXPECT_EQ(budgetCostText(memory.cost), "cannot run");
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
    ASSERT_EQ(lines.size(), 7u);
    for (const auto& [id, paths] : keys) {
        const BudgetLine& line = budgetLine(lines, id);
        EXPECT_EQ(line.demand.value, cli.at(nlohmann::json::json_pointer(paths.first)).get<double>()) << id;
        EXPECT_EQ(line.capacity.value, cli.at(nlohmann::json::json_pointer(paths.second)).get<double>())
            << id;
        EXPECT_DOUBLE_EQ(line.utilisation, line.demand.value / line.capacity.value) << id;
        EXPECT_EQ(line.status, budgetStatusOfCost(line.cost)) << id;
    }
    const BudgetLine& write = budgetLine(lines, "checkpoint_write");
    EXPECT_EQ(write.demand.value, cli["storage"]["required_write_gbytes_per_s"].get<double>());
    EXPECT_DOUBLE_EQ(write.capacity.value, cli["storage"]["checkpoint_bytes"].get<double>() /
                                               cli["storage"]["checkpoint_write_s"].get<double>() / 1e9);
    const BudgetLine& restore = budgetLine(lines, "checkpoint_restore");
    EXPECT_EQ(restore.demand.value, cli["storage"]["restore_s"].get<double>());
    EXPECT_DOUBLE_EQ(restore.capacity.value,
                     plan.training.checkpoint_overhead_target * estimate.storage.system_mtbf_s);
    EXPECT_EQ(budgetLine(lines, "memory").demand.value, cli["memory_per_gpu_gib"].get<double>());
    for (const BudgetLine& line : lines) {
        EXPECT_FALSE(line.demand.formula.empty()) << line.id;
        EXPECT_FALSE(line.capacity.formula.empty()) << line.id;
        EXPECT_FALSE(line.capacity.inputs.empty()) << line.id;
        EXPECT_FALSE(line.cost.explained.formula.empty()) << line.id;
        EXPECT_EQ(line.demand.unit, line.capacity.unit) << line.id;
    }
}

TEST(BudgetStatus, TheExamplesFabricPassesAndAStarvedStorageFails) {
    Plan plan = exampleDesignPlan();
    std::vector<BudgetLine> lines = budgetLines(plan, estimateTraining(plan));
    EXPECT_EQ(budgetLine(lines, "compute_fabric").status, BudgetStatus::Pass); // 1:1 NDR, a few GB/s of 50
    EXPECT_EQ(budgetLine(lines, "storage_read").status, BudgetStatus::Pass);   // MB/s of tokens
    plan.cluster.storage_write_gbytes_per_s = 0.01;
    plan.cluster.storage_read_gbytes_per_s = 1e-5;
    lines = budgetLines(plan, estimateTraining(plan));
    for (const char* id : {"checkpoint_write", "checkpoint_restore", "storage_read"}) {
        const BudgetLine& line = budgetLine(lines, id);
        EXPECT_EQ(line.status, BudgetStatus::Fail) << id;
        EXPECT_GE(line.cost.step_fraction, kBudgetFailStepFraction) << id;
    }
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
    EXPECT_TRUE(json[3]["utilisation"].is_null());
    EXPECT_EQ(json[3]["status"], "fail");
    EXPECT_TRUE(json[3]["cost"]["cannot_run"].get<bool>());
    EXPECT_EQ(json[1]["demand"]["unit"], "GB/s");
    EXPECT_TRUE(json[1]["capacity"]["inputs"].contains("NIC"));
    EXPECT_TRUE(json[1]["cost"].contains("step_fraction"));
}

// Qwen3-30B-A3B on GB200 NVL72 racks (72 GPUs per NVLink domain), pure DP x EP: an EP group of `ep` GPUs.
Plan expertParallelPlan(int gpus, int ep) {
    const nlohmann::json plan = {
        {"model", {{"preset", "qwen3-30b-a3b"}}},
        {"cluster", {{"server", "gb200-nvl72"}, {"gpus", gpus}}},
        {"parallelism",
         {{"tp", 1}, {"pp", 1}, {"dp", gpus}, {"ep", ep}, {"micro_batch", 1}, {"global_batch", 2 * gpus}}},
        {"training", {{"tokens", 1e12}}}};
    return readPlan(plan, library(), "ep-plan");
}

// The exposed all-to-all time is costed once, on the line of the path that bounds it: NVLink for an EP group
// inside one NVL72 domain (nothing crosses the fabric), the compute fabric for a group spread over several
// domains (a 400G NIC per GPU against NVLink's 900 GB/s); the other line costs nothing.
TEST(BudgetStatus, TheExposedAllToAllIsCostedOnceOnThePathThatBoundsIt) {
    struct Case {
        const char* name;
        int gpus, ep;
        bool leaves_domain;
    };
    for (const Case& c :
         {Case{"EP 64 inside one NVL72", 64, 64, false}, Case{"EP 128 over four NVL72", 256, 128, true}}) {
        SCOPED_TRACE(c.name);
        const Plan plan = expertParallelPlan(c.gpus, c.ep);
        ASSERT_TRUE(checkPlan(plan).empty());
        const TrainingEstimate estimate = estimateTraining(plan);
        const double exposed = estimate.breakdown.ep_comm_s;
        ASSERT_GT(exposed, 0);
        const std::vector<BudgetLine> lines = budgetLines(plan, estimate);
        const BudgetLine& nvlink = budgetLine(lines, "ep_alltoall_nvlink");
        const BudgetLine& scale_out = budgetLine(lines, "ep_alltoall_scale_out");
        EXPECT_EQ(scale_out.demand.value > 0, c.leaves_domain);
        const BudgetLine& bounding = c.leaves_domain ? scale_out : nvlink;
        const BudgetLine& other = c.leaves_domain ? nvlink : scale_out;
        EXPECT_GT(bounding.utilisation, other.utilisation);
        EXPECT_DOUBLE_EQ(bounding.cost.seconds_per_step, exposed);
        EXPECT_DOUBLE_EQ(bounding.cost.step_fraction, exposed / estimate.step_time_s);
        EXPECT_EQ(other.cost.seconds_per_step, 0);
        EXPECT_EQ(other.status, BudgetStatus::Pass);
    }
}

} // namespace
} // namespace cs::test
