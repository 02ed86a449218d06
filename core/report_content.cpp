#include "report_content.h"

#include "bom.h"
#include "cluster_from_design.h"
#include "design_power.h"
#include "design_summary.h"
#include "estimate_report.h"
#include "input_error.h"
#include "power_model.h"
#include "scenario_comparison.h"
#include "training_estimator.h"
#include "validator.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <set>

namespace cs {

namespace {

constexpr double kSecondsPerHour = 3600, kSecondsPerDay = 86400;
constexpr double kBytesPerGib = 1024.0 * 1024 * 1024;
constexpr double kGiga = 1e9;

std::string printed(const char* format, double value) {
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, format, value);
    return buffer;
}

// Three significant digits, without an exponent below a million.
std::string significant(double value) {
    if (value != 0 && std::abs(value) < 1e-3)
        return printed("%.2e", value);
    if (std::abs(value) >= 1000)
        return printed("%.0f", value);
    return printed("%.3g", value);
}

// value / 1000^k with the prefix, for units that take decimal prefixes.
std::string prefixed(double value, const std::string& unit) {
    static constexpr std::array kPrefixes = {"", "k", "M", "G", "T", "P", "E"};
    std::size_t prefix = 0;
    while (std::abs(value) >= 1000 && prefix + 1 < kPrefixes.size()) {
        value /= 1000;
        ++prefix;
    }
    const std::string number = significant(value);
    // Units of measure take the prefix (kW); counted things take it on the number (112k tokens/s).
    if (unit.empty() || unit.starts_with("token"))
        return number + kPrefixes[prefix] + (unit.empty() ? "" : " " + unit);
    return number + " " + kPrefixes[prefix] + unit;
}

std::string count(std::size_t value) {
    const std::string digits = std::to_string(value);
    std::string grouped;
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0)
            grouped += ',';
        grouped += digits[i];
    }
    return grouped;
}

std::string percent(double fraction) {
    return printed("%.1f %%", fraction * 100);
}

std::string label(Network network) {
    return std::string(networkLabel(network));
}

// --- the estimate of one plan ------------------------------------------------------------------------------

// Why an outcome has no estimate, in one line.
std::string whyNoEstimate(const ScenarioOutcome& outcome) {
    return outcome.errors.empty() ? std::string("no estimate")
                                  : outcome.errors.front().field + ": " + outcome.errors.front().message;
}

// The plan given on the command line, estimated on the design as `estimate --design` does.
ScenarioOutcome estimatePlan(const Design& design, const NamedPlan& named) {
    ScenarioOutcome outcome{named.name, named.plan, std::nullopt, {}};
    if (outcome.plan.scenario == Workload::Inference) {
        outcome.errors.push_back(
            {"scenario", "an inference plan: `cluster-studio estimate` gives its latency and throughput"});
        return outcome;
    }
    applyDesignCluster(design, outcome.plan);
    outcome.errors = checkPlan(outcome.plan);
    if (outcome.errors.empty())
        outcome.estimate = estimateTraining(outcome.plan);
    return outcome;
}

std::string parallelismText(const Parallelism& p) {
    return "TP " + std::to_string(p.tp) + " x PP " + std::to_string(p.pp) + " x DP " + std::to_string(p.dp) +
           ", micro-batch " + std::to_string(p.micro_batch) + ", global batch " +
           std::to_string(p.global_batch) + ", recompute " + std::string(recomputeId(p.recompute));
}

std::string duration(double seconds) {
    return formatQuantity(seconds, "s");
}

// --- sections ----------------------------------------------------------------------------------------------

ReportSection summarySection(const DesignSummary& summary, const DesignPower& power,
                             const std::optional<ScenarioOutcome>& plan, std::vector<ReportFact>& headline) {
    ReportSection section{kSummarySection, {}, {}, {}, {}};
    std::string gpus = count(summary.gpus);
    if (!summary.gpus_by_type.empty()) {
        gpus += " (";
        bool first = true;
        for (const auto& [type, n] : summary.gpus_by_type) {
            gpus += (first ? "" : ", ") + count(n) + "x " + type;
            first = false;
        }
        gpus += ")";
    }
    headline = {{"GPUs", gpus},
                {"Devices", count(summary.devices)},
                {"Racks", count(summary.racks)},
                {"Cables", count(summary.links)},
                {"IT power at load", formatQuantity(power.it_watts, "W")},
                {"IT power, catalog maximum", formatQuantity(summary.max_watts, "W")}};
    if (plan && plan->estimate) {
        const TrainingEstimate& e = *plan->estimate;
        headline.push_back({"Plan", plan->name});
        headline.push_back(
            {"Model", plan->plan.model.name + ", " + prefixed(e.parameters, "") + " parameters"});
        headline.push_back({"Parallelism", parallelismText(plan->plan.parallelism)});
        headline.push_back({"Step time", duration(e.step_time_s)});
        headline.push_back({"Throughput", prefixed(e.tokens_per_s, "tokens/s")});
        headline.push_back({"MFU", percent(e.mfu)});
        headline.push_back(
            {"Memory per GPU", printed("%.1f GiB", e.memory.totalBytes() / kBytesPerGib) +
                                   printed(" of %.0f GiB", e.memory.capacity_bytes / kBytesPerGib)});
        headline.push_back(
            {"Time to train", duration(e.time_to_train_s) + " for " + prefixed(e.tokens, "tokens")});
        headline.push_back({"Energy of the run", formatQuantity(e.power.energy_kwh * 1000, "Wh")});
    } else if (plan) {
        headline.push_back({"Plan", plan->name + ": " + whyNoEstimate(*plan)});
    } else {
        headline.push_back({"Plan", "none: give --plan PLAN.json, or add a scenario to the design"});
    }
    section.facts = headline;

    ReportTable devices{"Devices by category", {"Category", "Devices"}, {false, true}, {}};
    for (DeviceCategory category : kDeviceCategories)
        devices.rows.push_back({std::string(categoryLabel(category)),
                                count(summary.devices_by_category[static_cast<std::size_t>(category)])});
    section.tables.push_back(std::move(devices));
    ReportTable networks{"Networks", {"Network", "Cables", "Switches"}, {false, true, true}, {}};
    for (Network network : kNetworks)
        networks.rows.push_back({label(network), count(summary.links_by_network[networkIndex(network)]),
                                 count(summary.switches_by_network[networkIndex(network)])});
    section.tables.push_back(std::move(networks));
    section.paragraphs.push_back("Compute fabric: " + count(summary.compute_leaves) + " leaf, " +
                                 count(summary.compute_spines) + " spine and " +
                                 count(summary.compute_cores) + " core switches.");
    return section;
}

ReportSection trainingSection(const ScenarioOutcome& outcome) {
    ReportSection section{kTrainingSection, {}, {}, {}, {}};
    const Plan& plan = outcome.plan;
    section.paragraphs.push_back("Plan: " + outcome.name + ". Model " + plan.model.name + "; " +
                                 parallelismText(plan.parallelism) + "; on the design's " +
                                 std::to_string(plan.cluster.gpus) + " " + plan.cluster.gpu.id + " GPUs.");
    if (!outcome.estimate) {
        section.paragraphs.push_back("No estimate: " + whyNoEstimate(outcome) + ".");
        return section;
    }
    const TrainingEstimate& e = *outcome.estimate;
    const StepBreakdown& b = e.breakdown;
    section.facts = {{"Step time", duration(e.step_time_s)},
                     {"Tokens per second", prefixed(e.tokens_per_s, "tokens/s")},
                     {"Model TFLOP/s per GPU", printed("%.1f", e.model_tflops_per_gpu)},
                     {"Hardware TFLOP/s per GPU", printed("%.1f", e.hardware_tflops_per_gpu)},
                     {"MFU", percent(e.mfu)},
                     {"Micro-batches per step", std::to_string(e.micro_batches)},
                     {"Time to train", duration(e.time_to_train_s)}};
    const std::vector<std::pair<std::string, double>> parts = {
        {"Compute", b.compute_s},
        {"TP communication", b.tp_comm_s},
        {"PP communication", b.pp_comm_s},
        {"Pipeline bubble", b.bubble_s},
        {"DP communication (exposed)", b.dp_comm_exposed_s},
        {"Optimizer step", b.optimizer_s}};
    ReportChart breakdown{"Where one training step's time goes", "time per step (s)", {}, {{"time", {}}}};
    ReportTable table{"Step time breakdown", {"Part", "Time", "Share"}, {false, true, true}, {}};
    for (const auto& [name, seconds] : parts) {
        breakdown.categories.push_back(name);
        breakdown.series.front().values.push_back(seconds);
        table.rows.push_back({name, duration(seconds), percent(seconds / e.step_time_s)});
    }
    table.rows.push_back({"Step", duration(e.step_time_s), "100.0 %"});
    section.charts.push_back(std::move(breakdown));
    section.tables.push_back(std::move(table));

    const MemoryPerGpu& m = e.memory;
    section.charts.push_back({"Memory per GPU (first pipeline stage)",
                              "memory per GPU (GiB)",
                              {"Weights", "Gradients", "Optimizer", "Activations", "Total", "Capacity"},
                              {{"GiB",
                                {m.weights_bytes / kBytesPerGib, m.gradients_bytes / kBytesPerGib,
                                 m.optimizer_bytes / kBytesPerGib, m.activations_bytes / kBytesPerGib,
                                 m.totalBytes() / kBytesPerGib, m.capacity_bytes / kBytesPerGib}}}});
    if (!m.fits())
        section.paragraphs.push_back(
            "The model does not fit in GPU memory: lower micro_batch, raise tp or pp, "
            "or use recompute full.");
    return section;
}

ReportSection validationSection(std::vector<Diagnostic> diagnostics) {
    ReportSection section{kValidationSection, {}, {}, {}, {}};
    sortDiagnostics(diagnostics);
    section.facts = {{"Errors", count(countSeverity(diagnostics, Severity::Error))},
                     {"Warnings", count(countSeverity(diagnostics, Severity::Warning))},
                     {"Notes", count(countSeverity(diagnostics, Severity::Info))}};
    if (diagnostics.empty()) {
        section.paragraphs.push_back("Every design rule passes.");
        return section;
    }
    ReportTable table{"Findings", {"Severity", "Code", "Message", "Fix"}, {false, false, false, false}, {}};
    for (std::size_t i = 0; i < diagnostics.size() && i < kMaxReportDiagnostics; ++i) {
        const Diagnostic& d = diagnostics[i];
        table.rows.push_back({std::string(severityId(d.severity)), d.code, d.message, d.hint});
    }
    if (diagnostics.size() > kMaxReportDiagnostics)
        section.paragraphs.push_back("The first " + count(kMaxReportDiagnostics) + " of " +
                                     count(diagnostics.size()) +
                                     " findings; `cluster-studio validate` lists them all.");
    section.tables.push_back(std::move(table));
    return section;
}

ReportSection bomSection(const BillOfMaterials& bom) {
    ReportSection section{kBomSection, {}, {}, {}, {}};
    ReportTable devices{"Devices",
                        {"Model", "Vendor", "Category", "GPU", "Qty", "GPUs", "Rack units", "Max power"},
                        {false, false, false, false, true, true, true, true},
                        {}};
    for (const BomDeviceLine& line : bom.devices)
        devices.rows.push_back({line.name, line.vendor, std::string(categoryLabel(line.category)), line.gpu,
                                count(line.quantity), count(line.gpus()), count(line.rackUnits()),
                                formatQuantity(line.maxWatts(), "W")});
    ReportTable cables{"Cables and optics",
                       {"Cable", "Network", "Length", "Runs", "Cables", "Transceivers", "Power"},
                       {false, false, false, true, true, true, true},
                       {}};
    for (const BomCableLine& line : bom.cables)
        cables.rows.push_back({line.name, label(line.network),
                               std::string(lengthClassLabel(line.length_class)), count(line.links),
                               count(line.cables), count(line.transceivers),
                               formatQuantity(line.power_watts, "W")});
    const BomTotals& t = bom.totals;
    section.facts = {{"Devices", count(t.devices)},
                     {"GPUs", count(t.gpus)},
                     {"Rack units", count(t.rack_units)},
                     {"Transceivers", count(t.transceivers)},
                     {"Device power, catalog maximum", formatQuantity(t.max_watts, "W")},
                     {"Optics and active cables", formatQuantity(t.cable_power_watts, "W")}};
    section.tables.push_back(std::move(devices));
    section.tables.push_back(std::move(cables));
    return section;
}

const Explained* findExplained(const ExplainedValues& values, const std::string& key) {
    for (const auto& [name, value] : values) {
        if (name == key)
            return &value;
    }
    return nullptr;
}

double explainedValue(const ExplainedValues& values, const std::string& key) {
    const Explained* found = findExplained(values, key);
    return found ? found->value : 0;
}

ReportSection bandwidthSection(const Design& design, const std::optional<ScenarioOutcome>& plan,
                               const std::optional<ExplainedValues>& explained) {
    ReportSection section{kBandwidthSection, {}, {}, {}, {}};
    // What each network's cables carry at their line rates, and at which speeds.
    std::array<double, kNetworkCount> gbps{};
    std::array<std::set<int>, kNetworkCount> speeds;
    std::array<std::size_t, kNetworkCount> cables{};
    for (const Link& link : design.links().items()) {
        gbps[networkIndex(link.network)] += link.gbps;
        speeds[networkIndex(link.network)].insert(link.gbps);
        ++cables[networkIndex(link.network)];
    }
    ReportTable table{"Cabled capacity per network",
                      {"Network", "Cables", "Link speeds", "Sum of line rates"},
                      {false, true, false, true},
                      {}};
    for (Network network : kNetworks) {
        const std::size_t i = networkIndex(network);
        std::string rates;
        for (int speed : speeds[i])
            rates += (rates.empty() ? "" : ", ") + std::to_string(speed) + " Gb/s";
        table.rows.push_back({label(network), count(cables[i]), rates.empty() ? "-" : rates,
                              formatQuantity(gbps[i] * kGiga, "b/s")});
    }
    section.tables.push_back(std::move(table));
    if (!explained) {
        section.paragraphs.push_back(
            plan ? "No plan estimate (" + whyNoEstimate(*plan) + "): no demand to compare."
                 : "Without a plan there is no demand to compare the capacity with.");
        return section;
    }
    const ExplainedValues& v = *explained;
    section.paragraphs.push_back(
        "What the plan asks of each network against what it offers. Compute and NVLink per GPU; storage for "
        "the "
        "whole cluster. The uplink and the management networks carry no training traffic.");
    ReportTable budget{"Bandwidth budget of the plan",
                       {"Network", "Demand", "Needed to hide DP", "Capacity", "Use"},
                       {false, true, true, true, true},
                       {}};
    auto row = [&](const std::string& name, const std::string& demandKey, const std::string& neededKey,
                   const std::string& capacityKey) {
        const double demand = explainedValue(v, demandKey), capacity = explainedValue(v, capacityKey);
        budget.rows.push_back(
            {name, formatQuantity(demand * kGiga, "B/s"),
             neededKey.empty() ? "-" : formatQuantity(explainedValue(v, neededKey) * kGiga, "B/s"),
             formatQuantity(capacity * kGiga, "B/s"), capacity > 0 ? percent(demand / capacity) : "-"});
    };
    row("GPU compute (per GPU)", "network.compute.demand_gbytes_per_s_per_gpu",
        "network.compute.needed_gbytes_per_s_per_gpu", "network.compute.capacity_gbytes_per_s_per_gpu");
    row("NVLink (per GPU)", "network.nvlink.demand_gbytes_per_s_per_gpu", "",
        "network.nvlink.capacity_gbytes_per_s_per_gpu");
    row("Storage read (cluster)", "network.storage.read_demand_gbytes_per_s", "",
        "network.storage.read_capacity_gbytes_per_s");
    row("Storage checkpoint write (cluster)", "storage.required_write_gbytes_per_s", "",
        "storage.required_write_gbytes_per_s");
    budget.rows.back()[3] = formatQuantity(plan->estimate->storage.write_bytes_per_s, "B/s");
    budget.rows.back()[4] = percent(explainedValue(v, "storage.required_write_gbytes_per_s") * kGiga /
                                    plan->estimate->storage.write_bytes_per_s);
    section.tables.push_back(std::move(budget));
    section.charts.push_back(
        {"Bandwidth per GPU: the plan's demand against the links",
         "bandwidth per GPU (GB/s)",
         {"GPU compute network", "NVLink"},
         {{"average demand",
           {explainedValue(v, "network.compute.demand_gbytes_per_s_per_gpu"),
            explainedValue(v, "network.nvlink.demand_gbytes_per_s_per_gpu")}},
          {"needed to hide DP", {explainedValue(v, "network.compute.needed_gbytes_per_s_per_gpu"), 0}},
          {"capacity",
           {explainedValue(v, "network.compute.capacity_gbytes_per_s_per_gpu"),
            explainedValue(v, "network.nvlink.capacity_gbytes_per_s_per_gpu")}}}});
    return section;
}

ReportSection storageSection(const std::optional<ScenarioOutcome>& plan) {
    ReportSection section{kStorageSection, {}, {}, {}, {}};
    if (!plan || !plan->estimate) {
        section.paragraphs.push_back(
            plan ? "No estimate: " + whyNoEstimate(*plan) + "."
                 : "Without a plan there is no storage budget: give --plan PLAN.json.");
        return section;
    }
    const StorageBudget& s = plan->estimate->storage;
    section.paragraphs.push_back(
        "Training reads its data, writes a checkpoint periodically, and after a failure reads the checkpoint "
        "back on every data-parallel replica (the deck, 存储). The interval is Young's optimum for the "
        "cluster's "
        "mean time between failures.");
    section.facts = {
        {"Training data read", formatQuantity(s.data_read_bytes_per_s, "B/s")},
        {"Checkpoint size", formatQuantity(s.checkpoint_bytes, "B")},
        {"Checkpoint write bandwidth achieved", formatQuantity(s.write_bytes_per_s, "B/s")},
        {"Checkpoint write time", duration(s.checkpoint_write_s)},
        {"Cluster MTBF", duration(s.system_mtbf_s)},
        {"Optimal checkpoint interval", duration(s.checkpoint_interval_s)},
        {"Checkpoint overhead (writes and rework)", percent(s.checkpoint_overhead)},
        {"Write bandwidth for the " + percent(plan->plan.training.checkpoint_overhead_target) + " target",
         formatQuantity(s.required_write_bytes_per_s, "B/s")},
        {"Restore read (checkpoint x DP)", formatQuantity(s.restore_read_bytes, "B")},
        {"Restore time", duration(s.restore_s)}};
    section.charts.push_back(
        {"Checkpoint times",
         "time (minutes)",
         {"Write one checkpoint", "Restore after a failure", "Interval between checkpoints"},
         {{"minutes", {s.checkpoint_write_s / 60, s.restore_s / 60, s.checkpoint_interval_s / 60}}}});
    return section;
}

ReportSection powerSection(const DesignPower& power, const std::optional<ScenarioOutcome>& plan) {
    ReportSection section{kPowerSection, {}, {}, {}, {}};
    section.paragraphs.push_back(
        "The design at training load: GPU servers at their GPUs' TDP x 1.10 (at most "
        "their maximum), switches at maximum, other devices halfway between idle and "
        "maximum.");
    ReportTable categories{"Power by device category", {"Category", "Power"}, {false, true}, {}};
    for (DeviceCategory category : kDeviceCategories)
        categories.rows.push_back(
            {std::string(categoryLabel(category)),
             formatQuantity(power.category_watts[static_cast<std::size_t>(category)], "W")});
    categories.rows.push_back({"IT total", formatQuantity(power.it_watts, "W")});
    ReportTable networks{"Switch power by network", {"Network", "Power"}, {false, true}, {}};
    for (Network network : kNetworks)
        networks.rows.push_back(
            {label(network), formatQuantity(power.network_watts[networkIndex(network)], "W")});
    ReportTable racks{
        "Racks", {"Rack", "Devices", "Power at load", "Limit", "Use"}, {false, true, true, true, true}, {}};
    ReportChart rackChart{"Power per rack at load", "power (kW)", {}, {{"at load", {}}, {"limit", {}}}};
    std::size_t over = 0;
    for (const RackPower& rack : power.racks) {
        over += rack.over();
        racks.rows.push_back({rack.name, std::to_string(rack.devices), formatQuantity(rack.watts, "W"),
                              printed("%.0f kW", rack.max_kw),
                              rack.max_kw > 0 ? percent(rack.watts / (rack.max_kw * 1000)) : "-"});
    }
    // One bar per rack is readable up to a few dozen racks; beyond, the table carries them.
    constexpr std::size_t kMaxRackBars = 40;
    if (!power.racks.empty() && power.racks.size() <= kMaxRackBars) {
        for (const RackPower& rack : power.racks) {
            rackChart.categories.push_back(rack.name);
            rackChart.series[0].values.push_back(rack.watts / 1000);
            rackChart.series[1].values.push_back(rack.max_kw);
        }
        section.charts.push_back(std::move(rackChart));
    }
    section.facts = {{"IT power at load", formatQuantity(power.it_watts, "W")},
                     {"Racks over their limit", count(over)}};
    if (plan && plan->estimate) {
        const PowerEstimate& p = plan->estimate->power;
        section.facts.push_back({"PUE", printed("%.2f", p.pue)});
        section.facts.push_back({"Facility power (IT x PUE)", formatQuantity(p.facility_watts, "W")});
        section.facts.push_back({"Training run", duration(plan->estimate->time_to_train_s)});
        section.facts.push_back({"Energy of the run", formatQuantity(p.energy_kwh * 1000, "Wh")});
        section.facts.push_back({"Cost of the energy", count(static_cast<std::size_t>(std::llround(p.cost))) +
                                                           printed(" (at %.2f per kWh)", p.price_per_kwh)});
    }
    section.tables.push_back(std::move(categories));
    section.tables.push_back(std::move(networks));
    section.tables.push_back(std::move(racks));
    return section;
}

ReportSection scenarioSection(std::vector<ScenarioOutcome> outcomes) {
    ReportSection section{kScenarioSection, {}, {}, {}, {}};
    section.paragraphs.push_back(
        "Each scenario estimated on this design (with its variant of the design), side "
        "by side; a change from the first column is shown in brackets.");
    ReportChart chart{"Time to train per scenario", "time to train (days)", {}, {{"days", {}}}};
    for (const ScenarioOutcome& outcome : outcomes) {
        if (!outcome.estimate) {
            section.paragraphs.push_back(outcome.name + ": " + whyNoEstimate(outcome) + ".");
            continue;
        }
        chart.categories.push_back(outcome.name);
        chart.series[0].values.push_back(outcome.estimate->time_to_train_s / kSecondsPerDay);
    }
    const ScenarioComparison comparison = compareOutcomes(std::move(outcomes));
    ReportTable table{"Scenarios side by side", {"Figure"}, {false}, {}};
    for (const ScenarioOutcome& outcome : comparison.scenarios) {
        table.columns.push_back(outcome.name);
        table.numeric.push_back(true);
    }
    for (const ComparisonRow& row : comparison.rows) {
        std::vector<std::string> cells = {row.label};
        for (const ComparisonCell& cell : row.cells) {
            const bool fraction = row.key == "mfu" || row.key == "storage.checkpoint_overhead";
            std::string text = !cell.value ? "-"
                               : fraction  ? percent(*cell.value)
                                           : formatQuantity(*cell.value, row.unit);
            if (cell.differs && cell.relative)
                text += printed(" (%+.1f %%)", *cell.relative * 100);
            cells.push_back(std::move(text));
        }
        table.rows.push_back(std::move(cells));
    }
    section.tables.push_back(std::move(table));
    if (!chart.categories.empty())
        section.charts.push_back(std::move(chart));
    return section;
}

std::string inputsText(const std::vector<ExplainedInput>& inputs) {
    std::string text;
    for (const ExplainedInput& input : inputs) {
        if (!text.empty())
            text += "; ";
        text += input.name + " = " + formatQuantity(input.value, input.unit);
    }
    return text;
}

ReportSection assumptionsSection(const std::optional<ExplainedValues>& explained) {
    ReportSection section{kAssumptionsSection, {}, {}, {}, {}};
    ReportTable assumptions{"Assumptions", {"Assumption", "Value", "Source"}, {false, true, false}, {}};
    assumptions.rows = {
        {"GPU server power at training load, per GPU", printed("%.2f x TDP", kTrainingWattsPerGpuTdp),
         "Patterson et al. 2021, Table 4"},
        {"Other devices' load", printed("%.0f %% between idle and maximum", kOtherDeviceLoad * 100),
         "assumption (design_power.h)"},
        {"PUE when the plan gives none", printed("%.2f", kDefaultPue), "Uptime Institute 2023 global survey"},
        {"Energy price when the plan gives none", printed("%.2f per kWh", kDefaultPricePerKwh),
         "assumption: illustrative (power_model.h)"},
        {"Server MTBF when the plan gives none", printed("%.0f h", kDefaultNodeMtbfHours),
         "Llama 3, arXiv 2407.21783 §3.3.4"}};
    section.tables.push_back(std::move(assumptions));
    if (!explained) {
        section.paragraphs.push_back("Without a plan estimate there are no formulas to list.");
        return section;
    }
    ReportTable formulas{"Every figure of the estimate",
                         {"Figure", "Value", "Formula", "Inputs", "Source"},
                         {false, true, false, false, false},
                         {}};
    for (const auto& [key, value] : *explained)
        formulas.rows.push_back({key, formatQuantity(value.value, value.unit), value.formula,
                                 inputsText(value.inputs), value.source});
    section.tables.push_back(std::move(formulas));
    return section;
}

} // namespace

const ReportSection* ReportContent::section(const std::string& title) const {
    for (const ReportSection& each : sections) {
        if (each.title == title)
            return &each;
    }
    return nullptr;
}

std::string formatQuantity(double value, const std::string& unit) {
    if (unit == "s") {
        if (std::abs(value) < 120)
            return significant(value) + " s";
        if (std::abs(value) < 2 * kSecondsPerDay)
            return significant(value / kSecondsPerHour) + " h";
        return significant(value / kSecondsPerDay) + " days";
    }
    if (unit == "B" || unit == "W" || unit == "Wh" || unit == "B/s" || unit == "b/s" || unit == "FLOP" ||
        unit == "tokens" || unit == "tokens/s")
        return prefixed(value, unit);
    if (unit == "GB/s")
        return prefixed(value * kGiga, "B/s");
    if (unit == "kWh")
        return prefixed(value * 1000, "Wh");
    if (unit.empty())
        return prefixed(value, unit); // counts: 68.8G parameters
    return significant(value) + " " + unit;
}

ReportContent makeReportContent(const Design& design, const Catalog& library,
                                const std::optional<NamedPlan>& plan) {
    ReportContent content;
    content.title = design.name;

    std::vector<ScenarioOutcome> scenarios;
    for (const Scenario& scenario : design.scenarios().items()) {
        try {
            scenarios.push_back(estimateScenario(design, scenario, library));
        } catch (const InputError& e) {
            scenarios.push_back({scenario.name, {}, std::nullopt, {{"scenario", e.what()}}});
        }
    }
    std::optional<ScenarioOutcome> chosen;
    if (plan) {
        chosen = estimatePlan(design, *plan);
    } else {
        const auto trained = std::find_if(scenarios.begin(), scenarios.end(),
                                          [](const ScenarioOutcome& s) { return s.estimate.has_value(); });
        if (trained != scenarios.end())
            chosen = *trained;
    }
    std::optional<ExplainedValues> explained;
    if (chosen) {
        content.plan_name = chosen->name;
        if (chosen->estimate)
            explained = explainEstimate(chosen->plan, *chosen->estimate);
    }

    const DesignSummary summary = summarize(design);
    const DesignPower power = designPower(design);
    content.sections.push_back(summarySection(summary, power, chosen, content.headline));
    if (chosen)
        content.sections.push_back(trainingSection(*chosen));
    content.sections.push_back(validationSection(validateDesign(design, &library)));
    content.sections.push_back(bomSection(makeBom(design)));
    content.sections.push_back(bandwidthSection(design, chosen, explained));
    content.sections.push_back(storageSection(chosen));
    content.sections.push_back(powerSection(power, chosen));
    if (!scenarios.empty()) {
        if (plan)
            scenarios.insert(scenarios.begin(), *chosen);
        content.sections.push_back(scenarioSection(scenarios));
    }
    content.sections.push_back(assumptionsSection(explained));
    return content;
}

} // namespace cs
