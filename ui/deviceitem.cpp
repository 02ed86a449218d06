#include "deviceitem.h"

#include "categorystyle.h"
#include "heatstyle.h"
#include "statuscolors.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPaintDevice>
#include <QPainter>
#include <QStyleOptionGraphicsItem>
#include <algorithm>
#include <cmath>

namespace cs {

namespace {

// Below this zoom a device is a filled box: text and icons would be unreadable, and they dominate the cost of
// drawing a large cluster (docs/architecture.md §Figures and targets).
constexpr qreal kDetailZoom = 0.55; // a card without its text reads as broken: cards and text appear together
constexpr qreal kTextZoom = 0.55;   // the 11-pixel detail line is 6 pixels tall here: the limit of legibility
constexpr qreal kCornerRadius = 6;
constexpr qreal kTileRadius = 4;
constexpr qreal kMaxTile = 40;
constexpr qreal kMinTileMargin = 8;
constexpr qreal kIconInset = 0.15; // of the tile, on each side
constexpr qreal kTextGap = 8;      // between the icon tile and the text
constexpr qreal kRightMargin = 6;  // after the text
constexpr qreal kLineGap = 2;
constexpr int kIconBucket = 8;         // icon pixmaps are rendered in steps of this many pixels
constexpr qreal kSelectionWidth = 2.5; // pixels: cosmetic, visible at every zoom
constexpr qreal kSelectionOutset = 3;  // scene units around the card
constexpr qreal kMarkerRadius = 6;
constexpr qreal kHeatBorderPixels = 3.5;  // cosmetic: a switch's heat reads at every zoom
constexpr qreal kFailureBorderPixels = 3; // cosmetic, like the heat border
constexpr qreal kCrossInset = 6;          // the failed card's cross, inside its corners
constexpr qreal kBadgeHeight = 16;
constexpr qreal kBadgePadding = 4;
constexpr qreal kBadgePixels = 10; // the badges' text, in scene units like the cards'

const QColor& kFailedColor = kFailColor;   // a failed device's cross, a cut-off server's border
const QColor& kDegradedColor = kWarnColor; // a server that keeps part of its compute bandwidth
const QColor kStorageLostColor(0x7C, 0x3A, 0xED);
const QColor kFailedVeil(0xF8, 0xFA, 0xFC, 170); // dims a failed card towards the canvas

const QFont& badgeFont() {
    static const QFont font = [] {
        QFont f;
        f.setPixelSize(static_cast<int>(kBadgePixels));
        f.setWeight(QFont::Bold);
        return f;
    }();
    return font;
}

// A small filled label on the card's bottom edge, from `right` leftwards; returns its left edge.
qreal drawBadge(QPainter* painter, qreal right, qreal bottom, const QString& text, const QColor& color) {
    const qreal width = QFontMetricsF(badgeFont()).horizontalAdvance(text) + 2 * kBadgePadding;
    const QRectF badge(right - width, bottom - kBadgeHeight / 2, width, kBadgeHeight);
    painter->setPen(Qt::NoPen);
    painter->setBrush(color);
    painter->drawRoundedRect(badge, kBadgeHeight / 2, kBadgeHeight / 2);
    painter->setFont(badgeFont());
    painter->setPen(Qt::white);
    painter->drawText(badge, Qt::AlignCenter, text);
    return badge.left();
}

const QFont& nameFont() {
    static const QFont font = [] {
        QFont f;
        f.setPixelSize(static_cast<int>(kCardNamePixels));
        f.setWeight(QFont::DemiBold);
        return f;
    }();
    return font;
}

const QFont& detailFont() {
    static const QFont font = [] {
        QFont f;
        f.setPixelSize(static_cast<int>(kCardDetailPixels));
        return f;
    }();
    return font;
}

const QPen& cardPen() {
    static const QPen pen(QColor(0xC5, 0xCC, 0xD6), 1);
    return pen;
}

const QBrush& cardBrush() {
    static const QBrush brush(Qt::white);
    return brush;
}

const QPen& selectionPen() {
    static const QPen pen = [] {
        QPen p(QColor(0x25, 0x63, 0xEB), kSelectionWidth);
        p.setCosmetic(true);
        return p;
    }();
    return pen;
}

QColor markerColor(Severity severity) {
    switch (severity) {
    case Severity::Error:
        return {0xDC, 0x26, 0x26};
    case Severity::Warning:
        return {0xD9, 0x77, 0x06};
    case Severity::Info:
        break;
    }
    return {0x25, 0x63, 0xEB};
}

const QPen& namePen() {
    static const QPen pen(QColor(0x11, 0x18, 0x27));
    return pen;
}

const QPen& detailPen() {
    static const QPen pen(QColor(0x4B, 0x55, 0x63));
    return pen;
}

// What the device is, in one line: its model, then its GPUs or its role.
QString detailLine(const Design& design, const Device& device, const QFontMetricsF& metrics, qreal width) {
    const DeviceType& type = design.typeOf(device);
    QString suffix;
    if (const GpuType* gpu = design.gpuOf(device)) {
        suffix =
            QStringLiteral(" · %1× %2").arg(design.gpuCount(device)).arg(QString::fromStdString(gpu->model));
    } else if (!device.role.empty() && type.category != DeviceCategory::Storage) {
        suffix = QStringLiteral(" · ") + QString::fromStdString(device.role);
    }
    return metrics.elidedText(QString::fromStdString(type.model) + suffix, Qt::ElideRight, width);
}

// The name in `width`: whole when it fits; else its trailing number stays whole and the rest is elided in the
// middle ("comp…leaf-012"), since the number is what tells a card from its neighbours. The tooltip has it
// all.
QString fittedName(const QString& name, const QFontMetricsF& metrics, qreal width) {
    if (metrics.horizontalAdvance(name) <= width)
        return name;
    qsizetype numberStart = name.size();
    while (numberStart > 0 && name[numberStart - 1].isDigit())
        --numberStart;
    if (numberStart == name.size() || numberStart == 0)
        return metrics.elidedText(name, Qt::ElideRight, width);
    const QString number = name.mid(numberStart);
    const qreal rest = width - metrics.horizontalAdvance(number);
    if (rest <= 0)
        return metrics.elidedText(number, Qt::ElideLeft, width);
    return metrics.elidedText(name.left(numberStart), Qt::ElideMiddle, rest) + number;
}

QString toolTipText(const Design& design, const Device& device) {
    const DeviceType& type = design.typeOf(device);
    QString text = QString::fromStdString(device.name) + u'\n' + QString::fromStdString(type.name);
    if (const GpuType* gpu = design.gpuOf(device))
        text +=
            QStringLiteral("\n%1× %2").arg(design.gpuCount(device)).arg(QString::fromStdString(gpu->name));
    if (!device.role.empty())
        text += QStringLiteral("\nRole: ") + QString::fromStdString(device.role);
    return text;
}

} // namespace

QRectF deviceRect(const Design& design, const Device& device) {
    return {QPointF(device.x, device.y), categoryStyle(design.typeOf(device).category).size};
}

DeviceItem::DeviceItem(const Design& design, const Device& device)
    : id_(device.id)
    , rack_(device.rack)
    , category_(design.typeOf(device).category)
    , box_(QPointF(0, 0), categoryStyle(category_).size) {
    const qreal tile = std::min(kMaxTile, box_.height() - 2 * kMinTileMargin);
    const qreal margin = (box_.height() - tile) / 2;
    tile_ = QRectF(margin, margin, tile, tile);
    const qreal inset = tile * kIconInset;
    icon_rect_ = tile_.adjusted(inset, inset, -inset, -inset);
    sync(design, device);
}

void DeviceItem::sync(const Design& design, const Device& device) {
    rack_ = device.rack;
    setPos(device.x, device.y);
    setToolTip(toolTipText(design, device));
    layOutText(design, device);
    update();
}

void DeviceItem::setMarkedSelected(bool selected) {
    if (selected_ == selected)
        return;
    selected_ = selected;
    update();
}

void DeviceItem::setMarker(std::optional<Severity> severity) {
    if (marker_ == severity)
        return;
    marker_ = severity;
    update();
}

void DeviceItem::setHeatBucket(std::optional<std::uint8_t> bucket) {
    if (heat_ == bucket)
        return;
    heat_ = bucket;
    update();
}

void DeviceItem::setFailureMark(std::optional<FailureMark> mark) {
    if (failure_ == mark)
        return;
    prepareGeometryChange(); // the badges reach past the card
    failure_ = mark;
    update();
}

void DeviceItem::layOutText(const Design& design, const Device& device) {
    const QFontMetricsF nameMetrics(nameFont());
    const QFontMetricsF detailMetrics(detailFont());
    const qreal left = tile_.right() + kTextGap;
    const qreal width = box_.width() - left - kRightMargin;
    name_ = fittedName(QString::fromStdString(device.name), nameMetrics, width);
    detail_ = detailLine(design, device, detailMetrics, width);
    const qreal top = (box_.height() - nameMetrics.height() - kLineGap - detailMetrics.height()) / 2;
    name_baseline_ = QPointF(left, top + nameMetrics.ascent());
    detail_baseline_ = QPointF(left, top + nameMetrics.height() + kLineGap + detailMetrics.ascent());
}

QRectF DeviceItem::boundingRect() const {
    // Room for the selection outline, the marker dot on the top-right corner and, with a what-if, the badges
    // on the bottom edge.
    const qreal out =
        std::max({kSelectionOutset + kSelectionWidth, kMarkerRadius, failure_ ? kBadgeHeight / 2 : 0});
    return box_.adjusted(-out, -out, out, out);
}

void DeviceItem::paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget*) {
    // The view does not save the painter state between items (DontSavePainterState): set all that is used.
    const CategoryStyle& style = categoryStyle(category_);
    const qreal zoom = option->levelOfDetailFromTransform(painter->worldTransform());
    if (zoom < kDetailZoom) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(heat_ ? heatBucketColor(*heat_) : style.accent);
        painter->drawRect(box_);
        paintFailure(painter, false);
        paintMarks(painter);
        return;
    }
    painter->setPen(cardPen());
    painter->setBrush(cardBrush());
    painter->drawRoundedRect(box_, kCornerRadius, kCornerRadius);
    painter->setPen(Qt::NoPen);
    painter->setBrush(style.tint);
    painter->drawRoundedRect(tile_, kTileRadius, kTileRadius);

    const qreal devicePixels = icon_rect_.width() * zoom * painter->device()->devicePixelRatioF();
    const int pixels = kIconBucket * static_cast<int>(std::ceil(devicePixels / kIconBucket));
    painter->drawPixmap(icon_rect_, categoryPixmap(category_, pixels), QRectF(0, 0, pixels, pixels));
    if (zoom >= kTextZoom) {
        painter->setFont(nameFont());
        painter->setPen(namePen());
        painter->drawText(name_baseline_, name_);
        painter->setFont(detailFont());
        painter->setPen(detailPen());
        painter->drawText(detail_baseline_, detail_);
    }
    if (heat_) { // zoomed out, the fill above shows the heat
        QPen pen(heatBucketColor(*heat_), kHeatBorderPixels);
        pen.setCosmetic(true);
        painter->setPen(pen);
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(box_, kCornerRadius, kCornerRadius);
    }
    paintFailure(painter, true);
    paintMarks(painter);
}

void DeviceItem::paintFailure(QPainter* painter, bool detailed) const {
    if (!failure_)
        return;
    QPen border(kFailedColor, kFailureBorderPixels);
    border.setCosmetic(true);
    switch (failure_->state) {
    case FailureMark::State::Failed: {
        painter->setPen(Qt::NoPen);
        painter->setBrush(kFailedVeil);
        painter->drawRoundedRect(box_, kCornerRadius, kCornerRadius);
        painter->setPen(border);
        const QRectF cross = box_.adjusted(kCrossInset, kCrossInset, -kCrossInset, -kCrossInset);
        painter->drawLine(cross.topLeft(), cross.bottomRight());
        painter->drawLine(cross.bottomLeft(), cross.topRight());
        break;
    }
    case FailureMark::State::CutOff:
        border.setStyle(Qt::DashLine);
        painter->setPen(border);
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(box_, kCornerRadius, kCornerRadius);
        break;
    case FailureMark::State::Degraded:
        border.setColor(kDegradedColor);
        painter->setPen(border);
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(box_, kCornerRadius, kCornerRadius);
        break;
    case FailureMark::State::Working:
        break;
    }
    if (!detailed)
        return;
    // The badges name what the border means: the compute bandwidth kept, and a lost storage path.
    qreal right = box_.right() - kCornerRadius;
    if (failure_->state == FailureMark::State::CutOff)
        right = drawBadge(painter, right, box_.bottom(),
                          QCoreApplication::translate("cs::DeviceItem", "cut off"), kFailedColor) -
                kBadgePadding;
    else if (failure_->state == FailureMark::State::Degraded)
        right =
            drawBadge(painter, right, box_.bottom(),
                      QStringLiteral("%1/%2").arg(failure_->compute_links_left).arg(failure_->compute_links),
                      kDegradedColor) -
            kBadgePadding;
    if (failure_->loses_storage)
        drawBadge(painter, right, box_.bottom(), QCoreApplication::translate("cs::DeviceItem", "no storage"),
                  kStorageLostColor);
}

void DeviceItem::paintMarks(QPainter* painter) const {
    if (selected_) {
        painter->setPen(selectionPen());
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(
            box_.adjusted(-kSelectionOutset, -kSelectionOutset, kSelectionOutset, kSelectionOutset),
            kCornerRadius + kSelectionOutset, kCornerRadius + kSelectionOutset);
    }
    if (marker_) {
        painter->setPen(QPen(Qt::white, 1.5));
        painter->setBrush(markerColor(*marker_));
        painter->drawEllipse(box_.topRight(), kMarkerRadius, kMarkerRadius);
    }
}

} // namespace cs
