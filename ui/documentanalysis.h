#pragma once

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
// (analyzeScenario). Edits are analysed again after a short pause, off the hot path; a new or opened design
// starts a new analysis, with nothing carried over. Views (the plan, budget, charts, comparison and
// diagnostics docks, the heat overlay and the status bar) follow changed() and show what is here.
class DocumentAnalysis final : public QObject {
    Q_OBJECT

public:
    // Of the plan analysis: Current — the result is the document's; Pending — an edit waits to be analysed
    // (views may dim); Invalid — the plan cannot be estimated (reasons() say why; there are no figures).
    enum class State { Current, Pending, Invalid };
    // What changed() announces.
    enum Part { PlanPart = 1, DiagnosticsPart = 2 };
    Q_DECLARE_FLAGS(Parts, Part)

    explicit DocumentAnalysis(DesignDocument* document, QObject* parent = nullptr);
    DesignDocument* document() const { return document_; }

    State state() const { return state_; }
    // The selected scenario's analysis: its plan as estimated, errors and figures. Null when there is no
    // scenario, its plan cannot be read, or a new document has not been analysed yet.
    const PlanAnalysis* analysis() const { return analysis_ ? &*analysis_ : nullptr; }
    // Why the state is Invalid: core's plan errors ("field: message") or why the plan cannot be read.
    const QStringList& reasons() const { return reasons_; }
    const std::vector<Diagnostic>& diagnostics() const { return validator_.diagnostics(); }

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
    void validate();
    void markPending();

    DesignDocument* document_;
    PlanAnalysisOptions options_;
    State state_ = State::Pending;
    ScenarioId scenario_ = 0;
    std::optional<PlanAnalysis> analysis_;
    QStringList reasons_;
    Validator validator_;
    ChangeSet pending_changes_;
    bool full_validation_ = true; // the whole design must be checked (a new document)
    bool edited_ = false;         // edits wait in pending_changes_
    Debouncer analysis_delay_, validation_delay_;
};

Q_DECLARE_OPERATORS_FOR_FLAGS(DocumentAnalysis::Parts)

} // namespace cs
