#pragma once

#include <QDockWidget>
#include <QString>
#include <map>
#include <string>
#include <vector>

class QFormLayout;
class QLabel;
class QTableWidget;

namespace cs {

class PlanDock;
struct Explained;
struct PlanEstimate;

// Explained as a tooltip: the formula, its inputs with units, and the source.
QString explainedToolTip(const Explained& value);

// The plan's estimate at a glance: step time, tokens/s, MFU, memory per GPU, time to train, energy and cost
// (training), or weights and KV cache per GPU, max batch, time to first token, time per output token and
// tokens/s (inference); then core's budget lines (demand vs capacity, pass/warn/fail). Every figure is
// core's; its tooltip gives the formula, inputs and source.
class BudgetDock final : public QDockWidget {
    Q_OBJECT

public:
    BudgetDock(PlanDock* plan, QWidget* parent = nullptr);

    // The headline figures, keyed by their estimate --json path ("step_time_s", "power.cost", ...), of a
    // training plan and of an inference plan; only the plan's own show.
    static const std::vector<std::string>& headlineKeys();
    static const std::vector<std::string>& inferenceHeadlineKeys();
    // The value shown for `key` of the current workload's set; 0 when not shown.
    double headline(const std::string& key) const;
    QTableWidget* table() const { return table_; }

private:
    void showEstimate(const PlanEstimate& result);
    void showStale();

    QFormLayout* form_;
    std::map<std::string, QLabel*> training_, inference_; // the headline labels by key, of each workload
    std::map<std::string, double> values_;
    QLabel* stale_;
    QTableWidget* table_;
};

} // namespace cs
