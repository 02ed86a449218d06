#pragma once

#include "model/catalog.h"

#include <nlohmann/json_fwd.hpp>
#include <optional>
#include <string>
#include <vector>

namespace cs {

// The transformer the estimator works on (GPT-style decoder; GQA through kv_heads, SwiGLU through gated_mlp;
// head_dim, MoE, MLA and sliding windows through `features`).
struct ModelShape {
    std::string name;
    int layers = 0, hidden = 0, heads = 0, kv_heads = 0, ffn_hidden = 0;
    bool gated_mlp = false;
    int vocab = 0, seq_len = 0;
    double dataset_tokens = 0; // the preset's training corpus; 0 when unknown
    ModelFeatures features;

    int headDim() const { return features.head_dim > 0 ? features.head_dim : hidden / heads; }
    bool isMoe() const { return features.moe.enabled(); }
    // Layer i (from 0) has a MoE MLP: past the dense layers, every layer_freq-th one.
    bool isMoeLayer(int layer) const {
        const MoeShape& moe = features.moe;
        return moe.enabled() && layer >= moe.dense_layers &&
               (layer - moe.dense_layers) % moe.layer_freq == moe.layer_freq - 1;
    }
    int moeLayers() const;

    bool operator==(const ModelShape&) const = default;
};
ModelShape modelShapeOf(const ModelPreset& preset);

enum class Recompute : std::uint8_t { None, Selective, Full };
std::string_view recomputeId(Recompute recompute);

// In-network reduction of all-reduces (NCCL's NVLS inside an NVSwitch domain, SHARP on the compute fabric):
// auto = where the hardware has it, on = also on a compute fabric whose switches are not known, off = ring.
enum class InNetworkReduction : std::uint8_t { Auto, On, Off };
std::string_view inNetworkReductionId(InNetworkReduction mode);

// How the compute fabric spreads flows over its equal-cost paths: a static ECMP hash, or adaptive routing
// (InfiniBand, Spectrum-X).
enum class Routing : std::uint8_t { Adaptive, Ecmp };
std::string_view routingId(Routing routing);

struct Parallelism {
    int tp = 1, pp = 1, dp = 1;
    int cp = 1;        // context parallel: the sequence split over cp GPUs (ring attention)
    int ep = 1;        // expert parallel: the routed experts split over ep GPUs
    int etp = 1;       // expert tensor parallel (1 in the Megatron MoE recipes)
    bool fsdp = false; // weights, gradients and optimizer states sharded over DP x CP (Megatron-FSDP)
    int first_stage_layers = 0, last_stage_layers = 0; // 0 = split by the rules of pipeline_split.h
    int vpp = 1; // virtual pipeline stages per GPU (interleaved 1F1B when > 1)
    int micro_batch = 1;
    int global_batch = 1;
    Recompute recompute = Recompute::Selective;
    bool sequence_parallel = true;
    bool distributed_optimizer = true;
    bool flash_attention =
        true; // attention scores never materialised (FlashAttention); false = Megatron 2022
    bool tp_comm_overlap = false; // TP collectives pipelined with the GEMMs (Transformer Engine userbuffers)
    InNetworkReduction in_network_reduction = InNetworkReduction::Auto;

    // Micro-batches per pipeline per iteration, m = B / (b * d).
    int microBatches() const { return global_batch / (micro_batch * dp); }
    int gpus() const { return tp * cp * pp * dp; }
    // The expert-data-parallel degree: the GPUs of a stage (TP x CP x DP) over the expert grid (EP x ETP).
    int expertDp() const { return tp * cp * dp / (ep * etp); }

    bool operator==(const Parallelism&) const = default;
};

// The hardware a plan runs on: from PLAN.json's "cluster" object, or derived from a design.
struct ClusterSpec {
    GpuType gpu;
    int gpus = 0;
    int gpus_per_node = 8;
    int nvlink_domain = 8;             // GPUs that share NVLink/NVSwitch; 1 = PCIe only
    int nics_per_node = 8;             // compute-fabric NICs per server
    double nic_gbps = 400;             // line rate of one compute NIC
    double oversubscription = 1;       // compute leaf down/up bandwidth; 1 = non-blocking
    double spine_oversubscription = 1; // compute spine down/up to the core tier; 1 = non-blocking
    int leaf_group_servers = 32;       // servers under one group of compute leaves (a scalable unit)
    int spine_group_servers = 0;       // servers under one group of spines; 0 = all (no core tier)
    Routing routing = Routing::Adaptive;
    std::string compute_switch;           // catalog id of the compute fabric's switches, when known
    bool switch_reduction = false;        // those switches reduce in the network (SHARP)
    double node_storage_gbps = 0;         // storage-network line rate per server
    double storage_read_gbytes_per_s = 0; // aggregate of the storage system
    double storage_write_gbytes_per_s = 0;
    int storage_nodes = 0;
    std::string storage_source; // where the storage figures come from
    double server_idle_watts = 0, server_max_watts = 0;
    double other_it_watts = 0; // switches, storage and CPU servers at load (from a design)
    std::string server;        // catalog server id, when known

    int nodes() const { return (gpus + gpus_per_node - 1) / gpus_per_node; }

    bool operator==(const ClusterSpec&) const = default;
};

enum class FinetuneMethod : std::uint8_t { Full, Lora };

// Number format of the tensor-core GEMMs: bf16; fp8 (Hopper and later; catalog fp8_dense_tflops); mxfp8
// (Blackwell: 32-element blocks, at the fp8 rate); nvfp4 (Blackwell: catalog fp4_dense_tflops).
enum class Precision : std::uint8_t { Bf16, Fp8, Mxfp8, Nvfp4 };
using InferencePrecision = Precision; // the name the inference estimator uses
std::string_view precisionId(Precision precision);

struct TrainingSpec {
    double tokens = 0;                      // tokens to train on; default: the preset's dataset
    double checkpoint_bytes_per_param = 14; // bf16 weights + fp32 master, m, v (docs/model.md §Checkpoints)
    double checkpoint_overhead_target = 0.05; // fraction of the run lost to checkpoints and rework
    double node_mtbf_hours = 0;               // server failures; 0 = the default from the Llama 3 run
    double network_mtbf_server_hours = 0;     // fabric failures per server; 0 = the Llama 3 default
    double restart_minutes = 0;               // detect, reschedule, reinitialise; 0 = the default
    double repair_hours = 0;                  // a failed server back in the pool; 0 = the default
    FinetuneMethod finetune = FinetuneMethod::Full;
    int lora_rank = 16;
    // fp8, mxfp8, nvfp4: the linear layers' GEMMs at the GPU's peak in that format (Transformer Engine);
    // master weights, optimizer states, gradients and communication stay as in bf16 mixed precision (see
    // compute_efficiency.h).
    Precision precision = Precision::Bf16;

    bool operator==(const TrainingSpec&) const = default;
};

// Latency targets of a serving plan, treated as targets on the mean (0 = none).
struct ServingSlo {
    double ttft_s = 0; // time to first token
    double tpot_s = 0; // time per output token

    bool operator==(const ServingSlo&) const = default;
};

// The load a serving plan must carry (0 = none given): requests per second, or output tokens per second.
struct ServingLoad {
    double requests_per_s = 0;
    double output_tokens_per_s = 0;

    bool operator==(const ServingLoad&) const = default;
};

// PLAN.json's "inference" object (read for every scenario, used by "scenario": "inference"). Defaults: the
// replica shape (tp, pp, ep) the best within the plan's servers (or, for a fixed batch, the fewest GPUs at
// which it fits), bf16 weights and KV cache, requests of 1,024 prompt and 256 output tokens, the
// throughput-optimal batch ("max"), aggregated serving.
struct InferenceSpec {
    int tp = 0;                 // 0 = chosen by the estimator
    int pp = 0;                 // pipeline stages; 0 = chosen
    int ep = 0;                 // GPUs the routed experts are spread over; 0 = chosen
    bool disaggregated = false; // prefill and decode on separate pools
    Precision precision = Precision::Bf16;
    std::optional<Precision> kv_precision; // none: as `precision`
    int batch = 0;                         // sequences in flight per replica; 0 = "max"
    int prompt_tokens = 1024;
    int output_tokens = 256;
    ServingSlo slo;
    ServingLoad load;

    Precision kvPrecision() const { return kv_precision.value_or(precision); }
    bool batchIsMax() const { return batch == 0; }

    bool operator==(const InferenceSpec&) const = default;
};

struct PowerSpec {
    double pue = 0;               // 0 = the industry average
    double price_per_kwh = 0;     // 0 = the illustrative default
    std::string currency = "USD"; // ISO 4217 code of the price and of every cost shown

    bool operator==(const PowerSpec&) const = default;
};

// The estimator's input, as PLAN.json holds it, with every default filled in (docs/model.md §Plan defaults).
struct Plan {
    Workload workload = Workload::Pretrain;
    ModelShape model;
    ClusterSpec cluster;
    Parallelism parallelism;
    TrainingSpec training;
    InferenceSpec inference;
    PowerSpec power;
    bool cluster_given = false; // PLAN.json had a "cluster" object

    bool operator==(const Plan&) const = default;
};

// One reason a well-formed plan cannot run, naming the number to change.
struct PlanError {
    std::string field;   // "parallelism.tp", ...
    std::string message; // what is wrong and what to change
};

// Reads PLAN.json strictly: unknown keys, wrong types and unknown preset or GPU ids are InputErrors.
// `where` prefixes the messages (the file name).
// PLAN.json's ranges, as readPlan() checks them (the studio's fields offer the same).
inline constexpr int kPlanMaxCount = 1'000'000; // layers, heads, GPUs, parallel degrees, batches, ...
inline constexpr double kPlanMaxTokens = 1e16;
inline constexpr double kPlanMinCheckpointOverhead = 1e-4, kPlanMaxCheckpointOverhead = 0.5;
inline constexpr double kPlanMaxNodeMtbfHours = 1e7;
inline constexpr double kPlanMaxRestartMinutes = 10'000, kPlanMaxRepairHours = 10'000;
inline constexpr double kPlanMaxOversubscription = 64;
inline constexpr double kPlanMinPue = 1, kPlanMaxPue = 5;
inline constexpr double kPlanMaxPricePerKwh = 10;

Plan readPlan(const nlohmann::json& document, const Catalog& catalog, const std::string& where);
Plan readPlanFile(const std::string& path, const Catalog& catalog);

// The plan's structural errors: TP x PP x DP != GPUs, TP beyond one NVLink domain, heads % TP, layers %
// (PP x VPP) when the first/last stage layers are given, global batch % (micro-batch x DP), EP x ETP dividing
// TP x CP x DP, ... Memory fit is checked by the estimator.
std::vector<PlanError> checkPlan(const Plan& plan);

} // namespace cs
