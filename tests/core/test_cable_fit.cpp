#include "model/operation.h"
#include "test_support.h"
#include "topology/cable_fit.h"
#include "topology/cluster_generator.h"
#include "topology/floor_plan.h"

#include <gtest/gtest.h>
#include <map>
#include <set>

namespace cs::test {
namespace {

Design generated(const std::string& server, int servers, std::optional<Fabric> fabric = std::nullopt) {
    GeneratorOptions options;
    options.server = server;
    options.servers = servers;
    options.fabric = fabric;
    return generateCluster(options, library());
}

// The links whose length exceeds their catalog cable's reach, as "link 12 (40 m on ...)".
std::vector<std::string> beyondReach(const Design& design) {
    std::vector<std::string> found;
    for (const Link& link : design.links().items()) {
        const CableType* cable = design.catalog().cable(link.cable);
        if (cable && link.length_m > cable->reach_m)
            found.push_back("link " + std::to_string(link.id) + " (" + std::to_string(link.length_m) +
                            " m on " + cable->id + ")");
    }
    return found;
}

TEST(CableFit, PrefersPassiveThenActiveThenOpticsTheShortestReachFirst) {
    const DeviceType& server = *library().device("dgx-h100");
    const DeviceType& leaf = *library().device("qm9700");
    const PortGroup& nic = *server.groupOn(Network::Compute);
    const PortGroup& switchPort = leaf.port_groups.front();
    CableFit fit(library());
    const std::vector<const CableType*>& cables = fit.fitting(nic, switchPort, 400);
    ASSERT_GE(cables.size(), 2u);
    for (const CableType* cable : cables) {
        EXPECT_EQ(cable->gbps, 400);
        EXPECT_TRUE(cable->connector == nic.connector || cable->connector == switchPort.connector);
    }
    const CableType* inRack = fit.reaching(nic, switchPort, 400, 1);
    ASSERT_NE(inRack, nullptr);
    EXPECT_TRUE(inRack->kind == CableKind::Dac || inRack->kind == CableKind::Copper) << inRack->id;
    const CableType* acrossHall = fit.reaching(nic, switchPort, 400, 40);
    ASSERT_NE(acrossHall, nullptr);
    EXPECT_GE(acrossHall->reach_m, 40);
    for (const CableType* cable : cables) { // the first that reaches: none of its kind reaches less far
        if (cable->reach_m >= 40 && cable->kind == acrossHall->kind) {
            EXPECT_GE(cable->reach_m, acrossHall->reach_m);
        }
    }
    EXPECT_EQ(fit.reaching(nic, switchPort, 400, 1e6), nullptr);
    const CableType* furthest = fit.furthest(nic, switchPort, 400);
    ASSERT_NE(furthest, nullptr);
    for (const CableType* cable : cables)
        EXPECT_LE(cable->reach_m, furthest->reach_m);
    EXPECT_EQ(fit.furthest(nic, switchPort, 123), nullptr) << "no cable runs at 123 Gb/s";
}

// The generator fits its cables with the same code as Fit Cable Lengths: a generated design is already
// fitted, and no generated cable, out-of-band Cat6 included, is longer than it reaches.
TEST(CableFit, GeneratedDesignsOfEveryFabricAreFittedAndWithinReach) {
    struct Case {
        std::string server;
        int servers;
        std::optional<Fabric> fabric;
    };
    for (const Case& c : {Case{"dgx-b300", 144, Fabric::Xdr}, Case{"dgx-b300", 72, Fabric::SpectrumX},
                          Case{"dgx-h100", 128, Fabric::Ndr}, Case{"dgx-h800", 50, Fabric::Hdr},
                          Case{"xe9680", 40, Fabric::Roce400}, Case{"dgx-h100", 33, Fabric::Roce200},
                          Case{"gb200-nvl72", 8, std::nullopt}}) {
        const Design design = generated(c.server, c.servers, c.fabric);
        EXPECT_TRUE(fitCableOperations(design, library()).empty()) << design.name;
        EXPECT_EQ(beyondReach(design), std::vector<std::string>{}) << design.name;
    }
}

// Halls put a management switch in every row: an out-of-band leaf serving the devices of GPU racks (servers,
// a system's compute and NVLink switch trays) stands in the row of the first of them, not in the network
// racks mid-hall (its other devices are in the rows that follow).
TEST(CableFit, GeneratedOutOfBandLeavesStandInTheRowsOfTheirServers) {
    for (const std::string server : {"dgx-b300", "gb200-nvl72"}) {
        const Design design = generated(server, server == "dgx-b300" ? 288 : 16);
        const FloorPlan floor = floorPlanOf(design);
        std::set<RackId> gpuRacks;
        for (const Device& device : design.devices().items())
            if (design.gpuCount(device) > 0)
                gpuRacks.insert(device.rack);
        std::map<DeviceId, int> firstRow; // leaf -> the row of its first device in a GPU rack
        for (const Link& link : design.links().items()) {
            const Device& host = *design.devices().find(link.a.device);
            const Device& leaf = *design.devices().find(link.b.device);
            if (link.network != Network::Oob || !gpuRacks.contains(host.rack) || leaf.role != "leaf")
                continue;
            ASSERT_NE(floor.spot(host.rack), nullptr) << host.name;
            ASSERT_NE(floor.spot(leaf.rack), nullptr) << leaf.name;
            const int first = firstRow.try_emplace(leaf.id, floor.spot(host.rack)->row).first->second;
            EXPECT_EQ(floor.spot(leaf.rack)->row, first) << host.name << " - " << leaf.name;
        }
        EXPECT_GT(firstRow.size(), 1u) << server;
    }
}

// Moving a rack changes the lengths of its cables; Fit Cable Lengths updates just those, as one list whose
// inverses restore the design, and fitting again changes nothing.
TEST(CableFit, FitCableOperationsFollowAMovedRack) {
    Design design = generated("dgx-h100", 64, Fabric::Ndr);
    Rack moved = design.racks().items().front();
    moved.y += 20'000; // a row of its own at the back of the hall
    design.apply({Update<Rack>{moved}});
    const std::vector<Operation> fitted = fitCableOperations(design, library());
    ASSERT_FALSE(fitted.empty());
    const FloorPlan floor = floorPlanOf(design);
    for (const Operation& operation : fitted) {
        const Link& link = std::get<Update<Link>>(operation.value).item;
        const Link& before = *design.links().find(link.id);
        EXPECT_NE(link, before);
        const auto length = linkLengthM(floor, link, *design.devices().find(link.a.device),
                                        *design.devices().find(link.b.device));
        ASSERT_TRUE(length);
        EXPECT_EQ(link.length_m, *length);
    }
    const Design unfitted = design;
    adoptCablesOf(design, library(), fitted);
    const std::vector<Operation> inverses = design.applyAll(fitted);
    EXPECT_TRUE(fitCableOperations(design, library()).empty());
    EXPECT_EQ(beyondReach(design), std::vector<std::string>{});
    design.applyAll(inverses);
    for (const Link& link : unfitted.links().items())
        EXPECT_EQ(*design.links().find(link.id), link);
}

} // namespace
} // namespace cs::test
