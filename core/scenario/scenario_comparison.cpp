#include "scenario/scenario_comparison.h"

#include "base/input_error.h"
#include "estimate/estimate_report.h"
#include "report/report_content.h"
#include "scenario/scenario_variant.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <nlohmann/json.hpp>

namespace cs {

namespace {

constexpr double kSecondsPerDay = 86'400;

// Headline outputs, by their `estimate --json` key; units come from the estimate's explanations unless a row
// shows its value in a unit people read more easily (days, %, kW, MWh).
struct RowSpec {
    const char* key;
    ReportTemplate label;
    const char* unit = nullptr; // nullptr: the estimate's own
    double scale = 1;           // shown value = estimate value x scale
};
const RowSpec kOutputRows[] = {
    {"step_time_s", CS_REPORT_TEXT("cs::Report", "Step time")},
    {"tokens_per_s", CS_REPORT_TEXT("cs::Report", "Throughput")},
    {"mfu", CS_REPORT_TEXT("cs::Report", "MFU"), "%", 100},
    {"model_tflops_per_gpu", CS_REPORT_TEXT("cs::Report", "Model TFLOP/s per GPU")},
    {"memory_per_gpu_gib", CS_REPORT_TEXT("cs::Report", "Memory per GPU")},
    {"time_to_train_s", CS_REPORT_TEXT("cs::Report", "Time to train"), "days", 1 / kSecondsPerDay},
    {"breakdown.compute_s", CS_REPORT_TEXT("cs::Report", "Compute")},
    {"breakdown.tp_comm_s", CS_REPORT_TEXT("cs::Report", "TP communication")},
    {"breakdown.pp_comm_s", CS_REPORT_TEXT("cs::Report", "PP communication")},
    {"breakdown.bubble_s", CS_REPORT_TEXT("cs::Report", "Pipeline bubble")},
    {"breakdown.dp_comm_exposed_s", CS_REPORT_TEXT("cs::Report", "DP communication exposed")},
    {"breakdown.optimizer_s", CS_REPORT_TEXT("cs::Report", "Optimizer step")},
    {"network.compute.demand_gbytes_per_s_per_gpu",
     CS_REPORT_TEXT("cs::Report", "Compute fabric demand per GPU")},
    {"network.compute.capacity_gbytes_per_s_per_gpu",
     CS_REPORT_TEXT("cs::Report", "Compute fabric capacity per GPU")},
    {"network.storage.read_capacity_gbytes_per_s", CS_REPORT_TEXT("cs::Report", "Storage read capacity")},
    {"storage.checkpoint_write_s", CS_REPORT_TEXT("cs::Report", "Checkpoint write")},
    {"storage.checkpoint_overhead", CS_REPORT_TEXT("cs::Report", "Checkpoint overhead"), "%", 100},
    {"storage.restore_s", CS_REPORT_TEXT("cs::Report", "Checkpoint restore")},
    {"power.it_watts", CS_REPORT_TEXT("cs::Report", "IT power"), "kW", 1e-3},
    {"power.facility_watts", CS_REPORT_TEXT("cs::Report", "Facility power"), "kW", 1e-3},
    {"power.energy_kwh", CS_REPORT_TEXT("cs::Report", "Energy of the run"), "MWh", 1e-3},
    {"power.cost", CS_REPORT_TEXT("cs::Report", "Cost of the run")},
};

// Plan inputs a variant or a plan changes, read from the plan the estimator saw.
struct InputRow {
    const char* key;
    ReportTemplate label;
    const char* unit;
    double (*value)(const Plan&);
};
const InputRow kInputRows[] = {
    {"cluster.gpus", CS_REPORT_TEXT("cs::Report", "GPUs"), "",
     [](const Plan& p) { return double(p.cluster.gpus); }},
    {"cluster.nic_gbps", CS_REPORT_TEXT("cs::Report", "Compute NIC"), "Gb/s",
     [](const Plan& p) { return p.cluster.nic_gbps; }},
    {"cluster.storage_nodes", CS_REPORT_TEXT("cs::Report", "Storage nodes"), "",
     [](const Plan& p) { return double(p.cluster.storage_nodes); }},
    {"parallelism.tp", CS_REPORT_TEXT("cs::Report", "TP"), "",
     [](const Plan& p) { return double(p.parallelism.tp); }},
    {"parallelism.pp", CS_REPORT_TEXT("cs::Report", "PP"), "",
     [](const Plan& p) { return double(p.parallelism.pp); }},
    {"parallelism.dp", CS_REPORT_TEXT("cs::Report", "DP"), "",
     [](const Plan& p) { return double(p.parallelism.dp); }},
    {"parallelism.vpp", CS_REPORT_TEXT("cs::Report", "Virtual stages"), "",
     [](const Plan& p) { return double(p.parallelism.vpp); }},
    {"parallelism.micro_batch", CS_REPORT_TEXT("cs::Report", "Micro-batch"), "sequences",
     [](const Plan& p) { return double(p.parallelism.micro_batch); }},
    {"parallelism.global_batch", CS_REPORT_TEXT("cs::Report", "Global batch"), "sequences",
     [](const Plan& p) { return double(p.parallelism.global_batch); }},
};

ComparisonCell cellOf(double value) {
    ComparisonCell cell;
    cell.value = value;
    return cell;
}

bool differ(double a, double b) {
    return std::abs(a - b) > kComparisonRelativeTolerance * std::max(std::abs(a), std::abs(b));
}

void markDifferences(ComparisonRow& row) {
    const std::optional<double> first = row.cells.front().value;
    for (std::size_t i = 1; i < row.cells.size(); ++i) {
        ComparisonCell& cell = row.cells[i];
        if (!first || !cell.value) {
            cell.differs = first.has_value() != cell.value.has_value();
            continue;
        }
        cell.differs = differ(*cell.value, *first);
        cell.delta = *cell.value - *first;
        if (*first != 0)
            cell.relative = cell.delta / *first;
    }
}

nlohmann::json optionalToJson(const std::optional<double>& value) {
    return value ? nlohmann::json(*value) : nlohmann::json(nullptr);
}

} // namespace

bool ComparisonRow::anyDifference() const {
    return std::any_of(cells.begin(), cells.end(), [](const ComparisonCell& c) { return c.differs; });
}

ScenarioOutcome estimateScenario(const Design& design, const Scenario& scenario, const Catalog& library) {
    ScenarioOutcome out{scenario.name, scenarioPlan(design, scenario, library), std::nullopt, {}};
    if (out.plan.workload == Workload::Inference) {
        out.errors.push_back({"scenario", "an inference scenario: the comparison covers training scenarios"});
        return out;
    }
    out.errors = checkPlan(out.plan);
    if (out.errors.empty())
        out.estimate = estimateTraining(out.plan);
    return out;
}

ScenarioComparison compareScenarios(const Design& design, const std::vector<ScenarioId>& ids,
                                    const Catalog& library) {
    if (ids.size() < kMinComparedScenarios || ids.size() > kMaxComparedScenarios)
        throw InputError("compare: choose 2 to 4 scenarios, not " + std::to_string(ids.size()));
    std::vector<ScenarioOutcome> outcomes;
    for (ScenarioId id : ids) {
        const Scenario* scenario = design.scenarios().find(id);
        if (!scenario)
            throw InputError("compare: the design has no scenario " + std::to_string(id));
        outcomes.push_back(estimateScenario(design, *scenario, library));
    }
    return compareOutcomes(std::move(outcomes));
}

ScenarioComparison compareOutcomes(std::vector<ScenarioOutcome> outcomes) {
    ScenarioComparison out;
    out.scenarios = std::move(outcomes);
    for (const InputRow& input : kInputRows) {
        ComparisonRow row{input.key, ReportText(input.label), input.unit, 1, {}};
        for (const ScenarioOutcome& s : out.scenarios)
            row.cells.push_back(cellOf(input.value(s.plan)));
        out.rows.push_back(std::move(row));
    }
    const std::size_t first_output = out.rows.size();
    for (const RowSpec& spec : kOutputRows)
        out.rows.push_back({spec.key, ReportText(spec.label), spec.unit ? spec.unit : "", spec.scale, {}});
    for (const ScenarioOutcome& s : out.scenarios) {
        const ExplainedValues values = s.estimate ? explainEstimate(s.plan, *s.estimate) : ExplainedValues{};
        for (std::size_t r = first_output; r < out.rows.size(); ++r) {
            ComparisonRow& row = out.rows[r];
            const auto it =
                std::find_if(values.begin(), values.end(), [&](const auto& v) { return v.first == row.key; });
            if (it == values.end()) {
                row.cells.push_back({});
                continue;
            }
            if (row.scale == 1)
                row.unit = it->second.unit;
            row.cells.push_back(cellOf(it->second.value * row.scale));
        }
    }
    for (ComparisonRow& row : out.rows)
        if (!row.cells.empty())
            markDifferences(row);
    return out;
}

nlohmann::json scenarioComparisonToJson(const ScenarioComparison& comparison) {
    nlohmann::json scenarios = nlohmann::json::array();
    for (const ScenarioOutcome& s : comparison.scenarios)
        scenarios.push_back({{"name", s.name},
                             {"gpu", s.plan.cluster.gpu.id},
                             {"errors", planErrorsToJson(s.errors)["plan_errors"]}});
    nlohmann::json rows = nlohmann::json::array();
    for (const ComparisonRow& row : comparison.rows) {
        nlohmann::json cells = nlohmann::json::array();
        for (const ComparisonCell& cell : row.cells)
            cells.push_back({{"value", optionalToJson(cell.value)},
                             {"differs", cell.differs},
                             {"delta", cell.delta},
                             {"relative", optionalToJson(cell.relative)}});
        rows.push_back({{"key", row.key}, {"label", row.label.str()}, {"unit", row.unit}, {"cells", cells}});
    }
    return {{"scenarios", scenarios}, {"rows", rows}};
}

std::string scenarioComparisonToText(const ScenarioComparison& comparison) {
    constexpr int kLabelWidth = 44, kCellWidth = 24;
    const auto fit = [](std::string text, std::size_t width) {
        if (text.size() > width)
            text = text.substr(0, width - 3) + "...";
        return text;
    };
    char line[256];
    std::string out;
    std::snprintf(line, sizeof line, "%-*s", kLabelWidth, "");
    out += line;
    for (const ScenarioOutcome& s : comparison.scenarios) {
        std::snprintf(line, sizeof line, "%*s", kCellWidth, fit(s.name, kCellWidth - 2).c_str());
        out += line;
    }
    out += "\n";
    for (const ComparisonRow& row : comparison.rows) {
        std::snprintf(line, sizeof line, "%-*s", kLabelWidth, fit(row.label.str(), kLabelWidth - 2).c_str());
        out += line;
        for (const ComparisonCell& cell : row.cells) {
            std::string text = cell.value ? formatQuantity(*cell.value, row.unit) : "-";
            if (cell.differs && cell.relative) {
                std::snprintf(line, sizeof line, " (%+.1f%%)", *cell.relative * 100);
                text += line;
            } else if (cell.differs) {
                text += " *";
            }
            std::snprintf(line, sizeof line, "%*s", kCellWidth, text.c_str());
            out += line;
        }
        out += "\n";
    }
    for (const ScenarioOutcome& s : comparison.scenarios)
        for (const PlanError& error : s.errors)
            out += s.name + ": no estimate: " + error.field + ": " + error.message + "\n";
    return out;
}

} // namespace cs
