#include "model/canvas_geometry.h"
#include "test_support.h"

namespace cs::test {
namespace {

TEST(CanvasGeometry, BoxesOverlapOnlyWithAnArea) {
    const Box a{0, 0, 10, 10};
    EXPECT_TRUE(a.overlaps({5, 5, 10, 10}));
    EXPECT_FALSE(a.overlaps({10, 0, 5, 5})); // touching edges
    EXPECT_EQ(a.united({20, -5, 5, 5}), (Box{0, -5, 25, 15}));
    EXPECT_EQ(a.grown(1, 2, 3, 4), (Box{-1, -2, 14, 16}));
}

TEST(CanvasGeometry, AFrameHoldsItsRacksDevicesWithTheMargins) {
    const Design design = smallDesign(); // R1 holds gpu-01 (0,100), gpu-02 (240,100) and leaf-1 (120,0)
    const std::vector<RackFrame> frames = rackFrames(design);
    ASSERT_EQ(frames.size(), 1u);
    const BoxSize gpu = deviceBoxSize(DeviceCategory::GpuServer);
    EXPECT_EQ(frames[0].frame, (Box{-kRackPadding, -kRackHeader, 240 + gpu.width + 2 * kRackPadding,
                                    100 + gpu.height + kRackHeader + kRackPadding}));
}

TEST(CanvasGeometry, ARackSpreadOverOtherRacksDevicesHasNoFrame) {
    Design design = smallDesign();
    // login-01 (no rack) stands at (480, 100): move gpu-02 beyond it, and R1's frame would enclose it.
    Device far = *design.devices().find(2);
    far.x = 900;
    design.apply({Update<Device>{far}});
    EXPECT_TRUE(rackFrames(design).empty());
    // An empty rack has its fixed frame at its own place.
    design.apply({Add<Rack>{Rack{2, "R2", 2000, 0, 40, 42}}});
    const std::vector<RackFrame> frames = rackFrames(design);
    ASSERT_EQ(frames.size(), 1u);
    EXPECT_EQ(frames[0].frame, (Box{2000, 0, kEmptyRackSize.width, kEmptyRackSize.height}));
}

TEST(CanvasGeometry, EveryRackOfTheExampleHasAFrameAroundItsOwnDevicesOnly) {
    const Design design = readDesign(kCatalogDir / "examples" / "training-128gpu.json", library());
    const std::vector<RackFrame> frames = rackFrames(design);
    EXPECT_EQ(frames.size(), design.racks().size());
    for (const RackFrame& frame : frames) {
        for (const Device& device : design.devices().items())
            EXPECT_EQ(deviceBox(design, device).overlaps(frame.frame), device.rack == frame.rack)
                << device.name;
    }
}

} // namespace
} // namespace cs::test
