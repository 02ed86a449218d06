#include "topology/floor_layout.h"

#include "analysis/budget_status.h"
#include "model/rack_usage.h"

#include <algorithm>
#include <cmath>
#include <nlohmann/json.hpp>

namespace cs {

RackLoad rackLoadOf(double utilisation) {
    if (!(utilisation > 0))
        return RackLoad::Empty;
    if (utilisation < kRackLightUtilisation)
        return RackLoad::Light;
    switch (budgetStatusOf(utilisation)) {
    case BudgetStatus::Pass:
        return RackLoad::Moderate;
    case BudgetStatus::Warn:
        return RackLoad::High;
    case BudgetStatus::Fail:
        break;
    }
    return RackLoad::Over;
}

std::string_view rackLoadId(RackLoad load) {
    switch (load) {
    case RackLoad::Empty:
        return "empty";
    case RackLoad::Light:
        return "light";
    case RackLoad::Moderate:
        return "moderate";
    case RackLoad::High:
        return "high";
    case RackLoad::Over:
        break;
    }
    return "over";
}

std::string_view aisleKindId(AisleKind kind) {
    return kind == AisleKind::Cold ? "cold" : "hot";
}

const FloorRack* FloorLayout::find(RackId rack) const {
    const auto it = index_.find(rack);
    return it == index_.end() ? nullptr : &racks[it->second];
}

FloorLayout floorLayoutOf(const Design& design, const FloorPlan& plan) {
    const auto usages = rackUsages(design);
    std::unordered_map<RackId, int> gpus;
    for (const Device& device : design.devices().items())
        if (device.rack != kNoRack)
            gpus[device.rack] += design.gpuCount(device);

    FloorLayout layout;
    const std::vector<std::vector<RackId>>& rows = plan.rackRows();
    std::size_t widest = 0;
    for (std::size_t r = 0; r < rows.size(); ++r) {
        const int number = static_cast<int>(r);
        // Row 0's front faces row 1 across a cold aisle; row 1's back faces row 2 across a hot one; and so
        // on.
        const bool frontDown = number % 2 == 0;
        FloorRow& row = layout.rows.emplace_back();
        row.row = number;
        row.front_down = frontDown;
        row.first = layout.racks.size();
        row.y_m = kAisleM + number * (kRackDepthM + kAisleM);
        for (RackId id : rows[r]) {
            const Rack* rack = design.racks().find(id);
            const RackSpot* spot = plan.spot(id);
            if (!rack || !spot)
                continue;
            const auto used = usages.find(id);
            const RackUsage usage = used == usages.end() ? RackUsage{} : used->second;
            FloorRack& floor = layout.racks.emplace_back();
            floor.rack = id;
            floor.name = rack->name;
            floor.row = spot->row;
            floor.position = spot->position;
            floor.x_m = kAisleM + spot->x_m - kRackWidthM / 2; // the spot is the middle of the front
            floor.y_m = kAisleM + spot->y_m;
            floor.front_down = frontDown;
            floor.devices = usage.devices;
            const auto counted = gpus.find(id);
            floor.gpus = counted == gpus.end() ? 0 : counted->second;
            floor.max_watts = usage.max_watts;
            floor.limit_kw = rack->max_kw;
            floor.utilisation = rackPowerUtilisation(usage, *rack);
            floor.load = rackLoadOf(floor.utilisation);
            floor.cooling = rack->cooling;
            floor.cooling_kw = rackCoolingKw(*rack);
            floor.over_limit = rackLimitsExceeded(usage, *rack).any();
            row.max_watts += floor.max_watts;
            row.gpus += floor.gpus;
            layout.index_[id] = layout.racks.size() - 1;
        }
        row.count = layout.racks.size() - row.first;
        widest = std::max(widest, row.count);
        layout.max_watts += row.max_watts;
        layout.gpus += row.gpus;
        if (r + 1 < rows.size())
            layout.aisles.push_back(
                {number, frontDown ? AisleKind::Cold : AisleKind::Hot, row.y_m + kRackDepthM});
    }
    const auto count = static_cast<double>(layout.rows.size());
    layout.width_m = 2 * kAisleM + static_cast<double>(widest) * kRackWidthM;
    layout.depth_m = 2 * kAisleM + count * kRackDepthM + std::max(0.0, count - 1) * kAisleM;
    return layout;
}

FloorLayout floorLayoutOf(const Design& design) {
    return floorLayoutOf(design, floorPlanOf(design));
}

nlohmann::json floorLayoutToJson(const FloorLayout& layout) {
    using nlohmann::json;
    json rows = json::array();
    for (const FloorRow& row : layout.rows) {
        json racks = json::array();
        for (std::size_t i = row.first; i < row.first + row.count; ++i) {
            const FloorRack& rack = layout.racks[i];
            racks.push_back(
                {{"name", rack.name},
                 {"row", rack.row + 1},
                 {"position", rack.position + 1},
                 {"x_m", rack.x_m},
                 {"y_m", rack.y_m},
                 {"front", rack.front_down ? "+y" : "-y"},
                 {"devices", rack.devices},
                 {"gpus", rack.gpus},
                 {"max_watts", rack.max_watts},
                 {"limit_kw", rack.limit_kw},
                 {"utilisation", std::isfinite(rack.utilisation) ? json(rack.utilisation) : json()},
                 {"load", rackLoadId(rack.load)},
                 {"cooling", coolingId(rack.cooling)},
                 {"cooling_kw", rack.cooling_kw},
                 {"over_limit", rack.over_limit}});
        }
        rows.push_back({{"row", row.row + 1},
                        {"y_m", row.y_m},
                        {"front", row.front_down ? "+y" : "-y"},
                        {"max_watts", row.max_watts},
                        {"gpus", row.gpus},
                        {"racks", std::move(racks)}});
    }
    json aisles = json::array();
    for (const FloorAisle& aisle : layout.aisles)
        aisles.push_back(
            {{"after_row", aisle.after + 1}, {"kind", aisleKindId(aisle.kind)}, {"y_m", aisle.y_m}});
    return {{"hall", {{"width_m", layout.width_m}, {"depth_m", layout.depth_m}}},
            {"racks", layout.racks.size()},
            {"max_watts", layout.max_watts},
            {"gpus", layout.gpus},
            {"rows", std::move(rows)},
            {"aisles", std::move(aisles)}};
}

} // namespace cs
