#pragma once

#include "model/canvas_geometry.h"
#include "model/design.h"

#include <array>
#include <cstdint>
#include <span>
#include <vector>

namespace cs {

// A point on the canvas, in scene units, y downwards.
struct RoutePoint {
    double x = 0, y = 0;
    bool operator==(const RoutePoint&) const = default;
};

// A stretch of a channel that cables of one network share: an axis-aligned segment, how many cables run
// along all of it, and their speed.
struct CableBundle {
    RoutePoint from, to;
    std::uint32_t cables = 0;
    int gbps = 0; // the speed every one of them runs at; 0 when they differ
};

// The routes of one network's cables, in the order of the design's links of that network.
struct NetworkRoutes {
    std::vector<std::size_t> links;         // each route's link: its index in the design's links
    std::vector<RoutePoint> points;         // every route's corners, one route after the other
    std::vector<std::uint32_t> route_begin; // route i: points[route_begin[i], route_begin[i + 1])
    std::vector<CableBundle> bundles;       // the bundles of a channel's line lie side by side, in order
    // By point: the bundles the straight stretch from that point to the route's next one runs along,
    // bundles[first, second) (empty for a route's last point).
    std::vector<std::pair<std::uint32_t, std::uint32_t>> stretch_bundles;

    std::size_t size() const { return links.size(); }
    std::span<const RoutePoint> route(std::size_t index) const {
        return {points.data() + route_begin[index], points.data() + route_begin[index + 1]};
    }
};

struct CableRoutes {
    std::array<NetworkRoutes, kNetworkCount> networks;
    // Cables no channel reaches (a device boxed in by others): drawn straight between the devices.
    std::size_t unrouted = 0;
};

// Where routes run, in scene units. Each network keeps its own track in a channel, kTrackSpacing apart, so
// that bundles of different networks run side by side; a channel is wide enough for all the tracks.
inline constexpr double kTrackSpacing = 4;
inline constexpr double kChannelHalfWidth = 12;
// The channels around the whole diagram, this far out.
inline constexpr double kOuterChannelMargin = 30;

// A track's offset from its channel's middle line.
double trackOffset(Network network);

// Routes every cable orthogonally: out of a side of its device into the free channel beside it, along the
// channels between the rows of racks (and the vertical channels between the racks that cross a row), and into
// the other device, never through a device's box or a rack's name tab (kRackHeader). Cables of a network
// that share a stretch of channel form a bundle. `frames` are the rack frames drawn (rackFrames()).
CableRoutes routeCables(const Design& design, const std::vector<RackFrame>& frames);

} // namespace cs
