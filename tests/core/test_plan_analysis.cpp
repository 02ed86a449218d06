#include "analysis/plan_analysis.h"
#include "base/input_error.h"
#include "estimate/cluster_from_design.h"
#include "estimate/communication_model.h"
#include "estimate/estimate_report.h"
#include "estimate/inference_report.h"
#include "io/design_file.h"
#include "report/figure_names.h"
#include "report/report_content.h"
#include "scenario/scenario_comparison.h"
#include "test_support.h"

#include <algorithm>
#include <nlohmann/json.hpp>
#include <stdexcept>

namespace cs::test {
namespace {

std::vector<fs::path> examplePlans() {
    std::vector<fs::path> plans;
    for (const auto& entry : fs::directory_iterator(kCatalogDir / "examples"))
        if (entry.path().filename().string().starts_with("plan-"))
            plans.push_back(entry.path());
    std::sort(plans.begin(), plans.end());
    return plans;
}

std::vector<Design> exampleDesigns() {
    std::vector<Design> designs;
    for (const char* name : {"training-128gpu.json", "finetune-l40s-4server.json", "edge-site.json"})
        designs.push_back(readDesign((kCatalogDir / "examples" / name).string(), library()));
    return designs;
}

// The estimator called directly, as each caller did before the pipeline: `estimate [--design] --json`.
nlohmann::json estimatorJson(Plan plan, const Design* design) {
    if (design)
        applyDesignCluster(*design, plan);
    if (plan.workload == Workload::Inference)
        return inferenceToJson(plan, estimateInference(plan));
    return estimateToJson(plan, estimateTraining(plan));
}

const ReportTable* tableOf(const ReportContent& report, const char* section, const std::string& caption) {
    const ReportSection* found = report.section(section);
    if (!found)
        return nullptr;
    for (const ReportTable& table : found->tables)
        if (table.caption == caption)
            return &table;
    return nullptr;
}

// estimate --json values == PlanAnalysis fields == the report's formulas table, for every example plan on
// no design and on each example design.
TEST(PlanAnalysis, EstimateJsonTheAnalysisAndTheReportCarryTheSameNumbers) {
    const std::vector<Design> designs = exampleDesigns();
    int checked = 0;
    for (const fs::path& file : examplePlans()) {
        const Plan plan = readPlanFile(file.string(), library());
        for (std::size_t d = 0; d <= designs.size(); ++d) {
            const Design* design = d < designs.size() ? &designs[d] : nullptr;
            const PlanAnalysis analysis = analyzePlan(library(), plan, design);
            if (!analysis.estimated())
                continue; // this plan cannot run on this design (checkPlan says why)
            SCOPED_TRACE(file.filename().string() + (design ? " on " + design->name : ""));
            const nlohmann::json cli = estimatorJson(plan, design);
            const nlohmann::json json = planAnalysisToJson(analysis, design, 10);
            EXPECT_EQ(json["explain"], cli["explain"]);
            for (const auto& [key, value] : analysis.explained) {
                std::string pointer = "/" + key;
                std::replace(pointer.begin(), pointer.end(), '.', '/');
                EXPECT_EQ(json.at(nlohmann::json::json_pointer(pointer)),
                          cli.at(nlohmann::json::json_pointer(pointer)))
                    << key;
                EXPECT_DOUBLE_EQ(value.value, cli.at(nlohmann::json::json_pointer(pointer)).get<double>())
                    << key;
            }
            if (analysis.training) {
                EXPECT_DOUBLE_EQ(analysis.training->step_time_s, cli["step_time_s"].get<double>());
                EXPECT_DOUBLE_EQ(analysis.power.facility_watts, cli["power"]["facility_watts"].get<double>());
            } else {
                EXPECT_DOUBLE_EQ(analysis.inference->decode_step_s, cli["tpot_s"].get<double>());
            }
            if (!design)
                continue;
            // The report of the same plan on the same design lists the same figures and formulas.
            const ReportContent report = makeReportContent(*design, library(), NamedPlan{"plan", plan});
            const ReportTable* formulas =
                tableOf(report, kAssumptionsSection, "Every figure of the estimate");
            ASSERT_NE(formulas, nullptr);
            ASSERT_EQ(formulas->rows.size(), analysis.explained.size());
            for (std::size_t i = 0; i < formulas->rows.size(); ++i) {
                const auto& [key, value] = analysis.explained[i];
                EXPECT_EQ(formulas->rows[i][0], figureName(key)->label.source) << key;
                const auto [shown, unit] = shownQuantity(key, value);
                EXPECT_EQ(formulas->rows[i][1], formatQuantity(shown, unit)) << key;
            }
            ++checked;
        }
    }
    EXPECT_GE(checked, 3); // at least every plan on the 128-GPU example
}

// The comparison's cells are estimate --json's values of each scenario's analysis (x the row's scale).
TEST(PlanAnalysis, ComparisonCellsAreTheScenariosAnalyses) {
    for (const Design& design : exampleDesigns()) {
        const auto& scenarios = design.scenarios().items();
        if (scenarios.size() < kMinComparedScenarios)
            continue;
        std::vector<ScenarioId> ids;
        for (std::size_t i = 0; i < scenarios.size() && i < kMaxComparedScenarios; ++i)
            ids.push_back(scenarios[i].id);
        const ScenarioComparison comparison = compareScenarios(design, ids, library());
        for (std::size_t column = 0; column < ids.size(); ++column) {
            const PlanAnalysis analysis = analyzeScenario(library(), design, scenarios[column]);
            for (const ComparisonRow& row : comparison.rows) {
                if (row.key.starts_with("cluster.") || row.key.starts_with("parallelism."))
                    continue;
                const ComparisonCell& cell = row.cells[column];
                ASSERT_EQ(cell.value.has_value(), analysis.training.has_value()) << row.key;
                if (cell.value) {
                    EXPECT_DOUBLE_EQ(*cell.value, analysis.explanation(row.key).value * row.scale) << row.key;
                }
            }
        }
    }
}

TEST(PlanAnalysis, ComputesOnlyWhatTheOptionsAsk) {
    const Design design = readDesign((kCatalogDir / "examples" / "training-128gpu.json").string(), library());
    const Plan plan = exampleDesignPlan();
    const PlanAnalysis plain = analyzePlan(library(), plan, &design);
    ASSERT_TRUE(plain.training);
    EXPECT_FALSE(plain.scaling);
    EXPECT_FALSE(plain.link_loads);
    EXPECT_TRUE(plain.suitability.empty());
    EXPECT_TRUE(plain.design_power);
    EXPECT_FALSE(plain.power_parts.empty());

    const PlanAnalysis compared = analyzePlan(library(), plan, &design, kComparisonOptions);
    EXPECT_TRUE(compared.explained.empty());
    EXPECT_TRUE(compared.budget.empty());
    EXPECT_FALSE(compared.design_power);
    EXPECT_DOUBLE_EQ(compared.training->step_time_s, plain.training->step_time_s);
    EXPECT_THROW((void)compared.explanation("step_time_s"), std::out_of_range);

    PlanAnalysisOptions everything;
    everything.suitability = everything.scaling_curve = everything.link_loads = true;
    const PlanAnalysis full = analyzePlan(library(), plan, &design, everything);
    ASSERT_TRUE(full.scaling && full.link_loads);
    EXPECT_EQ(full.link_loads->links.size(), design.links().size());
    EXPECT_FALSE(full.suitability.empty());
    EXPECT_FALSE(analyzePlan(library(), plan, nullptr, everything).link_loads); // loads need a design

    const Plan inference =
        readPlanFile((kCatalogDir / "examples" / "plan-llama2-70b-inference.json").string(), library());
    const PlanAnalysis served = analyzePlan(library(), inference, &design, everything);
    ASSERT_TRUE(served.inference);
    EXPECT_FALSE(served.training);
    EXPECT_FALSE(served.scaling);    // a training chart
    EXPECT_FALSE(served.link_loads); // no training traffic on the fabric
    EXPECT_FALSE(served.budget.empty());
}

TEST(PlanAnalysis, AnImpossiblePlanHasItsErrorsAndNoFigures) {
    Plan plan = exampleDesignPlan();
    plan.parallelism.tp = 3; // divides neither the heads nor the GPUs
    const PlanAnalysis analysis = analyzePlan(library(), plan, nullptr);
    EXPECT_FALSE(analysis.errors.empty());
    EXPECT_FALSE(analysis.estimated());
    EXPECT_FALSE(analysis.fits());
    EXPECT_TRUE(analysis.explained.empty());
    EXPECT_TRUE(analysis.budget.empty());
    EXPECT_TRUE(planAnalysisToJson(analysis, nullptr, 10).contains("plan_errors"));
    EXPECT_TRUE(planAnalysisToText(analysis).starts_with("The plan cannot run:\n"));
    EXPECT_THROW((void)analysis.explanation("step_time_s"), std::out_of_range);
}

TEST(PlanAnalysis, AScenarioIsItsPlanWithTheDesignsClusterAndItsVariant) {
    Design design = readDesign((kCatalogDir / "examples" / "training-128gpu.json").string(), library());
    Scenario what_if = design.scenarios().items().front();
    what_if.id = design.scenarios().nextId();
    what_if.name = "200G";
    what_if.variant = {{"nic_gbps", 200}};
    design.apply({Add<Scenario>{what_if}});
    const PlanAnalysis analysis = analyzeScenario(library(), design, *design.scenarios().find(what_if.id));
    ASSERT_TRUE(analysis.training);
    EXPECT_DOUBLE_EQ(analysis.plan.cluster.nic_gbps, 200);
    EXPECT_EQ(analysis.plan.cluster.gpus, 128);

    what_if.id = design.scenarios().nextId();
    what_if.name = "broken";
    what_if.variant = {{"gpu", "no-such-gpu"}};
    design.apply({Add<Scenario>{what_if}});
    EXPECT_THROW((void)analyzeScenario(library(), design, *design.scenarios().find(what_if.id)), InputError);
}

// Llama 2 70B at TP 8 on `dp` servers of 8 GPUs: DP crosses the servers, so its reduction is inter-node.
Plan llama70b(int dp) {
    return readPlan({{"model", {{"preset", "llama2-70b"}}},
                     {"parallelism", {{"tp", 8}, {"pp", 1}, {"dp", dp}, {"global_batch", 1024}}}},
                    library(), "plan.json");
}

constexpr PlanAnalysisOptions kDegradedOptions{.explained = false, .budget = true, .design_power = false};

PlanAnalysis degraded(const Design& design, const Plan& plan, FailureSet failures) {
    PlanAnalysisOptions options = kDegradedOptions;
    options.failures = std::move(failures);
    return analyzePlan(library(), plan, &design, options);
}

std::vector<DeviceId> switchesWhere(const Design& design, const std::string& role) {
    std::vector<DeviceId> ids;
    for (const Device& device : design.devices().items())
        if (device.network == Network::Compute && device.role == role)
            ids.push_back(device.id);
    return ids;
}

TEST(PlanAnalysis, OneLeafDownSlowsTheInterNodeReductionToSevenEighths) {
    const Design design = generated("dgx-h100", 32);
    const Plan plan = llama70b(32);
    const PlanAnalysis intact = analyzePlan(library(), plan, &design, kDegradedOptions);
    ASSERT_TRUE(intact.training) << (intact.errors.empty() ? "" : intact.errors.front().message);
    const PlanAnalysis leafDown = degraded(design, plan, {{switchesWhere(design, "leaf").front()}, {}});
    ASSERT_TRUE(leafDown.training);
    ASSERT_TRUE(leafDown.failure_impact);
    // every server lost one of 8 NICs; PXN sends the orphaned GPU's bytes over the other 7
    EXPECT_DOUBLE_EQ(leafDown.plan.cluster.nic_gbps, 400 * 7.0 / 8);
    EXPECT_EQ(leafDown.plan.cluster.gpus, 256);
    // TP 8 fills each server: the DP ring is all inter-node, 2 (n-1)/n x bytes over the NIC bus bandwidth,
    // which is 7/8 of the intact one
    const double bytes = intact.training->dp_bytes_per_gpu;
    const double intactBus = interNodeBusBytesPerS(intact.plan.cluster, intact.plan.cluster.nodes());
    const double factor = leafDown.training->dp_reduce_s / intact.training->dp_reduce_s;
    EXPECT_NEAR(factor, 8.0 / 7, 1e-12);
    EXPECT_NEAR(intact.training->dp_reduce_s,
                (plan.parallelism.distributed_optimizer ? 1 : 2) * bytes * 31 / 32 / intactBus, 1e-9);
    EXPECT_DOUBLE_EQ(*leafDown.intact_step_time_s, intact.training->step_time_s);
    EXPECT_GE(leafDown.training->step_time_s, intact.training->step_time_s);
    EXPECT_FALSE(leafDown.budget.empty());
}

TEST(PlanAnalysis, OneSpineDownRaisesTheOversubscriptionTheEstimatorSees) {
    const Design design = generated("dgx-h100", 32);
    const std::vector<DeviceId> spines = switchesWhere(design, "spine");
    ASSERT_GE(spines.size(), 2u);
    const double count = static_cast<double>(spines.size());
    const PlanAnalysis spineDown = degraded(design, llama70b(32), {{spines.front()}, {}});
    ASSERT_TRUE(spineDown.training);
    EXPECT_DOUBLE_EQ(spineDown.plan.cluster.oversubscription, count / (count - 1));
    EXPECT_DOUBLE_EQ(spineDown.plan.cluster.nic_gbps, 400); // no server lost a link
    const NetworkLoss* compute = spineDown.failure_impact->loss(Network::Compute);
    ASSERT_NE(compute, nullptr);
    EXPECT_DOUBLE_EQ(compute->bisection_gbps, compute->intact_bisection_gbps * (count - 1) / count);
}

TEST(PlanAnalysis, ATwinPlaneFabricWithAPlaneDownRunsAtHalfTheBandwidth) {
    const Design design = generated("dgx-b300", 32, Fabric::SpectrumX, Topology::MultiPlane, 2);
    const PlanAnalysis intact = analyzePlan(library(), llama70b(32), &design, kDegradedOptions);
    ASSERT_TRUE(intact.training);
    const PlanAnalysis planeDown = degraded(design, llama70b(32), parseFailureSet(design, {"plane:1"}));
    ASSERT_TRUE(planeDown.training);
    EXPECT_DOUBLE_EQ(planeDown.plan.cluster.nic_gbps, intact.plan.cluster.nic_gbps / 2);
    EXPECT_DOUBLE_EQ(interNodeBusBytesPerS(planeDown.plan.cluster, planeDown.plan.cluster.nodes()),
                     interNodeBusBytesPerS(intact.plan.cluster, intact.plan.cluster.nodes()) / 2);
}

TEST(PlanAnalysis, APlanCannotRunWhenAServerItNeedsIsCutOffAndRunsOnASpare) {
    const Design design = generated("dgx-h100", 32);
    const PlanAnalysis cut = degraded(design, llama70b(32), parseFailureSet(design, {"gpu-01"}));
    EXPECT_FALSE(cut.estimated());
    ASSERT_EQ(cut.errors.size(), 1u);
    EXPECT_EQ(cut.errors.front().field, "failures");
    for (const char* part : {"needs 256 GPUs", "248 remain", "gpu-01"})
        EXPECT_NE(cut.errors.front().message.find(part), std::string::npos) << cut.errors.front().message;
    ASSERT_TRUE(cut.failure_impact);
    EXPECT_EQ(cut.failure_impact->gpusCutOff(Network::Compute), 8);
    EXPECT_NE(planAnalysisToText(cut, &design).find("cannot run"), std::string::npos);
    EXPECT_FALSE(planAnalysisToJson(cut, &design, 10)["failures"]["can_run"].get<bool>());

    // one server more than the plan needs: the spare takes the failed server's place at full bandwidth
    const Design spare = generated("dgx-h100", 33);
    const PlanAnalysis runs = degraded(spare, llama70b(32), parseFailureSet(spare, {"gpu-01"}));
    ASSERT_TRUE(runs.training) << (runs.errors.empty() ? "" : runs.errors.front().message);
    EXPECT_EQ(runs.plan.cluster.gpus, 256);
    EXPECT_DOUBLE_EQ(runs.plan.cluster.nic_gbps, 400);
    EXPECT_DOUBLE_EQ(runs.training->step_time_s, *runs.intact_step_time_s);
    const nlohmann::json json = planAnalysisToJson(runs, &spare, 10);
    for (const char* key : {"networks", "servers", "can_run", "step_time_s", "intact_step_time_s",
                            "step_time_increase_fraction"})
        EXPECT_TRUE(json["failures"].contains(key)) << key;
}

TEST(PlanAnalysis, AServerWithoutNvlinkThatLostALinkLeavesTheJob) {
    // 8 R7625 with 2 L40S each, one NIC per GPU: without NVLink a GPU whose NIC is lost is cut off, and the
    // job, whose ranks fill whole servers, has 14 GPUs where it needs 16
    const Design design = generated("r7625", 8);
    const Plan plan =
        readPlan({{"model", {{"preset", "llama2-7b"}}},
                  {"parallelism", {{"tp", 1}, {"dp", 16}, {"fsdp", true}, {"global_batch", 1024}}}},
                 library(), "plan.json");
    ASSERT_TRUE(analyzePlan(library(), plan, &design, kDegradedOptions).training);
    const LinkId link = design.links().items().front().id;
    ASSERT_EQ(design.links().items().front().network, Network::Compute);
    const PlanAnalysis linkDown =
        degraded(design, plan, parseFailureSet(design, {"link:" + std::to_string(link)}));
    ASSERT_FALSE(linkDown.estimated());
    EXPECT_EQ(linkDown.failure_impact->gpusCutOff(Network::Compute), 1);
    EXPECT_NE(linkDown.errors.front().message.find("needs 16 GPUs and 14 remain"), std::string::npos)
        << linkDown.errors.front().message;
}

TEST(PlanAnalysis, AStorageNodeDownLeavesTheOthersThroughput) {
    const Design design = generated("dgx-h100", 32);
    DeviceId node = 0;
    for (const Device& device : design.devices().items())
        if (node == 0 && design.typeOf(device).category == DeviceCategory::Storage)
            node = device.id;
    const PlanAnalysis intact = analyzePlan(library(), llama70b(32), &design, kDegradedOptions);
    const PlanAnalysis nodeDown = degraded(design, llama70b(32), {{node}, {}});
    ASSERT_TRUE(nodeDown.training);
    const double read = design.typeOf(*design.devices().find(node)).storage->read_gbytes_per_s;
    EXPECT_EQ(nodeDown.plan.cluster.storage_nodes, intact.plan.cluster.storage_nodes - 1);
    EXPECT_DOUBLE_EQ(nodeDown.plan.cluster.storage_read_gbytes_per_s,
                     intact.plan.cluster.storage_read_gbytes_per_s - read);
}

} // namespace
} // namespace cs::test
