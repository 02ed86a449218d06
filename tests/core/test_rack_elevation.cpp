#include "io/design_file.h"
#include "model/rack_elevation.h"
#include "model/rack_usage.h"
#include "test_support.h"
#include "topology/floor_plan.h"

#include <algorithm>

namespace cs::test {
namespace {

Design example() {
    return readDesign(kCatalogDir / "examples" / "training-128gpu.json", library());
}

TEST(RackElevation, TheExampleRacksShowTheirUnitsAsTheyAreUsed) {
    const Design design = example();
    std::vector<RackId> racks;
    for (const Rack& rack : design.racks().items())
        racks.push_back(rack.id);
    const std::vector<RackElevation> elevations = rackElevations(design, racks);
    ASSERT_EQ(elevations.size(), design.racks().size());
    const auto usages = rackUsages(design);
    for (const RackElevation& elevation : elevations) {
        const Rack& rack = *design.racks().find(elevation.rack);
        SCOPED_TRACE(rack.name);
        EXPECT_EQ(elevation.height_u, rack.height_u);
        EXPECT_TRUE(elevation.unplaced.empty());
        EXPECT_FALSE(elevation.overlapping);
        EXPECT_EQ(elevation.used_u, usages.at(rack.id).used_u);
        EXPECT_EQ(elevation.used_u + elevation.freeU(), rack.height_u);
        EXPECT_EQ(elevation.placed.size(), usages.at(rack.id).devices);
        for (const ElevationDevice& device : elevation.placed) {
            const Device& placed = *design.devices().find(device.device);
            EXPECT_EQ(device.bottom_u, placed.rack_u);
            EXPECT_EQ(device.height_u, design.typeOf(placed).rack_units);
        }
        EXPECT_EQ(rackElevation(design, rack.id).free.size(), elevation.free.size());
    }
}

// A rack of 10 U: a GPU server of h units (6 for the example's XE9680) at U1 and one without a slot; then one
// at U3 sharing h - 2 units with the first.
TEST(RackElevation, FreeRunsOverlapsAndDevicesWithoutASlot) {
    Design design = example();
    Rack rack;
    rack.id = design.racks().nextId();
    rack.name = "test";
    rack.height_u = 10;
    rack.max_kw = 20;
    design.apply({Add<Rack>{rack}});
    const Device server = *std::find_if(design.devices().items().begin(), design.devices().items().end(),
                                        [&](const Device& d) { return design.gpuCount(d) > 0; });
    const int h = design.typeOf(server).rack_units;
    ASSERT_TRUE(h >= 3 && h <= 8) << h;
    DeviceId next = design.devices().nextId();
    const auto place = [&](int unit) {
        Device device = server;
        device.id = next++;
        device.name = "extra";
        device.name += std::to_string(device.id);
        device.rack = rack.id;
        device.rack_u = unit;
        design.apply({Add<Device>{device}});
        return device.id;
    };
    const DeviceId low = place(1), none = place(0);
    const RackElevation elevation = rackElevation(design, rack.id);
    ASSERT_EQ(elevation.placed.size(), 1u);
    EXPECT_EQ(elevation.placed.front().device, low);
    EXPECT_EQ(elevation.placed.front().topU(), h);
    EXPECT_EQ(elevation.unplaced, (std::vector<DeviceId>{none}));
    ASSERT_EQ(elevation.free.size(), 1u);
    EXPECT_EQ(elevation.free.front().bottom_u, h + 1);
    EXPECT_EQ(elevation.free.front().top_u, 10);
    EXPECT_EQ(elevation.freeU(), 10 - h);
    EXPECT_EQ(elevation.used_u, h);
    EXPECT_FALSE(elevation.overlapping);
    place(3);
    const RackElevation shared = rackElevation(design, rack.id);
    EXPECT_TRUE(shared.overlapping);
    EXPECT_EQ(shared.used_u, h + 2); // units 1 to h + 2, the shared ones once
    EXPECT_EQ(shared.freeU(), 10 - (h + 2));
}

TEST(RackElevation, AnUnknownRackHasNoElevation) {
    EXPECT_EQ(rackElevation(example(), 999).rack, kNoRack);
    EXPECT_TRUE(rackElevation(example(), 999).placed.empty());
}

TEST(RackElevation, TheHallsRowsHoldEveryRackOnce) {
    const Design design = example();
    const FloorPlan floor = floorPlanOf(design);
    std::size_t racks = 0;
    for (const std::vector<RackId>& row : floor.rackRows())
        racks += row.size();
    EXPECT_EQ(racks, design.racks().size());
    // Four canvas rows: the top network rack, the six GPU racks, the second network rack, the services. The
    // GPU row is the only one: the others stand before it, in the middle of a hall of one GPU row.
    ASSERT_EQ(floor.rows(), 4);
    EXPECT_EQ(floor.rackRows().back().size(), 6u);
}

} // namespace
} // namespace cs::test
