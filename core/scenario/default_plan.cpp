#include "scenario/default_plan.h"

#include "analysis/budget_status.h"
#include "base/number_format.h"
#include "base/units.h"
#include "estimate/cluster_from_design.h"
#include "estimate/plan.h"
#include "estimate/plan_sweep.h"
#include "model/operation.h"
#include "scenario/scenario_names.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace cs {

namespace {

// Sweep candidates examined for one whose budgets all pass before the next preset down is tried.
constexpr std::size_t kCandidates = 8;

nlohmann::json planJson(const std::string& preset, const Parallelism& p) {
    return {{"model", {{"preset", preset}}},
            {"parallelism",
             {{"tp", p.tp},
              {"pp", p.pp},
              {"dp", p.dp},
              {"vpp", p.vpp},
              {"cp", p.cp},
              {"ep", p.ep},
              {"etp", p.etp},
              {"fsdp", p.fsdp},
              {"micro_batch", p.micro_batch},
              {"global_batch", p.global_batch},
              {"recompute", std::string(recomputeId(p.recompute))},
              {"sequence_parallel", p.sequence_parallel}}}};
}

// The suitability tables mark `id` (a server or GPU column) for the preset's scale class and pretraining, or
// do not judge it (catalogs/README.md: the validator warns otherwise, rules_suitability.cpp).
bool marked(const SuitabilityTable& table, const ParameterScale& scale, const std::string& id) {
    if (std::find(table.columns.begin(), table.columns.end(), id) == table.columns.end())
        return true;
    const auto cell = table.suitable.find({scale.id, Workload::Pretrain});
    return cell != table.suitable.end() &&
           std::find(cell->second.begin(), cell->second.end(), id) != cell->second.end();
}

// The tables mark every GPU server type and GPU of the design for the preset's scale.
bool suitable(const ModelPreset& preset, const Design& design, const Catalog& catalog) {
    const Suitability& tables = catalog.suitability();
    const ParameterScale* scale = tables.scaleOf(preset.params_billion);
    if (!scale)
        return true;
    for (const Device& device : design.devices().items()) {
        if (design.typeOf(device).category != DeviceCategory::GpuServer)
            continue;
        if (!marked(tables.servers, *scale, device.type))
            return false;
        if (const GpuType* gpu = design.gpuOf(device); gpu && !marked(tables.gpus, *scale, gpu->id))
            return false;
    }
    return true;
}

DefaultPlan describe(const ModelPreset& preset, const Parallelism& p) {
    std::string split = "TP " + std::to_string(p.tp);
    if (p.cp > 1)
        split += " x CP " + std::to_string(p.cp);
    split += " x PP " + std::to_string(p.pp) + " x DP " + std::to_string(p.dp);
    if (p.ep > 1)
        split += ", EP " + std::to_string(p.ep);
    if (p.fsdp)
        split += ", FSDP";
    return {planJson(preset.id, p), preset.name,
            preset.name + ", " + split + ", global batch " + groupedCount(std::size_t(p.global_batch))};
}

} // namespace

std::optional<DefaultPlan> defaultTrainingPlan(const Design& design, const Catalog& catalog) {
    std::vector<const ModelPreset*> presets;
    for (const auto& [id, preset] : catalog.models())
        if (preset.dataset_tokens > 0) // a default plan trains on the preset's published dataset size
            presets.push_back(&preset);
    std::stable_sort(presets.begin(), presets.end(), [](const ModelPreset* a, const ModelPreset* b) {
        return a->params_billion > b->params_billion;
    });
    // Presets the suitability tables mark for the design's servers and GPUs first, then the others.
    std::stable_partition(presets.begin(), presets.end(),
                          [&](const ModelPreset* preset) { return suitable(*preset, design, catalog); });
    if (!design.hasGpus())
        return std::nullopt;
    std::optional<DefaultPlan> fitting, soonest;
    double soonest_s = 0;
    std::optional<ClusterSpec> cluster; // the design's, the same for every preset
    for (const ModelPreset* preset : presets) {
        Plan plan = readPlan(planJson(preset->id, Parallelism{}), catalog, "the default plan");
        if (!cluster) {
            applyDesignCluster(design, plan);
            cluster = plan.cluster;
        }
        plan.cluster = *cluster;
        const int gpus = plan.cluster.gpus;
        if (gpus <= 0)
            return std::nullopt;
        const double sequences = std::ceil(kDefaultBatchTokens / plan.model.seq_len);
        plan.parallelism.global_batch = int(std::ceil(sequences / gpus)) * gpus;
        plan.parallelism.dp = gpus;
        const SweepResult sweep = sweepPlans(plan, kCandidates);
        for (const SweepCandidate& candidate : sweep.best) {
            plan.parallelism = candidate.parallelism;
            if (!exceededBudgetLines(budgetLines(plan, candidate.estimate)).empty())
                continue;
            const double train_s = candidate.estimate.time_to_train_s;
            if (train_s <= kDefaultMaxTrainingDays * kSecondsPerDay)
                return describe(*preset, candidate.parallelism);
            if (!soonest || train_s < soonest_s) {
                soonest = describe(*preset, candidate.parallelism);
                soonest_s = train_s;
            }
            break; // the fastest passing candidate of this preset
        }
        if (!fitting && !sweep.best.empty())
            fitting = describe(*preset, sweep.best.front().parallelism);
    }
    return soonest ? soonest : fitting;
}

std::string defaultScenarioName(const Design& design) {
    return uniqueScenarioName(design, "Training");
}

std::optional<std::string> addDefaultTrainingScenario(Design& design, const Catalog& catalog) {
    std::optional<DefaultPlan> plan = defaultTrainingPlan(design, catalog);
    if (!plan)
        return std::nullopt;
    Scenario scenario;
    scenario.id = design.scenarios().nextId();
    scenario.name = defaultScenarioName(design);
    scenario.plan = std::move(plan->plan);
    design.apply(Operation{Add<Scenario>{std::move(scenario)}});
    return plan->summary;
}

} // namespace cs
