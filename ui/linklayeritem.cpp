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

const QPen& LinkLayerItem::thinPen() const {
    if (thin_pen_.style() == Qt::NoPen) {
        thin_pen_ = networkStyle(network_).pen;
        thin_pen_.setWidthF(1);
    }
    return thin_pen_;
}

LinkLayerItem::LinkLayerItem(Network network)
    : network_(network) {
    setAcceptedMouseButtons(Qt::NoButton);
    setFlag(ItemUsesExtendedStyleOption); // paint() needs the exposed rectangle
}

void LinkLayerItem::setCables(CableBundle bundle) {
    prepareGeometryChange();
    // The bundle's path is a moveTo/lineTo pair per cable: as segments they can be culled and drawn in one
    // drawLines call (20,480-GPU design, 93,015 cables, fit view: 105 ms a frame as a path, see
    // bench_studio).
    lines_.clear();
    lines_.reserve(static_cast<std::size_t>(bundle.cables));
    for (int i = 0; i + 1 < bundle.path.elementCount(); i += 2)
        lines_.emplace_back(bundle.path.elementAt(i), bundle.path.elementAt(i + 1));
    cables_ = bundle.cables;
    draft_ = false;
    bounds_ = bundle.path.isEmpty() ? QRectF()
                                    : bundle.path.controlPointRect().adjusted(-kBoundsMargin, -kBoundsMargin,
                                                                              kBoundsMargin, kBoundsMargin);
    update();
}

void LinkLayerItem::moveCable(std::size_t index, const QLineF& line) {
    const QRectF reach = QRectF(line.p1(), line.p2())
                             .normalized()
                             .adjusted(-kBoundsMargin, -kBoundsMargin, kBoundsMargin, kBoundsMargin);
    if (!bounds_.contains(reach)) {
        prepareGeometryChange();
        bounds_ |= reach;
    }
    // Both the old and the new place need repainting.
    update(QRectF(lines_[index].p1(), lines_[index].p2())
               .normalized()
               .adjusted(-kBoundsMargin, -kBoundsMargin, kBoundsMargin, kBoundsMargin));
    lines_[index] = line;
    update(reach);
}

void LinkLayerItem::setDraft(bool draft) {
    if (draft_ != draft) {
        draft_ = draft;
        update();
    }
}

void LinkLayerItem::paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget*) {
    const bool antialiased = painter->testRenderHint(QPainter::Antialiasing);
    const qreal zoom = option->levelOfDetailFromTransform(painter->worldTransform());
    const bool large = cables_ > kSmoothCableLimit;
    const bool far = large && zoom < kSmoothZoom;
    // Smoothing triples the cost of a close-up repaint of a large layer (93,015 cables at 100%: 17 ms a frame
    // smoothed, 7 ms not; bench_studio): a drag goes without it.
    painter->setRenderHint(QPainter::Antialiasing, !far && !(large && draft_));
    // From afar, one-pixel lines: the raster engine draws them on its fast path, thicker ones are stroked.
    painter->setPen(far ? thinPen() : networkStyle(network_).pen);
    painter->setBrush(Qt::NoBrush);
    const QRectF exposed =
        option->exposedRect.adjusted(-kBoundsMargin, -kBoundsMargin, kBoundsMargin, kBoundsMargin);
    if (exposed.contains(bounds_)) {
        painter->drawLines(lines_.data(), static_cast<int>(lines_.size()));
    } else {
        std::vector<QLineF> visible;
        for (const QLineF& line : lines_) {
            if (exposed.intersects(QRectF(line.p1(), line.p2()).normalized().adjusted(-1, -1, 1, 1)))
                visible.push_back(line);
        }
        painter->drawLines(visible.data(), static_cast<int>(visible.size()));
    }
    painter->setRenderHint(QPainter::Antialiasing, antialiased);
}

} // namespace cs
