#include "chartsdock.h"

#include "design_power.h"
#include "document.h"
#include "plandock.h"
#include "scaling_curve.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QTabWidget>
#include <qcustomplot.h>

namespace cs {

namespace {

constexpr double kWattsPerKilowatt = 1000;
constexpr double kBarWidth = 0.6;           // of the space between two keys
constexpr double kValueAxisHeadroom = 1.15; // room above the tallest bar
constexpr int kMinimumChartHeight = 260;    // pixels: axis titles, ticks and a readable bar
constexpr double kLegendStretch = 0.01;     // the legend column as narrow as its entries
constexpr double kLogAxisMargin = 1.5;      // the first and last sizes off the plot's edges

// Breakdown parts of the step time, by their estimate --json key, bottom to top.
struct Part {
    const char* key;
    const char* label;
    QColor colour;
};
const Part kStepParts[] = {
    {"breakdown.compute_s", QT_TRANSLATE_NOOP("cs::ChartsDock", "Compute"), QColor(0x42, 0x85, 0xf4)},
    {"breakdown.tp_comm_s", QT_TRANSLATE_NOOP("cs::ChartsDock", "TP communication"),
     QColor(0xfb, 0xbc, 0x05)},
    {"breakdown.pp_comm_s", QT_TRANSLATE_NOOP("cs::ChartsDock", "PP communication"),
     QColor(0x34, 0xa8, 0x53)},
    {"breakdown.dp_comm_exposed_s", QT_TRANSLATE_NOOP("cs::ChartsDock", "DP exposed"),
     QColor(0xea, 0x43, 0x35)},
    {"breakdown.bubble_s", QT_TRANSLATE_NOOP("cs::ChartsDock", "Pipeline bubble"), QColor(0x9e, 0x9e, 0x9e)},
    {"breakdown.optimizer_s", QT_TRANSLATE_NOOP("cs::ChartsDock", "Optimizer"), QColor(0x8e, 0x24, 0xaa)},
};
// Memory parts: the inputs of memory_per_gpu_gib, bottom to top.
const Part kMemoryParts[] = {
    {"weights", QT_TRANSLATE_NOOP("cs::ChartsDock", "Weights"), QColor(0x42, 0x85, 0xf4)},
    {"gradients", QT_TRANSLATE_NOOP("cs::ChartsDock", "Gradients"), QColor(0x34, 0xa8, 0x53)},
    {"optimizer", QT_TRANSLATE_NOOP("cs::ChartsDock", "Optimizer state"), QColor(0x8e, 0x24, 0xaa)},
    {"activations", QT_TRANSLATE_NOOP("cs::ChartsDock", "Activations"), QColor(0xfb, 0xbc, 0x05)},
};
const QColor kLimitColour(0xc6, 0x28, 0x28);

const Explained* explainedValue(const ExplainedValues& values, std::string_view key) {
    for (const auto& [k, value] : values)
        if (k == key)
            return &value;
    return nullptr;
}

double inputValue(const Explained& value, std::string_view name) {
    for (const ExplainedInput& input : value.inputs)
        if (input.name == name)
            return input.value;
    return 0;
}

// One category on the key axis, labelled.
void singleKey(QCustomPlot* plot, const QString& label) {
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    ticker->addTick(1, label);
    plot->xAxis->setTicker(ticker);
    plot->xAxis->setRange(0, 2);
}

// Bars stacked on each other in order, one per part.
void stackedBars(QCustomPlot* plot, const std::vector<std::pair<QString, QColor>>& parts,
                 const std::vector<double>& values) {
    QCPBars* below = nullptr;
    for (std::size_t i = 0; i < parts.size(); ++i) {
        auto* bars = new QCPBars(plot->xAxis, plot->yAxis);
        bars->setName(parts[i].first);
        bars->setBrush(parts[i].second);
        bars->setPen(QPen(parts[i].second.darker(130)));
        bars->setWidth(kBarWidth);
        bars->setData({1}, {values[i]});
        if (below)
            bars->moveAbove(below);
        below = bars;
    }
}

} // namespace

ChartsDock::ChartsDock(DesignDocument* document, PlanDock* plan, QWidget* parent)
    : QDockWidget(tr("Charts"), parent)
    , document_(document)
    , tabs_(new QTabWidget) {
    setObjectName(QStringLiteral("chartsDock"));
    const QString titles[] = {tr("Step time"), tr("Memory per GPU"), tr("Rack power"), tr("Scaling")};
    for (std::size_t i = 0; i < kCharts; ++i) {
        auto* plot = new QCustomPlot;
        plot->setContextMenuPolicy(Qt::CustomContextMenu);
        connect(plot, &QWidget::customContextMenuRequested, this,
                [this, i](const QPoint& at) { offerSave(Chart(i), at); });
        plot->setToolTip(tr("Right-click to save this chart as PNG or PDF"));
        plot->legend->setVisible(true);
        plot->legend->setFont(font());
        // The legend right of the axis rect, at the top, where it never covers a bar.
        auto* side = new QCPLayoutGrid;
        plot->plotLayout()->addElement(0, 1, side);
        plot->plotLayout()->setColumnStretchFactor(1, kLegendStretch);
        side->addElement(0, 0, plot->legend);
        side->addElement(1, 0, new QCPLayoutElement(plot));
        side->setRowStretchFactor(0, kLegendStretch);
        plots_[i] = plot;
        tabs_->addTab(plot, titles[i]);
    }
    tabs_->setMinimumHeight(kMinimumChartHeight);
    setWidget(tabs_);
    connect(plan, &PlanDock::estimated, this, &ChartsDock::showEstimate);
}

int ChartsDock::plottableCount(Chart which) const {
    return chart(which)->plottableCount();
}

bool ChartsDock::saveChart(Chart which, const QString& path) const {
    QCustomPlot* plot = chart(which);
    if (QFileInfo(path).suffix().compare(QLatin1String("pdf"), Qt::CaseInsensitive) == 0)
        return plot->savePdf(path);
    return plot->savePng(path);
}

void ChartsDock::offerSave(Chart which, const QPoint& at) {
    QMenu menu;
    menu.addAction(tr("Save chart as PNG…"));
    QAction* pdf = menu.addAction(tr("Save chart as PDF…"));
    QAction* chosen = menu.exec(chart(which)->mapToGlobal(at));
    if (!chosen)
        return;
    const bool asPdf = chosen == pdf;
    const QString path = QFileDialog::getSaveFileName(
        this, chosen->text(),
        tabs_->tabText(int(which)) + (asPdf ? QStringLiteral(".pdf") : QStringLiteral(".png")),
        asPdf ? tr("PDF (*.pdf)") : tr("PNG image (*.png)"));
    if (!path.isEmpty() && !saveChart(which, path))
        QMessageBox::warning(this, chosen->text(), tr("Could not write %1.").arg(path));
}

void ChartsDock::showEstimate(const PlanEstimate& result) {
    plotStepTime(result);
    plotMemory(result);
    plotRackPower();
    plotScaling(result);
}

void ChartsDock::plotStepTime(const PlanEstimate& result) {
    QCustomPlot* plot = chart(Chart::StepTime);
    plot->clearPlottables();
    std::vector<std::pair<QString, QColor>> parts;
    std::vector<double> seconds;
    for (const Part& part : kStepParts) {
        parts.emplace_back(tr(part.label), part.colour);
        const Explained* value = explainedValue(result.explained, part.key);
        seconds.push_back(value ? value->value : 0);
    }
    stackedBars(plot, parts, seconds);
    singleKey(plot, tr("One training step"));
    plot->yAxis->setLabel(tr("Time per step (s)"));
    const Explained* total = explainedValue(result.explained, "step_time_s");
    plot->yAxis->setRange(0, (total ? total->value : 1) * kValueAxisHeadroom);
    plot->replot();
}

void ChartsDock::plotMemory(const PlanEstimate& result) {
    QCustomPlot* plot = chart(Chart::Memory);
    plot->clearPlottables();
    const Explained* memory = explainedValue(result.explained, "memory_per_gpu_gib");
    if (!memory)
        return;
    std::vector<std::pair<QString, QColor>> parts;
    std::vector<double> gib;
    for (const Part& part : kMemoryParts) {
        parts.emplace_back(tr(part.label), part.colour);
        gib.push_back(inputValue(*memory, part.key));
    }
    stackedBars(plot, parts, gib);
    const double capacity = inputValue(*memory, "capacity");
    auto* limit = plot->addGraph();
    limit->setName(tr("GPU memory capacity"));
    limit->setPen(QPen(kLimitColour, 2, Qt::DashLine));
    limit->setData({0, 2}, {capacity, capacity});
    singleKey(plot, tr("Per GPU (first pipeline stage)"));
    plot->yAxis->setLabel(tr("Memory (GiB)"));
    plot->yAxis->setRange(0, std::max(capacity, memory->value) * kValueAxisHeadroom);
    plot->replot();
}

void ChartsDock::plotRackPower() {
    QCustomPlot* plot = chart(Chart::RackPower);
    plot->clearPlottables();
    const DesignPower power = designPower(document_->design());
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    QVector<double> keys, kilowatts, limits;
    double highest = 0;
    for (const RackPower& rack : power.racks) {
        keys << keys.size() + 1;
        ticker->addTick(keys.back(), QString::fromStdString(rack.name));
        kilowatts << rack.watts / kWattsPerKilowatt;
        limits << rack.max_kw;
        highest = std::max({highest, kilowatts.back(), rack.max_kw});
    }
    auto* bars = new QCPBars(plot->xAxis, plot->yAxis);
    bars->setName(tr("Power at training load"));
    bars->setBrush(QColor(0x42, 0x85, 0xf4));
    bars->setWidth(kBarWidth);
    bars->setData(keys, kilowatts);
    auto* limit = plot->addGraph();
    limit->setName(tr("Rack power limit"));
    limit->setPen(QPen(kLimitColour, 2));
    limit->setLineStyle(QCPGraph::lsStepCenter);
    limit->setData(keys, limits);
    plot->xAxis->setTicker(ticker);
    plot->xAxis->setTickLabelRotation(keys.size() > 8 ? 60 : 0);
    plot->xAxis->setLabel(tr("Rack"));
    plot->xAxis->setRange(0.5, keys.size() + 0.5);
    plot->yAxis->setLabel(tr("Power (kW)"));
    plot->yAxis->setRange(0, std::max(highest, 1.0) * kValueAxisHeadroom);
    plot->replot();
}

void ChartsDock::plotScaling(const PlanEstimate& result) {
    QCustomPlot* plot = chart(Chart::Scaling);
    plot->clearPlottables();
    plot->clearItems();
    const ScalingCurve curve = scalingCurve(result.plan);
    const QColor colours[] = {QColor(0x42, 0x85, 0xf4), QColor(0x34, 0xa8, 0x53)};
    std::size_t drawn = 0;
    for (const ChartSeries& series : curve.series()) {
        if (series.id != "tokens_per_s" && series.id != "mfu")
            continue;
        QCPAxis* axis = drawn == 0 ? plot->yAxis : plot->yAxis2;
        auto* graph = plot->addGraph(plot->xAxis, axis);
        graph->setName(QStringLiteral("%1 (%2)").arg(QString::fromStdString(series.label),
                                                     QString::fromStdString(series.unit)));
        graph->setPen(QPen(colours[drawn], 2));
        graph->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, 6));
        graph->setData(QVector<double>(series.x.begin(), series.x.end()),
                       QVector<double>(series.y.begin(), series.y.end()));
        axis->setLabel(QStringLiteral("%1 (%2)").arg(QString::fromStdString(series.label),
                                                     QString::fromStdString(series.unit)));
        axis->setVisible(true);
        graph->rescaleValueAxis();
        axis->setRange(0, axis->range().upper * kValueAxisHeadroom);
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
    plot->replot();
}

} // namespace cs
