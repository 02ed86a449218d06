#include "floorplanexport.h"

#include "base/input_error.h"
#include "diagramexport.h"
#include "io/atomic_file.h"

#include <QCoreApplication>
#include <QFile>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgGenerator>
#include <algorithm>
#include <cmath>

namespace cs {

namespace {

constexpr double kTitlePx = 80; // the title, the legend and the scale bar, a line each, above the hall
constexpr double kLinePx = kTitlePx / 3;
constexpr double kTitleFontPx = 16;
constexpr double kScaleBarPx = 160;

QString hallTitle(const Design& design) {
    return QCoreApplication::translate("cs::FloorPlanDock", "%1 — floor plan")
        .arg(QString::fromStdString(design.name));
}

void paintBand(QPainter& painter, const QRectF& band, const QString& title, double pixelsPerMetre) {
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::black);
    painter.setFont(exportFont(kTitleFontPx, true));
    painter.drawText(QRectF(band.left(), band.top(), band.width(), kLinePx), Qt::AlignLeft | Qt::AlignVCenter,
                     title);
    paintFloorLegend(painter, QPointF(band.left(), band.top() + kLinePx + 2), FloorColouring::Load);
    paintScaleBar(painter, QPointF(band.left(), band.top() + 3 * kLinePx - 8), pixelsPerMetre, kScaleBarPx);
    painter.restore();
}

int exportPdf(const Design& design, const FloorPlanSheet& sheet, const AtomicFile& file) {
    QPdfWriter pdf(QFile::decodeName(file.temporaryPath().c_str()));
    QPainter painter;
    beginPdf(pdf, painter, QString::fromStdString(design.name), file);
    const QRectF page(0, 0, pdf.width(), pdf.height());
    const std::vector<FloorPage> pages = planFloorPages(design, sheet, page.size());
    for (std::size_t i = 0; i < pages.size(); ++i) {
        if (i > 0)
            pdf.newPage();
        paintFloorPage(painter, sheet, pages[i], page);
    }
    painter.end();
    return static_cast<int>(pages.size());
}

void exportSvg(const Design& design, const FloorPlanSheet& sheet, const AtomicFile& file) {
    const QSizeF size(std::max(sheet.size().width(), floorLegendSize(FloorColouring::Load).width() + 240),
                      sheet.size().height() + kTitlePx);
    QSvgGenerator svg;
    QPainter painter;
    beginSvg(svg, painter, size, QString::fromStdString(design.name),
             QStringLiteral("ClusterStudio floor plan"), file);
    painter.fillRect(QRectF(QPointF(0, 0), size), Qt::white);
    paintBand(painter, QRectF(12, 0, size.width() - 24, kTitlePx), hallTitle(design), kFloorPxPerMetre);
    painter.translate(0, kTitlePx);
    sheet.paint(painter, QRectF(QPointF(0, 0), sheet.size()), 1, FloorColouring::Load);
    painter.end();
}

} // namespace

std::vector<FloorPage> planFloorPages(const Design& design, const FloorPlanSheet& sheet, const QSizeF& page) {
    const QSizeF area(page.width(), page.height() - kTitlePx);
    const QSizeF whole = sheet.size();
    std::vector<FloorPage> pages;
    if (whole.isEmpty() || area.isEmpty())
        return pages;
    const double fit = std::min({1.0, area.width() / whole.width(), area.height() / whole.height()});
    if (fit >= kMinFloorScale) {
        pages.push_back({QRectF(QPointF(0, 0), whole), fit, hallTitle(design)});
        return pages;
    }
    // Runs of whole rows down the page, each as wide as the page allows at the scale.
    const double scale = std::max(kMinFloorScale, std::min(1.0, area.width() / whole.width()));
    const double height = area.height() / scale, width = area.width() / scale;
    const std::vector<FloorRow>& rows = sheet.layout().rows;
    std::vector<std::pair<std::size_t, std::size_t>> runs;
    for (std::size_t first = 0; first < rows.size();) {
        std::size_t last = first;
        while (last + 1 < rows.size() && sheet.rowsRect(first, last + 1).height() <= height)
            ++last;
        runs.emplace_back(first, last);
        first = last + 1;
    }
    const auto across = static_cast<std::size_t>(std::ceil(whole.width() / width - 1e-9));
    for (const auto& [first, last] : runs) {
        QRectF band = sheet.rowsRect(first, last);
        if (first == 0)
            band.setTop(0);
        if (last + 1 == rows.size())
            band.setBottom(whole.height());
        for (std::size_t part = 0; part < across; ++part) {
            FloorPage& each = pages.emplace_back();
            const double left = static_cast<double>(part) * width;
            each.source = QRectF(left, band.top(), std::min(width, whole.width() - left), band.height());
            each.scale = scale;
            each.title = QCoreApplication::translate("cs::FloorPlanDock", "%1, rows %2 to %3 of %4")
                             .arg(hallTitle(design))
                             .arg(first + 1)
                             .arg(last + 1)
                             .arg(rows.size());
            if (across > 1)
                each.title += QCoreApplication::translate("cs::FloorPlanDock", " (part %1 of %2 across)")
                                  .arg(part + 1)
                                  .arg(across);
        }
    }
    return pages;
}

void paintFloorPage(QPainter& painter, const FloorPlanSheet& sheet, const FloorPage& floor,
                    const QRectF& page) {
    paintBand(painter, QRectF(page.left(), page.top(), page.width(), kTitlePx), floor.title,
              kFloorPxPerMetre * floor.scale);
    painter.save();
    painter.translate(page.left(), page.top() + kTitlePx);
    painter.scale(floor.scale, floor.scale);
    painter.translate(-floor.source.topLeft());
    painter.setClipRect(floor.source);
    sheet.paint(painter, floor.source, floor.scale, FloorColouring::Load);
    painter.restore();
}

int exportFloorPlan(const Design& design, const std::filesystem::path& output) {
    const std::string extension = output.extension().string();
    const bool pdf = extension == ".pdf", svg = extension == ".svg";
    if (!pdf && !svg)
        throw InputError(output.string() + ": a floor plan is written as .pdf or .svg");
    const FloorPlanSheet sheet(floorLayoutOf(design));
    if (sheet.layout().racks.empty())
        throw InputError(output.string() + ": the design has no rack to draw");
    AtomicFile file(output); // an unwritable place is reported before the rendering
    int written = 1;
    if (pdf)
        written = exportPdf(design, sheet, file);
    else
        exportSvg(design, sheet, file);
    file.commit();
    return written;
}

} // namespace cs
