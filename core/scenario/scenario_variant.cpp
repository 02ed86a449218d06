#include "scenario/scenario_variant.h"

#include "base/input_error.h"
#include "estimate/cluster_from_design.h"
#include "io/json_reader.h"
#include "power/design_power.h"

#include <algorithm>
#include <nlohmann/json.hpp>

namespace cs {

namespace {

const Device* firstGpuServer(const Design& design) {
    for (const Device& device : design.devices().items())
        if (design.typeOf(device).category == DeviceCategory::GpuServer && design.gpuCount(device) > 0)
            return &device;
    return nullptr;
}

void applyGpu(const std::string& id, const Design& design, const Catalog& library, ClusterSpec& cluster) {
    const Device* server = firstGpuServer(design);
    const GpuConfig& config = *design.typeOf(*server).gpu; // applyDesignCluster found one
    if (std::find(config.supported.begin(), config.supported.end(), id) == config.supported.end())
        throw InputError("variant.gpu: '" + id + "' does not fit the design's " + design.typeOf(*server).id +
                         " servers");
    const GpuType* gpu = design.catalog().gpu(id);
    if (!gpu)
        gpu = library.gpu(id);
    if (!gpu)
        throw InputError("variant.gpu: unknown GPU '" + id + "' (see catalogs/gpus.json)");
    cluster.gpu = *gpu;
}

void applyStorageNodes(int nodes, const Design& design, ClusterSpec& cluster) {
    double watts = 0;
    int present = 0;
    for (const Device& device : design.devices().items()) {
        const DeviceType& type = design.typeOf(device);
        if (type.category == DeviceCategory::Storage && type.storage) {
            ++present;
            watts += deviceWattsAtLoad(design, device);
        }
    }
    if (present == 0)
        throw InputError("variant.storage_nodes: the design has no storage nodes to scale");
    // Scale-out file systems add bandwidth per node (the catalog gives per-node GB/s).
    const double scale = static_cast<double>(nodes) / present;
    cluster.storage_nodes = nodes;
    cluster.storage_read_gbytes_per_s *= scale;
    cluster.storage_write_gbytes_per_s *= scale;
    cluster.other_it_watts += (scale - 1) * watts;
    cluster.storage_source = std::to_string(nodes) + " storage nodes (scenario variant of the design's " +
                             std::to_string(present) + ")";
}

} // namespace

ScenarioVariant readScenarioVariant(const nlohmann::json& variant, const std::string& where) {
    JsonObjectReader reader(variant, where);
    ScenarioVariant out;
    out.gpu = reader.optionalString("gpu");
    out.nic_gbps = reader.optionalNumber("nic_gbps", 1, kVariantMaxNicGbps);
    if (auto nodes = reader.optionalInteger("storage_nodes", 1, kVariantMaxCount))
        out.storage_nodes = static_cast<int>(*nodes);
    if (auto servers = reader.optionalInteger("servers", 1, kVariantMaxCount))
        out.servers = static_cast<int>(*servers);
    reader.finish();
    return out;
}

nlohmann::json scenarioVariantToJson(const ScenarioVariant& variant) {
    nlohmann::json out = nlohmann::json::object();
    if (variant.gpu)
        out["gpu"] = *variant.gpu;
    if (variant.nic_gbps)
        out["nic_gbps"] = *variant.nic_gbps;
    if (variant.storage_nodes)
        out["storage_nodes"] = *variant.storage_nodes;
    if (variant.servers)
        out["servers"] = *variant.servers;
    return out;
}

std::vector<std::string> variantGpus(const Design& design) {
    const Device* server = firstGpuServer(design);
    return server ? design.typeOf(*server).gpu->supported : std::vector<std::string>{};
}

void applyScenarioVariant(const ScenarioVariant& variant, const Design& design, const Catalog& library,
                          Plan& plan) {
    ClusterSpec& cluster = plan.cluster;
    if (variant.gpu)
        applyGpu(*variant.gpu, design, library, cluster);
    if (variant.nic_gbps)
        cluster.nic_gbps = *variant.nic_gbps;
    if (variant.storage_nodes)
        applyStorageNodes(*variant.storage_nodes, design, cluster);
    if (variant.servers)
        cluster.gpus = *variant.servers * cluster.gpus_per_node;
}

Plan scenarioPlan(const Design& design, const Scenario& scenario, const Catalog& library) {
    const std::string where = "scenario '" + scenario.name + "'";
    Plan plan = readPlan(scenario.plan, library, where + ": plan");
    const ScenarioVariant variant = readScenarioVariant(scenario.variant, where + ": variant");
    try {
        applyDesignCluster(design, plan);
        applyScenarioVariant(variant, design, library, plan);
    } catch (const InputError&) {
        rethrowWithContext(where);
    }
    return plan;
}

} // namespace cs
