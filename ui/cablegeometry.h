#pragma once

#include "model/design.h"

#include <QLineF>
#include <QPainterPath>
#include <QRectF>
#include <array>
#include <unordered_map>

namespace cs {

// The scene rectangle of every device, by id.
using DeviceRects = std::unordered_map<DeviceId, QRectF>;

// The cables of one network, as one path.
struct CableBundle {
    QPainterPath path;
    int cables = 0;
};

// Every cable as a straight segment between the facing edges of the two devices it joins. The cable ends on
// one edge are spread along it in the order of the devices they lead to, so that a device's cables fan out
// without crossing each other.
std::array<CableBundle, kNetworkCount> cableBundles(const Design& design, const DeviceRects& rects);

// One cable between the middles of the facing edges of two devices: where it goes while a drag is under way,
// before the cables are fanned out again.
QLineF cableLine(const QRectF& a, const QRectF& b);

} // namespace cs
