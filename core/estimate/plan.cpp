#include "estimate/plan.h"

#include "base/input_error.h"
#include "base/number_format.h"
#include "estimate/pipeline_split.h"
#include "io/input_file.h"
#include "io/json_reader.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <nlohmann/json.hpp>

namespace cs {

namespace {

constexpr std::array<std::string_view, 3> kRecomputeIds = {"none", "selective", "full"};
constexpr std::array<std::string_view, 4> kPrecisionIds = {"bf16", "fp8", "mxfp8", "nvfp4"};
constexpr std::array<std::string_view, 3> kInNetworkReductionIds = {"auto", "on", "off"};
constexpr std::array<std::string_view, 2> kRoutingIds = {"adaptive", "ecmp"};
constexpr const char* kDefaultGpu = "h100-sxm5-80gb";
constexpr std::int64_t kMaxGlobalBatch = std::int64_t{1} << 26; // sequences per optimizer step
constexpr std::int64_t kPlanMaxSeqLen = std::int64_t{1} << 24; // tokens; long-context runs train at 1M (2^20)

// NVIDIA DGX SuperPOD H100 RA-11333 v11 Table 6, "Better" tier: single node 8/4 GB/s read/write, one SU
// (32 nodes) 40/20 GB/s aggregate, scaling with the SU count.
constexpr double kSingleNodeReadGbytesPerS = 8, kSingleNodeWriteGbytesPerS = 4;
constexpr double kSuReadGbytesPerS = 40, kSuWriteGbytesPerS = 20;
constexpr double kNodesPerSu = 32;

// Without a global batch: m = 4p micro-batches, which keeps the 1F1B bubble (p-1)/m under 25%.
constexpr int kDefaultMicroBatchesPerStage = 4;

int toInt(std::int64_t value) {
    return static_cast<int>(value);
}

// One of `ids`, by index, for an optional string key; `fallback` when the key is absent.
template <typename Enum, std::size_t N>
Enum readChoice(JsonObjectReader& reader, const char* key, const std::array<std::string_view, N>& ids,
                Enum fallback) {
    const std::optional<std::string> value = reader.optionalString(key);
    if (!value)
        return fallback;
    const auto it = std::find(ids.begin(), ids.end(), *value);
    if (it == ids.end()) {
        std::string expected;
        for (std::size_t i = 0; i < N; ++i)
            expected += std::string(i == 0 ? "" : i + 1 == N ? " or " : ", ") + std::string(ids[i]);
        reader.fail(key, "expected " + expected + ", not '" + *value + "'");
    }
    return static_cast<Enum>(it - ids.begin());
}

// The compute fabric's switch model: whether it reduces in the network and how it routes.
void applyComputeSwitch(const DeviceType& device, ClusterSpec& cluster) {
    cluster.compute_switch = device.id;
    cluster.switch_reduction = !device.switch_info->in_network_reduction.empty();
    cluster.routing = device.switch_info->adaptive_routing ? Routing::Adaptive : Routing::Ecmp;
}

void readModel(JsonObjectReader& top, const Catalog& catalog, Plan& plan) {
    const nlohmann::json* object = top.optionalObject("model");
    if (!object)
        top.fail("model", "missing (give a \"preset\" or the layers, hidden, heads, ... of the model)");
    JsonObjectReader reader(*object, top.pathOf("model"));
    ModelShape& model = plan.model;
    if (auto preset = reader.optionalString("preset")) {
        const ModelPreset* found = catalog.model(*preset);
        if (!found)
            reader.fail("preset", "unknown model preset '" + *preset + "' (see catalogs/models.json)");
        model = modelShapeOf(*found);
    } else {
        model.name = reader.optionalString("name").value_or("custom model");
    }
    const bool preset = reader.has("preset");
    auto integer = [&](const char* key, int& into, std::int64_t max = kPlanMaxCount) {
        if (auto value =
                preset ? reader.optionalInteger(key, 1, max) : std::optional{reader.integer(key, 1, max)})
            into = toInt(*value);
    };
    integer("layers", model.layers);
    integer("hidden", model.hidden);
    integer("heads", model.heads);
    integer("vocab", model.vocab);
    integer("seq_len", model.seq_len, kPlanMaxSeqLen);
    if (auto kv = reader.optionalInteger("kv_heads", 1, kPlanMaxCount))
        model.kv_heads = toInt(*kv);
    else if (!preset)
        model.kv_heads = model.heads;
    if (auto ffn = reader.optionalInteger("ffn_hidden", 1, 16 * kPlanMaxCount))
        model.ffn_hidden = toInt(*ffn);
    else if (!preset)
        model.ffn_hidden = 4 * model.hidden;
    // Each head takes hidden / heads of the width, and each KV head serves heads / kv_heads query heads.
    if (model.hidden % model.heads != 0)
        reader.fail("heads", std::to_string(model.heads) +
                                 " heads do not divide hidden = " + std::to_string(model.hidden));
    if (model.kv_heads > model.heads || model.heads % model.kv_heads != 0)
        reader.fail("kv_heads", std::to_string(model.kv_heads) +
                                    " KV heads do not divide heads = " + std::to_string(model.heads));
    if (reader.has("gated_mlp"))
        model.gated_mlp = reader.boolean("gated_mlp");
    if (auto tokens = reader.optionalNumber("dataset_tokens", 0, kPlanMaxTokens))
        model.dataset_tokens = *tokens;
    if (preset && reader.has("name"))
        model.name = *reader.optionalString("name");
    readModelFeatures(reader, model.features);
    const MoeShape& moe = model.features.moe;
    if (moe.enabled() && moe.dense_layers >= model.layers)
        reader.fail("moe", "dense_layers = " + std::to_string(moe.dense_layers) +
                               " leaves no MoE layer of the " + std::to_string(model.layers));
    reader.finish();
}

// The first catalog GPU server (by id) whose default GPU is `gpu`, preferring one with `count` GPUs.
const DeviceType* serverFor(const Catalog& catalog, const std::string& gpu, int count) {
    const DeviceType* any = nullptr;
    for (const auto& [id, device] : catalog.devices()) {
        if (device.category != DeviceCategory::GpuServer || !device.gpu || device.gpu->gpu != gpu)
            continue;
        if (count == 0 || device.gpu->count == count)
            return &device;
        if (!any)
            any = &device;
    }
    return any;
}

// Line rate of all ports of a group serving `network` (count x fastest speed), in Gb/s.
double portGbps(const DeviceType& device, Network network, int* count = nullptr) {
    for (const PortGroup& group : device.port_groups) {
        if (group.network == network) {
            if (count)
                *count = group.count; // NICs (a NIC that splits into ports counts once, at its top speed)
            return group.count * static_cast<double>(group.maxGbps());
        }
    }
    return 0;
}

void applyServer(const DeviceType& server, ClusterSpec& cluster) {
    cluster.server = server.id;
    cluster.gpus_per_node = server.gpu->count;
    cluster.nvlink_domain = server.scaleupDomainWith(cluster.gpu);
    int nics = 0;
    const double compute_gbps = portGbps(server, Network::Compute, &nics);
    if (nics > 0) {
        cluster.nics_per_node = nics;
        cluster.nic_gbps = compute_gbps / nics;
    }
    cluster.node_storage_gbps = portGbps(server, Network::Storage);
    cluster.server_idle_watts = server.idle_watts;
    cluster.server_max_watts = server.max_watts;
}

void defaultStorage(ClusterSpec& cluster) {
    const double sus = cluster.nodes() / kNodesPerSu;
    cluster.storage_read_gbytes_per_s = std::max(kSingleNodeReadGbytesPerS, kSuReadGbytesPerS * sus);
    cluster.storage_write_gbytes_per_s = std::max(kSingleNodeWriteGbytesPerS, kSuWriteGbytesPerS * sus);
    cluster.storage_source = "NVIDIA DGX SuperPOD H100 RA Table 6, 'Better' tier, scaled by scalable units";
}

void readCluster(JsonObjectReader& top, const Catalog& catalog, Plan& plan) {
    ClusterSpec& cluster = plan.cluster;
    const nlohmann::json* object = top.optionalObject("cluster");
    plan.cluster_given = object != nullptr;
    const nlohmann::json empty = nlohmann::json::object();
    JsonObjectReader reader(object ? *object : empty, top.pathOf("cluster"));

    // A rack-scale system runs the plan on its compute trays: a node is a tray, the NVLink domain the
    // rack.
    const DeviceType* server = nullptr;
    const SystemType* system = nullptr;
    const std::optional<std::string> server_id = reader.optionalString("server");
    if (server_id) {
        system = catalog.system(*server_id);
        server = catalog.device(system ? system->compute_tray : *server_id);
        if (!server || server->category != DeviceCategory::GpuServer || !server->gpu)
            reader.fail("server", "unknown GPU server '" + *server_id +
                                      "' (see catalogs/servers.json and catalogs/systems.json)");
    }
    const std::string gpu_id =
        reader.optionalString("gpu").value_or(server ? server->gpu->gpu : std::string(kDefaultGpu));
    const GpuType* gpu = catalog.gpu(gpu_id);
    if (!gpu)
        reader.fail("gpu", "unknown GPU '" + gpu_id + "' (see catalogs/gpus.json)");
    if (server && std::find(server->gpu->supported.begin(), server->gpu->supported.end(), gpu_id) ==
                      server->gpu->supported.end())
        reader.fail("gpu", "a " + *server_id + " does not take GPU '" + gpu_id + "'");
    cluster.gpu = *gpu;
    const auto per_node = reader.optionalInteger("gpus_per_node", 1, 64);
    if (!server)
        server = serverFor(catalog, gpu_id, per_node ? toInt(*per_node) : 8);
    if (server) {
        applyServer(*server, cluster);
        if (system)
            cluster.server = system->id;
    } else
        cluster.nvlink_domain = gpu->nvlink_gbytes_per_s > 0 ? cluster.gpus_per_node : 1;
    if (per_node) {
        cluster.gpus_per_node = toInt(*per_node);
        cluster.nvlink_domain = std::min(cluster.nvlink_domain, cluster.gpus_per_node);
    }
    if (auto domain = reader.optionalInteger("nvlink_domain", 1, 1024))
        cluster.nvlink_domain = toInt(*domain);
    if (auto gpus = reader.optionalInteger("gpus", 1, kPlanMaxCount))
        cluster.gpus = toInt(*gpus);
    if (auto nics = reader.optionalInteger("nics_per_node", 1, 64))
        cluster.nics_per_node = toInt(*nics);
    if (auto gbps = reader.optionalNumber("nic_gbps", 1, 10'000))
        cluster.nic_gbps = *gbps;
    if (auto ratio = reader.optionalNumber("oversubscription", 1, kPlanMaxOversubscription))
        cluster.oversubscription = *ratio;
    if (auto ratio = reader.optionalNumber("spine_oversubscription", 1, kPlanMaxOversubscription))
        cluster.spine_oversubscription = *ratio;
    if (auto servers = reader.optionalInteger("leaf_group_servers", 1, kPlanMaxCount))
        cluster.leaf_group_servers = toInt(*servers);
    if (auto servers = reader.optionalInteger("spine_group_servers", 1, kPlanMaxCount))
        cluster.spine_group_servers = toInt(*servers);
    if (auto id = reader.optionalString("compute_switch")) {
        const DeviceType* device = catalog.device(*id);
        if (!device || !device->switch_info ||
            std::find(device->switch_info->networks.begin(), device->switch_info->networks.end(),
                      Network::Compute) == device->switch_info->networks.end())
            reader.fail("compute_switch",
                        "unknown compute-fabric switch '" + *id + "' (see catalogs/switches.json)");
        applyComputeSwitch(*device, cluster);
    }
    cluster.routing = readChoice(reader, "routing", kRoutingIds, cluster.routing);
    if (auto gbps = reader.optionalNumber("node_storage_gbps", 1, 100'000))
        cluster.node_storage_gbps = *gbps;
    if (!server && cluster.server_max_watts == 0)
        cluster.server_max_watts = gpu->tdp_watts * cluster.gpus_per_node;

    if (const nlohmann::json* storage = reader.optionalObject("storage")) {
        JsonObjectReader store(*storage, reader.pathOf("storage"));
        const std::string type = store.string("type");
        const DeviceType* device = catalog.device(type);
        if (!device || !device->storage)
            store.fail("type", "unknown storage type '" + type + "' (see catalogs/storage.json)");
        cluster.storage_nodes = toInt(store.integer("nodes", 1, 10'000));
        cluster.storage_read_gbytes_per_s = cluster.storage_nodes * device->storage->read_gbytes_per_s;
        cluster.storage_write_gbytes_per_s = cluster.storage_nodes * device->storage->write_gbytes_per_s;
        cluster.storage_source = std::to_string(cluster.storage_nodes) + " x " + device->name;
        store.finish();
    }
    reader.finish();
}

void readParallelism(JsonObjectReader& top, Plan& plan) {
    const nlohmann::json empty = nlohmann::json::object();
    const nlohmann::json* object = top.optionalObject("parallelism");
    JsonObjectReader reader(object ? *object : empty, top.pathOf("parallelism"));
    Parallelism& par = plan.parallelism;
    par.tp = toInt(reader.optionalInteger("tp", 1, 1024).value_or(1));
    par.pp = toInt(reader.optionalInteger("pp", 1, 4096).value_or(1));
    par.cp = toInt(reader.optionalInteger("cp", 1, 4096).value_or(1));
    par.ep = toInt(reader.optionalInteger("ep", 1, 65536).value_or(1));
    par.etp = toInt(reader.optionalInteger("etp", 1, 1024).value_or(1));
    if (reader.has("fsdp"))
        par.fsdp = reader.boolean("fsdp");
    par.first_stage_layers =
        toInt(reader.optionalInteger("first_stage_layers", 1, kPlanMaxCount).value_or(0));
    par.last_stage_layers = toInt(reader.optionalInteger("last_stage_layers", 1, kPlanMaxCount).value_or(0));
    const auto dp = reader.optionalInteger("dp", 1, kPlanMaxCount);
    par.vpp = toInt(reader.optionalInteger("vpp", 1, 1024).value_or(1));
    par.micro_batch = toInt(reader.optionalInteger("micro_batch", 1, 65536).value_or(1));
    const auto global_batch = reader.optionalInteger("global_batch", 1, kMaxGlobalBatch);
    if (auto recompute = reader.optionalString("recompute")) {
        auto it = std::find(kRecomputeIds.begin(), kRecomputeIds.end(), *recompute);
        if (it == kRecomputeIds.end())
            reader.fail("recompute", "expected none, selective or full, not '" + *recompute + "'");
        par.recompute = static_cast<Recompute>(it - kRecomputeIds.begin());
    }
    par.sequence_parallel =
        reader.has("sequence_parallel") ? reader.boolean("sequence_parallel") : par.tp > 1;
    if (reader.has("distributed_optimizer"))
        par.distributed_optimizer = reader.boolean("distributed_optimizer");
    if (reader.has("flash_attention"))
        par.flash_attention = reader.boolean("flash_attention");
    if (reader.has("tp_comm_overlap"))
        par.tp_comm_overlap = reader.boolean("tp_comm_overlap");
    par.in_network_reduction =
        readChoice(reader, "in_network_reduction", kInNetworkReductionIds, par.in_network_reduction);
    reader.finish();

    // Products in 64 bits, each checked against its limit before the plan's int fields take it.
    ClusterSpec& cluster = plan.cluster;
    const std::int64_t model_parallel = std::int64_t{par.tp} * par.cp * par.pp;
    if (model_parallel > kPlanMaxCount)
        reader.fail("pp", "tp x cp x pp = " + std::to_string(model_parallel) + " GPUs per replica; at most " +
                              std::to_string(kPlanMaxCount));
    if (dp) {
        if (model_parallel * *dp > kPlanMaxCount)
            reader.fail("dp", "tp x cp x pp x dp = " + std::to_string(model_parallel * *dp) +
                                  " GPUs; at most " + std::to_string(kPlanMaxCount));
        par.dp = toInt(*dp);
    } else if (cluster.gpus > 0) {
        par.dp = cluster.gpus % model_parallel == 0 ? toInt(cluster.gpus / model_parallel) : 0;
    }
    if (cluster.gpus == 0)
        cluster.gpus = toInt(model_parallel * par.dp);
    const std::int64_t per_step = std::int64_t{par.micro_batch} * par.dp;
    if (per_step > kMaxGlobalBatch)
        reader.fail("micro_batch", "micro_batch x dp = " + std::to_string(per_step) +
                                       " sequences per step; a global batch holds at most " +
                                       std::to_string(kMaxGlobalBatch));
    const std::int64_t default_batch = per_step * kDefaultMicroBatchesPerStage * par.pp;
    if (!global_batch && default_batch > kMaxGlobalBatch)
        reader.fail("global_batch",
                    "missing, and the default micro_batch x dp x 4 x pp = " + std::to_string(default_batch) +
                        " is above the limit of " + std::to_string(kMaxGlobalBatch) + ": give global_batch");
    par.global_batch = toInt(global_batch.value_or(default_batch));
}

Precision readPrecision(JsonObjectReader& reader, const char* key = "precision") {
    const std::string precision = reader.string(key);
    auto it = std::find(kPrecisionIds.begin(), kPrecisionIds.end(), precision);
    if (it == kPrecisionIds.end())
        reader.fail(key, "expected bf16, fp8, mxfp8 or nvfp4, not '" + precision + "'");
    return static_cast<Precision>(it - kPrecisionIds.begin());
}

void readTraining(JsonObjectReader& top, Plan& plan) {
    const nlohmann::json empty = nlohmann::json::object();
    const nlohmann::json* object = top.optionalObject("training");
    JsonObjectReader reader(object ? *object : empty, top.pathOf("training"));
    TrainingSpec& training = plan.training;
    training.tokens = reader.optionalNumber("tokens", 1, kPlanMaxTokens).value_or(plan.model.dataset_tokens);
    if (training.tokens <= 0 && plan.workload != Workload::Inference)
        reader.fail("tokens", "missing (the model has no dataset size; give the tokens to train on)");
    if (auto bytes = reader.optionalNumber("checkpoint_bytes_per_param", 1, 64))
        training.checkpoint_bytes_per_param = *bytes;
    if (auto target = reader.optionalNumber("checkpoint_overhead_target", kPlanMinCheckpointOverhead,
                                            kPlanMaxCheckpointOverhead))
        training.checkpoint_overhead_target = *target;
    if (auto hours = reader.optionalNumber("node_mtbf_hours", 1, kPlanMaxNodeMtbfHours))
        training.node_mtbf_hours = *hours;
    if (auto hours = reader.optionalNumber("network_mtbf_server_hours", 1, kPlanMaxNodeMtbfHours))
        training.network_mtbf_server_hours = *hours;
    if (auto minutes = reader.optionalNumber("restart_minutes", 0.1, kPlanMaxRestartMinutes))
        training.restart_minutes = *minutes;
    if (auto hours = reader.optionalNumber("repair_hours", 0.1, kPlanMaxRepairHours))
        training.repair_hours = *hours;
    if (auto method = reader.optionalString("method")) {
        if (*method == "lora")
            training.finetune = FinetuneMethod::Lora;
        else if (*method != "full")
            reader.fail("method", "expected full or lora, not '" + *method + "'");
    }
    if (auto rank = reader.optionalInteger("lora_rank", 1, 65536))
        training.lora_rank = toInt(*rank);
    if (reader.has("precision"))
        training.precision = readPrecision(reader);
    reader.finish();
}

void readInference(JsonObjectReader& top, Plan& plan) {
    const nlohmann::json* object = top.optionalObject("inference");
    if (!object)
        return;
    JsonObjectReader reader(*object, top.pathOf("inference"));
    InferenceSpec& inference = plan.inference;
    inference.tp = toInt(reader.optionalInteger("tp", 1, 1024).value_or(0));
    inference.pp = toInt(reader.optionalInteger("pp", 1, 1024).value_or(0));
    inference.ep = toInt(reader.optionalInteger("ep", 1, 65536).value_or(0));
    if (reader.has("disaggregated"))
        inference.disaggregated = reader.boolean("disaggregated");
    if (reader.has("precision"))
        inference.precision = readPrecision(reader);
    if (reader.has("kv_precision"))
        inference.kv_precision = readPrecision(reader, "kv_precision");
    const auto batch = object->find("batch");
    if (batch != object->end() && batch->is_string()) {
        if (reader.string("batch") != "max")
            reader.fail("batch",
                        "expected a number of sequences or \"max\", not '" + batch->get<std::string>() + "'");
    } else {
        inference.batch = toInt(reader.optionalInteger("batch", 1, 65536).value_or(0));
    }
    inference.prompt_tokens =
        toInt(reader.optionalInteger("prompt_tokens", 1, 1 << 24).value_or(inference.prompt_tokens));
    inference.output_tokens =
        toInt(reader.optionalInteger("output_tokens", 1, 1 << 24).value_or(inference.output_tokens));
    if (const nlohmann::json* slo = reader.optionalObject("slo")) {
        JsonObjectReader targets(*slo, reader.pathOf("slo"));
        inference.slo.ttft_s = targets.optionalNumber("ttft_s", 1e-4, 3600).value_or(0);
        inference.slo.tpot_s = targets.optionalNumber("tpot_s", 1e-5, 60).value_or(0);
        targets.finish();
    }
    if (const nlohmann::json* load = reader.optionalObject("load")) {
        JsonObjectReader demand(*load, reader.pathOf("load"));
        inference.load.requests_per_s = demand.optionalNumber("requests_per_s", 1e-6, 1e9).value_or(0);
        inference.load.output_tokens_per_s =
            demand.optionalNumber("output_tokens_per_s", 1e-6, 1e12).value_or(0);
        if ((inference.load.requests_per_s > 0) == (inference.load.output_tokens_per_s > 0))
            demand.fail("requests_per_s", "give requests_per_s or output_tokens_per_s, one of them");
        demand.finish();
    }
    reader.finish();
}

void readPower(JsonObjectReader& top, Plan& plan) {
    const nlohmann::json* object = top.optionalObject("power");
    if (!object)
        return;
    JsonObjectReader reader(*object, top.pathOf("power"));
    plan.power.pue = reader.optionalNumber("pue", kPlanMinPue, kPlanMaxPue).value_or(0);
    plan.power.price_per_kwh = reader.optionalNumber("price_per_kwh", 0, kPlanMaxPricePerKwh).value_or(0);
    if (const std::optional<std::string> currency = reader.optionalString("currency")) {
        if (!isCurrencyCode(*currency))
            throw InputError(reader.pathOf("currency") +
                             ": a currency is a three-letter ISO 4217 code such as USD, "
                             "EUR or CNY, not \"" +
                             *currency + "\"");
        plan.power.currency = *currency;
    }
    reader.finish();
}

} // namespace

int ModelShape::moeLayers() const {
    if (!isMoe())
        return 0;
    const MoeShape& moe = features.moe;
    return (layers - moe.dense_layers) / moe.layer_freq;
}

ModelShape modelShapeOf(const ModelPreset& preset) {
    return {preset.name,     preset.layers,         preset.hidden,    preset.heads,
            preset.kv_heads, preset.ffn_hidden,     preset.gated_mlp, preset.vocab,
            preset.seq_len,  preset.dataset_tokens, preset.features};
}

std::string_view recomputeId(Recompute recompute) {
    return kRecomputeIds[static_cast<std::size_t>(recompute)];
}

std::string_view inNetworkReductionId(InNetworkReduction mode) {
    return kInNetworkReductionIds[static_cast<std::size_t>(mode)];
}

std::string_view routingId(Routing routing) {
    return kRoutingIds[static_cast<std::size_t>(routing)];
}

std::string_view precisionId(Precision precision) {
    return kPrecisionIds[static_cast<std::size_t>(precision)];
}

Plan readPlan(const nlohmann::json& document, const Catalog& catalog, const std::string& where) {
    try {
        JsonObjectReader top(document, "");
        Plan plan;
        if (auto scenario = top.optionalString("scenario")) {
            auto workload = parseWorkload(*scenario);
            if (!workload)
                top.fail("scenario", "expected pretrain, finetune or inference, not '" + *scenario + "'");
            plan.workload = *workload;
        }
        readModel(top, catalog, plan);
        readCluster(top, catalog, plan);
        readParallelism(top, plan);
        if (plan.cluster.storage_read_gbytes_per_s == 0)
            defaultStorage(plan.cluster);
        readTraining(top, plan);
        readInference(top, plan);
        readPower(top, plan);
        top.finish();
        return plan;
    } catch (const InputError&) {
        rethrowWithContext(where);
    }
}

Plan readPlanFile(const std::string& path, const Catalog& catalog) {
    return readPlan(parseJsonText(readInputFile(path), path), catalog, path);
}

std::vector<PlanError> checkPlan(const Plan& plan) {
    std::vector<PlanError> errors;
    const Parallelism& par = plan.parallelism;
    const ModelShape& model = plan.model;
    const ClusterSpec& cluster = plan.cluster;
    auto add = [&](std::string field, std::string message) {
        errors.push_back({std::move(field), std::move(message)});
    };
    auto text = [](auto value) { return std::to_string(value); };
    if (par.dp == 0 || par.gpus() != cluster.gpus)
        add("parallelism.dp", "TP x CP x PP x DP = " + text(par.tp) + " x " + text(par.cp) + " x " +
                                  text(par.pp) + " x " + text(par.dp) + " must equal the " +
                                  text(cluster.gpus) + " GPUs: change dp (or tp, cp, pp, or cluster.gpus)");
    if (par.tp > cluster.nvlink_domain)
        add("parallelism.tp", "TP = " + text(par.tp) + " spans more than one NVLink domain of " +
                                  text(cluster.nvlink_domain) + " GPUs: lower tp to at most " +
                                  text(cluster.nvlink_domain));
    else if (cluster.nvlink_domain % par.tp != 0)
        add("parallelism.tp", "TP groups of " + text(par.tp) + " do not tile the NVLink domain of " +
                                  text(cluster.nvlink_domain) + " GPUs (a group would span two domains): " +
                                  "choose a tp that divides " + text(cluster.nvlink_domain));
    if (model.heads % par.tp != 0)
        add("parallelism.tp", "the " + text(model.heads) + " attention heads do not divide by TP = " +
                                  text(par.tp) + ": choose a tp that divides " + text(model.heads));
    if (model.kv_heads % par.tp != 0 && par.tp % model.kv_heads != 0)
        add("parallelism.tp", "the " + text(model.kv_heads) +
                                  " KV heads cannot be split over TP = " + text(par.tp) +
                                  ": choose a tp that divides or is a multiple of " + text(model.kv_heads));
    std::string split_error;
    if (splitPipeline(model.layers, par.pp, par.vpp, par.first_stage_layers, par.last_stage_layers,
                      &split_error)
            .chunk_layers.empty())
        add(par.first_stage_layers > 0 || par.last_stage_layers > 0 ? "parallelism.first_stage_layers"
                                                                    : "parallelism.pp",
            split_error);
    const int stage_gpus = par.tp * par.cp * par.dp;
    if (par.ep * par.etp > 1 && !model.isMoe())
        add("parallelism.ep", model.name + " has no experts: set ep and etp to 1");
    else if (par.dp > 0 && stage_gpus % (par.ep * par.etp) != 0)
        add("parallelism.ep", "EP x ETP = " + text(par.ep) + " x " + text(par.etp) +
                                  " does not divide TP x CP x DP = " + text(stage_gpus) +
                                  ": choose ep dividing " + text(stage_gpus / par.etp));
    else if (model.isMoe() && model.features.moe.experts % par.ep != 0)
        add("parallelism.ep", "the " + text(model.features.moe.experts) +
                                  " experts do not divide by EP = " + text(par.ep) +
                                  ": choose an ep dividing " + text(model.features.moe.experts));
    if (par.etp > cluster.nvlink_domain)
        add("parallelism.etp", "ETP = " + text(par.etp) + " spans more than one NVLink domain of " +
                                   text(cluster.nvlink_domain) + " GPUs");
    if (par.cp > 1 && model.seq_len % (2 * par.cp) != 0)
        add("parallelism.cp", "the sequence of " + text(model.seq_len) +
                                  " tokens does not split into 2 x CP = " + text(2 * par.cp) +
                                  " chunks (load-balanced ring attention): choose a cp dividing " +
                                  text(model.seq_len / 2));
    if (par.in_network_reduction == InNetworkReduction::On && !cluster.compute_switch.empty() &&
        !cluster.switch_reduction)
        add("parallelism.in_network_reduction",
            "the compute switches (" + cluster.compute_switch +
                ") cannot reduce in the network: set in_network_reduction to auto or off");
    if (par.vpp > 1 && par.pp == 1)
        add("parallelism.vpp", "virtual stages need pipeline parallelism: set vpp to 1 or pp above 1");
    if (par.dp > 0 && par.global_batch % (par.micro_batch * par.dp) != 0)
        add("parallelism.global_batch",
            "global batch " + text(par.global_batch) + " is not a multiple of micro-batch x DP = " +
                text(par.micro_batch * par.dp) + ": change global_batch or micro_batch");
    else if (par.vpp > 1 && par.dp > 0 && par.microBatches() % par.pp != 0)
        add("parallelism.global_batch", "the interleaved schedule needs the " + text(par.microBatches()) +
                                            " micro-batches to be a multiple of PP = " + text(par.pp) +
                                            ": change global_batch or vpp");
    if (par.sequence_parallel && par.tp == 1)
        add("parallelism.sequence_parallel",
            "sequence parallelism needs TP > 1: set it to false or raise tp");
    const Precision precision = plan.training.precision;
    if (plan.workload != Workload::Inference && precision == Precision::Fp8 && !cluster.gpu.fp8_dense_tflops)
        add("training.precision", cluster.gpu.name +
                                      " has no FP8 tensor cores: train in bf16 or choose a GPU "
                                      "with FP8 (H100, H200, L40S, ...)");
    // MXFP8 and NVFP4 are block-scaled formats of Blackwell's tensor cores (NVIDIA Blackwell architecture
    // technical brief); NVFP4 needs FP4 tensor cores.
    if (plan.workload != Workload::Inference && precision == Precision::Mxfp8 &&
        !(cluster.gpu.fp8_dense_tflops && cluster.gpu.fp4_dense_tflops))
        add("training.precision", cluster.gpu.name +
                                      " has no MXFP8 (block-scaled) tensor cores: use fp8 or bf16, or a "
                                      "Blackwell GPU");
    if (plan.workload != Workload::Inference && precision == Precision::Nvfp4 &&
        !cluster.gpu.fp4_dense_tflops)
        add("training.precision",
            cluster.gpu.name + " has no FP4 tensor cores: use fp8 or bf16, or a Blackwell GPU");
    if (cluster.gpus % cluster.gpus_per_node != 0 && cluster.gpus > cluster.gpus_per_node)
        add("cluster.gpus", text(cluster.gpus) + " GPUs do not fill whole servers of " +
                                text(cluster.gpus_per_node) + ": use a multiple of " +
                                text(cluster.gpus_per_node));
    return errors;
}

} // namespace cs
