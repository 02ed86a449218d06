#include "budgetdock.h"

#include "base/number_format.h"
#include "base/units.h"
#include "documentanalysis.h"
#include "report/figure_names.h"
#include "reportlocale.h"
#include "statuscolors.h"
#include "tableexport.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace cs {

namespace {

enum Column { kLine, kDemand, kCapacity, kUtilisation, kCost, kStatus, kColumns };

// A headline figure: its estimate --json key (its explanation, and the label's object name), its title and
// its value, read from the typed estimate.
template <typename Estimate> struct Headline {
    const char* key;
    const char* title;
    double (*value)(const Estimate& e);
};
const Headline<TrainingEstimate> kTrainingHeadlines[] = {
    {"step_time_s", QT_TRANSLATE_NOOP("cs::BudgetDock", "Step time"),
     [](const TrainingEstimate& e) { return e.step_time_s; }},
    {"tokens_per_s", QT_TRANSLATE_NOOP("cs::BudgetDock", "Throughput"),
     [](const TrainingEstimate& e) { return e.tokens_per_s; }},
    {"mfu", QT_TRANSLATE_NOOP("cs::BudgetDock", "MFU"), [](const TrainingEstimate& e) { return e.mfu; }},
    {"memory_per_gpu_gib", QT_TRANSLATE_NOOP("cs::BudgetDock", "Memory per GPU"),
     [](const TrainingEstimate& e) { return e.memory.totalBytes() / kBytesPerGib; }},
    {"time_to_train_s", QT_TRANSLATE_NOOP("cs::BudgetDock", "Time to train"),
     [](const TrainingEstimate& e) { return e.time_to_train_s; }},
    {"goodput.wall_clock_s", QT_TRANSLATE_NOOP("cs::BudgetDock", "Time to train with failures"),
     [](const TrainingEstimate& e) { return e.goodput.wall_clock_s; }},
    {"goodput.goodput", QT_TRANSLATE_NOOP("cs::BudgetDock", "Goodput"),
     [](const TrainingEstimate& e) { return e.goodput.goodput; }},
    {"goodput.spares_per_scalable_unit", QT_TRANSLATE_NOOP("cs::BudgetDock", "Hot spares per scalable unit"),
     [](const TrainingEstimate& e) { return double(e.goodput.spares_per_scalable_unit); }},
    {"power.energy_kwh", QT_TRANSLATE_NOOP("cs::BudgetDock", "Energy"),
     [](const TrainingEstimate& e) { return e.power.energy_kwh; }},
    {"power.cost", QT_TRANSLATE_NOOP("cs::BudgetDock", "Energy cost"),
     [](const TrainingEstimate& e) { return e.power.cost; }},
};
const Headline<InferenceEstimate> kInferenceHeadlines[] = {
    {"memory.weights_gib_per_gpu", QT_TRANSLATE_NOOP("cs::BudgetDock", "Weights per GPU"),
     [](const InferenceEstimate& e) { return e.weights_bytes_per_gpu / kBytesPerGib; }},
    {"memory.kv_cache_gib_per_gpu", QT_TRANSLATE_NOOP("cs::BudgetDock", "KV cache per GPU"),
     [](const InferenceEstimate& e) { return e.kv_bytes_per_gpu / kBytesPerGib; }},
    {"memory.max_batch", QT_TRANSLATE_NOOP("cs::BudgetDock", "Max batch"),
     [](const InferenceEstimate& e) { return double(e.max_batch); }},
    {"concurrency", QT_TRANSLATE_NOOP("cs::BudgetDock", "Sequences in flight"),
     [](const InferenceEstimate& e) { return double(e.batch); }},
    {"ttft_s", QT_TRANSLATE_NOOP("cs::BudgetDock", "Time to first token"),
     [](const InferenceEstimate& e) { return e.time_to_first_token_s; }},
    {"tpot_s", QT_TRANSLATE_NOOP("cs::BudgetDock", "Time per output token"),
     [](const InferenceEstimate& e) { return e.decode_step_s; }},
    {"tokens_per_s_per_gpu", QT_TRANSLATE_NOOP("cs::BudgetDock", "Tokens/s per GPU"),
     [](const InferenceEstimate& e) { return e.tokens_per_s_per_gpu; }},
    {"tokens_per_s_per_server", QT_TRANSLATE_NOOP("cs::BudgetDock", "Tokens/s per server"),
     [](const InferenceEstimate& e) { return e.tokens_per_s_per_server; }},
    {"tokens_per_s", QT_TRANSLATE_NOOP("cs::BudgetDock", "Tokens/s, cluster"),
     [](const InferenceEstimate& e) { return e.tokens_per_s; }},
};

// The sizing answer for the plan's load.
const Headline<InferenceSizing> kSizingHeadlines[] = {
    {"load.servers_needed", QT_TRANSLATE_NOOP("cs::BudgetDock", "Servers for the load"),
     [](const InferenceSizing& z) { return double(z.servers); }},
    {"load.gpus_needed", QT_TRANSLATE_NOOP("cs::BudgetDock", "GPUs for the load"),
     [](const InferenceSizing& z) { return double(z.gpus); }},
    {"load.power_kw", QT_TRANSLATE_NOOP("cs::BudgetDock", "Power for the load"),
     [](const InferenceSizing& z) { return z.power_kw; }},
};

template <typename Estimate, std::size_t N>
std::vector<std::string> keysOf(const Headline<Estimate> (&rows)[N]) {
    std::vector<std::string> keys;
    for (const Headline<Estimate>& row : rows)
        keys.emplace_back(row.key);
    return keys;
}

QString quantity(const Explained& value) {
    return QString::fromStdString(formatQuantity(value.value, value.unit));
}

QTableWidgetItem* cell(const QString& text, const QString& toolTip = {}) {
    auto* item = new QTableWidgetItem(text);
    item->setToolTip(toolTip);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    return item;
}

} // namespace

QString explainedToolTip(const Explained& value) {
    QString text =
        QStringLiteral("<b>%1</b> = %2")
            .arg(quantity(value).toHtmlEscaped(), QString::fromStdString(value.formula).toHtmlEscaped());
    for (const ExplainedInput& input : value.inputs)
        text += QStringLiteral("<br>%1 = %2")
                    .arg(QString::fromStdString(input.name).toHtmlEscaped(),
                         QString::fromStdString(formatQuantity(input.value, input.unit)).toHtmlEscaped());
    if (!value.source.empty())
        text += QStringLiteral("<br><i>%1</i>").arg(QString::fromStdString(value.source).toHtmlEscaped());
    return text;
}

std::vector<std::string> BudgetDock::headlineKeys() {
    return keysOf(kTrainingHeadlines);
}

std::vector<std::string> BudgetDock::inferenceHeadlineKeys() {
    return keysOf(kInferenceHeadlines);
}

std::vector<std::string> BudgetDock::sizingHeadlineKeys() {
    return keysOf(kSizingHeadlines);
}

BudgetDock::BudgetDock(DocumentAnalysis* analysis, QWidget* parent)
    : QDockWidget(tr("Budget"), parent)
    , analysis_(analysis)
    , reason_(new QLabel)
    , table_(new QTableWidget(0, kColumns)) {
    setObjectName(QStringLiteral("budgetDock"));
    auto* page = new QWidget;
    auto* top = new QVBoxLayout(page);
    reason_->setObjectName(QStringLiteral("budgetReason"));
    reason_->setWordWrap(true);
    reason_->setStyleSheet(textColorStyle(kFailColor));
    reason_->hide();
    top->addWidget(reason_); // why there are no figures: first, where it is read
    auto* layout = new QHBoxLayout;
    top->addLayout(layout, 1);
    auto* figures = new QVBoxLayout;
    form_ = new QFormLayout;
    // Object names: the key (training), "inference." + the key (inference).
    const auto addRows = [this](const std::vector<std::pair<const char*, const char*>>& rows,
                                std::map<std::string, QLabel*>& labels, const QString& prefix) {
        for (const auto& [key, title] : rows) {
            auto* label = new QLabel(QStringLiteral("–"));
            label->setObjectName(prefix + QString::fromLatin1(key));
            form_->addRow(tr(title), label);
            labels[key] = label;
        }
    };
    std::vector<std::pair<const char*, const char*>> training, inference, sizing;
    for (const auto& row : kTrainingHeadlines)
        training.emplace_back(row.key, row.title);
    for (const auto& row : kInferenceHeadlines)
        inference.emplace_back(row.key, row.title);
    for (const auto& row : kSizingHeadlines)
        sizing.emplace_back(row.key, row.title);
    addRows(training, training_, QString());
    addRows(inference, inference_, QStringLiteral("inference."));
    addRows(sizing, sizing_, QStringLiteral("inference."));
    for (auto* labels : {&inference_, &sizing_})
        for (const auto& [key, label] : *labels)
            form_->setRowVisible(label, false);
    figures->addLayout(form_);
    figures->addStretch();
    layout->addLayout(figures);
    table_->setHorizontalHeaderLabels(
        {tr("Budget line"), tr("Demand"), tr("Capacity"), tr("Utilisation"), tr("Cost"), tr("Status")});
    table_->verticalHeader()->hide();
    table_->horizontalHeader()->setSectionResizeMode(kLine, QHeaderView::Stretch);
    for (int column = kDemand; column < kColumns; ++column)
        table_->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    table_->setWordWrap(true);
    enableTableExport(table_, tr("budget"));
    layout->addWidget(table_, 1);
    setWidget(page);
    connect(analysis_, &DocumentAnalysis::changed, this, [this](DocumentAnalysis::Parts parts) {
        if (parts & DocumentAnalysis::PlanPart)
            showAnalysis();
    });
    showAnalysis();
}

std::optional<double> BudgetDock::headline(const std::string& key) const {
    auto it = values_.find(key);
    return it == values_.end() ? std::nullopt : std::optional(it->second);
}

QString BudgetDock::reason() const {
    return reason_->text();
}

void BudgetDock::showAnalysis() {
    switch (analysis_->state()) {
    case DocumentAnalysis::State::Pending:
        // The figures stay for the moment an edit waits; a new document's are gone at once.
        if (!analysis_->analysis())
            clear(QString());
        return;
    case DocumentAnalysis::State::Invalid:
        clear(tr("The plan cannot be estimated: %1").arg(analysis_->reasons().join(QLatin1Char('\n'))));
        return;
    case DocumentAnalysis::State::Current:
        showEstimate(*analysis_->analysis());
        return;
    }
}

void BudgetDock::clear(const QString& reason) {
    values_.clear();
    for (auto* labels : {&training_, &inference_, &sizing_})
        for (const auto& [key, label] : *labels) {
            label->setText(QStringLiteral("–"));
            label->setStyleSheet(QString());
            label->setToolTip(QString());
        }
    table_->setRowCount(0);
    line_ids_.clear();
    reason_->setText(reason);
    reason_->setVisible(!reason.isEmpty());
}

void BudgetDock::showEstimate(const PlanAnalysis& result) {
    reason_->hide();
    reason_->clear();
    values_.clear();
    const bool inference = result.isInference();
    for (const auto& [key, label] : training_)
        form_->setRowVisible(label, !inference);
    for (const auto& [key, label] : inference_)
        form_->setRowVisible(label, inference);
    const InferenceSizing* sizing =
        inference && result.inference->sizing ? &*result.inference->sizing : nullptr;
    for (const auto& [key, label] : sizing_)
        form_->setRowVisible(label, sizing != nullptr);
    const auto show = [this, &result](const char* key, double value, QLabel* label) {
        const Explained& explained = result.explanation(key);
        values_[key] = value;
        // In the unit people read it in, as the report shows it (the MFU in per cent).
        const auto [shown, unit] = shownQuantity(key, {value, explained.unit, {}, {}, {}});
        label->setText(localizedText(quantityText(shown, unit)));
        label->setToolTip(explainedToolTip(explained));
    };
    if (inference) {
        for (const auto& row : kInferenceHeadlines)
            show(row.key, row.value(*result.inference), inference_.at(row.key));
        if (sizing)
            for (const auto& row : kSizingHeadlines)
                show(row.key, row.value(*sizing), sizing_.at(row.key));
    } else {
        for (const auto& row : kTrainingHeadlines)
            show(row.key, row.value(*result.training), training_.at(row.key));
    }
    table_->setRowCount(int(result.budget.size()));
    line_ids_.clear();
    for (int row = 0; row < table_->rowCount(); ++row) {
        const BudgetLine& line = result.budget[std::size_t(row)];
        line_ids_.push_back(line.id);
        table_->setItem(row, kLine, cell(localizedText(line.label)));
        table_->setItem(row, kDemand, cell(quantity(line.demand), explainedToolTip(line.demand)));
        table_->setItem(row, kCapacity, cell(quantity(line.capacity), explainedToolTip(line.capacity)));
        const QString utilisation = std::isfinite(line.utilisation)
                                        ? locale().toString(line.utilisation * 100, 'f', 0) + QLatin1Char('%')
                                        : tr("no capacity");
        table_->setItem(row, kUtilisation, cell(utilisation, tr("demand / capacity")));
        table_->setItem(
            row, kCost,
            cell(localizedText(budgetCostText(line.cost)), explainedToolTip(line.cost.explained)));
        const QString rule =
            line.fit_only
                ? tr("Cannot run beyond 100% of capacity; warns above %1%.").arg(kMemoryWarnUtilisation * 100)
                : tr("From the cost: warns from %1% of the step, fails from %2% or when the plan cannot run.")
                      .arg(kBudgetWarnStepFraction * 100)
                      .arg(kBudgetFailStepFraction * 100);
        QTableWidgetItem* status = cell(localizedText(budgetStatusText(line.status)), rule);
        status->setForeground(budgetStatusColor(line.status));
        table_->setItem(row, kStatus, status);
        // Memory near or over capacity shows on the headline too.
        if (line.id == "memory" && !inference)
            training_.at("memory_per_gpu_gib")
                ->setStyleSheet(line.status == BudgetStatus::Pass
                                    ? QString()
                                    : textColorStyle(budgetStatusColor(line.status)));
    }
}

bool BudgetDock::showLine(const std::string& id) {
    const auto it = std::find(line_ids_.begin(), line_ids_.end(), id);
    if (it == line_ids_.end())
        return false;
    show();
    raise();
    const int row = int(it - line_ids_.begin());
    table_->setCurrentCell(row, kLine);
    table_->scrollToItem(table_->item(row, kLine));
    return true;
}

} // namespace cs
