#pragma once

#include "model/canvas_geometry.h"
#include "model/design.h"

#include <filesystem>
#include <string>
#include <utility>
#include <vector>

namespace cs {

// One mxGraph cell of a draw.io page.
struct DrawioCell {
    enum class Kind : std::uint8_t { Layer, Container, Vertex, Edge };
    Kind kind = Kind::Vertex;
    std::string id, parent;
    std::string value; // the label
    std::string style;
    Box geometry;               // containers and vertices; relative to a container parent
    std::string source, target; // edges
    std::vector<std::pair<std::string, std::string>> data; // shown by draw.io's Edit Data
};

struct DrawioPage {
    std::string id, name;
    std::vector<DrawioCell> cells; // in drawing order, after the root cell "0"
};

// The design as draw.io pages: one with every network, then one per network. A page has a layer of racks and
// devices, then one layer per network it shows. Racks are containers where the canvas frames them, with their
// devices inside; devices are labelled boxes where the canvas draws them, in its colours; the cables between
// two devices on one network are one edge (a bundle), labelled with their count when there are several. A
// network's page shows the devices with a port on that network.
std::vector<DrawioPage> drawioPages(const Design& design);

// The pages as an uncompressed draw.io file (<mxfile><diagram><mxGraphModel><root>...).
std::string drawioXml(const std::vector<DrawioPage>& pages);

// Writes drawioXml(drawioPages(design)) atomically.
void writeDrawio(const Design& design, const std::filesystem::path& path);

} // namespace cs
