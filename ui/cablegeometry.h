#pragma once

#include <QLineF>
#include <QRectF>

namespace cs {

// One cable between the middles of the facing edges of two devices: where it goes while a drag is under way,
// before the cables are routed again (core's routeCables()).
QLineF cableLine(const QRectF& a, const QRectF& b);

} // namespace cs
