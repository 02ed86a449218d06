#include "blockdiagram.h"

#include "categorystyle.h"
#include "diagramexport.h"
#include "networkstyle.h"

#include <QFontMetricsF>
#include <QPainter>
#include <algorithm>
#include <cmath>

namespace cs {

namespace {

constexpr qreal kLabelPixels = 11; // a block's label, shrunk to fit down to kMinLegiblePixels
constexpr qreal kLabelPadding = 2;
constexpr qreal kRowGap = 0.12; // of a row's height, above and below its blocks: room for the bundles
constexpr qreal kBundleWidth = 1, kBundleWidthPerDoubling = 0.8, kMaxBundleWidth = 6;
constexpr qreal kBundleSpacing = 2.5; // between the networks' lines joining the same two blocks

const QColor kRackFill(0xF1, 0xF5, 0xF9);
const QColor kRackEdge(0x94, 0xA3, 0xB8);
const QColor kInk(0x1F, 0x29, 0x37);

// "3 × GPU server · 1 × Switch" for a rack; "leaf × 8" for a run of devices.
QString blockLabel(const DiagramBlock& block) {
    if (!block.rack)
        return QStringLiteral("%1 × %2").arg(QString::fromStdString(block.name)).arg(block.deviceCount());
    QStringList parts;
    for (DeviceCategory category : kDeviceCategories) {
        if (const std::size_t count = block.devices[static_cast<std::size_t>(category)])
            parts << QStringLiteral("%1 × %2").arg(count).arg(categoryDisplayName(category));
    }
    return parts.join(QStringLiteral(" · "));
}

// The largest label size, from kLabelPixels down to kMinLegiblePixels, at which `text` fits `size`; 0 when
// none does.
qreal fittingPixels(const QString& text, QSizeF size, bool bold) {
    for (qreal pixels = kLabelPixels; pixels >= kMinLegiblePixels; --pixels) {
        const QFontMetricsF metrics(exportFont(pixels, bold));
        if (metrics.horizontalAdvance(text) <= size.width() && metrics.height() <= size.height())
            return pixels;
    }
    return 0;
}

QColor fillOf(const DiagramBlock& block) {
    if (block.network)
        return networkStyle(*block.network).color.lighter(170);
    if (block.rack)
        return kRackFill;
    for (DeviceCategory category : kDeviceCategories) {
        if (block.devices[static_cast<std::size_t>(category)])
            return categoryStyle(category).accent.color().lighter(160);
    }
    return kRackFill;
}

QColor edgeOf(const DiagramBlock& block) {
    return block.network ? networkStyle(*block.network).color : kRackEdge;
}

} // namespace

std::vector<QRectF> layOutBlocks(const DiagramBlocks& blocks, const QRectF& source, const QRectF& area) {
    const std::vector<std::vector<std::size_t>> rows = diagramRows(blocks);
    const auto weightOf = [&](const std::vector<std::size_t>& row) {
        return std::any_of(row.begin(), row.end(),
                           [&](std::size_t index) { return blocks.blocks[index].rack; })
                   ? 2
                   : 1;
    };
    int weights = 0;
    for (const auto& row : rows)
        weights += weightOf(row);
    const qreal unit = std::min(kMaxBlockRowPixels / 2, area.height() / std::max(weights, 1));
    const qreal across = area.width() / source.width();
    std::vector<QRectF> rects(blocks.blocks.size());
    qreal top = area.top();
    for (const auto& row : rows) {
        const qreal height = unit * weightOf(row);
        const qreal gap = height * kRowGap;
        for (std::size_t index : row) {
            const Box& box = blocks.blocks[index].box;
            rects[index] = QRectF(area.left() + (box.x - source.left()) * across, top + gap,
                                  box.width * across, height - 2 * gap);
        }
        top += height;
    }
    return rects;
}

std::vector<QRectF> paintBlocks(QPainter& painter, const DiagramBlocks& blocks,
                                const std::vector<QRectF>& rects) {
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);

    painter.setBrush(Qt::NoBrush);
    for (const DiagramBundle& bundle : blocks.bundles) {
        const QLineF line(rects[bundle.a].center(), rects[bundle.b].center());
        const QLineF normal = line.normalVector().unitVector();
        const qreal offset =
            (static_cast<qreal>(networkIndex(bundle.network)) - (kNetworkCount - 1) / 2.0) * kBundleSpacing;
        const QPointF shift = (normal.p2() - normal.p1()) * offset;
        QPen pen(networkStyle(bundle.network).color,
                 std::min(kMaxBundleWidth, kBundleWidth + kBundleWidthPerDoubling *
                                                              std::log2(static_cast<qreal>(bundle.cables))));
        pen.setCapStyle(Qt::FlatCap);
        painter.setPen(pen);
        painter.drawLine(line.translated(shift));
    }

    std::vector<QRectF> labels;
    for (std::size_t i = 0; i < blocks.blocks.size(); ++i) {
        const DiagramBlock& block = blocks.blocks[i];
        const QRectF& box = rects[i];
        painter.setPen(QPen(edgeOf(block), 0.8));
        painter.setBrush(fillOf(block));
        painter.drawRect(box);
        // The name, then the devices on a second line where the block is tall enough for both.
        const QSizeF inner = box.size() - QSizeF(2 * kLabelPadding, 2 * kLabelPadding);
        const QString name = block.rack ? QString::fromStdString(block.name) : blockLabel(block);
        const qreal namePixels = fittingPixels(name, inner, true);
        if (namePixels == 0)
            continue;
        const qreal line = QFontMetricsF(exportFont(namePixels, true)).height();
        QRectF label(box.left() + kLabelPadding, box.top() + kLabelPadding, inner.width(), line);
        painter.setPen(kInk);
        painter.setFont(exportFont(namePixels, true));
        painter.drawText(label, Qt::AlignLeft | Qt::AlignVCenter, name);
        if (block.rack) {
            const QString devices = blockLabel(block);
            const qreal devicePixels =
                fittingPixels(devices, QSizeF(inner.width(), inner.height() - line), false);
            if (devicePixels > 0) {
                const QRectF second(label.left(), label.bottom(), inner.width(),
                                    QFontMetricsF(exportFont(devicePixels, false)).height());
                painter.setFont(exportFont(devicePixels, false));
                painter.drawText(second, Qt::AlignLeft | Qt::AlignVCenter, devices);
                label = label.united(second);
            }
        }
        labels.push_back(label);
    }
    painter.restore();
    return labels;
}

} // namespace cs
