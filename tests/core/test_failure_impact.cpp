#include "analysis/failure_impact.h"
#include "base/input_error.h"
#include "test_support.h"
#include "topology/cluster_generator.h"

namespace cs::test {
namespace {

std::vector<DeviceId> switchesWhere(const Design& design, Network network, const std::string& role,
                                    int plane = -1) {
    std::vector<DeviceId> ids;
    for (const Device& device : design.devices().items()) {
        if (device.network == network && device.role == role && (plane < 0 || device.plane == plane))
            ids.push_back(device.id);
    }
    return ids;
}

const NetworkLoss& lossOn(const FailureImpact& impact, Network network) {
    for (const NetworkLoss& loss : impact.networks) {
        if (loss.network == network)
            return loss;
    }
    throw std::logic_error("network not in the impact");
}

int computeLinksOf(const Design& design, DeviceId server) {
    int links = 0;
    for (LinkId id : design.linksOf(server))
        links += design.links().find(id)->network == Network::Compute;
    return links;
}

TEST(FailureImpact, ComputeLeafDownCostsOneRailAtSevenEighthsWithPxn) {
    const Design design = generated("dgx-h100", 32);
    const std::vector<DeviceId> leaves = switchesWhere(design, Network::Compute, "leaf");
    ASSERT_EQ(leaves.size(), 8u); // one leaf per rail in a 32-server scalable unit
    const FailureImpact impact = failureImpact(design, {{leaves.front()}, {}});
    const NetworkLoss& compute = lossOn(impact, Network::Compute);
    EXPECT_TRUE(compute.servers_cut_off.empty());
    EXPECT_EQ(compute.gpus_cut_off, 0);
    EXPECT_EQ(compute.links_lost, 32); // one NIC per GPU: 32 GPUs, one per server, lose their NIC
    EXPECT_EQ(compute.servers_degraded, 32);
    ASSERT_EQ(impact.servers.size(), 32u);
    for (const ServerImpact& server : impact.servers) {
        EXPECT_EQ(server.compute_links, 8);
        EXPECT_EQ(computeLinksOf(design, server.server), 8);
        EXPECT_EQ(server.compute_links_lost, 1);
        EXPECT_DOUBLE_EQ(server.compute_bandwidth_fraction, 7.0 / 8);
    }
    EXPECT_DOUBLE_EQ(impact.compute_bandwidth_lost_fraction, 1.0 / 8);
    EXPECT_TRUE(impact.servers_losing_storage.empty());
}

TEST(FailureImpact, SpineDownDisconnectsNobody) {
    const Design design = generated("dgx-h100", 32);
    const std::vector<DeviceId> spines = switchesWhere(design, Network::Compute, "spine");
    ASSERT_FALSE(spines.empty());
    const FailureImpact impact = failureImpact(design, {{spines.front()}, {}});
    EXPECT_EQ(impact.gpusCutOff(Network::Compute), 0);
    EXPECT_EQ(lossOn(impact, Network::Compute).links_lost, 0);
    EXPECT_TRUE(impact.servers.empty());
    EXPECT_DOUBLE_EQ(impact.compute_bandwidth_lost_fraction, 0);
}

TEST(FailureImpact, AGpuServerDownIsCutOffFromEveryNetwork) {
    const Design design = generated("dgx-h100", 32);
    DeviceId server = 0;
    for (const Device& device : design.devices().items()) {
        if (server == 0 && design.typeOf(device).category == DeviceCategory::GpuServer)
            server = device.id;
    }
    const FailureImpact impact =
        failureImpact(design, parseFailureSet(design, {"device:" + std::to_string(server)}));
    EXPECT_EQ(impact.gpusCutOff(Network::Compute), 8);
    EXPECT_EQ(impact.gpusCutOff(Network::Storage), 8);
    EXPECT_EQ(impact.servers_losing_storage, std::vector<DeviceId>{server});
    EXPECT_DOUBLE_EQ(impact.compute_bandwidth_lost_fraction, 1.0 / 32);
}

TEST(FailureImpact, TwinPlaneSwitchDownLeavesEveryGpuConnectedAtHalfOnThatPlane) {
    const Design design = generated("dgx-b300", 32, Fabric::SpectrumX, Topology::MultiPlane, 2);
    const std::vector<DeviceId> planeOneLeaves = switchesWhere(design, Network::Compute, "leaf", 1);
    ASSERT_FALSE(planeOneLeaves.empty());
    const FailureImpact impact = failureImpact(design, {{planeOneLeaves.front()}, {}});
    const NetworkLoss& compute = lossOn(impact, Network::Compute);
    EXPECT_EQ(compute.gpus_cut_off, 0);
    ASSERT_FALSE(impact.servers.empty());
    for (const ServerImpact& server : impact.servers) {
        // the failed leaf served one port of one GPU's NIC; its other port on plane 2 still carries it
        EXPECT_GT(server.compute_links - server.compute_links_lost, 0);
        EXPECT_DOUBLE_EQ(server.compute_bandwidth_fraction,
                         1.0 - static_cast<double>(server.compute_links_lost) / server.compute_links);
    }
    // a whole plane down: every GPU keeps its port on the other plane, at half its bandwidth
    const FailureImpact plane = failureImpact(design, parseFailureSet(design, {"plane:1"}));
    EXPECT_EQ(plane.gpusCutOff(Network::Compute), 0);
    EXPECT_EQ(lossOn(plane, Network::Compute).servers_degraded, 32);
    for (const ServerImpact& server : plane.servers)
        EXPECT_DOUBLE_EQ(server.compute_bandwidth_fraction, 0.5);
    EXPECT_DOUBLE_EQ(plane.compute_bandwidth_lost_fraction, 0.5);
}

TEST(FailureImpact, StorageSwitchDownNamesTheServersThatLoseStorage) {
    const Design design = generated("dgx-h100", 32);
    const std::vector<DeviceId> storageSwitches = switchesWhere(design, Network::Storage, "leaf");
    ASSERT_FALSE(storageSwitches.empty());
    // every storage leaf down at once: no server reaches a storage node
    const FailureImpact all = failureImpact(design, {storageSwitches, {}});
    EXPECT_EQ(all.servers_losing_storage.size(), 32u);
    EXPECT_EQ(lossOn(all, Network::Storage).servers_cut_off.size(), 32u);
    EXPECT_EQ(all.gpusCutOff(Network::Compute), 0);
    // one storage leaf alone: every server is dual-homed to two leaves and keeps its storage, and the ranking
    // says the same as the impact
    const FailureImpact one = failureImpact(design, {{storageSwitches.front()}, {}});
    EXPECT_TRUE(one.servers_losing_storage.empty());
    EXPECT_TRUE(lossOn(one, Network::Storage).servers_cut_off.empty());
    EXPECT_GT(lossOn(one, Network::Storage).links_lost, 0);
    for (const ResilienceEntry& entry : resilienceRanking(design)) {
        if (entry.device == storageSwitches.front()) {
            EXPECT_EQ(entry.servers_losing_storage, 0);
        }
    }
}

TEST(FailureImpact, RankingPutsTheWorstSwitchFirstAndCoversEverySwitch) {
    const Design design = generated("dgx-h100", 32);
    const std::vector<ResilienceEntry> ranking = resilienceRanking(design);
    int switches = 0;
    for (const Device& device : design.devices().items())
        switches +=
            design.typeOf(device).category == DeviceCategory::Switch && device.network != Network::Scaleup;
    EXPECT_EQ(static_cast<int>(ranking.size()), switches);
    // a compute leaf (1/8 of the bandwidth) outranks a spine (nothing)
    EXPECT_DOUBLE_EQ(ranking.front().compute_bandwidth_lost_fraction, 1.0 / 8);
    const FailureImpact worst = failureImpact(design, {{ranking.front().device}, {}});
    EXPECT_DOUBLE_EQ(worst.compute_bandwidth_lost_fraction, ranking.front().compute_bandwidth_lost_fraction);
    for (std::size_t i = 1; i < ranking.size(); ++i) {
        EXPECT_LE(ranking[i].gpusCutOff(Network::Compute), ranking[i - 1].gpusCutOff(Network::Compute));
    }
    EXPECT_EQ(ranking.back().compute_bandwidth_lost_fraction, 0);
}

std::string refusal(const Design& design, const std::string& name) {
    try {
        parseFailureSet(design, {name});
    } catch (const InputError& error) {
        return error.what();
    }
    return "";
}

TEST(FailureImpact, UnknownNamesAreRefusedByName) {
    const Design design = generated("dgx-h100", 4);
    EXPECT_NE(refusal(design, "no-such-switch").find("no-such-switch"), std::string::npos);
    EXPECT_NE(refusal(design, "plane:7").find("plane:7"), std::string::npos);
    EXPECT_NE(refusal(design, "link:999999").find("link:999999"), std::string::npos);
    const FailureSet byLink =
        parseFailureSet(design, {"link:" + std::to_string(design.links().items().front().id)});
    EXPECT_EQ(byLink.links.size(), 1u);
}

} // namespace
} // namespace cs::test
