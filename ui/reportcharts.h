#pragma once

#include <QRectF>

class QCPPainter;

namespace cs {

struct ReportChart;
struct ReportPlot;

// Draws a bar chart of the report into `rect` of `painter`, as vectors (QCustomPlot in pmVectorized and
// pmNoCaching mode): category labels below, the value axis titled with its unit, a legend for several series.
// QCustomPlot draws only through its own painter class, so the report is painted with one. qcustomplot.h
// stays out of this header: it is slow to compile.
void drawReportChart(QCPPainter& painter, const QRectF& rect, const ReportChart& chart);
// Draws an x-y chart of the report the same way: both axes titled with their units, a legend below.
void drawReportPlot(QCPPainter& painter, const QRectF& rect, const ReportPlot& chart);

} // namespace cs
