#pragma once

#include "model/canvas_geometry.h"
#include "model/design.h"

#include <array>
#include <optional>
#include <string>
#include <vector>

namespace cs {

// The block level of a diagram, for a page too small to draw every device legibly. Each framed rack is one
// block; devices outside a rack frame (switches drawn by fabric tier) form one block per network and role on
// each row of the canvas, a run (a tier of one network's switches). The cables between two blocks are one
// bundle per network; cables within a block are not drawn.
struct DiagramBlock {
    Box box;                        // in scene units: the rack's frame, or the run's device boxes
    std::string name;               // the rack's name, or the run's role ("leaf"; its category without one)
    bool rack = false;              // a rack, or a run of devices outside racks
    std::optional<Network> network; // a run of switches: the network they serve
    std::array<std::size_t, kDeviceCategories.size()> devices{}; // by category

    std::size_t deviceCount() const;
};

struct DiagramBundle {
    std::size_t a = 0, b = 0; // block indices, a < b
    Network network = Network::Compute;
    std::size_t cables = 0;
};

struct DiagramBlocks {
    std::vector<DiagramBlock> blocks;   // racks in the design's order, then runs by row and x
    std::vector<DiagramBundle> bundles; // by block pair, then network
};

// `network`: only the devices with a port on it and its cables; none: every device and cable.
DiagramBlocks diagramBlocks(const Design& design, std::optional<Network> network);

// The blocks by row of the canvas, top to bottom, each row left to right: a block joins the row above when
// their vertical extents overlap.
std::vector<std::vector<std::size_t>> diagramRows(const DiagramBlocks& blocks);

} // namespace cs
