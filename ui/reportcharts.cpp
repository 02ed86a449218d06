#include "reportcharts.h"

#include "diagramexport.h"
#include "report/report_content.h"

#include <algorithm>
#include <qcustomplot.h>

namespace cs {

namespace {

constexpr qreal kTickPixels = 10, kAxisPixels = 11, kTitlePixels = 12, kLegendPixels = 10;
constexpr double kBarGroupWidth = 0.7; // of one category's slot
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

} // namespace

void drawReportChart(QCPPainter& painter, const QRectF& rect, const ReportChart& chart) {
    QCustomPlot plot;
    plot.setAttribute(Qt::WA_DontShowOnScreen);
    plot.resize(rect.size().toSize());
    plot.setBackground(Qt::white);

    plot.plotLayout()->insertRow(0);
    auto* title =
        new QCPTextElement(&plot, QString::fromStdString(chart.title), exportFont(kTitlePixels, true));
    plot.plotLayout()->addElement(0, 0, title);

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
    plot.yAxis->setLabel(QString::fromStdString(chart.value_axis));
    plot.yAxis->setLabelFont(exportFont(kAxisPixels));
    plot.yAxis->setTickLabelFont(exportFont(kTickPixels));
    plot.yAxis->setRange(0, top > 0 ? top * 1.12 : 1); // headroom above the tallest bar
    plot.yAxis->grid()->setPen(QPen(QColor(0xE5, 0xE7, 0xEB), 1));

    if (chart.series.size() > 1) {
        plot.legend->setVisible(true);
        plot.legend->setFont(exportFont(kLegendPixels));
        plot.legend->setBorderPen(Qt::NoPen);
        // Below the axes, in one row: inside them it would cover the tallest bars.
        plot.axisRect()->insetLayout()->take(plot.legend);
        plot.legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
        plot.plotLayout()->addElement(2, 0, plot.legend);
        plot.plotLayout()->setRowStretchFactor(2, 0.001);
        plot.legend->setMargins(QMargins(6, 3, 6, 3));
    }

    painter.save();
    painter.translate(rect.topLeft());
    // Vectors, not a cached pixmap: the chart stays sharp at any zoom of the PDF.
    painter.setModes(QCPPainter::pmVectorized | QCPPainter::pmNoCaching);
    plot.toPainter(&painter, rect.toRect().width(), rect.toRect().height());
    painter.restore();
}

} // namespace cs
