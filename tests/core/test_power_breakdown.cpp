#include "estimate/cluster_from_design.h"
#include "estimate/estimate_report.h"
#include "io/design_file.h"
#include "power/power_breakdown.h"
#include "test_support.h"

#include <nlohmann/json.hpp>

namespace cs::test {
namespace {

TEST(PowerBreakdown, PartsSumToTheEstimatesItAndFacilityPower) {
    const Design design = readDesign(kCatalogDir / "examples" / "training-128gpu.json", library());
    Plan plan = readPlanFile((kCatalogDir / "examples" / "plan-llama2-70b-128gpu.json").string(), library());
    applyDesignCluster(design, plan);
    const TrainingEstimate estimate = estimateTraining(plan);
    const nlohmann::json cli = estimateToJson(plan, estimate); // what `estimate --json --design` prints
    const std::vector<PowerPart> parts = powerBreakdown(estimate.power, designPower(design));
    double it = 0, facility = 0;
    bool compute_switches = false;
    for (const PowerPart& part : parts) {
        EXPECT_GT(part.watts.value, 0) << part.id;
        EXPECT_FALSE(part.watts.formula.empty()) << part.id;
        (part.it ? it : facility) += part.watts.value;
        compute_switches |= part.id == "switches_compute";
    }
    EXPECT_TRUE(compute_switches);
    EXPECT_EQ(parts.front().id, "gpu_servers");
    EXPECT_EQ(parts.back().id, "facility_overhead");
    EXPECT_NEAR(it, cli["power"]["it_watts"].get<double>(), 1e-6);
    EXPECT_NEAR(it + facility, cli["power"]["facility_watts"].get<double>(), 1e-6);
}

TEST(PowerBreakdown, APueOfOneHasNoOverhead) {
    PowerEstimate power;
    power.servers = 2;
    power.server_watts = 10'000;
    power.gpu_servers_watts = power.it_watts = power.facility_watts = 20'000;
    power.pue = 1;
    const std::vector<PowerPart> parts = powerBreakdown(power, DesignPower{});
    ASSERT_EQ(parts.size(), 1u);
    EXPECT_EQ(parts.front().watts.value, 20'000);
}

} // namespace
} // namespace cs::test
