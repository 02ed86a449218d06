#include "base/input_error.h"
#include "estimate/estimate_report.h"
#include "io/design_file.h"
#include "scenario/scenario_comparison.h"
#include "scenario/scenario_variant.h"
#include "test_support.h"

#include <cmath>
#include <nlohmann/json.hpp>

namespace cs::test {
namespace {

// The 128-GPU example plus what-ifs of its scenario 1 (Llama 2 70B, TP8 PP4 DP4).
Design exampleWith(const std::vector<std::pair<std::string, nlohmann::json>>& variants) {
    Design design = readDesign(kCatalogDir / "examples" / "training-128gpu.json", library());
    const Scenario base = design.scenarios().items().front();
    for (const auto& [name, variant] : variants) {
        Scenario what_if = base;
        what_if.id = design.scenarios().nextId();
        what_if.name = name;
        what_if.variant = variant;
        design.apply({Add<Scenario>{what_if}});
    }
    return design;
}

const ComparisonRow& rowOf(const ScenarioComparison& comparison, std::string_view key) {
    for (const ComparisonRow& row : comparison.rows)
        if (row.key == key)
            return row;
    throw std::logic_error("no row " + std::string(key));
}

TEST(ScenarioComparison, CellsAreTheNumbersEstimateJsonReports) {
    const Design design = exampleWith({{"200G", {{"nic_gbps", 200}}}});
    const ScenarioComparison comparison = compareScenarios(design, {1, 2}, library());
    ASSERT_EQ(comparison.scenarios.size(), 2u);
    for (std::size_t column = 0; column < 2; ++column) {
        const Plan plan = scenarioPlan(design, design.scenarios().items()[column], library());
        const nlohmann::json cli = estimateToJson(plan, estimateTraining(plan));
        for (const ComparisonRow& row : comparison.rows) {
            if (row.key.starts_with("cluster.") || row.key.starts_with("parallelism.") ||
                !row.cells[column].text.empty())
                continue; // inputs, and the words of what each scenario runs
            std::string pointer = "/" + row.key;
            std::replace(pointer.begin(), pointer.end(), '.', '/');
            EXPECT_DOUBLE_EQ(*row.cells[column].value,
                             cli.at(nlohmann::json::json_pointer(pointer)).get<double>() * row.scale)
                << row.key;
            if (row.scale == 1) {
                EXPECT_EQ(row.unit, cli["explain"][row.key]["unit"]) << row.key;
            }
        }
    }
    EXPECT_EQ(*rowOf(comparison, "cluster.nic_gbps").cells[1].value, 200);
}

// A what-if of another GPU shows as words: the GPU row names both products and is marked; model, workload and
// precision say what each scenario runs; the EP and CP degrees and their exposed times have rows.
TEST(ScenarioComparison, SaysWhatEachScenarioRunsInWords) {
    const Design design = exampleWith({{"H200", {{"gpu", "h200-sxm5-141gb"}}}});
    const ScenarioComparison comparison = compareScenarios(design, {1, 2}, library());
    const ComparisonRow& gpu = rowOf(comparison, "cluster.gpu");
    EXPECT_EQ(comparison.rows.front().key, "cluster.gpu") << "what runs comes first";
    EXPECT_EQ(gpu.cells[0].text, library().gpu("h800-sxm5-80gb")->name);
    EXPECT_EQ(gpu.cells[1].text, library().gpu("h200-sxm5-141gb")->name);
    EXPECT_FALSE(gpu.cells[0].value.has_value());
    EXPECT_TRUE(gpu.cells[1].differs);
    EXPECT_EQ(rowOf(comparison, "model").cells[0].text, "Llama 2 70B");
    EXPECT_EQ(rowOf(comparison, "workload").cells[1].text, "pre-training");
    EXPECT_EQ(rowOf(comparison, "training.precision").cells[0].text, "BF16");
    EXPECT_EQ(rowOf(comparison, "parallelism.fsdp").cells[0].text, "no");
    for (const char* key : {"model", "workload", "training.precision", "parallelism.fsdp"})
        EXPECT_FALSE(rowOf(comparison, key).anyDifference()) << key;
    EXPECT_EQ(*rowOf(comparison, "parallelism.ep").cells[0].value, 1);
    EXPECT_EQ(*rowOf(comparison, "parallelism.cp").cells[0].value, 1);
    EXPECT_EQ(*rowOf(comparison, "breakdown.ep_comm_s").cells[0].value, 0);
    EXPECT_EQ(*rowOf(comparison, "breakdown.cp_comm_s").cells[0].value, 0);
    const nlohmann::json json = scenarioComparisonToJson(comparison);
    EXPECT_EQ(json["rows"][0]["cells"][1]["value"], library().gpu("h200-sxm5-141gb")->name);
    EXPECT_TRUE(json["rows"][0]["cells"][1]["differs"].get<bool>());
    EXPECT_NE(scenarioComparisonToText(comparison).find("BF16"), std::string::npos);
}

TEST(ScenarioComparison, ShowsLongDurationsInDaysAndFractionsInPercent) {
    const Design design = exampleWith({{"200G", {{"nic_gbps", 200}}}});
    const ScenarioComparison comparison = compareScenarios(design, {1, 2}, library());
    const Plan plan = scenarioPlan(design, design.scenarios().items()[0], library());
    const TrainingEstimate estimate = estimateTraining(plan);
    const ComparisonRow& days = rowOf(comparison, "time_to_train_s");
    EXPECT_EQ(days.unit, "days");
    EXPECT_DOUBLE_EQ(*days.cells[0].value, estimate.time_to_train_s / 86'400);
    const ComparisonRow& mfu = rowOf(comparison, "mfu");
    EXPECT_EQ(mfu.unit, "%");
    EXPECT_DOUBLE_EQ(*mfu.cells[0].value, estimate.mfu * 100);
    EXPECT_EQ(rowOf(comparison, "power.it_watts").unit, "kW");
    EXPECT_EQ(rowOf(comparison, "power.energy_kwh").unit, "MWh");
}

TEST(ScenarioComparison, HighlightsExactlyTheCellsThatDiffer) {
    const Design design = exampleWith({{"same", nlohmann::json::object()},
                                       {"200G", {{"nic_gbps", 200}}},
                                       {"8 storage nodes", {{"storage_nodes", 8}}}});
    const ScenarioComparison comparison = compareScenarios(design, {1, 2, 3, 4}, library());
    for (const ComparisonRow& row : comparison.rows) {
        ASSERT_EQ(row.cells.size(), 4u);
        EXPECT_FALSE(row.cells[0].differs) << row.key;
        EXPECT_FALSE(row.cells[1].differs) << row.key; // the identical copy
        const double first = *row.cells[0].value;
        for (std::size_t i = 1; i < row.cells.size(); ++i) {
            const double value = *row.cells[i].value;
            EXPECT_EQ(row.cells[i].differs, value != first) << row.key << " column " << i;
            EXPECT_DOUBLE_EQ(row.cells[i].delta, value - first) << row.key;
            if (first != 0) {
                EXPECT_DOUBLE_EQ(*row.cells[i].relative, (value - first) / first) << row.key;
            }
        }
    }
    // 200G NICs: the NIC row, the fabric capacity and the DP time change; the plan and storage do not.
    EXPECT_TRUE(rowOf(comparison, "cluster.nic_gbps").cells[2].differs);
    EXPECT_DOUBLE_EQ(*rowOf(comparison, "cluster.nic_gbps").cells[2].relative, -0.5);
    EXPECT_TRUE(rowOf(comparison, "breakdown.dp_comm_exposed_s").cells[2].differs);
    EXPECT_FALSE(rowOf(comparison, "parallelism.tp").anyDifference());
    EXPECT_FALSE(rowOf(comparison, "breakdown.compute_s").anyDifference());
    EXPECT_FALSE(rowOf(comparison, "network.storage.read_capacity_gbytes_per_s").cells[2].differs);
    // Eight storage nodes: twice the read capacity, the same step.
    EXPECT_DOUBLE_EQ(*rowOf(comparison, "network.storage.read_capacity_gbytes_per_s").cells[3].relative, 1);
    EXPECT_FALSE(rowOf(comparison, "step_time_s").cells[3].differs);
}

TEST(ScenarioComparison, AScenarioWithoutAnEstimateShowsItsErrors) {
    Design design = exampleWith({});
    Scenario broken = design.scenarios().items().front();
    broken.id = 2;
    broken.name = "TP 3";
    broken.plan["parallelism"]["tp"] = 3;
    design.apply({Add<Scenario>{broken}});
    const ScenarioComparison comparison = compareScenarios(design, {1, 2}, library());
    EXPECT_FALSE(comparison.scenarios[1].analysis.training);
    EXPECT_FALSE(comparison.scenarios[1].analysis.errors.empty());
    const ComparisonRow& step = rowOf(comparison, "step_time_s");
    EXPECT_FALSE(step.cells[1].value);
    EXPECT_TRUE(step.cells[1].differs);
    const nlohmann::json json = scenarioComparisonToJson(comparison);
    EXPECT_EQ(json["scenarios"][1]["name"], "TP 3");
    EXPECT_FALSE(json["scenarios"][1]["errors"].empty());
    EXPECT_EQ(json["scenarios"][0]["gpu"], "h800-sxm5-80gb");
    bool found = false;
    for (const nlohmann::json& row : json["rows"])
        if (row["key"] == "step_time_s") {
            found = true;
            EXPECT_TRUE(row["cells"][1]["value"].is_null());
            EXPECT_EQ(row["unit"], "s");
        }
    EXPECT_TRUE(found);
}

TEST(ScenarioComparison, ComparesTwoToFourKnownScenarios) {
    const Design design = exampleWith({{"a", nlohmann::json::object()},
                                       {"b", nlohmann::json::object()},
                                       {"c", nlohmann::json::object()},
                                       {"d", nlohmann::json::object()}});
    EXPECT_THROW(compareScenarios(design, {1}, library()), InputError);
    EXPECT_THROW(compareScenarios(design, {1, 2, 3, 4, 5}, library()), InputError);
    EXPECT_THROW(compareScenarios(design, {1, 99}, library()), InputError);
    EXPECT_NO_THROW(compareScenarios(design, {5, 1}, library()));
}

} // namespace
} // namespace cs::test
