#include "model/canvas_style.h"

#include <array>
#include <cstdio>

namespace cs {

namespace {

struct NetworkRow {
    Network network;
    NetworkLook look;
};

// One row per network, in kNetworks order.
constexpr std::array<NetworkRow, kNetworkCount> kNetworkLooks = {{
    {Network::Compute, {{0xE0, 0x4F, 0x2A}, 1.6}},
    {Network::Storage, {{0x25, 0x63, 0xEB}, 1.4}},
    {Network::Uplink, {{0x16, 0xA3, 0x4A}, 1.3}},
    {Network::Inband, {{0x93, 0x33, 0xEA}, 1.3}},
    {Network::Oob, {{0x8B, 0x94, 0xA3}, 1.0}},
    // Scale-up: short, dense cabling inside a rack; amber stands apart from the five fabrics' colours.
    {Network::Scaleup, {{0xD9, 0x77, 0x06}, 1.2}},
}};

constexpr bool rowsFollowNetworks() {
    for (std::size_t i = 0; i < kNetworkCount; ++i) {
        if (kNetworkLooks[i].network != kNetworks[i])
            return false;
    }
    return true;
}
static_assert(rowsFollowNetworks(), "kNetworkLooks: one row per network, in kNetworks order");

// Indexed like kDeviceCategories.
constexpr std::array<CategoryLook, kDeviceCategories.size()> kCategoryLooks = {{
    {{0x0F, 0x76, 0x6E}, {0xE2, 0xF2, 0xEF}}, // GPU server
    {{0x47, 0x55, 0x69}, {0xEC, 0xEF, 0xF4}}, // CPU server
    {{0x43, 0x38, 0xCA}, {0xEB, 0xEA, 0xFB}}, // switch
    {{0x03, 0x69, 0xA1}, {0xE3, 0xF0, 0xF8}}, // storage
}};

} // namespace

std::string Rgb::hex() const {
    char text[7];
    std::snprintf(text, sizeof text, "%02x%02x%02x", r, g, b);
    return text;
}

const NetworkLook& networkLook(Network network) {
    return kNetworkLooks[networkIndex(network)].look;
}

const CategoryLook& categoryLook(DeviceCategory category) {
    return kCategoryLooks[static_cast<std::size_t>(category)];
}

} // namespace cs
