#include "scenario_comparison.h"

#include "estimate_report.h"
#include "input_error.h"
#include "scenario_variant.h"

#include <algorithm>
#include <cmath>
#include <nlohmann/json.hpp>

namespace cs {

namespace {

struct RowSpec {
    const char* key;
    const char* label;
};

// Headline outputs, by their `estimate --json` key; units come from the estimate's explanations.
constexpr RowSpec kOutputRows[] = {
    {"step_time_s", "Step time"},
    {"tokens_per_s", "Throughput"},
    {"mfu", "MFU"},
    {"model_tflops_per_gpu", "Model TFLOP/s per GPU"},
    {"memory_per_gpu_gib", "Memory per GPU"},
    {"time_to_train_s", "Time to train"},
    {"breakdown.compute_s", "Compute"},
    {"breakdown.tp_comm_s", "TP communication"},
    {"breakdown.pp_comm_s", "PP communication"},
    {"breakdown.bubble_s", "Pipeline bubble"},
    {"breakdown.dp_comm_exposed_s", "DP communication exposed"},
    {"breakdown.optimizer_s", "Optimizer step"},
    {"network.compute.demand_gbytes_per_s_per_gpu", "Compute fabric demand per GPU"},
    {"network.compute.capacity_gbytes_per_s_per_gpu", "Compute fabric capacity per GPU"},
    {"network.storage.read_capacity_gbytes_per_s", "Storage read capacity"},
    {"storage.checkpoint_write_s", "Checkpoint write"},
    {"storage.checkpoint_overhead", "Checkpoint overhead"},
    {"storage.restore_s", "Checkpoint restore"},
    {"power.it_watts", "IT power"},
    {"power.facility_watts", "Facility power"},
    {"power.energy_kwh", "Energy of the run"},
    {"power.cost", "Cost of the run"},
};

// Plan inputs a variant or a plan changes, read from the plan the estimator saw.
struct InputRow {
    const char* key;
    const char* label;
    const char* unit;
    double (*value)(const Plan&);
};
const InputRow kInputRows[] = {
    {"cluster.gpus", "GPUs", "", [](const Plan& p) { return double(p.cluster.gpus); }},
    {"cluster.nic_gbps", "Compute NIC", "Gb/s", [](const Plan& p) { return p.cluster.nic_gbps; }},
    {"cluster.storage_nodes", "Storage nodes", "",
     [](const Plan& p) { return double(p.cluster.storage_nodes); }},
    {"parallelism.tp", "TP", "", [](const Plan& p) { return double(p.parallelism.tp); }},
    {"parallelism.pp", "PP", "", [](const Plan& p) { return double(p.parallelism.pp); }},
    {"parallelism.dp", "DP", "", [](const Plan& p) { return double(p.parallelism.dp); }},
    {"parallelism.vpp", "Virtual stages", "", [](const Plan& p) { return double(p.parallelism.vpp); }},
    {"parallelism.micro_batch", "Micro-batch", "sequences",
     [](const Plan& p) { return double(p.parallelism.micro_batch); }},
    {"parallelism.global_batch", "Global batch", "sequences",
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
    if (out.plan.scenario == Workload::Inference) {
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
        ComparisonRow row{input.key, input.label, input.unit, {}};
        for (const ScenarioOutcome& s : out.scenarios)
            row.cells.push_back(cellOf(input.value(s.plan)));
        out.rows.push_back(std::move(row));
    }
    const std::size_t first_output = out.rows.size();
    for (const RowSpec& spec : kOutputRows)
        out.rows.push_back({spec.key, spec.label, "", {}});
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
            row.unit = it->second.unit;
            row.cells.push_back(cellOf(it->second.value));
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
        rows.push_back({{"key", row.key}, {"label", row.label}, {"unit", row.unit}, {"cells", cells}});
    }
    return {{"scenarios", scenarios}, {"rows", rows}};
}

} // namespace cs
