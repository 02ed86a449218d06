#include "model/cable_routes.h"
#include "test_support.h"

#include <algorithm>
#include <set>

namespace cs::test {
namespace {

// A straight piece of a route, as a zero-width box: it crosses a box when the two overlap with an area.
Box segmentBox(RoutePoint p, RoutePoint q) {
    return {std::min(p.x, q.x), std::min(p.y, q.y), std::abs(q.x - p.x), std::abs(q.y - p.y)};
}

bool onEdge(RoutePoint p, const Box& box) {
    const bool inX = p.x >= box.x && p.x <= box.right();
    const bool inY = p.y >= box.y && p.y <= box.bottom();
    return ((p.x == box.x || p.x == box.right()) && inY) || ((p.y == box.y || p.y == box.bottom()) && inX);
}

// True when the piece p-q of a route covers all of the bundle's stretch.
bool covers(RoutePoint p, RoutePoint q, const CableBundle& bundle) {
    const Box piece = segmentBox(p, q);
    const Box stretch = segmentBox(bundle.from, bundle.to);
    const bool sameLine = (piece.width == 0 && stretch.width == 0 && piece.x == stretch.x) ||
                          (piece.height == 0 && stretch.height == 0 && piece.y == stretch.y);
    return sameLine && piece.x <= stretch.x && stretch.right() <= piece.right() && piece.y <= stretch.y &&
           stretch.bottom() <= piece.bottom();
}

struct Example {
    Design design = readDesign(kCatalogDir / "examples" / "training-128gpu.json", library());
    std::vector<RackFrame> frames = rackFrames(design);
    CableRoutes routes = routeCables(design, frames);
};

const Example& example() {
    static const Example routed;
    return routed;
}

TEST(CableRoutes, EveryCableOfTheExampleHasOneOrthogonalRouteFromItsDeviceToTheOther) {
    const Example& ex = example();
    const std::vector<Link>& links = ex.design.links().items();
    EXPECT_EQ(ex.routes.unrouted, 0u);
    std::set<std::size_t> seen;
    for (Network network : kNetworks) {
        const NetworkRoutes& routes = ex.routes.networks[networkIndex(network)];
        for (std::size_t r = 0; r < routes.size(); ++r) {
            const Link& link = links.at(routes.links[r]);
            EXPECT_EQ(link.network, network);
            EXPECT_TRUE(seen.insert(routes.links[r]).second) << "link " << link.id << " routed twice";
            const std::span<const RoutePoint> route = routes.route(r);
            ASSERT_GE(route.size(), 2u);
            const Box a = deviceBox(ex.design, *ex.design.devices().find(link.a.device));
            const Box b = deviceBox(ex.design, *ex.design.devices().find(link.b.device));
            EXPECT_TRUE(onEdge(route.front(), a)) << "link " << link.id;
            EXPECT_TRUE(onEdge(route.back(), b)) << "link " << link.id;
            for (std::size_t i = 0; i + 1 < route.size(); ++i)
                EXPECT_TRUE(route[i].x == route[i + 1].x || route[i].y == route[i + 1].y)
                    << "link " << link.id;
        }
    }
    EXPECT_EQ(seen.size(), links.size());
}

TEST(CableRoutes, NoRouteOfTheExampleCrossesADeviceOrARackNameTab) {
    const Example& ex = example();
    std::vector<std::pair<std::string, Box>> obstacles;
    for (const Device& device : ex.design.devices().items())
        obstacles.emplace_back(device.name, deviceBox(ex.design, device));
    for (const RackFrame& frame : ex.frames)
        obstacles.emplace_back(ex.design.racks().find(frame.rack)->name + " header", rackHeader(frame));
    ASSERT_EQ(ex.frames.size(), ex.design.racks().size());
    int segments = 0;
    for (const NetworkRoutes& routes : ex.routes.networks) {
        for (std::size_t r = 0; r < routes.size(); ++r) {
            const std::span<const RoutePoint> route = routes.route(r);
            for (std::size_t i = 0; i + 1 < route.size(); ++i, ++segments) {
                const Box piece = segmentBox(route[i], route[i + 1]);
                // Even a cable's own devices: it leaves them at their edge.
                for (const auto& [name, box] : obstacles)
                    EXPECT_FALSE(piece.overlaps(box))
                        << "link " << ex.design.links().items()[routes.links[r]].id << " crosses " << name;
            }
        }
    }
    EXPECT_GT(segments, 1000); // 401 cables of three or more pieces
}

TEST(CableRoutes, ABundleCountsTheCablesThatRunAlongAllOfIt) {
    const Example& ex = example();
    for (const NetworkRoutes& routes : ex.routes.networks) {
        double routedLength = 0, bundledLength = 0;
        for (const CableBundle& bundle : routes.bundles) {
            std::set<std::uint32_t> along;
            for (std::uint32_t r = 0; r < routes.size(); ++r) {
                const std::span<const RoutePoint> route = routes.route(r);
                for (std::size_t i = 0; i + 1 < route.size(); ++i) {
                    if (covers(route[i], route[i + 1], bundle))
                        along.insert(r);
                }
            }
            EXPECT_EQ(bundle.cables, along.size());
            const Box stretch = segmentBox(bundle.from, bundle.to);
            bundledLength += (stretch.width + stretch.height) * bundle.cables;
        }
        // Each straight stretch of a route names the bundles it runs along: exactly those it covers.
        for (std::uint32_t p = 0; p + 1 < routes.points.size(); ++p) {
            const auto [first, end] = routes.stretch_bundles[p];
            std::set<std::size_t> named, covered;
            for (std::size_t b = first; b < end; ++b)
                named.insert(b);
            const bool lastOfItsRoute = std::find(routes.route_begin.begin(), routes.route_begin.end(),
                                                  p + 1) != routes.route_begin.end();
            if (lastOfItsRoute)
                continue;
            for (std::size_t b = 0; b < routes.bundles.size(); ++b) {
                if (covers(routes.points[p], routes.points[p + 1], routes.bundles[b]))
                    covered.insert(b);
            }
            EXPECT_EQ(named, covered) << "stretch from point " << p;
        }
        for (std::uint32_t r = 0; r < routes.size(); ++r) {
            const std::span<const RoutePoint> route = routes.route(r);
            for (std::size_t i = 0; i + 1 < route.size(); ++i) {
                const Box piece = segmentBox(route[i], route[i + 1]);
                routedLength += piece.width + piece.height;
            }
        }
        // Every stretch of every route is in exactly one bundle.
        EXPECT_NEAR(bundledLength, routedLength, 1e-6 * routedLength);
    }
}

TEST(CableRoutes, TheExamplesComputeCablesShareChannelsAt400G) {
    const NetworkRoutes& compute = example().routes.networks[networkIndex(Network::Compute)];
    ASSERT_FALSE(compute.bundles.empty());
    std::uint32_t widest = 0;
    for (const CableBundle& bundle : compute.bundles) {
        EXPECT_EQ(bundle.gbps, 400); // NDR: every compute port of the example runs at 400 Gb/s
        widest = std::max(widest, bundle.cables);
    }
    // 128 GPU-to-leaf cables and 128 leaf-to-spine ones: a channel carries tens of them side by side.
    EXPECT_GE(widest, 32u);
    EXPECT_LT(compute.bundles.size(), compute.points.size());
}

TEST(CableRoutes, NetworksRunOnTheirOwnTracks) {
    std::set<double> offsets;
    for (Network network : kNetworks)
        offsets.insert(trackOffset(network));
    EXPECT_EQ(offsets.size(), kNetworkCount);
    EXPECT_LE(*offsets.rbegin() + 2, kChannelHalfWidth); // with the widest stroke, inside the channel
    EXPECT_GE(*offsets.begin() - 2, -kChannelHalfWidth);
}

TEST(CableRoutes, ADeviceBoxedInByOthersGetsAStraightLine) {
    Design design = smallDesign(); // R1 holds gpu-01 (0,100), gpu-02 (240,100) and leaf-1 (120,0)
    // Four devices around gpu-01, touching it: no channel reaches it.
    const Device gpu = *design.devices().find(1);
    const BoxSize size = deviceBoxSize(DeviceCategory::GpuServer);
    DeviceId id = 100;
    for (const auto& [dx, dy] :
         {std::pair{-size.width, 0.0}, {size.width, 0.0}, {0.0, -size.height}, {0.0, size.height}}) {
        Device wall = gpu;
        wall.id = id++;
        wall.name = "wall-" + std::to_string(wall.id);
        wall.rack = kNoRack;
        wall.rack_u = 0;
        wall.x += dx;
        wall.y += dy;
        design.apply({Add<Device>{wall}});
    }
    const CableRoutes routes = routeCables(design, rackFrames(design));
    EXPECT_GT(routes.unrouted, 0u);
    for (const NetworkRoutes& network : routes.networks) {
        for (std::size_t r = 0; r < network.size(); ++r)
            EXPECT_GE(network.route(r).size(), 2u);
    }
}

} // namespace
} // namespace cs::test
