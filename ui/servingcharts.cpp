#include "servingcharts.h"

#include "analysis/serving_curves.h"
#include "base/units.h"
#include "chartsdock.h"
#include "statuscolors.h"

#include <algorithm>
#include <qcustomplot.h>
#include <vector>

namespace cs {

namespace {

constexpr double kHeadroom = 1.15;     // room above (and right of) the highest point
constexpr double kLatencyMargin = 0.1; // of the latencies' span, left and right of them
constexpr double kPointPixels = 7;
constexpr double kChosenPixels = 12;
constexpr int kLabelGap = 8; // pixels between a marker and its figure
constexpr double kLabelRightBelow =
    0.25; // of the axis: a marker this near its left end is labelled rightward
const QColor kWithinColour(0x42, 0x85, 0xf4);
const QColor kBeyondColour(0xb0, 0xb0, 0xb0);
const QColor kMarkerColour = kFailColor;
const QColor kTargetColour = kWarnColor;

QString figure(double value) {
    const int decimals = value >= 100 ? 0 : value >= 10 ? 1 : value >= 1 ? 2 : 3;
    return QLocale().toString(value, 'f', decimals);
}

QCPGraph* pointsGraph(QCustomPlot* plot, const QString& name, const QColor& colour,
                      QCPGraph::LineStyle line) {
    auto* graph = plot->addGraph();
    graph->setName(name);
    graph->setPen(QPen(colour, 2));
    graph->setLineStyle(line);
    graph->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, colour, colour, kPointPixels));
    return graph;
}

// The estimate's point, a diamond with its figures beside it.
void marker(QCustomPlot* plot, const QString& name, double key, double value, const QString& label) {
    auto* graph = plot->addGraph();
    graph->setName(name);
    graph->setLineStyle(QCPGraph::lsNone);
    graph->setScatterStyle(
        QCPScatterStyle(QCPScatterStyle::ssDiamond, QPen(kMarkerColour, 2), kMarkerColour, kChosenPixels));
    graph->setData({key}, {value});
    auto* text = new QCPItemText(plot);
    text->position->setCoords(key, value);
    // Above the marker, where the rising curve leaves room: to its left, or to its right near the left edge.
    const QCPRange range = plot->xAxis->range();
    const bool right = key < range.lower + range.size() * kLabelRightBelow;
    text->setPositionAlignment((right ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignBottom);
    text->setTextAlignment(right ? Qt::AlignLeft : Qt::AlignRight);
    text->setPadding(right ? QMargins(kLabelGap, 0, 0, kLabelGap) : QMargins(0, 0, kLabelGap, kLabelGap));
    text->setText(label);
}

// A dashed vertical line from the axis to the top of the plot, with its legend entry.
void verticalLine(QCustomPlot* plot, const QString& name, const QColor& colour, double key) {
    auto* line = plot->addGraph();
    line->setName(name);
    line->setPen(QPen(colour, 2, Qt::DashLine));
    line->setData({key, key}, {plot->yAxis->range().lower, plot->yAxis->range().upper});
}

QString targetsText(const ServingSlo& slo) {
    QStringList targets;
    if (slo.ttft_s > 0)
        targets << ChartsDock::tr("first token ≤ %1 s").arg(figure(slo.ttft_s));
    if (slo.tpot_s > 0)
        targets << ChartsDock::tr("%1 ms per token").arg(figure(slo.tpot_s * kMillisecondsPerSecond));
    return targets.join(QStringLiteral(", "));
}

} // namespace

void plotThroughputLatency(QCustomPlot* plot, const ThroughputLatencyCurve& curve) {
    const auto ms = [](double seconds) { return seconds * kMillisecondsPerSecond; };
    QVector<double> withinKeys, withinValues, beyondKeys, beyondValues;
    std::vector<double> latencies;
    double top = 0;
    for (const ThroughputLatencyPoint& point : curve.points) {
        const bool within = point.fits && point.meets_slo;
        (within ? withinKeys : beyondKeys) << ms(point.time_per_output_token_s);
        (within ? withinValues : beyondValues) << point.output_tokens_per_s_per_gpu;
        latencies.push_back(ms(point.time_per_output_token_s));
        top = std::max(top, point.output_tokens_per_s_per_gpu);
    }
    if (curve.slo.tpot_s > 0)
        latencies.push_back(ms(curve.slo.tpot_s));
    // The latencies of a memory-bound decode lie close together: the axis spans them, not from zero.
    const auto [left, right] = std::minmax_element(latencies.begin(), latencies.end());
    const double margin = std::max((*right - *left) * kLatencyMargin, *right * kLatencyMargin / 5);
    plot->xAxis->setRange(std::max(0.0, *left - margin), *right + margin);
    plot->yAxis->setRange(0, std::max(top, 1e-9) * kHeadroom);
    const QString targets = targetsText(curve.slo);
    if (!withinKeys.isEmpty())
        pointsGraph(plot,
                    targets.isEmpty() ? ChartsDock::tr("Batch sizes that fit in memory")
                                      : ChartsDock::tr("Within the targets (%1)").arg(targets),
                    kWithinColour, QCPGraph::lsLine)
            ->setData(withinKeys, withinValues);
    if (!beyondKeys.isEmpty())
        pointsGraph(plot,
                    targets.isEmpty() ? ChartsDock::tr("Beyond GPU memory")
                                      : ChartsDock::tr("Beyond the targets or GPU memory"),
                    kBeyondColour, QCPGraph::lsLine)
            ->setData(beyondKeys, beyondValues);
    if (curve.slo.tpot_s > 0)
        verticalLine(plot, ChartsDock::tr("Time-per-output-token target"), kTargetColour,
                     ms(curve.slo.tpot_s));
    const ThroughputLatencyPoint& chosen = curve.points.at(curve.chosen);
    marker(plot, ChartsDock::tr("This plan: batch %1").arg(chosen.batch), ms(chosen.time_per_output_token_s),
           chosen.output_tokens_per_s_per_gpu,
           ChartsDock::tr("batch %1\n%2 ms per token, first token %3 s\n%4 tokens/s per GPU")
               .arg(chosen.batch)
               .arg(figure(ms(chosen.time_per_output_token_s)), figure(chosen.time_to_first_token_s),
                    figure(chosen.output_tokens_per_s_per_gpu)));
    plot->xAxis->setLabel(ChartsDock::tr("Time per output token (ms)"));
    plot->yAxis->setLabel(ChartsDock::tr("Output tokens/s per GPU"));
}

void plotServersVsLoad(QCustomPlot* plot, const ServersVsLoad& servers, int plan_servers) {
    const auto load = [&servers](const ServersForLoad& point) {
        return servers.load_in_requests ? point.requests_per_s : point.output_tokens_per_s;
    };
    QVector<double> keys, values;
    for (const ServersForLoad& point : servers.points) {
        keys << load(point);
        values << double(point.servers);
    }
    const double top = std::max(*std::max_element(values.begin(), values.end()), double(plan_servers));
    plot->xAxis->setRange(0, std::max(keys.back(), 1e-9));
    plot->yAxis->setRange(0, std::max(top, 1.0) * kHeadroom);
    // Between two loads the chart shows the larger one's servers: never fewer than the load needs.
    pointsGraph(plot, ChartsDock::tr("Servers needed"), kWithinColour, QCPGraph::lsStepRight)
        ->setData(keys, values);
    plot->graph(0)->setScatterStyle(QCPScatterStyle::ssNone);
    auto* design = plot->addGraph();
    design->setName(ChartsDock::tr("Servers in this plan (%1)").arg(plan_servers));
    design->setPen(QPen(kTargetColour, 2, Qt::DashLine));
    design->setData({plot->xAxis->range().lower, plot->xAxis->range().upper},
                    {double(plan_servers), double(plan_servers)});
    const QString unit =
        servers.load_in_requests ? ChartsDock::tr("requests/s") : ChartsDock::tr("output tokens/s");
    if (servers.plan_load) {
        const ServersForLoad& point = servers.points[*servers.plan_load];
        marker(plot, ChartsDock::tr("The plan's load"), load(point), double(point.servers),
               ChartsDock::tr("%1 %2: %3 servers\n%4 GPUs, %5 kW")
                   .arg(figure(load(point)), unit)
                   .arg(point.servers)
                   .arg(point.gpus)
                   .arg(figure(point.power_kw)));
    }
    auto whole = QSharedPointer<QCPAxisTickerFixed>::create(); // servers come whole
    whole->setTickStep(1);
    whole->setScaleStrategy(QCPAxisTickerFixed::ssMultiples);
    plot->yAxis->setTicker(whole);
    plot->xAxis->setLabel(ChartsDock::tr("Load (%1)").arg(unit));
    plot->yAxis->setLabel(ChartsDock::tr("GPU servers needed"));
}

} // namespace cs
