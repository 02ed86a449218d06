#include "diagramsheets.h"

#include <QCoreApplication>
#include <algorithm>
#include <cmath>
#include <tuple>

namespace cs {

namespace {

// Scene units kept around a block on a detail sheet: above it, room for a rack's name tab at
// kLegibleCardScale (1.6 label heights of 12 pixels, scaled up to stay 12 pixels on the sheet); elsewhere a
// little air.
constexpr qreal kTabRoom = 32, kAir = 12;

struct Span {
    qreal begin = 0, end = 0;
};

// Horizontal cuts of one band, `width` scene units each at most: at the left edge of a rack where one is
// near enough (switch tiers above the racks may be cut), else at the sheet's width.
std::vector<Span> columnsOf(const DiagramBlocks& blocks, const std::vector<std::size_t>& band, qreal width) {
    qreal left = INFINITY, right = -INFINITY;
    std::vector<qreal> cuts;
    for (std::size_t index : band) {
        const DiagramBlock& block = blocks.blocks[index];
        left = std::min(left, static_cast<qreal>(block.box.x) - kAir);
        right = std::max(right, static_cast<qreal>(block.box.right()) + kAir);
        if (block.rack)
            cuts.push_back(block.box.x - kAir);
    }
    std::sort(cuts.begin(), cuts.end());
    std::vector<Span> columns;
    for (qreal begin = left; begin < right;) {
        qreal end = std::min(right, begin + width);
        if (end < right) {
            // The last rack edge within reach, if it leaves the sheet more than a third full.
            const auto beyond = std::upper_bound(cuts.begin(), cuts.end(), end);
            if (beyond != cuts.begin() && *(beyond - 1) > begin + width / 3)
                end = *(beyond - 1);
        }
        columns.push_back({begin, end});
        begin = end;
    }
    return columns;
}

// "gpu-04 to gpu-06": the first and last rack of the band wholly within the column, in row order.
QString blockRange(const DiagramBlocks& blocks, const std::vector<std::size_t>& band, const Span& column) {
    QStringList names;
    for (std::size_t index : band) {
        const DiagramBlock& block = blocks.blocks[index];
        if (block.rack && block.box.x >= column.begin && block.box.right() <= column.end)
            names << QString::fromStdString(block.name);
    }
    if (names.isEmpty())
        return {};
    return names.size() == 1
               ? names.front()
               : QCoreApplication::translate("cs::DiagramView", "%1 to %2").arg(names.front(), names.back());
}

} // namespace

std::vector<DiagramSheet> planDiagramSheets(const DiagramView& view, const QRectF& sheet, int maxDetail) {
    const QRectF bounds = view.bounds();
    const QRectF area = view.diagramArea(sheet);
    if (std::min(area.width() / bounds.width(), area.height() / bounds.height()) >= kLegibleCardScale)
        return {{SheetDetail::Devices, bounds, {}}};

    const DiagramBlocks& blocks = view.blocks();
    const QSizeF page = area.size() / kLegibleCardScale; // scene units a detail sheet shows
    std::vector<DiagramSheet> details;
    const std::vector<std::vector<std::size_t>> rows = diagramRows(blocks);
    for (std::size_t first = 0; first < rows.size();) {
        // A band: the rows that fit a sheet's height together (a taller row alone, cut into sheet heights).
        const auto top = [&](std::size_t row) {
            qreal y = INFINITY;
            for (std::size_t index : rows[row])
                y = std::min(y, static_cast<qreal>(blocks.blocks[index].box.y) - kTabRoom);
            return y;
        };
        const auto bottom = [&](std::size_t row) {
            qreal y = -INFINITY;
            for (std::size_t index : rows[row])
                y = std::max(y, static_cast<qreal>(blocks.blocks[index].box.bottom()) + kAir);
            return y;
        };
        const qreal bandTop = top(first);
        std::size_t last = first;
        qreal bandBottom = bottom(first);
        while (last + 1 < rows.size() && bottom(last + 1) - bandTop <= page.height())
            bandBottom = bottom(++last);
        std::vector<std::size_t> band;
        for (std::size_t row = first; row <= last; ++row)
            band.insert(band.end(), rows[row].begin(), rows[row].end());
        for (qreal y = bandTop; y < bandBottom; y += page.height()) {
            for (const Span& column : columnsOf(blocks, band, page.width())) {
                const QRectF source(QPointF(column.begin, y), page);
                details.push_back({SheetDetail::Devices, source, blockRange(blocks, band, column)});
            }
        }
        first = last + 1;
    }

    // The detail sheets shown: on one network's view those with its switches first (the fabric itself), then
    // the first ones; in canvas order, each keeping its number.
    const int total = static_cast<int>(details.size());
    const int shown = std::min(total, maxDetail);
    std::vector<int> chosen;
    const std::vector<QRectF>& switches = view.switchRects();
    for (int i = 0; i < total && static_cast<int>(chosen.size()) < shown; ++i) {
        const QRectF& source = details[static_cast<std::size_t>(i)].source;
        if (std::any_of(switches.begin(), switches.end(),
                        [&](const QRectF& rect) { return source.intersects(rect); }))
            chosen.push_back(i);
    }
    for (int i = 0; i < total && static_cast<int>(chosen.size()) < shown; ++i) {
        if (std::find(chosen.begin(), chosen.end(), i) == chosen.end())
            chosen.push_back(i);
    }
    std::sort(chosen.begin(), chosen.end());
    const bool firstOnes = chosen.empty() || chosen.back() == shown - 1;
    std::vector<DiagramSheet> sheets;
    sheets.push_back(
        {SheetDetail::Blocks, bounds,
         shown == total
             ? QCoreApplication::translate("cs::DiagramView", "overview; %1 detail sheets follow").arg(total)
         : firstOnes
             ? QCoreApplication::translate("cs::DiagramView",
                                           "overview; detail sheets 1 to %1 of %2 follow (export the diagram "
                                           "for all)")
                   .arg(shown)
                   .arg(total)
             : QCoreApplication::translate(
                   "cs::DiagramView",
                   "overview; %1 of %2 detail sheets follow, switches first (export for all)")
                   .arg(shown)
                   .arg(total)});
    for (int i : chosen) {
        DiagramSheet& detail = details[static_cast<std::size_t>(i)];
        const QString part =
            QCoreApplication::translate("cs::DiagramView", "detail %1 of %2").arg(i + 1).arg(total);
        detail.label = detail.label.isEmpty() ? part : part + QStringLiteral(": ") + detail.label;
        sheets.push_back(std::move(detail));
    }
    return sheets;
}

} // namespace cs
