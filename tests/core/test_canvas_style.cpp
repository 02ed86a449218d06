#include "model/canvas_style.h"

#include <gtest/gtest.h>
#include <set>
#include <string>

namespace cs::test {
namespace {

TEST(CanvasStyle, ColoursAreHexForFiles) {
    EXPECT_EQ(networkLook(Network::Compute).color.hex(), "e04f2a");
    EXPECT_EQ((Rgb{0x0A, 0xB0, 0xFF}).hex(), "0ab0ff");
    std::set<std::string>
        colours; // one colour per network: the NetBox cables and draw.io layers tell them apart
    for (Network network : kNetworks)
        colours.insert(networkLook(network).color.hex());
    EXPECT_EQ(colours.size(), kNetworkCount);
}

} // namespace
} // namespace cs::test
