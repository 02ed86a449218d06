#include "comparisondock.h"

#include "base/input_error.h"
#include "base/units.h"
#include "document.h"
#include "documentanalysis.h"
#include "reportlocale.h"
#include "statuscolors.h"
#include "tableexport.h"

#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>
#include <qcustomplot.h>

namespace cs {

namespace {

constexpr int kSignificantDigits = 4;
constexpr int kMinimumChartHeight = 240; // pixels: axis titles, ticks and readable bars
constexpr int kMinimumChartWidth = 360;
constexpr double kGroupSpacing = 2; // pixels between the bars of one group
constexpr double kGroupWidth = 0.8; // of the space between two keys, shared by the group's bars
constexpr double kLogAxisMargin = 1.5;
constexpr double kValueAxisHeadroom = 1.15;
constexpr int kLegendAlpha = 220;   // the legend's background lets a bar behind it show through
constexpr int kNameCharacters = 24; // legend entries and column titles elide longer scenario names

// One colour per compared scenario (at most four), told apart in colour and in grey.
const QColor kScenarioColours[] = {QColor(0x42, 0x85, 0xf4), QColor(0xea, 0x43, 0x35),
                                   QColor(0x34, 0xa8, 0x53), QColor(0x8e, 0x24, 0xaa)};
const QColor kDifferenceBackground(0xff, 0xe0, 0x82);

// The step-time parts, by their estimate --json key (core's comparison rows), in the charts dock's order.
struct Part {
    const char* key;
    const char* label;
};
const Part kStepParts[] = {
    {"breakdown.compute_s", QT_TRANSLATE_NOOP("cs::ComparisonDock", "Compute")},
    {"breakdown.tp_comm_s", QT_TRANSLATE_NOOP("cs::ComparisonDock", "TP comm.")},
    {"breakdown.pp_comm_s", QT_TRANSLATE_NOOP("cs::ComparisonDock", "PP comm.")},
    {"breakdown.dp_comm_exposed_s", QT_TRANSLATE_NOOP("cs::ComparisonDock", "DP exposed")},
    {"breakdown.bubble_s", QT_TRANSLATE_NOOP("cs::ComparisonDock", "Bubble")},
    {"breakdown.optimizer_s", QT_TRANSLATE_NOOP("cs::ComparisonDock", "Optimizer")},
    {"breakdown.ep_comm_s", QT_TRANSLATE_NOOP("cs::ComparisonDock", "EP all-to-all")},
    {"breakdown.cp_comm_s", QT_TRANSLATE_NOOP("cs::ComparisonDock", "CP exchange")},
};
const char* const kThroughputSeries = "tokens_per_s"; // ScalingCurve::series() id

// Four significant digits, without an exponent for the everyday range; counts as integers.
QString number(double value) {
    const double magnitude = std::abs(value);
    if (magnitude < 1e7 && value == std::round(value))
        return QLocale().toString(value, 'f', 0);
    if (value == 0 || (magnitude >= 1e-3 && magnitude < 1e7)) {
        const int integer_digits = magnitude >= 1 ? int(std::floor(std::log10(magnitude))) + 1 : 0;
        const int leading_zeros =
            magnitude > 0 && magnitude < 1 ? -int(std::floor(std::log10(magnitude))) - 1 : 0;
        return QLocale().toString(value, 'f',
                                  std::max(0, kSignificantDigits - integer_digits + leading_zeros));
    }
    return QLocale().toString(value, 'g', kSignificantDigits);
}

// Units that are words, in the UI's language; symbols (s, GiB, Gb/s, %) as they are.
QString unitText(const std::string& unit) {
    if (unit == "days")
        return ComparisonDock::tr("days");
    if (unit == "sequences")
        return ComparisonDock::tr("sequences");
    return QString::fromStdString(unit);
}

QString shortName(const std::string& name) {
    const QString text = QString::fromStdString(name);
    return text.size() <= kNameCharacters ? text : text.left(kNameCharacters - 1) + QChar(0x2026);
}

const ComparisonRow* rowOf(const ScenarioComparison& comparison, std::string_view key) {
    for (const ComparisonRow& row : comparison.rows)
        if (row.key == key)
            return &row;
    return nullptr;
}

// The legend inside the axis rect, in the corner the chart leaves empty (the short dock has no room beside
// or below the plot), over a translucent background.
void legendInside(QCustomPlot* plot, const QFont& font, Qt::Alignment corner) {
    plot->legend->setVisible(true);
    plot->legend->setFont(font);
    plot->legend->setBrush(QColor(255, 255, 255, kLegendAlpha));
    plot->axisRect()->insetLayout()->setInsetAlignment(0, corner);
}

} // namespace

ComparisonDock::ComparisonDock(DesignDocument* document, DocumentAnalysis* analysis, QWidget* parent)
    : QDockWidget(tr("Compare Scenarios"), parent)
    , document_(document)
    , list_(new QListWidget)
    , message_(new QLabel)
    , table_(new QTableWidget)
    , tabs_(new QTabWidget) {
    setObjectName(QStringLiteral("comparisonDock"));
    list_->setObjectName(QStringLiteral("comparedScenarios"));
    list_->setToolTip(tr("Tick two to four scenarios to compare"));
    list_->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // long names elide
    list_->setTextElideMode(Qt::ElideRight);
    message_->setObjectName(QStringLiteral("comparisonMessage"));
    message_->setWordWrap(true);
    message_->setTextFormat(Qt::PlainText);
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table_->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    enableTableExport(table_, tr("comparison"));

    const QString titles[] = {tr("Step time"), tr("Scaling")};
    // Bars shrink towards the bottom parts (bubble, optimizer); throughput rises to the right.
    const Qt::Alignment corners[] = {Qt::AlignBottom | Qt::AlignRight, Qt::AlignTop | Qt::AlignLeft};
    for (std::size_t i = 0; i < kCharts; ++i) {
        auto* plot = new QCustomPlot;
        legendInside(plot, font(), corners[i]);
        plot->setMinimumSize(kMinimumChartWidth, kMinimumChartHeight);
        plots_[i] = plot;
        tabs_->addTab(plot, titles[i]);
    }

    auto* picker = new QWidget;
    auto* picker_layout = new QVBoxLayout(picker);
    picker_layout->setContentsMargins(0, 0, 0, 0);
    picker_layout->addWidget(new QLabel(tr("Scenarios (2–4):")));
    picker_layout->addWidget(list_, 1);
    auto* splitter = new QSplitter(Qt::Horizontal);
    splitter->addWidget(picker);
    splitter->addWidget(table_);
    splitter->addWidget(tabs_);
    splitter->setStretchFactor(1, 1);
    splitter->setStretchFactor(2, 1);
    // What to do, or why a scenario has no figures, at the top where it is read first.
    auto* page = new QWidget;
    auto* page_layout = new QVBoxLayout(page);
    page_layout->setContentsMargins(4, 4, 4, 0);
    page_layout->addWidget(message_);
    page_layout->addWidget(splitter, 1);
    setWidget(page);

    connect(document_, &DesignDocument::changed, this, &ComparisonDock::onChanged);
    // The comparison follows the document's analysis: once an edit has been analysed, not on every edit.
    connect(analysis, &DocumentAnalysis::changed, this, [this, analysis](DocumentAnalysis::Parts parts) {
        if (parts & DocumentAnalysis::PlanPart && analysis->state() != DocumentAnalysis::State::Pending &&
            isVisible())
            recompute();
    });
    connect(list_, &QListWidget::itemChanged, this, &ComparisonDock::onItemChanged);
}

void ComparisonDock::onChanged(const ChangeEvent& event) {
    if (event.kind == ChangeEvent::Kind::Reset) {
        chosen_.clear(); // a new design: its first scenarios
        choose_first_ = true;
    }
    stale_ = true;
}

void ComparisonDock::showEvent(QShowEvent* event) {
    QDockWidget::showEvent(event);
    if (stale_)
        recompute();
}

std::vector<ScenarioId> ComparisonDock::chosen() const {
    return chosen_;
}

void ComparisonDock::choose(const std::vector<ScenarioId>& ids) {
    chosen_.assign(ids.begin(), ids.begin() + std::min(ids.size(), kMaxComparedScenarios));
    recompute();
}

QString ComparisonDock::message() const {
    return message_->text();
}

void ComparisonDock::onItemChanged(QListWidgetItem* item) {
    const ScenarioId id = item->data(Qt::UserRole).toUInt();
    const auto at = std::find(chosen_.begin(), chosen_.end(), id);
    if (item->checkState() == Qt::Checked && at == chosen_.end())
        chosen_.push_back(id);
    else if (item->checkState() != Qt::Checked && at != chosen_.end())
        chosen_.erase(at);
    recompute();
}

// The list mirrors the design's scenarios; the chosen ones ticked, the rest disabled once four are.
void ComparisonDock::fillList() {
    const auto& scenarios = document_->design().scenarios().items();
    std::erase_if(chosen_, [&](ScenarioId id) { return !document_->design().scenarios().contains(id); });
    if (choose_first_) { // the first two, as a start; later the user's choice stands
        for (std::size_t i = 0; i < scenarios.size() && chosen_.size() < kMinComparedScenarios; ++i)
            if (std::find(chosen_.begin(), chosen_.end(), scenarios[i].id) == chosen_.end())
                chosen_.push_back(scenarios[i].id);
        choose_first_ = scenarios.size() < kMinComparedScenarios;
    }
    const QSignalBlocker blocker(list_);
    list_->clear();
    const bool full = chosen_.size() >= kMaxComparedScenarios;
    for (const Scenario& scenario : scenarios) {
        auto* item = new QListWidgetItem(QString::fromStdString(scenario.name), list_);
        item->setToolTip(item->text());
        item->setData(Qt::UserRole, scenario.id);
        const bool on = std::find(chosen_.begin(), chosen_.end(), scenario.id) != chosen_.end();
        item->setCheckState(on ? Qt::Checked : Qt::Unchecked);
        Qt::ItemFlags flags = Qt::ItemIsUserCheckable | Qt::ItemIsSelectable;
        if (on || !full)
            flags |= Qt::ItemIsEnabled;
        item->setFlags(flags);
    }
}

void ComparisonDock::recompute() {
    stale_ = false;
    fillList();
    comparison_ = {};
    curves_.clear();
    QStringList messages;
    if (document_->design().scenarios().size() < kMinComparedScenarios) {
        messages << tr("A comparison needs two scenarios: add one, or duplicate this one, in the Plan dock.");
    } else if (chosen_.size() < kMinComparedScenarios) {
        messages << tr("Tick at least two scenarios (the design has %n).", "",
                       int(document_->design().scenarios().size()));
    } else {
        const Design& design = document_->design();
        // The comparison's cells and each scenario's scaling curve.
        PlanAnalysisOptions options = kComparisonOptions;
        options.scaling_curve = true;
        std::vector<ScenarioOutcome> outcomes;
        for (ScenarioId id : chosen_) {
            const Scenario& scenario = *design.scenarios().find(id);
            try {
                outcomes.push_back(estimateScenario(design, scenario, document_->library(), options));
            } catch (const InputError& e) { // the scenario's JSON is unusable: a column without values
                outcomes.push_back(unreadableScenario(scenario.name, e.what()));
            }
        }
        comparison_ = compareOutcomes(std::move(outcomes));
        for (const ScenarioOutcome& outcome : comparison_.scenarios) {
            curves_.push_back(outcome.analysis.scaling.value_or(ScalingCurve{}));
            for (const PlanError& error : outcome.analysis.errors)
                messages << QStringLiteral("%1 — %2: %3")
                                .arg(QString::fromStdString(outcome.name),
                                     QString::fromStdString(error.field),
                                     QString::fromStdString(error.message));
        }
    }
    message_->setText(messages.join(QLatin1Char('\n')));
    message_->setVisible(!messages.isEmpty());
    // Guidance (too few scenarios) reads as text; a scenario without figures as a failure.
    message_->setStyleSheet(comparison_.scenarios.empty() ? QString() : textColorStyle(kFailColor));
    fillTable();
    plotStepTime();
    plotScaling();
    emit compared();
}

void ComparisonDock::fillTable() {
    table_->clear();
    const auto& scenarios = comparison_.scenarios;
    table_->setColumnCount(int(scenarios.size()));
    table_->setRowCount(int(comparison_.rows.size()));
    QStringList columns;
    for (int c = 0; c < int(scenarios.size()); ++c) {
        columns << QString::fromStdString(scenarios[std::size_t(c)].name);
        auto* header = new QTableWidgetItem(shortName(scenarios[std::size_t(c)].name));
        header->setToolTip(columns.back());
        table_->setHorizontalHeaderItem(c, header);
    }
    QFont bold = table_->font();
    bold.setBold(true);
    for (int r = 0; r < int(comparison_.rows.size()); ++r) {
        const ComparisonRow& row = comparison_.rows[std::size_t(r)];
        const QString unit = unitText(row.unit);
        const QString label = localizedText(row.label);
        table_->setVerticalHeaderItem(
            r, new QTableWidgetItem(unit.isEmpty() ? label : tr("%1 (%2)").arg(label, unit)));
        for (int c = 0; c < int(row.cells.size()); ++c) {
            const ComparisonCell& cell = row.cells[std::size_t(c)];
            const bool text = !cell.text.empty();
            auto* item = new QTableWidgetItem(text         ? localizedText(cell.text)
                                              : cell.value ? number(*cell.value)
                                                           : tr("—"));
            item->setTextAlignment((text ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter);
            if (cell.value)
                item->setData(Qt::UserRole, *cell.value);
            if (cell.differs) {
                item->setBackground(kDifferenceBackground);
                item->setForeground(QColor(Qt::black));
                item->setFont(bold);
            }
            if (c > 0 && cell.value && row.cells.front().value) {
                QString tip = tr("%1 than %2: %3 %4")
                                  .arg(cell.delta >= 0 ? tr("More") : tr("Less"), columns.front(),
                                       number(std::abs(cell.delta)), unit)
                                  .trimmed();
                if (cell.relative)
                    tip += tr(" (%1%2 %)")
                               .arg(cell.delta >= 0 ? QStringLiteral("+") : QStringLiteral("−"))
                               .arg(number(std::abs(*cell.relative) * kPercent));
                item->setToolTip(cell.differs ? tip : tr("Same as %1").arg(columns.front()));
            } else if (text && c > 0) {
                item->setToolTip(cell.differs
                                     ? tr("Differs from %1: %2")
                                           .arg(columns.front(), localizedText(row.cells.front().text))
                                     : tr("Same as %1").arg(columns.front()));
            } else if (!text && !cell.value) {
                item->setToolTip(tr("No estimate: see the messages beside the list"));
            }
            table_->setItem(r, c, item);
        }
    }
}

void ComparisonDock::plotStepTime() {
    // Horizontal bars: the parts' names read across on the left axis at any dock width.
    QCustomPlot* plot = chart(Chart::StepTime);
    plot->clearPlottables();
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    for (std::size_t p = 0; p < std::size(kStepParts); ++p)
        ticker->addTick(double(p + 1), tr(kStepParts[p].label));
    plot->yAxis->setTicker(ticker);
    plot->yAxis->setRangeReversed(true); // compute on top, as in the table
    plot->yAxis->setRange(0.5, double(std::size(kStepParts)) + 0.5);
    plot->xAxis->setLabel(tr("Time per step (s)"));
    auto* group = new QCPBarsGroup(plot);
    group->setSpacingType(QCPBarsGroup::stAbsolute);
    group->setSpacing(kGroupSpacing);
    const std::size_t columns = comparison_.scenarios.size();
    double top = 0;
    for (std::size_t s = 0; s < columns; ++s) {
        auto* bars = new QCPBars(plot->yAxis, plot->xAxis);
        const QColor colour = kScenarioColours[s % std::size(kScenarioColours)];
        bars->setName(shortName(comparison_.scenarios[s].name));
        bars->setBrush(colour);
        bars->setPen(QPen(colour.darker(130)));
        bars->setWidth(kGroupWidth / double(std::max<std::size_t>(columns, 1)));
        bars->setBarsGroup(group);
        for (std::size_t p = 0; p < std::size(kStepParts); ++p) {
            const ComparisonRow* row = rowOf(comparison_, kStepParts[p].key);
            if (row && s < row->cells.size() && row->cells[s].value) {
                bars->addData(double(p + 1), *row->cells[s].value);
                top = std::max(top, *row->cells[s].value);
            }
        }
    }
    plot->xAxis->setRange(0, top > 0 ? top * kValueAxisHeadroom : 1);
    plot->legend->setVisible(plot->plottableCount() > 0);
    plot->replot();
}

void ComparisonDock::plotScaling() {
    QCustomPlot* plot = chart(Chart::Scaling);
    plot->clearPlottables();
    plot->xAxis->setScaleType(QCPAxis::stLogarithmic);
    plot->xAxis->setTicker(QSharedPointer<QCPAxisTickerLog>::create());
    plot->xAxis->setLabel(tr("GPUs"));
    plot->yAxis->setLabel(tr("Throughput (tokens/s)"));
    double low = 0, high = 0, top = 0;
    for (std::size_t s = 0; s < curves_.size(); ++s) {
        for (const ChartSeries& series : curves_[s].series()) {
            if (series.id != kThroughputSeries || series.x.empty())
                continue;
            auto* graph = plot->addGraph();
            const QColor colour = kScenarioColours[s % std::size(kScenarioColours)];
            graph->setName(shortName(comparison_.scenarios[s].name));
            graph->setPen(QPen(colour, 2));
            graph->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, colour, colour, 5));
            graph->setData(QVector<double>(series.x.begin(), series.x.end()),
                           QVector<double>(series.y.begin(), series.y.end()));
            low = low == 0 ? series.x.front() : std::min(low, series.x.front());
            high = std::max(high, series.x.back());
            top = std::max(top, *std::max_element(series.y.begin(), series.y.end()));
        }
    }
    if (high > 0)
        plot->xAxis->setRange(low / kLogAxisMargin, high * kLogAxisMargin);
    plot->yAxis->setRange(0, top > 0 ? top * kValueAxisHeadroom : 1);
    plot->legend->setVisible(plot->plottableCount() > 0);
    plot->replot();
}

} // namespace cs
