#include "blocklayeritem.h"

#include "categorystyle.h"
#include "networkstyle.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QStyleOptionGraphicsItem>
#include <algorithm>
#include <cmath>

namespace cs {

namespace {

const QColor kCardColor(0xFF, 0xFF, 0xFF);
const QColor kCardBorder(0x94, 0xA3, 0xB8);
const QColor kTitleColor(0x0F, 0x17, 0x2A);
const QColor kFigureColor(0x33, 0x41, 0x55);
const QColor kLabelBackground(0xFF, 0xFF, 0xFF, 0xE6);
constexpr qreal kPaddingPixels = 6;
constexpr qreal kAccentPixels = 4;
constexpr qreal kRadiusPixels = 4;
constexpr qreal kTrackPixels = 5;     // between the bundles of two networks along one path
constexpr qreal kTitlePixelSize = 13; // fixed on screen, whatever the zoom
constexpr qreal kFigurePixelSize = 11;
constexpr qreal kLabelPixelSize = 10;
constexpr qreal kSmallTitlePixelSize = 9;
constexpr qreal kRepeatPixels = 600; // a card's texts again along a wide card
constexpr qreal kInlineGapPixels = 14;
constexpr qreal kMaxBundlePixels = 7;

QString tr(const char* text) {
    return QCoreApplication::translate("cs::BlockLayerItem", text);
}

QString count(std::int64_t n) {
    return QLocale().toString(static_cast<qlonglong>(n));
}

QFont pixelFont(qreal pixels, bool bold) {
    QFont font;
    font.setPixelSize(static_cast<int>(pixels));
    font.setBold(bold);
    return font;
}

QColor accentOf(const AggregateBlock& block) {
    if (block.kind == BlockKind::Group && block.network)
        return networkStyle(*block.network).color;
    return categoryStyle(block.kind == BlockKind::ScalableUnit ? DeviceCategory::GpuServer : block.category)
        .accent.color();
}

QStaticText staticText(const QString& text, const QFont& font) {
    QStaticText laidOut(text);
    laidOut.setTextFormat(Qt::PlainText);
    laidOut.prepare(QTransform(), font);
    return laidOut;
}

qreal bundlePixels(std::size_t cables) {
    return std::min(kMaxBundlePixels, 1 + std::log2(static_cast<qreal>(cables)) / 2);
}

constexpr int kFaintAlpha = 0x60;

// In-band and out-of-band management: every device has them; from afar they are background.
bool isManagement(Network network) {
    return network == Network::Inband || network == Network::Oob;
}

QRectF toRect(const Box& box) {
    return {box.x, box.y, box.width, box.height};
}

// The middle of the overlap of [a0, a1] and [b0, b1]; none when they do not overlap.
std::optional<qreal> overlapMiddle(qreal a0, qreal a1, qreal b0, qreal b1) {
    const qreal from = std::max(a0, b0), to = std::min(a1, b1);
    if (to <= from)
        return std::nullopt;
    return (from + to) / 2;
}

} // namespace

BlockLayerItem::BlockLayerItem() {
    setFlag(ItemUsesExtendedStyleOption);
    setAcceptedMouseButtons(Qt::NoButton);
}

void BlockLayerItem::setView(std::shared_ptr<const AggregateView> view) {
    prepareGeometryChange();
    view_ = std::move(view);
    texts_.clear();
    bounds_ = QRectF();
    if (!view_)
        return;
    const QFont titleFont = pixelFont(kTitlePixelSize, true);
    const QFont figureFont = pixelFont(kFigurePixelSize, false);
    texts_.reserve(view_->blocks.size());
    for (const AggregateBlock& block : view_->blocks) {
        Texts& texts = texts_.emplace_back();
        texts.title = staticText(title(block), titleFont);
        texts.small_title = staticText(title(block), pixelFont(kSmallTitlePixelSize, true));
        for (const QString& line : figures(block)) {
            texts.lines.push_back(staticText(line, figureFont));
            texts.small_lines.push_back(staticText(line, pixelFont(kSmallTitlePixelSize, false)));
        }
        bounds_ = bounds_.united(toRect(block.box));
    }
    collapsed_.resize(view_->blocks.size());
    update();
}

void BlockLayerItem::setCollapsed(std::vector<bool> collapsed) {
    collapsed_ = std::move(collapsed);
    update();
}

void BlockLayerItem::setNetworkDisplay(Network network, CableDisplay display) {
    displays_[networkIndex(network)] = display;
    update();
}

void BlockLayerItem::setBundlesShown(bool shown) {
    if (shown == bundles_shown_)
        return;
    bundles_shown_ = shown;
    update();
}

std::optional<std::size_t> BlockLayerItem::collapsedBlockAt(QPointF scenePoint) const {
    if (!view_)
        return std::nullopt;
    for (std::size_t b = 0; b < view_->blocks.size(); ++b) {
        if (isCollapsed(b) && std::ranges::any_of(view_->blocks[b].parts, [&](const Box& part) {
                return toRect(part).contains(scenePoint);
            }))
            return b;
    }
    return std::nullopt;
}

QString BlockLayerItem::title(const AggregateBlock& block) {
    if (block.kind == BlockKind::ScalableUnit)
        return tr("SU %1").arg(block.number);
    QString name = block.network ? networkDisplayName(*block.network) : categoryDisplayName(block.category);
    if (!block.role.empty())
        name = tr("%1 · %2").arg(name, QString::fromStdString(block.role));
    if (block.plane > 0)
        name = tr("%1 · plane %2").arg(name).arg(block.plane);
    return name;
}

QStringList BlockLayerItem::figures(const AggregateBlock& block) {
    QStringList lines;
    const auto devices = [&](DeviceCategory category) {
        return static_cast<std::int64_t>(block.devices[static_cast<std::size_t>(category)]);
    };
    if (block.gpus > 0)
        lines << tr("%1 GPUs · %2 servers").arg(count(block.gpus), count(devices(DeviceCategory::GpuServer)));
    if (const std::int64_t switches = devices(DeviceCategory::Switch); switches > 0)
        lines << tr("%1 switches").arg(count(switches));
    if (const std::int64_t storage = devices(DeviceCategory::Storage); storage > 0)
        lines << tr("%1 storage systems").arg(count(storage));
    if (const std::int64_t cpus = devices(DeviceCategory::CpuServer); cpus > 0)
        lines << tr("%1 CPU servers").arg(count(cpus));
    const QString kw = QLocale().toString(block.max_kw, 'f', 0);
    lines << (block.racks > 0 ? tr("%1 racks · %2 kW").arg(count(static_cast<std::int64_t>(block.racks)), kw)
                              : tr("%1 kW").arg(kw));
    // The cables out, the compute fabric's first: a scalable unit's uplinks.
    for (Network network : kNetworks) {
        const std::size_t n = networkIndex(network);
        if (block.cables_out[n] == 0)
            continue;
        const QString cables = count(static_cast<std::int64_t>(block.cables_out[n]));
        lines << (block.out_gbps[n] > 0 ? tr("%1 × %2G out · %3")
                                              .arg(cables)
                                              .arg(block.out_gbps[n])
                                              .arg(networkDisplayName(network))
                                        : tr("%1 cables out · %2").arg(cables, networkDisplayName(network)));
    }
    return lines;
}

QString BlockLayerItem::bundleLabel(std::size_t cables, int gbps) {
    const QString text = count(static_cast<std::int64_t>(cables));
    return gbps > 0 ? tr("%1 × %2G").arg(text).arg(gbps) : tr("%1 cables").arg(text);
}

bool BlockLayerItem::drawnAlone(const AggregateBundle& bundle) const {
    const bool unitA = view_->blocks[bundle.a].kind == BlockKind::ScalableUnit;
    const bool unitB = view_->blocks[bundle.b].kind == BlockKind::ScalableUnit;
    return unitA == unitB;
}

QPolygonF BlockLayerItem::pathBetween(const Box& a, const Box& b, Network network, qreal zoom) {
    const qreal track =
        (static_cast<qreal>(networkIndex(network)) - (kNetworkCount - 1) / 2.0) * kTrackPixels / zoom;
    if (const auto x = overlapMiddle(a.x, a.right(), b.x, b.right())) {
        const Box& upper = a.y <= b.y ? a : b;
        const Box& lower = a.y <= b.y ? b : a;
        return QPolygonF({QPointF(*x + track, upper.bottom()), QPointF(*x + track, lower.y)});
    }
    if (const auto y = overlapMiddle(a.y, a.bottom(), b.y, b.bottom())) {
        const Box& left = a.x <= b.x ? a : b;
        const Box& right = a.x <= b.x ? b : a;
        return QPolygonF({QPointF(left.right(), *y + track), QPointF(right.x, *y + track)});
    }
    const Box& upper = a.y <= b.y ? a : b;
    const Box& lower = a.y <= b.y ? b : a;
    const qreal x = upper.x + upper.width / 2 + track;
    const qreal y = lower.y + lower.height / 2 + track;
    return QPolygonF(
        {QPointF(x, upper.bottom()), QPointF(x, y), QPointF(x < lower.x ? lower.x : lower.right(), y)});
}

std::vector<BlockLayerItem::Line> BlockLayerItem::lines(qreal zoom) const {
    std::vector<Line> result;
    const auto shown = [this](Network network) {
        return displays_[networkIndex(network)] != CableDisplay::Hidden;
    };
    for (const AggregateBundle& bundle : view_->bundles) {
        if (drawnAlone(bundle) && shown(bundle.network))
            result.push_back(
                {pathBetween(view_->blocks[bundle.a].box, view_->blocks[bundle.b].box, bundle.network, zoom),
                 bundle.network, bundle.cables, bundle.gbps, false});
    }
    for (const AggregateTrunk& trunk : view_->trunks)
        if (shown(trunk.network))
            result.push_back(
                {pathBetween(trunk.units_box, view_->blocks[trunk.block].box, trunk.network, zoom),
                 trunk.network, trunk.cables, trunk.gbps, true});
    return result;
}

void BlockLayerItem::paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget*) {
    if (!view_)
        return;
    const qreal zoom = option->levelOfDetailFromTransform(painter->worldTransform());
    const QRectF exposed = option->exposedRect;
    std::vector<Line> drawn;
    if (bundles_shown_) {
        drawn = lines(zoom);
        paintLines(painter, drawn, exposed);
    }
    for (std::size_t b = 0; b < view_->blocks.size(); ++b) {
        if (isCollapsed(b) && toRect(view_->blocks[b].box).intersects(exposed))
            paintBlock(painter, b, zoom, exposed);
    }
    paintLabels(painter, drawn, exposed);
}

void BlockLayerItem::paintOverview(QPainter* painter) const {
    if (!view_)
        return;
    const qreal zoom = painter->worldTransform().m11();
    const std::vector<Line> drawn = lines(zoom);
    paintLines(painter, drawn, bounds_);
    for (std::size_t b = 0; b < view_->blocks.size(); ++b)
        paintBlock(painter, b, zoom, bounds_);
}

void BlockLayerItem::paintLines(QPainter* painter, const std::vector<Line>& lines,
                                const QRectF& exposed) const {
    painter->setBrush(Qt::NoBrush);
    for (const Line& line : lines) {
        if (!line.path.boundingRect().adjusted(-1, -1, 1, 1).intersects(exposed))
            continue;
        const bool faint = isManagement(line.network);
        QColor color = networkStyle(line.network).color;
        if (faint)
            color.setAlpha(kFaintAlpha);
        QPen pen(color, faint ? 1 : bundlePixels(line.cables));
        pen.setCosmetic(true);
        pen.setCapStyle(Qt::FlatCap);
        painter->setPen(pen);
        painter->drawPolyline(line.path);
    }
}

void BlockLayerItem::paintBlock(QPainter* painter, std::size_t block, qreal zoom,
                                const QRectF& visible) const {
    const AggregateBlock& b = view_->blocks[block];
    QPen border(kCardBorder, 1);
    border.setCosmetic(true);
    const qreal radius = kRadiusPixels / zoom;
    const Box* largest = &b.parts.front();
    for (const Box& part : b.parts) {
        const QRectF rect = toRect(part);
        if (part.width * part.height > largest->width * largest->height)
            largest = &part;
        if (!rect.intersects(visible))
            continue;
        painter->setPen(border);
        painter->setBrush(kCardColor);
        painter->drawRoundedRect(rect, radius, radius);
        painter->setPen(Qt::NoPen);
        painter->setBrush(accentOf(b));
        painter->drawRect(
            QRectF(rect.left(), rect.top(), std::min(kAccentPixels / zoom, rect.width()), rect.height()));
    }
    const QRectF rect = toRect(*largest);
    if (!rect.intersects(visible))
        return;

    // The texts in its largest part, at their size on screen, as many lines as the card holds; along a card
    // wider than kRepeatPixels, again every kRepeatPixels (at places fixed on the card, so that a repaint of
    // a part of the view draws them where the rest of the view has them).
    const QTransform toScreen = painter->worldTransform();
    const QRectF onScreen = toScreen.mapRect(rect);
    const QRectF shown = toScreen.mapRect(visible);
    const Texts& texts = texts_[block];
    // Stacked when the card holds the title and a line below it; else the figures in a row beside the
    // title, in smaller type on a low card.
    const qreal lineHeight = texts.lines.empty() ? 0 : texts.lines.front().size().height();
    const bool stacked = onScreen.height() >= texts.title.size().height() + lineHeight + 2 * kPaddingPixels;
    const bool small = onScreen.height() < texts.title.size().height() + 2;
    const QStaticText& title = small ? texts.small_title : texts.title;
    const std::vector<QStaticText>& lines = small ? texts.small_lines : texts.lines;
    const qreal spare = onScreen.height() - title.size().height();
    if (spare < 1)
        return;
    const qreal padding = std::min(kPaddingPixels, spare / 2);
    const QFont titleFont = pixelFont(small ? kSmallTitlePixelSize : kTitlePixelSize, true);
    const QFont lineFont = pixelFont(small ? kSmallTitlePixelSize : kFigurePixelSize, false);
    painter->save();
    painter->resetTransform();
    for (qreal left = onScreen.left() + kAccentPixels + kPaddingPixels;
         left + title.size().width() <= onScreen.right() - kPaddingPixels && left <= shown.right();
         left += kRepeatPixels) {
        const qreal width = std::min(kRepeatPixels, onScreen.right() - kPaddingPixels - left);
        if (left + width < shown.left())
            continue;
        qreal y = onScreen.top() + padding;
        painter->setPen(kTitleColor);
        painter->setFont(titleFont);
        painter->drawStaticText(QPointF(left, y), title);
        painter->setPen(kFigureColor);
        painter->setFont(lineFont);
        if (!stacked) {
            const qreal baseline = y + title.size().height() - lines.front().size().height();
            qreal x = left + title.size().width() + kInlineGapPixels;
            for (const QStaticText& line : lines) {
                if (x + line.size().width() > left + width)
                    break;
                painter->drawStaticText(QPointF(x, baseline), line);
                x += line.size().width() + kInlineGapPixels;
            }
            continue;
        }
        y += title.size().height() + 2;
        for (const QStaticText& line : lines) {
            if (y + line.size().height() > onScreen.bottom() - padding / 2)
                break;
            if (line.size().width() <= width)
                painter->drawStaticText(QPointF(left, y), line);
            y += line.size().height();
        }
    }
    painter->restore();
}

void BlockLayerItem::paintLabels(QPainter* painter, const std::vector<Line>& lines,
                                 const QRectF& exposed) const {
    if (lines.empty())
        return;
    const QFont font = pixelFont(kLabelPixelSize, false);
    const QFontMetricsF metrics(font);
    const QTransform toScreen = painter->worldTransform();
    std::vector<QRectF> drawn;
    painter->save();
    painter->resetTransform();
    painter->setFont(font);
    // The trunks first: they say the most.
    for (const bool trunks : {true, false}) {
        for (const Line& line : lines) {
            // On the first stretch, out of the first block.
            const QLineF first(line.path.at(0), line.path.at(1));
            if (line.trunk != trunks || isManagement(line.network) || !exposed.contains(first.center()))
                continue;
            const QLineF screen = toScreen.map(first);
            const QString text = bundleLabel(line.cables, line.gbps);
            const QSizeF size(metrics.horizontalAdvance(text) + 6, metrics.height() + 2);
            // A bundle's label only where the gap between its two blocks holds it.
            const bool vertical = std::abs(screen.dx()) < 1;
            if (!line.trunk && (vertical ? size.height() + 4 : size.width() + 4) > screen.length())
                continue;
            QRectF label(QPointF(), size);
            label.moveCenter(screen.center());
            if (std::ranges::any_of(drawn, [&](const QRectF& other) { return other.intersects(label); }))
                continue;
            drawn.push_back(label);
            painter->setPen(QPen(networkStyle(line.network).color, 1));
            painter->setBrush(kLabelBackground);
            painter->drawRoundedRect(label, 3, 3);
            painter->setPen(networkStyle(line.network).color.darker(150));
            painter->drawText(label, Qt::AlignCenter, text);
        }
    }
    painter->restore();
}

} // namespace cs
