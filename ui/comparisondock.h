#pragma once

#include "model/design.h"
#include "scenario/scaling_curve.h"
#include "scenario/scenario_comparison.h"

#include <QDockWidget>
#include <array>
#include <vector>

class QCustomPlot;
class QLabel;
class QListWidget;
class QListWidgetItem;
class QTableWidget;
class QTabWidget;

namespace cs {

class DesignDocument;
class DocumentAnalysis;
struct ChangeEvent;

// "Compare Scenarios": two to four of the design's scenarios side by side. A checkable list picks them; the
// table is core's compareOutcomes() (rows = quantities with units, columns = scenarios) with exactly the
// cells core flags as differing highlighted and their delta in a tooltip; two overlaid charts (QCustomPlot)
// show each scenario's step-time breakdown as grouped bars and its scaling curve (tokens/s against GPUs).
// Recomputes once the document's analysis has caught up with an edit, and only while the dock is visible.
class ComparisonDock final : public QDockWidget {
    Q_OBJECT

public:
    enum class Chart { StepTime, Scaling };
    static constexpr std::size_t kCharts = 2;

    ComparisonDock(DesignDocument* document, DocumentAnalysis* analysis, QWidget* parent = nullptr);

    // The scenarios compared, in the list's order. Choosing more than four keeps the first four.
    std::vector<ScenarioId> chosen() const;
    void choose(const std::vector<ScenarioId>& ids);
    // Compares the chosen scenarios now (tests, screenshots; the dock does so when shown).
    void recompute();

    const ScenarioComparison& comparison() const { return comparison_; }
    QTableWidget* table() const { return table_; }
    QCustomPlot* chart(Chart chart) const { return plots_[std::size_t(chart)]; }
    // Why nothing (or not everything) is compared; empty when all chosen scenarios have an estimate.
    QString message() const;

signals:
    void compared();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void onChanged(const ChangeEvent& event);
    void fillList();
    void onItemChanged(QListWidgetItem* item);
    void fillTable();
    void plotStepTime();
    void plotScaling();

    DesignDocument* document_;
    bool stale_ = true;        // the design changed while the dock was hidden
    bool choose_first_ = true; // tick the first two scenarios once the design has them
    std::vector<ScenarioId> chosen_;
    ScenarioComparison comparison_;
    std::vector<ScalingCurve> curves_; // one per compared scenario; empty curve without an estimate
    QListWidget* list_;
    QLabel* message_;
    QTableWidget* table_;
    QTabWidget* tabs_;
    std::array<QCustomPlot*, kCharts> plots_{};
};

} // namespace cs
