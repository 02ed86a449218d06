#include "model/design_summary.h"
#include "test_support.h"

namespace cs::test {
namespace {

TEST(DesignSummary, CountsAndAddsUp) {
    const DesignSummary summary = summarize(smallDesign());
    EXPECT_EQ(summary.devices, 4u);
    EXPECT_EQ(summary.devices_by_category[static_cast<std::size_t>(DeviceCategory::GpuServer)], 2u);
    EXPECT_EQ(summary.devices_by_category[static_cast<std::size_t>(DeviceCategory::Switch)], 1u);
    EXPECT_EQ(summary.devices_by_category[static_cast<std::size_t>(DeviceCategory::CpuServer)], 1u);
    EXPECT_EQ(summary.gpus, 16u);
    EXPECT_EQ(summary.gpus_by_type.at("h100-sxm5-80gb"), 16u);
    EXPECT_EQ(summary.links, 2u);
    EXPECT_EQ(summary.links_by_network[networkIndex(Network::Compute)], 2u);
    EXPECT_EQ(summary.racks, 1u);
    const Catalog& c = library();
    EXPECT_DOUBLE_EQ(summary.max_watts, 2 * c.device("dgx-h100")->max_watts + c.device("qm9700")->max_watts +
                                            c.device("r660")->max_watts);
    EXPECT_EQ(summary.ports,
              static_cast<std::size_t>(2 * c.device("dgx-h100")->portCount() +
                                       c.device("qm9700")->portCount() + c.device("r660")->portCount()));

    const nlohmann::json json = summaryToJson(summary);
    EXPECT_EQ(json["links"]["by_network"]["compute"], 2);
    EXPECT_EQ(json["links"]["by_network"]["oob"], 0);
    EXPECT_EQ(json["devices"]["by_type"]["dgx-h100"], 2);
    const std::string text = summaryToText(summary);
    EXPECT_NE(text.find("GPUs                       16"), std::string::npos) << text;
}

TEST(DesignSummary, CountsTheGpuADeviceReallyCarries) {
    Design design;
    design.adoptType(library(), "xe9680");
    design.apply({Add<Device>{Device{1, "xe9680", "a", 0, 0, kNoRack, 0, "h800-sxm5-80gb"}}});
    const DesignSummary summary = summarize(design);
    EXPECT_EQ(summary.gpus_by_type.at("h800-sxm5-80gb"), 8u);
    EXPECT_FALSE(summary.gpus_by_type.contains("h100-sxm5-80gb"));
}

} // namespace
} // namespace cs::test
