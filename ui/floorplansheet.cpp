#include "floorplansheet.h"

#include "analysis/budget_status.h"
#include "diagramexport.h"
#include "statuscolors.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <algorithm>
#include <array>
#include <cmath>

namespace cs {

namespace {

constexpr double kRowLabelPx = 360; // the column of row labels left of the hall
constexpr double kRowNameFontPx = 15, kRowTotalsFontPx = 12, kAisleFontPx = 12;
constexpr double kRackNameDevicePx = 10; // rack names keep this size on the device
constexpr double kLegendFontPx = 11, kLegendSwatchPx = 12, kLegendGapPx = 14;
constexpr double kMinSheetTextPx = 7; // sheet text smaller than this on the device is drawn in device pixels
constexpr double kCompactRowPx = 12;  // a row or aisle this deep on the device still gets its one-line label
constexpr double kMinTileGapPx = 4;   // tile lines closer than this on the device are left out
constexpr double kFloorTileM = 0.6;   // a raised-floor tile, 600 mm square
constexpr double kFrontEdgePx = 4;    // the dark edge that marks a rack's front
constexpr double kMinEdgedRackPx = 6; // a rack narrower than this on the device is a plain fill: no edges

const QColor kHallFloor(0xFA, 0xFB, 0xFC), kTileLine(0xE4, 0xE8, 0xEC), kRackEdge(0x5F, 0x6B, 0x78),
    kFrontEdge(0x26, 0x32, 0x38), kSelected(0x15, 0x65, 0xC0), kColdTint(0xDB, 0xEA, 0xFB),
    kHotTint(0xFB, 0xE0, 0xDD), kColdText(0x15, 0x65, 0xC0), kHotText(0xC6, 0x28, 0x28),
    kMuted(0x5F, 0x6B, 0x78);

QColor loadColor(RackLoad load) {
    static const std::array<QColor, 5> colors = {
        QColor(0xEC, 0xEF, 0xF1), // empty
        QColor(0xC8, 0xE6, 0xC9), // light
        QColor(0x81, 0xC7, 0x84), // moderate
        QColor(0xFF, 0xB7, 0x4D), // high
        QColor(0xE5, 0x73, 0x73), // over
    };
    return colors[static_cast<std::size_t>(load)];
}

QColor coolingColor(Cooling cooling) {
    return cooling == Cooling::Air ? QColor(0xB0, 0xBE, 0xC5) : QColor(0x4D, 0xB6, 0xAC);
}

QColor fillOf(const FloorRack& rack, FloorColouring colouring) {
    return colouring == FloorColouring::Load ? loadColor(rack.load) : coolingColor(rack.cooling);
}

QString percent(double fraction) {
    return QString::number(std::round(fraction * 100));
}

QString kilowatts(double watts) {
    const double kw = watts / 1000;
    return QString::number(kw, 'f', kw < 10 ? 1 : 0);
}

QString racksText(std::size_t racks) {
    return racks == 1 ? QCoreApplication::translate("cs::FloorPlanSheet", "1 rack")
                      : QCoreApplication::translate("cs::FloorPlanSheet", "%1 racks").arg(racks);
}

// "24 racks · 890 kW · 192 GPUs"
QString rowTotals(const FloorRow& row) {
    return QCoreApplication::translate("cs::FloorPlanSheet", "%1 · %2 kW · %3 GPUs")
        .arg(racksText(row.count), kilowatts(row.max_watts))
        .arg(row.gpus);
}

QString coolingName(Cooling cooling) {
    return cooling == Cooling::Air ? QCoreApplication::translate("cs::FloorPlanSheet", "air")
                                   : QCoreApplication::translate("cs::FloorPlanSheet", "liquid");
}

// One key of the legend: how its swatch looks and what it says.
struct LegendItem {
    QColor fill;
    bool front = false, over = false;
    QString label;
};

std::vector<LegendItem> legendItems(FloorColouring colouring) {
    std::vector<LegendItem> items;
    if (colouring == FloorColouring::Load) {
        items.push_back({loadColor(RackLoad::Empty), false, false,
                         QCoreApplication::translate("cs::FloorPlanSheet", "empty")});
        items.push_back({loadColor(RackLoad::Light), false, false,
                         QCoreApplication::translate("cs::FloorPlanSheet", "below %1 %")
                             .arg(percent(kRackLightUtilisation))});
        items.push_back({loadColor(RackLoad::Moderate), false, false,
                         QCoreApplication::translate("cs::FloorPlanSheet", "%1–%2 %")
                             .arg(percent(kRackLightUtilisation), percent(kBudgetWarnUtilisation))});
        items.push_back({loadColor(RackLoad::High), false, false,
                         QCoreApplication::translate("cs::FloorPlanSheet", "%1–%2 %")
                             .arg(percent(kBudgetWarnUtilisation), percent(kBudgetFailUtilisation))});
        items.push_back({loadColor(RackLoad::Over), false, false,
                         QCoreApplication::translate("cs::FloorPlanSheet", "%1 % or more, or no limit")
                             .arg(percent(kBudgetFailUtilisation))});
    } else {
        items.push_back({coolingColor(Cooling::Air), false, false,
                         QCoreApplication::translate("cs::FloorPlanSheet", "air-cooled")});
        items.push_back({coolingColor(Cooling::Liquid), false, false,
                         QCoreApplication::translate("cs::FloorPlanSheet", "liquid-cooled")});
    }
    items.push_back(
        {kHallFloor, true, false, QCoreApplication::translate("cs::FloorPlanSheet", "front (cold side)")});
    items.push_back(
        {kHallFloor, false, true, QCoreApplication::translate("cs::FloorPlanSheet", "over a limit")});
    return items;
}

QString legendTitle(FloorColouring colouring) {
    return colouring == FloorColouring::Load
               ? QCoreApplication::translate("cs::FloorPlanSheet",
                                             "Colour: full-load power against the rack's feed:")
               : QCoreApplication::translate("cs::FloorPlanSheet", "Colour: the rack's cooling:");
}

double legendItemWidth(const QFontMetricsF& metrics, const LegendItem& item) {
    return kLegendSwatchPx + 4 + metrics.horizontalAdvance(item.label) + kLegendGapPx;
}

} // namespace

FloorPlanSheet::FloorPlanSheet(FloorLayout layout)
    : layout_(std::move(layout))
    , hall_left_(kRowLabelPx) {}

QSizeF FloorPlanSheet::size() const {
    return {hall_left_ + layout_.width_m * kFloorPxPerMetre, layout_.depth_m * kFloorPxPerMetre};
}

QRectF FloorPlanSheet::footprint(const FloorRack& rack) const {
    return {hall_left_ + rack.x_m * kFloorPxPerMetre, rack.y_m * kFloorPxPerMetre,
            kRackWidthM * kFloorPxPerMetre, kRackDepthM * kFloorPxPerMetre};
}

QRectF FloorPlanSheet::rackRect(RackId rack) const {
    const FloorRack* floor = layout_.find(rack);
    return floor ? footprint(*floor) : QRectF();
}

QRectF FloorPlanSheet::rowsRect(std::size_t first, std::size_t last) const {
    if (layout_.rows.empty())
        return {};
    last = std::min(last, layout_.rows.size() - 1);
    const double aisle = kAisleM * kFloorPxPerMetre;
    const double top = layout_.rows[first].y_m * kFloorPxPerMetre - aisle;
    const double bottom = (layout_.rows[last].y_m + kRackDepthM) * kFloorPxPerMetre + aisle;
    return {0, top, size().width(), bottom - top};
}

std::optional<RackId> FloorPlanSheet::rackAt(QPointF point) const {
    const double xM = (point.x() - hall_left_) / kFloorPxPerMetre, yM = point.y() / kFloorPxPerMetre;
    for (const FloorRow& row : layout_.rows) {
        if (yM < row.y_m || yM >= row.y_m + kRackDepthM || row.count == 0)
            continue;
        const double first = layout_.racks[row.first].x_m;
        const double place = std::floor((xM - first) / kRackWidthM);
        if (place >= 0 && place < static_cast<double>(row.count))
            return layout_.racks[row.first + static_cast<std::size_t>(place)].rack;
    }
    return std::nullopt;
}

QString FloorPlanSheet::rowLabel(const FloorRow& row) const {
    return QCoreApplication::translate("cs::FloorPlanSheet", "Row %1 · %2")
        .arg(row.row + 1)
        .arg(rowTotals(row));
}

QString FloorPlanSheet::rackToolTip(RackId id) const {
    const FloorRack* rack = layout_.find(id);
    if (!rack)
        return {};
    const QString limit =
        rack->limit_kw > 0
            ? QCoreApplication::translate("cs::FloorPlanSheet", "%1 of %2 kW at full load (%3 %)")
                  .arg(kilowatts(rack->max_watts), QString::number(rack->limit_kw),
                       percent(rack->utilisation))
            : QCoreApplication::translate("cs::FloorPlanSheet", "%1 kW at full load, no power limit")
                  .arg(kilowatts(rack->max_watts));
    QStringList lines{QStringLiteral("<b>%1</b>").arg(QString::fromStdString(rack->name).toHtmlEscaped()),
                      QCoreApplication::translate("cs::FloorPlanSheet", "Row %1, place %2")
                          .arg(rack->row + 1)
                          .arg(rack->position + 1),
                      QCoreApplication::translate("cs::FloorPlanSheet", "%1 devices · %2 GPUs")
                          .arg(rack->devices)
                          .arg(rack->gpus),
                      limit,
                      QCoreApplication::translate("cs::FloorPlanSheet", "Cooling: %1, %2 kW")
                          .arg(coolingName(rack->cooling), QString::number(rack->cooling_kw))};
    if (rack->over_limit)
        lines << QStringLiteral("<span style=\"color:%1\">%2</span>")
                     .arg(kFailColor.name(),
                          QCoreApplication::translate("cs::FloorPlanSheet",
                                                      "Over a limit: power, cooling or height"));
    return lines.join(QStringLiteral("<br>"));
}

std::size_t FloorPlanSheet::paint(QPainter& painter, const QRectF& exposed, double pixelsPerUnit,
                                  FloorColouring colouring,
                                  const std::unordered_set<RackId>& selected) const {
    const QRectF sheet(QPointF(0, 0), size());
    const QRectF shown = exposed.intersected(sheet);
    if (shown.isEmpty())
        return 0;
    std::size_t drawn = 0;
    painter.save();
    painter.fillRect(shown, Qt::white);
    const QRectF hall(hall_left_, 0, layout_.width_m * kFloorPxPerMetre, layout_.depth_m * kFloorPxPerMetre);
    painter.fillRect(hall.intersected(shown), kHallFloor);
    // The floor tiles, from the hall's corner.
    const double tile = kFloorTileM * kFloorPxPerMetre;
    if (tile * pixelsPerUnit >= kMinTileGapPx) {
        const QRectF tiled = hall.intersected(shown);
        QPen line(kTileLine, 0);
        painter.setPen(line);
        for (double x = hall.left() + std::ceil((tiled.left() - hall.left()) / tile) * tile;
             x <= tiled.right(); x += tile)
            painter.drawLine(QPointF(x, tiled.top()), QPointF(x, tiled.bottom()));
        for (double y = std::ceil(tiled.top() / tile) * tile; y <= tiled.bottom(); y += tile)
            painter.drawLine(QPointF(tiled.left(), y), QPointF(tiled.right(), y));
    }
    // The aisles between the rows, tinted and named at their left.
    const double clearance = kAisleM * kFloorPxPerMetre;
    // On the sheet's scale while legible, else in device pixels while the aisle is deep enough on the device.
    const bool aisleOnSheet = kAisleFontPx * pixelsPerUnit >= kMinSheetTextPx;
    const bool aisleNames = aisleOnSheet || kAisleM * kFloorPxPerMetre * pixelsPerUnit >= kCompactRowPx;
    const double aisleScale = aisleOnSheet ? 1 : 1 / pixelsPerUnit;
    painter.setFont(exportFont(aisleOnSheet ? kAisleFontPx : kRackNameDevicePx, true));
    for (const FloorAisle& aisle : layout_.aisles) {
        const QRectF band(hall.left() + clearance, aisle.y_m * kFloorPxPerMetre, hall.width() - 2 * clearance,
                          kAisleM * kFloorPxPerMetre);
        if (!band.intersects(shown))
            continue;
        const bool cold = aisle.kind == AisleKind::Cold;
        QColor tint = cold ? kColdTint : kHotTint;
        tint.setAlpha(200);
        painter.fillRect(band, tint);
        if (aisleNames) {
            painter.save();
            painter.translate(band.topLeft());
            painter.scale(aisleScale, aisleScale);
            painter.setPen(cold ? kColdText : kHotText);
            painter.drawText(QRectF(4, 0, band.width() / aisleScale - 4, band.height() / aisleScale),
                             Qt::AlignLeft | Qt::AlignVCenter,
                             cold ? QCoreApplication::translate("cs::FloorPlanSheet", "Cold aisle")
                                  : QCoreApplication::translate("cs::FloorPlanSheet", "Hot aisle"));
            painter.restore();
        }
    }
    paintRows(painter, shown, pixelsPerUnit);
    // The racks of the rows in view, only those in view.
    // Rack names are drawn in device pixels, along the rack's depth, where the rack is wide enough on the
    // device.
    const QFont nameFont = exportFont(kRackNameDevicePx);
    const QFontMetricsF nameMetrics(nameFont);
    const bool names = kRackWidthM * kFloorPxPerMetre * pixelsPerUnit >= nameMetrics.height() + 2;
    painter.setFont(nameFont);
    const QPen edge(kRackEdge, 0), overPen(kFailColor, 2 / std::max(pixelsPerUnit, 0.25));
    const QPen selectedPen(kSelected, 3 / std::max(pixelsPerUnit, 0.25));
    const double front = std::max(kFrontEdgePx, 1.5 / pixelsPerUnit);
    const bool edged = kRackWidthM * kFloorPxPerMetre * pixelsPerUnit >= kMinEdgedRackPx;
    for (const FloorRow& row : layout_.rows) {
        if (row.count == 0)
            continue;
        const double top = row.y_m * kFloorPxPerMetre, bottom = top + kRackDepthM * kFloorPxPerMetre;
        if (bottom < shown.top() || top > shown.bottom())
            continue;
        const double rowLeft = footprint(layout_.racks[row.first]).left();
        const double width = kRackWidthM * kFloorPxPerMetre;
        const auto firstShown =
            static_cast<std::size_t>(std::max(0.0, std::floor((shown.left() - rowLeft) / width)));
        const auto endShown = std::min(
            row.count,
            static_cast<std::size_t>(std::max(0.0, std::ceil((shown.right() - rowLeft) / width) + 1)));
        for (std::size_t i = firstShown; i < endShown; ++i) {
            const FloorRack& rack = layout_.racks[row.first + i];
            const QRectF box = footprint(rack);
            ++drawn;
            if (!edged) {
                painter.fillRect(box, fillOf(rack, colouring));
            } else {
                painter.setPen(edge);
                painter.setBrush(fillOf(rack, colouring));
                painter.drawRect(box);
                painter.fillRect(rack.front_down
                                     ? QRectF(box.left(), box.bottom() - front, box.width(), front)
                                     : QRectF(box.left(), box.top(), box.width(), front),
                                 kFrontEdge);
            }
            if (names) {
                const QString name = QString::fromStdString(rack.name);
                const double along = (box.height() - 2 * front) * pixelsPerUnit - 4;
                if (nameMetrics.horizontalAdvance(name) <= along) {
                    painter.save();
                    painter.translate(box.center());
                    painter.scale(1 / pixelsPerUnit, 1 / pixelsPerUnit);
                    painter.rotate(-90);
                    painter.setPen(Qt::black);
                    const double across = box.width() * pixelsPerUnit;
                    painter.drawText(QRectF(-along / 2, -across / 2, along, across), Qt::AlignCenter, name);
                    painter.restore();
                }
            }
            if (rack.over_limit) {
                painter.setPen(overPen);
                painter.setBrush(Qt::NoBrush);
                painter.drawRect(box);
            }
            if (selected.contains(rack.rack)) {
                painter.setPen(selectedPen);
                painter.setBrush(Qt::NoBrush);
                painter.drawRect(box);
            }
        }
    }
    painter.restore();
    return drawn;
}

void FloorPlanSheet::paintRows(QPainter& painter, const QRectF& shown, double pixelsPerUnit) const {
    if (shown.left() > hall_left_)
        return;
    // Zoomed out, one line in device pixels: the whole label where it fits, else the row's number.
    const bool compact = kRowTotalsFontPx * pixelsPerUnit < kMinSheetTextPx;
    if (compact && kRackDepthM * kFloorPxPerMetre * pixelsPerUnit < kCompactRowPx)
        return;
    const QFont name = exportFont(compact ? kRackNameDevicePx : kRowNameFontPx, true);
    const QFont totals = exportFont(kRowTotalsFontPx), compactTotals = exportFont(kRackNameDevicePx - 1);
    const QFontMetricsF nameMetrics(name), totalsMetrics(totals);
    for (const FloorRow& row : layout_.rows) {
        const QRectF band(8, row.y_m * kFloorPxPerMetre, hall_left_ - 16, kRackDepthM * kFloorPxPerMetre);
        if (!band.intersects(shown))
            continue;
        painter.setPen(Qt::black);
        painter.setFont(name);
        if (compact) {
            painter.save();
            painter.translate(band.topLeft());
            painter.scale(1 / pixelsPerUnit, 1 / pixelsPerUnit);
            const QRectF device(0, 0, band.width() * pixelsPerUnit, band.height() * pixelsPerUnit);
            const QString number =
                              QCoreApplication::translate("cs::FloorPlanSheet", "Row %1").arg(row.row + 1),
                          label = rowLabel(row);
            if (device.height() >= nameMetrics.height() + QFontMetricsF(compactTotals).height()) {
                // Two lines: the number, and the totals as far as they fit.
                painter.drawText(device.adjusted(0, 0, 0, -device.height() / 2),
                                 Qt::AlignRight | Qt::AlignBottom, number);
                painter.setFont(compactTotals);
                painter.setPen(kMuted);
                painter.drawText(
                    device.adjusted(0, device.height() / 2 + 1, 0, 0), Qt::AlignRight | Qt::AlignTop,
                    QFontMetricsF(compactTotals).elidedText(rowTotals(row), Qt::ElideRight, device.width()));
            } else {
                painter.drawText(device, Qt::AlignRight | Qt::AlignVCenter,
                                 nameMetrics.horizontalAdvance(label) <= device.width() ? label : number);
            }
            painter.restore();
            continue;
        }
        painter.drawText(band.adjusted(0, 0, 0, -band.height() / 2), Qt::AlignRight | Qt::AlignBottom,
                         QCoreApplication::translate("cs::FloorPlanSheet", "Row %1").arg(row.row + 1));
        painter.setPen(kMuted);
        painter.setFont(totals);
        painter.drawText(band.adjusted(0, band.height() / 2 + 2, 0, 0), Qt::AlignRight | Qt::AlignTop,
                         totalsMetrics.elidedText(rowTotals(row), Qt::ElideRight, band.width()));
    }
}

QSizeF floorLegendSize(FloorColouring colouring) {
    const QFontMetricsF metrics(exportFont(kLegendFontPx));
    double width = metrics.horizontalAdvance(legendTitle(colouring)) + kLegendGapPx;
    for (const LegendItem& item : legendItems(colouring))
        width += legendItemWidth(metrics, item);
    return {width, std::max(metrics.height(), kLegendSwatchPx) + 2};
}

void paintFloorLegend(QPainter& painter, QPointF topLeft, FloorColouring colouring) {
    painter.save();
    const QFont font = exportFont(kLegendFontPx);
    const QFontMetricsF metrics(font);
    painter.setFont(font);
    const double height = floorLegendSize(colouring).height();
    double x = topLeft.x();
    const QString title = legendTitle(colouring);
    painter.setPen(Qt::black);
    painter.drawText(QRectF(x, topLeft.y(), metrics.horizontalAdvance(title) + 1, height),
                     Qt::AlignLeft | Qt::AlignVCenter, title);
    x += metrics.horizontalAdvance(title) + kLegendGapPx;
    for (const LegendItem& item : legendItems(colouring)) {
        const QRectF swatch(x, topLeft.y() + (height - kLegendSwatchPx) / 2, kLegendSwatchPx,
                            kLegendSwatchPx);
        painter.setPen(QPen(item.over ? kFailColor : kRackEdge, item.over ? 2 : 1));
        painter.setBrush(item.fill);
        painter.drawRect(swatch);
        if (item.front)
            painter.fillRect(QRectF(swatch.left(), swatch.bottom() - 3, swatch.width(), 3), kFrontEdge);
        painter.setPen(Qt::black);
        const double textWidth = metrics.horizontalAdvance(item.label) + 1;
        painter.drawText(QRectF(swatch.right() + 4, topLeft.y(), textWidth, height),
                         Qt::AlignLeft | Qt::AlignVCenter, item.label);
        x += legendItemWidth(metrics, item);
    }
    painter.restore();
}

double paintScaleBar(QPainter& painter, QPointF bottomLeft, double pixelsPerMetre, double targetPixels) {
    // The longest round length (1, 2 or 5 times a power of ten) that fits the target.
    const double most = std::max(targetPixels / pixelsPerMetre, 1e-9);
    const double decade = std::pow(10.0, std::floor(std::log10(most)));
    double metres = decade;
    for (double step : {2.0, 5.0})
        if (step * decade <= most)
            metres = step * decade;
    const double length = metres * pixelsPerMetre;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, false);
    const double barHeight = 5;
    const QRectF bar(bottomLeft.x(), bottomLeft.y() - barHeight, length, barHeight);
    painter.setPen(QPen(Qt::black, 1));
    painter.setBrush(Qt::white);
    painter.drawRect(bar);
    painter.fillRect(QRectF(bar.left(), bar.top(), length / 2, barHeight), Qt::black);
    const QFont font = exportFont(kLegendFontPx);
    painter.setFont(font);
    const QString label = QCoreApplication::translate("cs::FloorPlanSheet", "%1 m").arg(metres);
    const double labelWidth = QFontMetricsF(font).horizontalAdvance(label) + 2;
    painter.drawText(QRectF(bar.right() + 6, bar.center().y() - 10, labelWidth, 20),
                     Qt::AlignLeft | Qt::AlignVCenter, label);
    painter.restore();
    return length + 6 + labelWidth;
}

} // namespace cs
