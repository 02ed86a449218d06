#include "analysis/degraded_cluster.h"
#include "analysis/failure_impact.h"
#include "base/input_error.h"
#include "test_support.h"
#include "topology/cluster_generator.h"

#include <algorithm>

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
    EXPECT_EQ(
        std::count_if(ranking.begin(), ranking.end(), [](const ResilienceEntry& e) { return e.device != 0; }),
        switches);
    // a compute leaf (1/8 of the bandwidth) outranks a spine (nothing)
    EXPECT_DOUBLE_EQ(ranking.front().compute_bandwidth_lost_fraction, 1.0 / 8);
    const FailureImpact worst = failureImpact(design, {{ranking.front().device}, {}});
    EXPECT_DOUBLE_EQ(worst.compute_bandwidth_lost_fraction, ranking.front().compute_bandwidth_lost_fraction);
    for (std::size_t i = 1; i < ranking.size(); ++i) {
        EXPECT_LE(ranking[i].gpusCutOff(Network::Compute), ranking[i - 1].gpusCutOff(Network::Compute));
    }
    EXPECT_EQ(ranking.back().compute_bandwidth_lost_fraction, 0);
}

// The capacity of the compute links between leaves and spines of the design.
double leafSpineGbps(const Design& design) {
    double gbps = 0;
    for (const Link& link : design.links().items()) {
        const Device& a = *design.devices().find(link.a.device);
        const Device& b = *design.devices().find(link.b.device);
        if (link.network == Network::Compute && (a.role == "leaf" || b.role == "leaf") &&
            (a.role == "spine" || b.role == "spine"))
            gbps += link.gbps;
    }
    return gbps;
}

TEST(FailureImpact, OneSpineDownCutsBisectionByOneSpinesShareAndRaisesTheLeavesOversubscription) {
    const Design design = generated("dgx-h100", 32);
    const std::vector<DeviceId> spines = switchesWhere(design, Network::Compute, "spine");
    ASSERT_GE(spines.size(), 2u);
    const double spineCount = static_cast<double>(spines.size());
    const FailureImpact impact = failureImpact(design, {{spines.front()}, {}});
    const NetworkLoss& compute = lossOn(impact, Network::Compute);
    // 256 NICs at 400G up to 8 leaves, 1:1 to the spines: the host-leaf and leaf-spine boundaries are equal,
    // so the intact bisection is half of either, and one spine down takes its share of the leaf-spine one.
    EXPECT_DOUBLE_EQ(compute.intact_bisection_gbps, 256 * 400 / 2.0);
    EXPECT_DOUBLE_EQ(compute.intact_bisection_gbps, leafSpineGbps(design) / 2);
    EXPECT_DOUBLE_EQ(compute.bisection_gbps, compute.intact_bisection_gbps * (spineCount - 1) / spineCount);
    EXPECT_TRUE(compute.servers_cut_off.empty());
    // every leaf lost one spine's up-links: down / live up = S / (S - 1)
    EXPECT_DOUBLE_EQ(impact.worst_leaf_oversubscription, spineCount / (spineCount - 1));
    // the spine's own links (its management port too) are dead, nothing else
    EXPECT_EQ(impact.dead_links.size(), design.linksOf(spines.front()).size());
    // storage is another network: its bisection is untouched
    const NetworkLoss& storage = lossOn(impact, Network::Storage);
    EXPECT_GT(storage.intact_bisection_gbps, 0);
    EXPECT_DOUBLE_EQ(storage.bisection_gbps, storage.intact_bisection_gbps);
}

TEST(FailureImpact, RailOnlyLeafDownCostsItsRailsAndItsIslandsBisection) {
    const Design design = generated("dgx-h100", 32, std::nullopt, Topology::RailOnly);
    const std::vector<DeviceId> leaves = switchesWhere(design, Network::Compute, "leaf");
    ASSERT_EQ(leaves.size(), 4u); // 64-port leaves, two rails of 32 servers each, no spines
    EXPECT_TRUE(switchesWhere(design, Network::Compute, "spine").empty());
    const FailureImpact impact = failureImpact(design, {{leaves.front()}, {}});
    const NetworkLoss& compute = lossOn(impact, Network::Compute);
    EXPECT_EQ(compute.gpus_cut_off, 0); // NVLink forwards the two rails' GPUs to sibling NICs
    EXPECT_EQ(compute.servers_degraded, 32);
    for (const ServerImpact& server : impact.servers)
        EXPECT_DOUBLE_EQ(server.compute_bandwidth_fraction, 6.0 / 8);
    // four independent islands, each half its 64 host links; one island gone
    EXPECT_DOUBLE_EQ(compute.intact_bisection_gbps, 4 * 64 * 400 / 2.0);
    EXPECT_DOUBLE_EQ(compute.bisection_gbps, 3 * 64 * 400 / 2.0);
    EXPECT_EQ(impact.worst_leaf_oversubscription, 0); // no up-links to lose
}

TEST(FailureImpact, AStorageNodeDownIsLostAndOnlyItsLinksDie) {
    const Design design = generated("dgx-h100", 32);
    DeviceId node = 0;
    for (const Device& device : design.devices().items()) {
        if (node == 0 && design.typeOf(device).category == DeviceCategory::Storage)
            node = device.id;
    }
    ASSERT_NE(node, 0u);
    const FailureImpact impact = failureImpact(design, {{node}, {}});
    EXPECT_EQ(impact.storage_nodes_lost, std::vector<DeviceId>{node});
    EXPECT_TRUE(impact.servers_losing_storage.empty());
    EXPECT_EQ(impact.gpusCutOff(Network::Compute), 0);
    EXPECT_EQ(impact.dead_links.size(), design.linksOf(node).size());
    for (LinkId id : design.linksOf(node))
        EXPECT_TRUE(impact.isDead(id));
}

TEST(FailureImpact, OneServerLinkDownByIdCostsThatServerOneNic) {
    const Design design = generated("dgx-h100", 32);
    const Device& server = named(design, "gpu-01");
    LinkId computeLink = 0;
    for (LinkId id : design.linksOf(server.id)) {
        if (computeLink == 0 && design.links().find(id)->network == Network::Compute)
            computeLink = id;
    }
    const FailureImpact impact =
        failureImpact(design, parseFailureSet(design, {"link:" + std::to_string(computeLink)}));
    ASSERT_EQ(impact.servers.size(), 1u);
    EXPECT_EQ(impact.servers.front().server, server.id);
    EXPECT_DOUBLE_EQ(impact.servers.front().compute_bandwidth_fraction, 7.0 / 8);
    EXPECT_EQ(impact.dead_links, std::vector<LinkId>{computeLink});
    EXPECT_DOUBLE_EQ(impact.compute_bandwidth_lost_fraction, 1.0 / 256);
}

TEST(FailureImpact, TheRankingHasOneEntryPerLinkClass) {
    const Design design = generated("dgx-h100", 32);
    std::vector<std::string> classes;
    for (const ResilienceEntry& entry : resilienceRanking(design)) {
        if (entry.device != 0)
            continue;
        EXPECT_NE(entry.link, 0u);
        classes.push_back(entry.link_class);
        ASSERT_EQ(entry.networks.size(), 1u);
        EXPECT_EQ(entry.networks.front().links_lost, entry.link_class.ends_with("server-leaf") ? 1 : 0)
            << entry.link_class;
    }
    for (const char* expected : {"compute server-leaf", "compute leaf-spine", "storage server-leaf"})
        EXPECT_EQ(std::count(classes.begin(), classes.end(), expected), 1) << expected;
}

TEST(FailureImpact, WithAPlanTheRankingPutsWhatStopsItFirstThenTheSlowestStep) {
    // two DGX H100 on one leaf, one compute link each: the leaf or either server link down stops a plan on
    // both servers; a spare leaf with nothing cabled costs it nothing
    Design design = smallDesign();
    design.apply({Add<Device>{Device{5, "qm9700", "leaf-2", 360, 0, 1, 19, "", Network::Compute, "leaf"}}});
    Plan plan = readPlan(
        {{"model", {{"preset", "llama2-7b"}}}, {"parallelism", {{"tp", 8}, {"dp", 2}, {"global_batch", 16}}}},
        library(), "plan.json");
    applyDesignCluster(design, plan);
    const std::vector<ResilienceEntry> ranking =
        resilienceRanking(design, planOnDegradedFabric(design, plan));
    ASSERT_FALSE(ranking.empty());
    EXPECT_EQ(ranking.front().device, named(design, "leaf-1").id);
    bool runs = false;
    for (const ResilienceEntry& entry : ranking) {
        EXPECT_FALSE(runs && !entry.cannot_run.empty()) << "a plan that cannot run ranks after one that runs";
        runs |= entry.cannot_run.empty();
        if (entry.cannot_run.empty()) {
            EXPECT_TRUE(entry.step_time_s.has_value());
        } else {
            EXPECT_NE(entry.cannot_run.find("needs 16 GPUs"), std::string::npos) << entry.cannot_run;
        }
    }
    EXPECT_TRUE(runs);
    EXPECT_EQ(ranking.back().device, 5u);
    const auto serverLink = std::find_if(ranking.begin(), ranking.end(), [](const ResilienceEntry& entry) {
        return entry.link_class == "compute server-leaf";
    });
    ASSERT_NE(serverLink, ranking.end());
    EXPECT_NE(serverLink->cannot_run.find("link:"), std::string::npos) << serverLink->cannot_run;
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
