#include "cablegeometry.h"

#include <algorithm>
#include <cstdint>
#include <vector>

namespace cs {

namespace {

enum class Edge : std::uint8_t { Top, Bottom, Left, Right };

constexpr qreal kEdgeInset = 12; // keeps cable ends off a card's rounded corners

Edge facingEdge(const QRectF& from, const QRectF& to) {
    if (to.bottom() <= from.top())
        return Edge::Top;
    if (to.top() >= from.bottom())
        return Edge::Bottom;
    return to.center().x() < from.center().x() ? Edge::Left : Edge::Right;
}

bool isHorizontal(Edge edge) {
    return edge == Edge::Top || edge == Edge::Bottom;
}

// The point a fraction `t` (0..1) along an edge, left to right or top to bottom.
QPointF pointOnEdge(const QRectF& rect, Edge edge, qreal t) {
    const qreal length = isHorizontal(edge) ? rect.width() : rect.height();
    const qreal inset = std::min(kEdgeInset, length / 4);
    const qreal along = inset + t * (length - 2 * inset);
    switch (edge) {
    case Edge::Top:
        return {rect.left() + along, rect.top()};
    case Edge::Bottom:
        return {rect.left() + along, rect.bottom()};
    case Edge::Left:
        return {rect.left(), rect.top() + along};
    case Edge::Right:
        return {rect.right(), rect.top() + along};
    }
    return rect.center();
}

// One cable end waiting for its place on an edge.
struct CableEnd {
    std::size_t end;    // 2 * link index, + 1 for the link's b end
    qreal toward;       // where the other device lies along the edge; ends are placed in this order
    std::uint16_t port; // several cables to the same device keep their port order
};

std::uint64_t edgeKey(DeviceId device, Edge edge) {
    return (std::uint64_t{device} << 2) | static_cast<std::uint64_t>(edge);
}

} // namespace

std::array<CableBundle, kNetworkCount> cableBundles(const Design& design, const DeviceRects& rects) {
    const std::vector<Link>& links = design.links().items();
    std::unordered_map<std::uint64_t, std::vector<CableEnd>> ends_by_edge;
    for (std::size_t i = 0; i < links.size(); ++i) {
        for (const bool isA : {true, false}) {
            const Endpoint& self = isA ? links[i].a : links[i].b;
            const QRectF& from = rects.at(self.device);
            const QRectF& to = rects.at((isA ? links[i].b : links[i].a).device);
            const Edge edge = facingEdge(from, to);
            const qreal toward = isHorizontal(edge) ? to.center().x() : to.center().y();
            ends_by_edge[edgeKey(self.device, edge)].push_back({2 * i + (isA ? 0 : 1), toward, self.port});
        }
    }

    std::vector<QPointF> points(2 * links.size());
    for (auto& [key, ends] : ends_by_edge) {
        std::sort(ends.begin(), ends.end(), [](const CableEnd& a, const CableEnd& b) {
            return a.toward != b.toward ? a.toward < b.toward : a.port < b.port;
        });
        const QRectF& rect = rects.at(static_cast<DeviceId>(key >> 2));
        const auto edge = static_cast<Edge>(key & 3);
        for (std::size_t k = 0; k < ends.size(); ++k)
            points[ends[k].end] = pointOnEdge(rect, edge, (static_cast<qreal>(k) + 0.5) / ends.size());
    }

    std::array<CableBundle, kNetworkCount> bundles;
    for (std::size_t i = 0; i < links.size(); ++i) {
        CableBundle& bundle = bundles[networkIndex(links[i].network)];
        bundle.path.moveTo(points[2 * i]);
        bundle.path.lineTo(points[2 * i + 1]);
        ++bundle.cables;
    }
    return bundles;
}

QLineF cableLine(const QRectF& a, const QRectF& b) {
    return {pointOnEdge(a, facingEdge(a, b), 0.5), pointOnEdge(b, facingEdge(b, a), 0.5)};
}

} // namespace cs
