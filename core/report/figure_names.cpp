#include "report/figure_names.h"

#include "base/number_format.h"
#include "base/units.h"

#include <algorithm>
#include <cmath>
#include <iterator>

namespace cs {

namespace {

const FigureName kFigureNames[] = {
    // training
    {"step_time_s", CS_REPORT_TEXT("cs::Report", "Step time"), "s"},
    {"tokens_per_s", CS_REPORT_TEXT("cs::Report", "Throughput"), "tokens/s"},
    {"model_tflops_per_gpu", CS_REPORT_TEXT("cs::Report", "Model TFLOP/s per GPU"), "TFLOP/s"},
    {"hardware_tflops_per_gpu", CS_REPORT_TEXT("cs::Report", "Hardware TFLOP/s per GPU"), "TFLOP/s"},
    {"mfu", CS_REPORT_TEXT("cs::Report", "MFU"), "%", kPercent},
    {"memory_per_gpu_gib", CS_REPORT_TEXT("cs::Report", "Memory per GPU"), "GiB"},
    {"time_to_train_s", CS_REPORT_TEXT("cs::Report", "Time to train"), "days", 1 / kSecondsPerDay},
    {"goodput.restart_share", CS_REPORT_TEXT("cs::Report", "Time lost to restarts"), "%", kPercent},
    {"goodput.goodput", CS_REPORT_TEXT("cs::Report", "Goodput"), "%", kPercent},
    {"goodput.wall_clock_s", CS_REPORT_TEXT("cs::Report", "Time to train with failures"), "days",
     1 / kSecondsPerDay},
    {"goodput.failed_servers_mean", CS_REPORT_TEXT("cs::Report", "Failed servers per scalable unit (mean)"),
     ""},
    {"goodput.spares_per_scalable_unit", CS_REPORT_TEXT("cs::Report", "Hot spares per scalable unit"), ""},
    {"goodput.spares_total", CS_REPORT_TEXT("cs::Report", "Hot spares in all"), ""},
    {"parameters", CS_REPORT_TEXT("cs::Report", "Parameters"), ""},
    {"active_parameters", CS_REPORT_TEXT("cs::Report", "Active parameters"), ""},
    {"trainable_parameters", CS_REPORT_TEXT("cs::Report", "Trainable parameters"), ""},
    {"breakdown.compute_s", CS_REPORT_TEXT("cs::Report", "Compute"), "s"},
    {"breakdown.tp_comm_s", CS_REPORT_TEXT("cs::Report", "TP communication"), "s"},
    {"breakdown.pp_comm_s", CS_REPORT_TEXT("cs::Report", "PP communication"), "s"},
    {"breakdown.bubble_s", CS_REPORT_TEXT("cs::Report", "Pipeline bubble"), "s"},
    {"breakdown.dp_comm_exposed_s", CS_REPORT_TEXT("cs::Report", "DP communication exposed"), "s"},
    {"breakdown.optimizer_s", CS_REPORT_TEXT("cs::Report", "Optimizer step"), "s"},
    {"breakdown.ep_comm_s", CS_REPORT_TEXT("cs::Report", "EP all-to-all"), "s"},
    {"breakdown.cp_comm_s", CS_REPORT_TEXT("cs::Report", "CP exchange (exposed)"), "s"},
    {"network.ep.nvlink_demand_gbytes_per_s_per_gpu",
     CS_REPORT_TEXT("cs::Report", "EP NVLink demand per GPU"), "GB/s"},
    {"network.ep.scale_out_demand_gbytes_per_s_per_gpu",
     CS_REPORT_TEXT("cs::Report", "EP fabric demand per GPU"), "GB/s"},
    {"network.cp.demand_gbytes_per_s_per_gpu", CS_REPORT_TEXT("cs::Report", "CP demand per GPU"), "GB/s"},
    {"network.compute.demand_gbytes_per_s_per_gpu",
     CS_REPORT_TEXT("cs::Report", "Compute fabric demand per GPU"), "GB/s"},
    {"network.compute.needed_gbytes_per_s_per_gpu",
     CS_REPORT_TEXT("cs::Report", "Compute fabric bandwidth to hide DP, per GPU"), "GB/s"},
    {"network.compute.capacity_gbytes_per_s_per_gpu",
     CS_REPORT_TEXT("cs::Report", "Compute fabric capacity per GPU"), "GB/s"},
    {"network.nvlink.demand_gbytes_per_s_per_gpu", CS_REPORT_TEXT("cs::Report", "NVLink demand per GPU"),
     "GB/s"},
    {"network.nvlink.capacity_gbytes_per_s_per_gpu", CS_REPORT_TEXT("cs::Report", "NVLink capacity per GPU"),
     "GB/s"},
    {"network.storage.read_demand_gbytes_per_s", CS_REPORT_TEXT("cs::Report", "Storage read demand"), "GB/s"},
    {"network.storage.read_capacity_gbytes_per_s", CS_REPORT_TEXT("cs::Report", "Storage read capacity"),
     "GB/s"},
    {"storage.checkpoint_bytes", CS_REPORT_TEXT("cs::Report", "Checkpoint size"), "B"},
    {"storage.checkpoint_write_s", CS_REPORT_TEXT("cs::Report", "Checkpoint write"), "s"},
    {"storage.checkpoint_interval_s", CS_REPORT_TEXT("cs::Report", "Checkpoint interval"), "s"},
    {"storage.checkpoint_overhead", CS_REPORT_TEXT("cs::Report", "Checkpoint overhead"), "%", kPercent},
    {"storage.required_write_gbytes_per_s", CS_REPORT_TEXT("cs::Report", "Checkpoint write bandwidth needed"),
     "GB/s"},
    {"storage.restore_read_bytes", CS_REPORT_TEXT("cs::Report", "Restore read"), "B"},
    {"storage.restore_s", CS_REPORT_TEXT("cs::Report", "Checkpoint restore"), "s"},
    {"storage.data_read_gbytes_per_s", CS_REPORT_TEXT("cs::Report", "Training data read"), "GB/s"},
    {"power.server_watts", CS_REPORT_TEXT("cs::Report", "GPU server power at load"), "kW",
     1 / kWattsPerKilowatt},
    {"power.it_watts", CS_REPORT_TEXT("cs::Report", "IT power"), "kW", 1 / kWattsPerKilowatt},
    {"power.facility_watts", CS_REPORT_TEXT("cs::Report", "Facility power"), "kW", 1 / kWattsPerKilowatt},
    {"power.energy_kwh", CS_REPORT_TEXT("cs::Report", "Energy of the run"), "MWh", 1 / kWattsPerKilowatt},
    {"power.cost", CS_REPORT_TEXT("cs::Report", "Cost of the run"), "currency"},
    // inference
    {"memory.weights_gib_per_gpu", CS_REPORT_TEXT("cs::Report", "Weights per GPU"), "GiB"},
    {"memory.kv_cache_gib_per_gpu", CS_REPORT_TEXT("cs::Report", "KV cache per GPU"), "GiB"},
    {"memory.usable_gib_per_gpu", CS_REPORT_TEXT("cs::Report", "Usable memory per GPU"), "GiB"},
    {"memory.max_batch", CS_REPORT_TEXT("cs::Report", "Largest batch that fits"), "sequences"},
    {"prefill.compute_s", CS_REPORT_TEXT("cs::Report", "Prefill compute"), "s"},
    {"prefill.memory_s", CS_REPORT_TEXT("cs::Report", "Prefill memory reads"), "s"},
    {"prefill.tp_s", CS_REPORT_TEXT("cs::Report", "Prefill TP communication"), "s"},
    {"concurrency", CS_REPORT_TEXT("cs::Report", "Sequences in flight per replica"), "sequences"},
    {"ttft_s", CS_REPORT_TEXT("cs::Report", "Time to first token"), "s"},
    {"decode.memory_s", CS_REPORT_TEXT("cs::Report", "Decode memory reads per step"), "s"},
    {"decode.compute_s", CS_REPORT_TEXT("cs::Report", "Decode compute per step"), "s"},
    {"decode.tp_bytes_per_step", CS_REPORT_TEXT("cs::Report", "Decode TP traffic per step"), "B"},
    {"decode.tp_s", CS_REPORT_TEXT("cs::Report", "Decode TP communication per step"), "s"},
    {"tpot_s", CS_REPORT_TEXT("cs::Report", "Time per output token"), "s"},
    {"request_s", CS_REPORT_TEXT("cs::Report", "Request latency"), "s"},
    {"tokens_per_s_per_server", CS_REPORT_TEXT("cs::Report", "Tokens per second per server"), "tokens/s"},
    {"tokens_per_s_per_gpu", CS_REPORT_TEXT("cs::Report", "Tokens per second per GPU"), "tokens/s"},
    {"replicas", CS_REPORT_TEXT("cs::Report", "Model replicas"), "replicas"},
    {"tokens_per_s", CS_REPORT_TEXT("cs::Report", "Output tokens per second"), "tokens/s"},
    {"load.output_tokens_per_s", CS_REPORT_TEXT("cs::Report", "Load"), "tokens/s"},
    {"load.replicas_needed", CS_REPORT_TEXT("cs::Report", "Replicas needed"), "replicas"},
    {"load.gpus_needed", CS_REPORT_TEXT("cs::Report", "GPUs needed"), "GPUs"},
    {"load.servers_needed", CS_REPORT_TEXT("cs::Report", "Servers needed"), "servers"},
    {"load.power_kw", CS_REPORT_TEXT("cs::Report", "Power of the servers needed"), "kW"},
    {"gpus_per_replica", CS_REPORT_TEXT("cs::Report", "GPUs per replica"), "GPUs"},
    {"prefill.ep_s", CS_REPORT_TEXT("cs::Report", "Prefill EP all-to-all"), "s"},
    {"prefill.pp_s", CS_REPORT_TEXT("cs::Report", "Prefill stage hand-offs"), "s"},
    {"decode.ep_s", CS_REPORT_TEXT("cs::Report", "Decode EP all-to-all per stage"), "s"},
    {"decode.stage_s", CS_REPORT_TEXT("cs::Report", "Decode step of one pipeline stage"), "s"},
    {"decode.pp_s", CS_REPORT_TEXT("cs::Report", "Decode stage hand-offs per token"), "s"},
    {"tokens_per_s_per_replica", CS_REPORT_TEXT("cs::Report", "Tokens per second per replica"), "tokens/s"},
    {"disaggregated.kv_transfer_s", CS_REPORT_TEXT("cs::Report", "KV cache transfer to the decode pool"),
     "s"},
    {"disaggregated.prefill_prompts_per_s_per_gpu",
     CS_REPORT_TEXT("cs::Report", "Prefill prompts per second per GPU"), "prompts/s"},
    {"disaggregated.decode_tokens_per_s_per_gpu",
     CS_REPORT_TEXT("cs::Report", "Decode tokens per second per GPU"), "tokens/s"},
    {"disaggregated.prefill_gpus_per_decode_gpu", CS_REPORT_TEXT("cs::Report", "Prefill GPUs per decode GPU"),
     "GPUs/GPU"},
    {"disaggregated.aggregated_tokens_per_s_per_gpu",
     CS_REPORT_TEXT("cs::Report", "Tokens per second per GPU, aggregated serving"), "tokens/s"},
    {"load.prefill_replicas_needed", CS_REPORT_TEXT("cs::Report", "Prefill replicas needed"), "replicas"},
    {"load.decode_replicas_needed", CS_REPORT_TEXT("cs::Report", "Decode replicas needed"), "replicas"},
    {"load.prefill_gpus_needed", CS_REPORT_TEXT("cs::Report", "Prefill GPUs needed"), "GPUs"},
    {"load.decode_gpus_needed", CS_REPORT_TEXT("cs::Report", "Decode GPUs needed"), "GPUs"},
};

} // namespace

const FigureName* figureName(std::string_view key) {
    const auto found = std::find_if(std::begin(kFigureNames), std::end(kFigureNames),
                                    [key](const FigureName& name) { return name.key == key; });
    return found == std::end(kFigureNames) ? nullptr : &*found;
}

std::pair<double, std::string> shownQuantity(std::string_view key, const Explained& value) {
    const FigureName* name = figureName(key);
    if (!name || name->unit == "currency")
        return {value.value, value.unit};
    return {value.value * name->scale, std::string(name->unit)};
}

ReportText quantityText(double value, const std::string& unit) {
    if (unit == "s" && std::abs(value) >= 2 * kSecondsPerDay)
        return {CS_REPORT_TEXT("cs::Report", "%1 days"), {significantDigits(value / kSecondsPerDay)}};
    if (unit == "days")
        return {CS_REPORT_TEXT("cs::Report", "%1 days"), {significantDigits(value)}};
    if (unit == "sequences")
        return {CS_REPORT_TEXT("cs::Report", "%1 sequences"), {significantDigits(value)}};
    return formatQuantity(value, unit);
}

} // namespace cs
