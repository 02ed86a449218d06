#pragma once

#include <QDockWidget>
#include <QString>
#include <map>
#include <optional>
#include <string>
#include <vector>

class QFormLayout;
class QLabel;
class QTableWidget;

namespace cs {

class DocumentAnalysis;
struct Explained;
struct PlanAnalysis;

// Explained as a tooltip: the formula, its inputs with units, and the source.
QString explainedToolTip(const Explained& value);

// The plan's estimate at a glance: step time, tokens/s, MFU, memory per GPU, time to train, energy and cost
// (training), or weights and KV cache per GPU, max batch, time to first token, time per output token and
// tokens/s, and with a load the servers, GPUs and power it needs (inference); then core's budget lines
// (demand vs capacity, what the shortfall costs, pass/warn/fail from that cost). Every figure is core's; its
// tooltip gives the formula, inputs and source. A view of the document's analysis: while the plan cannot be
// estimated the figures are cleared and the reasons shown, never the last valid figures.
class BudgetDock final : public QDockWidget {
    Q_OBJECT

public:
    BudgetDock(DocumentAnalysis* analysis, QWidget* parent = nullptr);

    // The headline figures, named by their estimate --json path ("step_time_s", "power.cost", ...), of a
    // training plan and of an inference plan; only the plan's own show.
    static std::vector<std::string> headlineKeys();
    static std::vector<std::string> inferenceHeadlineKeys();
    // The sizing answer of an inference plan with a load ("load.servers_needed", ...): shown only then.
    static std::vector<std::string> sizingHeadlineKeys();
    // The value shown for `key`; none when it is not shown (another workload, or no estimate).
    std::optional<double> headline(const std::string& key) const;
    // Why no figures are shown; empty while they are current.
    QString reason() const;
    QTableWidget* table() const { return table_; }
    // Raises the dock and selects the budget line `id` (a budget-exceeded finding's line); false when the
    // line is not shown.
    bool showLine(const std::string& id);

private:
    void showAnalysis();
    void showEstimate(const PlanAnalysis& analysis);
    void clear(const QString& reason);

    DocumentAnalysis* analysis_;
    QFormLayout* form_;
    std::map<std::string, QLabel*> training_, inference_; // the headline labels by key, of each workload
    std::map<std::string, QLabel*> sizing_;               // inference with a load
    std::map<std::string, double> values_;
    std::vector<std::string> line_ids_; // the table's rows
    QLabel* reason_;
    QTableWidget* table_;
};

} // namespace cs
