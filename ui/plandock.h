#pragma once

#include "estimate/plan.h"
#include "model/design.h"

#include <QDockWidget>
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
class DocumentAnalysis;
class OperationCommand;

// The plan of one of the design's scenarios as a form: model, tokens, workload, precision, serving (batch,
// latency targets, load, KV cache precision), checkpointing, parallelism, recompute, power, and the
// scenario's what-if variant of the design. Edits are undoable Update<Scenario> commands; core's PlanErrors
// show in red below the form and on the fields' labels. Scenarios are added, duplicated, renamed and deleted
// from the scenario row, each one undo step. The scenario shown is the document analysis's selected scenario;
// the form shows its plan as analysed. A new scenario starts from the design's default training plan
// (default_plan.h); when TP x PP x DP no longer equals the GPUs, a button offers the DP that does.
class PlanDock final : public QDockWidget {
    Q_OBJECT

public:
    PlanDock(DesignDocument* document, DocumentAnalysis* analysis, QWidget* parent = nullptr);

    // The scenario the form edits; 0 when the design has none.
    ScenarioId scenario() const;
    // What the dock says at its top when the design has no scenario (empty otherwise).
    QString emptyText() const;
    // Why the plan cannot be estimated; empty when it can.
    QString errors() const;

    // Scenario management (the scenario row's menu runs these; tests call them). Each is one undoable
    // command; false, with core's reason shown inline, when the design refuses it.
    bool duplicateScenario();
    bool renameScenario(const QString& name);
    bool deleteScenario();
    // What the last "Best plan" said (bestPlan's text: what it changed and the gain, or why nothing fits).
    QString bestPlanResult() const;

private:
    void buildForm();
    void buildServingFields(QFormLayout* form);
    void showAnalysis();
    void fillForm(const Plan& plan, const std::vector<PlanError>& errors);
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
    // Colours the labels of the fields core's PlanErrors name (or the fields of an object they name), and
    // puts the message in their tooltips.
    void markFieldErrors(const std::vector<PlanError>& errors);
    bool runCommand(std::unique_ptr<OperationCommand> command);
    void askRename();

    DesignDocument* document_;
    DocumentAnalysis* analysis_;
    QComboBox* scenarios_;
    QPushButton* add_scenario_;
    QToolButton* manage_;
    QAction *duplicate_action_, *rename_action_, *delete_action_;
    QFormLayout* form_;
    QLabel* empty_;          // at the top: what to do when the design has no scenario
    QWidget* variant_group_; // the what-if variant of the design
    QComboBox* preset_;
    QSpinBox *layers_, *hidden_, *heads_, *kv_heads_, *ffn_, *vocab_, *seq_;
    QLineEdit* tokens_;
    QComboBox* workload_;
    QComboBox* precision_;
    // Inference: the replica's shape (0 = chosen by the estimate), prefill and decode on pools of their own,
    // sequences in flight (0 = "max"), latency targets, load and the KV cache's number format.
    QSpinBox *inference_tp_, *inference_pp_, *inference_ep_;
    QCheckBox* disaggregated_;
    QSpinBox* inference_batch_;
    QDoubleSpinBox *slo_ttft_, *slo_tpot_, *load_requests_;
    QComboBox* kv_precision_;
    QDoubleSpinBox *checkpoint_target_, *node_mtbf_;
    QDoubleSpinBox *network_mtbf_, *restart_minutes_, *repair_hours_; // goodput and hot spares
    QComboBox* in_network_reduction_;
    QSpinBox *tp_, *pp_, *dp_, *vpp_, *micro_batch_, *global_batch_;
    QSpinBox *cp_, *ep_, *etp_;
    QComboBox* recompute_;
    QCheckBox* sequence_parallel_;
    QCheckBox* fsdp_;
    QDoubleSpinBox *pue_, *price_;
    QComboBox* currency_;
    QPushButton* best_plan_;
    QLabel* best_plan_result_;  // what the last "Best plan" changed, or why nothing fits
    QPushButton* rebalance_dp_; // offered when TP x PP x DP no longer equals the GPUs
    QComboBox* variant_gpu_;
    QSpinBox *variant_nic_, *variant_storage_, *variant_servers_;
    QLabel* errors_;
    // The rows of form_ from this one on (after the scenario's two) describe a plan: hidden while there is
    // none.
    static constexpr int kFirstPlanRow = 2;
};

} // namespace cs
