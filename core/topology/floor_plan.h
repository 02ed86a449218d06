#pragma once

#include "model/design.h"

#include <optional>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace cs {

// The data hall the racks stand in, for cable lengths (docs/model.md §Floor plan). Assumed, not measured: a
// 600 x 1,200 mm rack footprint, racks side by side in rows, rows front to front and back to back across
// 1.2 m aisles (hot aisle / cold aisle), cables in a tray 0.3 m above the racks.
inline constexpr double kRackWidthM = 0.6;
inline constexpr double kRackDepthM = 1.2;
inline constexpr double kAisleM = 1.2;
inline constexpr double kRackUnitM = 0.04445; // EIA-310: 1.75 in
inline constexpr double kTrayAboveRackM = 0.3;
inline constexpr double kEndSlackM = 0.5;  // at each end: from the port to the rack's cable manager
inline constexpr double kRouteSlack = 0.1; // of a run between racks: bends, tray drops, service loops

// Where a rack stands: its row (from 0, front row first) and place in the row (from 0), and the centre of
// its front in metres.
struct RackSpot {
    int row = 0;
    int position = 0;
    double x_m = 0, y_m = 0;
    int height_u = 0;
};

// Racks in rows as the canvas shows them: racks whose frames start within a row's height of each other on the
// canvas stand in one row, left to right. Rows without a GPU server (network and service racks) stand in the
// middle of the hall, where TIA-942 puts the main distribution area to keep runs short; the GPU rows keep
// their canvas order around them.
class FloorPlan {
public:
    FloorPlan(const std::vector<Rack>& racks, const std::unordered_set<RackId>& gpuRacks);

    const RackSpot* spot(RackId rack) const;
    int rows() const { return static_cast<int>(rows_.size()); }
    // The racks of each row, front row first, each left to right.
    const std::vector<std::vector<RackId>>& rackRows() const { return rows_; }
    // The cable between two devices, from their lowest units: within a rack, up or down its side; between
    // racks, up to the tray, along and across the rows, and down again, plus kRouteSlack. Both ends get
    // kEndSlackM. None when either device stands in no rack.
    std::optional<double> cableLengthM(const Device& a, const Device& b) const;

private:
    std::unordered_map<RackId, RackSpot> spots_;
    std::vector<std::vector<RackId>> rows_;
};

// The hall of a design's racks: the racks holding a GPU server are its GPU rows.
FloorPlan floorPlanOf(const Design& design);

// The length a cable is ordered in: up in 0.5 m steps to 3 m (DAC lengths), in whole metres beyond.
double orderedLengthM(double length_m);

} // namespace cs
