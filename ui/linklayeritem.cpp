#include "linklayeritem.h"

#include "heatstyle.h"
#include "networkstyle.h"

#include <QPainter>
#include <QStyleOptionGraphicsItem>
#include <cmath>

namespace cs {

namespace {

// The pen is cosmetic, so its width is in pixels; a few scene units of margin cover it at ordinary zooms.
constexpr qreal kBoundsMargin = 2;

// Antialiased lines cost about five times as much. A large fabric seen from afar is drawn without it: its
// lines are too dense for smoothing to show (20,480-GPU design, fit view, offscreen: 390 ms a frame smoothed,
// 80 ms not).
constexpr int kSmoothCableLimit = 5000;
constexpr qreal kSmoothZoom = 0.4;
// A dimmed cable: its network's colour a quarter of the way from white, opaque. Translucent lines would
// darken where thousands overlap and leave the raster engine's fast path (93,015 cables of the 20,480-GPU
// design: 3.7 s to redraw after a zoom step, against 0.4 s for opaque ones; bench_studio).
constexpr double kDimmedShare = 0.25;

} // namespace

const QPen& LinkLayerItem::thinPen() const {
    if (thin_pen_.style() == Qt::NoPen) {
        thin_pen_ = networkStyle(network_).pen;
        thin_pen_.setWidthF(1);
    }
    return thin_pen_;
}

const QPen& LinkLayerItem::dimmedPen() const {
    if (dimmed_pen_.style() == Qt::NoPen) {
        dimmed_pen_ = thinPen();
        const QColor color = dimmed_pen_.color();
        const auto pale = [](int channel) {
            return static_cast<int>(std::lround(255 - (255 - channel) * kDimmedShare));
        };
        dimmed_pen_.setColor(QColor(pale(color.red()), pale(color.green()), pale(color.blue())));
    }
    return dimmed_pen_;
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
    applyCacheMode();
    if (heatShown()) { // until the scene recolours the new cables: no data
        buckets_.assign(lines_.size(), kNoHeatBucket);
        groupByBucket();
    }
    bounds_ = bundle.path.isEmpty() ? QRectF()
                                    : bundle.path.controlPointRect().adjusted(-kBoundsMargin, -kBoundsMargin,
                                                                              kBoundsMargin, kBoundsMargin);
    update();
}

void LinkLayerItem::setCached(bool cached) {
    cached_ = cached;
    applyCacheMode();
}

void LinkLayerItem::applyCacheMode() {
    // Repaints that do not touch the cables (selection, hover, other items) blit the pixmap (20,480 GPUs, fit
    // view: 103 ms -> 7 ms a repaint; bench_studio). Each change calls update() on what it touched, which
    // redraws just that part of the pixmap; a new zoom redraws it whole.
    setCacheMode(cached_ && cables_ > kSmoothCableLimit ? DeviceCoordinateCache : NoCache);
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
    if (heatShown())
        heat_lines_[heat_place_[index]] = line;
    update(reach);
}

void LinkLayerItem::setDraft(bool draft) {
    if (draft_ != draft) {
        draft_ = draft;
        update();
    }
}

void LinkLayerItem::setDimmed(bool dimmed) {
    if (dimmed_ != dimmed) {
        dimmed_ = dimmed;
        update();
    }
}

void LinkLayerItem::setHeat(std::vector<std::uint8_t> buckets) {
    buckets_ = std::move(buckets);
    if (!buckets_.empty())
        buckets_.resize(lines_.size(), kNoHeatBucket);
    groupByBucket();
    update();
}

void LinkLayerItem::groupByBucket() {
    heat_lines_.clear();
    heat_place_.clear();
    bucket_begin_.clear();
    if (buckets_.empty())
        return;
    // A counting sort: one pass to count, one to place (93,015 cables: well under a millisecond).
    bucket_begin_.assign(static_cast<std::size_t>(heatBucketCount()) + 1, 0);
    for (std::uint8_t bucket : buckets_)
        ++bucket_begin_[bucket + 1u];
    for (std::size_t b = 1; b < bucket_begin_.size(); ++b)
        bucket_begin_[b] += bucket_begin_[b - 1];
    std::vector<std::uint32_t> next(bucket_begin_.begin(), bucket_begin_.end() - 1);
    heat_lines_.resize(lines_.size());
    heat_place_.resize(lines_.size());
    for (std::size_t i = 0; i < lines_.size(); ++i) {
        const std::uint32_t place = next[buckets_[i]]++;
        heat_lines_[place] = lines_[i];
        heat_place_[i] = place;
    }
}

QColor LinkLayerItem::cableColor(std::size_t index) const {
    return heatShown() ? heatBucketColor(buckets_.at(index)) : networkStyle(network_).color;
}

void LinkLayerItem::drawBatch(QPainter* painter, const QLineF* lines, std::size_t count,
                              const QRectF& exposed) const {
    if (exposed.contains(bounds_)) {
        painter->drawLines(lines, static_cast<int>(count));
        return;
    }
    std::vector<QLineF> visible;
    for (std::size_t i = 0; i < count; ++i) {
        const QLineF& line = lines[i];
        if (exposed.intersects(QRectF(line.p1(), line.p2()).normalized().adjusted(-1, -1, 1, 1)))
            visible.push_back(line);
    }
    painter->drawLines(visible.data(), static_cast<int>(visible.size()));
}

void LinkLayerItem::paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget*) {
    const bool antialiased = painter->testRenderHint(QPainter::Antialiasing);
    const qreal zoom = option->levelOfDetailFromTransform(painter->worldTransform());
    const bool large = cables_ > kSmoothCableLimit;
    const bool far = large && zoom < kSmoothZoom;
    // Smoothing triples the cost of a close-up repaint of a large layer (93,015 cables at 100%: 17 ms a frame
    // smoothed, 7 ms not; bench_studio): a drag goes without it.
    painter->setRenderHint(QPainter::Antialiasing, !far && !(large && draft_));
    painter->setBrush(Qt::NoBrush);
    const QRectF exposed =
        option->exposedRect.adjusted(-kBoundsMargin, -kBoundsMargin, kBoundsMargin, kBoundsMargin);
    if (heatShown()) {
        // One batch per bucket, coldest first: the busiest links are drawn over the others.
        for (std::size_t b = 0; b + 1 < bucket_begin_.size(); ++b) {
            if (bucket_begin_[b] == bucket_begin_[b + 1])
                continue;
            painter->setPen(heatBucketPen(static_cast<std::uint8_t>(b), far));
            drawBatch(painter, heat_lines_.data() + bucket_begin_[b], bucket_begin_[b + 1] - bucket_begin_[b],
                      exposed);
        }
    } else if (dimmed_) {
        painter->setRenderHint(QPainter::Antialiasing, false); // one faint pixel: smoothing would not show
        painter->setPen(dimmedPen());
        drawBatch(painter, lines_.data(), lines_.size(), exposed);
    } else {
        // From afar, one-pixel lines: the raster engine draws them on its fast path, thicker ones are
        // stroked.
        painter->setPen(far ? thinPen() : networkStyle(network_).pen);
        drawBatch(painter, lines_.data(), lines_.size(), exposed);
    }
    painter->setRenderHint(QPainter::Antialiasing, antialiased);
}

} // namespace cs
