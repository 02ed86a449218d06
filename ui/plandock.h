#pragma once

#include "model/design.h"
#include "planestimate.h"

#include <QDockWidget>
#include <QTimer>
#include <memory>
#include <nlohmann/json.hpp>

class QAction;
class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QToolButton;

namespace cs {

class DesignDocument;
class OperationCommand;
struct ChangeEvent;

// The plan of one of the design's scenarios as a form: model, tokens, workload, precision, checkpointing,
// parallelism, recompute, power, and the scenario's what-if variant of the design. Edits are undoable
// Update<Scenario> commands; core's PlanErrors show in red below the form and on the fields' labels.
// Scenarios are added, duplicated, renamed and deleted from the scenario row, each one undo step. The
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

    // Scenario management (the scenario row's menu runs these; tests call them). Each is one undoable
    // command; false, with core's reason shown inline, when the design refuses it.
    bool duplicateScenario();
    bool renameScenario(const QString& name);
    bool deleteScenario();

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
    QWidget* buildVariantGroup();
    void fillVariant(const Scenario& scenario);
    // Writes (or, for null, removes) one key of the scenario's variant as one undoable edit.
    void editVariant(const QString& field, const char* key, const nlohmann::json& value);
    // The precision key the workload reads: training.precision, or inference.precision for inference.
    std::string precisionPath() const;
    // Colours the labels of the fields core's PlanErrors name, and puts the message in their tooltips.
    void markFieldErrors(const Plan& plan);
    bool runCommand(std::unique_ptr<OperationCommand> command);
    void askRename();

    DesignDocument* document_;
    ScenarioId scenario_ = 0;
    QTimer recompute_timer_;
    QComboBox* scenarios_;
    QPushButton* add_scenario_;
    QToolButton* manage_;
    QAction *duplicate_action_, *rename_action_, *delete_action_;
    QFormLayout* form_;
    QComboBox* preset_;
    QSpinBox *layers_, *hidden_, *heads_, *kv_heads_, *ffn_, *vocab_, *seq_;
    QLineEdit* tokens_;
    QComboBox* workload_;
    QComboBox* precision_;
    QDoubleSpinBox *checkpoint_target_, *node_mtbf_;
    QSpinBox *tp_, *pp_, *dp_, *vpp_, *micro_batch_, *global_batch_;
    QComboBox* recompute_;
    QCheckBox* sequence_parallel_;
    QDoubleSpinBox *pue_, *price_;
    QPushButton* best_plan_;
    QComboBox* variant_gpu_;
    QSpinBox *variant_nic_, *variant_storage_, *variant_servers_;
    QLabel* errors_;
};

} // namespace cs
