#include "linklayeritem.h"

#include "networkstyle.h"

#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace cs {

namespace {

// The pen is cosmetic, so its width is in pixels; a few scene units of margin cover it at ordinary zooms.
constexpr qreal kBoundsMargin = 2;

// Antialiased lines cost about five times as much. A large fabric seen from afar is drawn without it: its
// lines are too dense for smoothing to show (20,480-GPU design, fit view, offscreen: 390 ms a frame smoothed,
// 80 ms not).
constexpr int kSmoothCableLimit = 5000;
constexpr qreal kSmoothZoom = 0.4;

} // namespace

LinkLayerItem::LinkLayerItem(Network network)
    : network_(network) {
    setAcceptedMouseButtons(Qt::NoButton);
}

void LinkLayerItem::setCables(CableBundle bundle) {
    prepareGeometryChange();
    path_ = std::move(bundle.path);
    cables_ = bundle.cables;
    bounds_ = path_.isEmpty() ? QRectF()
                              : path_.controlPointRect().adjusted(-kBoundsMargin, -kBoundsMargin,
                                                                  kBoundsMargin, kBoundsMargin);
    update();
}

void LinkLayerItem::paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget*) {
    const bool antialiased = painter->testRenderHint(QPainter::Antialiasing);
    const qreal zoom = option->levelOfDetailFromTransform(painter->worldTransform());
    painter->setRenderHint(QPainter::Antialiasing, cables_ <= kSmoothCableLimit || zoom >= kSmoothZoom);
    painter->setPen(networkStyle(network_).pen);
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(path_);
    painter->setRenderHint(QPainter::Antialiasing, antialiased);
}

} // namespace cs
