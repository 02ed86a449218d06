#include "rackelevationsheet.h"

#include "categorystyle.h"
#include "diagramexport.h"
#include "model/rack_usage.h"
#include "rackcaption.h"
#include "statuscolors.h"

#include <QCoreApplication>
#include <QPainter>
#include <algorithm>

namespace cs {

namespace {

// Sheet geometry, in pixels: a unit 14 px high (a 42 U rack is 588 px), racks 230 px wide.
constexpr double kUnitPx = 14;
constexpr double kRackWidthPx = 230;
constexpr double kUnitNumbersPx = 24; // the unit numbers left of each rack
constexpr double kGapPx = 28;         // between racks
constexpr double kHeaderPx = 40;      // the name and the caption above a rack
constexpr double kFooterPx = 34;      // the devices without a slot, under a rack
constexpr double kMarginPx = 12;
constexpr double kNameFontPx = 14, kCaptionFontPx = 11, kDeviceFontPx = 12, kUnitFontPx = 9;

} // namespace

QSizeF RackRowSheet::sizeOf(const Design& design, const std::vector<RackId>& racks) {
    int tallest = 0;
    double columns = 0;
    for (RackId id : racks)
        if (const Rack* rack = design.racks().find(id)) {
            tallest = std::max(tallest, rack->height_u);
            ++columns;
        }
    return {std::max(kMarginPx + columns * (kUnitNumbersPx + kRackWidthPx + kGapPx) - kGapPx + kMarginPx,
                     2 * kMarginPx),
            kMarginPx + kHeaderPx + tallest * kUnitPx + kFooterPx + kMarginPx};
}

RackRowSheet::RackRowSheet(const Design& design, const std::vector<RackId>& racks) {
    const auto usages = rackUsages(design);
    const QSizeF size = sizeOf(design, racks);
    width_ = size.width();
    height_ = size.height();
    double x = kMarginPx;
    const double bottom = height_ - kFooterPx - kMarginPx;
    std::vector<RackElevation> elevations = rackElevations(design, racks);
    for (std::size_t i = 0; i < racks.size(); ++i) {
        const RackId id = racks[i];
        const Rack* rack = design.racks().find(id);
        if (!rack)
            continue;
        RackColumn column;
        column.elevation = std::move(elevations[i]);
        const auto used = usages.find(id);
        const RackUsage usage = used == usages.end() ? RackUsage{} : used->second;
        column.name = QString::fromStdString(rack->name);
        column.caption = rackCaption(*rack, usage);
        column.over_limit = rackLimitsExceeded(usage, *rack).any() || column.elevation.overlapping;
        // Racks stand on one floor: their bottoms line up, a shorter rack's top is lower.
        column.frame = QRectF(x + kUnitNumbersPx, bottom - rack->height_u * kUnitPx, kRackWidthPx,
                              rack->height_u * kUnitPx);
        QStringList unplaced;
        for (DeviceId device : column.elevation.unplaced)
            unplaced << QString::fromStdString(design.devices().find(device)->name);
        if (!unplaced.isEmpty())
            column.unplaced = QCoreApplication::translate("cs::RackRowSheet", "Not in a slot: %1")
                                  .arg(unplaced.join(QStringLiteral(", ")));
        for (const ElevationDevice& placed : column.elevation.placed) {
            const Device& device = *design.devices().find(placed.device);
            const DeviceType& type = design.typeOf(device);
            const double top = column.frame.bottom() - placed.topU() * kUnitPx;
            devices_.push_back(
                {placed.device, QRectF(column.frame.left(), top, kRackWidthPx, placed.height_u * kUnitPx),
                 QString::fromStdString(device.name),
                 QString::fromStdString(type.model.empty() ? type.name : type.model), type.category});
        }
        racks_.push_back(std::move(column));
        x += kUnitNumbersPx + kRackWidthPx + kGapPx;
    }
}

QSizeF RackRowSheet::size() const {
    return {width_, height_};
}

void RackRowSheet::paint(QPainter& painter, const std::vector<DeviceId>& selected) const {
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillRect(QRectF(QPointF(0, 0), size()), Qt::white);
    const QColor frameColor(0x45, 0x4F, 0x5B), unitLine(0xE3, 0xE6, 0xEA), muted(0x5F, 0x6B, 0x78);
    for (const RackColumn& rack : racks_) {
        const QRectF& frame = rack.frame;
        // Name and caption above the rack.
        painter.setPen(rack.over_limit ? kFailColor : frameColor);
        painter.setFont(exportFont(kNameFontPx, true));
        const QRectF header(frame.left() - kUnitNumbersPx, frame.top() - kHeaderPx,
                            kRackWidthPx + kUnitNumbersPx, kHeaderPx);
        painter.drawText(header.adjusted(kUnitNumbersPx, 0, 0, -kHeaderPx / 2),
                         Qt::AlignLeft | Qt::AlignBottom, rack.name);
        painter.setFont(exportFont(kCaptionFontPx));
        painter.setPen(rack.over_limit ? kFailColor : muted);
        const QRectF captionRect = header.adjusted(kUnitNumbersPx, kHeaderPx / 2, 0, -2);
        painter.drawText(
            captionRect, Qt::AlignLeft | Qt::AlignVCenter,
            painter.fontMetrics().elidedText(rack.caption, Qt::ElideRight, int(captionRect.width())));
        // The units: hatched where free, numbered every unit (U1 at the bottom).
        painter.fillRect(frame, QBrush(QColor(0xF4, 0xF5, 0xF7)));
        for (const FreeUnits& free : rack.elevation.free) {
            const QRectF run(frame.left(), frame.bottom() - free.top_u * kUnitPx, frame.width(),
                             free.count() * kUnitPx);
            painter.fillRect(run, QBrush(QColor(0xC9, 0xCF, 0xD6), Qt::BDiagPattern));
        }
        painter.setFont(exportFont(kUnitFontPx));
        for (int unit = 1; unit <= rack.elevation.height_u; ++unit) {
            const double y = frame.bottom() - unit * kUnitPx;
            painter.setPen(unitLine);
            painter.drawLine(QPointF(frame.left(), y), QPointF(frame.right(), y));
            painter.setPen(muted);
            painter.drawText(QRectF(frame.left() - kUnitNumbersPx, y, kUnitNumbersPx - 4, kUnitPx),
                             Qt::AlignRight | Qt::AlignVCenter, QString::number(unit));
        }
        painter.setPen(QPen(frameColor, 2));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(frame);
        if (!rack.unplaced.isEmpty()) {
            painter.setPen(kWarnColor);
            painter.setFont(exportFont(kCaptionFontPx));
            painter.drawText(QRectF(frame.left(), frame.bottom() + 4, frame.width(), kFooterPx - 4),
                             Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, rack.unplaced);
        }
    }
    for (const DeviceBox& device : devices_) {
        const CategoryStyle& style = categoryStyle(device.category);
        const QRectF box = device.box.adjusted(1, 1, -1, -1);
        painter.setPen(QPen(QColor(0x8A, 0x94, 0xA0), 1));
        painter.setBrush(style.tint);
        painter.drawRect(box);
        painter.fillRect(QRectF(box.left(), box.top(), 6, box.height()), style.accent);
        const QRectF text = box.adjusted(12, 0, -6, 0);
        painter.setPen(Qt::black);
        painter.setFont(exportFont(kDeviceFontPx, true));
        const QFontMetricsF metrics(painter.font());
        const QString name = metrics.elidedText(device.name, Qt::ElideRight, text.width() * 0.6);
        painter.drawText(text, Qt::AlignLeft | Qt::AlignVCenter, name);
        painter.setFont(exportFont(kDeviceFontPx));
        painter.setPen(QColor(0x37, 0x41, 0x4C));
        const QRectF modelRect = text.adjusted(metrics.horizontalAdvance(name) + 8, 0, 0, 0);
        painter.drawText(
            modelRect, Qt::AlignRight | Qt::AlignVCenter,
            QFontMetricsF(painter.font()).elidedText(device.model, Qt::ElideRight, modelRect.width()));
        if (std::find(selected.begin(), selected.end(), device.device) != selected.end()) {
            painter.setPen(QPen(QColor(0x15, 0x65, 0xC0), 3));
            painter.setBrush(Qt::NoBrush);
            painter.drawRect(box);
        }
    }
    painter.restore();
}

std::optional<DeviceId> RackRowSheet::deviceAt(QPointF point) const {
    for (const DeviceBox& device : devices_)
        if (device.box.contains(point))
            return device.device;
    return std::nullopt;
}

QRectF RackRowSheet::rackRect(RackId rack) const {
    for (const RackColumn& column : racks_)
        if (column.elevation.rack == rack)
            return column.frame.adjusted(-kUnitNumbersPx, -kHeaderPx, 0, kFooterPx);
    return {};
}

QRectF RackRowSheet::deviceRect(DeviceId device) const {
    for (const DeviceBox& box : devices_)
        if (box.device == device)
            return box.box;
    return {};
}

} // namespace cs
