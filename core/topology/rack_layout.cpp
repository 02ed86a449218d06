#include "topology/rack_layout.h"

#include "base/input_error.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <unordered_map>

namespace cs {

namespace {
constexpr double kWattsPerKw = 1000;
} // namespace

RackFiller::RackFiller(std::vector<Rack>& racks, RackId& nextRackId, std::string prefix, double maxKw,
                       int heightU, Cooling cooling)
    : racks_(racks)
    , next_id_(nextRackId)
    , prefix_(std::move(prefix))
    , max_watts_(maxKw * kWattsPerKw)
    , height_u_(heightU)
    , cooling_(cooling) {}

void RackFiller::place(Device& device, const DeviceType& type) {
    if (type.max_watts > max_watts_ || type.rack_units > height_u_) {
        char limit[128];
        std::snprintf(limit, sizeof limit, "%.1f kW, %d U", max_watts_ / kWattsPerKw, height_u_);
        char needs[128];
        std::snprintf(needs, sizeof needs, "%.1f kW, %d U", type.max_watts / kWattsPerKw, type.rack_units);
        throw InputError("a " + type.id + " (" + needs + ") does not fit a rack of " + limit);
    }
    if (current_ == kNoRack || used_watts_ + type.max_watts > max_watts_ ||
        used_u_ + type.rack_units > height_u_) {
        char name[64];
        std::snprintf(name, sizeof name, "%s-%02d", prefix_.c_str(), ++count_);
        current_ = next_id_++;
        const double kw = max_watts_ / kWattsPerKw;
        racks_.push_back(
            Rack{current_, name, 0, 0, kw, height_u_, cooling_, cooling_ == Cooling::Liquid ? kw : 0});
        used_watts_ = 0;
        used_u_ = 0;
    }
    device.rack = current_;
    device.rack_u = used_u_ + 1;
    used_u_ += type.rack_units;
    used_watts_ += type.max_watts;
}

int devicesPerRack(const DeviceType& type, double maxKw, int heightU) {
    const int byPower = static_cast<int>(std::floor(maxKw * kWattsPerKw / type.max_watts));
    return std::min(byPower, heightU / type.rack_units);
}

double layoutRows(const std::vector<Device*>& devices, double left, double top, double width, int perRow,
                  double rowHeight) {
    if (devices.empty())
        return top;
    perRow = std::max(1, perRow);
    const auto count = static_cast<int>(devices.size());
    const int rows = (count + perRow - 1) / perRow;
    for (int row = 0; row < rows; ++row) {
        const int first = row * perRow;
        const int inRow = std::min(perRow, count - first);
        const double step = width / inRow;
        for (int i = 0; i < inRow; ++i) {
            Device& device = *devices[static_cast<std::size_t>(first + i)];
            device.x = left + step * i + (step - width / perRow) / 2;
            device.y = top + row * rowHeight;
        }
    }
    return top + rows * rowHeight;
}

void frameRacks(std::vector<Rack>& racks, const std::vector<Device>& devices, const std::string& framedRole,
                const CanvasGrid& grid) {
    std::unordered_map<RackId, const Device*> first;
    double bottom = 0;
    double right = 0;
    for (const Device& device : devices) {
        bottom = std::max(bottom, device.y);
        right = std::max(right, device.x);
        if (device.rack != kNoRack)
            first.try_emplace(device.rack, &device);
    }
    const double rowTop = bottom + grid.server_row + 2 * grid.rack_margin;
    const double rackPitch = 3 * grid.pitch_x;
    const int perRow = std::max(1, static_cast<int>(right / rackPitch) + 1);
    int spare = 0;
    for (Rack& rack : racks) {
        auto it = first.find(rack.id);
        if (it != first.end() && it->second->role == framedRole) {
            rack.x = it->second->x - grid.rack_margin;
            rack.y = it->second->y - 2 * grid.rack_margin;
        } else {
            rack.x = (spare % perRow) * rackPitch;
            rack.y = rowTop + (spare / perRow) * grid.server_row;
            ++spare;
        }
    }
}

} // namespace cs
