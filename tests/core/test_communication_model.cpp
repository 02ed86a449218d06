#include "base/units.h"
#include "estimate/communication_model.h"
#include "estimate/training_estimator.h"
#include "test_support.h"

#include <nlohmann/json.hpp>

namespace cs::test {
namespace {

Plan planOf(const std::string& json) {
    return readPlan(nlohmann::json::parse(json), library(), "plan.json");
}

// Llama 2 70B on 64 H100 with TP 8 and no sequence parallelism: the TP collectives are all-reduces.
Plan tpAllReducePlan(const std::string& reduction) {
    return planOf(R"({"model": {"preset": "llama2-70b"}, "cluster": {"gpu": "h100-sxm5-80gb", "gpus": 64},
        "parallelism": {"tp": 8, "pp": 4, "sequence_parallel": false, "in_network_reduction": ")" +
                  reduction + R"("}})");
}

TEST(CommunicationModel, NvlsRaisesTheTpAllReduceByTheMeasuredRatio) {
    const TrainingEstimate nvls = estimateTraining(tpAllReducePlan("auto"));
    const TrainingEstimate ring = estimateTraining(tpAllReducePlan("off"));
    EXPECT_TRUE(nvls.in_network.nvls);
    EXPECT_FALSE(ring.in_network.nvls);
    // 8xH100: NVLS all-reduce 480 GB/s against the ring's 370 (NVIDIA/nccl-tests issue #212).
    EXPECT_NEAR(nvls.tp_bus_bytes_per_s / ring.tp_bus_bytes_per_s, 480.0 / 370, 1e-12);
    EXPECT_NEAR(nvls.tp_collective_s / ring.tp_collective_s, 370.0 / 480, 1e-12);
    EXPECT_LT(nvls.step_time_s, ring.step_time_s);
    // With SP the collectives are reduce-scatter + all-gather: rings either way.
    Plan sp = tpAllReducePlan("auto");
    sp.parallelism.sequence_parallel = true;
    EXPECT_DOUBLE_EQ(estimateTraining(sp).tp_bus_bytes_per_s, ring.tp_bus_bytes_per_s);
    // NVLS by group size (NVIDIA/nccl issue #1455): no gain at 4 GPUs, 420/370 at 5.
    EXPECT_DOUBLE_EQ(nvlsAllReduceGain(4), 1);
    EXPECT_NEAR(nvlsAllReduceGain(5), 420.0 / 370, 1e-12);
}

TEST(CommunicationModel, NvlsNeedsAnNvswitchOfHopperOrLater) {
    ClusterSpec cluster;
    cluster.gpu = *library().gpu("a100-sxm4-80gb");
    EXPECT_FALSE(hasNvls(cluster)); // Ampere
    cluster.gpu = *library().gpu("h100-sxm5-80gb");
    EXPECT_TRUE(hasNvls(cluster));
    cluster.nvlink_domain = 2; // an NVLink-bridged pair, no NVSwitch
    EXPECT_FALSE(hasNvls(cluster));
    cluster.gpu = *library().gpu("mi300x");
    cluster.nvlink_domain = 8;
    EXPECT_FALSE(hasNvls(cluster)); // Infinity Fabric has no NVLS
}

TEST(CommunicationModel, SharpHalvesTheInterNodeAllReduceBytes) {
    const DataParallelPlacement placement{1, 64};
    const double bytes = 1e9;
    const double ring = dataParallelNicBytes(bytes, placement, true);
    const double sharp = dataParallelNicBytes(bytes, placement, true, {false, true});
    EXPECT_DOUBLE_EQ(ring, 2 * bytes * 63 / 64);
    EXPECT_DOUBLE_EQ(sharp, bytes); // each byte once up and once down the tree
    // Reduce-scatter and all-gather stay rings.
    EXPECT_DOUBLE_EQ(dataParallelNicBytes(bytes, placement, false, {true, true}),
                     dataParallelNicBytes(bytes, placement, false));
    ClusterSpec cluster;
    cluster.gpu = *library().gpu("h100-sxm5-80gb");
    EXPECT_NEAR(dataParallelSeconds(bytes, placement, cluster, true, {false, true}) /
                    dataParallelSeconds(bytes, placement, cluster, true),
                64.0 / (2 * 63), 1e-12);
}

TEST(CommunicationModel, AutoTakesSharpFromTheComputeSwitchAndNeverOnPlainEthernet) {
    auto paths = [](const std::string& cluster, const char* mode) {
        const Plan plan = planOf(R"({"model": {"preset": "llama2-70b"}, "cluster": )" + cluster +
                                 R"(, "parallelism": {"tp": 8, "in_network_reduction": ")" + mode + R"("}})");
        return inNetworkPaths(plan.cluster, plan.parallelism.in_network_reduction);
    };
    const std::string infiniband = R"({"gpus": 64, "compute_switch": "qm9700"})";
    const std::string ethernet = R"({"gpus": 64, "compute_switch": "z9864f-on"})";
    EXPECT_TRUE(paths(infiniband, "auto").sharp);
    EXPECT_TRUE(paths(infiniband, "auto").nvls);
    EXPECT_FALSE(paths(ethernet, "auto").sharp);
    EXPECT_TRUE(paths(ethernet, "auto").nvls);            // NVLS lives in the server's NVSwitch
    EXPECT_FALSE(paths(R"({"gpus": 64})", "auto").sharp); // switches unknown: no SHARP
    EXPECT_TRUE(paths(R"({"gpus": 64})", "on").sharp);
    EXPECT_FALSE(paths(infiniband, "off").sharp);
    EXPECT_FALSE(paths(infiniband, "off").nvls);
    // Forcing it on a fabric that cannot: the plan names the field.
    const Plan forced = planOf(R"({"model": {"preset": "llama2-70b"}, "cluster": )" + ethernet +
                               R"(, "parallelism": {"tp": 8, "in_network_reduction": "on"}})");
    bool named = false;
    for (const PlanError& error : checkPlan(forced))
        named = named || error.field == "parallelism.in_network_reduction";
    EXPECT_TRUE(named);
    // The catalog's Ethernet and InfiniBand switches route as they do.
    EXPECT_EQ(planOf(R"({"model": {"preset": "llama2-70b"}, "cluster": )" + ethernet + "}").cluster.routing,
              Routing::Ecmp);
    EXPECT_EQ(planOf(R"({"model": {"preset": "llama2-70b"}, "cluster": )" + infiniband + "}").cluster.routing,
              Routing::Adaptive);
}

TEST(CommunicationModel, EcmpCostsOnlyTheTrafficThatCrossesTheLeafTier) {
    ClusterSpec cluster;
    cluster.gpu = *library().gpu("h100-sxm5-80gb");
    cluster.leaf_group_servers = 32;
    const double line = nicLineBytesPerSPerGpu(cluster);
    EXPECT_DOUBLE_EQ(line, 8 * 400 * kGiga / 8 / 8);
    const double adaptive_inside = interNodeBusBytesPerS(cluster, 32);
    const double adaptive_across = interNodeBusBytesPerS(cluster, 33);
    EXPECT_DOUBLE_EQ(adaptive_inside, adaptive_across); // non-blocking, adaptive: crossing costs nothing
    cluster.routing = Routing::Ecmp;
    EXPECT_DOUBLE_EQ(interNodeBusBytesPerS(cluster, 32), adaptive_inside); // one leaf: no hash to collide
    EXPECT_NEAR(interNodeBusBytesPerS(cluster, 33), adaptive_inside * 0.60 / 0.95, 1e-6);
    // The leaf's oversubscription, too, is paid only by crossing traffic.
    cluster.routing = Routing::Adaptive;
    cluster.oversubscription = 2;
    EXPECT_DOUBLE_EQ(interNodeBusBytesPerS(cluster, 32), adaptive_inside);
    EXPECT_DOUBLE_EQ(interNodeBusBytesPerS(cluster, 33), adaptive_inside / 2);
}

TEST(CommunicationModel, TheSpineTierIsPaidBeyondOneSpineGroup) {
    ClusterSpec cluster;
    cluster.gpu = *library().gpu("h100-sxm5-80gb");
    cluster.leaf_group_servers = 32;
    cluster.spine_group_servers = 128;
    cluster.spine_oversubscription = 4;
    const double inside = interNodeBusBytesPerS(cluster, 32);
    EXPECT_DOUBLE_EQ(interNodeBusBytesPerS(cluster, 128), inside); // crosses the leaves only (1:1)
    EXPECT_DOUBLE_EQ(interNodeBusBytesPerS(cluster, 129), inside / 4);
    EXPECT_FALSE(fabricCrossing(cluster, 128).spine);
    EXPECT_TRUE(fabricCrossing(cluster, 129).spine);
    cluster.spine_group_servers = 0; // two tiers: the spines join everything
    EXPECT_DOUBLE_EQ(interNodeBusBytesPerS(cluster, 100'000), inside);
}

TEST(CommunicationModel, AnEcmpFabricSlowsADataParallelGroupThatSpansScalableUnits) {
    Plan plan = planOf(R"({"model": {"preset": "llama2-70b"}, "cluster": {"gpus": 1024},
        "parallelism": {"tp": 8, "pp": 1, "distributed_optimizer": false}})");
    const TrainingEstimate adaptive = estimateTraining(plan);
    plan.cluster.routing = Routing::Ecmp;
    const TrainingEstimate ecmp = estimateTraining(plan);
    EXPECT_NEAR(ecmp.dp_fabric_share, 0.60 / 0.95, 1e-12); // 128 servers, 4 scalable units
    EXPECT_GT(ecmp.dp_reduce_s, adaptive.dp_reduce_s);
}

} // namespace
} // namespace cs::test
