#include "reportcharts.h"

#include "diagramexport.h"
#include "report/report_content.h"

#include <algorithm>
#include <limits>
#include <qcustomplot.h>

namespace cs {

namespace {

constexpr qreal kTickPixels = 10, kAxisPixels = 11, kTitlePixels = 12, kLegendPixels = 10;
constexpr double kBarGroupWidth = 0.7; // of one category's slot
constexpr double kHeadroom = 1.12;     // above the tallest bar (right of the last point)
// A plot's legend is one row up to this many curves, else rows of kLegendColumns: curve names are long.
constexpr std::size_t kLegendOneRowCurves = 3;
constexpr int kLegendColumns = 2;
constexpr double kFromZeroBelow = 0.5; // an x axis starts at zero unless every point lies beyond half its end
const QColor kGridColor(0xE5, 0xE7, 0xEB);
const QColor kMutedColor(0x9C, 0xA3, 0xAF);  // points the plan cannot use
const QColor kMarkerColor(0xDC, 0x26, 0x26); // the plan's own point
// Colours of the series, in order: the studio's compute, storage, uplink and in-band network colours.
const std::array<QColor, 4> kSeriesColors = {QColor(0x25, 0x63, 0xEB), QColor(0xE0, 0x4F, 0x2A),
                                             QColor(0x16, 0xA3, 0x4A), QColor(0x93, 0x33, 0xEA)};

// The label broken into lines at spaces, each at most `chars` characters where the words allow it.
QString wrapped(const QString& label, int chars) {
    QStringList lines;
    for (const QString& word : label.split(QLatin1Char(' '))) {
        if (!lines.isEmpty() && lines.back().size() + 1 + word.size() <= chars)
            lines.back() += QLatin1Char(' ') + word;
        else
            lines << word;
    }
    return lines.join(QLatin1Char('\n'));
}

// A plot the size of `rect` with the chart's title above its axes.
void preparePlot(QCustomPlot& plot, const QRectF& rect, const std::string& title) {
    plot.setAttribute(Qt::WA_DontShowOnScreen);
    plot.resize(rect.size().toSize());
    plot.setBackground(Qt::white);
    plot.plotLayout()->insertRow(0);
    plot.plotLayout()->addElement(
        0, 0, new QCPTextElement(&plot, QString::fromStdString(title), exportFont(kTitlePixels, true)));
}

// Below the axes, in rows of `columns` entries (0: one row): inside them it would cover the tallest bars.
void legendBelow(QCustomPlot& plot, int columns = 0) {
    plot.legend->setVisible(true);
    plot.legend->setWrap(columns);
    plot.legend->setFont(exportFont(kLegendPixels));
    plot.legend->setBorderPen(Qt::NoPen);
    plot.axisRect()->insetLayout()->take(plot.legend);
    plot.legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
    plot.plotLayout()->addElement(2, 0, plot.legend);
    plot.plotLayout()->setRowStretchFactor(2, 0.001);
    plot.legend->setMargins(QMargins(6, 3, 6, 3));
}

void valueAxis(QCPAxis* axis, const std::string& label, double top) {
    axis->setLabel(QString::fromStdString(label));
    axis->setLabelFont(exportFont(kAxisPixels));
    axis->setTickLabelFont(exportFont(kTickPixels));
    axis->setRange(0, top > 0 ? top * kHeadroom : 1);
    axis->grid()->setPen(QPen(kGridColor, 1));
}

void paint(QCPPainter& painter, const QRectF& rect, QCustomPlot& plot) {
    painter.save();
    painter.translate(rect.topLeft());
    // Vectors, not a cached pixmap: the chart stays sharp at any zoom of the PDF.
    painter.setModes(QCPPainter::pmVectorized | QCPPainter::pmNoCaching);
    plot.toPainter(&painter, rect.toRect().width(), rect.toRect().height());
    painter.restore();
}

} // namespace

void drawReportChart(QCPPainter& painter, const QRectF& rect, const ReportChart& chart) {
    QCustomPlot plot;
    preparePlot(plot, rect, chart.title);

    auto* group = new QCPBarsGroup(&plot);
    group->setSpacingType(QCPBarsGroup::stAbsolute);
    group->setSpacing(2);
    const double barWidth =
        kBarGroupWidth / static_cast<double>(std::max<std::size_t>(1, chart.series.size()));
    double top = 0;
    for (std::size_t s = 0; s < chart.series.size(); ++s) {
        auto* bars = new QCPBars(plot.xAxis, plot.yAxis);
        bars->setName(QString::fromStdString(chart.series[s].name));
        const QColor color = kSeriesColors[s % kSeriesColors.size()];
        bars->setBrush(color);
        bars->setPen(QPen(color.darker(120), 1));
        bars->setWidth(barWidth);
        if (chart.series.size() > 1)
            bars->setBarsGroup(group);
        QVector<double> keys, values;
        for (std::size_t c = 0; c < chart.series[s].values.size(); ++c) {
            keys << static_cast<double>(c + 1);
            values << chart.series[s].values[c];
            top = std::max(top, chart.series[s].values[c]);
        }
        bars->setData(keys, values, true);
    }

    // Labels wrap to their category's slot (an average character is ~0.6 of the font's pixel size wide).
    const int slotChars = static_cast<int>(rect.width() / std::max<std::size_t>(1, chart.categories.size()) /
                                           (kTickPixels * 0.6));
    QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
    for (std::size_t c = 0; c < chart.categories.size(); ++c)
        ticker->addTick(static_cast<double>(c + 1),
                        wrapped(QString::fromStdString(chart.categories[c]), std::max(8, slotChars * 2 / 3)));
    plot.xAxis->setTicker(ticker);
    plot.xAxis->setRange(0.4, static_cast<double>(chart.categories.size()) + 0.6);
    plot.xAxis->setTickLabelFont(exportFont(kTickPixels));
    plot.xAxis->setSubTicks(false);
    plot.xAxis->setTickLength(0, 4);
    plot.xAxis->grid()->setVisible(false);
    // Many categories (racks) get their labels turned to stay apart.
    if (chart.categories.size() > 8)
        plot.xAxis->setTickLabelRotation(60);
    valueAxis(plot.yAxis, chart.value_axis, top);
    if (chart.series.size() > 1)
        legendBelow(plot);
    paint(painter, rect, plot);
}

void drawReportPlot(QCPPainter& painter, const QRectF& rect, const ReportPlot& chart) {
    QCustomPlot plot;
    preparePlot(plot, rect, chart.title);
    double left = std::numeric_limits<double>::max(), right = 0, top = 0;
    for (const ReportCurve& curve : chart.curves) {
        for (double x : curve.x) {
            left = std::min(left, x);
            right = std::max(right, x);
        }
        for (double y : curve.y)
            top = std::max(top, y);
    }
    valueAxis(plot.xAxis, chart.x_axis, right);
    valueAxis(plot.yAxis, chart.y_axis, top);
    // Points far from zero (the latencies of a memory-bound decode) get an axis that spans them.
    if (left > right * kFromZeroBelow) {
        const double margin = (right - left) * (kHeadroom - 1) + right * (kHeadroom - 1) / 5;
        plot.xAxis->setRange(left - margin, right + margin);
    }
    std::size_t coloured = 0;
    for (const ReportCurve& curve : chart.curves) {
        auto* graph = plot.addGraph();
        graph->setName(QString::fromStdString(curve.name));
        const QColor color = curve.muted ? kMutedColor : kSeriesColors[coloured++ % kSeriesColors.size()];
        graph->setPen(QPen(color, 1.5));
        QVector<double> x(curve.x.begin(), curve.x.end()), y(curve.y.begin(), curve.y.end());
        switch (curve.style) {
        case ReportCurve::Style::Line:
            graph->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, color, color, 4));
            break;
        case ReportCurve::Style::Steps:
            graph->setLineStyle(QCPGraph::lsStepRight); // between two loads, the larger one's servers
            break;
        case ReportCurve::Style::Marker:
            graph->setLineStyle(QCPGraph::lsNone);
            graph->setScatterStyle(
                QCPScatterStyle(QCPScatterStyle::ssDiamond, QPen(kMarkerColor, 1.5), kMarkerColor, 9));
            break;
        case ReportCurve::Style::XLimit:
            graph->setPen(QPen(color, 1.5, Qt::DashLine));
            y = {plot.yAxis->range().lower, plot.yAxis->range().upper};
            x = {curve.x.at(0), curve.x.at(0)};
            break;
        case ReportCurve::Style::YLimit:
            graph->setPen(QPen(color, 1.5, Qt::DashLine));
            x = {plot.xAxis->range().lower, plot.xAxis->range().upper};
            y = {curve.y.at(0), curve.y.at(0)};
            break;
        }
        graph->setData(x, y, true);
    }
    if (chart.whole_y) {
        auto whole = QSharedPointer<QCPAxisTickerFixed>::create();
        whole->setTickStep(1);
        whole->setScaleStrategy(QCPAxisTickerFixed::ssMultiples);
        plot.yAxis->setTicker(whole);
    }
    legendBelow(plot, chart.curves.size() > kLegendOneRowCurves ? kLegendColumns : 0);
    paint(painter, rect, plot);
}

} // namespace cs
