#pragma once

#include "model/design.h"

#include <vector>

namespace cs {

// A rectangle on the canvas, in scene units (the canvas' pixels at 100 %), y downwards.
struct Box {
    double x = 0, y = 0, width = 0, height = 0;

    double right() const { return x + width; }
    double bottom() const { return y + height; }
    // True when the two overlap with a positive area (touching edges do not count).
    bool overlaps(const Box& other) const {
        return x < other.right() && other.x < right() && y < other.bottom() && other.y < bottom();
    }
    Box united(const Box& other) const;
    Box grown(double left, double top, double rightMargin, double bottomMargin) const {
        return {x - left, y - top, width + left + rightMargin, height + top + bottomMargin};
    }
    bool operator==(const Box&) const = default;
};

// The size of a device's box on the canvas: GPU servers, the subject of the diagram, are the widest and
// tallest.
struct BoxSize {
    double width = 0, height = 0;
};
BoxSize deviceBoxSize(DeviceCategory category);
// The device's box: its position (top-left) and its category's size.
Box deviceBox(const Design& design, const Device& device);

// A rack's frame: its devices' boxes with a margin, the top leaving room for the name tab; an empty rack's
// frame has a fixed size at the rack's own place.
inline constexpr double kRackPadding = 20;
inline constexpr double kRackHeader = 40;
inline constexpr BoxSize kEmptyRackSize{200, 120};

// The rack's name tab stands on its frame, this tall at 100 % (1.6 heights of its 12-pixel label).
inline constexpr double kRackNameTab = 20;

struct RackFrame {
    RackId rack = kNoRack;
    Box frame;
};

// What a cable must not cross at the top of a rack: the name tab on the frame and the header band below it.
Box rackHeader(const RackFrame& frame);

// The frames the canvas draws, in the design's rack order. A rack whose devices are spread over the canvas
// (a network rack drawn by fabric tier) would frame other racks' devices and misstate where they are: such a
// rack gets no frame.
std::vector<RackFrame> rackFrames(const Design& design);

} // namespace cs
