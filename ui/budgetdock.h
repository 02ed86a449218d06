#pragma once

#include <QDockWidget>
#include <QString>
#include <map>
#include <string>
#include <vector>

class QLabel;
class QTableWidget;

namespace cs {

class PlanDock;
struct Explained;
struct PlanEstimate;

// Explained as a tooltip: the formula, its inputs with units, and the source.
QString explainedToolTip(const Explained& value);

// The plan's estimate at a glance: step time, tokens/s, MFU, memory per GPU, time to train, energy and cost,
// then core's budget lines (demand vs capacity per network, pass/warn/fail). Every figure is core's; its
// tooltip gives the formula, inputs and source.
class BudgetDock final : public QDockWidget {
    Q_OBJECT

public:
    BudgetDock(PlanDock* plan, QWidget* parent = nullptr);

    // The headline figures, keyed by their estimate --json path ("step_time_s", "power.cost", ...).
    static const std::vector<std::string>& headlineKeys();
    double headline(const std::string& key) const;
    QTableWidget* table() const { return table_; }

private:
    void showEstimate(const PlanEstimate& result);
    void showStale();

    std::map<std::string, QLabel*> headlines_;
    std::map<std::string, double> values_;
    QLabel* stale_;
    QTableWidget* table_;
};

} // namespace cs
