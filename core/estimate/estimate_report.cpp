#include "estimate/estimate_report.h"

#include "base/number_format.h"
#include "base/units.h"
#include "estimate/communication_model.h"
#include "estimate/compute_efficiency.h"
#include "estimate/memory_model.h"
#include "estimate/pipeline_split.h"
#include "estimate/transformer_math.h"

#include <cstdio>
#include <nlohmann/json.hpp>
#include <sstream>

namespace cs {

namespace {

const char* const kNarayanan = "Narayanan et al. 2021 (SC21), eq. 3 and §2.2-3.2";
const char* const kMegatronFlops = "Megatron-LM training.py num_floating_point_operations";
const char* const kMegatronMemory = "Megatron-LM theoretical_memory_usage.py";
const char* const kNccl =
    "nccl-tests PERFORMANCE.md; bus efficiency from measured NCCL runs (docs/model.md#communication)";
const char* const kCalibrated = "fitted once on 17 published training runs (docs/model.md#calibration)";
const char* const kLowPrecision = "; fp8/mxfp8/nvfp4: linear-layer GEMMs at the catalog peak of the format "
                                  "times the bf16 efficiency times the measured GEMM-efficiency ratio "
                                  "(docs/model.md#compute)";
const char* const kCheckpointSource = "Megatron-LM distributed checkpoint: bf16 weights (2) + fp32 master "
                                      "weights, Adam m and v (12) = 14 bytes per parameter; restore reads "
                                      "the checkpoint once per DP replica (docs/model.md#checkpoints)";
const char* const kExpertParallel =
    "llm-analysis MoE all-to-all; DeepSeek-V3 (arXiv 2412.19437) §3.2.2; bandwidth from DeepEP's measured "
    "dispatch/combine (docs/model.md#expert-parallelism)";
const char* const kInNetworkReduction =
    "NVLS: NVIDIA/nccl issue #1455 and nccl-tests issue #212 (8xH100 all-reduce 480 vs ring 370 GB/s), "
    "coreweave/nccl-tests PR #43 (GB200 NVL72); SHARP: Graham et al. 2016 "
    "(docs/model.md#in-network-reduction)";
const char* const kFabricTiers = "tiers crossed by the group's servers (docs/model.md#fabric-tiers); ECMP: "
                                 "NVIDIA's Spectrum-X claim of 95% "
                                 "vs ~60% effective throughput for standard Ethernet (a vendor claim)";
const char* const kGoodput =
    "Llama 3 (arXiv 2407.21783 §3.3.4, Table 5) failure rates; restart and repair times are assumptions "
    "(docs/model.md#goodput)";
const char* const kContextParallel =
    "ring attention (Liu et al. 2023), Megatron-Core context parallelism (docs/model.md#context-parallelism)";

} // namespace

ExplainedValues explainEstimate(const Plan& plan, const TrainingEstimate& e) {
    const ModelShape& model = plan.model;
    const Parallelism& par = plan.parallelism;
    const ClusterSpec& cluster = plan.cluster;
    const StepBreakdown& b = e.breakdown;
    const double gpus = par.gpus(), m = e.micro_batches;
    const double layers_per_stage =
        e.stage_layers.empty() ? 0 : double(e.stage_layers[static_cast<std::size_t>(e.slowest_stage)]);
    const bool low_precision = plan.training.precision != Precision::Bf16;
    const std::string uncalibrated = low_precision ? kLowPrecision : "";
    ExplainedBuilder out;
    out.add("step_time_s", e.step_time_s, "s",
            "compute + tp_comm + pp_comm + bubble + dp_comm_exposed + optimizer + ep_comm + cp_comm",
            {{"compute_s", b.compute_s, "s"},
             {"tp_comm_s", b.tp_comm_s, "s"},
             {"pp_comm_s", b.pp_comm_s, "s"},
             {"bubble_s", b.bubble_s, "s"},
             {"dp_comm_exposed_s", b.dp_comm_exposed_s, "s"},
             {"optimizer_s", b.optimizer_s, "s"},
             {"ep_comm_s", b.ep_comm_s, "s"},
             {"cp_comm_s", b.cp_comm_s, "s"}},
            "docs/model.md#step-time: the eight parts of one iteration" + uncalibrated);
    out.add("tokens_per_s", e.tokens_per_s, "tokens/s", "B * s / step_time",
            {{"B", double(par.global_batch), "sequences"},
             {"s", double(model.seq_len), "tokens"},
             {"step_time", e.step_time_s, "s"}},
            kNarayanan);
    out.add("model_tflops_per_gpu", e.model_tflops_per_gpu, "TFLOP/s",
            "12*B*s*L*h^2*[(1 + g/a + s/h) + (ffn/h)*k + V/(2*L*h)] / step_time / GPUs",
            {{"model FLOPs per iteration", e.model_flops, "FLOP"},
             {"step_time", e.step_time_s, "s"},
             {"GPUs", gpus, ""}},
            kMegatronFlops);
    out.add("hardware_tflops_per_gpu", e.hardware_tflops_per_gpu, "TFLOP/s",
            "(model FLOPs + recomputed forward FLOPs) / step_time / GPUs",
            {{"hardware FLOPs per iteration", e.hardware_flops, "FLOP"},
             {"step_time", e.step_time_s, "s"},
             {"GPUs", gpus, ""}},
            kNarayanan);
    out.add("mfu", e.mfu, "", "model_tflops_per_gpu / peak bf16 dense",
            {{"model_tflops_per_gpu", e.model_tflops_per_gpu, "TFLOP/s"},
             {"peak", cluster.gpu.bf16_dense_tflops, "TFLOP/s"}},
            "Chowdhery et al. 2022 (PaLM) MFU; peak from the GPU catalog entry");
    out.add("memory_per_gpu_gib", e.memory.totalBytes() / kBytesPerGib, "GiB",
            "weights + gradients + optimizer + activations (first pipeline stage)",
            {{"weights", e.memory.weights_bytes / kBytesPerGib, "GiB"},
             {"gradients", e.memory.gradients_bytes / kBytesPerGib, "GiB"},
             {"optimizer", e.memory.optimizer_bytes / kBytesPerGib, "GiB"},
             {"activations", e.memory.activations_bytes / kBytesPerGib, "GiB"},
             {"capacity", e.memory.capacity_bytes / kBytesPerGib, "GiB"}},
            kMegatronMemory);
    out.add("time_to_train_s", e.time_to_train_s, "s", "tokens / tokens_per_s",
            {{"tokens", e.tokens, "tokens"}, {"tokens_per_s", e.tokens_per_s, "tokens/s"}},
            "Narayanan eq. 4");
    out.add("parameters", e.parameters, "",
            "dense layers * (attention + MLP + biases + norms) + MoE layers * (attention + router + experts) "
            "+ embeddings",
            {{"L", double(model.layers), ""},
             {"MoE layers", double(model.moeLayers()), ""},
             {"h", double(model.hidden), ""},
             {"V", double(model.vocab), ""}},
            "Narayanan eq. 2, generalised to GQA, gated MLPs, MLA and MoE (docs/model.md#parameters)");
    out.add("active_parameters", e.active_parameters, "",
            "parameters - MoE layers * (E - top_k) * expert parameters - input embedding",
            {{"parameters", e.parameters, ""},
             {"E", double(model.features.moe.experts), ""},
             {"top_k", double(model.features.moe.top_k), ""}},
            "the parameters one token computes with (docs/model.md#parameters)");
    out.add("trainable_parameters", e.trainable_parameters, "",
            e.trainable_parameters < e.parameters ? "r * L * sum over weight matrices of (in + out)"
                                                  : "parameters",
            {{"r", double(plan.training.lora_rank), ""}}, "Hu et al. 2021, LoRA");

    out.add("breakdown.compute_s", b.compute_s, "s",
            "m * (layers of the slowest stage * (tensor + activation traffic + overhead per layer) + output "
            "layer)",
            {{"m", m, "micro-batches"},
             {"layers of the slowest stage", layers_per_stage, "layers"},
             {"slowest stage", double(e.slowest_stage), ""},
             {"tensor-core time per layer", e.layer.tensor_s, "s"},
             {"activation traffic per layer", e.layer.memory_s, "s"},
             {"kernel overhead per layer", e.layer.overhead_s, "s"},
             {"output layer", e.logit_s, "s"},
             {"tensor-core efficiency", kComputeCalibration.tensor_core_efficiency, ""},
             {"linear-layer GEMM peak (" + std::string(precisionId(plan.training.precision)) + ")",
              gemmPeakFlopsPerS(cluster.gpu, plan.training.precision) / kTera, "TFLOP/s"}},
            kCalibrated + uncalibrated);
    out.add("breakdown.tp_comm_s", b.tp_comm_s, "s",
            par.tp_comm_overlap
                ? "m * L/p * max(0, n * T_collective - tensor time)"
                : "m * L/p * ((n-2) * T_collective + max(0, 2 * T_collective - weight-gradient time))",
            {{"n", double(tpCollectivesPerLayer(par)), "collectives per layer"},
             {"T_collective = 2(t-1)/t * b*s*h*2 bytes / busbw", e.tp_collective_s, "s"},
             {"busbw", e.tp_bus_bytes_per_s / kGiga, "GB/s"},
             {"NVLS gain (all-reduce without SP)", e.tp_bus_bytes_per_s / intraNodeBusBytesPerS(cluster), ""},
             {"weight-gradient time per layer", e.layer.wgrad_s, "s"}},
            std::string(kNarayanan) + "; " + kNccl + "; " + kInNetworkReduction);
    out.add("breakdown.pp_comm_s", b.pp_comm_s, "s", "m * 2 * v * b*s*h*2 bytes / t / per-GPU link bandwidth",
            {{"per micro-batch", e.pp_per_micro_batch_s, "s"}, {"v", double(par.vpp), ""}}, kNarayanan);
    out.add("breakdown.bubble_s", b.bubble_s, "s", "(p - 1) / v * time of one micro-batch through a stage",
            {{"p", double(par.pp), ""},
             {"v", double(par.vpp), ""},
             {"micro-batch stage time", e.micro_batch_stage_s, "s"}},
            kNarayanan);
    out.add("breakdown.dp_comm_exposed_s", b.dp_comm_exposed_s, "s",
            par.distributed_optimizer
                ? "max(0, T_reduce_scatter - backward window) + max(0, T_all_gather - forward window)"
                : "max(0, T_all_reduce - backward window)",
            {{"gradient bytes per GPU", e.dp_bytes_per_gpu, "B"},
             {"T_reduce", e.dp_reduce_s, "s"},
             {"backward window", e.dp_overlap_window_s, "s"},
             {"d", double(par.dp), ""},
             {"NVLS (intra-node all-reduce)", e.in_network.nvls ? 1.0 : 0.0, ""},
             {"SHARP (inter-node all-reduce)", e.in_network.sharp ? 1.0 : 0.0, ""},
             {"fabric share of the line rate", e.dp_fabric_share, ""},
             {"leaf oversubscription", cluster.oversubscription, ""},
             {"spine oversubscription", cluster.spine_oversubscription, ""},
             {"ECMP efficiency", cluster.routing == Routing::Ecmp ? kEcmpEfficiency : 1.0, ""}},
            std::string(kNccl) + "; " + kInNetworkReduction + "; " + kFabricTiers);
    out.add("breakdown.ep_comm_s", b.ep_comm_s, "s",
            "m * MoE layers of the slowest stage * passes * max(NVLink bytes / NVLink a2a bw, fabric bytes / "
            "fabric bw)",
            {{"one MoE layer's dispatch + combine", e.ep_alltoall_s, "s"},
             {"ep", double(par.ep), ""},
             {"EP ranks per NVLink domain", double(expertRanksPerDomain(par, cluster)), ""},
             {"NVLink bytes per GPU per step", e.ep_nvlink_bytes_per_gpu, "B"},
             {"compute-fabric bytes per GPU per step", e.ep_scale_out_bytes_per_gpu, "B"},
             {"NVLink all-to-all efficiency", kNvlinkAllToAllEfficiency, ""}},
            kExpertParallel);
    out.add("breakdown.cp_comm_s", b.cp_comm_s, "s",
            "m * layers * (max(0, T_ring - attention core) + max(0, 2 T_ring - 2 attention core))",
            {{"cp", double(par.cp), ""},
             {"T_ring (forward, one layer)", e.cp_exchange_s, "s"},
             {"attention core (forward, one layer)", e.layer.attention_core_s, "s"},
             {"bytes per GPU per step", e.cp_bytes_per_gpu, "B"}},
            kContextParallel);
    out.add("breakdown.optimizer_s", b.optimizer_s, "s", "trainable parameters per GPU / shards * 30 B / HBM",
            {{"trainable parameters per GPU", e.memory.trainable_parameters, ""},
             {"shards (DP with the distributed optimizer, else 1)",
              par.distributed_optimizer ? double(par.dp) : 1.0, ""},
             {"bytes touched per parameter", 30, "B"},
             {"HBM", cluster.gpu.memory_gbytes_per_s, "GB/s"}},
            "Adam step: fp32 weight, gradient, m, v read; weight, m, v written; bf16 copy "
            "(docs/model.md#step-time)");

    const double step = e.step_time_s;
    out.add("network.compute.demand_gbytes_per_s_per_gpu", e.nic_bytes_per_gpu / step / kGiga, "GB/s",
            "(DP bytes on the NIC + PP bytes) per GPU per step / step_time",
            {{"bytes per GPU per step", e.nic_bytes_per_gpu, "B"}, {"step_time", step, "s"}},
            std::string(kNccl) + "; " + kNarayanan);
    out.add(
        "network.compute.capacity_gbytes_per_s_per_gpu", e.nic_capacity_bytes_per_s / kGiga, "GB/s",
        "NICs per node * NIC Gb/s / 8 / GPUs per node / oversubscription",
        {{"NICs per node", double(cluster.nics_per_node), ""},
         {"NIC", cluster.nic_gbps, "Gb/s"},
         {"GPUs per node", double(cluster.gpus_per_node), ""},
         {"oversubscription", cluster.oversubscription, ""}},
        "line rate of the cluster's (or the design's cabled) compute NICs; leaf down/up ratio of the design");
    out.add("network.compute.needed_gbytes_per_s_per_gpu", e.nic_needed_bytes_per_s / kGiga, "GB/s",
            "DP bytes on the NIC / backward window (to hide the gradient reduction)",
            {{"DP bytes on the NIC per step", e.nic_needed_bytes_per_s * e.dp_overlap_window_s, "B"},
             {"backward window", e.dp_overlap_window_s, "s"}},
            kNccl);
    out.add("network.nvlink.demand_gbytes_per_s_per_gpu", e.nvlink_bytes_per_gpu / step / kGiga, "GB/s",
            "(TP + intra-node DP) bytes per GPU per step / step_time",
            {{"bytes per GPU per step", e.nvlink_bytes_per_gpu, "B"}, {"step_time", step, "s"}},
            std::string(kNccl) + "; " + kNarayanan);
    out.add("network.nvlink.capacity_gbytes_per_s_per_gpu", e.nvlink_capacity_bytes_per_s / kGiga, "GB/s",
            "NVLink bidirectional / 2 (or PCIe x16 per direction)",
            {{"NVLink", cluster.gpu.nvlink_gbytes_per_s, "GB/s"},
             {"NVLink domain", double(cluster.nvlink_domain), "GPUs"},
             {"PCIe generation", double(cluster.gpu.pcie_gen), ""}},
            "GPU catalog entry; PCI-SIG x16 payload rates (docs/model.md#communication)");
    // The rate at which the EP and CP exchanges must run to fit inside the step's compute (docs/model.md
    // §Budget status): what decides whether the EP group must stay inside one NVLink domain.
    const double window = std::max(b.compute_s, 1e-12);
    out.add("network.ep.nvlink_demand_gbytes_per_s_per_gpu", e.ep_nvlink_bytes_per_gpu / window / kGiga,
            "GB/s", "EP all-to-all bytes over NVLink per GPU per step / compute time",
            {{"bytes per GPU per step", e.ep_nvlink_bytes_per_gpu, "B"}, {"compute time", b.compute_s, "s"}},
            kExpertParallel);
    out.add("network.ep.scale_out_demand_gbytes_per_s_per_gpu", e.ep_scale_out_bytes_per_gpu / window / kGiga,
            "GB/s", "EP all-to-all bytes on the compute fabric per GPU per step / compute time",
            {{"bytes per GPU per step", e.ep_scale_out_bytes_per_gpu, "B"},
             {"compute time", b.compute_s, "s"},
             {"EP ranks per NVLink domain", double(expertRanksPerDomain(par, cluster)), ""},
             {"ep", double(par.ep), ""}},
            kExpertParallel);
    out.add("network.cp.demand_gbytes_per_s_per_gpu", e.cp_bytes_per_gpu / window / kGiga, "GB/s",
            "CP ring bytes per GPU per step / compute time",
            {{"bytes per GPU per step", e.cp_bytes_per_gpu, "B"}, {"compute time", b.compute_s, "s"}},
            kContextParallel);

    const StorageBudget& s = e.storage;
    const double node_link_gbytes = cluster.node_storage_gbps / kBitsPerByte;
    const InterruptionRates rates = interruptionRatesOf(plan.training);
    const std::string mtbf_source =
        plan.training.node_mtbf_hours > 0 || plan.training.network_mtbf_server_hours > 0
            ? "training.node_mtbf_hours and network_mtbf_server_hours of the plan"
            : "Llama 3 (arXiv 2407.21783 §3.3.4, Table 5): 384 server and 35 network interruptions in "
              "2,654,208 server-hours";
    const ExplainedInput servers_input{"servers", double(cluster.nodes()), ""};
    const ExplainedInput mtbf_input{"MTBF_system = 1 / (1/node MTBF + 1/network MTBF) / servers",
                                    s.system_mtbf_s, "s"};
    const ExplainedInput write_s_input{"C = checkpoint write time", s.checkpoint_write_s, "s"};
    out.add("network.storage.read_demand_gbytes_per_s", s.data_read_bytes_per_s / kGiga, "GB/s",
            "tokens_per_s * bytes per token",
            {{"tokens_per_s", e.tokens_per_s, "tokens/s"}, {"bytes per token", s.bytes_per_token, "B"}},
            "Megatron indexed_dataset (uint16 ids below 65,500 tokens, else int32)");
    out.add("network.storage.read_capacity_gbytes_per_s", s.read_bytes_per_s / kGiga, "GB/s",
            "min(storage read, servers * storage link)",
            {{"storage read", cluster.storage_read_gbytes_per_s, "GB/s"},
             servers_input,
             {"server storage link", node_link_gbytes, "GB/s"}},
            cluster.storage_source);
    out.add("storage.checkpoint_bytes", s.checkpoint_bytes, "B", "parameters * bytes per parameter",
            {{"parameters", e.parameters, ""},
             {"bytes per parameter", plan.training.checkpoint_bytes_per_param, "B"}},
            kCheckpointSource);
    out.add("storage.checkpoint_write_s", s.checkpoint_write_s, "s",
            "checkpoint_bytes / min(storage write, writing servers * storage link)",
            {{"checkpoint_bytes", s.checkpoint_bytes, "B"},
             {"storage write", cluster.storage_write_gbytes_per_s, "GB/s"},
             {"server storage link", node_link_gbytes, "GB/s"},
             {"write bandwidth achieved", s.write_bytes_per_s / kGiga, "GB/s"}},
            cluster.storage_source +
                "; writers: every server with the distributed optimizer, else one replica");
    out.add("storage.checkpoint_interval_s", s.checkpoint_interval_s, "s", "sqrt(2 * C * MTBF_system)",
            {write_s_input,
             mtbf_input,
             {"node MTBF", rates.node_mtbf_hours, "h"},
             {"network MTBF per server", rates.network_mtbf_server_hours, "h"},
             servers_input},
            "Young 1974; Daly 2006; " + mtbf_source);
    out.add("storage.checkpoint_overhead", s.checkpoint_overhead, "", "sqrt(2 * C / MTBF_system)",
            {write_s_input, mtbf_input}, "Young 1974 (C/tau + tau/(2 MTBF) at the optimal tau)");
    out.add("storage.required_write_gbytes_per_s", s.required_write_bytes_per_s / kGiga, "GB/s",
            "checkpoint_bytes / (target^2 * MTBF_system / 2)",
            {{"checkpoint_bytes", s.checkpoint_bytes, "B"},
             {"target", plan.training.checkpoint_overhead_target, ""},
             mtbf_input},
            "Young 1974, solved for C at the target overhead");
    out.add("storage.restore_read_bytes", s.restore_read_bytes, "B", "checkpoint_bytes * DP",
            {{"checkpoint_bytes", s.checkpoint_bytes, "B"}, {"DP", double(par.dp), ""}}, kCheckpointSource);
    out.add("storage.restore_s", s.restore_s, "s",
            "restore_read_bytes / min(storage read, servers * storage link)",
            {{"restore_read_bytes", s.restore_read_bytes, "B"},
             {"storage read", cluster.storage_read_gbytes_per_s, "GB/s"},
             servers_input,
             {"server storage link", node_link_gbytes, "GB/s"}},
            std::string(kCheckpointSource) + "; " + cluster.storage_source);
    out.add("storage.data_read_gbytes_per_s", s.data_read_bytes_per_s / kGiga, "GB/s",
            "tokens_per_s * bytes per token",
            {{"tokens_per_s", e.tokens_per_s, "tokens/s"}, {"bytes per token", s.bytes_per_token, "B"}},
            "Megatron indexed_dataset (uint16 ids below 65,500 tokens, else int32)");

    const Goodput& g = e.goodput;
    const ExplainedInput restart_input{"restart time + restore", g.restart_s, "s"};
    out.add("goodput.restart_share", g.restart_share, "", "(restart time + restore) / MTBF_system",
            {restart_input, {"restore", s.restore_s, "s"}, mtbf_input},
            plan.training.restart_minutes > 0
                ? std::string("training.restart_minutes of the plan; ") + kGoodput
                : std::string(kGoodput));
    out.add("goodput.goodput", g.goodput, "", "1 - checkpoint overhead - restart share",
            {{"checkpoint overhead", g.checkpoint_overhead, ""}, {"restart share", g.restart_share, ""}},
            std::string(kGoodput) + "; Llama 3 reports > 90% effective training time");
    out.add("goodput.wall_clock_s", g.wall_clock_s, "s", "time_to_train / goodput",
            {{"time_to_train", e.time_to_train_s, "s"}, {"goodput", g.goodput, ""}}, kGoodput);
    const ExplainedInput su_input{"servers per scalable unit", double(g.scalable_unit_servers), ""};
    out.add("goodput.failed_servers_mean", g.failed_servers_mean, "",
            "servers per scalable unit * repair / node MTBF",
            {su_input, {"repair", g.repair_hours, "h"}, {"node MTBF", rates.node_mtbf_hours, "h"}},
            std::string("Little's law; ") + kGoodput);
    out.add("goodput.spares_per_scalable_unit", double(g.spares_per_scalable_unit), "",
            "smallest k with P(Poisson(mean failed) > k) < 1%",
            {{"mean failed servers", g.failed_servers_mean, ""},
             {"P(more failed than spares)", g.shortfall_probability, ""}},
            kGoodput);
    out.add("goodput.spares_total", double(g.spares_total), "", "spares per scalable unit * scalable units",
            {{"spares per scalable unit", double(g.spares_per_scalable_unit), ""},
             {"scalable units", double(g.scalable_units), ""},
             su_input},
            "scalable unit: the servers of one compute-leaf group (32 without a design)");

    const PowerEstimate& p = e.power;
    out.add(
        "power.server_watts", p.server_watts, "W", "min(GPUs per server * TDP * 1.10, server maximum)",
        {{"GPUs per server", double(cluster.gpus_per_node), ""},
         {"TDP", cluster.gpu.tdp_watts, "W"},
         {"load factor", kTrainingWattsPerGpuTdp, ""},
         {"server maximum", cluster.server_max_watts, "W"}},
        "Patterson et al. 2021 Table 4 (330 W per 300 W V100 with host); server maximum from the catalog");
    out.add("power.it_watts", p.it_watts, "W", "servers * server_watts + other IT",
            {{"servers", p.servers, ""},
             {"server_watts", p.server_watts, "W"},
             {"other IT (switches, storage, CPU servers of a design)", p.other_it_watts, "W"}},
            "docs/model.md#power; other IT: the design's devices at load (0 without --design)");
    out.add("power.facility_watts", p.facility_watts, "W", "it_watts * PUE",
            {{"it_watts", p.it_watts, "W"}, {"PUE", p.pue, ""}},
            plan.power.pue > 0 ? "power.pue of the plan"
                               : "Uptime Institute 2023 global survey (average PUE 1.58)");
    out.add("power.energy_kwh", p.energy_kwh, "kWh", "facility_watts * time_to_train / 3.6e6",
            {{"facility_watts", p.facility_watts, "W"}, {"time_to_train", e.time_to_train_s, "s"}},
            "docs/model.md#power");
    out.add("power.cost", p.cost, p.currency, "energy_kwh * price per kWh",
            {{"energy_kwh", p.energy_kwh, "kWh"}, {"price per kWh", p.price_per_kwh, p.currency + "/kWh"}},
            plan.power.price_per_kwh > 0
                ? "power.price_per_kwh of the plan"
                : "assumption: illustrative 0.10 per kWh (docs/model.md#power); set power.price_per_kwh");
    return out.take();
}

nlohmann::json explainedToJson(const ExplainedValues& values) {
    nlohmann::json out = nlohmann::json::object();
    nlohmann::json explain = nlohmann::json::object();
    for (const auto& [key, value] : values) {
        nlohmann::json* node = &out; // "a.b.c" -> out["a"]["b"]["c"]
        std::size_t start = 0;
        for (std::size_t dot = key.find('.'); dot != std::string::npos;
             start = dot + 1, dot = key.find('.', start))
            node = &(*node)[key.substr(start, dot - start)];
        (*node)[key.substr(start)] = value.value;
        nlohmann::json inputs = nlohmann::json::object();
        for (const ExplainedInput& input : value.inputs)
            inputs[input.name] = {{"value", input.value}, {"unit", input.unit}};
        explain[key] = {
            {"formula", value.formula}, {"inputs", inputs}, {"unit", value.unit}, {"source", value.source}};
    }
    out["explain"] = std::move(explain);
    return out;
}

nlohmann::json estimateToJson(const Plan& plan, const TrainingEstimate& estimate) {
    return estimateToJson(plan, estimate, explainEstimate(plan, estimate));
}

nlohmann::json estimateToJson(const Plan& plan, const TrainingEstimate& estimate,
                              const ExplainedValues& explained) {
    nlohmann::json out = explainedToJson(explained);
    out["scenario"] = std::string(workloadId(plan.workload));
    out["fits_in_memory"] = estimate.memory.fits();
    const MemoryPerGpu& memory = estimate.memory;
    // What exceeds the capacity, charged to each component in proportion to its size.
    const double overflow_share = memory.fits() ? 0 : memory.overflowBytes() / memory.totalBytes();
    out["memory_overflow_gib"] = {{"total", memory.overflowBytes() / kBytesPerGib},
                                  {"weights", overflow_share * memory.weights_bytes / kBytesPerGib},
                                  {"gradients", overflow_share * memory.gradients_bytes / kBytesPerGib},
                                  {"optimizer", overflow_share * memory.optimizer_bytes / kBytesPerGib},
                                  {"activations", overflow_share * memory.activations_bytes / kBytesPerGib}};
    out["precision"] = std::string(precisionId(plan.training.precision));
    const Parallelism& par = plan.parallelism;
    const PipelineSplit split = splitPipeline(plan.model.layers, par.pp, par.vpp, par.first_stage_layers,
                                              par.last_stage_layers, nullptr);
    out["pipeline_split"] = {{"rule", std::string(pipelineRuleId(split.rule))},
                             {"stage_layers", estimate.stage_layers},
                             {"chunk_layers", split.chunk_layers},
                             {"slowest_stage", estimate.slowest_stage}};
    return out;
}

namespace {

std::string format(const char* pattern, double value) {
    char text[64];
    std::snprintf(text, sizeof text, pattern, value);
    return text;
}

std::string duration(double seconds) {
    if (seconds >= 2 * kSecondsPerDay)
        return format("%.1f days", seconds / kSecondsPerDay);
    if (seconds >= 7200)
        return format("%.1f h", seconds / 3600);
    if (seconds >= 120)
        return format("%.1f min", seconds / 60);
    return format("%.3g s", seconds);
}

} // namespace

std::string estimateToText(const Plan& plan, const TrainingEstimate& e) {
    const Parallelism& par = plan.parallelism;
    const ClusterSpec& cluster = plan.cluster;
    const StepBreakdown& b = e.breakdown;
    std::ostringstream out;
    out << "Estimate: " << plan.model.name << " (" << format("%.1f", e.parameters / kGiga)
        << " B parameters), " << workloadId(plan.workload) << " on " << cluster.gpus << " x "
        << cluster.gpu.name << "\n";
    out << "  plan: TP " << par.tp << " x CP " << par.cp << " x PP " << par.pp << " x DP " << par.dp
        << ", EP " << par.ep << " (ETP " << par.etp << "), VPP " << par.vpp << ", micro-batch "
        << par.micro_batch << ", global batch " << par.global_batch << " (" << e.micro_batches
        << " micro-batches), recompute " << recomputeId(par.recompute)
        << (par.sequence_parallel ? ", sequence parallel" : "")
        << (par.distributed_optimizer ? ", distributed optimizer" : "") << (par.fsdp ? ", FSDP" : "") << ", "
        << precisionId(plan.training.precision) << "\n";
    const PipelineSplit split = splitPipeline(plan.model.layers, par.pp, par.vpp, par.first_stage_layers,
                                              par.last_stage_layers, nullptr);
    out << "  layers per pipeline stage: " << split.describe() << " (" << pipelineRuleId(split.rule)
        << (par.pp > 1 ? ", slowest stage " + std::to_string(e.slowest_stage) : std::string()) << ")\n";
    if (plan.model.isMoe())
        out << "  active parameters " << format("%.1f B", e.active_parameters / kGiga) << " of "
            << format("%.1f B", e.parameters / kGiga) << "\n";
    out << "\n";
    out << "Step time           " << format("%.3f s", e.step_time_s) << "\n";
    auto part = [&](const char* label, double seconds) {
        out << "  " << label << format("%9.3f s", seconds)
            << format("  (%4.1f%%)", 100 * seconds / e.step_time_s) << "\n";
    };
    part("compute           ", b.compute_s);
    part("TP communication  ", b.tp_comm_s);
    part("PP communication  ", b.pp_comm_s);
    part("pipeline bubble   ", b.bubble_s);
    part("DP exposed        ", b.dp_comm_exposed_s);
    part("optimizer step    ", b.optimizer_s);
    part("EP all-to-all     ", b.ep_comm_s);
    part("CP exchange       ", b.cp_comm_s);
    out << "Throughput          " << format("%.0f tokens/s", e.tokens_per_s) << "\n";
    out << "Model TFLOP/s/GPU   " << format("%.1f", e.model_tflops_per_gpu)
        << format("  (MFU %.1f%%)", 100 * e.mfu) << "\n";
    out << "Hardware TFLOP/s/GPU" << format(" %.1f", e.hardware_tflops_per_gpu) << "\n";
    out << "Time to train       " << duration(e.time_to_train_s) << format(" for %.3g tokens", e.tokens)
        << "\n";
    const Goodput& g = e.goodput;
    out << "  with failures     " << duration(g.wall_clock_s) << " wall clock at "
        << format("%.1f%% goodput", 100 * g.goodput) << " (checkpoints "
        << format("%.1f%%", 100 * g.checkpoint_overhead) << ", restarts "
        << format("%.1f%%", 100 * g.restart_share) << ")\n";
    out << "  hot spares        " << g.spares_per_scalable_unit << " per scalable unit of "
        << g.scalable_unit_servers << " servers, " << g.spares_total << " in all"
        << format(" (%.2f servers down on average per unit)", g.failed_servers_mean) << "\n";
    out << "  all-reduce        " << (e.in_network.nvls ? "NVLS" : "ring") << " inside the NVLink domain, "
        << (e.in_network.sharp ? "SHARP" : "ring") << " across it; " << routingId(cluster.routing)
        << " routing\n\n";
    out << "Memory per GPU      " << format("%.1f GiB", e.memory.totalBytes() / kBytesPerGib) << " of "
        << format("%.0f GiB", e.memory.capacity_bytes / kBytesPerGib)
        << (e.memory.fits()
                ? " (fits)"
                : format(" (DOES NOT FIT: %.1f GiB over)", e.memory.overflowBytes() / kBytesPerGib))
        << (par.pp > 1 ? " on pipeline stage " + std::to_string(e.memory.stage) : std::string()) << "\n";
    out << "  weights " << format("%.1f", e.memory.weights_bytes / kBytesPerGib) << ", gradients "
        << format("%.1f", e.memory.gradients_bytes / kBytesPerGib) << ", optimizer "
        << format("%.1f", e.memory.optimizer_bytes / kBytesPerGib) << ", activations "
        << format("%.1f GiB", e.memory.activations_bytes / kBytesPerGib) << "\n\n";
    out << "Network budgets (per GPU, average over a step / capacity)\n";
    out << "  compute fabric    " << format("%.2f", e.nic_bytes_per_gpu / e.step_time_s / kGiga) << " / "
        << format("%.1f GB/s", e.nic_capacity_bytes_per_s / kGiga) << "; "
        << format("%.1f GB/s", e.nic_needed_bytes_per_s / kGiga) << " needed to hide the DP reduction\n";
    out << "  NVLink            " << format("%.2f", e.nvlink_bytes_per_gpu / e.step_time_s / kGiga) << " / "
        << format("%.1f GB/s", e.nvlink_capacity_bytes_per_s / kGiga) << "\n";
    const StorageBudget& s = e.storage;
    out << "Storage (" << cluster.storage_source << ")\n";
    out << "  training data read " << format("%.2f MB/s", s.data_read_bytes_per_s / 1e6) << " of "
        << format("%.1f GB/s", s.read_bytes_per_s / kGiga) << "\n";
    out << "  checkpoint        " << format("%.2f TB", s.checkpoint_bytes / kTera) << ", written in "
        << duration(s.checkpoint_write_s) << format(" at %.1f GB/s", s.write_bytes_per_s / kGiga) << "\n";
    out << "  interval (Young)  " << duration(s.checkpoint_interval_s) << ", overhead "
        << format("%.1f%%", 100 * s.checkpoint_overhead) << "; "
        << format("%.1f GB/s", s.required_write_bytes_per_s / kGiga) << " write keeps it under "
        << format("%.0f%%", 100 * plan.training.checkpoint_overhead_target) << "\n";
    out << "  restore           " << format("%.2f TB", s.restore_read_bytes / kTera) << " (checkpoint x DP "
        << par.dp << ") in " << duration(s.restore_s) << "\n";
    const PowerEstimate& p = e.power;
    out << "Power and energy\n";
    out << "  per server        " << format("%.1f kW", p.server_watts / 1000) << "; IT "
        << format("%.1f kW", p.it_watts / 1000) << ", facility " << format("%.1f kW", p.facility_watts / 1000)
        << format(" (PUE %.2f)", p.pue) << "\n";
    out << "  run               " << format("%.0f MWh", p.energy_kwh / 1000) << ", cost "
        << formatMoney(p.cost, p.currency) << " at " << formatMoney(p.price_per_kwh, p.currency)
        << " per kWh\n";
    return out.str();
}

nlohmann::json planErrorsToJson(const std::vector<PlanError>& errors) {
    nlohmann::json out = nlohmann::json::array();
    for (const PlanError& error : errors)
        out.push_back({{"field", error.field}, {"message", error.message}});
    return {{"plan_errors", out}};
}

nlohmann::json sweepToJson(const SweepResult& sweep) {
    nlohmann::json best = nlohmann::json::array();
    for (const SweepCandidate& c : sweep.best) {
        const Parallelism& par = c.parallelism;
        best.push_back({{"tp", par.tp},
                        {"pp", par.pp},
                        {"dp", par.dp},
                        {"cp", par.cp},
                        {"ep", par.ep},
                        {"fsdp", par.fsdp},
                        {"vpp", par.vpp},
                        {"micro_batch", par.micro_batch},
                        {"recompute", std::string(recomputeId(par.recompute))},
                        {"step_time_s", c.estimate.step_time_s},
                        {"mfu", c.estimate.mfu},
                        {"memory_per_gpu_gib", c.estimate.memory.totalBytes() / kBytesPerGib},
                        {"why", c.why}});
    }
    return {
        {"plans_evaluated", sweep.plans_evaluated}, {"plans_fitting", sweep.plans_fitting}, {"best", best}};
}

std::string sweepToText(const Plan& plan, const SweepResult& sweep) {
    std::ostringstream out;
    out << "Sweep: " << plan.model.name << " on " << plan.cluster.gpus << " x " << plan.cluster.gpu.name
        << ", global batch " << plan.parallelism.global_batch << ": " << sweep.plans_evaluated << " plans, "
        << sweep.plans_fitting << " fit in memory\n";
    out << "rank  TP  PP  CP    DP  EP VPP   b FSDP recompute  step s    MFU  mem GiB  why\n";
    int rank = 1;
    for (const SweepCandidate& c : sweep.best) {
        const Parallelism& par = c.parallelism;
        char line[160];
        std::snprintf(line, sizeof line, "%4d %3d %3d %3d %5d %3d %3d %3d %-4s %-9s %7.3f %5.1f%% %7.1f  ",
                      rank++, par.tp, par.pp, par.cp, par.dp, par.ep, par.vpp, par.micro_batch,
                      par.fsdp ? "yes" : "no", std::string(recomputeId(par.recompute)).c_str(),
                      c.estimate.step_time_s, 100 * c.estimate.mfu,
                      c.estimate.memory.totalBytes() / kBytesPerGib);
        out << line << c.why << "\n";
    }
    return out.str();
}

} // namespace cs
