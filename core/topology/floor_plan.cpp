#include "topology/floor_plan.h"

#include <algorithm>
#include <cmath>

namespace cs {

namespace {

// Canvas pixels: racks whose frames start closer than a row of servers (rack_layout.h CanvasGrid) share a
// row.
constexpr double kRowTolerancePx = 135;
constexpr double kRowPitchM = kRackDepthM + kAisleM;

// How high a device's lowest unit sits in its rack, in metres; the rack's middle when it has no slot.
double unitHeightM(const Device& device, const RackSpot& spot) {
    const double unit = device.rack_u > 0 ? device.rack_u : spot.height_u / 2.0;
    return (unit - 1) * kRackUnitM;
}

} // namespace

FloorPlan::FloorPlan(const std::vector<Rack>& racks, const std::unordered_set<RackId>& gpuRacks) {
    std::vector<const Rack*> order;
    order.reserve(racks.size());
    for (const Rack& rack : racks)
        order.push_back(&rack);
    std::sort(order.begin(), order.end(), [](const Rack* a, const Rack* b) {
        return a->y != b->y ? a->y < b->y : a->x != b->x ? a->x < b->x : a->id < b->id;
    });
    // Canvas rows, then the GPU rows with the others in their middle.
    std::vector<std::vector<const Rack*>> gpuRows, otherRows;
    for (std::size_t i = 0; i < order.size();) {
        std::vector<const Rack*> row;
        for (; i < order.size() && (row.empty() || order[i]->y - row.front()->y < kRowTolerancePx); ++i)
            row.push_back(order[i]);
        const bool gpus = std::any_of(row.begin(), row.end(),
                                      [&](const Rack* rack) { return gpuRacks.contains(rack->id); });
        (gpus ? gpuRows : otherRows).push_back(std::move(row));
    }
    std::vector<std::vector<const Rack*>> hall = std::move(gpuRows);
    hall.insert(hall.begin() + static_cast<std::ptrdiff_t>(hall.size() / 2), otherRows.begin(),
                otherRows.end());
    for (std::vector<const Rack*>& row : hall) {
        std::sort(row.begin(), row.end(),
                  [](const Rack* a, const Rack* b) { return a->x != b->x ? a->x < b->x : a->id < b->id; });
        const int number = rows();
        std::vector<RackId>& ids = rows_.emplace_back();
        for (std::size_t i = 0; i < row.size(); ++i) {
            spots_[row[i]->id] = {number, static_cast<int>(i), (static_cast<double>(i) + 0.5) * kRackWidthM,
                                  number * kRowPitchM, row[i]->height_u};
            ids.push_back(row[i]->id);
        }
    }
}

FloorPlan floorPlanOf(const Design& design) {
    std::unordered_set<RackId> gpuRacks;
    for (const Device& device : design.devices().items())
        if (device.rack != kNoRack && design.gpuCount(device) > 0)
            gpuRacks.insert(device.rack);
    return FloorPlan(design.racks().items(), gpuRacks);
}

const RackSpot* FloorPlan::spot(RackId rack) const {
    const auto it = spots_.find(rack);
    return it == spots_.end() ? nullptr : &it->second;
}

std::optional<double> FloorPlan::cableLengthM(const Device& a, const Device& b) const {
    const RackSpot* spotA = spot(a.rack);
    const RackSpot* spotB = spot(b.rack);
    if (!spotA || !spotB)
        return std::nullopt;
    const double heightA = unitHeightM(a, *spotA), heightB = unitHeightM(b, *spotB);
    if (a.rack == b.rack)
        return std::abs(heightA - heightB) + 2 * kEndSlackM;
    const auto rise = [](const RackSpot& spot, double height) {
        return spot.height_u * kRackUnitM - height + kTrayAboveRackM;
    };
    const double run = rise(*spotA, heightA) + std::abs(spotA->x_m - spotB->x_m) +
                       std::abs(spotA->y_m - spotB->y_m) + rise(*spotB, heightB);
    return run * (1 + kRouteSlack) + 2 * kEndSlackM;
}

double orderedLengthM(double length_m) {
    if (length_m <= 3)
        return std::ceil(length_m * 2 - 1e-9) / 2;
    return std::ceil(length_m - 1e-9);
}

} // namespace cs
