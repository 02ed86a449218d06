#include "scenario/scenario_comparison.h"

#include "base/input_error.h"
#include "base/number_format.h"
#include "base/units.h"
#include "estimate/estimate_report.h"
#include "report/figure_names.h"
#include "scenario/scenario_variant.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <nlohmann/json.hpp>

namespace cs {

namespace {

// Headline outputs, read from the training estimate as `estimate --json` computes them (estimate_report.cpp);
// each row is named, and shown in the unit people read, as figure_names.h says.
struct RowSpec {
    const char* key;
    double (*value)(const TrainingEstimate& e); // estimate --json's value
};
const RowSpec kOutputRows[] = {
    {"step_time_s", [](const TrainingEstimate& e) { return e.step_time_s; }},
    {"tokens_per_s", [](const TrainingEstimate& e) { return e.tokens_per_s; }},
    {"mfu", [](const TrainingEstimate& e) { return e.mfu; }},
    {"model_tflops_per_gpu", [](const TrainingEstimate& e) { return e.model_tflops_per_gpu; }},
    {"memory_per_gpu_gib", [](const TrainingEstimate& e) { return e.memory.totalBytes() / kBytesPerGib; }},
    {"time_to_train_s", [](const TrainingEstimate& e) { return e.time_to_train_s; }},
    {"breakdown.compute_s", [](const TrainingEstimate& e) { return e.breakdown.compute_s; }},
    {"breakdown.tp_comm_s", [](const TrainingEstimate& e) { return e.breakdown.tp_comm_s; }},
    {"breakdown.pp_comm_s", [](const TrainingEstimate& e) { return e.breakdown.pp_comm_s; }},
    {"breakdown.bubble_s", [](const TrainingEstimate& e) { return e.breakdown.bubble_s; }},
    {"breakdown.dp_comm_exposed_s", [](const TrainingEstimate& e) { return e.breakdown.dp_comm_exposed_s; }},
    {"breakdown.optimizer_s", [](const TrainingEstimate& e) { return e.breakdown.optimizer_s; }},
    {"breakdown.ep_comm_s", [](const TrainingEstimate& e) { return e.breakdown.ep_comm_s; }},
    {"breakdown.cp_comm_s", [](const TrainingEstimate& e) { return e.breakdown.cp_comm_s; }},
    {"network.compute.demand_gbytes_per_s_per_gpu",
     [](const TrainingEstimate& e) { return e.nic_bytes_per_gpu / e.step_time_s / kGiga; }},
    {"network.compute.capacity_gbytes_per_s_per_gpu",
     [](const TrainingEstimate& e) { return e.nic_capacity_bytes_per_s / kGiga; }},
    {"network.storage.read_capacity_gbytes_per_s",
     [](const TrainingEstimate& e) { return e.storage.read_bytes_per_s / kGiga; }},
    {"storage.checkpoint_write_s", [](const TrainingEstimate& e) { return e.storage.checkpoint_write_s; }},
    {"storage.checkpoint_overhead", [](const TrainingEstimate& e) { return e.storage.checkpoint_overhead; }},
    {"storage.restore_s", [](const TrainingEstimate& e) { return e.storage.restore_s; }},
    {"power.it_watts", [](const TrainingEstimate& e) { return e.power.it_watts; }},
    {"power.facility_watts", [](const TrainingEstimate& e) { return e.power.facility_watts; }},
    {"power.energy_kwh", [](const TrainingEstimate& e) { return e.power.energy_kwh; }},
    {"power.cost", [](const TrainingEstimate& e) { return e.power.cost; }},
};

// What a scenario runs, as words: the GPU (a what-if variant may change it), model, workload, precision.
struct TextRow {
    const char* key;
    ReportTemplate label;
    ReportText (*text)(const Plan&);
};
ReportText workloadText(Workload workload) {
    switch (workload) {
    case Workload::Pretrain:
        return CS_REPORT_TEXT("cs::Report", "pre-training");
    case Workload::Finetune:
        return CS_REPORT_TEXT("cs::Report", "fine-tuning");
    case Workload::Inference:
        return CS_REPORT_TEXT("cs::Report", "inference");
    }
    return std::string(workloadId(workload));
}
const TextRow kTextRows[] = {
    {"cluster.gpu", CS_REPORT_TEXT("cs::Report", "GPU"),
     [](const Plan& p) {
         return ReportText(p.cluster.gpu.name.empty() ? p.cluster.gpu.id : p.cluster.gpu.name);
     }},
    {"model", CS_REPORT_TEXT("cs::Report", "Model"), [](const Plan& p) { return ReportText(p.model.name); }},
    {"workload", CS_REPORT_TEXT("cs::Report", "Workload"),
     [](const Plan& p) { return workloadText(p.workload); }},
    {"training.precision", CS_REPORT_TEXT("cs::Report", "Precision"),
     [](const Plan& p) {
         std::string id(
             precisionId(p.workload == Workload::Inference ? p.inference.precision : p.training.precision));
         std::transform(id.begin(), id.end(), id.begin(),
                        [](unsigned char c) { return char(std::toupper(c)); });
         return ReportText(id);
     }},
    {"parallelism.fsdp", CS_REPORT_TEXT("cs::Report", "FSDP"),
     [](const Plan& p) {
         return p.parallelism.fsdp ? ReportText(CS_REPORT_TEXT("cs::Report", "yes"))
                                   : ReportText(CS_REPORT_TEXT("cs::Report", "no"));
     }},
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
    {"parallelism.cp", CS_REPORT_TEXT("cs::Report", "CP"), "",
     [](const Plan& p) { return double(p.parallelism.cp); }},
    {"parallelism.ep", CS_REPORT_TEXT("cs::Report", "EP"), "",
     [](const Plan& p) { return double(p.parallelism.ep); }},
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
    if (!row.cells.front().text.empty()) {
        for (std::size_t i = 1; i < row.cells.size(); ++i)
            row.cells[i].differs = row.cells[i].text.str() != row.cells.front().text.str();
        return;
    }
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

ScenarioOutcome estimateScenario(const Design& design, const Scenario& scenario, const Catalog& library,
                                 const PlanAnalysisOptions& options) {
    return comparedOutcome(scenario.name, analyzeScenario(library, design, scenario, options));
}

ScenarioOutcome comparedOutcome(std::string name, PlanAnalysis analysis) {
    ScenarioOutcome out{std::move(name), std::move(analysis)};
    if (out.analysis.isInference()) {
        out.analysis.inference.reset();
        out.analysis.errors = {
            {"scenario", "an inference scenario: the comparison covers training scenarios"}};
    }
    return out;
}

ScenarioOutcome unreadableScenario(const std::string& name, const std::string& reason) {
    ScenarioOutcome out{name, {}};
    out.analysis.errors.push_back({"scenario", reason});
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
    for (const TextRow& input : kTextRows) {
        ComparisonRow row{input.key, ReportText(input.label), "", 1, {}};
        for (const ScenarioOutcome& s : out.scenarios)
            row.cells.push_back({input.text(s.analysis.plan), std::nullopt, false, 0, std::nullopt});
        out.rows.push_back(std::move(row));
    }
    for (const InputRow& input : kInputRows) {
        ComparisonRow row{input.key, ReportText(input.label), input.unit, 1, {}};
        for (const ScenarioOutcome& s : out.scenarios)
            row.cells.push_back(cellOf(input.value(s.analysis.plan)));
        out.rows.push_back(std::move(row));
    }
    const std::size_t first_output = out.rows.size();
    // Money in the first scenario's currency (the plan's power.currency, USD by default).
    const std::string currency =
        out.scenarios.empty() ? PowerSpec{}.currency : out.scenarios.front().analysis.plan.power.currency;
    for (const RowSpec& spec : kOutputRows) {
        const FigureName& name = *figureName(spec.key); // every row has a name (the figure names test)
        out.rows.push_back({spec.key,
                            ReportText(name.label),
                            name.unit == "currency" ? currency : std::string(name.unit),
                            name.scale,
                            {}});
    }
    for (const ScenarioOutcome& s : out.scenarios) {
        const std::optional<TrainingEstimate>& estimate = s.analysis.training;
        for (std::size_t r = first_output; r < out.rows.size(); ++r) {
            const RowSpec& spec = kOutputRows[r - first_output];
            out.rows[r].cells.push_back(estimate ? cellOf(spec.value(*estimate) * out.rows[r].scale)
                                                 : ComparisonCell{});
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
                             {"gpu", s.analysis.plan.cluster.gpu.id},
                             {"errors", planErrorsToJson(s.analysis.errors)["plan_errors"]}});
    nlohmann::json rows = nlohmann::json::array();
    for (const ComparisonRow& row : comparison.rows) {
        nlohmann::json cells = nlohmann::json::array();
        for (const ComparisonCell& cell : row.cells)
            cells.push_back(
                {{"value", cell.text.empty() ? optionalToJson(cell.value) : nlohmann::json(cell.text.str())},
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
            std::string text = !cell.text.empty() ? fit(cell.text.str(), kCellWidth - 2)
                               : cell.value       ? formatQuantity(*cell.value, row.unit)
                                                  : "-";
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
        for (const PlanError& error : s.analysis.errors)
            out += s.name + ": no estimate: " + error.field + ": " + error.message + "\n";
    return out;
}

} // namespace cs
