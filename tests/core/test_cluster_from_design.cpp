#include "base/input_error.h"
#include "estimate/cluster_from_design.h"
#include "io/design_file.h"
#include "power/design_power.h"
#include "test_support.h"

#include <nlohmann/json.hpp>

namespace cs::test {
namespace {

Plan defaultPlan() {
    return readPlan(nlohmann::json::parse(R"({"model": {"preset": "llama2-70b"}})"), library(), "plan.json");
}

TEST(ClusterFromDesign, TheExample128GpuDesign) {
    const Design design = readDesign(kCatalogDir / "examples" / "training-128gpu.json", library());
    Plan plan = defaultPlan();
    applyDesignCluster(design, plan);
    const ClusterSpec& cluster = plan.cluster;
    EXPECT_EQ(cluster.gpu.id, "h800-sxm5-80gb"); // the servers' GPU, not the XE9680's default H100
    EXPECT_EQ(cluster.gpus, 128);
    EXPECT_EQ(cluster.gpus_per_node, 8);
    EXPECT_EQ(cluster.nvlink_domain, 8);
    EXPECT_EQ(cluster.server, "xe9680");
    EXPECT_EQ(cluster.nics_per_node, 8);
    EXPECT_DOUBLE_EQ(cluster.nic_gbps, 400);
    EXPECT_NEAR(cluster.oversubscription, 1, 1e-3); // 32 x 400G down and up on each compute leaf
    EXPECT_EQ(cluster.leaf_group_servers, 16);      // each rail leaf reaches all 16 servers
    EXPECT_EQ(cluster.spine_group_servers, 0);      // two tiers
    EXPECT_EQ(cluster.compute_switch, "qm9700");
    EXPECT_TRUE(cluster.switch_reduction); // Quantum-2: SHARPv3
    EXPECT_EQ(cluster.routing, Routing::Adaptive);
    EXPECT_DOUBLE_EQ(cluster.node_storage_gbps, 200); // two 100G storage links per server
    EXPECT_EQ(cluster.storage_nodes, 4);
    const StorageInfo& f710 = *library().device("powerscale-f710")->storage;
    EXPECT_DOUBLE_EQ(cluster.storage_read_gbytes_per_s, 4 * f710.read_gbytes_per_s);
    EXPECT_DOUBLE_EQ(cluster.storage_write_gbytes_per_s, 4 * f710.write_gbytes_per_s);
    EXPECT_DOUBLE_EQ(cluster.server_max_watts, 11000);
    // Every device but the GPU servers, at its load.
    double other = 0;
    for (const Device& device : design.devices().items())
        if (design.typeOf(device).category != DeviceCategory::GpuServer)
            other += deviceWattsAtLoad(design, device);
    EXPECT_DOUBLE_EQ(cluster.other_it_watts, other);
    EXPECT_GT(other, 6 * 1720); // at least the six compute switches at their maximum
}

TEST(ClusterFromDesign, ASmallHandMadeDesign) {
    const Design design =
        smallDesign(); // two DGX H100, one 400G compute link each, one leaf, one login server
    Plan plan = defaultPlan();
    const double storage_read = plan.cluster.storage_read_gbytes_per_s;
    applyDesignCluster(design, plan);
    const ClusterSpec& cluster = plan.cluster;
    EXPECT_EQ(cluster.gpu.id, "h100-sxm5-80gb");
    EXPECT_EQ(cluster.gpus, 16);
    EXPECT_EQ(cluster.nics_per_node, 1); // what is cabled, not the eight ports the server has
    EXPECT_DOUBLE_EQ(cluster.nic_gbps, 400);
    EXPECT_DOUBLE_EQ(cluster.oversubscription, 1); // a leaf without uplinks
    EXPECT_DOUBLE_EQ(cluster.node_storage_gbps, 0);
    EXPECT_EQ(cluster.storage_nodes, 0);
    EXPECT_DOUBLE_EQ(cluster.storage_read_gbytes_per_s, storage_read); // no storage nodes: the plan's default
    EXPECT_DOUBLE_EQ(cluster.other_it_watts, 1720 + 200 + kOtherDeviceLoad * (1100 - 200));
}

TEST(ClusterFromDesign, LeafOversubscriptionIsDownOverUp) {
    Design design = smallDesign();
    design.apply(
        {Add<Device>{Device{5, "qm9700", "spine-1", 120, -200, 1, 19, "", Network::Compute, "spine"}}});
    design.apply({Add<Link>{Link{3, {3, 2}, {5, 0}, Network::Compute, 400, "", 0}}});
    Plan plan = defaultPlan();
    applyDesignCluster(design, plan);
    EXPECT_DOUBLE_EQ(plan.cluster.oversubscription, 2);       // 2 x 400G down, 1 x 400G up
    EXPECT_DOUBLE_EQ(plan.cluster.spine_oversubscription, 1); // no core tier
    EXPECT_EQ(plan.cluster.spine_group_servers, 0);
}

TEST(ClusterFromDesign, SpineOversubscriptionIsDownOverUpToTheCore) {
    Design design = smallDesign();
    design.apply(
        {Add<Device>{Device{5, "qm9700", "spine-1", 120, -200, 1, 19, "", Network::Compute, "spine"}}});
    design.apply(
        {Add<Device>{Device{6, "qm9700", "core-1", 120, -400, 1, 20, "", Network::Compute, "core"}}});
    design.apply({Add<Link>{Link{3, {3, 2}, {5, 0}, Network::Compute, 400, "", 0}}});
    design.apply({Add<Link>{Link{4, {3, 3}, {5, 1}, Network::Compute, 400, "", 0}}});
    design.apply({Add<Link>{Link{5, {5, 2}, {6, 0}, Network::Compute, 400, "", 0}}});
    Plan plan = defaultPlan();
    applyDesignCluster(design, plan);
    EXPECT_DOUBLE_EQ(plan.cluster.spine_oversubscription, 2); // 2 x 400G from the leaf, 1 x 400G to the core
    EXPECT_EQ(plan.cluster.spine_group_servers, 2);           // the two servers under its leaf
    EXPECT_EQ(plan.cluster.leaf_group_servers, 2);
}

TEST(ClusterFromDesign, ADesignWithoutGpuServersIsRefused) {
    Design design;
    design.adoptType(library(), "r660");
    design.apply({Add<Device>{Device{1, "r660", "login-01", 0, 0, kNoRack, 0, "", std::nullopt, "login"}}});
    Plan plan = defaultPlan();
    EXPECT_THROW(applyDesignCluster(design, plan), InputError);
}

} // namespace
} // namespace cs::test
