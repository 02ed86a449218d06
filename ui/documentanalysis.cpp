#include "documentanalysis.h"

#include "base/input_error.h"
#include "document.h"

namespace cs {

namespace {

// A burst of plan edits (a held spin arrow) is analysed once; 30 ms plus the analysis keeps a plan edit
// under the 100 ms target at 128 GPUs (docs/architecture.md §Figures and targets).
constexpr int kAnalysisDelayMs = 30;
// Long enough that a drag or a burst of typing is checked once, short enough to feel live.
constexpr int kValidationDelayMs = 300;

// What the studio's views show: the estimate, its explanations and budget lines, the design's power by part
// and the scaling curve (added by DocumentAnalysis from its cache); link loads only while the heat overlay is
// on.
constexpr PlanAnalysisOptions kStudioOptions{.explained = true,
                                             .budget = true,
                                             .design_power = true,
                                             .suitability = false,
                                             .scaling_curve = false,
                                             .link_loads = false};

void merge(ChangeSet& into, const ChangeSet& from) {
    into.devices.insert(into.devices.end(), from.devices.begin(), from.devices.end());
    into.links.insert(into.links.end(), from.links.begin(), from.links.end());
    for (std::size_t i = 0; i < into.networks.size(); ++i)
        into.networks[i] = into.networks[i] || from.networks[i];
    into.racks = into.racks || from.racks;
    into.scenarios = into.scenarios || from.scenarios;
}

} // namespace

DocumentAnalysis::DocumentAnalysis(DesignDocument* document, QObject* parent)
    : QObject(parent)
    , document_(document)
    , options_(kStudioOptions)
    , validator_(&document->library())
    , analysis_delay_(kAnalysisDelayMs, [this] { analyze(); })
    , validation_delay_(kValidationDelayMs, [this] { validate(); }) {
    connect(document_, &DesignDocument::changed, this, &DocumentAnalysis::onChanged);
    // A failure changes no finding of the validator, only the analysis.
    connect(document_, &DesignDocument::failuresChanged, this, &DocumentAnalysis::markPending);
    analysis_delay_.schedule();
    validation_delay_.schedule();
}

void DocumentAnalysis::onChanged(const ChangeEvent& event) {
    if (event.kind == ChangeEvent::Kind::Reset) {
        // A new document: nothing of the previous one survives, not even for a moment.
        scenario_ = 0;
        analysis_.reset();
        scaling_inputs_.reset();
        scaling_.reset();
        analysed_failures_ = {};
        failure_impact_.reset();
        reasons_.clear();
        state_ = State::Pending;
        validator_ = Validator(&document_->library());
        budget_findings_.clear();
        diagnostics_.clear();
        full_validation_ = true;
        edited_ = false;
        pending_changes_ = {};
        analysis_delay_.schedule();
        validation_delay_.schedule();
        emit changed(PlanPart | DiagnosticsPart | FailuresPart);
        return;
    }
    if (event.moved_only)
        return; // the analysis is the same wherever the cards stand (a drag sends one move a frame)
    merge(pending_changes_, event.changes);
    edited_ = true;
    validation_delay_.schedule();
    markPending();
}

void DocumentAnalysis::markPending() {
    analysis_delay_.schedule();
    if (state_ == State::Pending)
        return;
    state_ = State::Pending;
    emit changed(PlanPart);
}

void DocumentAnalysis::selectScenario(ScenarioId id) {
    if (id == scenario_)
        return;
    scenario_ = id;
    markPending();
}

void DocumentAnalysis::setLinkLoadsWanted(bool wanted) {
    if (options_.link_loads == wanted)
        return;
    options_.link_loads = wanted;
    if (wanted && state_ == State::Current && analysis_ && analysis_->training) {
        analysis_delay_.cancel();
        analyze(); // the overlay shows at once, from the current plan
    }
}

void DocumentAnalysis::analyzeNow() {
    analysis_delay_.flush();
}

void DocumentAnalysis::validateNow() {
    validation_delay_.flush();
}

void DocumentAnalysis::analyze() {
    const Design& design = document_->design();
    const Scenario* scenario = design.scenarios().find(scenario_);
    if (!scenario && !design.scenarios().items().empty())
        scenario = &design.scenarios().items().front();
    scenario_ = scenario ? scenario->id : 0;
    analysis_.reset();
    reasons_.clear();
    if (!scenario) {
        reasons_ << tr("The design has no scenario: add one to plan a training run on it.");
    } else {
        try {
            options_.failures = document_->failures(); // the what-if: the plan on the degraded fabric
            analysis_ = analyzeScenario(document_->library(), design, *scenario, options_);
            addScalingCurve();
            for (const PlanError& error : analysis_->errors)
                reasons_ << QStringLiteral("%1: %2").arg(QString::fromStdString(error.field),
                                                         QString::fromStdString(error.message));
        } catch (const InputError& e) {
            reasons_ << QString::fromStdString(e.what());
        }
    }
    state_ = reasons_.isEmpty() ? State::Current : State::Invalid;
    std::vector<BudgetFinding> budget;
    if (state_ == State::Current)
        budget = budgetFindings(analysis_->budget, scenario->name);
    const bool findings_changed = budget != budget_findings_;
    budget_findings_ = std::move(budget);
    Parts parts = PlanPart;
    if (findings_changed && collectDiagnostics())
        parts |= DiagnosticsPart;
    if (analyzeFailures())
        parts |= FailuresPart;
    emit changed(parts);
}

void DocumentAnalysis::addScalingCurve() {
    if (!analysis_->training)
        return;
    // Most of a plan edit's analysis at scale is this curve's sweeps; an edit of the parallelism they
    // choose (micro-batch, TP, ...) leaves it as it was.
    Plan inputs = scalingCurveInputs(analysis_->plan);
    if (!scaling_ || inputs != *scaling_inputs_) {
        scaling_ = scalingCurve(analysis_->plan);
        scaling_inputs_ = std::move(inputs);
    }
    analysis_->scaling = *scaling_;
}

bool DocumentAnalysis::analyzeFailures() {
    const FailureSet& failures = document_->failures();
    const bool none = failures.devices.empty() && failures.links.empty();
    if (none && !failure_impact_)
        return false;
    analysed_failures_ = failures;
    if (none)
        failure_impact_.reset();
    else if (analysis_ && analysis_->failure_impact)
        failure_impact_ = analysis_->failure_impact; // the plan's own: one story
    else
        failure_impact_ = cs::failureImpact(document_->design(), failures);
    return true;
}

bool DocumentAnalysis::collectDiagnostics() {
    std::vector<Diagnostic> all;
    for (const BudgetFinding& finding : budget_findings_)
        all.push_back(finding.diagnostic);
    all.insert(all.end(), validator_.diagnostics().begin(), validator_.diagnostics().end());
    sortDiagnostics(all);
    if (all == diagnostics_)
        return false;
    diagnostics_ = std::move(all);
    return true;
}

std::string DocumentAnalysis::budgetLineOf(const Diagnostic& diagnostic) const {
    for (const BudgetFinding& finding : budget_findings_)
        if (finding.diagnostic == diagnostic)
            return finding.line;
    return {};
}

void DocumentAnalysis::validate() {
    if (full_validation_)
        validator_.validate(document_->design());
    else if (edited_)
        validator_.update(document_->design(), pending_changes_);
    full_validation_ = edited_ = false;
    pending_changes_ = {};
    collectDiagnostics();
    emit changed(DiagnosticsPart);
}

} // namespace cs
