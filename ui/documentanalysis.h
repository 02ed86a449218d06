#pragma once

#include "analysis/budget_diagnostics.h"
#include "analysis/failure_impact.h"
#include "analysis/plan_analysis.h"
#include "debouncer.h"
#include "rules/validator.h"

#include <QObject>
#include <QStringList>
#include <optional>

namespace cs {

class DesignDocument;
struct ChangeEvent;

// What the studio derives from the open document, kept beside it (as Tiled keeps derived state in its
// MapDocument, not in docks): the validator's findings, the selected scenario and core's analysis of its plan
// (analyzeScenario), and what the document's what-if failures cut (failureImpact). Edits and failures are
// analysed again after a short pause, off the hot path; a new or opened design starts a new analysis, with
// nothing carried over. Views (the plan, budget, charts, comparison and diagnostics docks, the heat and
// what-if overlays, the inspector and the status bar) follow changed() and show what is here.
class DocumentAnalysis final : public QObject {
    Q_OBJECT

public:
    // Of the plan analysis: Current — the result is the document's; Pending — an edit waits to be analysed
    // (views may dim); Invalid — the plan cannot be estimated (reasons() say why; there are no figures).
    enum class State { Current, Pending, Invalid };
    // What changed() announces.
    enum Part { PlanPart = 1, DiagnosticsPart = 2, FailuresPart = 4 };
    Q_DECLARE_FLAGS(Parts, Part)

    explicit DocumentAnalysis(DesignDocument* document, QObject* parent = nullptr);
    DesignDocument* document() const { return document_; }

    State state() const { return state_; }
    // The selected scenario's analysis: its plan as estimated, errors and figures. Null when there is no
    // scenario, its plan cannot be read, or a new document has not been analysed yet.
    const PlanAnalysis* analysis() const { return analysis_ ? &*analysis_ : nullptr; }
    // Why the state is Invalid: core's plan errors ("field: message") or why the plan cannot be read.
    const QStringList& reasons() const { return reasons_; }
    // The validator's findings and the plan's budget-exceeded findings (budgetFindings), errors first.
    const std::vector<Diagnostic>& diagnostics() const { return diagnostics_; }
    // The budget line a budget-exceeded finding reports; empty for any other finding.
    std::string budgetLineOf(const Diagnostic& diagnostic) const;

    // What the document's failures (DesignDocument::failures) cut, as of the last analysis; null without
    // failures. Announced as FailuresPart.
    const FailureImpact* failureImpact() const { return failure_impact_ ? &*failure_impact_ : nullptr; }
    // The failure set failureImpact() is of (the document's may have changed since: state() is Pending).
    const FailureSet& analysedFailures() const { return analysed_failures_; }

    // The scenario the plan views show; 0 when the design has none.
    ScenarioId scenario() const { return scenario_; }
    void selectScenario(ScenarioId id);
    // The heat overlay's link and switch loads are computed only while a view asks for them.
    void setLinkLoadsWanted(bool wanted);

    // Analyses and validates what is pending now instead of after the pause (tests, benchmarks).
    void analyzeNow();
    void validateNow();

signals:
    void changed(cs::DocumentAnalysis::Parts parts);

private:
    void onChanged(const ChangeEvent& event);
    void analyze();
    // The scaling curve of a training plan's analysis, from the cache when its inputs did not change.
    void addScalingCurve();
    // Core's failureImpact of the document's failures; true when it changed.
    bool analyzeFailures();
    void validate();
    void markPending();
    // Merges the validator's and the budget's findings; true when they changed.
    bool collectDiagnostics();

    DesignDocument* document_;
    PlanAnalysisOptions options_;
    State state_ = State::Pending;
    ScenarioId scenario_ = 0;
    std::optional<PlanAnalysis> analysis_;
    std::optional<Plan> scaling_inputs_; // scalingCurveInputs of the plan scaling_ is of
    std::optional<ScalingCurve> scaling_;
    FailureSet analysed_failures_;
    std::optional<FailureImpact> failure_impact_;
    QStringList reasons_;
    Validator validator_;
    std::vector<BudgetFinding> budget_findings_; // of the current analysis
    std::vector<Diagnostic> diagnostics_;
    ChangeSet pending_changes_;
    bool full_validation_ = true; // the whole design must be checked (a new document)
    bool edited_ = false;         // edits wait in pending_changes_
    Debouncer analysis_delay_, validation_delay_;
};

Q_DECLARE_OPERATORS_FOR_FLAGS(DocumentAnalysis::Parts)

} // namespace cs
