#pragma once

#include "base/number_format.h" // formatQuantity, for the renderers
#include "base/report_text.h"
#include "estimate/plan.h"
#include "model/catalog.h"
#include "model/design.h"

#include <optional>
#include <string>
#include <vector>

namespace cs {

// The report's content as data, for any renderer (the PDF writer in ui/, tests): numbers already formatted
// with their units, tables as rows of text, chart series with their axis titles and units. Every text is a
// ReportText: English here, translated by the UI (reportlocale.h) with the templates' context "cs::Report".

struct ReportFact {
    ReportText label;
    ReportText value; // with its unit
};

struct ReportTable {
    ReportText caption;
    std::vector<ReportText> columns;
    std::vector<bool> numeric; // per column: right-aligned figures
    std::vector<std::vector<ReportText>> rows;
};

struct ReportSeries {
    ReportText name;
    std::vector<double> values; // one per category
};

// A bar chart: one group of bars per category, one bar per series.
struct ReportChart {
    ReportText title;
    ReportText value_axis; // what the bars measure, with the unit: "time per step (s)"
    std::vector<ReportText> categories;
    std::vector<ReportSeries> series;
};

// One curve of an x-y chart, in x order. A limit is a dashed line across the chart at its one x (XLimit) or
// y (YLimit) value; a marker is one point drawn large, the plan's own.
struct ReportCurve {
    enum class Style { Line, Steps, Marker, XLimit, YLimit };
    ReportText name;
    Style style = Style::Line;
    std::vector<double> x, y;
    bool muted = false; // grey: points the plan cannot use
};

// An x-y chart over two numeric axes, each titled with its unit: the serving curves.
struct ReportPlot {
    ReportText title;
    ReportText x_axis, y_axis;
    std::vector<ReportCurve> curves;
    bool whole_y = false; // the y axis counts things: ticks at whole numbers
};

struct ReportSection {
    ReportText title;
    std::vector<ReportText> paragraphs;
    std::vector<ReportFact> facts;
    std::vector<ReportChart> charts;
    std::vector<ReportTable> tables;
    std::vector<ReportPlot> plots{}; // after the tables
};

// The section titles, in report order; the renderer puts the diagram pages after the summary.
inline constexpr const char* kSummarySection = CS_REPORT_TEXT("cs::Report", "Summary").source;
inline constexpr const char* kTrainingSection = CS_REPORT_TEXT("cs::Report", "Training estimate").source;
// An inference plan's estimate, in place of the training estimate.
inline constexpr const char* kInferenceSection = CS_REPORT_TEXT("cs::Report", "Inference estimate").source;
inline constexpr const char* kValidationSection = CS_REPORT_TEXT("cs::Report", "Validation").source;
inline constexpr const char* kBomSection = CS_REPORT_TEXT("cs::Report", "Bill of materials").source;
inline constexpr const char* kBandwidthSection =
    CS_REPORT_TEXT("cs::Report", "Network bandwidth budgets").source;
// The worst single switch failures per network (failure_impact.h); absent from a design without switches.
inline constexpr const char* kResilienceSection = CS_REPORT_TEXT("cs::Report", "Resilience").source;
// Each network's table lists at most this many switches, the most harmful first.
inline constexpr std::size_t kResilienceEntriesPerNetwork = 10;
inline constexpr const char* kStorageSection = CS_REPORT_TEXT("cs::Report", "Storage budgets").source;
inline constexpr const char* kPowerSection = CS_REPORT_TEXT("cs::Report", "Power and energy").source;
inline constexpr const char* kScenarioSection = CS_REPORT_TEXT("cs::Report", "Scenario comparison").source;
inline constexpr const char* kAssumptionsSection =
    CS_REPORT_TEXT("cs::Report", "Assumptions and formulas").source;

// At most this many diagnostics are listed (a 20,480-GPU design with a systematic fault has thousands); the
// counts cover all.
inline constexpr std::size_t kMaxReportDiagnostics = 150;

struct ReportContent {
    std::string title;     // the design's name
    std::string plan_name; // the plan the estimate sections use; empty without one
    std::vector<ReportFact> headline;
    std::vector<ReportSection> sections;

    const ReportSection* section(const std::string& title) const;
};

// A plan for the report and where it came from ("plan-llama2-70b-128gpu.json", or a scenario's name).
struct NamedPlan {
    std::string name;
    Plan plan;
};

// Assembles the report of `design`. The estimate sections use `plan` (its cluster replaced by the design's,
// as `estimate --design` does), else the design's scenario named `scenario` (InputError when there is none of
// that name), else the design's first training scenario; without any they say so. An inference plan gets
// kInferenceSection in place of kTrainingSection, and its explained values in the formulas. The scenario
// comparison estimates every scenario of the design, and `plan` beside them. `library` supplies the
// suitability tables and the model presets the scenarios name.
ReportContent makeReportContent(const Design& design, const Catalog& library,
                                const std::optional<NamedPlan>& plan, const std::string& scenario = {});

} // namespace cs
