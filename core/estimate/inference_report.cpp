#include "estimate/inference_report.h"

#include "base/units.h"
#include "estimate/communication_model.h"
#include "estimate/compute_efficiency.h"
#include "estimate/transformer_math.h"

#include <cstdio>
#include <nlohmann/json.hpp>
#include <sstream>

namespace cs {

namespace {

const char* const kDecodeSource = "Databricks 2023 LLM Inference Performance Engineering (memory-bandwidth "
                                  "bound decode, MBU); efficiency unverified (docs/model.md#inference)";
const char* const kPrefillSource = "Kaplan et al. 2020 (2N FLOPs per token) + Megatron attention FLOPs; "
                                   "efficiency fitted on training runs (docs/model.md#calibration)";
const char* const kKvSource =
    "vLLM / TensorRT-LLM KV cache: 2 x layers x KV heads x head_dim x bytes per token";

std::string format(const char* pattern, double value) {
    char text[64];
    std::snprintf(text, sizeof text, pattern, value);
    return text;
}

} // namespace

ExplainedValues explainInference(const Plan& plan, const InferenceEstimate& e) {
    const ModelShape& model = plan.model;
    const InferenceSpec& spec = plan.inference;
    const ClusterSpec& cluster = plan.cluster;
    const GpuType& gpu = cluster.gpu;
    const double b = e.batch, tp = e.tp;
    const double peak_tflops = inferencePeakFlopsPerS(plan) / kTera;
    const std::string precision(precisionId(spec.precision));
    ExplainedBuilder out;
    const ExplainedInput tp_input{"TP", tp, "GPUs"};
    const ExplainedInput bytes_input{"bytes per value (" + precision + ")", e.bytes_per_param, "B"};

    out.add("memory.weights_gib_per_gpu", e.weights_bytes_per_gpu / kBytesPerGib, "GiB",
            "parameters x bytes / TP", {{"parameters", e.parameters, ""}, bytes_input, tp_input},
            "Narayanan eq. 2 (parameter count)");
    out.add("memory.kv_cache_gib_per_gpu", e.kv_bytes_per_gpu / kBytesPerGib, "GiB",
            "2 x layers x max(1, kv_heads / TP) x head_dim x bytes x context x batch",
            {{"layers", double(model.layers), ""},
             {"kv_heads", double(model.kv_heads), ""},
             {"head_dim", double(model.headDim()), ""},
             {"bytes per KV value (" + std::string(precisionId(spec.kvPrecision())) + ")",
              e.kv_bytes_per_value, "B"},
             {"context = prompt + output", double(e.context_tokens), "tokens"},
             {"batch", b, "sequences"},
             tp_input},
            kKvSource);
    out.add("memory.usable_gib_per_gpu", e.usable_bytes / kBytesPerGib, "GiB",
            "GPU memory x share for weights and KV",
            {{"GPU memory", e.capacity_bytes / kBytesPerGib, "GiB"}, {"share", kInferenceMemoryShare, ""}},
            "vLLM gpu_memory_utilization default 0.9");
    out.add("memory.max_batch", e.max_batch, "sequences",
            "floor((usable - weights) / (KV per token x context))",
            {{"usable", e.usable_bytes / kBytesPerGib, "GiB"},
             {"weights", e.weights_bytes_per_gpu / kBytesPerGib, "GiB"},
             {"KV per token", e.kv_bytes_per_token_per_gpu, "B"},
             {"context", double(e.context_tokens), "tokens"}},
            kKvSource);
    out.add("concurrency", b, "sequences",
            spec.batchIsMax() ? "the largest batch within memory and the latency targets" : "inference.batch",
            {{"max batch in memory", double(e.max_batch), "sequences"},
             {"target time to first token", spec.slo.ttft_s, "s"},
             {"target time per output token", spec.slo.tpot_s, "s"}},
            "continuous batching (Yu et al. 2022, Orca; vLLM): sequences in flight per replica, set by " +
                e.batch_limit);
    out.add("prefill.compute_s", e.prefill_compute_s, "s",
            "(layers x 4*s*h^2*(1 + g/a + s/h + ffn/h*k) + 2*h*V) / TP / (efficiency x peak), one prompt",
            {{"prefill FLOPs per GPU", e.prefill_flops_per_gpu, "FLOP"},
             {"s = prompt", double(spec.prompt_tokens), "tokens"},
             {"efficiency", kComputeCalibration.tensor_core_efficiency, ""},
             {"peak " + precision, peak_tflops, "TFLOP/s"}},
            kPrefillSource);
    out.add("prefill.memory_s", e.prefill_memory_s, "s", "weights per GPU / (efficiency x HBM bandwidth)",
            {{"weights", e.weights_bytes_per_gpu, "B"},
             {"efficiency", kDecodeHbmEfficiency, ""},
             {"HBM", gpu.memory_gbytes_per_s, "GB/s"}},
            kDecodeSource);
    out.add("prefill.tp_s", e.prefill_tp_s, "s", "layers x 2 x (2(t-1)/t x s*h*2 bytes / busbw + latency)",
            {{"layers", double(model.layers), ""},
             {"s*h*2 bytes", spec.prompt_tokens * model.hidden * kInferenceActivationBytes, "B"},
             tp_input,
             {"busbw", e.tp_bus_bytes_per_s / kGiga, "GB/s"},
             {"latency", kTpAllReduceLatencySeconds, "s"}},
            "Narayanan §3.2 (2 all-reduces per layer forward); nccl-tests ring factor; latency unverified");
    out.add("decode.memory_s", e.decode_memory_s, "s",
            "(weights read + KV per token x mean context x batch) / (efficiency x HBM bandwidth)",
            {{"weights read (MoE: the experts the iteration touches)",
              e.decode_bytes_per_gpu -
                  e.kv_bytes_per_token_per_gpu * (spec.prompt_tokens + spec.output_tokens / 2.0) * b,
              "B"},
             {"KV per token", e.kv_bytes_per_token_per_gpu, "B"},
             {"mean context = prompt + output/2", spec.prompt_tokens + spec.output_tokens / 2.0, "tokens"},
             {"batch", b, "sequences"},
             {"efficiency", kDecodeHbmEfficiency, ""},
             {"HBM", gpu.memory_gbytes_per_s, "GB/s"}},
            kDecodeSource);
    out.add(
        "decode.compute_s", e.decode_compute_s, "s",
        "(2 x active parameters x b + 4 x b x mean context x h x layers + b x prompt/output x prefill "
        "FLOPs per token) / TP / (efficiency x peak)",
        {{"active parameters", activeParameters(model), ""},
         {"b", b, "sequences"},
         {"prefill tokens per iteration = b x prompt / output", b * spec.prompt_tokens / spec.output_tokens,
          "tokens"},
         tp_input,
         {"efficiency", kComputeCalibration.tensor_core_efficiency, ""},
         {"peak " + precision, peak_tflops, "TFLOP/s"}},
        "Agrawal et al. 2024 (Sarathi-Serve, chunked prefill): new prompts ride along the decode iterations");
    out.add("decode.tp_bytes_per_step", e.tp_bytes_per_step, "B",
            "layers x 2 all-reduces x (b + prefill tokens) x h x 2 bytes",
            {{"layers", double(model.layers), ""}, {"b", b, "sequences"}, {"h", double(model.hidden), ""}},
            "Narayanan §3.2");
    out.add("decode.tp_s", e.decode_tp_s, "s",
            "layers x 2 x (2(t-1)/t x (b + prefill tokens)*h*2 bytes / busbw + latency)",
            {{"layers", double(model.layers), ""},
             tp_input,
             {e.tp_over_nvlink ? "busbw (NVLink)" : "busbw (PCIe)", e.tp_bus_bytes_per_s / kGiga, "GB/s"},
             {"latency", kTpAllReduceLatencySeconds, "s"}},
            "nccl-tests PERFORMANCE.md ring factor; bus efficiency docs/model.md#communication; latency "
            "unverified");
    out.add("tpot_s", e.decode_step_s, "s", "one iteration: max(decode memory, decode compute) + decode TP",
            {{"decode memory", e.decode_memory_s, "s"},
             {"decode compute", e.decode_compute_s, "s"},
             {"decode TP", e.decode_tp_s, "s"}},
            "roofline (Williams et al. 2009); every sequence gets one token per iteration");
    out.add("ttft_s", e.time_to_first_token_s, "s",
            "max(prefill compute, prefill weight read) + prefill TP + one iteration",
            {{"prefill compute", e.prefill_compute_s, "s"},
             {"prefill weight read", e.prefill_memory_s, "s"},
             {"prefill TP", e.prefill_tp_s, "s"},
             {"iteration it joins", e.decode_step_s, "s"}},
            "roofline (Williams et al. 2009); no queueing (a load below the replicas' capacity)");
    out.add("request_s", e.request_s, "s", "ttft + (output - 1) x tpot",
            {{"ttft", e.time_to_first_token_s, "s"},
             {"output", double(spec.output_tokens), "tokens"},
             {"tpot", e.decode_step_s, "s"}},
            "continuous batching");
    out.add("tokens_per_s_per_server", e.tokens_per_s_per_server, "tokens/s",
            "replicas per server x batch / tpot (output tokens)",
            {{"replicas per server = GPUs per server / TP", double(e.replicas_per_server), ""},
             {"batch", b, "sequences"},
             {"tpot", e.decode_step_s, "s"}},
            "continuous batching: steady state");
    out.add("tokens_per_s_per_gpu", e.tokens_per_s_per_gpu, "tokens/s",
            "tokens_per_s_per_server / GPUs per server",
            {{"tokens_per_s_per_server", e.tokens_per_s_per_server, "tokens/s"},
             {"GPUs per server", double(cluster.gpus_per_node), ""}},
            "continuous batching: steady state");
    out.add("replicas", e.replicas, "replicas", "servers x replicas per server",
            {{"servers", double(e.servers), ""}, {"replicas per server", double(e.replicas_per_server), ""}},
            "the plan's cluster");
    out.add("tokens_per_s", e.tokens_per_s, "tokens/s", "servers x tokens_per_s_per_server",
            {{"servers", double(e.servers), ""},
             {"tokens_per_s_per_server", e.tokens_per_s_per_server, "tokens/s"}},
            "continuous batching: steady state");
    if (e.sizing) {
        const InferenceSizing& z = *e.sizing;
        const double per_replica = e.tokens_per_s_per_server / e.replicas_per_server;
        out.add("load.output_tokens_per_s", z.output_tokens_per_s, "tokens/s",
                spec.load.requests_per_s > 0 ? "requests_per_s x output tokens" : "inference.load",
                {{"requests per second", spec.load.requests_per_s, "requests/s"},
                 {"output", double(spec.output_tokens), "tokens"}},
                "the plan's load");
        out.add("load.replicas_needed", z.replicas, "replicas", "ceil(load / tokens per second per replica)",
                {{"load", z.output_tokens_per_s, "tokens/s"}, {"per replica", per_replica, "tokens/s"}},
                "continuous batching: steady state");
        out.add("load.gpus_needed", double(z.gpus), "GPUs", "replicas x TP",
                {{"replicas", double(z.replicas), ""}, tp_input}, "the plan's load");
        out.add("load.servers_needed", double(z.servers), "servers", "ceil(replicas / replicas per server)",
                {{"replicas", double(z.replicas), ""},
                 {"replicas per server", double(e.replicas_per_server), ""}},
                "the plan's load");
        out.add("load.power_kw", z.power_kw, "kW", "servers x the server's maximum power",
                {{"servers", double(z.servers), ""}, {"server maximum", cluster.server_max_watts, "W"}},
                "catalog maximum power");
    }
    return out.take();
}

nlohmann::json inferenceToJson(const Plan& plan, const InferenceEstimate& e) {
    return inferenceToJson(plan, e, explainInference(plan, e));
}

nlohmann::json inferenceToJson(const Plan& plan, const InferenceEstimate& e,
                               const ExplainedValues& explained) {
    nlohmann::json out = explainedToJson(explained);
    out["scenario"] = std::string(workloadId(plan.workload));
    out["fits_in_memory"] = e.fits;
    out["tp"] = e.tp;
    out["tp_link"] = e.tp <= 1 ? "none" : e.tp_over_nvlink ? "nvlink" : "pcie";
    out["precision"] = std::string(precisionId(plan.inference.precision));
    out["kv_precision"] = std::string(precisionId(plan.inference.kvPrecision()));
    out["batch_limit"] = e.batch_limit;
    return out;
}

std::string inferenceToText(const Plan& plan, const InferenceEstimate& e) {
    const InferenceSpec& spec = plan.inference;
    const ClusterSpec& cluster = plan.cluster;
    std::ostringstream out;
    out << "Inference estimate: " << plan.model.name << " (" << format("%.1f", e.parameters / kGiga)
        << " B parameters, " << precisionId(spec.precision) << ") on " << cluster.gpus_per_node << " x "
        << cluster.gpu.name << " per server\n";
    out << "  TP " << e.tp
        << (e.tp <= 1          ? ""
            : e.tp_over_nvlink ? " over NVLink"
                               : " over PCIe")
        << ", " << e.batch << " sequences in flight (set by " << e.batch_limit << "), prompt "
        << spec.prompt_tokens << " + output " << spec.output_tokens << " tokens, " << e.replicas_per_server
        << " replica(s) per server\n\n";
    out << "Memory per GPU      "
        << format("%.1f GiB", (e.weights_bytes_per_gpu + e.kv_bytes_per_gpu) / kBytesPerGib) << " of "
        << format("%.1f GiB usable", e.usable_bytes / kBytesPerGib)
        << (e.fits ? " (fits)" : " (DOES NOT FIT)") << "\n";
    out << "  weights " << format("%.1f GiB", e.weights_bytes_per_gpu / kBytesPerGib) << ", KV cache "
        << format("%.2f GiB", e.kv_bytes_per_gpu / kBytesPerGib) << " ("
        << format("%.0f KiB per token", e.kv_bytes_per_token_per_gpu / 1024) << "); max batch " << e.max_batch
        << " at this context\n";
    out << "Time to first token " << format("%.1f ms", 1e3 * e.time_to_first_token_s)
        << "  (prompt alone: compute " << format("%.1f ms", 1e3 * e.prefill_compute_s) << ", weight read "
        << format("%.1f ms", 1e3 * e.prefill_memory_s) << ", TP " << format("%.1f ms", 1e3 * e.prefill_tp_s)
        << "; then the iteration it joins)\n";
    out << "Time per token      " << format("%.2f ms", 1e3 * e.decode_step_s) << "  (HBM "
        << format("%.2f ms", 1e3 * e.decode_memory_s) << ", compute "
        << format("%.2f ms", 1e3 * e.decode_compute_s) << ", TP " << format("%.2f ms", 1e3 * e.decode_tp_s)
        << "); " << (e.decode_memory_s >= e.decode_compute_s ? "bandwidth-bound" : "compute-bound") << "\n";
    out << "  TP traffic        " << format("%.2f MB per iteration", e.tp_bytes_per_step / 1e6) << " at "
        << format("%.0f GB/s", e.tp_bus_bytes_per_s / kGiga) << "\n";
    out << "Request             " << format("%.2f s", e.request_s) << "\n";
    out << "Throughput          " << format("%.0f output tokens/s per server", e.tokens_per_s_per_server)
        << ", " << format("%.0f per GPU", e.tokens_per_s_per_gpu) << "\n";
    out << "  cluster           " << e.servers << " server(s), " << e.replicas << " replica(s), "
        << format("%.0f tokens/s", e.tokens_per_s) << format(", %.3g tokens/day", e.tokens_per_s * 86400)
        << "\n";
    if (e.sizing)
        out << "For the load        " << format("%.0f output tokens/s: ", e.sizing->output_tokens_per_s)
            << e.sizing->replicas << " replica(s), " << e.sizing->servers << " server(s), " << e.sizing->gpus
            << " GPUs, " << format("%.1f kW", e.sizing->power_kw) << " at the servers' maximum\n";
    return out.str();
}

} // namespace cs
