#include "model/canvas_geometry.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <unordered_map>

namespace cs {

namespace {

// Indexed like kDeviceCategories.
constexpr std::array<BoxSize, kDeviceCategories.size()> kDeviceBoxSizes = {{
    {200, 64}, // GPU server
    {160, 56}, // CPU server
    {160, 40}, // switch
    {160, 56}, // storage
}};

// Devices by the square cells of the canvas their boxes touch: "which devices overlap this frame" visits the
// frame's cells instead of every device. A cell holds a few devices at the generator's pitch.
class DeviceGrid {
public:
    static constexpr double kCell = 1024;

    void insert(std::size_t index, const Box& box) {
        forEachCell(box, [&](std::uint64_t key) {
            cells_[key].push_back(index);
            return true;
        });
    }

    // Calls `visit(index)` for the devices in the cells the box touches (a device may come more than once)
    // until it returns false; returns false when stopped.
    template <typename Visit> bool visit(const Box& box, Visit&& visit) const {
        return forEachCell(box, [&](std::uint64_t key) {
            auto it = cells_.find(key);
            if (it == cells_.end())
                return true;
            return std::all_of(it->second.begin(), it->second.end(), visit);
        });
    }

private:
    static std::int64_t cellOf(double coordinate) {
        return static_cast<std::int64_t>(std::floor(coordinate / kCell));
    }
    template <typename Each> static bool forEachCell(const Box& box, Each&& each) {
        for (std::int64_t cx = cellOf(box.x); cx <= cellOf(box.right()); ++cx) {
            for (std::int64_t cy = cellOf(box.y); cy <= cellOf(box.bottom()); ++cy) {
                const auto key = (static_cast<std::uint64_t>(static_cast<std::uint32_t>(cx)) << 32) |
                                 static_cast<std::uint32_t>(cy);
                if (!each(key))
                    return false;
            }
        }
        return true;
    }

    std::unordered_map<std::uint64_t, std::vector<std::size_t>> cells_;
};

} // namespace

Box Box::united(const Box& other) const {
    const double left = std::min(x, other.x);
    const double top = std::min(y, other.y);
    return {left, top, std::max(right(), other.right()) - left, std::max(bottom(), other.bottom()) - top};
}

BoxSize deviceBoxSize(DeviceCategory category) {
    return kDeviceBoxSizes[static_cast<std::size_t>(category)];
}

Box deviceBox(const Design& design, const Device& device) {
    const BoxSize size = deviceBoxSize(design.typeOf(device).category);
    return {device.x, device.y, size.width, size.height};
}

Box rackHeader(const RackFrame& frame) {
    return {frame.frame.x, frame.frame.y - kRackNameTab, frame.frame.width,
            kRackNameTab + std::min(kRackHeader, frame.frame.height)};
}

std::vector<RackFrame> rackFrames(const Design& design) {
    const std::vector<Device>& devices = design.devices().items();
    std::vector<Box> boxes;
    boxes.reserve(devices.size());
    DeviceGrid grid;
    std::unordered_map<RackId, Box> members;
    for (std::size_t i = 0; i < devices.size(); ++i) {
        boxes.push_back(deviceBox(design, devices[i]));
        grid.insert(i, boxes.back());
        if (devices[i].rack == kNoRack)
            continue;
        auto [it, first] = members.try_emplace(devices[i].rack, boxes.back());
        if (!first)
            it->second = it->second.united(boxes.back());
    }
    std::vector<RackFrame> frames;
    frames.reserve(design.racks().size());
    for (const Rack& rack : design.racks().items()) {
        auto it = members.find(rack.id);
        const Box frame = it == members.end()
                              ? Box{rack.x, rack.y, kEmptyRackSize.width, kEmptyRackSize.height}
                              : it->second.grown(kRackPadding, kRackHeader, kRackPadding, kRackPadding);
        const bool enclosesOnlyItsOwn = grid.visit(frame, [&](std::size_t index) {
            return devices[index].rack == rack.id || !boxes[index].overlaps(frame);
        });
        if (enclosesOnlyItsOwn)
            frames.push_back({rack.id, frame});
    }
    return frames;
}

} // namespace cs
