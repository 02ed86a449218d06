#include "chartexport.h"

#include "base/input_error.h"
#include "io/atomic_file.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSvgGenerator>
#include <qcustomplot.h>

namespace cs {

namespace {

constexpr int kSmallestLaidOutSide = 100; // pixels: a plot smaller than this has not been laid out
constexpr int kSvgDpi = 96;               // CSS pixels, as the diagram export writes SVG

QString translate(const char* text) {
    return QCoreApplication::translate("cs::ChartExport", text);
}

QSize exportSize(const QCustomPlot* plot) {
    const QSize size = plot->size();
    return size.width() >= kSmallestLaidOutSide && size.height() >= kSmallestLaidOutSide ? size
                                                                                         : kDefaultChartSize;
}

bool writeSvg(QCustomPlot* plot, const QString& file, const QSize& size, const QString& title) {
    QSvgGenerator svg;
    svg.setFileName(file);
    svg.setSize(size);
    svg.setViewBox(QRect(QPoint(0, 0), size));
    svg.setResolution(kSvgDpi);
    svg.setTitle(title);
    svg.setDescription(QStringLiteral("ClusterStudio chart"));
    QCPPainter painter;
    if (!painter.begin(&svg))
        return false;
    painter.setModes(QCPPainter::pmVectorized | QCPPainter::pmNoCaching);
    plot->toPainter(&painter, size.width(), size.height());
    return painter.end();
}

} // namespace

std::optional<ChartFormat> chartFormatOf(const QString& path) {
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("png"))
        return ChartFormat::Png;
    if (suffix == QLatin1String("pdf"))
        return ChartFormat::Pdf;
    if (suffix == QLatin1String("svg"))
        return ChartFormat::Svg;
    return std::nullopt;
}

QString chartFileFilter() {
    return translate("PNG image (*.png);;PDF document (*.pdf);;SVG drawing (*.svg)");
}

bool exportChart(QCustomPlot* plot, const QString& path, QString* error) {
    const auto fail = [&](const QString& why) {
        if (error)
            *error = why;
        return false;
    };
    const std::optional<ChartFormat> format = chartFormatOf(path);
    if (!format)
        return fail(translate("%1: unknown chart format: use .png, .pdf or .svg").arg(path));
    try {
        AtomicFile file(QFile::encodeName(path).toStdString());
        const QString temporary = QFile::decodeName(file.temporaryPath().c_str());
        const QSize size = exportSize(plot);
        bool written = false;
        switch (*format) {
        case ChartFormat::Png:
            written = plot->savePng(temporary, size.width(), size.height());
            break;
        case ChartFormat::Pdf:
            written = plot->savePdf(temporary, size.width(), size.height());
            break;
        case ChartFormat::Svg:
            written = writeSvg(plot, temporary, size, QFileInfo(path).completeBaseName());
            break;
        }
        if (!written)
            return fail(translate("%1: cannot write the chart").arg(path));
        file.commit();
        return true;
    } catch (const InputError& e) {
        return fail(QString::fromStdString(e.what()));
    }
}

} // namespace cs
