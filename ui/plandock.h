#pragma once

#include "budget_status.h"
#include "design.h"
#include "estimate_report.h"
#include "plan.h"
#include "training_estimator.h"

#include <QDockWidget>
#include <QTimer>
#include <nlohmann/json.hpp>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace cs {

class DesignDocument;
struct ChangeEvent;

// Everything core says about the selected scenario's training plan on the design's cluster, computed once
// per change for the budget view and the charts.
struct PlanEstimate {
    Plan plan;
    TrainingEstimate estimate;
    ExplainedValues explained; // estimate --json keys with formula, inputs and source
    std::vector<BudgetLine> budget;
};

// The plan of one of the design's scenarios as a form: model, tokens, workload, parallelism, recompute,
// power. Edits are undoable Update<Scenario> commands; core's PlanErrors show in red below the form. The
// estimate follows edits and design changes after a short delay and is announced through estimated().
class PlanDock final : public QDockWidget {
    Q_OBJECT

public:
    explicit PlanDock(DesignDocument* document, QWidget* parent = nullptr);

    // The scenario the form edits; 0 when the design has none.
    ScenarioId scenario() const { return scenario_; }
    // Why the plan cannot be estimated; empty when it can.
    QString errors() const;
    // Runs a pending recompute now (tests, and anyone who needs the numbers before the timer fires).
    void recomputeNow();

signals:
    void estimated(const cs::PlanEstimate& result);
    // The plan cannot be estimated (reasons in errors()); listeners keep what they show.
    void failed();

private:
    void buildForm();
    void onChanged(const ChangeEvent& event);
    void recompute();
    void fillForm(const Plan& plan);
    const Scenario* currentScenario() const;
    // Writes each value at its path ("/parallelism/tp") of the scenario's plan (null: removes the key) as one
    // undoable edit named `field`.
    void edit(const QString& field, const std::vector<std::pair<std::string, nlohmann::json>>& values);
    void push(Scenario changed, const QString& field);
    void editModel();
    std::vector<QWidget*> fields() const;
    void applyBestPlan();
    void addScenario();
    void showErrors(const QStringList& errors);

    DesignDocument* document_;
    ScenarioId scenario_ = 0;
    QTimer recompute_timer_;
    QComboBox* scenarios_;
    QPushButton* add_scenario_;
    QComboBox* preset_;
    QSpinBox *layers_, *hidden_, *heads_, *kv_heads_, *ffn_, *vocab_, *seq_;
    QLineEdit* tokens_;
    QComboBox* workload_;
    QSpinBox *tp_, *pp_, *dp_, *vpp_, *micro_batch_, *global_batch_;
    QComboBox* recompute_;
    QCheckBox* sequence_parallel_;
    QDoubleSpinBox *pue_, *price_;
    QPushButton* best_plan_;
    QLabel* errors_;
};

} // namespace cs
