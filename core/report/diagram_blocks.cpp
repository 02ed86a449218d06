#include "report/diagram_blocks.h"

#include <algorithm>
#include <map>
#include <numeric>
#include <tuple>
#include <unordered_map>

namespace cs {

namespace {

// A device outside the rack frames, and what groups it with its neighbours on the row.
struct LooseDevice {
    std::size_t index; // in the design's devices
    Box box;
    std::tuple<double, int, std::string> group; // row (top), network (-1: none), role
};

std::string runName(const Design& design, const Device& device) {
    return device.role.empty() ? std::string(categoryLabel(design.typeOf(device).category)) : device.role;
}

} // namespace

std::size_t DiagramBlock::deviceCount() const {
    return std::accumulate(devices.begin(), devices.end(), std::size_t{0});
}

DiagramBlocks diagramBlocks(const Design& design, std::optional<Network> network) {
    DiagramBlocks result;
    const std::vector<Device>& devices = design.devices().items();
    std::unordered_map<RackId, std::size_t> blockOfRack;
    std::unordered_map<RackId, Box> frames;
    for (const RackFrame& frame : rackFrames(design))
        frames.emplace(frame.rack, frame.frame);

    constexpr std::size_t kHidden = static_cast<std::size_t>(-1);
    std::vector<std::size_t> blockOf(devices.size(), kHidden);
    std::vector<LooseDevice> loose;
    for (std::size_t i = 0; i < devices.size(); ++i) {
        const Device& device = devices[i];
        if (network && !design.hasPortOn(device, *network))
            continue;
        const auto category = static_cast<std::size_t>(design.typeOf(device).category);
        if (auto frame = frames.find(device.rack); frame != frames.end()) {
            auto [it, added] = blockOfRack.try_emplace(device.rack, result.blocks.size());
            if (added) {
                DiagramBlock block;
                block.box = frame->second;
                block.name = design.racks().find(device.rack)->name;
                block.rack = true;
                result.blocks.push_back(std::move(block));
            }
            ++result.blocks[it->second].devices[category];
            blockOf[i] = it->second;
            continue;
        }
        const int networkKey = device.network ? static_cast<int>(networkIndex(*device.network)) : -1;
        const Box box = deviceBox(design, device);
        loose.push_back({i, box, {box.y, networkKey, runName(design, device)}});
    }

    // Runs: the devices of one group on a row (a tier of one network's switches).
    std::sort(loose.begin(), loose.end(), [](const LooseDevice& a, const LooseDevice& b) {
        return std::tie(a.group, a.box.x) < std::tie(b.group, b.box.x);
    });
    for (std::size_t k = 0; k < loose.size(); ++k) {
        const LooseDevice& each = loose[k];
        const bool continues = k > 0 && loose[k - 1].group == each.group;
        if (!continues) {
            const Device& device = devices[each.index];
            DiagramBlock block;
            block.box = each.box;
            block.name = runName(design, device);
            block.network =
                design.typeOf(device).category == DeviceCategory::Switch ? device.network : std::nullopt;
            result.blocks.push_back(std::move(block));
        }
        DiagramBlock& block = result.blocks.back();
        block.box = block.box.united(each.box);
        ++block.devices[static_cast<std::size_t>(design.typeOf(devices[each.index]).category)];
        blockOf[each.index] = result.blocks.size() - 1;
    }

    std::unordered_map<DeviceId, std::size_t> indexOf;
    for (std::size_t i = 0; i < devices.size(); ++i)
        indexOf.emplace(devices[i].id, i);
    std::map<std::tuple<std::size_t, std::size_t, Network>, std::size_t> cables;
    for (const Link& link : design.links().items()) {
        if (network && link.network != *network)
            continue;
        const std::size_t a = blockOf[indexOf.at(link.a.device)], b = blockOf[indexOf.at(link.b.device)];
        if (a == kHidden || b == kHidden || a == b)
            continue;
        ++cables[{std::min(a, b), std::max(a, b), link.network}];
    }
    for (const auto& [key, count] : cables)
        result.bundles.push_back({std::get<0>(key), std::get<1>(key), std::get<2>(key), count});
    return result;
}

std::vector<std::vector<std::size_t>> diagramRows(const DiagramBlocks& blocks) {
    const auto& all = blocks.blocks;
    std::vector<std::size_t> order(all.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        return std::tie(all[a].box.y, all[a].box.x) < std::tie(all[b].box.y, all[b].box.x);
    });
    std::vector<std::vector<std::size_t>> rows;
    double bottom = 0;
    for (std::size_t index : order) {
        const Box& box = all[index].box;
        if (rows.empty() || box.y >= bottom) {
            rows.emplace_back();
            bottom = box.bottom();
        }
        rows.back().push_back(index);
        bottom = std::max(bottom, box.bottom());
    }
    for (auto& row : rows)
        std::sort(row.begin(), row.end(),
                  [&](std::size_t a, std::size_t b) { return all[a].box.x < all[b].box.x; });
    return rows;
}

} // namespace cs
