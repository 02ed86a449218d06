#include "report/report_content.h"

#include "analysis/failure_impact.h"
#include "analysis/inference_budget.h"
#include "analysis/plan_analysis.h"
#include "base/input_error.h"
#include "base/units.h"
#include "model/design_summary.h"
#include "power/design_power.h"
#include "power/power_model.h"
#include "report/bom.h"
#include "report/figure_names.h"
#include "report/serving_report.h"
#include "rules/validator.h"
#include "scenario/scenario_comparison.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <set>

namespace cs {

namespace {

// --- words the report shares with the studio: the studio's translation contexts ---------------------------

ReportText networkName(Network network) {
    switch (network) {
    case Network::Compute:
        return CS_REPORT_TEXT("cs::Network", "GPU compute");
    case Network::Storage:
        return CS_REPORT_TEXT("cs::Network", "Storage");
    case Network::Uplink:
        return CS_REPORT_TEXT("cs::Network", "Uplink (business)");
    case Network::Inband:
        return CS_REPORT_TEXT("cs::Network", "In-band management");
    case Network::Oob:
        return CS_REPORT_TEXT("cs::Network", "Out-of-band management");
    case Network::Scaleup:
        return CS_REPORT_TEXT("cs::Network", "Scale-up (NVLink)");
    }
    return std::string(networkLabel(network));
}

// "liquid, 132 kW" / "air": how a rack is cooled, beside its power.
ReportText coolingText(Cooling cooling, double cooling_kw) {
    if (cooling == Cooling::Air)
        return CS_REPORT_TEXT("cs::Report", "air");
    if (cooling_kw <= 0)
        return CS_REPORT_TEXT("cs::Report", "liquid, capacity not declared");
    return {CS_REPORT_TEXT("cs::Report", "liquid, %1 kW"), {formatNumber("%.0f", cooling_kw)}};
}

ReportText categoryName(DeviceCategory category) {
    switch (category) {
    case DeviceCategory::GpuServer:
        return CS_REPORT_TEXT("cs::Category", "GPU server");
    case DeviceCategory::CpuServer:
        return CS_REPORT_TEXT("cs::Category", "CPU server");
    case DeviceCategory::Switch:
        return CS_REPORT_TEXT("cs::Category", "Switch");
    case DeviceCategory::Storage:
        return CS_REPORT_TEXT("cs::Category", "Storage");
    }
    return std::string(categoryLabel(category));
}

ReportText severityName(Severity severity) {
    switch (severity) {
    case Severity::Error:
        return CS_REPORT_TEXT("cs::Report", "error");
    case Severity::Warning:
        return CS_REPORT_TEXT("cs::Report", "warning");
    case Severity::Info:
        return CS_REPORT_TEXT("cs::Report", "info");
    }
    return std::string(severityId(severity));
}

ReportText recomputeName(Recompute recompute) {
    switch (recompute) {
    case Recompute::None:
        return CS_REPORT_TEXT("cs::Report", "none");
    case Recompute::Selective:
        return CS_REPORT_TEXT("cs::Report", "selective");
    case Recompute::Full:
        return CS_REPORT_TEXT("cs::Report", "full");
    }
    return std::string(recomputeId(recompute));
}

ReportText lengthClassName(LengthClass length_class) {
    if (length_class == LengthClass::Unset)
        return CS_REPORT_TEXT("cs::Report", "not set");
    return std::string(lengthClassLabel(length_class)); // "<=3 m": figures
}

// The name of an estimate's figure (its key when it has none: the figure names test keeps that from
// happening).
ReportText figureLabel(const std::string& key) {
    const FigureName* name = figureName(key);
    return name ? ReportText(name->label) : ReportText(key);
}

// An explained value in the unit people read it in (the MFU in per cent, power in kW).
ReportText shownFigure(const std::string& key, const Explained& value) {
    const auto [shown, unit] = shownQuantity(key, value);
    return quantityText(shown, unit);
}

ReportText duration(double seconds) {
    return quantityText(seconds, "s");
}

// --- the estimate of one plan ------------------------------------------------------------------------------

// Why an outcome has no estimate, in one line (the plan checker's message as it is).
ReportText whyNoEstimate(const ScenarioOutcome& outcome) {
    const std::vector<PlanError>& errors = outcome.analysis.errors;
    if (errors.empty())
        return CS_REPORT_TEXT("cs::Report", "no estimate");
    return errors.front().field + ": " + errors.front().message;
}

ReportText parallelismText(const Parallelism& p) {
    if (p.cp > 1 || p.ep > 1) // every GPU of the plan accounted for: TP x CP x PP x DP
        return {CS_REPORT_TEXT(
                    "cs::Report",
                    "TP %1 x CP %2 x PP %3 x DP %4, EP %5, micro-batch %6, global batch %7, recompute %8"),
                {std::to_string(p.tp), std::to_string(p.cp), std::to_string(p.pp), std::to_string(p.dp),
                 std::to_string(p.ep), std::to_string(p.micro_batch), std::to_string(p.global_batch),
                 recomputeName(p.recompute)}};
    return {
        CS_REPORT_TEXT("cs::Report", "TP %1 x PP %2 x DP %3, micro-batch %4, global batch %5, recompute %6"),
        {std::to_string(p.tp), std::to_string(p.pp), std::to_string(p.dp), std::to_string(p.micro_batch),
         std::to_string(p.global_batch), recomputeName(p.recompute)}};
}

// The replica's shape, precision, batch and tokens of an inference plan: "TP 2 x PP 2, bf16, batch 16, prompt
// 1024 + output 256 tokens".
ReportText inferenceSetupText(const Plan& plan, const InferenceEstimate& e) {
    const InferenceSpec& spec = plan.inference;
    return {CS_REPORT_TEXT("cs::Report", "%1, %2, batch %3, prompt %4 + output %5 tokens"),
            {inferenceShapeText({e.tp, e.pp, e.ep}), std::string(precisionId(spec.precision)),
             std::to_string(e.batch), std::to_string(spec.prompt_tokens),
             std::to_string(spec.output_tokens)}};
}

// Latencies of inference: milliseconds below a second, three significant digits.
std::string milliseconds(double seconds) {
    if (std::abs(seconds) >= 1)
        return formatQuantity(seconds, "s");
    return significantDigits(seconds * 1000) + " ms";
}

std::string gib(double bytes) {
    return formatNumber("%.1f GiB", bytes / kBytesPerGib);
}

ReportText sectionTitle(const char* title) {
    return ReportTemplate{"cs::Report", title}; // registered where report_content.h defines it
}

// --- sections ----------------------------------------------------------------------------------------------

ReportTable budgetTable(ReportText caption, const PlanAnalysis& analysis, bool exceeded_only);

// The summary's word on the budgets: every line that warns or fails, or that all pass.
void budgetFindings(const PlanAnalysis& analysis, ReportSection& section) {
    if (exceededBudgetLines(analysis.budget).empty()) {
        section.paragraphs.push_back(
            CS_REPORT_TEXT("cs::Report", "Every budget line of the plan passes (budgets in the estimate)."));
        return;
    }
    section.tables.push_back(
        budgetTable(CS_REPORT_TEXT("cs::Report", "Budget lines that warn or fail"), analysis, true));
}

// A GPU by its product name ("NVIDIA H100 SXM5 80GB"); its catalog id when it has none.
std::string gpuName(const GpuType& gpu) {
    return gpu.name.empty() ? gpu.id : gpu.name;
}
std::string gpuName(const Catalog& library, const std::string& id) {
    const GpuType* gpu = library.gpu(id);
    return gpu ? gpuName(*gpu) : id;
}

ReportSection summarySection(const Catalog& library, const DesignSummary& summary, const DesignPower& power,
                             const std::optional<ScenarioOutcome>& plan, std::vector<ReportFact>& headline) {
    ReportSection section{sectionTitle(kSummarySection), {}, {}, {}, {}};
    std::string gpus = groupedCount(summary.gpus);
    if (!summary.gpus_by_type.empty()) {
        gpus += " (";
        bool first = true;
        for (const auto& [type, n] : summary.gpus_by_type) {
            gpus += (first ? "" : ", ") + groupedCount(n) + "x " + gpuName(library, type);
            first = false;
        }
        gpus += ")";
    }
    headline = {
        {CS_REPORT_TEXT("cs::Report", "GPUs"), gpus},
        {CS_REPORT_TEXT("cs::Report", "Devices"), groupedCount(summary.devices)},
        {CS_REPORT_TEXT("cs::Report", "Racks"), groupedCount(summary.racks)},
        {CS_REPORT_TEXT("cs::Report", "Cables"), groupedCount(summary.links)},
        {CS_REPORT_TEXT("cs::Report", "IT power at load"), formatQuantity(power.it_watts, "W")},
        {CS_REPORT_TEXT("cs::Report", "IT power, catalog maximum"), formatQuantity(summary.max_watts, "W")}};
    const ReportTemplate planLabel = CS_REPORT_TEXT("cs::Report", "Plan");
    if (plan && plan->analysis.training) {
        const TrainingEstimate& e = *plan->analysis.training;
        headline.push_back({planLabel, plan->name});
        headline.push_back({CS_REPORT_TEXT("cs::Report", "Model"),
                            {CS_REPORT_TEXT("cs::Report", "%1, %2 parameters"),
                             {plan->analysis.plan.model.name, prefixedQuantity(e.parameters, "")}}});
        headline.push_back(
            {CS_REPORT_TEXT("cs::Report", "Parallelism"), parallelismText(plan->analysis.plan.parallelism)});
        headline.push_back({CS_REPORT_TEXT("cs::Report", "Step time"), duration(e.step_time_s)});
        headline.push_back(
            {CS_REPORT_TEXT("cs::Report", "Throughput"), prefixedQuantity(e.tokens_per_s, "tokens/s")});
        headline.push_back({CS_REPORT_TEXT("cs::Report", "MFU"), percentText(e.mfu)});
        headline.push_back({CS_REPORT_TEXT("cs::Report", "Memory per GPU"),
                            {CS_REPORT_TEXT("cs::Report", "%1 of %2"),
                             {formatNumber("%.1f GiB", e.memory.totalBytes() / kBytesPerGib),
                              formatNumber("%.0f GiB", e.memory.capacity_bytes / kBytesPerGib)}}});
        headline.push_back({CS_REPORT_TEXT("cs::Report", "Time to train"),
                            {CS_REPORT_TEXT("cs::Report", "%1 for %2 tokens"),
                             {duration(e.time_to_train_s), prefixedQuantity(e.tokens, "")}}});
        headline.push_back({CS_REPORT_TEXT("cs::Report", "Time to train with failures"),
                            {CS_REPORT_TEXT("cs::Report", "%1 at %2 goodput"),
                             {duration(e.goodput.wall_clock_s), percentText(e.goodput.goodput)}}});
        headline.push_back(
            {CS_REPORT_TEXT("cs::Report", "Hot spares"),
             {CS_REPORT_TEXT("cs::Report", "%1 per scalable unit of %2 servers, %3 in all"),
              {std::to_string(e.goodput.spares_per_scalable_unit),
               std::to_string(e.goodput.scalable_unit_servers), std::to_string(e.goodput.spares_total)}}});
        headline.push_back({CS_REPORT_TEXT("cs::Report", "Energy of the run"),
                            formatQuantity(e.power.energy_kwh * 1000, "Wh")});
    } else if (plan && plan->analysis.inference) {
        const InferenceEstimate& e = *plan->analysis.inference;
        headline.push_back({planLabel, plan->name});
        headline.push_back({CS_REPORT_TEXT("cs::Report", "Model"),
                            {CS_REPORT_TEXT("cs::Report", "%1, %2 parameters"),
                             {plan->analysis.plan.model.name, prefixedQuantity(e.parameters, "")}}});
        headline.push_back(
            {CS_REPORT_TEXT("cs::Report", "Inference"), inferenceSetupText(plan->analysis.plan, e)});
        headline.push_back(
            {CS_REPORT_TEXT("cs::Report", "Time to first token"), milliseconds(e.time_to_first_token_s)});
        headline.push_back(
            {CS_REPORT_TEXT("cs::Report", "Time per output token"), milliseconds(e.decode_step_s)});
        headline.push_back(
            {CS_REPORT_TEXT("cs::Report", "Throughput"), prefixedQuantity(e.tokens_per_s, "tokens/s")});
        headline.push_back({CS_REPORT_TEXT("cs::Report", "Memory per GPU"),
                            {CS_REPORT_TEXT("cs::Report", "%1 of %2"),
                             {gib(e.weights_bytes_per_gpu + e.kv_bytes_per_gpu), gib(e.usable_bytes)}}});
    } else if (plan) {
        headline.push_back(
            {planLabel, {CS_REPORT_TEXT("cs::Report", "%1: %2"), {plan->name, whyNoEstimate(*plan)}}});
    } else {
        headline.push_back(
            {planLabel,
             CS_REPORT_TEXT("cs::Report", "none: give --plan PLAN.json, or add a scenario to the design")});
    }
    section.facts = headline;
    if (plan && plan->analysis.estimated())
        budgetFindings(plan->analysis, section);

    ReportTable devices{CS_REPORT_TEXT("cs::Report", "Devices by category"),
                        {CS_REPORT_TEXT("cs::Report", "Category"), CS_REPORT_TEXT("cs::Report", "Devices")},
                        {false, true},
                        {}};
    for (DeviceCategory category : kDeviceCategories)
        devices.rows.push_back(
            {categoryName(category),
             groupedCount(summary.devices_by_category[static_cast<std::size_t>(category)])});
    section.tables.push_back(std::move(devices));
    ReportTable networks{CS_REPORT_TEXT("cs::Report", "Networks"),
                         {CS_REPORT_TEXT("cs::Report", "Network"), CS_REPORT_TEXT("cs::Report", "Cables"),
                          CS_REPORT_TEXT("cs::Report", "Switches")},
                         {false, true, true},
                         {}};
    for (Network network : kNetworks)
        networks.rows.push_back({networkName(network),
                                 groupedCount(summary.links_by_network[networkIndex(network)]),
                                 groupedCount(summary.switches_by_network[networkIndex(network)])});
    section.tables.push_back(std::move(networks));
    section.paragraphs.push_back(
        {CS_REPORT_TEXT("cs::Report", "Compute fabric: %1 leaf, %2 spine and %3 core switches."),
         {groupedCount(summary.compute_leaves), groupedCount(summary.compute_spines),
          groupedCount(summary.compute_cores)}});
    return section;
}

ReportSection trainingSection(const ScenarioOutcome& outcome) {
    ReportSection section{sectionTitle(kTrainingSection), {}, {}, {}, {}};
    const Plan& plan = outcome.analysis.plan;
    section.paragraphs.push_back(
        {CS_REPORT_TEXT("cs::Report", "Plan: %1. Model %2; %3; on the design's %4 %5 GPUs."),
         {outcome.name, plan.model.name, parallelismText(plan.parallelism), std::to_string(plan.cluster.gpus),
          gpuName(plan.cluster.gpu)}});
    if (!outcome.analysis.training) {
        section.paragraphs.push_back(
            {CS_REPORT_TEXT("cs::Report", "No estimate: %1."), {whyNoEstimate(outcome)}});
        return section;
    }
    const TrainingEstimate& e = *outcome.analysis.training;
    const StepBreakdown& b = e.breakdown;
    section.facts = {
        {CS_REPORT_TEXT("cs::Report", "Step time"), duration(e.step_time_s)},
        {CS_REPORT_TEXT("cs::Report", "Tokens per second"), prefixedQuantity(e.tokens_per_s, "tokens/s")},
        {CS_REPORT_TEXT("cs::Report", "Model TFLOP/s per GPU"), formatNumber("%.1f", e.model_tflops_per_gpu)},
        {CS_REPORT_TEXT("cs::Report", "Hardware TFLOP/s per GPU"),
         formatNumber("%.1f", e.hardware_tflops_per_gpu)},
        {CS_REPORT_TEXT("cs::Report", "MFU"), percentText(e.mfu)},
        {CS_REPORT_TEXT("cs::Report", "Micro-batches per step"), std::to_string(e.micro_batches)},
        {CS_REPORT_TEXT("cs::Report", "Time to train"), duration(e.time_to_train_s)},
        {CS_REPORT_TEXT("cs::Report", "Goodput (checkpoints, restarts)"), percentText(e.goodput.goodput)},
        {CS_REPORT_TEXT("cs::Report", "Time to train with failures"), duration(e.goodput.wall_clock_s)},
        {CS_REPORT_TEXT("cs::Report", "Hot spares per scalable unit"),
         std::to_string(e.goodput.spares_per_scalable_unit)}};
    const std::vector<std::pair<ReportText, double>> parts = {
        {CS_REPORT_TEXT("cs::Report", "Compute"), b.compute_s},
        {CS_REPORT_TEXT("cs::Report", "TP communication"), b.tp_comm_s},
        {CS_REPORT_TEXT("cs::Report", "PP communication"), b.pp_comm_s},
        {CS_REPORT_TEXT("cs::Report", "Pipeline bubble"), b.bubble_s},
        {CS_REPORT_TEXT("cs::Report", "DP communication (exposed)"), b.dp_comm_exposed_s},
        {CS_REPORT_TEXT("cs::Report", "Optimizer step"), b.optimizer_s},
        {CS_REPORT_TEXT("cs::Report", "EP all-to-all"), b.ep_comm_s},
        {CS_REPORT_TEXT("cs::Report", "CP exchange (exposed)"), b.cp_comm_s}};
    ReportChart breakdown{CS_REPORT_TEXT("cs::Report", "Where one training step's time goes"),
                          CS_REPORT_TEXT("cs::Report", "time per step (s)"),
                          {},
                          {{CS_REPORT_TEXT("cs::Report", "time"), {}}}};
    ReportTable table{CS_REPORT_TEXT("cs::Report", "Step time breakdown"),
                      {CS_REPORT_TEXT("cs::Report", "Part"), CS_REPORT_TEXT("cs::Report", "Time"),
                       CS_REPORT_TEXT("cs::Report", "Share")},
                      {false, true, true},
                      {}};
    for (const auto& [name, seconds] : parts) {
        breakdown.categories.push_back(name);
        breakdown.series.front().values.push_back(seconds);
        table.rows.push_back({name, duration(seconds), percentText(seconds / e.step_time_s)});
    }
    table.rows.push_back({CS_REPORT_TEXT("cs::Report", "Step"), duration(e.step_time_s), percentText(1)});
    section.charts.push_back(std::move(breakdown));
    section.tables.push_back(std::move(table));

    const MemoryPerGpu& m = e.memory;
    section.charts.push_back(
        {CS_REPORT_TEXT("cs::Report", "Memory per GPU (first pipeline stage)"),
         CS_REPORT_TEXT("cs::Report", "memory per GPU (GiB)"),
         {CS_REPORT_TEXT("cs::Report", "Weights"), CS_REPORT_TEXT("cs::Report", "Gradients"),
          CS_REPORT_TEXT("cs::Report", "Optimizer"), CS_REPORT_TEXT("cs::Report", "Activations"),
          CS_REPORT_TEXT("cs::Report", "Total"), CS_REPORT_TEXT("cs::Report", "Capacity")},
         {{std::string("GiB"),
           {m.weights_bytes / kBytesPerGib, m.gradients_bytes / kBytesPerGib,
            m.optimizer_bytes / kBytesPerGib, m.activations_bytes / kBytesPerGib,
            m.totalBytes() / kBytesPerGib, m.capacity_bytes / kBytesPerGib}}}});
    if (!m.fits())
        section.paragraphs.push_back(
            CS_REPORT_TEXT("cs::Report", "The model does not fit in GPU memory: lower micro_batch, raise tp "
                                         "or pp, or use recompute full."));
    return section;
}

// A demand or capacity of a budget line in its unit.
ReportText budgetValue(const Explained& value) {
    if (value.unit == "GiB")
        return formatNumber("%.1f GiB", value.value);
    return quantityText(value.value, value.unit);
}

// The plan's budget lines (only those that warn or fail when `exceeded_only`): demand, capacity, use, what
// the shortfall costs and the status.
ReportTable budgetTable(ReportText caption, const PlanAnalysis& analysis, bool exceeded_only) {
    ReportTable budget{std::move(caption),
                       {CS_REPORT_TEXT("cs::Report", "Budget"), CS_REPORT_TEXT("cs::Report", "Demand"),
                        CS_REPORT_TEXT("cs::Report", "Capacity"), CS_REPORT_TEXT("cs::Report", "Use"),
                        CS_REPORT_TEXT("cs::Report", "Cost"), CS_REPORT_TEXT("cs::Report", "Status")},
                       {false, true, true, true, true, false},
                       {}};
    for (const BudgetLine& line : analysis.budget)
        if (!exceeded_only || line.status != BudgetStatus::Pass)
            budget.rows.push_back({line.label, budgetValue(line.demand), budgetValue(line.capacity),
                                   std::isfinite(line.utilisation) ? percentText(line.utilisation) : "-",
                                   budgetCostText(line.cost), budgetStatusText(line.status)});
    return budget;
}

ReportSection inferenceSection(const ScenarioOutcome& outcome) {
    ReportSection section{sectionTitle(kInferenceSection), {}, {}, {}, {}};
    const Plan& plan = outcome.analysis.plan;
    if (!outcome.analysis.inference) {
        section.paragraphs.push_back(
            {CS_REPORT_TEXT("cs::Report", "Plan: %1. Model %2; on the design's %3 %4 GPUs."),
             {outcome.name, plan.model.name, std::to_string(plan.cluster.gpus), gpuName(plan.cluster.gpu)}});
        section.paragraphs.push_back(
            {CS_REPORT_TEXT("cs::Report", "No estimate: %1."), {whyNoEstimate(outcome)}});
        return section;
    }
    const InferenceEstimate& e = *outcome.analysis.inference;
    section.paragraphs.push_back(
        {CS_REPORT_TEXT("cs::Report", "Plan: %1. Model %2; %3; on the design's %4 %5 GPUs."),
         {outcome.name, plan.model.name, inferenceSetupText(plan, e), std::to_string(plan.cluster.gpus),
          gpuName(plan.cluster.gpu)}});
    if (e.servers_per_replica > 1)
        section.paragraphs.push_back(
            {CS_REPORT_TEXT(
                 "cs::Report",
                 "One model replica runs on %1 GPUs across %2 servers (%3), %4 replicas on %5 "
                 "servers. Continuous batching: the sequences in flight each get one output token per "
                 "iteration, new prompts prefilled in chunks beside them; each iteration streams the "
                 "weights and the KV cache from HBM once."),
             {std::to_string(e.gpus_per_replica), std::to_string(e.servers_per_replica),
              inferenceShapeText({e.tp, e.pp, e.ep}), std::to_string(e.replicas),
              std::to_string(e.servers)}});
    else
        section.paragraphs.push_back(
            {CS_REPORT_TEXT(
                 "cs::Report",
                 "One model replica runs on %1 GPUs inside a server, %2 replicas per server, on %3 "
                 "servers. Continuous batching: the sequences in flight each get one output token per "
                 "iteration, new prompts prefilled in chunks beside them; each iteration streams the "
                 "weights and the KV cache from HBM once."),
             {std::to_string(e.gpus_per_replica), std::to_string(e.replicas_per_server),
              std::to_string(e.servers)}});
    ReportText tp = std::to_string(e.tp);
    if (e.tp_link == InferenceLink::Nvlink)
        tp = ReportText(CS_REPORT_TEXT("cs::Report", "%1 over NVLink"), {tp});
    else if (e.tp_link == InferenceLink::Pcie)
        tp = ReportText(CS_REPORT_TEXT("cs::Report", "%1 over PCIe"), {tp});
    else if (e.tp_link == InferenceLink::Fabric)
        tp = ReportText(CS_REPORT_TEXT("cs::Report", "%1 over the compute fabric"), {tp});
    section.facts = {
        {CS_REPORT_TEXT("cs::Report", "Model"),
         {CS_REPORT_TEXT("cs::Report", "%1, %2 parameters"),
          {plan.model.name, prefixedQuantity(e.parameters, "")}}},
        {CS_REPORT_TEXT("cs::Report", "Tensor parallelism"), tp},
        {CS_REPORT_TEXT("cs::Report", "Pipeline stages"), std::to_string(e.pp)},
        {CS_REPORT_TEXT("cs::Report", "Expert parallelism"), std::to_string(e.ep)},
        {CS_REPORT_TEXT("cs::Report", "Precision"), std::string(precisionId(plan.inference.precision))},
        {CS_REPORT_TEXT("cs::Report", "Sequences in flight per replica"), quantityText(e.batch, "sequences")},
        {CS_REPORT_TEXT("cs::Report", "Prompt tokens"), groupedCount(plan.inference.prompt_tokens)},
        {CS_REPORT_TEXT("cs::Report", "Output tokens"), groupedCount(plan.inference.output_tokens)},
        {CS_REPORT_TEXT("cs::Report", "Weights per GPU"), gib(e.weights_bytes_per_gpu)},
        {CS_REPORT_TEXT("cs::Report", "KV cache per GPU"),
         formatNumber("%.2f GiB", e.kv_bytes_per_gpu / kBytesPerGib)},
        {CS_REPORT_TEXT("cs::Report", "Largest batch that fits"), quantityText(e.max_batch, "sequences")},
        {CS_REPORT_TEXT("cs::Report", "Time to first token"), milliseconds(e.time_to_first_token_s)},
        {CS_REPORT_TEXT("cs::Report", "Time per output token"), milliseconds(e.decode_step_s)},
        {CS_REPORT_TEXT("cs::Report", "Request time"), duration(e.request_s)},
        {CS_REPORT_TEXT("cs::Report", "Tokens per second per GPU"),
         prefixedQuantity(e.tokens_per_s_per_gpu, "tokens/s")},
        {CS_REPORT_TEXT("cs::Report", "Tokens per second per server"),
         prefixedQuantity(e.tokens_per_s_per_server, "tokens/s")},
        {CS_REPORT_TEXT("cs::Report", "Tokens per second, cluster"),
         prefixedQuantity(e.tokens_per_s, "tokens/s")}};
    if (!e.fits)
        section.paragraphs.push_back(
            {CS_REPORT_TEXT("cs::Report",
                            "The batch does not fit in GPU memory: lower inference.batch (at most "
                            "%1), raise inference.tp, or use fp8."),
             {std::to_string(e.max_batch)}});

    if (e.sizing) // the answer for the plan's load first
        section.tables.push_back(servingSizingTable(*e.sizing, plan));
    section.tables.push_back(
        budgetTable(CS_REPORT_TEXT("cs::Report", "Inference budget of the plan"), outcome.analysis, false));

    ReportTable phases{CS_REPORT_TEXT("cs::Report", "Prefill and decode"),
                       {CS_REPORT_TEXT("cs::Report", "Part"), CS_REPORT_TEXT("cs::Report", "Prefill"),
                        CS_REPORT_TEXT("cs::Report", "Decode step")},
                       {false, true, true},
                       {}};
    phases.rows = {{CS_REPORT_TEXT("cs::Report", "Compute"), milliseconds(e.prefill_compute_s),
                    milliseconds(e.decode_compute_s)},
                   {CS_REPORT_TEXT("cs::Report", "HBM read (weights, KV cache)"),
                    milliseconds(e.prefill_memory_s), milliseconds(e.decode_memory_s)},
                   {CS_REPORT_TEXT("cs::Report", "TP communication"), milliseconds(e.prefill_tp_s),
                    milliseconds(e.decode_tp_s)},
                   {CS_REPORT_TEXT("cs::Report", "Slower of compute and HBM, plus TP"),
                    milliseconds(e.time_to_first_token_s), milliseconds(e.decode_step_s)}};
    section.tables.push_back(std::move(phases));

    const Explained free = inferenceFreeMemory(plan, e);
    section.charts.push_back(
        {CS_REPORT_TEXT("cs::Report", "Memory per GPU"),
         CS_REPORT_TEXT("cs::Report", "memory per GPU (GiB)"),
         {CS_REPORT_TEXT("cs::Report", "Weights"), CS_REPORT_TEXT("cs::Report", "KV cache"),
          CS_REPORT_TEXT("cs::Report", "Free"),
          CS_REPORT_TEXT("cs::Report", "Activations and runtime reserve"),
          CS_REPORT_TEXT("cs::Report", "Usable"), CS_REPORT_TEXT("cs::Report", "Capacity")},
         {{std::string("GiB"),
           {e.weights_bytes_per_gpu / kBytesPerGib, e.kv_bytes_per_gpu / kBytesPerGib, free.value,
            (e.capacity_bytes - e.usable_bytes) / kBytesPerGib, e.usable_bytes / kBytesPerGib,
            e.capacity_bytes / kBytesPerGib}}}});
    if (outcome.analysis.serving)
        section.plots = servingPlots(*outcome.analysis.serving, e.servers);
    return section;
}

ReportSection validationSection(std::vector<Diagnostic> diagnostics) {
    ReportSection section{sectionTitle(kValidationSection), {}, {}, {}, {}};
    sortDiagnostics(diagnostics);
    section.facts = {
        {CS_REPORT_TEXT("cs::Report", "Errors"), groupedCount(countSeverity(diagnostics, Severity::Error))},
        {CS_REPORT_TEXT("cs::Report", "Warnings"),
         groupedCount(countSeverity(diagnostics, Severity::Warning))},
        {CS_REPORT_TEXT("cs::Report", "Notes"), groupedCount(countSeverity(diagnostics, Severity::Info))}};
    if (diagnostics.empty()) {
        section.paragraphs.push_back(CS_REPORT_TEXT("cs::Report", "Every design rule passes."));
        return section;
    }
    // The validator's messages and hints are templates: translated, the names in them as they are.
    ReportTable table{CS_REPORT_TEXT("cs::Report", "Findings"),
                      {CS_REPORT_TEXT("cs::Report", "Severity"), CS_REPORT_TEXT("cs::Report", "Code"),
                       CS_REPORT_TEXT("cs::Report", "Message"), CS_REPORT_TEXT("cs::Report", "Fix")},
                      {false, false, false, false},
                      {}};
    for (std::size_t i = 0; i < diagnostics.size() && i < kMaxReportDiagnostics; ++i) {
        const Diagnostic& d = diagnostics[i];
        table.rows.push_back({severityName(d.severity), d.code, d.message, d.hint});
    }
    if (diagnostics.size() > kMaxReportDiagnostics)
        section.paragraphs.push_back(
            {CS_REPORT_TEXT("cs::Report",
                            "The first %1 of %2 findings; `cluster-studio validate` lists them all."),
             {groupedCount(kMaxReportDiagnostics), groupedCount(diagnostics.size())}});
    section.tables.push_back(std::move(table));
    return section;
}

ReportSection bomSection(const Catalog& library, const BillOfMaterials& bom) {
    ReportSection section{sectionTitle(kBomSection), {}, {}, {}, {}};
    ReportTable devices{CS_REPORT_TEXT("cs::Report", "Devices"),
                        {CS_REPORT_TEXT("cs::Report", "Model"), CS_REPORT_TEXT("cs::Report", "Vendor"),
                         CS_REPORT_TEXT("cs::Report", "Category"), CS_REPORT_TEXT("cs::Report", "GPU"),
                         CS_REPORT_TEXT("cs::Report", "Qty"), CS_REPORT_TEXT("cs::Report", "GPUs"),
                         CS_REPORT_TEXT("cs::Report", "Rack units"),
                         CS_REPORT_TEXT("cs::Report", "Max power")},
                        {false, false, false, false, true, true, true, true},
                        {}};
    for (const BomDeviceLine& line : bom.devices)
        devices.rows.push_back({line.name, line.vendor, categoryName(line.category),
                                line.gpu.empty() ? std::string() : gpuName(library, line.gpu),
                                groupedCount(line.quantity), groupedCount(line.gpus()),
                                groupedCount(line.rackUnits()), formatQuantity(line.maxWatts(), "W")});
    ReportTable cables{CS_REPORT_TEXT("cs::Report", "Cables and optics"),
                       {CS_REPORT_TEXT("cs::Report", "Cable"), CS_REPORT_TEXT("cs::Report", "Network"),
                        CS_REPORT_TEXT("cs::Report", "Length"), CS_REPORT_TEXT("cs::Report", "Runs"),
                        CS_REPORT_TEXT("cs::Report", "Cables"), CS_REPORT_TEXT("cs::Report", "Transceivers"),
                        CS_REPORT_TEXT("cs::Report", "Power")},
                       {false, false, false, true, true, true, true},
                       {}};
    for (const BomCableLine& line : bom.cables) {
        const bool modules = line.item == BomCableItem::Transceiver;
        cables.rows.push_back({line.name, networkName(line.network), lengthClassName(line.length_class),
                               groupedCount(line.links), modules ? std::string() : groupedCount(line.cables),
                               modules ? groupedCount(line.transceivers) : std::string(),
                               formatQuantity(line.power_watts, "W")});
    }
    const BomTotals& t = bom.totals;
    section.facts = {
        {CS_REPORT_TEXT("cs::Report", "Devices"), groupedCount(t.devices)},
        {CS_REPORT_TEXT("cs::Report", "GPUs"), groupedCount(t.gpus)},
        {CS_REPORT_TEXT("cs::Report", "Rack units"), groupedCount(t.rack_units)},
        {CS_REPORT_TEXT("cs::Report", "Transceivers"), groupedCount(t.transceivers)},
        {CS_REPORT_TEXT("cs::Report", "Device power, catalog maximum"), formatQuantity(t.max_watts, "W")},
        {CS_REPORT_TEXT("cs::Report", "Optics and active cables"), formatQuantity(t.cable_power_watts, "W")}};
    section.tables.push_back(std::move(devices));
    section.tables.push_back(std::move(cables));
    return section;
}

// Every switch failed alone (resilienceRanking): per network its worst, and in one sentence what the worst of
// all does to the compute fabric. None without switches.
std::optional<ReportSection> resilienceSection(const Design& design) {
    std::vector<ResilienceEntry> ranking = resilienceRanking(design);
    // The switches here; the one cable of each class below.
    std::vector<ResilienceEntry> cables;
    std::erase_if(ranking, [&](ResilienceEntry& entry) {
        if (entry.device != 0)
            return false;
        cables.push_back(std::move(entry));
        return true;
    });
    if (ranking.empty())
        return std::nullopt;
    ReportSection section{sectionTitle(kResilienceSection), {}, {}, {}, {}};
    section.paragraphs.push_back(
        {CS_REPORT_TEXT(
             "cs::Report",
             "Each switch is failed alone, its traffic left to the surviving paths (%1): the GPUs its "
             "network then cuts off, the share of the cluster's compute bandwidth lost, and the GPU "
             "servers that lose their storage. The most harmful switches of each network come first."),
         {std::string("docs/model.md#failures")}});
    const ResilienceEntry& worst = ranking.front(); // ranked by GPUs cut off from compute, then bandwidth
    const std::string worstName = design.devices().find(worst.device)->name;
    if (worst.gpusCutOff(Network::Compute) > 0)
        section.paragraphs.push_back(
            {CS_REPORT_TEXT("cs::Report",
                            "The worst single failure, %1, cuts %2 GPUs off the compute network: a training "
                            "job on them stops until the switch is replaced."),
             {worstName, groupedCount(static_cast<std::size_t>(worst.gpusCutOff(Network::Compute)))}});
    else if (worst.compute_bandwidth_lost_fraction > 0)
        section.paragraphs.push_back(
            {CS_REPORT_TEXT(
                 "cs::Report",
                 "No single switch failure cuts a GPU off the compute network; the worst, %1, costs "
                 "%2 of the cluster's compute bandwidth, and the job runs on with less bandwidth."),
             {worstName, percentText(worst.compute_bandwidth_lost_fraction)}});
    else
        section.paragraphs.push_back(CS_REPORT_TEXT(
            "cs::Report",
            "No single switch failure cuts a GPU off the compute network or reduces its bandwidth."));
    // One table per network of its switches, then one of the cable classes: what failed, then its cost.
    const auto table = [](ReportText caption, ReportText failed) {
        return ReportTable{std::move(caption),
                           {std::move(failed), CS_REPORT_TEXT("cs::Report", "Network"),
                            CS_REPORT_TEXT("cs::Report", "GPUs cut off"),
                            CS_REPORT_TEXT("cs::Report", "Compute bandwidth lost"),
                            CS_REPORT_TEXT("cs::Report", "Servers losing storage")},
                           {false, false, true, true, true},
                           {}};
    };
    const auto row = [](std::string failed, const ResilienceEntry& entry) {
        const NetworkLoss& loss = entry.networks.front(); // the failed item's own network
        return std::vector<ReportText>{std::move(failed), networkName(loss.network),
                                       groupedCount(static_cast<std::size_t>(loss.gpus_cut_off)),
                                       percentText(entry.compute_bandwidth_lost_fraction),
                                       groupedCount(static_cast<std::size_t>(entry.servers_losing_storage))};
    };
    for (Network network : kNetworks) {
        ReportTable switches =
            table({CS_REPORT_TEXT("cs::Report", "%1: worst single switch failures"), {networkName(network)}},
                  CS_REPORT_TEXT("cs::Report", "Failed switch"));
        for (const ResilienceEntry& entry : ranking) {
            if (entry.networks.front().network == network &&
                switches.rows.size() < kResilienceEntriesPerNetwork)
                switches.rows.push_back(row(design.devices().find(entry.device)->name, entry));
        }
        if (!switches.rows.empty())
            section.tables.push_back(std::move(switches));
    }
    if (!cables.empty()) {
        ReportTable classes = table(CS_REPORT_TEXT("cs::Report", "One cable of each kind failed"),
                                    CS_REPORT_TEXT("cs::Report", "Cable"));
        for (const ResilienceEntry& entry : cables)
            classes.rows.push_back(row(entry.link_class, entry));
        section.tables.push_back(std::move(classes));
    }
    return section;
}

ReportSection bandwidthSection(const Design& design, const std::optional<ScenarioOutcome>& plan) {
    ReportSection section{sectionTitle(kBandwidthSection), {}, {}, {}, {}};
    // What each network's cables carry at their line rates, and at which speeds.
    std::array<double, kNetworkCount> gbps{};
    std::array<std::set<int>, kNetworkCount> speeds;
    std::array<std::size_t, kNetworkCount> cables{};
    for (const Link& link : design.links().items()) {
        gbps[networkIndex(link.network)] += link.gbps;
        speeds[networkIndex(link.network)].insert(link.gbps);
        ++cables[networkIndex(link.network)];
    }
    ReportTable table{CS_REPORT_TEXT("cs::Report", "Cabled capacity per network"),
                      {CS_REPORT_TEXT("cs::Report", "Network"), CS_REPORT_TEXT("cs::Report", "Cables"),
                       CS_REPORT_TEXT("cs::Report", "Link speeds"),
                       CS_REPORT_TEXT("cs::Report", "Sum of line rates")},
                      {false, true, false, true},
                      {}};
    for (Network network : kNetworks) {
        const std::size_t i = networkIndex(network);
        std::string rates;
        for (int speed : speeds[i])
            rates += (rates.empty() ? "" : ", ") + std::to_string(speed) + " Gb/s";
        table.rows.push_back({networkName(network), groupedCount(cables[i]), rates.empty() ? "-" : rates,
                              formatQuantity(gbps[i] * kGiga, "b/s")});
    }
    section.tables.push_back(std::move(table));
    if (plan && plan->analysis.plan.workload == Workload::Inference) {
        section.paragraphs.push_back(CS_REPORT_TEXT(
            "cs::Report", "An inference plan keeps each model replica inside one server: its tensor-parallel "
                          "traffic rides NVLink or PCIe, budgeted with the GPU memory in the inference "
                          "estimate; the networks between servers carry none of it."));
        return section;
    }
    if (!plan || !plan->analysis.training) {
        section.paragraphs.push_back(
            plan ? ReportText(CS_REPORT_TEXT("cs::Report", "No plan estimate (%1): no demand to compare."),
                              {whyNoEstimate(*plan)})
                 : ReportText(CS_REPORT_TEXT(
                       "cs::Report", "Without a plan there is no demand to compare the capacity with.")));
        return section;
    }
    // The estimate's rates in GB/s, as `estimate --json` gives them (estimate_report.cpp).
    const TrainingEstimate& e = *plan->analysis.training;
    const double compute_demand = e.nic_bytes_per_gpu / e.step_time_s / kGiga,
                 compute_needed = e.nic_needed_bytes_per_s / kGiga,
                 compute_capacity = e.nic_capacity_bytes_per_s / kGiga,
                 nvlink_demand = e.nvlink_bytes_per_gpu / e.step_time_s / kGiga,
                 nvlink_capacity = e.nvlink_capacity_bytes_per_s / kGiga;
    section.paragraphs.push_back(
        {CS_REPORT_TEXT(
             "cs::Report",
             "What the plan asks of each network against what it offers. Compute and NVLink per GPU; "
             "storage for the whole cluster. The uplink and the management networks carry no "
             "training traffic. A line's status follows from what its shortfall costs: it warns "
             "from %1 of the step time and fails from %2, or when the plan cannot run."),
         {percentText(kBudgetWarnStepFraction), percentText(kBudgetFailStepFraction)}});
    section.tables.push_back(
        budgetTable(CS_REPORT_TEXT("cs::Report", "Budget of the plan"), plan->analysis, false));
    section.charts.push_back(
        {CS_REPORT_TEXT("cs::Report", "Bandwidth per GPU: the plan's demand against the links"),
         CS_REPORT_TEXT("cs::Report", "bandwidth per GPU (GB/s)"),
         {CS_REPORT_TEXT("cs::Report", "GPU compute network"), CS_REPORT_TEXT("cs::Report", "NVLink")},
         {{CS_REPORT_TEXT("cs::Report", "average demand"), {compute_demand, nvlink_demand}},
          {CS_REPORT_TEXT("cs::Report", "needed to hide DP"), {compute_needed, 0}},
          {CS_REPORT_TEXT("cs::Report", "capacity"), {compute_capacity, nvlink_capacity}}}});
    return section;
}

ReportSection storageSection(const std::optional<ScenarioOutcome>& plan) {
    ReportSection section{sectionTitle(kStorageSection), {}, {}, {}, {}};
    if (plan && plan->analysis.plan.workload == Workload::Inference) {
        section.paragraphs.push_back(CS_REPORT_TEXT(
            "cs::Report", "Storage budgets (training data reads, checkpoints, restores) apply to training "
                          "plans; an inference server reads its weights once at start-up."));
        return section;
    }
    if (!plan || !plan->analysis.training) {
        section.paragraphs.push_back(
            plan ? ReportText(CS_REPORT_TEXT("cs::Report", "No estimate: %1."), {whyNoEstimate(*plan)})
                 : ReportText(CS_REPORT_TEXT(
                       "cs::Report", "Without a plan there is no storage budget: give --plan PLAN.json.")));
        return section;
    }
    const StorageBudget& s = plan->analysis.training->storage;
    section.paragraphs.push_back(CS_REPORT_TEXT(
        "cs::Report",
        "Training reads its data, writes a checkpoint periodically, and after a failure reads the "
        "checkpoint back on every data-parallel replica. The interval is Young's "
        "optimum for the cluster's mean time between failures."));
    section.facts = {
        {CS_REPORT_TEXT("cs::Report", "Training data read"), formatQuantity(s.data_read_bytes_per_s, "B/s")},
        {CS_REPORT_TEXT("cs::Report", "Checkpoint size"), formatQuantity(s.checkpoint_bytes, "B")},
        {CS_REPORT_TEXT("cs::Report", "Checkpoint write bandwidth achieved"),
         formatQuantity(s.write_bytes_per_s, "B/s")},
        {CS_REPORT_TEXT("cs::Report", "Checkpoint write time"), duration(s.checkpoint_write_s)},
        {CS_REPORT_TEXT("cs::Report", "Cluster MTBF"), duration(s.system_mtbf_s)},
        {CS_REPORT_TEXT("cs::Report", "Optimal checkpoint interval"), duration(s.checkpoint_interval_s)},
        {CS_REPORT_TEXT("cs::Report", "Checkpoint overhead (writes and rework)"),
         percentText(s.checkpoint_overhead)},
        {{CS_REPORT_TEXT("cs::Report", "Write bandwidth for the %1 target"),
          {percentText(plan->analysis.plan.training.checkpoint_overhead_target)}},
         formatQuantity(s.required_write_bytes_per_s, "B/s")},
        {CS_REPORT_TEXT("cs::Report", "Restore read (checkpoint x DP)"),
         formatQuantity(s.restore_read_bytes, "B")},
        {CS_REPORT_TEXT("cs::Report", "Restore time"), duration(s.restore_s)}};
    section.charts.push_back(
        {CS_REPORT_TEXT("cs::Report", "Checkpoint times"),
         CS_REPORT_TEXT("cs::Report", "time (minutes)"),
         {CS_REPORT_TEXT("cs::Report", "Write one checkpoint"),
          CS_REPORT_TEXT("cs::Report", "Restore after a failure"),
          CS_REPORT_TEXT("cs::Report", "Interval between checkpoints")},
         {{CS_REPORT_TEXT("cs::Report", "minutes"),
           {s.checkpoint_write_s / 60, s.restore_s / 60, s.checkpoint_interval_s / 60}}}});
    return section;
}

ReportSection powerSection(const DesignPower& power, const std::optional<ScenarioOutcome>& plan) {
    ReportSection section{sectionTitle(kPowerSection), {}, {}, {}, {}};
    section.paragraphs.push_back(CS_REPORT_TEXT(
        "cs::Report", "The design at training load: GPU servers at their GPUs' TDP x 1.10 (at most their "
                      "maximum), switches at maximum, other devices halfway between idle and maximum."));
    ReportTable categories{CS_REPORT_TEXT("cs::Report", "Power by device category"),
                           {CS_REPORT_TEXT("cs::Report", "Category"), CS_REPORT_TEXT("cs::Report", "Power")},
                           {false, true},
                           {}};
    for (DeviceCategory category : kDeviceCategories)
        categories.rows.push_back(
            {categoryName(category),
             formatQuantity(power.category_watts[static_cast<std::size_t>(category)], "W")});
    categories.rows.push_back(
        {CS_REPORT_TEXT("cs::Report", "IT total"), formatQuantity(power.it_watts, "W")});
    ReportTable networks{CS_REPORT_TEXT("cs::Report", "Switch power by network"),
                         {CS_REPORT_TEXT("cs::Report", "Network"), CS_REPORT_TEXT("cs::Report", "Power")},
                         {false, true},
                         {}};
    for (Network network : kNetworks)
        networks.rows.push_back(
            {networkName(network), formatQuantity(power.network_watts[networkIndex(network)], "W")});
    ReportTable racks{CS_REPORT_TEXT("cs::Report", "Racks"),
                      {CS_REPORT_TEXT("cs::Report", "Rack"), CS_REPORT_TEXT("cs::Report", "Devices"),
                       CS_REPORT_TEXT("cs::Report", "Power at load"), CS_REPORT_TEXT("cs::Report", "Limit"),
                       CS_REPORT_TEXT("cs::Report", "Use"), CS_REPORT_TEXT("cs::Report", "Cooling")},
                      {false, true, true, true, true, false},
                      {}};
    ReportChart rackChart{
        CS_REPORT_TEXT("cs::Report", "Power per rack at load"),
        CS_REPORT_TEXT("cs::Report", "power (kW)"),
        {},
        {{CS_REPORT_TEXT("cs::Report", "at load"), {}}, {CS_REPORT_TEXT("cs::Report", "limit"), {}}}};
    std::size_t over = 0;
    for (const RackPower& rack : power.racks) {
        over += rack.over();
        racks.rows.push_back({rack.name, std::to_string(rack.devices), formatQuantity(rack.watts, "W"),
                              formatNumber("%.0f kW", rack.max_kw),
                              rack.max_kw > 0 ? percentText(rack.watts / (rack.max_kw * 1000)) : "-",
                              coolingText(rack.cooling, rack.cooling_kw)});
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
    section.facts = {{CS_REPORT_TEXT("cs::Report", "IT power at load"), formatQuantity(power.it_watts, "W")},
                     {CS_REPORT_TEXT("cs::Report", "Racks over their limit"), groupedCount(over)}};
    if (plan && plan->analysis.training) {
        const PowerEstimate& p = plan->analysis.power;
        section.facts.push_back({CS_REPORT_TEXT("cs::Report", "PUE"), formatNumber("%.2f", p.pue)});
        section.facts.push_back({CS_REPORT_TEXT("cs::Report", "Facility power (IT x PUE)"),
                                 formatQuantity(p.facility_watts, "W")});
        section.facts.push_back({CS_REPORT_TEXT("cs::Report", "Training run"),
                                 duration(plan->analysis.training->time_to_train_s)});
        section.facts.push_back(
            {CS_REPORT_TEXT("cs::Report", "Energy of the run"), formatQuantity(p.energy_kwh * 1000, "Wh")});
        section.facts.push_back(
            {CS_REPORT_TEXT("cs::Report", "Cost of the energy"),
             {CS_REPORT_TEXT("cs::Report", "%1 (at %2 per kWh)"),
              {formatMoney(p.cost, p.currency), formatMoney(p.price_per_kwh, p.currency)}}});
    }
    section.tables.push_back(std::move(categories));
    section.tables.push_back(std::move(networks));
    section.tables.push_back(std::move(racks));
    return section;
}

ReportSection scenarioSection(std::vector<ScenarioOutcome> outcomes) {
    ReportSection section{sectionTitle(kScenarioSection), {}, {}, {}, {}};
    section.paragraphs.push_back(CS_REPORT_TEXT(
        "cs::Report",
        "Each scenario estimated on this design (with its variant of the design), side by side; a "
        "change from the first column is shown in brackets."));
    ReportChart chart{CS_REPORT_TEXT("cs::Report", "Time to train per scenario"),
                      CS_REPORT_TEXT("cs::Report", "time to train (days)"),
                      {},
                      {{CS_REPORT_TEXT("cs::Report", "days"), {}}}};
    for (const ScenarioOutcome& outcome : outcomes) {
        if (!outcome.analysis.training) {
            section.paragraphs.push_back(
                {CS_REPORT_TEXT("cs::Report", "%1: %2."), {outcome.name, whyNoEstimate(outcome)}});
            continue;
        }
        chart.categories.push_back(outcome.name);
        chart.series[0].values.push_back(outcome.analysis.training->time_to_train_s / kSecondsPerDay);
    }
    const ScenarioComparison comparison = compareOutcomes(std::move(outcomes));
    ReportTable table{CS_REPORT_TEXT("cs::Report", "Scenarios side by side"),
                      {CS_REPORT_TEXT("cs::Report", "Figure")},
                      {false},
                      {}};
    for (const ScenarioOutcome& outcome : comparison.scenarios) {
        table.columns.push_back(outcome.name);
        table.numeric.push_back(true);
    }
    for (const ComparisonRow& row : comparison.rows) {
        std::vector<ReportText> cells = {row.label};
        for (const ComparisonCell& cell : row.cells) {
            ReportText text = cell.value ? quantityText(*cell.value, row.unit) : ReportText(std::string("-"));
            if (cell.differs && cell.relative)
                text = ReportText(CS_REPORT_TEXT("cs::Report", "%1 (%2)"),
                                  {std::move(text), formatNumber("%+.1f %%", *cell.relative * 100)});
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

ReportSection assumptionsSection(const std::optional<ScenarioOutcome>& plan) {
    const bool inference = plan && plan->analysis.isInference();
    ReportSection section{sectionTitle(kAssumptionsSection), {}, {}, {}, {}};
    ReportTable assumptions{CS_REPORT_TEXT("cs::Report", "Assumptions"),
                            {CS_REPORT_TEXT("cs::Report", "Assumption"),
                             CS_REPORT_TEXT("cs::Report", "Value"), CS_REPORT_TEXT("cs::Report", "Source")},
                            {false, true, false},
                            {}};
    // Sources are citations: they stay as published.
    assumptions.rows = {
        {CS_REPORT_TEXT("cs::Report", "GPU server power at training load, per GPU"),
         formatNumber("%.2f x TDP", kTrainingWattsPerGpuTdp), std::string("Patterson et al. 2021, Table 4")},
        {CS_REPORT_TEXT("cs::Report", "Other devices' load"),
         {CS_REPORT_TEXT("cs::Report", "%1 between idle and maximum"),
          {formatNumber("%.0f %%", kOtherDeviceLoad * 100)}},
         {CS_REPORT_TEXT("cs::Report", "assumption (%1)"), {std::string("docs/model.md#power")}}},
        {CS_REPORT_TEXT("cs::Report", "PUE when the plan gives none"), formatNumber("%.2f", kDefaultPue),
         std::string("Uptime Institute 2023 global survey")},
        {CS_REPORT_TEXT("cs::Report", "Energy price when the plan gives none"),
         {CS_REPORT_TEXT("cs::Report", "%1 per kWh"),
          {formatMoney(kDefaultPricePerKwh,
                       plan ? plan->analysis.plan.power.currency : PowerSpec{}.currency)}},
         {CS_REPORT_TEXT("cs::Report", "assumption: illustrative (%1)"),
          {std::string("docs/model.md#power")}}},
        {CS_REPORT_TEXT("cs::Report", "Server MTBF when the plan gives none"),
         significantDigits(kDefaultNodeMtbfHours) + " h",
         std::string("Llama 3, arXiv 2407.21783 §3.3.4, Table 5")},
        {CS_REPORT_TEXT("cs::Report", "Network MTBF per server when the plan gives none"),
         significantDigits(kDefaultNetworkMtbfServerHours) + " h",
         std::string("Llama 3, arXiv 2407.21783 §3.3.4, Table 5")},
        {CS_REPORT_TEXT("cs::Report", "Restart time when the plan gives none"),
         significantDigits(kDefaultRestartMinutes) + " min",
         {CS_REPORT_TEXT("cs::Report", "assumption: illustrative (%1)"),
          {std::string("docs/model.md#goodput")}}},
        {CS_REPORT_TEXT("cs::Report", "Repair time when the plan gives none"),
         significantDigits(kDefaultRepairHours) + " h",
         {CS_REPORT_TEXT("cs::Report", "assumption: illustrative (%1)"),
          {std::string("docs/model.md#goodput")}}}};
    if (inference) {
        assumptions.rows.push_back({CS_REPORT_TEXT("cs::Report", "Share of peak HBM bandwidth in decode"),
                                    formatNumber("%.0f %%", kDecodeHbmEfficiency * 100),
                                    {CS_REPORT_TEXT("cs::Report", "assumption (%1)"),
                                     {std::string("Databricks 2023; docs/model.md#inference")}}});
        assumptions.rows.push_back(
            {CS_REPORT_TEXT("cs::Report", "Share of GPU memory for weights and KV cache"),
             formatNumber("%.0f %%", kInferenceMemoryShare * 100),
             std::string("vLLM gpu_memory_utilization default")});
        assumptions.rows.push_back({CS_REPORT_TEXT("cs::Report", "Latency of one TP all-reduce in a server"),
                                    milliseconds(kTpAllReduceLatencySeconds),
                                    {CS_REPORT_TEXT("cs::Report", "assumption (%1)"),
                                     {std::string("nccl-tests; docs/model.md#inference")}}});
    }
    section.tables.push_back(std::move(assumptions));
    if (!plan || !plan->analysis.estimated()) {
        section.paragraphs.push_back(
            CS_REPORT_TEXT("cs::Report", "Without a plan estimate there are no formulas to list."));
        return section;
    }
    // Each figure by its name (figure_names.h); formulas and inputs are the estimator's own (as `estimate
    // --json` gives them): not translated.
    ReportTable formulas{CS_REPORT_TEXT("cs::Report", "Every figure of the estimate"),
                         {CS_REPORT_TEXT("cs::Report", "Figure"), CS_REPORT_TEXT("cs::Report", "Value"),
                          CS_REPORT_TEXT("cs::Report", "Formula"), CS_REPORT_TEXT("cs::Report", "Inputs"),
                          CS_REPORT_TEXT("cs::Report", "Source")},
                         {false, true, false, false, false},
                         {}};
    for (const auto& [key, value] : plan->analysis.explained)
        formulas.rows.push_back({figureLabel(key), shownFigure(key, value), value.formula,
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

ReportContent makeReportContent(const Design& design, const Catalog& library,
                                const std::optional<NamedPlan>& plan, const std::string& scenario) {
    ReportContent content;
    content.title = design.name;

    // The report shows the chosen plan's explained values and inference budget; no sweeps, no loads.
    constexpr PlanAnalysisOptions kReportOptions{
        .explained = true, .budget = true, .design_power = false, .suitability = false};
    std::vector<ScenarioOutcome> scenarios; // as the comparison takes them: training only
    std::optional<ScenarioOutcome> chosen;
    for (const Scenario& each : design.scenarios().items()) {
        try {
            PlanAnalysis analysis = analyzeScenario(library, design, each, kReportOptions);
            if (!plan && each.name == scenario)
                chosen = ScenarioOutcome{each.name, analysis};
            scenarios.push_back(comparedOutcome(each.name, std::move(analysis)));
        } catch (const InputError& e) {
            scenarios.push_back(unreadableScenario(each.name, e.what()));
            if (!plan && each.name == scenario)
                chosen = scenarios.back();
        }
    }
    if (plan) {
        chosen = ScenarioOutcome{plan->name, analyzePlan(library, plan->plan, &design, kReportOptions)};
    } else if (!scenario.empty() && !chosen) {
        std::string names;
        for (const ScenarioOutcome& each : scenarios)
            names += (names.empty() ? "" : ", ") + each.name;
        throw InputError("no scenario named '" + scenario + "' in the design" +
                         (names.empty() ? std::string(", which has none") : "; it has: " + names));
    } else if (scenario.empty()) {
        const auto trained = std::find_if(scenarios.begin(), scenarios.end(), [](const ScenarioOutcome& s) {
            return s.analysis.training.has_value();
        });
        if (trained != scenarios.end())
            chosen = *trained;
    }
    const bool inferencePlan = chosen && chosen->analysis.isInference();
    if (chosen)
        content.plan_name = chosen->name;

    const DesignSummary summary = summarize(design);
    const DesignPower power = designPower(design);
    content.sections.push_back(summarySection(library, summary, power, chosen, content.headline));
    if (inferencePlan)
        content.sections.push_back(inferenceSection(*chosen));
    else if (chosen)
        content.sections.push_back(trainingSection(*chosen));
    content.sections.push_back(validationSection(validateDesign(design, &library)));
    content.sections.push_back(bomSection(library, makeBom(design)));
    content.sections.push_back(bandwidthSection(design, chosen));
    if (std::optional<ReportSection> resilience = resilienceSection(design))
        content.sections.push_back(std::move(*resilience));
    content.sections.push_back(storageSection(chosen));
    content.sections.push_back(powerSection(power, chosen));
    if (!scenarios.empty()) {
        // The comparison is of training plans: an inference plan does not join it.
        if (plan && !inferencePlan)
            scenarios.insert(scenarios.begin(), *chosen);
        content.sections.push_back(scenarioSection(scenarios));
    }
    content.sections.push_back(assumptionsSection(chosen));
    return content;
}

} // namespace cs
