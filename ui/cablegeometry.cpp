#include "cablegeometry.h"

#include <algorithm>
#include <cstdint>

namespace cs {

namespace {

enum class Edge : std::uint8_t { Top, Bottom, Left, Right };

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

// The middle of an edge.
QPointF pointOnEdge(const QRectF& rect, Edge edge) {
    const qreal along = (isHorizontal(edge) ? rect.width() : rect.height()) / 2;
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

} // namespace

QLineF cableLine(const QRectF& a, const QRectF& b) {
    return {pointOnEdge(a, facingEdge(a, b)), pointOnEdge(b, facingEdge(b, a))};
}

} // namespace cs
