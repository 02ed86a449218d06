#include "base/input_error.h"
#include "io/design_file.h"
#include "model/catalog.h"
#include "model/operation.h"
#include "model/rack_usage.h"

#include <cmath>
#include <gtest/gtest.h>

namespace cs {
namespace {

TEST(RackUsage, SumsTheCatalogPowerAndUnitsOfTheRacksDevices) {
    const Catalog library = Catalog::loadDirectory(Catalog::defaultDirectory());
    const Design design =
        readDesign(Catalog::defaultDirectory() / "examples" / "training-128gpu.json", library);
    double allMaxWatts = 0;
    std::size_t racked = 0;
    for (const Rack& rack : design.racks().items()) {
        const RackUsage usage = rackUsage(design, rack.id);
        allMaxWatts += usage.max_watts;
        racked += usage.devices;
        EXPECT_GE(usage.max_watts, usage.idle_watts);
        EXPECT_GT(usage.used_u, 0) << rack.name;
    }
    double expected = 0;
    std::size_t expectedRacked = 0;
    for (const Device& device : design.devices().items()) {
        if (device.rack != kNoRack) {
            expected += design.typeOf(device).max_watts;
            ++expectedRacked;
        }
    }
    EXPECT_DOUBLE_EQ(allMaxWatts, expected);
    EXPECT_EQ(racked, expectedRacked);
    EXPECT_EQ(rackUsage(design, 9999).devices, 0u);
    const auto all = rackUsages(design);
    for (const Rack& rack : design.racks().items()) {
        EXPECT_EQ(all.at(rack.id).max_watts, rackUsage(design, rack.id).max_watts) << rack.name;
        EXPECT_EQ(all.at(rack.id).used_u, rackUsage(design, rack.id).used_u) << rack.name;
    }
}

TEST(RackUsage, FreeSlotsFillTheLowestGapsThatFit) {
    const Catalog library = Catalog::loadDirectory(Catalog::defaultDirectory());
    Design design;
    design.adoptType(library, "dgx-h100"); // 8 U
    design.adoptType(library, "qm9700");   // 1 U
    design.apply({Add<Rack>{Rack{.id = 1, .name = "r1", .max_kw = 40, .height_u = 12}}});
    const auto add = [&design](const std::string& type, RackId rack, int rackU) {
        Device device;
        device.id = design.devices().nextId();
        device.type = type;
        device.name = type + std::to_string(device.id);
        device.rack = rack;
        device.rack_u = rackU;
        if (type == "qm9700")
            device.network = Network::Compute;
        design.apply({Add<Device>{device}});
        return device.id;
    };
    add("qm9700", 1, 1);
    const DeviceId atFour = add("qm9700", 1, 4);
    const std::vector<DeviceId> moved{add("dgx-h100", kNoRack, 0), add("qm9700", kNoRack, 0),
                                      add("qm9700", kNoRack, 0), add("dgx-h100", kNoRack, 0)};
    // U1 and U4 are taken: the first server needs U5-U12, the switches take U2 and U3, nothing is left.
    EXPECT_EQ(freeSlots(design, 1, moved), (std::vector<int>{5, 2, 3, 0}));
    // A device already in the rack that moves again gives up its own slot.
    const std::vector<DeviceId> again{atFour};
    EXPECT_EQ(freeSlots(design, 1, again), std::vector<int>{2});
    EXPECT_THROW(freeSlots(design, 7, moved), InputError);
}

TEST(RackUsage, PowerUtilisationIsMaxPowerOverTheLimit) {
    const Rack rack{.id = 1, .name = "r1", .max_kw = 40};
    EXPECT_DOUBLE_EQ(rackPowerUtilisation(RackUsage{.max_watts = 30'000}, rack), 0.75);
    EXPECT_DOUBLE_EQ(rackPowerUtilisation(RackUsage{.max_watts = 50'000}, rack), 1.25);
    EXPECT_TRUE(std::isinf(rackPowerUtilisation(RackUsage{.max_watts = 1}, Rack{.max_kw = 0})));
    EXPECT_EQ(rackPowerUtilisation(RackUsage{}, Rack{.max_kw = 0}), 0);
}

// Each limit on its own: the power feed, the cooling (air's ceiling, or the liquid capacity declared), liquid
// devices in an air-cooled rack, the height.
TEST(RackUsage, LimitsExceededNamesEachLimitOnItsOwn) {
    const Rack air{.id = 1, .name = "r1", .max_kw = 40, .height_u = 42};
    EXPECT_FALSE(rackLimitsExceeded(RackUsage{.max_watts = 40'000, .used_u = 42}, air).any());
    const RackLimitsExceeded power = rackLimitsExceeded(RackUsage{.max_watts = 40'001}, air);
    EXPECT_TRUE(power.power);
    EXPECT_FALSE(power.cooling || power.cooling_mismatch || power.height);
    EXPECT_TRUE(rackLimitsExceeded(RackUsage{.used_u = 43}, air).height);
    EXPECT_TRUE(rackLimitsExceeded(RackUsage{.liquid_devices = true}, air).cooling_mismatch);

    const Rack hot{.id = 2, .name = "r2", .max_kw = 80, .height_u = 42};
    const RackLimitsExceeded overAir = rackLimitsExceeded(RackUsage{.max_watts = 60'000}, hot);
    EXPECT_TRUE(overAir.cooling); // above the 56 kW air ceiling, within the 80 kW feed
    EXPECT_FALSE(overAir.power);

    const Rack liquid{.id = 3, .max_kw = 132, .cooling = Cooling::Liquid, .cooling_kw = 100};
    EXPECT_TRUE(rackLimitsExceeded(RackUsage{.max_watts = 120'000}, liquid).cooling);
    EXPECT_FALSE(rackLimitsExceeded(RackUsage{.max_watts = 90'000, .liquid_devices = true}, liquid).any());
}

} // namespace
} // namespace cs
