#include "rules/rules.h"

#include <algorithm>
#include <map>

namespace cs {

namespace {

// The parameters of a scenario's model: a preset's, or P = 12lh²(1 + 13/(12h) + (V+s)/(12lh)) from its
// dimensions (Narayanan et al. 2021, eq. 2). Zero when the plan does not say.
double paramsBillion(const nlohmann::json& model, const Catalog& library) {
    if (!model.is_object())
        return 0;
    if (auto preset = model.find("preset"); preset != model.end() && preset->is_string()) {
        const ModelPreset* found = library.model(preset->get<std::string>());
        return found ? found->params_billion : 0;
    }
    for (const char* key : {"layers", "hidden", "vocab", "seq_len"}) {
        if (!model.contains(key) || !model[key].is_number() || !(model[key].get<double>() > 0))
            return 0;
    }
    const double l = model["layers"], h = model["hidden"], v = model["vocab"], s = model["seq_len"];
    return 12 * l * h * h * (1 + 13 / (12 * h) + (v + s) / (12 * l * h)) / 1e9;
}

ReportText joined(const std::vector<std::string>& ids) {
    if (ids.empty())
        return CS_REPORT_TEXT("cs::Diagnostic", "nothing");
    return listText(std::vector<ReportText>(ids.begin(), ids.end()));
}

void checkTable(const SuitabilityTable& table, const std::map<std::string, std::vector<DeviceId>>& used,
                const ParameterScale& scale, Workload workload, const Scenario& scenario, const char* code,
                bool servers, std::vector<Diagnostic>& out) {
    const auto cell = table.suitable.find({scale.id, workload});
    const std::vector<std::string> none;
    const std::vector<std::string>& suitable = cell == table.suitable.end() ? none : cell->second;
    for (const auto& [id, devices] : used) {
        const bool judged = std::find(table.columns.begin(), table.columns.end(), id) != table.columns.end();
        if (!judged || std::find(suitable.begin(), suitable.end(), id) != suitable.end())
            continue;
        out.push_back(
            {code,
             Severity::Warning,
             {servers ? CS_REPORT_TEXT("cs::Diagnostic", "scenario '%1': the suitability table does not "
                                                         "mark the server %2 for %3 %4 (it marks %5)")
                      : CS_REPORT_TEXT("cs::Diagnostic", "scenario '%1': the suitability table does not "
                                                         "mark the GPU %2 for %3 %4 (it marks %5)"),
              {scenario.name, id, scale.label_en, std::string(workloadId(workload)), joined(suitable)}},
             devices,
             {},
             servers ? CS_REPORT_TEXT("cs::Diagnostic",
                                      "choose a server the table marks for this scale and scenario")
                     : CS_REPORT_TEXT("cs::Diagnostic",
                                      "choose a GPU the table marks for this scale and scenario")});
    }
}

} // namespace

void checkSuitability(const DesignIndex& index, const Catalog* library, std::vector<Diagnostic>& out) {
    if (!library)
        return;
    const Design& design = index.design();
    std::map<std::string, std::vector<DeviceId>> servers, gpus;
    for (const Device& device : design.devices().items()) {
        if (index.type(device.id).category != DeviceCategory::GpuServer)
            continue;
        servers[device.type].push_back(device.id);
        if (const GpuType* gpu = design.gpuOf(device))
            gpus[gpu->id].push_back(device.id);
    }
    const Suitability& tables = library->suitability();
    for (const Scenario& scenario : design.scenarios().items()) {
        const auto named = scenario.plan.find("scenario");
        const std::optional<Workload> workload = named == scenario.plan.end() ? Workload::Pretrain
                                                 : named->is_string()
                                                     ? parseWorkload(named->get<std::string>())
                                                     : std::nullopt;
        const double params = paramsBillion(scenario.plan.value("model", nlohmann::json()), *library);
        const ParameterScale* scale = params > 0 ? tables.scaleOf(params) : nullptr;
        if (!workload || !scale)
            continue; // the plan does not say enough to look the tables up (the estimator reports that)
        checkTable(tables.servers, servers, *scale, *workload, scenario, "server-unsuited", true, out);
        checkTable(tables.gpus, gpus, *scale, *workload, scenario, "gpu-unsuited", false, out);
    }
}

} // namespace cs
