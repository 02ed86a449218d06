// The heat overlay's bands and explanations: bands change where the budget statuses do, and each link's and
// switch's explanation gives back linkLoads()'s number in Gbit/s.
#include "analysis/link_heat.h"
#include "estimate/cluster_from_design.h"
#include "io/design_file.h"
#include "test_support.h"

#include <cmath>
#include <limits>
#include <nlohmann/json.hpp>

namespace cs::test {
namespace {

TEST(LinkHeat, BandsRiseWithTheLoadThenFollowTheBudgetStatus) {
    constexpr BudgetStatus pass = BudgetStatus::Pass;
    EXPECT_EQ(heatBand(0, pass), 0);
    EXPECT_EQ(heatBand(-1, pass), 0);
    EXPECT_EQ(heatBand(std::numeric_limits<double>::quiet_NaN(), BudgetStatus::Fail), 0);
    EXPECT_EQ(heatBand(0.0005, pass), 0);
    EXPECT_EQ(heatBand(0.001, pass), 1);
    EXPECT_EQ(heatBand(0.05, pass), 2);
    for (int band = 1; band < static_cast<int>(kHeatBandEdges.size()); ++band)
        EXPECT_LT(kHeatBandEdges[band - 1], kHeatBandEdges[band]);
    // Below the warn threshold the status does not matter; from it on, the colour is the status.
    const int top = static_cast<int>(kHeatBandEdges.size());
    EXPECT_EQ(heatBand(kBudgetWarnUtilisation - 1e-9, BudgetStatus::Fail), top - 1);
    EXPECT_EQ(heatBand(kBudgetWarnUtilisation, pass), top);
    EXPECT_EQ(heatBand(1.8, pass), top) << "a peak the overlap hides is not red";
    EXPECT_EQ(heatBand(1.8, BudgetStatus::Warn), top + 1);
    EXPECT_EQ(heatBand(0.75, BudgetStatus::Fail), kHeatBands - 1);
    EXPECT_EQ(heatBand(std::numeric_limits<double>::infinity(), BudgetStatus::Fail), kHeatBands - 1);
}

TEST(LinkHeat, ANetworkTakesTheWorstStatusOfItsBudgetLines) {
    const auto line = [](std::string network, BudgetStatus status) {
        BudgetLine out;
        out.network = std::move(network);
        out.status = status;
        return out;
    };
    const std::vector<BudgetLine> lines = {
        line("hbm", BudgetStatus::Fail), line("compute", BudgetStatus::Pass),
        line("compute", BudgetStatus::Warn), line("nvlink", BudgetStatus::Pass),
        line("storage", BudgetStatus::Fail)};
    EXPECT_EQ(networkBudgetStatus(lines, Network::Compute), BudgetStatus::Warn);
    EXPECT_EQ(networkBudgetStatus(lines, Network::Scaleup), BudgetStatus::Pass);
    EXPECT_EQ(networkBudgetStatus(lines, Network::Storage), BudgetStatus::Fail);
    EXPECT_EQ(networkBudgetStatus(lines, Network::Oob), BudgetStatus::Pass) << "memory is no network";
    EXPECT_EQ(networkBudgetStatus({}, Network::Compute), BudgetStatus::Pass);
}

TEST(LinkHeat, ExplanationsGiveTheLoadInGbitPerSecond) {
    Design design = readDesign(kCatalogDir / "examples" / "training-128gpu.json", library());
    Plan plan =
        readPlan(nlohmann::json::parse(readFile(kCatalogDir / "examples" / "plan-llama2-70b-128gpu.json")),
                 library(), "plan.json");
    applyDesignCluster(design, plan);
    ASSERT_TRUE(checkPlan(plan).empty());
    const TrainingEstimate estimate = estimateTraining(plan);
    const LinkLoads loads = linkLoads(design, plan, estimate);
    bool sawServerLink = false;
    for (std::size_t i = 0; i < loads.links.size(); ++i) {
        const Link& link = design.links().items()[i];
        const Explained explained = explainLinkLoad(design, estimate, link, loads.links[i]);
        EXPECT_DOUBLE_EQ(explained.value, loads.links[i].load * link.gbps);
        EXPECT_EQ(explained.unit, "Gbit/s");
        EXPECT_FALSE(explained.formula.empty());
        EXPECT_FALSE(explained.source.empty());
        ASSERT_GE(explained.inputs.size(), 3u);
        EXPECT_EQ(explained.inputs.back().name, "utilisation (average over a step)");
        EXPECT_DOUBLE_EQ(explained.inputs.back().value, loads.links[i].average_load * 100);
        const ExplainedInput& peak = explained.inputs[explained.inputs.size() - 2];
        EXPECT_EQ(peak.name, "utilisation (peak during its phase)");
        EXPECT_DOUBLE_EQ(peak.value, loads.links[i].load * 100);
        EXPECT_EQ(explained.inputs[explained.inputs.size() - 3].value, link.gbps);
        if (explained.inputs.front().name == "GPUs behind the NIC") {
            sawServerLink = true;
            EXPECT_EQ(explained.inputs.front().value, 1); // one 400G NIC per GPU
        }
    }
    EXPECT_TRUE(sawServerLink);
    for (const SwitchLoad& load : loads.switches) {
        const Explained explained = explainSwitchLoad(design, load);
        double capacity = 0;
        for (LinkId id : design.linksOf(load.device))
            capacity += design.links().find(id)->gbps;
        EXPECT_DOUBLE_EQ(explained.value, load.load * capacity);
        EXPECT_DOUBLE_EQ(explained.inputs.at(1).value, capacity);
    }
}

} // namespace
} // namespace cs::test
