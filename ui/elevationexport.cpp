#include "elevationexport.h"

#include "base/input_error.h"
#include "diagramexport.h"
#include "io/atomic_file.h"
#include "rackelevationsheet.h"
#include "topology/floor_plan.h"

#include <QCoreApplication>
#include <QFile>
#include <QFontMetricsF>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgGenerator>
#include <algorithm>
#include <cmath>
#include <limits>

namespace cs {

namespace {

constexpr double kTitleFontPx = 16;
constexpr double kMinTitleFontPx = 11;

QString rowTitle(const Design& design, std::size_t row, std::size_t rows) {
    return QCoreApplication::translate("cs::RackElevationDock", "%1 — rack elevations, row %2 of %3")
        .arg(QString::fromStdString(design.name))
        .arg(row + 1)
        .arg(rows);
}

// A long design name shrinks the title down to kMinTitleFontPx, then loses its middle, never its end.
void drawTitle(QPainter& painter, const QRectF& band, const QString& title) {
    const double natural = QFontMetricsF(exportFont(kTitleFontPx, true)).horizontalAdvance(title);
    const QFont font = exportFont(
        std::clamp(std::floor(kTitleFontPx * band.width() / natural), kMinTitleFontPx, kTitleFontPx), true);
    painter.setPen(Qt::black);
    painter.setFont(font);
    painter.drawText(band, Qt::AlignLeft | Qt::AlignVCenter,
                     QFontMetricsF(font).elidedText(title, Qt::ElideMiddle, band.width()));
}

int exportPdf(const Design& design, const std::vector<std::vector<RackId>>& rows, const AtomicFile& file) {
    QPdfWriter pdf(QFile::decodeName(file.temporaryPath().c_str()));
    QPainter painter;
    beginPdf(pdf, painter, QString::fromStdString(design.name), file);
    const QRectF page(0, 0, pdf.width(), pdf.height());
    const std::vector<ElevationPage> pages =
        planElevationPages(design, rows, page.size(), std::numeric_limits<std::size_t>::max()).pages;
    for (std::size_t i = 0; i < pages.size(); ++i) {
        if (i > 0)
            pdf.newPage();
        paintElevationPage(painter, pages[i], page);
    }
    painter.end();
    return static_cast<int>(pages.size());
}

int exportSvg(const Design& design, const std::vector<std::vector<RackId>>& rows, const AtomicFile& file) {
    std::vector<RackRowSheet> sheets;
    sheets.reserve(rows.size());
    QSizeF size;
    for (const std::vector<RackId>& row : rows) {
        const RackRowSheet& sheet = sheets.emplace_back(design, row);
        size = QSizeF(std::max(size.width(), sheet.size().width()),
                      size.height() + kElevationTitlePx + sheet.size().height());
    }
    QSvgGenerator svg;
    QPainter painter;
    beginSvg(svg, painter, size, QString::fromStdString(design.name),
             QStringLiteral("ClusterStudio rack elevations"), file);
    painter.fillRect(QRectF(QPointF(0, 0), size), Qt::white);
    double y = 0;
    for (std::size_t row = 0; row < sheets.size(); ++row) {
        drawTitle(painter, QRectF(12, y, size.width() - 12, kElevationTitlePx),
                  rowTitle(design, row, rows.size()));
        y += kElevationTitlePx;
        painter.save();
        painter.translate(0, y);
        sheets[row].paint(painter);
        painter.restore();
        y += sheets[row].size().height();
    }
    painter.end();
    return static_cast<int>(sheets.size());
}

} // namespace

ElevationPlan planElevationPages(const Design& design, const std::vector<std::vector<RackId>>& rows,
                                 const QSizeF& page, std::size_t maxPages) {
    const QSizeF area(page.width(), page.height() - kElevationTitlePx);
    ElevationPlan plan;
    plan.rows = rows.size();
    for (const std::vector<RackId>& racks : rows)
        plan.racks += racks.size();
    std::size_t racksDrawn = 0, rowsDrawn = 0;
    for (std::size_t row = 0; row < rows.size() && plan.pages.size() < maxPages; ++row) {
        const std::vector<RackId>& racks = rows[row];
        // As many racks a page as fit at kMinElevationScale (or at the scale the page's height allows).
        const QSizeF whole = RackRowSheet::sizeOf(design, racks);
        const double perRack = whole.width() / static_cast<double>(racks.size());
        const double scale = std::min({1.0, area.height() / whole.height(),
                                       std::max(kMinElevationScale, area.width() / whole.width())});
        const auto perPage =
            std::max<std::size_t>(1, static_cast<std::size_t>(std::floor(area.width() / (perRack * scale))));
        const std::size_t pagesNeeded = (racks.size() + perPage - 1) / perPage;
        const std::size_t room = maxPages - plan.pages.size();
        if (pagesNeeded > room && !plan.pages.empty())
            break; // whole rows only, after the first
        for (std::size_t first = 0; first < racks.size() && plan.pages.size() < maxPages; first += perPage) {
            const std::size_t end = std::min(first + perPage, racks.size());
            QString title = rowTitle(design, row, rows.size());
            if (end - first < racks.size())
                title += QCoreApplication::translate("cs::RackElevationDock", " (racks %1 to %2 of %3)")
                             .arg(first + 1)
                             .arg(end)
                             .arg(racks.size());
            plan.pages.push_back(
                {RackRowSheet(design, std::vector<RackId>(racks.begin() + static_cast<std::ptrdiff_t>(first),
                                                          racks.begin() + static_cast<std::ptrdiff_t>(end))),
                 scale, title});
            racksDrawn += end - first;
        }
        if (pagesNeeded <= room)
            ++rowsDrawn;
    }
    plan.rows_left = plan.rows - rowsDrawn;
    plan.racks_left = plan.racks - racksDrawn;
    return plan;
}

void paintElevationPage(QPainter& painter, const ElevationPage& elevation, const QRectF& page) {
    drawTitle(painter, QRectF(page.left(), page.top(), page.width(), kElevationTitlePx), elevation.title);
    painter.save();
    painter.translate(page.left(), page.top() + kElevationTitlePx);
    painter.scale(elevation.scale, elevation.scale);
    elevation.sheet.paint(painter);
    painter.restore();
}

int exportRackElevations(const Design& design, const std::filesystem::path& output) {
    const std::string extension = output.extension().string();
    const bool pdf = extension == ".pdf", svg = extension == ".svg";
    if (!pdf && !svg)
        throw InputError(output.string() + ": rack elevations are written as .pdf or .svg");
    const std::vector<std::vector<RackId>> rows = floorPlanOf(design).rackRows();
    if (rows.empty())
        throw InputError(output.string() + ": the design has no rack to draw");
    AtomicFile file(output); // an unwritable place is reported before the rendering
    const int written = pdf ? exportPdf(design, rows, file) : exportSvg(design, rows, file);
    file.commit();
    return written;
}

} // namespace cs
