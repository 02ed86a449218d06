#pragma once

#include <QSize>
#include <QString>
#include <optional>

class QCustomPlot;

namespace cs {

enum class ChartFormat { Png, Pdf, Svg };

// The format a chart file's suffix names (.png, .pdf, .svg; any case), or none.
std::optional<ChartFormat> chartFormatOf(const QString& path);
// The save dialog's filter: "PNG image (*.png);;PDF document (*.pdf);;SVG drawing (*.svg)", translated.
QString chartFileFilter();

// The size a chart is saved at: the plot's own when it has been laid out, else kDefaultChartSize.
inline constexpr QSize kDefaultChartSize(700, 450);

// Writes the plot as PNG, PDF or SVG (vectors) by the suffix of `path`, at the plot's size. The file appears
// whole or not at all (core's AtomicFile: a temporary sibling renamed over the target). False, with the
// reason in *error and nothing written, for an unknown suffix or an unwritable place. Shared by the charts
// dock and anyone else who saves a QCustomPlot (the comparison dock, the report).
bool exportChart(QCustomPlot* plot, const QString& path, QString* error = nullptr);

} // namespace cs
