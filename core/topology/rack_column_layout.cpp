#include "topology/rack_column_layout.h"

#include "model/canvas_geometry.h"
#include "topology/rack_layout.h"

#include <algorithm>
#include <cmath>
#include <unordered_map>

namespace cs {

namespace {

constexpr double kColumnGap = 80; // between two racks' frames
constexpr double kDeviceGap = 16; // between two devices in a rack
constexpr double kRowGap = 120;   // between rows of racks, and above the unracked devices

BoxSize sizeOf(const Device& device, const Catalog& catalog) {
    return deviceBoxSize(catalog.device(device.type)->category);
}

} // namespace

void layoutRackColumns(std::vector<Rack>& racks, std::vector<Device>& devices, const Catalog& catalog) {
    std::unordered_map<RackId, std::vector<Device*>> members;
    std::vector<Device*> unracked;
    double widest = 0;
    for (Device& device : devices) {
        widest = std::max(widest, sizeOf(device, catalog).width);
        (device.rack == kNoRack ? unracked : members[device.rack]).push_back(&device);
    }
    const double columnWidth = std::max(widest + 2 * kRackPadding, kEmptyRackSize.width);
    // Wider than tall, as a screen is: about two racks across for one down.
    const auto perRow =
        static_cast<std::size_t>(std::ceil(std::sqrt(2.0 * static_cast<double>(racks.size()))));

    double top = 0;
    for (std::size_t first = 0; first < racks.size(); first += perRow) {
        double rowBottom = top + kEmptyRackSize.height;
        for (std::size_t r = first; r < std::min(racks.size(), first + perRow); ++r) {
            Rack& rack = racks[r];
            rack.x = static_cast<double>(r - first) * (columnWidth + kColumnGap);
            rack.y = top;
            std::vector<Device*>& column = members[rack.id];
            // The top unit first, as an elevation reads; devices without a unit at the bottom.
            std::stable_sort(column.begin(), column.end(), [](const Device* a, const Device* b) {
                const int ua = a->rack_u == 0 ? -1 : a->rack_u, ub = b->rack_u == 0 ? -1 : b->rack_u;
                return ua > ub;
            });
            double y = top + kRackHeader;
            for (Device* device : column) {
                device->x = rack.x + kRackPadding;
                device->y = y;
                y += sizeOf(*device, catalog).height + kDeviceGap;
            }
            rowBottom = std::max(rowBottom, y - kDeviceGap + kRackPadding);
        }
        top = rowBottom + kRowGap;
    }

    // The rest by category (switches, GPU servers, ...), a row or more each, at the generator's pitch.
    const CanvasGrid grid;
    const std::size_t perLine = std::max<std::size_t>(perRow, 8);
    for (DeviceCategory category : kDeviceCategories) {
        std::vector<Device*> row;
        for (Device* device : unracked) {
            if (catalog.device(device->type)->category == category)
                row.push_back(device);
        }
        if (row.empty())
            continue;
        const double rowHeight = deviceBoxSize(category).height + kRowGap;
        top = layoutRows(row, 0, top, grid.pitch_x * static_cast<double>(perLine), static_cast<int>(perLine),
                         rowHeight);
    }
}

} // namespace cs
