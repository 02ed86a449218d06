#include "base/input_error.h"
#include "estimate/cluster_from_design.h"
#include "estimate/estimate_report.h"
#include "io/csd_file.h"
#include "io/design_file.h"
#include "scenario/scenario_variant.h"
#include "test_support.h"

#include <nlohmann/json.hpp>

namespace cs::test {
namespace {

const Design& exampleDesign() {
    static const Design design = readDesign(kCatalogDir / "examples" / "training-128gpu.json", library());
    return design;
}

// The example's own scenario: Llama 2 70B, TP8 PP4 DP4 on its 128 H800.
Scenario exampleScenario(nlohmann::json variant = nlohmann::json::object()) {
    Scenario scenario = exampleDesign().scenarios().items().front();
    scenario.variant = std::move(variant);
    return scenario;
}

TrainingEstimate estimateOf(const Scenario& scenario) {
    const Plan plan = scenarioPlan(exampleDesign(), scenario, library());
    EXPECT_TRUE(checkPlan(plan).empty());
    return estimateTraining(plan);
}

std::string errorOf(const nlohmann::json& variant) {
    try {
        readScenarioVariant(variant, "variant");
    } catch (const InputError& error) {
        return error.what();
    }
    return "";
}

TEST(ScenarioVariant, ReadsTheSchemaAndWritesItBack) {
    const nlohmann::json json = {
        {"gpu", "h100-sxm5-80gb"}, {"nic_gbps", 200}, {"storage_nodes", 8}, {"servers", 32}};
    const ScenarioVariant variant = readScenarioVariant(json, "variant");
    EXPECT_EQ(variant.gpu, "h100-sxm5-80gb");
    EXPECT_EQ(variant.nic_gbps, 200);
    EXPECT_EQ(variant.storage_nodes, 8);
    EXPECT_EQ(variant.servers, 32);
    EXPECT_EQ(scenarioVariantToJson(variant), json);
    EXPECT_EQ(readScenarioVariant(nlohmann::json::object(), "variant"), ScenarioVariant{});
}

TEST(ScenarioVariant, ParsesStrictly) {
    EXPECT_EQ(errorOf({{"nic_gpbs", 200}}), "variant.nic_gpbs: unknown key");
    EXPECT_NE(errorOf({{"servers", "many"}}).find("variant.servers"), std::string::npos);
    EXPECT_NE(errorOf({{"servers", 0}}).find("variant.servers"), std::string::npos);
    EXPECT_NE(errorOf({{"nic_gbps", -1}}).find("variant.nic_gbps"), std::string::npos);
    EXPECT_NE(errorOf(nlohmann::json::array()).find("variant"), std::string::npos);
}

TEST(ScenarioVariant, WithoutAVariantTheScenarioIsTheCliEstimate) {
    const Scenario scenario = exampleScenario();
    // What `estimate PLAN.json --design training-128gpu.json --json` computes.
    Plan cli = readPlan(scenario.plan, library(), "plan.json");
    applyDesignCluster(exampleDesign(), cli);
    const Plan plan = scenarioPlan(exampleDesign(), scenario, library());
    EXPECT_EQ(estimateToJson(plan, estimateTraining(plan)), estimateToJson(cli, estimateTraining(cli)));
}

TEST(ScenarioVariant, SlowerNicsExposeMoreDataParallelTime) {
    const TrainingEstimate fast = estimateOf(exampleScenario({{"nic_gbps", 400}}));
    const TrainingEstimate slow = estimateOf(exampleScenario({{"nic_gbps", 200}}));
    EXPECT_DOUBLE_EQ(slow.nic_capacity_bytes_per_s, fast.nic_capacity_bytes_per_s / 2);
    EXPECT_GT(slow.dp_reduce_s, fast.dp_reduce_s);
    EXPECT_GT(slow.breakdown.dp_comm_exposed_s, fast.breakdown.dp_comm_exposed_s);
    EXPECT_GT(slow.step_time_s, fast.step_time_s);
}

TEST(ScenarioVariant, AnotherGpuStorageCountAndServerCount) {
    const Plan base = scenarioPlan(exampleDesign(), exampleScenario(), library());
    const Plan h100 = scenarioPlan(exampleDesign(), exampleScenario({{"gpu", "h100-sxm5-80gb"}}), library());
    EXPECT_EQ(base.cluster.gpu.id, "h800-sxm5-80gb");
    EXPECT_EQ(h100.cluster.gpu.id, "h100-sxm5-80gb");
    EXPECT_GT(h100.cluster.gpu.nvlink_gbytes_per_s, base.cluster.gpu.nvlink_gbytes_per_s); // H800: 400 GB/s

    const Plan storage = scenarioPlan(exampleDesign(), exampleScenario({{"storage_nodes", 8}}), library());
    EXPECT_EQ(storage.cluster.storage_nodes, 8);
    EXPECT_DOUBLE_EQ(storage.cluster.storage_read_gbytes_per_s, 2 * base.cluster.storage_read_gbytes_per_s);
    EXPECT_DOUBLE_EQ(storage.cluster.storage_write_gbytes_per_s, 2 * base.cluster.storage_write_gbytes_per_s);
    EXPECT_GT(storage.cluster.other_it_watts, base.cluster.other_it_watts);

    Scenario bigger = exampleScenario({{"servers", 32}});
    bigger.plan["parallelism"]["dp"] = 8;
    const Plan servers = scenarioPlan(exampleDesign(), bigger, library());
    EXPECT_EQ(servers.cluster.gpus, 256);
    EXPECT_TRUE(checkPlan(servers).empty());
    EXPECT_GT(estimateTraining(servers).tokens_per_s, estimateTraining(base).tokens_per_s);
}

TEST(ScenarioVariant, RefusesWhatTheDesignCannotTake) {
    EXPECT_THROW(scenarioPlan(exampleDesign(), exampleScenario({{"gpu", "l4"}}), library()), InputError);
    EXPECT_THROW(scenarioPlan(exampleDesign(), exampleScenario({{"gpu", "no-such-gpu"}}), library()),
                 InputError);
    Design small = smallDesign(); // no storage nodes
    Scenario scenario = small.scenarios().items().front();
    scenario.plan = {{"model", {{"preset", "llama2-70b"}}}, {"parallelism", {{"tp", 8}}}};
    scenario.variant = {{"storage_nodes", 2}};
    try {
        scenarioPlan(small, scenario, library());
        FAIL() << "expected an InputError";
    } catch (const InputError& error) {
        EXPECT_STREQ(error.what(),
                     "scenario 'TP8': variant.storage_nodes: the design has no storage nodes to scale");
    }
}

class ScenarioVariantFile : public TempDirTest {};

TEST_F(ScenarioVariantFile, ScenariosWithVariantsSurviveSaveAndReopen) {
    Design design = exampleDesign();
    const nlohmann::json variant = {{"gpu", "h100-sxm5-80gb"}, {"nic_gbps", 200}, {"storage_nodes", 6}};
    Scenario what_if = exampleScenario(variant);
    what_if.id = design.scenarios().nextId();
    what_if.name = "H100, 200G NICs, 6 storage nodes";
    design.apply({Add<Scenario>{what_if}});
    const fs::path path = dir_ / "what-if.csd";
    saveCsd(design, path);
    const Design reopened = openCsd(path);
    ASSERT_EQ(reopened.scenarios().size(), 2u);
    const Scenario* back = reopened.scenarios().find(what_if.id);
    ASSERT_NE(back, nullptr);
    EXPECT_EQ(*back, what_if);
    EXPECT_EQ(readScenarioVariant(back->variant, "variant"), readScenarioVariant(variant, "variant"));
    // The reopened design (its own catalog copies) gives the same estimate.
    const Plan before = scenarioPlan(design, what_if, library());
    const Plan after = scenarioPlan(reopened, *back, library());
    EXPECT_EQ(estimateToJson(after, estimateTraining(after)),
              estimateToJson(before, estimateTraining(before)));
}

} // namespace
} // namespace cs::test
