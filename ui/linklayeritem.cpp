#include "linklayeritem.h"

#include "heatstyle.h"
#include "networkstyle.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QStyleOptionGraphicsItem>
#include <algorithm>
#include <array>
#include <bit>
#include <cmath>
#include <limits>
#include <numeric>

namespace cs {

namespace {

// Antialiased lines cost about five times as much. A large fabric seen from afar is drawn without it: its
// lines are too dense for smoothing to show (20,480-GPU design, fit view, offscreen: 390 ms a frame smoothed,
// 80 ms not).
constexpr int kSmoothCableLimit = 5000;
constexpr qreal kSmoothZoom = 0.4;
// A dimmed cable: its network's colour a quarter of the way from white, opaque. Translucent lines would
// darken where thousands overlap and leave the raster engine's fast path (93,015 cables of the 20,480-GPU
// design: 3.7 s to redraw after a zoom step, against 0.4 s for opaque ones; bench_studio).
constexpr double kDimmedShare = 0.25;

// A bundle's stroke, in scene units: 1.5 for one cable, half a unit more for each doubling, at most 4 (the
// widest that keeps the networks' tracks, kTrackSpacing apart, from touching).
constexpr qreal kThinnestStroke = 1.5, kStrokeStep = 0.5;
constexpr int kWidthClasses = 6;

// Labels: 10 pixels high on screen, growing in scene units as the view zooms out up to kMaxLabelScale times;
// below kMinLabelPixels on screen they are not drawn. Only a bundle of two or more cables with room for its
// label along it gets one.
constexpr qreal kLabelPixels = 10;
constexpr qreal kMinLabelPixels = 8;
constexpr qreal kMaxLabelScale = 2.5;
constexpr qreal kLabelPadding = 3; // around the text, in label pixels
constexpr std::uint32_t kLabelledCables = 2;
// Where along a stretch each network puts its label first, indexed like kNetworks: compute in the middle.
constexpr std::array<qreal, kNetworkCount> kLabelPlaces = {0.5, 0.3, 0.7, 0.4, 0.6, 0.35};

// Scene units around the strokes: the widest stroke and the largest label.
constexpr qreal kBoundsMargin = kLabelPixels * kMaxLabelScale;

int widthClass(std::uint32_t cables) {
    return std::min(static_cast<int>(std::bit_width(std::max(cables, 1u))) - 1, kWidthClasses - 1);
}

qreal strokeWidth(int widthClass) {
    return kThinnestStroke + kStrokeStep * widthClass;
}

const QFont& labelFont() {
    static const QFont font = [] {
        QFont f;
        f.setPixelSize(static_cast<int>(kLabelPixels));
        return f;
    }();
    return font;
}

QRectF reachOf(const QLineF& line, qreal margin) {
    return QRectF(line.p1(), line.p2()).normalized().adjusted(-margin, -margin, margin, margin);
}

qreal distanceToSegment(QPointF point, QPointF from, QPointF to) {
    const QPointF d = to - from;
    const qreal length2 = QPointF::dotProduct(d, d);
    const qreal t = length2 > 0 ? std::clamp(QPointF::dotProduct(point - from, d) / length2, 0.0, 1.0) : 0.0;
    const QPointF gap = point - (from + t * d);
    return std::hypot(gap.x(), gap.y());
}

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

QString LinkLayerItem::strokeLabel(const Stroke& stroke) {
    return stroke.gbps > 0 ? QCoreApplication::translate("cs::LinkLayerItem", "%1 × %2G")
                                 .arg(stroke.cables)
                                 .arg(stroke.gbps)
                           : QCoreApplication::translate("cs::LinkLayerItem", "%1 cables").arg(stroke.cables);
}

QPolygonF LinkLayerItem::route(std::size_t index) const {
    if (const auto it = moved_.find(index); it != moved_.end())
        return QPolygonF({it->second.p1(), it->second.p2()});
    return QPolygonF(QList<QPointF>(points_.begin() + route_begin_.at(index),
                                    points_.begin() + route_begin_.at(index + 1)));
}

void LinkLayerItem::setRoutes(const NetworkRoutes& routes) {
    prepareGeometryChange();
    points_.clear();
    points_.reserve(routes.points.size());
    QRectF reach;
    for (const RoutePoint& p : routes.points)
        points_.emplace_back(p.x, p.y);
    if (!points_.empty()) {
        const auto [left, right] = std::minmax_element(points_.begin(), points_.end(),
                                                       [](QPointF a, QPointF b) { return a.x() < b.x(); });
        const auto [top, bottom] = std::minmax_element(points_.begin(), points_.end(),
                                                       [](QPointF a, QPointF b) { return a.y() < b.y(); });
        reach = QRectF(QPointF(left->x(), top->y()), QPointF(right->x(), bottom->y()));
    }
    bounds_ = points_.empty() ? QRectF()
                              : reach.adjusted(-kBoundsMargin, -kBoundsMargin, kBoundsMargin, kBoundsMargin);
    route_begin_ = routes.route_begin;
    moved_.clear();
    strokes_.clear();
    strokes_.reserve(routes.bundles.size());
    for (const CableBundle& bundle : routes.bundles)
        strokes_.push_back(
            {QLineF(bundle.from.x, bundle.from.y, bundle.to.x, bundle.to.y), bundle.cables, bundle.gbps});
    stretch_strokes_ = routes.stretch_bundles;
    draft_ = false;
    applyCacheMode();
    if (heatShown()) // until the scene recolours the new cables: no data
        buckets_.assign(static_cast<std::size_t>(cableCount()), kNoHeatBucket);
    sortIntoBatches();
    update();
}

std::optional<std::pair<std::size_t, qreal>> LinkLayerItem::nearestCable(QPointF point,
                                                                         qreal tolerance) const {
    std::optional<std::pair<std::size_t, qreal>> nearest;
    qreal best = tolerance;
    for (std::size_t i = 0; i + 1 < route_begin_.size(); ++i) {
        qreal distance = std::numeric_limits<qreal>::max();
        if (const auto it = moved_.find(i); it != moved_.end()) {
            distance = distanceToSegment(point, it->second.p1(), it->second.p2());
        } else {
            for (std::uint32_t p = route_begin_[i]; p + 1 < route_begin_[i + 1]; ++p)
                distance = std::min(distance, distanceToSegment(point, points_[p], points_[p + 1]));
        }
        if (distance <= best) {
            best = distance;
            nearest = {i, distance};
        }
    }
    return nearest;
}

void LinkLayerItem::setCached(bool cached) {
    cached_ = cached;
    applyCacheMode();
}

void LinkLayerItem::applyCacheMode() {
    // Repaints that do not touch the cables (selection, hover, other items) blit the pixmap (20,480 GPUs, fit
    // view: 103 ms -> 7 ms a repaint; bench_studio). Each change calls update() on what it touched, which
    // redraws just that part of the pixmap; a new zoom redraws it whole.
    setCacheMode(cached_ && cableCount() > kSmoothCableLimit ? DeviceCoordinateCache : NoCache);
}

void LinkLayerItem::moveCable(std::size_t index, const QLineF& line) {
    const QRectF reach = reachOf(line, kBoundsMargin);
    if (!bounds_.contains(reach)) {
        prepareGeometryChange();
        bounds_ |= reach;
    }
    // Both the old and the new place need repainting.
    update(
        route(index).boundingRect().adjusted(-kBoundsMargin, -kBoundsMargin, kBoundsMargin, kBoundsMargin));
    moved_[index] = line;
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
        buckets_.resize(static_cast<std::size_t>(cableCount()), kNoHeatBucket);
    sortIntoBatches();
    update();
}

void LinkLayerItem::findStrokeBuckets() {
    stroke_buckets_.clear();
    if (!heatShown())
        return;
    // For each bucket, how many of its cables run along each stroke: a stretch adds one at its first stroke
    // and takes it off after its last; a running sum per bucket then gives each stroke's hottest.
    const auto buckets = static_cast<std::size_t>(heatBucketCount());
    std::vector<std::int32_t> changes(buckets * (strokes_.size() + 1), 0);
    for (std::size_t cable = 0; cable + 1 < route_begin_.size(); ++cable) {
        const std::size_t row = buckets_[cable] * (strokes_.size() + 1);
        for (std::uint32_t p = route_begin_[cable]; p + 1 < route_begin_[cable + 1]; ++p) {
            ++changes[row + stretch_strokes_[p].first];
            --changes[row + stretch_strokes_[p].second];
        }
    }
    stroke_buckets_.assign(strokes_.size(), kNoHeatBucket);
    for (std::size_t bucket = 0; bucket < buckets; ++bucket) {
        std::int32_t along = 0;
        for (std::size_t s = 0; s < strokes_.size(); ++s) {
            along += changes[bucket * (strokes_.size() + 1) + s];
            if (along > 0)
                stroke_buckets_[s] = static_cast<std::uint8_t>(bucket); // the buckets run coldest first
        }
    }
}

void LinkLayerItem::sortIntoBatches() {
    // Bundles by heat bucket, coldest first (the busiest are drawn over the others), then by width.
    findStrokeBuckets();
    std::vector<std::uint16_t> keys(strokes_.size());
    for (std::size_t s = 0; s < strokes_.size(); ++s) {
        const std::uint8_t bucket = heatShown() ? stroke_buckets_[s] : kNoHeatBucket;
        keys[s] = static_cast<std::uint16_t>(bucket * kWidthClasses + widthClass(strokes_[s].cables));
    }
    std::vector<std::uint32_t> order(strokes_.size());
    std::iota(order.begin(), order.end(), 0u);
    std::stable_sort(order.begin(), order.end(),
                     [&](std::uint32_t a, std::uint32_t b) { return keys[a] < keys[b]; });
    lines_.clear();
    lines_.reserve(order.size());
    batches_.clear();
    for (std::uint32_t s : order) {
        const auto bucket = static_cast<std::uint8_t>(keys[s] / kWidthClasses);
        const auto width = static_cast<std::uint8_t>(keys[s] % kWidthClasses);
        if (batches_.empty() || batches_.back().bucket != bucket || batches_.back().width != width)
            batches_.push_back({bucket, width, static_cast<std::uint32_t>(lines_.size()),
                                static_cast<std::uint32_t>(lines_.size())});
        lines_.push_back(strokes_[s].line);
        ++batches_.back().end;
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
        if (exposed.intersects(reachOf(lines[i], 1)))
            visible.push_back(lines[i]);
    }
    painter->drawLines(visible.data(), static_cast<int>(visible.size()));
}

qreal LinkLayerItem::labelReach() {
    return kBoundsMargin;
}

bool LinkLayerItem::labelsShown(qreal zoom) const {
    return isVisible() && (!dimmed_ || heatShown()) &&
           !(cableCount() > kSmoothCableLimit && zoom < kSmoothZoom);
}

void LinkLayerItem::drawLabels(QPainter* painter, const QRectF& exposed, const QRectF& within, qreal zoom,
                               std::vector<QRectF>& drawn) const {
    // Scene units per label pixel: 1 when zoomed in, growing as the view zooms out, as a rack's name does.
    const qreal scale = std::clamp(1 / zoom, 1.0, kMaxLabelScale);
    if (kLabelPixels * scale * zoom < kMinLabelPixels)
        return;
    const QFontMetricsF metrics(labelFont());
    const QColor ink = networkStyle(network_).color.darker(160);
    painter->setFont(labelFont());
    // Each network labels its bundles at its own place along a stretch first (the networks' tracks run side
    // by side in a channel), else at the middle or a quarter; a label that would cover one already drawn, of
    // any network, is left out.
    const std::array<qreal, 3> places = {kLabelPlaces[networkIndex(network_)], 0.5, 0.25};
    for (std::size_t s = 0; s < strokes_.size(); ++s) {
        const Stroke& stroke = strokes_[s];
        if (stroke.cables < kLabelledCables || !exposed.intersects(reachOf(stroke.line, kBoundsMargin)))
            continue;
        const QString text = strokeLabel(stroke);
        const qreal width = metrics.horizontalAdvance(text) + 2 * kLabelPadding;
        const bool vertical = stroke.line.dx() == 0;
        const QSizeF size = QSizeF(width, metrics.height()) * scale;
        QPointF at;
        QRectF area;
        const bool placed = std::any_of(places.begin(), places.end(), [&](qreal along) {
            const qreal room = std::min(along, 1 - along) * stroke.line.length();
            if (room < (width / 2 + kLabelPadding) * scale)
                return false;
            at = stroke.line.pointAt(along);
            area = vertical ? QRectF(at - QPointF(size.height(), size.width()) / 2, size.transposed())
                            : QRectF(at - QPointF(size.width(), size.height()) / 2, size);
            return within.contains(area) &&
                   std::none_of(drawn.begin(), drawn.end(),
                                [&](const QRectF& other) { return other.intersects(area); });
        });
        if (!placed)
            continue;
        drawn.push_back(area);
        const QRectF box(-width / 2, -metrics.height() / 2, width, metrics.height());
        painter->save();
        painter->translate(at);
        if (vertical)
            painter->rotate(-90); // read from below, as a drawing's vertical labels are
        painter->scale(scale, scale);
        painter->setPen(QPen(networkStyle(network_).color, 0.75));
        painter->setBrush(QColor(0xFF, 0xFF, 0xFF, 235));
        painter->drawRoundedRect(box, 2, 2);
        painter->setPen(heatShown() ? QColor(0x1F, 0x29, 0x37) : ink);
        painter->drawText(box, Qt::AlignCenter, text);
        painter->restore();
    }
}

void LinkLayerItem::paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget*) {
    const bool antialiased = painter->testRenderHint(QPainter::Antialiasing);
    const qreal zoom = option->levelOfDetailFromTransform(painter->worldTransform());
    const bool large = cableCount() > kSmoothCableLimit;
    const bool far = large && zoom < kSmoothZoom;
    // Smoothing triples the cost of a close-up repaint of a large layer (93,015 cables at 100%: 17 ms a frame
    // smoothed, 7 ms not; bench_studio): a drag goes without it.
    painter->setRenderHint(QPainter::Antialiasing, !far && !(large && draft_));
    painter->setBrush(Qt::NoBrush);
    const QRectF exposed =
        option->exposedRect.adjusted(-kBoundsMargin, -kBoundsMargin, kBoundsMargin, kBoundsMargin);
    if (dimmed_ && !heatShown()) {
        painter->setRenderHint(QPainter::Antialiasing, false); // one faint pixel: smoothing would not show
        painter->setPen(dimmedPen());
        drawBatch(painter, lines_.data(), lines_.size(), exposed);
    } else {
        const QColor networkColor = networkStyle(network_).color;
        for (const Batch& batch : batches_) {
            QPen pen;
            if (far) {
                // From afar, one-pixel lines: the raster engine draws them on its fast path.
                pen = heatShown() ? heatBucketPen(batch.bucket, true) : thinPen();
            } else {
                // At least a pixel wide on screen, so that a zoomed-out bundle does not fade.
                pen = QPen(heatShown() ? heatBucketColor(batch.bucket) : networkColor,
                           std::max(strokeWidth(batch.width), 1 / zoom), Qt::SolidLine, Qt::SquareCap,
                           Qt::MiterJoin);
            }
            painter->setPen(pen);
            drawBatch(painter, lines_.data() + batch.begin, batch.end - batch.begin, exposed);
        }
    }
    if (!moved_.empty()) {
        painter->setPen(thinPen());
        for (const auto& [index, line] : moved_)
            painter->drawLine(line);
    }
    painter->setRenderHint(QPainter::Antialiasing, antialiased);
}

} // namespace cs
