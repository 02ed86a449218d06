#pragma once

#include "model/canvas_geometry.h"
#include "model/design.h"

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace cs {

// The design seen from afar (docs/architecture.md §Aggregated view): its devices grouped into the blocks a
// cluster architect names, each drawn where its devices stand on the canvas, and the cables between two
// blocks counted per network.
enum class BlockKind : std::uint8_t {
    // The GPU servers that share compute leaves (a scalable unit of a rail-optimized fabric), with those
    // leaves, the scale-up switches of their domains and every device in their racks.
    ScalableUnit,
    // Other devices of one kind that stand together: switches of one network, role and plane (a tier of a
    // fabric); storage; CPU servers; GPU servers off the compute fabric.
    Group,
};

struct AggregateBlock {
    BlockKind kind = BlockKind::Group;
    int number = 0; // scalable units: 1, 2, ... in canvas order (top to bottom, left to right)
    // A group: what its devices share. Switches: their network, role and plane.
    DeviceCategory category = DeviceCategory::GpuServer;
    std::optional<Network> network;
    std::string role;
    int plane = 0;

    Box box; // in scene units: its devices' boxes and its racks' frames
    // The rectangles it covers: a unit's box; a group's runs of devices, a row of the canvas each (a tier may
    // share its rows with others).
    std::vector<Box> parts;
    std::array<std::size_t, kDeviceCategories.size()> devices{}; // by category
    std::int64_t gpus = 0;
    double max_kw = 0;     // its devices' catalog maximum power, as the rack power rule counts it
    std::size_t racks = 0; // the framed racks its devices stand in (network racks drawn by tier are not)
    // Cables with both ends in the block, and cables from it to other blocks, per network.
    std::array<std::size_t, kNetworkCount> cables_within{};
    std::array<std::size_t, kNetworkCount> cables_out{};
    std::array<int, kNetworkCount> out_gbps{}; // the speed every cable out runs at; 0 when they differ

    std::size_t deviceCount() const;
};

// The cables of one network between two blocks.
struct AggregateBundle {
    std::uint32_t a = 0, b = 0; // block indices, a < b
    Network network = Network::Compute;
    std::size_t cables = 0;
    int gbps = 0; // the speed every one runs at; 0 when they differ
};

// The cables of one network from every scalable unit to one other block: the trunk a diagram draws once
// instead of a bundle from each unit.
struct AggregateTrunk {
    std::uint32_t block = 0; // the block the units' cables go to (not a scalable unit)
    Network network = Network::Compute;
    std::size_t cables = 0;
    int gbps = 0;          // the speed every one runs at; 0 when they differ
    std::size_t units = 0; // the scalable units it gathers
    Box units_box;         // the scalable units' blocks it gathers, together
};

struct AggregateView {
    std::vector<AggregateBlock> blocks;   // scalable units in canvas order, then groups in canvas order
    std::vector<AggregateBundle> bundles; // by block pair, then network
    std::vector<AggregateTrunk> trunks;   // by block, then network
    std::vector<std::uint32_t> block_of;  // by device, in the order of the design's devices

    std::uint32_t blockOf(std::size_t deviceIndex) const { return block_of[deviceIndex]; }
};

// `frames`: the rack frames drawn (rackFrames()); a device in a framed rack joins the block of its rack's
// other devices.
AggregateView aggregateView(const Design& design, const std::vector<RackFrame>& frames);

} // namespace cs
