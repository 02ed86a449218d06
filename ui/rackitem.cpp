#include "rackitem.h"

#include "heatstyle.h"
#include "statuscolors.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QStyleOptionGraphicsItem>
#include <algorithm>
#include <cmath>

namespace cs {

namespace {

constexpr qreal kLabelPixels = 12;   // the label's size on screen when zoomed out
constexpr qreal kMinLabelPixels = 9; // smaller is unreadable: no label
constexpr qreal kMaxLabelScale = 4;  // how far the label may grow in scene units to stay readable
constexpr qreal kTabPadding = 0.5;   // around the text, in label heights
constexpr qreal kTabHeight = 1.6;    // in label heights

const QFont& labelFont() {
    static const QFont font = [] {
        QFont f;
        f.setPixelSize(static_cast<int>(kLabelPixels));
        f.setWeight(QFont::DemiBold);
        return f;
    }();
    return font;
}

const QPen& framePen() {
    static const QPen pen = [] {
        QPen p(QColor(0xB6, 0xBF, 0xCC), 1);
        p.setCosmetic(true);
        return p;
    }();
    return pen;
}

// Translucent: the rack sits above the cables (so that its tab hides them) yet must not hide them.
const QBrush& frameBrush() {
    static const QBrush brush(QColor(0x33, 0x41, 0x55, 14));
    return brush;
}

// The frame's header band: lighter than the tab and the bar's track, which it holds.
const QBrush& bandBrush() {
    static const QBrush brush(QColor(0xF8, 0xFA, 0xFC));
    return brush;
}

const QBrush& tabBrush() {
    static const QBrush brush(QColor(0xE2, 0xE8, 0xF0));
    return brush;
}

const QPen& labelPen() {
    static const QPen pen(QColor(0x1E, 0x29, 0x3B));
    return pen;
}

const QPen& usagePen() {
    static const QPen pen(QColor(0x47, 0x55, 0x69));
    return pen;
}

const QPen& selectedFramePen() {
    static const QPen pen = [] {
        QPen p(QColor(0x25, 0x63, 0xEB), 2.5);
        p.setCosmetic(true);
        return p;
    }();
    return pen;
}

const QPen& overLimitPen() {
    static const QPen pen(kFailColor);
    return pen;
}

// The power bar fills the frame's header band (kRackHeader) less a margin, its label on its right.
constexpr qreal kBarHeight = 14;
constexpr qreal kBarLabelGap = 6;
constexpr qreal kBarLabelPixels = 11;
constexpr qreal kMinBarLabelPixels = 7; // on screen; smaller: the bar alone

const QFont& barFont() {
    static const QFont font = [] {
        QFont f;
        f.setPixelSize(static_cast<int>(kBarLabelPixels));
        f.setWeight(QFont::DemiBold);
        return f;
    }();
    return font;
}

const QBrush& barTrackBrush() {
    static const QBrush brush(QColor(0xE2, 0xE8, 0xF0));
    return brush;
}

QSizeF tabSize(qreal textWidth, qreal scale) {
    return {(textWidth + 2 * kTabPadding * kLabelPixels) * scale, kTabHeight * kLabelPixels * scale};
}

} // namespace

RackItem::RackItem(const Rack& rack, const QRectF& frame, const QString& usage, bool overLimit)
    : id_(rack.id)
    , frame_(frame)
    , name_(QString::fromStdString(rack.name))
    , usage_(usage.isEmpty() ? QString() : QStringLiteral("  ·  ") + usage)
    , over_limit_(overLimit)
    , name_width_(QFontMetricsF(labelFont()).horizontalAdvance(name_))
    , usage_width_(QFontMetricsF(labelFont()).horizontalAdvance(usage_))
    , baseline_offset_((QFontMetricsF(labelFont()).ascent() - QFontMetricsF(labelFont()).descent()) / 2) {}

QRectF RackItem::boundingRect() const {
    const QSizeF tab = tabSize(name_width_ + usage_width_, kMaxLabelScale);
    return QRectF(frame_.left(), frame_.top() - tab.height(), std::max(frame_.width(), tab.width()),
                  frame_.height() + tab.height())
        .adjusted(-1, -1, 1, 1);
}

void RackItem::setMarkedSelected(bool selected) {
    if (selected_ != selected) {
        selected_ = selected;
        update();
    }
}

void RackItem::setPowerBar(RackPowerBar bar) {
    power_ = std::move(bar);
    update();
}

void RackItem::paintPowerBar(QPainter* painter, qreal zoom) const {
    const QFontMetricsF metrics(barFont());
    const bool labelled = kBarLabelPixels * zoom >= kMinBarLabelPixels;
    const qreal labelWidth = labelled ? metrics.horizontalAdvance(power_->label) + kBarLabelGap : 0;
    const qreal left = frame_.left() + kRackPadding;
    const qreal width = frame_.width() - 2 * kRackPadding - labelWidth;
    if (width <= kBarHeight)
        return;
    const QRectF track(left, frame_.top() + (kRackHeader - kBarHeight) / 2, width, kBarHeight);
    painter->setPen(Qt::NoPen);
    painter->setBrush(barTrackBrush());
    painter->drawRect(track);
    const qreal filled = std::isfinite(power_->utilisation) ? std::clamp(power_->utilisation, 0.0, 1.0) : 1.0;
    painter->setBrush(budgetStatusColor(power_->status));
    painter->drawRect(QRectF(track.topLeft(), QSizeF(track.width() * filled, track.height())));
    if (!labelled)
        return;
    // On the tab's colour, so that the cables under the translucent frame do not cross the text.
    const QRectF labelRect(track.right() + kBarLabelGap / 2, track.top(), labelWidth, track.height());
    painter->setBrush(tabBrush());
    painter->drawRect(labelRect);
    painter->setFont(barFont());
    painter->setPen(labelPen());
    painter->drawText(labelRect.adjusted(kBarLabelGap / 2, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter,
                      power_->label);
}

// Empty when the label would be unreadable or wider than the frame.
QRectF RackItem::tabRect(qreal zoom, bool* withUsage) const {
    // Scene units per label pixel: 1 when zoomed in, growing as the view zooms out so that the label stays
    // legible, up to a limit.
    const qreal scale = std::clamp(1 / zoom, 1.0, kMaxLabelScale);
    const bool usage = tabSize(name_width_ + usage_width_, scale).width() <= frame_.width();
    if (withUsage)
        *withUsage = usage;
    const QSizeF tab = tabSize(usage ? name_width_ + usage_width_ : name_width_, scale);
    if (kLabelPixels * scale * zoom < kMinLabelPixels || tab.width() > frame_.width())
        return {};
    return {frame_.left(), frame_.top() - tab.height(), tab.width(), tab.height()};
}

QRectF RackItem::headerBand() const {
    return {frame_.left(), frame_.top(), frame_.width(), std::min(kRackHeader, frame_.height())};
}

void RackItem::paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget*) {
    // The header band is opaque, so that the cables leaving the rack do not cross its power bar.
    painter->setPen(Qt::NoPen);
    painter->setBrush(bandBrush());
    painter->drawRect(headerBand());
    painter->setPen(selected_ ? selectedFramePen() : framePen());
    painter->setBrush(frameBrush());
    painter->drawRect(frame_);

    const qreal zoom = option->levelOfDetailFromTransform(painter->worldTransform());
    if (power_)
        paintPowerBar(painter, zoom);
    bool withUsage = false;
    const QRectF tab = tabRect(zoom, &withUsage);
    if (tab.isEmpty())
        return;
    painter->setPen(selected_ ? selectedFramePen() : framePen());
    painter->setBrush(tabBrush());
    painter->drawRect(tab);

    // The label is drawn at its own size and scaled, so that one cached font serves every zoom.
    const qreal scale = std::clamp(1 / zoom, 1.0, kMaxLabelScale);
    const QTransform world = painter->worldTransform();
    painter->translate(tab.left() + kTabPadding * kLabelPixels * scale, tab.center().y());
    painter->scale(scale, scale);
    painter->setFont(labelFont());
    painter->setPen(labelPen());
    painter->drawText(QPointF(0, baseline_offset_), name_);
    if (withUsage) {
        painter->setPen(over_limit_ ? overLimitPen() : usagePen());
        painter->drawText(QPointF(name_width_, baseline_offset_), usage_);
    }
    painter->setWorldTransform(world);
}

} // namespace cs
