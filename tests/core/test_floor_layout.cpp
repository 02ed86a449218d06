#include "io/design_file.h"
#include "model/rack_usage.h"
#include "power/design_power.h"
#include "test_support.h"
#include "topology/floor_layout.h"

#include <nlohmann/json.hpp>
#include <set>

namespace cs::test {
namespace {

// What every hall must satisfy: each rack of the design on exactly one spot, inside the hall, no two
// footprints overlapping, rows in order with aisles between them alternating cold and hot, and the row totals
// adding up to the design's.
void expectSoundHall(const Design& design) {
    const FloorLayout layout = floorLayoutOf(design);
    ASSERT_EQ(layout.racks.size(), design.racks().size());
    std::set<RackId> seen;
    std::set<std::pair<int, int>> spots;
    for (const FloorRack& rack : layout.racks) {
        EXPECT_TRUE(seen.insert(rack.rack).second) << rack.name;
        EXPECT_TRUE(spots.insert({rack.row, rack.position}).second) << rack.name;
        EXPECT_EQ(layout.find(rack.rack), &rack);
        EXPECT_GE(rack.x_m, kAisleM - 1e-9);
        EXPECT_LE(rack.x_m + kRackWidthM, layout.width_m - kAisleM + 1e-9);
        EXPECT_LE(rack.y_m + kRackDepthM, layout.depth_m - kAisleM + 1e-9);
    }
    // Neighbours in a row touch side by side; rows are a rack depth and an aisle apart: no overlap anywhere.
    std::size_t racks = 0;
    double maxWatts = 0;
    int gpus = 0;
    for (std::size_t r = 0; r < layout.rows.size(); ++r) {
        const FloorRow& row = layout.rows[r];
        EXPECT_EQ(row.row, static_cast<int>(r));
        EXPECT_EQ(row.first, racks);
        double rowWatts = 0;
        int rowGpus = 0;
        for (std::size_t i = row.first; i < row.first + row.count; ++i) {
            const FloorRack& rack = layout.racks[i];
            EXPECT_EQ(rack.row, row.row);
            EXPECT_EQ(rack.position, static_cast<int>(i - row.first));
            EXPECT_DOUBLE_EQ(rack.y_m, row.y_m);
            EXPECT_EQ(rack.front_down, row.front_down);
            if (i > row.first) {
                EXPECT_NEAR(rack.x_m - layout.racks[i - 1].x_m, kRackWidthM, 1e-9);
            }
            rowWatts += rack.max_watts;
            rowGpus += rack.gpus;
        }
        EXPECT_DOUBLE_EQ(row.max_watts, rowWatts);
        EXPECT_EQ(row.gpus, rowGpus);
        if (r > 0) {
            EXPECT_NEAR(row.y_m - layout.rows[r - 1].y_m, kRackDepthM + kAisleM, 1e-9);
        }
        racks += row.count;
        maxWatts += row.max_watts;
        gpus += row.gpus;
    }
    EXPECT_EQ(racks, design.racks().size());
    EXPECT_NEAR(layout.max_watts, maxWatts, 1e-6);
    EXPECT_EQ(layout.gpus, gpus);
    // The design's own totals: every GPU and every watt of the racked devices.
    int designGpus = 0;
    double designWatts = 0;
    for (const Device& device : design.devices().items()) {
        if (device.rack == kNoRack)
            continue;
        designGpus += design.gpuCount(device);
        designWatts += design.typeOf(device).max_watts;
    }
    EXPECT_EQ(layout.gpus, designGpus);
    EXPECT_NEAR(layout.max_watts, designWatts, 1e-6);
    // One aisle between each pair of rows, between their footprints, cold then hot then cold.
    ASSERT_EQ(layout.aisles.size(), layout.rows.empty() ? 0 : layout.rows.size() - 1);
    for (std::size_t a = 0; a < layout.aisles.size(); ++a) {
        const FloorAisle& aisle = layout.aisles[a];
        EXPECT_EQ(aisle.after, static_cast<int>(a));
        EXPECT_EQ(aisle.kind, a % 2 == 0 ? AisleKind::Cold : AisleKind::Hot);
        EXPECT_NEAR(aisle.y_m, layout.rows[a].y_m + kRackDepthM, 1e-9);
        EXPECT_NEAR(aisle.y_m + kAisleM, layout.rows[a + 1].y_m, 1e-9);
        // Front to front across a cold aisle, back to back across a hot one.
        EXPECT_NE(layout.rows[a].front_down, layout.rows[a + 1].front_down);
        EXPECT_EQ(layout.rows[a].front_down, aisle.kind == AisleKind::Cold);
    }
}

TEST(FloorLayout, TheExampleHallsAreSound) {
    for (const char* example : {"training-128gpu.json", "finetune-l40s-4server.json", "edge-site.json"}) {
        SCOPED_TRACE(example);
        expectSoundHall(readDesign(kCatalogDir / "examples" / example, library()));
    }
}

TEST(FloorLayout, AGeneratedHallIsSound) {
    expectSoundHall(generated("dgx-h100", 256));
}

TEST(FloorLayout, TheExampleHallByHand) {
    const Design design = readDesign(kCatalogDir / "examples" / "training-128gpu.json", library());
    const FloorLayout layout = floorLayoutOf(design);
    // Four rows (floor_plan.h: the GPU row of six racks, the network and service rows before it).
    ASSERT_EQ(layout.rows.size(), 4u);
    EXPECT_EQ(layout.rows.back().count, 6u);
    EXPECT_EQ(layout.rows.back().gpus, 128);
    EXPECT_NEAR(layout.width_m, 2 * kAisleM + 6 * kRackWidthM, 1e-9);
    EXPECT_NEAR(layout.depth_m, 2 * kAisleM + 4 * kRackDepthM + 3 * kAisleM, 1e-9);
    // Each rack's figures are the rack usage's.
    const auto usages = rackUsages(design);
    for (const FloorRack& rack : layout.racks) {
        const Rack& source = *design.racks().find(rack.rack);
        EXPECT_EQ(rack.name, source.name);
        EXPECT_EQ(rack.devices, usages.at(rack.rack).devices);
        EXPECT_DOUBLE_EQ(rack.max_watts, usages.at(rack.rack).max_watts);
        EXPECT_DOUBLE_EQ(rack.limit_kw, source.max_kw);
        EXPECT_EQ(rack.cooling, source.cooling);
        EXPECT_EQ(rack.load, rackLoadOf(rack.max_watts / (source.max_kw * 1000)));
    }
    EXPECT_EQ(layout.find(9999), nullptr);
}

TEST(FloorLayout, LoadBandsFollowTheBudgetGrades) {
    EXPECT_EQ(rackLoadOf(0), RackLoad::Empty);
    EXPECT_EQ(rackLoadOf(0.2), RackLoad::Light);
    EXPECT_EQ(rackLoadOf(kRackLightUtilisation), RackLoad::Moderate);
    EXPECT_EQ(rackLoadOf(kBudgetWarnUtilisation), RackLoad::High);
    EXPECT_EQ(rackLoadOf(1.0), RackLoad::Over);
    EXPECT_EQ(rackLoadOf(std::numeric_limits<double>::infinity()), RackLoad::Over);
    EXPECT_EQ(aisleKindId(AisleKind::Cold), "cold");
    EXPECT_EQ(aisleKindId(AisleKind::Hot), "hot");
}

TEST(FloorLayout, TheJsonHasEveryRackRowAndAisle) {
    const Design design = readDesign(kCatalogDir / "examples" / "training-128gpu.json", library());
    const FloorLayout layout = floorLayoutOf(design);
    const nlohmann::json json = floorLayoutToJson(layout);
    EXPECT_DOUBLE_EQ(json["hall"]["width_m"].get<double>(), layout.width_m);
    EXPECT_EQ(json["racks"], design.racks().size());
    EXPECT_EQ(json["gpus"], 128);
    ASSERT_EQ(json["rows"].size(), layout.rows.size());
    const nlohmann::json& gpuRow = json["rows"].back();
    EXPECT_EQ(gpuRow["row"], 4); // from 1
    EXPECT_EQ(gpuRow["racks"].size(), 6u);
    const nlohmann::json& rack = gpuRow["racks"].front();
    const FloorRack& first = layout.racks[layout.rows.back().first];
    EXPECT_EQ(rack["name"], first.name);
    EXPECT_EQ(rack["position"], 1);
    EXPECT_EQ(rack["load"], rackLoadId(first.load));
    EXPECT_EQ(rack["cooling"], "air");
    EXPECT_DOUBLE_EQ(rack["utilisation"].get<double>(), first.utilisation);
    ASSERT_EQ(json["aisles"].size(), 3u);
    EXPECT_EQ(json["aisles"][0]["after_row"], 1);
    EXPECT_EQ(json["aisles"][1]["kind"], "hot");
    EXPECT_EQ(rackLoadId(RackLoad::Moderate), "moderate");
}

TEST(FloorLayout, ADesignWithoutRacksHasAnEmptyHall) {
    const FloorLayout layout = floorLayoutOf(Design{});
    EXPECT_TRUE(layout.racks.empty());
    EXPECT_TRUE(layout.rows.empty());
    EXPECT_TRUE(layout.aisles.empty());
    EXPECT_EQ(layout.gpus, 0);
}

} // namespace
} // namespace cs::test
