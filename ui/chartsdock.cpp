#include "chartsdock.h"

#include "analysis/budget_diagnostics.h"
#include "analysis/inference_budget.h"
#include "base/units.h"
#include "chartexport.h"
#include "document.h"
#include "documentanalysis.h"
#include "filedialogs.h"
#include "reportlocale.h"
#include "servingcharts.h"
#include "statuscolors.h"

#include <QDir>
#include <QFileDialog>
#include <QMenu>
#include <QMessageBox>
#include <QTabWidget>
#include <qcustomplot.h>

namespace cs {

namespace {

constexpr double kKilowattsPerMegawatt = 1000;
constexpr double kKwhPerMwh = 1000;
constexpr double kMegawattAxisFrom = 10'000; // kW: larger facilities are charted in MW
constexpr double kBarWidth = 0.6;            // of the space between two keys
constexpr double kValueAxisHeadroom = 1.15;  // room above the tallest bar
constexpr double kLogAxisHeadroom = 2;       // a decade-wise axis: half a step above and below
constexpr int kMinimumChartHeight = 260;     // pixels: axis titles, ticks and a readable bar
constexpr double kLegendStretch = 0.01;      // the legend column as narrow as its entries
constexpr double kLogAxisMargin = 1.5;       // the first and last sizes off the plot's edges
constexpr int kMostRackLabels = 40;          // more racks than this: numbered ticks, not every name
constexpr int kRotateRackLabelsFrom = 8;     // racks: names turned to fit beyond this count
constexpr int kLegendMargin = 4;             // pixels between the legend and the widget's top and right edges
constexpr int kLabelGap = 6;                 // pixels between a bar (or a marker) and its figure

// A stacked part of a training chart, read from the typed estimate, bottom to top.
struct TrainingPart {
    const char* label;
    QColor colour;
    double (*value)(const TrainingEstimate& e);
};
// The step time's breakdown, in seconds.
const TrainingPart kStepParts[] = {
    {QT_TRANSLATE_NOOP("cs::ChartsDock", "Compute"), QColor(0x42, 0x85, 0xf4),
     [](const TrainingEstimate& e) { return e.breakdown.compute_s; }},
    {QT_TRANSLATE_NOOP("cs::ChartsDock", "TP communication"), QColor(0xfb, 0xbc, 0x05),
     [](const TrainingEstimate& e) { return e.breakdown.tp_comm_s; }},
    {QT_TRANSLATE_NOOP("cs::ChartsDock", "PP communication"), QColor(0x34, 0xa8, 0x53),
     [](const TrainingEstimate& e) { return e.breakdown.pp_comm_s; }},
    {QT_TRANSLATE_NOOP("cs::ChartsDock", "DP exposed"), QColor(0xea, 0x43, 0x35),
     [](const TrainingEstimate& e) { return e.breakdown.dp_comm_exposed_s; }},
    {QT_TRANSLATE_NOOP("cs::ChartsDock", "Pipeline bubble"), QColor(0x9e, 0x9e, 0x9e),
     [](const TrainingEstimate& e) { return e.breakdown.bubble_s; }},
    {QT_TRANSLATE_NOOP("cs::ChartsDock", "Optimizer"), QColor(0x8e, 0x24, 0xaa),
     [](const TrainingEstimate& e) { return e.breakdown.optimizer_s; }},
    {QT_TRANSLATE_NOOP("cs::ChartsDock", "EP all-to-all"), QColor(0xff, 0x6d, 0x00),
     [](const TrainingEstimate& e) { return e.breakdown.ep_comm_s; }},
    {QT_TRANSLATE_NOOP("cs::ChartsDock", "CP exchange"), QColor(0x00, 0xac, 0xc1),
     [](const TrainingEstimate& e) { return e.breakdown.cp_comm_s; }},
};
// Memory per GPU (first pipeline stage), in GiB.
const TrainingPart kMemoryParts[] = {
    {QT_TRANSLATE_NOOP("cs::ChartsDock", "Weights"), QColor(0x42, 0x85, 0xf4),
     [](const TrainingEstimate& e) { return e.memory.weights_bytes / kBytesPerGib; }},
    {QT_TRANSLATE_NOOP("cs::ChartsDock", "Gradients"), QColor(0x34, 0xa8, 0x53),
     [](const TrainingEstimate& e) { return e.memory.gradients_bytes / kBytesPerGib; }},
    {QT_TRANSLATE_NOOP("cs::ChartsDock", "Optimizer state"), QColor(0x8e, 0x24, 0xaa),
     [](const TrainingEstimate& e) { return e.memory.optimizer_bytes / kBytesPerGib; }},
    {QT_TRANSLATE_NOOP("cs::ChartsDock", "Activations"), QColor(0xfb, 0xbc, 0x05),
     [](const TrainingEstimate& e) { return e.memory.activations_bytes / kBytesPerGib; }},
};
// A part of the facility's power, by core's id.
struct Part {
    const char* key;
    const char* label;
    QColor colour;
};
// Power parts by core's id (power_breakdown.h), bottom to top; the facility's share last.
const Part kPowerParts[] = {
    {"gpu_servers", QT_TRANSLATE_NOOP("cs::ChartsDock", "GPU servers"), QColor(0x42, 0x85, 0xf4)},
    {"cpu_servers", QT_TRANSLATE_NOOP("cs::ChartsDock", "CPU servers"), QColor(0x8e, 0x24, 0xaa)},
    {"storage", QT_TRANSLATE_NOOP("cs::ChartsDock", "Storage"), QColor(0x00, 0x89, 0x7b)},
    {"switches_compute", QT_TRANSLATE_NOOP("cs::ChartsDock", "Switches: compute"), QColor(0xfb, 0xbc, 0x05)},
    {"switches_storage", QT_TRANSLATE_NOOP("cs::ChartsDock", "Switches: storage"), QColor(0xef, 0x6c, 0x00)},
    {"switches_uplink", QT_TRANSLATE_NOOP("cs::ChartsDock", "Switches: uplink"), QColor(0x34, 0xa8, 0x53)},
    {"switches_inband", QT_TRANSLATE_NOOP("cs::ChartsDock", "Switches: in-band"), QColor(0x79, 0x55, 0x48)},
    {"switches_oob", QT_TRANSLATE_NOOP("cs::ChartsDock", "Switches: out-of-band"), QColor(0x60, 0x7d, 0x8b)},
    {"switches_other", QT_TRANSLATE_NOOP("cs::ChartsDock", "Switches: no network"), QColor(0xbd, 0xbd, 0xbd)},
    {"facility_overhead", QT_TRANSLATE_NOOP("cs::ChartsDock", "Cooling and power losses (PUE)"),
     QColor(0xea, 0x43, 0x35)},
};
const QColor kLimitColour = kFailColor;
const QColor kUsableColour = kWarnColor;
const QColor kComputeColour(0x42, 0x85, 0xf4), kHbmColour(0x34, 0xa8, 0x53), kTpColour(0xfb, 0xbc, 0x05);
const QColor kFreeColour(0xe0, 0xe0, 0xe0);
const QColor kReserveColour(0x9e, 0x9e, 0x9e);

// Categories on the key axis, labelled, at 1, 2, ...
void categoryKeys(QCustomPlot* plot, const QStringList& labels) {
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    for (int i = 0; i < labels.size(); ++i)
        ticker->addTick(i + 1, labels[i]);
    plot->xAxis->setTicker(ticker);
    plot->xAxis->setRange(0.5 - kBarWidth / 2, labels.size() + 0.5 + kBarWidth / 2);
}

QCPBars* bars(QCustomPlot* plot, const QString& name, const QColor& colour, QCPAxis* valueAxis = nullptr) {
    auto* out = new QCPBars(plot->xAxis, valueAxis ? valueAxis : plot->yAxis);
    out->setName(name);
    out->setBrush(colour);
    out->setPen(QPen(colour.darker(130)));
    out->setWidth(kBarWidth);
    return out;
}

// Bars stacked on each other in order, one per part, each with a value per key (1, 2, ...).
void stackedBars(QCustomPlot* plot, const std::vector<std::pair<QString, QColor>>& parts,
                 const std::vector<QVector<double>>& values) {
    QCPBars* below = nullptr;
    for (std::size_t i = 0; i < parts.size(); ++i) {
        QCPBars* part = bars(plot, parts[i].first, parts[i].second);
        QVector<double> keys;
        for (int k = 0; k < values[i].size(); ++k)
            keys << k + 1;
        part->setData(keys, values[i]);
        if (below)
            part->moveAbove(below);
        below = part;
    }
}

// A dashed horizontal line across the key range: a capacity or a limit, with its legend entry.
void limitLine(QCustomPlot* plot, const QString& name, const QColor& colour, double value) {
    auto* line = plot->addGraph();
    line->setName(name);
    line->setPen(QPen(colour, 2, Qt::DashLine));
    line->setData({plot->xAxis->range().lower, plot->xAxis->range().upper}, {value, value});
}

// The figure above a bar (centred on `key`, at `value` of `axis`).
void valueLabel(QCustomPlot* plot, QCPAxis* axis, double key, double value, const QString& text) {
    auto* label = new QCPItemText(plot);
    label->position->setAxes(plot->xAxis, axis);
    label->position->setCoords(key, value);
    label->setPositionAlignment(Qt::AlignHCenter | Qt::AlignBottom);
    label->setText(text);
    label->setPadding(QMargins(0, 0, 0, kLabelGap));
    label->setClipToAxisRect(false);
}

QString number(double value, int decimals = 1) {
    return QLocale().toString(value, 'f', decimals);
}

// Significant digits for a label: 3 of them, without a trailing exponent below a million.
QString figure(double value) {
    const int decimals = value >= 100 ? 0 : value >= 10 ? 1 : value >= 1 ? 2 : 3;
    return number(value, decimals);
}

} // namespace

ChartsDock::ChartsDock(DocumentAnalysis* analysis, QWidget* parent)
    : QDockWidget(tr("Charts"), parent)
    , analysis_(analysis)
    , tabs_(new QTabWidget) {
    setObjectName(QStringLiteral("chartsDock"));
    const QString titles[] = {tr("Step time"),       tr("Memory per GPU"), tr("Rack power"),
                              tr("Scaling"),         tr("Time to train"),  tr("Power"),
                              tr("Energy and cost"), tr("Latency"),        tr("Throughput vs latency"),
                              tr("Servers vs load")};
    // Tab order: the step, memory and latency first, then serving, then cluster size, then power.
    const Chart order[] = {Chart::StepTime,      Chart::Memory,  Chart::Latency,     Chart::ThroughputLatency,
                           Chart::ServersVsLoad, Chart::Scaling, Chart::TimeToTrain, Chart::PowerByCategory,
                           Chart::RackPower,     Chart::Energy};
    for (std::size_t i = 0; i < kCharts; ++i) {
        auto* plot = new QCustomPlot;
        plot->setContextMenuPolicy(Qt::CustomContextMenu);
        connect(plot, &QWidget::customContextMenuRequested, this,
                [this, i](const QPoint& at) { offerSave(Chart(i), at); });
        plot->setToolTip(tr("Right-click to save this chart as PNG, PDF or SVG"));
        plot->setObjectName(titles[i]);
        plot->legend->setVisible(true);
        plot->legend->setFont(font());
        // The legend right of the axis rect, at the top, where it never covers a bar.
        auto* side = new QCPLayoutGrid;
        plot->plotLayout()->addElement(0, 1, side);
        plot->plotLayout()->setColumnStretchFactor(1, kLegendStretch);
        side->setMargins(
            QMargins(0, kLegendMargin, kLegendMargin, 0)); // the legend's frame inside the widget
        side->addElement(0, 0, plot->legend);
        side->addElement(1, 0, new QCPLayoutElement(plot));
        side->setRowStretchFactor(0, kLegendStretch);
        plots_[i] = plot;
    }
    for (Chart chart : order)
        tabs_->addTab(plots_[std::size_t(chart)], titles[std::size_t(chart)]);
    tabs_->setUsesScrollButtons(true);
    tabs_->setMinimumHeight(kMinimumChartHeight);
    setWidget(tabs_);
    connect(analysis_, &DocumentAnalysis::changed, this, [this](DocumentAnalysis::Parts parts) {
        if (parts & DocumentAnalysis::PlanPart)
            showAnalysis();
    });
    showAnalysis();
}

int ChartsDock::plottableCount(Chart which) const {
    return chart(which)->plottableCount();
}

bool ChartsDock::saveChart(Chart which, const QString& path, QString* error) const {
    return exportChart(chart(which), path, error);
}

void ChartsDock::offerSave(Chart which, const QPoint& at) {
    QMenu menu;
    QAction* png = menu.addAction(tr("Save chart as PNG…"));
    QAction* pdf = menu.addAction(tr("Save chart as PDF…"));
    QAction* svg = menu.addAction(tr("Save chart as SVG…"));
    QAction* chosen = menu.exec(chart(which)->mapToGlobal(at));
    if (!chosen)
        return;
    const std::pair<QAction*, std::pair<QString, QString>> formats[] = {
        {png, {QStringLiteral(".png"), tr("PNG image (*.png)")}},
        {pdf, {QStringLiteral(".pdf"), tr("PDF document (*.pdf)")}},
        {svg, {QStringLiteral(".svg"), tr("SVG drawing (*.svg)")}}};
    QString suffix, filter;
    for (const auto& [action, format] : formats)
        if (action == chosen)
            std::tie(suffix, filter) = format;
    const QString title = chosen->text().remove(QChar(0x2026));
    const int tab = tabs_->indexOf(chart(which));
    const QString start =
        QDir(dialogFolder(analysis_->document()->path())).filePath(tabs_->tabText(tab) + suffix);
    QString path = QFileDialog::getSaveFileName(this, title, start, filter);
    if (path.isEmpty())
        return;
    if (!chartFormatOf(path))
        path += suffix;
    QString error;
    if (saveChart(which, path, &error))
        emit exported(path);
    else
        QMessageBox::warning(this, title, tr("Could not save the chart.\n%1").arg(error));
}

QCustomPlot* ChartsDock::reset(Chart which, const QString& note) {
    QCustomPlot* plot = chart(which);
    plot->clearPlottables();
    plot->clearItems();
    for (QCPAxis* axis : {plot->xAxis, plot->yAxis, plot->yAxis2}) {
        axis->setScaleType(QCPAxis::stLinear);
        axis->setTicker(QSharedPointer<QCPAxisTicker>::create());
        axis->setTickLabelRotation(0);
        axis->setLabel(QString());
    }
    // A note replaces the axes too: empty axes from 0 to 1 would read as data.
    for (QCPAxis* axis : {plot->xAxis, plot->yAxis}) {
        axis->setVisible(note.isEmpty());
        axis->grid()->setVisible(note.isEmpty());
    }
    plot->yAxis2->setVisible(false);
    notes_[std::size_t(which)] = note;
    if (!note.isEmpty()) {
        auto* text = new QCPItemText(plot);
        text->position->setType(QCPItemPosition::ptAxisRectRatio);
        text->position->setCoords(0.5, 0.5);
        text->setText(note);
        text->setColor(Qt::darkGray);
        plot->xAxis->setRange(0, 1);
        plot->yAxis->setRange(0, 1);
    }
    return plot;
}

void ChartsDock::finish(Chart which) {
    QCustomPlot* plot = chart(which);
    plot->legend->setVisible(plot->plottableCount() > 0);
    plot->replot();
}

void ChartsDock::showAnalysis() {
    switch (analysis_->state()) {
    case DocumentAnalysis::State::Pending:
        if (!analysis_->analysis()) // a new document: nothing of the previous one
            clearCharts(tr("Waiting for the plan's estimate."));
        return;
    case DocumentAnalysis::State::Invalid:
        clearCharts(
            tr("The plan cannot be estimated:\n%1").arg(analysis_->reasons().join(QLatin1Char('\n'))));
        return;
    case DocumentAnalysis::State::Current:
        for (const BudgetLine& line : analysis_->analysis()->budget)
            if (line.cost.cannot_run) {
                clearCharts(tr("The plan cannot run:\n%1").arg(localizedText(budgetLineSummary(line))));
                return;
            }
        showEstimate(*analysis_->analysis());
        return;
    }
}

void ChartsDock::clearCharts(const QString& reason) {
    for (std::size_t i = 0; i < kCharts; ++i) {
        reset(Chart(i), reason);
        finish(Chart(i));
    }
}

void ChartsDock::showEstimate(const PlanAnalysis& result) {
    plotStepTime(result);
    if (result.isInference())
        plotInferenceMemory(result);
    else
        plotMemory(result);
    plotRackPower(result);
    plotScaling(result);
    plotTimeToTrain(result);
    plotPowerByCategory(result);
    plotEnergy(result);
    plotLatency(result);
    plotThroughputLatency(result);
    plotServersVsLoad(result);
}

namespace {

QString trainingOnly() {
    return ChartsDock::tr("Training plans only: this scenario is an inference plan.");
}

QString inferenceOnly() {
    return ChartsDock::tr("Inference plans only: this scenario trains.");
}

} // namespace

void ChartsDock::plotStepTime(const PlanAnalysis& result) {
    if (result.isInference()) {
        reset(Chart::StepTime, trainingOnly());
        return finish(Chart::StepTime);
    }
    QCustomPlot* plot = reset(Chart::StepTime);
    std::vector<std::pair<QString, QColor>> parts;
    std::vector<QVector<double>> seconds;
    const TrainingEstimate& e = *result.training;
    for (const TrainingPart& part : kStepParts) {
        if (part.value(e) <= 0)
            continue; // a part the plan does not have (EP in a dense model, PP without a pipeline)
        parts.emplace_back(tr(part.label), part.colour);
        seconds.push_back({part.value(e)});
    }
    stackedBars(plot, parts, seconds);
    categoryKeys(plot, {tr("One training step")});
    plot->yAxis->setLabel(tr("Time per step (s)"));
    const double total = e.step_time_s;
    plot->yAxis->setRange(0, (total > 0 ? total : 1) * kValueAxisHeadroom);
    valueLabel(plot, plot->yAxis, 1, total, tr("%1 s").arg(figure(total)));
    finish(Chart::StepTime);
}

void ChartsDock::plotMemory(const PlanAnalysis& result) {
    QCustomPlot* plot = reset(Chart::Memory);
    const TrainingEstimate& e = *result.training;
    std::vector<std::pair<QString, QColor>> parts;
    std::vector<QVector<double>> gib;
    for (const TrainingPart& part : kMemoryParts) {
        parts.emplace_back(tr(part.label), part.colour);
        gib.push_back({part.value(e)});
    }
    stackedBars(plot, parts, gib);
    categoryKeys(plot, {tr("Per GPU (first pipeline stage)")});
    const double capacity = e.memory.capacity_bytes / kBytesPerGib;
    limitLine(plot, tr("GPU memory capacity"), kLimitColour, capacity);
    plot->yAxis->setLabel(tr("Memory (GiB)"));
    plot->yAxis->setRange(0, std::max(capacity, e.memory.totalBytes() / kBytesPerGib) * kValueAxisHeadroom);
    finish(Chart::Memory);
}

void ChartsDock::plotInferenceMemory(const PlanAnalysis& result) {
    QCustomPlot* plot = reset(Chart::Memory);
    const InferenceEstimate& e = *result.inference;
    const double weights = e.weights_bytes_per_gpu / kBytesPerGib, kv = e.kv_bytes_per_gpu / kBytesPerGib;
    const double usable = e.usable_bytes / kBytesPerGib, capacity = e.capacity_bytes / kBytesPerGib;
    const double free = inferenceFreeMemory(result.plan, e).value;
    // What the server keeps beyond the usable share: activations, CUDA graphs and the allocator.
    const double reserve = capacity - usable;
    stackedBars(plot,
                {{tr("Weights"), QColor(0x42, 0x85, 0xf4)},
                 {tr("KV cache (batch %1 at full context)").arg(e.batch), QColor(0xfb, 0xbc, 0x05)},
                 {tr("Free for more sequences"), kFreeColour},
                 {tr("Activations and runtime reserve"), kReserveColour}},
                {{weights}, {kv}, {free}, {reserve}});
    categoryKeys(plot, {tr("Per GPU (TP %1)").arg(e.tp)});
    limitLine(plot, tr("Usable for weights and KV (%1%)").arg(kInferenceMemoryShare * kPercent),
              kUsableColour, usable);
    limitLine(plot, tr("GPU memory capacity"), kLimitColour, capacity);
    plot->yAxis->setLabel(tr("Memory (GiB)"));
    plot->yAxis->setRange(0, std::max(capacity, weights + kv + reserve) * kValueAxisHeadroom);
    finish(Chart::Memory);
}

void ChartsDock::plotRackPower(const PlanAnalysis& result) {
    QCustomPlot* plot = reset(Chart::RackPower);
    const DesignPower& power = *result.design_power;
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    const bool named = power.racks.size() <= std::size_t(kMostRackLabels);
    QVector<double> keys, kilowatts, limits;
    double highest = 0;
    for (const RackPower& rack : power.racks) {
        keys << keys.size() + 1;
        if (named)
            ticker->addTick(keys.back(), QString::fromStdString(rack.name));
        kilowatts << rack.watts / kWattsPerKilowatt;
        limits << rack.max_kw;
        highest = std::max({highest, kilowatts.back(), rack.max_kw});
    }
    QCPBars* load = bars(plot, tr("Power at training load"), QColor(0x42, 0x85, 0xf4));
    load->setData(keys, kilowatts);
    auto* limit = plot->addGraph();
    limit->setName(tr("Rack power limit"));
    limit->setPen(QPen(kLimitColour, 2));
    limit->setLineStyle(QCPGraph::lsStepCenter);
    limit->setData(keys, limits);
    if (named) {
        plot->xAxis->setTicker(ticker);
        plot->xAxis->setTickLabelRotation(keys.size() > kRotateRackLabelsFrom ? 60 : 0);
        plot->xAxis->setLabel(tr("Rack"));
    } else {
        plot->xAxis->setLabel(tr("Rack (number, in rack order)"));
    }
    plot->xAxis->setRange(0.5, keys.size() + 0.5);
    plot->yAxis->setLabel(tr("Power (kW)"));
    plot->yAxis->setRange(0, std::max(highest, 1.0) * kValueAxisHeadroom);
    finish(Chart::RackPower);
}

void ChartsDock::plotScaling(const PlanAnalysis& result) {
    if (result.isInference()) {
        reset(Chart::Scaling, trainingOnly());
        return finish(Chart::Scaling);
    }
    QCustomPlot* plot = reset(Chart::Scaling);
    const ScalingCurve& curve = *result.scaling;
    const QColor colours[] = {QColor(0x42, 0x85, 0xf4), QColor(0x34, 0xa8, 0x53)};
    std::size_t drawn = 0;
    for (const ChartSeries& series : curve.series()) {
        if (series.id != "tokens_per_s" && series.id != "mfu")
            continue;
        QCPAxis* axis = drawn == 0 ? plot->yAxis : plot->yAxis2;
        auto* graph = plot->addGraph(plot->xAxis, axis);
        const QString name = QStringLiteral("%1 (%2)").arg(QString::fromStdString(series.label),
                                                           QString::fromStdString(series.unit));
        graph->setName(name);
        graph->setPen(QPen(colours[drawn], 2));
        graph->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, 6));
        graph->setData(QVector<double>(series.x.begin(), series.x.end()),
                       QVector<double>(series.y.begin(), series.y.end()));
        axis->setLabel(name);
        axis->setVisible(true);
        graph->rescaleValueAxis();
        axis->setRange(0, std::max(axis->range().upper, 1e-9) * kValueAxisHeadroom);
        ++drawn;
    }
    plot->xAxis->setScaleType(QCPAxis::stLogarithmic);
    plot->xAxis->setTicker(QSharedPointer<QCPAxisTickerLog>::create());
    plot->xAxis->setLabel(tr("Cluster size (GPUs)"));
    if (!curve.points.empty())
        plot->xAxis->setRange(curve.points.front().gpus / kLogAxisMargin,
                              curve.points.back().gpus * kLogAxisMargin);
    auto* design = new QCPItemStraightLine(plot);
    design->point1->setCoords(curve.design_gpus, 0);
    design->point2->setCoords(curve.design_gpus, 1);
    design->setPen(QPen(Qt::gray, 1, Qt::DashLine));
    auto* label = new QCPItemText(plot);
    label->position->setTypeY(QCPItemPosition::ptAxisRectRatio);
    label->position->setCoords(curve.design_gpus, 0.05);
    label->setPositionAlignment(Qt::AlignLeft | Qt::AlignTop);
    label->setText(tr(" this design: %1 GPUs").arg(curve.design_gpus));
    finish(Chart::Scaling);
}

void ChartsDock::plotTimeToTrain(const PlanAnalysis& result) {
    if (result.isInference()) {
        reset(Chart::TimeToTrain, trainingOnly());
        return finish(Chart::TimeToTrain);
    }
    QCustomPlot* plot = reset(Chart::TimeToTrain);
    const ScalingCurve& curve = *result.scaling;
    double lowest = 0, highest = 0;
    for (const ChartSeries& series : curve.series()) {
        if (series.id != "time_to_train")
            continue;
        auto* graph = plot->addGraph();
        graph->setName(tr("Fastest plan at each size (%1)").arg(QString::fromStdString(series.unit)));
        graph->setPen(QPen(QColor(0x42, 0x85, 0xf4), 2));
        graph->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, 6));
        graph->setData(QVector<double>(series.x.begin(), series.x.end()),
                       QVector<double>(series.y.begin(), series.y.end()));
        if (!series.y.empty()) {
            lowest = *std::min_element(series.y.begin(), series.y.end());
            highest = *std::max_element(series.y.begin(), series.y.end());
        }
    }
    // The plan as it is, at the design's size.
    const double days = result.training->time_to_train_s / kSecondsPerDay;
    auto* plan = plot->addGraph();
    plan->setName(tr("This plan (days)"));
    plan->setLineStyle(QCPGraph::lsNone);
    plan->setScatterStyle(
        QCPScatterStyle(QCPScatterStyle::ssDiamond, QPen(kLimitColour, 2), kLimitColour, 10));
    plan->setData({double(result.plan.cluster.gpus)}, {days});
    auto* planLabel = new QCPItemText(plot);
    planLabel->position->setCoords(result.plan.cluster.gpus, days);
    planLabel->setPositionAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    planLabel->setPadding(QMargins(kLabelGap * 2, 0, 0, 0)); // right of the marker, off the curve
    planLabel->setText(tr("%1 days").arg(figure(days)));
    if (days > 0) {
        lowest = lowest > 0 ? std::min(lowest, days) : days;
        highest = std::max(highest, days);
    }
    for (QCPAxis* axis : {plot->xAxis, plot->yAxis}) {
        axis->setScaleType(QCPAxis::stLogarithmic);
        axis->setTicker(QSharedPointer<QCPAxisTickerLog>::create());
    }
    plot->xAxis->setLabel(tr("Cluster size (GPUs)"));
    plot->yAxis->setLabel(tr("Time to train (days)"));
    if (!curve.points.empty())
        plot->xAxis->setRange(curve.points.front().gpus / kLogAxisMargin,
                              curve.points.back().gpus * kLogAxisMargin);
    if (lowest > 0)
        plot->yAxis->setRange(lowest / kLogAxisHeadroom, highest * kLogAxisHeadroom);
    finish(Chart::TimeToTrain);
}

void ChartsDock::plotPowerByCategory(const PlanAnalysis& result) {
    QCustomPlot* plot = reset(Chart::PowerByCategory);
    const bool megawatts = result.power.facility_watts / kWattsPerKilowatt >= kMegawattAxisFrom;
    const double perUnit = kWattsPerKilowatt * (megawatts ? kKilowattsPerMegawatt : 1);
    const QString unit = megawatts ? tr("MW") : tr("kW");
    QCPBars* below = nullptr;
    for (const PowerPart& part : result.power_parts) {
        const Part* style = nullptr;
        for (const Part& p : kPowerParts)
            if (part.id == p.key)
                style = &p;
        QCPBars* bar = bars(plot, style ? tr(style->label) : QString::fromStdString(part.label),
                            style ? style->colour : QColor(Qt::gray));
        const double value = part.watts.value / perUnit;
        if (part.it)
            bar->setData({1, 2}, {value, value}); // IT equipment, and again as part of the facility
        else
            bar->setData({2}, {value});
        if (below)
            bar->moveAbove(below);
        below = bar;
    }
    const double it = result.power.it_watts / perUnit, facility = result.power.facility_watts / perUnit;
    categoryKeys(plot, {tr("IT equipment"), tr("Facility (PUE %1)").arg(number(result.power.pue, 2))});
    valueLabel(plot, plot->yAxis, 1, it, QStringLiteral("%1 %2").arg(figure(it), unit));
    valueLabel(plot, plot->yAxis, 2, facility, QStringLiteral("%1 %2").arg(figure(facility), unit));
    plot->yAxis->setLabel(tr("Power at load (%1)").arg(unit));
    plot->yAxis->setRange(0, std::max(facility, 1e-9) * kValueAxisHeadroom);
    finish(Chart::PowerByCategory);
}

void ChartsDock::plotEnergy(const PlanAnalysis& result) {
    if (result.isInference()) {
        reset(Chart::Energy, trainingOnly());
        return finish(Chart::Energy);
    }
    QCustomPlot* plot = reset(Chart::Energy);
    const double mwh = result.training->power.energy_kwh / kKwhPerMwh;
    const double cost = result.training->power.cost;
    const QString currency = QString::fromStdString(result.power.currency);
    const QString price = number(result.power.price_per_kwh, 3);
    QCPBars* energy = bars(plot, tr("Facility energy of the run (MWh)"), QColor(0x42, 0x85, 0xf4));
    energy->setData({1}, {mwh});
    QCPBars* money = bars(plot, tr("Energy cost (%1, at %2 %1 per kWh)").arg(currency, price),
                          QColor(0x34, 0xa8, 0x53), plot->yAxis2);
    money->setData({2}, {cost});
    categoryKeys(plot, {tr("Energy"), tr("Cost")});
    plot->yAxis->setLabel(tr("Energy (MWh)"));
    plot->yAxis2->setLabel(tr("Cost (%1)").arg(currency));
    plot->yAxis2->setVisible(true);
    plot->yAxis->setRange(0, std::max(mwh, 1e-9) * kValueAxisHeadroom);
    plot->yAxis2->setRange(0, std::max(cost, 1e-9) * kValueAxisHeadroom);
    valueLabel(plot, plot->yAxis, 1, mwh, tr("%1 MWh").arg(figure(mwh)));
    valueLabel(plot, plot->yAxis2, 2, cost,
               QStringLiteral("%1 %2").arg(QLocale().toString(cost, 'f', 0), currency));
    finish(Chart::Energy);
}

void ChartsDock::plotLatency(const PlanAnalysis& result) {
    if (!result.isInference()) {
        reset(Chart::Latency, inferenceOnly());
        return finish(Chart::Latency);
    }
    QCustomPlot* plot = reset(Chart::Latency);
    const InferenceEstimate& e = *result.inference;
    const auto ms = [](double seconds) { return seconds * kMillisecondsPerSecond; };
    // Each phase is the slower of compute and memory, then its TP all-reduces (the roofline of
    // inference_estimator.cpp): the bound part is drawn, the other is hidden under it. A new prompt then
    // waits for the running iteration of the batch it joins.
    const double prefill_compute = ms(e.prefill_compute_s), prefill_memory = ms(e.prefill_memory_s);
    const double decode_compute = ms(e.decode_compute_s), decode_memory = ms(e.decode_memory_s);
    const bool prefill_compute_bound = prefill_compute >= prefill_memory;
    const bool decode_compute_bound = decode_compute >= decode_memory;
    stackedBars(plot,
                {{tr("Compute (where it bounds)"), kComputeColour},
                 {tr("HBM read (where it bounds)"), kHbmColour},
                 {tr("TP all-reduce"), kTpColour},
                 {tr("Waiting for the running iteration"), kFreeColour}},
                {{prefill_compute_bound ? prefill_compute : 0, decode_compute_bound ? decode_compute : 0},
                 {prefill_compute_bound ? 0 : prefill_memory, decode_compute_bound ? 0 : decode_memory},
                 {ms(e.prefill_tp_s), ms(e.decode_tp_s)},
                 {ms(e.decode_step_s), 0}});
    categoryKeys(plot, {tr("Prefill:\ntime to first token"), tr("Decode:\ntime per output token")});
    const double ttft = ms(e.time_to_first_token_s), tpot = ms(e.decode_step_s);
    valueLabel(plot, plot->yAxis, 1, ttft, tr("%1 ms").arg(figure(ttft)));
    valueLabel(plot, plot->yAxis, 2, tpot, tr("%1 ms").arg(figure(tpot)));
    plot->yAxis->setLabel(tr("Latency (ms)"));
    plot->yAxis->setRange(0, std::max({ttft, tpot, 1e-9}) * kValueAxisHeadroom);
    finish(Chart::Latency);
}

void ChartsDock::plotThroughputLatency(const PlanAnalysis& result) {
    if (!result.isInference() || !result.serving) {
        reset(Chart::ThroughputLatency, inferenceOnly());
        return finish(Chart::ThroughputLatency);
    }
    cs::plotThroughputLatency(reset(Chart::ThroughputLatency), result.serving->throughput_latency);
    finish(Chart::ThroughputLatency);
}

void ChartsDock::plotServersVsLoad(const PlanAnalysis& result) {
    if (!result.isInference() || !result.serving) {
        reset(Chart::ServersVsLoad, inferenceOnly());
        return finish(Chart::ServersVsLoad);
    }
    const ServersVsLoad& servers = result.serving->servers_vs_load;
    if (servers.points.empty()) {
        reset(Chart::ServersVsLoad, tr("No replica fits in GPU memory at batch %1: no load can be served.\n"
                                       "Lower the batch, raise TP or use a smaller precision.")
                                        .arg(result.inference->batch));
        return finish(Chart::ServersVsLoad);
    }
    cs::plotServersVsLoad(reset(Chart::ServersVsLoad), servers, result.inference->servers);
    finish(Chart::ServersVsLoad);
}

} // namespace cs
