#include "elevationexport.h"

#include "base/input_error.h"
#include "diagramexport.h"
#include "io/atomic_file.h"
#include "rackelevationsheet.h"
#include "topology/floor_plan.h"

#include <QCoreApplication>
#include <QFile>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgGenerator>
#include <algorithm>
#include <cmath>

namespace cs {

namespace {

constexpr double kCssDpi = 96; // sheet units are CSS pixels, as in the diagram exports
constexpr double kPdfMarginMm = 8;
constexpr double kTitlePx = 40; // the title band above a row
constexpr double kTitleFontPx = 16;

QString rowTitle(const Design& design, std::size_t row, std::size_t rows) {
    return QCoreApplication::translate("cs::RackElevationDock", "%1 — rack elevations, row %2 of %3")
        .arg(QString::fromStdString(design.name))
        .arg(row + 1)
        .arg(rows);
}

void drawTitle(QPainter& painter, const QRectF& band, const QString& title) {
    painter.setPen(Qt::black);
    painter.setFont(exportFont(kTitleFontPx, true));
    painter.drawText(band, Qt::AlignLeft | Qt::AlignVCenter, title);
}

int exportPdf(const Design& design, const std::vector<std::vector<RackId>>& rows, const AtomicFile& file) {
    QPdfWriter pdf(QFile::decodeName(file.temporaryPath().c_str()));
    pdf.setTitle(QString::fromStdString(design.name));
    pdf.setCreator(QStringLiteral("ClusterStudio"));
    pdf.setResolution(qRound(kCssDpi));
    pdf.setPageLayout(QPageLayout(QPageSize(QPageSize::A3), QPageLayout::Landscape,
                                  QMarginsF(kPdfMarginMm, kPdfMarginMm, kPdfMarginMm, kPdfMarginMm),
                                  QPageLayout::Millimeter));
    QPainter painter;
    if (!painter.begin(&pdf))
        throw InputError(file.target().string() + ": cannot write: the PDF could not be started");
    const QRectF page(0, 0, pdf.width(), pdf.height());
    const std::vector<ElevationPage> pages = planElevationPages(design, rows, page.size(), rows.size());
    for (std::size_t i = 0; i < pages.size(); ++i) {
        if (i > 0)
            pdf.newPage();
        paintElevationPage(painter, design, pages[i], page);
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
                      size.height() + kTitlePx + sheet.size().height());
    }
    QSvgGenerator svg;
    svg.setFileName(QFile::decodeName(file.temporaryPath().c_str()));
    svg.setSize(size.toSize());
    svg.setViewBox(QRectF(QPointF(0, 0), size));
    svg.setResolution(qRound(kCssDpi));
    svg.setTitle(QString::fromStdString(design.name));
    svg.setDescription(QStringLiteral("ClusterStudio rack elevations"));
    QPainter painter;
    if (!painter.begin(&svg))
        throw InputError(file.target().string() + ": cannot write: the SVG could not be started");
    painter.fillRect(QRectF(QPointF(0, 0), size), Qt::white);
    double y = 0;
    for (std::size_t row = 0; row < sheets.size(); ++row) {
        drawTitle(painter, QRectF(12, y, size.width() - 12, kTitlePx), rowTitle(design, row, rows.size()));
        y += kTitlePx;
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

std::vector<ElevationPage> planElevationPages(const Design& design,
                                              const std::vector<std::vector<RackId>>& rows,
                                              const QSizeF& page, std::size_t maxRows) {
    const QSizeF area(page.width(), page.height() - kTitlePx);
    std::vector<ElevationPage> pages;
    for (std::size_t row = 0; row < std::min(rows.size(), maxRows); ++row) {
        const std::vector<RackId>& racks = rows[row];
        // As many racks a page as fit at kMinElevationScale (or at the scale the page's height allows).
        const RackRowSheet whole(design, racks);
        const double perRack = whole.size().width() / static_cast<double>(racks.size());
        const double scale = std::min({1.0, area.height() / whole.size().height(),
                                       std::max(kMinElevationScale, area.width() / whole.size().width())});
        const auto perPage =
            std::max<std::size_t>(1, static_cast<std::size_t>(std::floor(area.width() / (perRack * scale))));
        for (std::size_t first = 0; first < racks.size(); first += perPage) {
            ElevationPage& each = pages.emplace_back();
            const std::size_t end = std::min(first + perPage, racks.size());
            each.racks.assign(racks.begin() + static_cast<std::ptrdiff_t>(first),
                              racks.begin() + static_cast<std::ptrdiff_t>(end));
            each.scale = scale;
            each.title = rowTitle(design, row, rows.size());
            if (each.racks.size() < racks.size())
                each.title += QCoreApplication::translate("cs::RackElevationDock", " (racks %1 to %2 of %3)")
                                  .arg(first + 1)
                                  .arg(end)
                                  .arg(racks.size());
        }
    }
    return pages;
}

void paintElevationPage(QPainter& painter, const Design& design, const ElevationPage& elevation,
                        const QRectF& page) {
    drawTitle(painter, QRectF(page.left(), page.top(), page.width(), kTitlePx), elevation.title);
    painter.save();
    painter.translate(page.left(), page.top() + kTitlePx);
    painter.scale(elevation.scale, elevation.scale);
    RackRowSheet(design, elevation.racks).paint(painter);
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
