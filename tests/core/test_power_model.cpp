#include "base/number_format.h"
#include "io/design_file.h"
#include "power/design_power.h"
#include "power/power_model.h"
#include "test_support.h"
#include "topology/cluster_generator.h"

#include <algorithm>
#include <nlohmann/json.hpp>

namespace cs::test {
namespace {

Plan dgxPlan(const std::string& power = "{}") {
    return readPlan(nlohmann::json::parse(R"({"model": {"preset": "llama2-70b"},
        "cluster": {"server": "dgx-h100", "gpus": 64}, "parallelism": {"tp": 8, "dp": 8}, "power": )" +
                                          power + "}"),
                    library(), "plan.json");
}

TEST(PowerModel, ServersAtTrainingLoadFacilityEnergyAndCost) {
    const Plan plan = dgxPlan();
    const double day = 86400;
    const PowerEstimate p = powerEstimate(plan, day);
    EXPECT_DOUBLE_EQ(p.server_watts, 8 * 700 * kTrainingWattsPerGpuTdp); // below the DGX's 10.2 kW
    EXPECT_DOUBLE_EQ(p.servers, 8);
    EXPECT_DOUBLE_EQ(p.it_watts, 8 * p.server_watts);
    EXPECT_DOUBLE_EQ(p.pue, kDefaultPue);
    EXPECT_DOUBLE_EQ(p.facility_watts, p.it_watts * kDefaultPue);
    EXPECT_DOUBLE_EQ(p.energy_kwh, p.facility_watts * 24 / 1000);
    EXPECT_DOUBLE_EQ(p.cost, p.energy_kwh * kDefaultPricePerKwh);
}

TEST(PowerModel, ThePlansPueAndPriceAndTheServerMaximum) {
    Plan plan = dgxPlan(R"({"pue": 1.2, "price_per_kwh": 0.3})");
    plan.cluster.server_max_watts = 5000;
    plan.cluster.other_it_watts = 10000;
    const PowerEstimate p = powerEstimate(plan, 3600);
    EXPECT_DOUBLE_EQ(p.server_watts, 5000);
    EXPECT_DOUBLE_EQ(p.it_watts, 8 * 5000 + 10000);
    EXPECT_DOUBLE_EQ(p.facility_watts, 1.2 * p.it_watts);
    EXPECT_DOUBLE_EQ(p.cost, 0.3 * p.energy_kwh);
}

TEST(DesignPower, PerRackCategoryAndNetwork) {
    const Design design =
        smallDesign(); // rack R1 (40 kW): two DGX H100 and a QM9700 leaf; a login R660 outside
    const DesignPower power = designPower(design);
    const double dgx = 8 * 700 * kTrainingWattsPerGpuTdp, leaf = 1720, login = 200 + kOtherDeviceLoad * 900;
    ASSERT_EQ(power.racks.size(), 1u);
    EXPECT_EQ(power.racks[0].devices, 3);
    EXPECT_DOUBLE_EQ(power.racks[0].watts, 2 * dgx + leaf);
    EXPECT_FALSE(power.racks[0].over());
    EXPECT_DOUBLE_EQ(power.unracked_watts, login);
    EXPECT_DOUBLE_EQ(power.category_watts[static_cast<std::size_t>(DeviceCategory::GpuServer)], 2 * dgx);
    EXPECT_DOUBLE_EQ(power.category_watts[static_cast<std::size_t>(DeviceCategory::Switch)], leaf);
    EXPECT_DOUBLE_EQ(power.category_watts[static_cast<std::size_t>(DeviceCategory::CpuServer)], login);
    EXPECT_DOUBLE_EQ(power.network_watts[static_cast<std::size_t>(Network::Compute)], leaf);
    EXPECT_DOUBLE_EQ(power.it_watts, 2 * dgx + leaf + login);
    const nlohmann::json out = designPowerToJson(power);
    EXPECT_EQ(out["racks"][0]["name"], "R1");
    EXPECT_EQ(out["category_watts"]["gpu_server"], 2 * dgx);
}

TEST(DesignPower, ARackOverItsLimitIsFlagged) {
    Design design = smallDesign();
    Rack rack = *design.racks().find(1);
    rack.max_kw = 10; // two DGX H100 at load draw 12.3 kW
    design.apply({Update<Rack>{rack}});
    const DesignPower power = designPower(design);
    EXPECT_TRUE(power.racks[0].over());
    EXPECT_TRUE(designPowerToJson(power)["racks"][0]["over_limit"].get<bool>());
    EXPECT_NE(designPowerToText(power).find("OVER THE LIMIT"), std::string::npos);
}

TEST(DesignPower, AHallOfRacksListsTheRacksNearestTheirLimitNotEveryOne) {
    GeneratorOptions options;
    options.servers = 256;
    options.server = "dgx-h100";
    Design design = generateCluster(options, library());
    Rack first = design.racks().items().front();
    first.max_kw = 1; // over
    design.apply({Update<Rack>{first}});
    const DesignPower power = designPower(design);
    ASSERT_GT(power.racks.size(), kRacksListed);
    const std::string text = designPowerToText(power);
    EXPECT_EQ(static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n')), kRacksListed + 5) << text;
    EXPECT_NE(text.find(groupedCount(power.racks.size()) + " racks, 1 over their limit"), std::string::npos);
    // The rack over its limit comes first.
    EXPECT_NE(text.find("rack " + first.name + ":"), std::string::npos);
    EXPECT_LT(text.find("OVER THE LIMIT"), text.find("(every rack: --json)"));
    EXPECT_EQ(designPowerToJson(power)["racks"].size(), power.racks.size());
}

TEST(DesignPower, TheExample128GpuDesignFitsItsRacks) {
    const DesignPower power =
        designPower(readDesign(kCatalogDir / "examples" / "training-128gpu.json", library()));
    EXPECT_EQ(power.racks.size(), 9u);
    for (const RackPower& rack : power.racks)
        EXPECT_FALSE(rack.over()) << rack.name;
    EXPECT_DOUBLE_EQ(power.unracked_watts, 0);
}

} // namespace
} // namespace cs::test
