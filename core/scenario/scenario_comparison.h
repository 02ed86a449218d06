#pragma once

#include "analysis/plan_analysis.h"
#include "base/report_text.h"
#include "estimate/plan.h"
#include "model/catalog.h"
#include "model/design.h"

#include <nlohmann/json_fwd.hpp>
#include <optional>
#include <string>
#include <vector>

namespace cs {

// The side-by-side view compares two to four scenarios.
inline constexpr std::size_t kMinComparedScenarios = 2;
inline constexpr std::size_t kMaxComparedScenarios = 4;
// Two values differ when they do beyond floating-point noise of the same computation.
inline constexpr double kComparisonRelativeTolerance = 1e-9;

// What the comparison reads of a scenario's analysis: the estimate and nothing else.
inline constexpr PlanAnalysisOptions kComparisonOptions{
    .explained = false, .budget = false, .design_power = false, .suitability = false};

// One scenario analysed: the plan the estimator saw (design + variant + plan) and its training estimate, or
// the reasons it has none (analysis.errors).
struct ScenarioOutcome {
    std::string name;
    PlanAnalysis analysis;
};

// analyzeScenario() with `options` (at least the estimate). Training scenarios only: an inference scenario
// comes back with an error and no estimate. Throws InputError for unusable JSON.
ScenarioOutcome estimateScenario(const Design& design, const Scenario& scenario, const Catalog& library,
                                 const PlanAnalysisOptions& options = kComparisonOptions);
// A scenario's column from its analysis: training only, an inference analysis loses its estimate and gets
// the reason as its error (the plan stays, for the input rows).
ScenarioOutcome comparedOutcome(std::string name, PlanAnalysis analysis);
// A column for a scenario whose plan cannot be read: no estimate, `reason` as its error.
ScenarioOutcome unreadableScenario(const std::string& name, const std::string& reason);

struct ComparisonCell {
    ReportText text;                // a text row's value: "NVIDIA H100 SXM5 80GB", "BF16" (empty for figures)
    std::optional<double> value;    // none: a text row, or the scenario has no estimate
    bool differs = false;           // from the first scenario's cell (never for the first column)
    double delta = 0;               // value - first value, when both exist
    std::optional<double> relative; // delta / first value, when that is not 0
};

// A metric across the scenarios, read from the typed plan and estimate; `key` names it in JSON: its
// `estimate --json` path ("step_time_s", "breakdown.bubble_s") or, for inputs, its PLAN.json path
// ("parallelism.tp", "cluster.nic_gbps"). The first rows say what each scenario runs: GPU, model, workload,
// precision (text cells), so a what-if of another GPU or model shows in the table.
struct ComparisonRow {
    std::string key;
    ReportText label; // translatable (report_text.h)
    std::string unit; // of the values shown
    double scale = 1; // value shown = estimate --json's value (in its own unit) x scale: days, %, kW, MWh
    std::vector<ComparisonCell> cells; // one per scenario, in order
    bool anyDifference() const;
};

struct ScenarioComparison {
    std::vector<ScenarioOutcome> scenarios; // the columns
    std::vector<ComparisonRow> rows;        // plan inputs first, then the headline outputs
};

// Estimates the scenarios (by id, 2 to 4 of the design's) and lines them up. Throws InputError for an unknown
// id or a count outside 2..4.
ScenarioComparison compareScenarios(const Design& design, const std::vector<ScenarioId>& ids,
                                    const Catalog& library);
// Lines up scenarios already estimated (the studio keeps them as the plan changes).
ScenarioComparison compareOutcomes(std::vector<ScenarioOutcome> outcomes);

// {"scenarios": [{name, gpu, errors}], "rows": [{key, label, unit, cells: [{value, differs, delta,
// relative}]}]}; missing values are null, a text row's value is its text.
nlohmann::json scenarioComparisonToJson(const ScenarioComparison& comparison);
// A table for the terminal: a row per quantity, a column per scenario (figures with their units); a cell
// that differs from the first scenario's is marked with its change in %, and each scenario without an
// estimate is explained below.
std::string scenarioComparisonToText(const ScenarioComparison& comparison);

} // namespace cs
