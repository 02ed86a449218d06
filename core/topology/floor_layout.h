#pragma once

#include "model/design.h"
#include "topology/floor_plan.h"

#include <cstdint>
#include <nlohmann/json_fwd.hpp>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace cs {

// How far a rack's catalog maximum power goes into its feed (max_kw), in the bands the canvas' power bars use
// (docs/model.md §Budget status: below 70 % passes, below 100 % warns, from 100 % fails), the passing range
// split at its middle so that lightly loaded racks stand apart. Empty: it draws nothing.
enum class RackLoad : std::uint8_t { Empty, Light, Moderate, High, Over };
inline constexpr double kRackLightUtilisation = 0.35;
RackLoad rackLoadOf(double utilisation);
std::string_view rackLoadId(RackLoad load); // empty, light, moderate, high, over

// A row's front faces the next row across a cold aisle or its back faces it across a hot aisle: rows stand
// front to front and back to back, the first row's front towards the second (docs/model.md §Floor plan).
enum class AisleKind : std::uint8_t { Cold, Hot };
std::string_view aisleKindId(AisleKind kind); // cold, hot

// A rack on the floor, seen from above: its footprint (kRackWidthM x kRackDepthM) from the hall's top-left
// corner, y towards the back of the hall, and what it holds against its limits.
struct FloorRack {
    RackId rack = kNoRack;
    std::string name;
    int row = 0, position = 0; // from 0, as FloorPlan numbers them
    double x_m = 0, y_m = 0;   // the footprint's top-left corner
    bool front_down = true;    // its front (the cold side) faces +y
    std::size_t devices = 0;
    int gpus = 0;
    double max_watts = 0;   // its devices' catalog maximum (RackUsage::max_watts)
    double limit_kw = 0;    // the rack's feed (Rack::max_kw)
    double utilisation = 0; // max_watts against the feed (rackPowerUtilisation)
    RackLoad load = RackLoad::Empty;
    Cooling cooling = Cooling::Air;
    double cooling_kw = 0;   // the heat its cooling removes (rackCoolingKw)
    bool over_limit = false; // it exceeds its feed, its cooling or its height (rackLimitsExceeded)
};

// A row of racks, left to right: FloorLayout::racks[first, first + count).
struct FloorRow {
    int row = 0;
    double y_m = 0; // the top of its footprints
    bool front_down = true;
    std::size_t first = 0, count = 0;
    double max_watts = 0;
    int gpus = 0;
};

// The aisle between row `after` and row `after + 1`, kAisleM deep from y_m.
struct FloorAisle {
    int after = 0;
    AisleKind kind = AisleKind::Cold;
    double y_m = 0;
};

// The data hall as the floor plan builds it (floorPlanOf): every rack on its spot, the aisles between the
// rows and the hall's size, with kAisleM of clearance around the rows.
struct FloorLayout {
    std::vector<FloorRack> racks; // row by row, each left to right
    std::vector<FloorRow> rows;   // front row first
    std::vector<FloorAisle> aisles;
    double width_m = 0, depth_m = 0;
    double max_watts = 0; // every rack's devices, catalog maximum
    int gpus = 0;         // in racks

    // The rack's place in `racks`, or nullptr when it stands on no spot.
    const FloorRack* find(RackId rack) const;

private:
    friend FloorLayout floorLayoutOf(const Design& design, const FloorPlan& plan);
    std::unordered_map<RackId, std::size_t> index_;
};

// The layout of the design's floor plan (`plan` = floorPlanOf(design)). O(racks + devices).
FloorLayout floorLayoutOf(const Design& design, const FloorPlan& plan);
FloorLayout floorLayoutOf(const Design& design);

// The layout as `export --format floorplan -o plan.json` writes it: the hall's size and totals, each row with
// its totals and racks, the aisles. Rows and places count from 1, as the dock and the cable schedule do; a
// rack's utilisation is null when it has devices but no power limit.
nlohmann::json floorLayoutToJson(const FloorLayout& layout);

} // namespace cs
