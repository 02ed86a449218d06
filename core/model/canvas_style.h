#pragma once

#include "model/catalog.h"
#include "model/network.h"

#include <cstdint>
#include <string>

namespace cs {

// An sRGB colour.
struct Rgb {
    std::uint8_t r = 0, g = 0, b = 0;

    // Six lower-case hex digits without '#': "e04f2a" (NetBox accepts only these; draw.io adds the '#').
    std::string hex() const;
    bool operator==(const Rgb&) const = default;
};

// How the canvas draws a network's cables: one colour per network, and the line width in screen pixels
// (compute is the busiest and most important fabric: the strongest colour and the widest line). The studio,
// the draw.io export and the NetBox cable colours all take them from here.
struct NetworkLook {
    Rgb color;
    double width_pixels = 1;
};
const NetworkLook& networkLook(Network network);

// How the canvas draws a device category: the accent (icon, and the whole box when zoomed out) and the tint
// of the tile behind the icon.
struct CategoryLook {
    Rgb accent;
    Rgb tint;
};
const CategoryLook& categoryLook(DeviceCategory category);

} // namespace cs
