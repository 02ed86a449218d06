#include "test_support.h"
#include "topology/floor_plan.h"

#include <set>

namespace cs::test {
namespace {

Rack rackAt(RackId id, double x, double y) {
    Rack rack;
    rack.id = id;
    rack.x = x;
    rack.y = y;
    return rack;
}

Device deviceIn(RackId rack, int unit) {
    Device device;
    device.rack = rack;
    device.rack_u = unit;
    return device;
}

TEST(FloorPlan, RacksStandInTheCanvasRowsLeftToRight) {
    // Two canvas rows (y 0 and 400), given out of order; a rack a little lower still joins its row.
    const FloorPlan floor({rackAt(1, 720, 0), rackAt(2, 0, 400), rackAt(3, 0, 10), rackAt(4, 720, 400)},
                          {1, 2, 3, 4});
    EXPECT_EQ(floor.rows(), 2);
    ASSERT_NE(floor.spot(3), nullptr);
    EXPECT_EQ(floor.spot(3)->row, 0);
    EXPECT_EQ(floor.spot(3)->position, 0);
    EXPECT_EQ(floor.spot(1)->position, 1);
    EXPECT_EQ(floor.spot(2)->row, 1);
    EXPECT_DOUBLE_EQ(floor.spot(1)->x_m, 1.5 * kRackWidthM);
    EXPECT_DOUBLE_EQ(floor.spot(4)->y_m, kRackDepthM + kAisleM);
    EXPECT_EQ(floor.spot(99), nullptr);
    EXPECT_EQ(floor.rackRows(), (std::vector<std::vector<RackId>>{{3, 1}, {2, 4}}));
}

TEST(FloorPlan, NetworkRowsStandInTheMiddleOfTheHall) {
    // Four GPU rows, then a row of network racks at the bottom of the canvas: on the floor it is the third.
    std::vector<Rack> racks;
    for (RackId id = 1; id <= 5; ++id)
        racks.push_back(rackAt(id, 0, 400.0 * id));
    const FloorPlan floor(racks, {1, 2, 3, 4});
    EXPECT_EQ(floor.spot(1)->row, 0);
    EXPECT_EQ(floor.spot(2)->row, 1);
    EXPECT_EQ(floor.spot(5)->row, 2);
    EXPECT_EQ(floor.spot(3)->row, 3);
    EXPECT_EQ(floor.spot(4)->row, 4);
}

TEST(FloorPlan, CableLengthsByHand) {
    const FloorPlan floor({rackAt(1, 0, 0), rackAt(2, 720, 0), rackAt(3, 0, 400)}, {1, 2, 3});
    // Same rack, U1 to U41: 40 units of 44.45 mm, plus 0.5 m at each end.
    EXPECT_NEAR(*floor.cableLengthM(deviceIn(1, 1), deviceIn(1, 41)), 40 * 0.04445 + 1, 1e-9);
    // Neighbouring racks, both from U1 of 42 U racks: up 42 U and 0.3 m, across 0.6 m, down again; 10 %
    // slack on the run, 0.5 m at each end.
    const double up = 42 * 0.04445 + 0.3;
    EXPECT_NEAR(*floor.cableLengthM(deviceIn(1, 1), deviceIn(2, 1)), (2 * up + 0.6) * 1.1 + 1, 1e-9);
    // The next row: 2.4 m across the aisle.
    EXPECT_NEAR(*floor.cableLengthM(deviceIn(1, 1), deviceIn(3, 1)), (2 * up + 2.4) * 1.1 + 1, 1e-9);
    // A device in no rack has no length.
    EXPECT_FALSE(floor.cableLengthM(deviceIn(1, 1), deviceIn(kNoRack, 0)).has_value());
}

TEST(FloorPlan, LengthsAreOrderedInStandardSteps) {
    EXPECT_DOUBLE_EQ(orderedLengthM(0.7), 1.0);
    EXPECT_DOUBLE_EQ(orderedLengthM(1.0), 1.0);
    EXPECT_DOUBLE_EQ(orderedLengthM(2.6), 3.0);
    EXPECT_DOUBLE_EQ(orderedLengthM(3.2), 4.0);
    EXPECT_DOUBLE_EQ(orderedLengthM(17.01), 18.0);
}

TEST(FloorPlan, GeneratedCablesHaveLengthsAndReachThem) {
    const Design design = generated("dgx-h100", 256);
    std::set<std::string> storageOptics;
    for (const Link& link : design.links().items()) {
        ASSERT_GT(link.length_m, 0) << "link " << link.id;
        const CableType* cable = design.catalog().cable(link.cable);
        ASSERT_NE(cable, nullptr) << "link " << link.id;
        EXPECT_GE(cable->reach_m, link.length_m) << cable->id << " on link " << link.id;
        if (link.network == Network::Storage && cable->kind == CableKind::Transceiver)
            storageOptics.insert(cable->id);
    }
    // Within one hall a 100G storage link takes multimode SR4 optics, not 2 km single-mode CWDM4.
    EXPECT_EQ(storageOptics, std::set<std::string>{"qsfp28-100g-sr4"});
}

} // namespace
} // namespace cs::test
