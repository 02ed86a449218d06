#include "catalog.h"
#include "design_file.h"
#include "rack_usage.h"

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

} // namespace
} // namespace cs
