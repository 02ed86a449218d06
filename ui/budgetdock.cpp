#include "budgetdock.h"

#include "plandock.h"
#include "report/report_content.h"
#include "tableexport.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cs {

namespace {

enum Column { kLine, kDemand, kCapacity, kUtilisation, kStatus, kColumns };

// Status colours, as the diagnostics dock marks errors and warnings.
QColor statusColour(BudgetStatus status) {
    switch (status) {
    case BudgetStatus::Pass:
        return QColor(0x2e, 0x7d, 0x32);
    case BudgetStatus::Warn:
        return QColor(0xef, 0x6c, 0x00);
    case BudgetStatus::Fail:
        return QColor(0xc6, 0x28, 0x28);
    }
    return {};
}

QString statusText(BudgetStatus status) {
    switch (status) {
    case BudgetStatus::Pass:
        return BudgetDock::tr("pass");
    case BudgetStatus::Warn:
        return BudgetDock::tr("warn");
    case BudgetStatus::Fail:
        return BudgetDock::tr("fail");
    }
    return {};
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

const std::vector<std::string>& BudgetDock::headlineKeys() {
    static const std::vector<std::string> keys = {"step_time_s",        "tokens_per_s",    "mfu",
                                                  "memory_per_gpu_gib", "time_to_train_s", "power.energy_kwh",
                                                  "power.cost"};
    return keys;
}

const std::vector<std::string>& BudgetDock::inferenceHeadlineKeys() {
    static const std::vector<std::string> keys = {"memory.weights_gib_per_gpu",
                                                  "memory.kv_cache_gib_per_gpu",
                                                  "memory.max_batch",
                                                  "time_to_first_token_s",
                                                  "decode_step_s",
                                                  "tokens_per_s_per_gpu",
                                                  "tokens_per_s_per_server",
                                                  "tokens_per_s"};
    return keys;
}

BudgetDock::BudgetDock(PlanDock* plan, QWidget* parent)
    : QDockWidget(tr("Budget"), parent)
    , stale_(new QLabel)
    , table_(new QTableWidget(0, kColumns)) {
    setObjectName(QStringLiteral("budgetDock"));
    auto* page = new QWidget;
    auto* layout = new QHBoxLayout(page);
    auto* figures = new QVBoxLayout;
    form_ = new QFormLayout;
    const QString titles[] = {tr("Step time"),     tr("Throughput"), tr("MFU"),        tr("Memory per GPU"),
                              tr("Time to train"), tr("Energy"),     tr("Energy cost")};
    const QString inferenceTitles[] = {
        tr("Weights per GPU"),     tr("KV cache per GPU"),      tr("Max batch"),
        tr("Time to first token"), tr("Time per output token"), tr("Tokens/s per GPU"),
        tr("Tokens/s per server"), tr("Tokens/s, cluster")};
    // Object names: the key (training), "inference." + the key (inference).
    const auto addRows = [this](const std::vector<std::string>& keys, const QString* rowTitles,
                                std::map<std::string, QLabel*>& labels, const QString& prefix) {
        for (std::size_t i = 0; i < keys.size(); ++i) {
            auto* label = new QLabel(QStringLiteral("–"));
            label->setObjectName(prefix + QString::fromStdString(keys[i]));
            form_->addRow(rowTitles[i], label);
            labels[keys[i]] = label;
        }
    };
    addRows(headlineKeys(), titles, training_, QString());
    addRows(inferenceHeadlineKeys(), inferenceTitles, inference_, QStringLiteral("inference."));
    for (const auto& [key, label] : inference_)
        form_->setRowVisible(label, false);
    figures->addLayout(form_);
    stale_->setWordWrap(true);
    stale_->setStyleSheet(QStringLiteral("color: #c62828;"));
    stale_->hide();
    figures->addWidget(stale_);
    figures->addStretch();
    layout->addLayout(figures);
    table_->setHorizontalHeaderLabels(
        {tr("Budget line"), tr("Demand"), tr("Capacity"), tr("Utilisation"), tr("Status")});
    table_->verticalHeader()->hide();
    table_->horizontalHeader()->setSectionResizeMode(kLine, QHeaderView::Stretch);
    for (int column = kDemand; column < kColumns; ++column)
        table_->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    table_->setWordWrap(true);
    enableTableExport(table_, tr("budget"));
    layout->addWidget(table_, 1);
    setWidget(page);
    connect(plan, &PlanDock::estimated, this, &BudgetDock::showEstimate);
    connect(plan, &PlanDock::failed, this, &BudgetDock::showStale);
}

double BudgetDock::headline(const std::string& key) const {
    auto it = values_.find(key);
    return it == values_.end() ? 0 : it->second;
}

void BudgetDock::showEstimate(const PlanEstimate& result) {
    stale_->hide();
    values_.clear();
    const bool inference = result.isInference();
    for (const auto& [key, label] : training_)
        form_->setRowVisible(label, !inference);
    for (const auto& [key, label] : inference_)
        form_->setRowVisible(label, inference);
    const std::map<std::string, QLabel*>& headlines = inference ? inference_ : training_;
    for (const auto& [key, value] : result.explained) {
        auto label = headlines.find(key);
        if (label == headlines.end())
            continue;
        values_[key] = value.value;
        label->second->setText(quantity(value));
        label->second->setToolTip(explainedToolTip(value));
    }
    table_->setRowCount(int(result.budget.size()));
    for (int row = 0; row < table_->rowCount(); ++row) {
        const BudgetLine& line = result.budget[std::size_t(row)];
        table_->setItem(row, kLine, cell(QString::fromStdString(line.label)));
        table_->setItem(row, kDemand, cell(quantity(line.demand), explainedToolTip(line.demand)));
        table_->setItem(row, kCapacity, cell(quantity(line.capacity), explainedToolTip(line.capacity)));
        const QString utilisation = std::isfinite(line.utilisation)
                                        ? locale().toString(line.utilisation * 100, 'f', 0) + QLatin1Char('%')
                                        : tr("no capacity");
        const QString rule = line.fit_only ? tr("demand / capacity; fails beyond 100%")
                                           : tr("demand / capacity; warns from %1%, fails from %2%")
                                                 .arg(kBudgetWarnUtilisation * 100)
                                                 .arg(kBudgetFailUtilisation * 100);
        table_->setItem(row, kUtilisation, cell(utilisation, rule));
        QTableWidgetItem* status = cell(statusText(line.status));
        status->setForeground(statusColour(line.status));
        table_->setItem(row, kStatus, status);
    }
}

void BudgetDock::showStale() {
    stale_->setText(tr("The plan cannot be estimated (see the Plan dock): the figures are the last valid "
                       "estimate's."));
    stale_->setVisible(!values_.empty());
}

} // namespace cs
