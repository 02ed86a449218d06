#include "model/canvas_geometry.h"
#include "test_support.h"
#include "topology/rack_column_layout.h"

namespace cs::test {
namespace {

TEST(RackColumnLayout, RacksStandSideBySideTheirTopUnitsFirstTheRestBelow) {
    std::vector<Rack> racks = {{1, "R1", 0, 0, 40, 42}, {2, "R2", 0, 0, 40, 42}, {3, "Empty", 0, 0, 40, 42}};
    std::vector<Device> devices = {
        {1, "dgx-h100", "gpu-01", 0, 0, 1, 1, "", std::nullopt, ""},
        {2, "qm9700", "leaf-1", 0, 0, 1, 20, "", Network::Compute, ""},
        {3, "dgx-h100", "gpu-02", 0, 0, 2, 9, "", std::nullopt, ""},
        {4, "dgx-h100", "gpu-03", 0, 0, 2, 1, "", std::nullopt, ""},
        {5, "r660", "login-01", 0, 0, kNoRack, 0, "", std::nullopt, ""},
    };
    layoutRackColumns(racks, devices, library());

    EXPECT_LT(devices[1].y, devices[0].y); // U20 above U1
    EXPECT_LT(devices[2].y, devices[3].y);
    EXPECT_EQ(devices[0].x, devices[1].x); // one column per rack
    EXPECT_LT(racks[0].x, racks[1].x);
    EXPECT_EQ(devices[0].x, racks[0].x + kRackPadding);
    EXPECT_EQ(devices[1].y, racks[0].y + kRackHeader);

    Design design;
    for (const char* type : {"dgx-h100", "qm9700", "r660"})
        design.adoptType(library(), type);
    for (const Rack& rack : racks)
        design.apply({Add<Rack>{rack}});
    for (const Device& device : devices)
        design.apply({Add<Device>{device}});
    // Every rack, the empty one too, frames its own devices only; the unracked server is below all racks.
    EXPECT_EQ(rackFrames(design).size(), racks.size());
    for (const RackFrame& frame : rackFrames(design))
        EXPECT_LT(frame.frame.bottom(), devices[4].y);
}

} // namespace
} // namespace cs::test
