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

const char* const kEpSource = "DeepEP measured all-to-all rates (docs/model.md#expert-parallelism); dispatch "
                              "and combine per MoE layer (DeepSeek-V3 §3.2.2); latency unverified";
const char* const kPpSource = "Narayanan §4.1 (stage hand-off of the activations); latency unverified";
const char* const kDisaggregatedSource = "Zhong et al. 2024 (DistServe); Patel et al. 2024 (Splitwise)";

void addDisaggregated(ExplainedBuilder& out, const InferenceSpec& spec, const InferenceEstimate& e,
                      const DisaggregatedServing& d) {
    const ExplainedInput gpus{"GPUs per replica", double(e.gpus_per_replica), ""};
    out.add("disaggregated.kv_transfer_s", d.kv_transfer_s, "s",
            "KV per token per GPU x prompt / fabric bandwidth per GPU + latency",
            {{"KV bytes per GPU", d.kv_transfer_bytes_per_gpu, "B"},
             {"prompt", double(spec.prompt_tokens), "tokens"}},
            kDisaggregatedSource);
    out.add("disaggregated.prefill_prompts_per_s_per_gpu", d.prefill_prompts_per_s_per_gpu, "prompts/s",
            "PP / (prefill compute + prefill TP + prefill EP) / GPUs per replica",
            {{"prefill compute", e.prefill_compute_s, "s"},
             {"prefill TP", e.prefill_tp_s, "s"},
             {"prefill EP", e.prefill_ep_s, "s"},
             {"PP", double(e.pp), "stages"},
             gpus},
            kDisaggregatedSource);
    out.add("disaggregated.decode_tokens_per_s_per_gpu", d.decode_tokens_per_s_per_gpu, "tokens/s",
            "batch / tpot / GPUs per replica (no prefill in the iterations)",
            {{"batch", double(e.batch), "sequences"}, {"tpot", e.decode_step_s, "s"}, gpus},
            kDisaggregatedSource);
    out.add("disaggregated.prefill_gpus_per_decode_gpu", d.prefill_gpus_per_decode_gpu, "GPUs/GPU",
            "decode tokens/s per GPU / (output tokens x prefill prompts/s per GPU)",
            {{"decode tokens/s per GPU", d.decode_tokens_per_s_per_gpu, "tokens/s"},
             {"output", double(spec.output_tokens), "tokens"},
             {"prefill prompts/s per GPU", d.prefill_prompts_per_s_per_gpu, "prompts/s"}},
            kDisaggregatedSource);
    out.add("tokens_per_s_per_gpu", e.tokens_per_s_per_gpu, "tokens/s",
            "1 / (1 / decode tokens/s per GPU + 1 / (output x prefill prompts/s per GPU)): both pools' GPUs",
            {{"decode tokens/s per GPU", d.decode_tokens_per_s_per_gpu, "tokens/s"},
             {"output", double(spec.output_tokens), "tokens"},
             {"prefill prompts/s per GPU", d.prefill_prompts_per_s_per_gpu, "prompts/s"}},
            kDisaggregatedSource);
    out.add("disaggregated.aggregated_tokens_per_s_per_gpu", d.aggregated_tokens_per_s_per_gpu, "tokens/s",
            "the same replica shape serving aggregated (chunked prefill) at the same targets",
            {{"meets the targets", d.aggregated_meets_slo ? 1.0 : 0.0, ""}},
            "Agrawal et al. 2024 (Sarathi-Serve)");
}

std::string format(const char* pattern, double value) {
    char text[64];
    std::snprintf(text, sizeof text, pattern, value);
    return text;
}

std::string linkPhrase(InferenceLink link) {
    switch (link) {
    case InferenceLink::None:
        break;
    case InferenceLink::Nvlink:
        return " over NVLink";
    case InferenceLink::Pcie:
        return " over PCIe";
    case InferenceLink::Fabric:
        return " over the compute fabric";
    }
    return "";
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
    const ExplainedInput pp_input{"PP", double(e.pp), "stages"};
    const ExplainedInput ep_input{"EP", double(e.ep), "GPUs"};
    const double groups = double(std::max(e.tp, e.ep) / e.tp);
    const double mean_context = spec.prompt_tokens + spec.output_tokens / 2.0;
    const auto heldAt = [&](double context) { return inferenceKeysHeld(model, context); };
    const ExplainedInput groups_input{"attention groups = max(TP, EP) / TP", groups, ""};
    const ExplainedInput bytes_input{"bytes per value (" + precision + ")", e.bytes_per_param, "B"};

    out.add("memory.weights_gib_per_gpu", e.weights_bytes_per_gpu / kBytesPerGib, "GiB",
            "(non-expert parameters / TP + routed expert parameters / max(TP, EP)) / PP x bytes",
            {{"parameters", e.parameters, ""}, bytes_input, tp_input, pp_input, ep_input},
            "Narayanan eq. 2 (parameter count); experts spread over EP (DeepSeek-V3 §3.4)");
    out.add(
        "memory.kv_cache_gib_per_gpu", e.kv_bytes_per_gpu / kBytesPerGib, "GiB",
        "2 x layers / PP x max(1, kv_heads / TP) x head_dim x bytes x keys held at full context x batch / "
        "attention groups",
        {{"layers", double(model.layers), ""},
         {"kv_heads", double(model.kv_heads), ""},
         {"head_dim", double(model.headDim()), ""},
         {"bytes per KV value (" + std::string(precisionId(spec.kvPrecision())) + ")", e.kv_bytes_per_value,
          "B"},
         {"context = prompt + output", double(e.context_tokens), "tokens"},
         {"keys held (a windowed layer keeps its window)", heldAt(e.context_tokens), "tokens"},
         {"batch", b, "sequences"},
         tp_input,
         pp_input,
         groups_input},
        kKvSource);
    out.add("memory.usable_gib_per_gpu", e.usable_bytes / kBytesPerGib, "GiB",
            "GPU memory x share for weights and KV",
            {{"GPU memory", e.capacity_bytes / kBytesPerGib, "GiB"}, {"share", kInferenceMemoryShare, ""}},
            "vLLM gpu_memory_utilization default 0.9");
    out.add("memory.max_batch", e.max_batch, "sequences",
            "floor((usable - weights) / (KV per token x keys held at full context)) x attention groups",
            {{"usable", e.usable_bytes / kBytesPerGib, "GiB"},
             {"weights", e.weights_bytes_per_gpu / kBytesPerGib, "GiB"},
             {"KV per token", e.kv_bytes_per_token_per_gpu, "B"},
             {"context", double(e.context_tokens), "tokens"},
             groups_input},
            kKvSource);
    out.add("gpus_per_replica", e.gpus_per_replica, "GPUs", "max(TP, EP) x PP",
            {tp_input, ep_input, pp_input}, "the replica's shape (docs/model.md#inference)");
    out.add("concurrency", b, "sequences",
            spec.batchIsMax() ? "the largest batch within memory and the latency targets" : "inference.batch",
            {{"max batch in memory", double(e.max_batch), "sequences"},
             {"target time to first token", spec.slo.ttft_s, "s"},
             {"target time per output token", spec.slo.tpot_s, "s"}},
            "continuous batching (Yu et al. 2022, Orca; vLLM): sequences in flight per replica, set by " +
                e.batch_limit);
    out.add("prefill.compute_s", e.prefill_compute_s, "s",
            "(layers x 4*s*h^2*(1 + g/a + s/h + ffn/h*k) + 2*h*V) / max(TP, EP) / (efficiency x ratio x "
            "peak), one "
            "prompt through the stages",
            {{"prefill FLOPs per GPU", e.prefill_flops_per_gpu, "FLOP"},
             {"s = prompt", double(spec.prompt_tokens), "tokens"},
             {"efficiency", kComputeCalibration.tensor_core_efficiency, ""},
             {"low-precision GEMM ratio", gemmEfficiencyRatio(spec.precision), ""},
             {"peak " + precision, peak_tflops, "TFLOP/s"}},
            kPrefillSource);
    out.add("prefill.memory_s", e.prefill_memory_s, "s",
            "PP x weights per GPU / (efficiency x HBM bandwidth)",
            {{"weights", e.weights_bytes_per_gpu, "B"},
             pp_input,
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
    if (e.ep > 1)
        out.add("prefill.ep_s", e.prefill_ep_s, "s",
                "MoE layers x (prompt / TP x all-to-all time per token + 2 x latency)",
                {{"MoE layers", double(model.moeLayers()), ""},
                 {"prompt", double(spec.prompt_tokens), "tokens"},
                 tp_input,
                 ep_input},
                kEpSource);
    if (e.pp > 1)
        out.add("prefill.pp_s", e.prefill_pp_s, "s",
                "(PP - 1) x (prompt x h x 2 bytes / max(TP, EP) / link bandwidth + latency)",
                {pp_input,
                 {"prompt", double(spec.prompt_tokens), "tokens"},
                 {"stage link", e.stage_bytes_per_s / kGiga, "GB/s"}},
                kPpSource);
    out.add(
        "decode.memory_s", e.decode_memory_s, "s",
        "(stage weights read + KV per token x keys held at the mean context x batch / PP / attention groups) "
        "/ (efficiency x HBM bandwidth), one stage, one micro-batch",
        {{"weights read (MoE: the experts the iteration touches)",
          e.decode_bytes_per_gpu - e.kv_bytes_per_token_per_gpu * heldAt(mean_context) * b / e.pp / groups,
          "B"},
         {"KV per token", e.kv_bytes_per_token_per_gpu, "B"},
         {"mean context = prompt + output/2", mean_context, "tokens"},
         {"keys held at the mean context", heldAt(mean_context), "tokens"},
         {"batch", b, "sequences"},
         pp_input,
         groups_input,
         {"efficiency", kDecodeHbmEfficiency, ""},
         {"HBM", gpu.memory_gbytes_per_s, "GB/s"}},
        kDecodeSource);
    out.add(
        "decode.compute_s", e.decode_compute_s, "s",
        "(2 x active parameters x b + b x layers x attention FLOPs per key x keys at the mean context + b x "
        "prompt/output x prefill "
        "FLOPs per token) / max(TP, EP) / PP / (efficiency x ratio x peak), b = batch / PP; no prefill term "
        "when disaggregated",
        {{"active parameters", activeParameters(model), ""},
         {"b", b / e.pp, "sequences"},
         {"prefill tokens per iteration = b x prompt / output",
          e.disaggregated ? 0.0 : b / e.pp * spec.prompt_tokens / spec.output_tokens, "tokens"},
         tp_input,
         ep_input,
         pp_input,
         {"efficiency", kComputeCalibration.tensor_core_efficiency, ""},
         {"low-precision GEMM ratio", gemmEfficiencyRatio(spec.precision), ""},
         {"peak " + precision, peak_tflops, "TFLOP/s"}},
        "Agrawal et al. 2024 (Sarathi-Serve, chunked prefill): new prompts ride along the decode iterations");
    out.add("decode.tp_bytes_per_step", e.tp_bytes_per_step, "B",
            "layers / PP x 2 all-reduces x (b + prefill tokens) / attention groups x h x 2 bytes",
            {{"layers", double(model.layers), ""},
             {"b", b / e.pp, "sequences"},
             {"h", double(model.hidden), ""},
             pp_input,
             groups_input},
            "Narayanan §3.2");
    const std::string tp_link(inferenceLinkId(e.tp_link));
    out.add("decode.tp_s", e.decode_tp_s, "s",
            "layers / PP x 2 x (2(t-1)/t x (b + prefill tokens)*h*2 bytes / busbw + latency)",
            {{"layers", double(model.layers), ""},
             tp_input,
             pp_input,
             {"busbw (" + tp_link + ")", e.tp_bus_bytes_per_s / kGiga, "GB/s"},
             {"latency",
              e.tp_link == InferenceLink::Fabric ? kFabricMessageLatencySeconds : kTpAllReduceLatencySeconds,
              "s"}},
            "nccl-tests PERFORMANCE.md ring factor; bus efficiency docs/model.md#communication; latency "
            "unverified");
    if (e.ep > 1)
        out.add("decode.ep_s", e.decode_ep_s, "s",
                "MoE layers / PP x ((b + prefill tokens) / max(TP, EP) x all-to-all time per token + 2 x "
                "latency)",
                {{"MoE layers", double(model.moeLayers()), ""},
                 {"EP bytes per stage iteration", e.ep_bytes_per_step, "B"},
                 ep_input,
                 pp_input},
                kEpSource);
    out.add("decode.stage_s", e.decode_stage_s, "s",
            "max(decode memory, decode compute) + decode TP + decode EP, one stage, one micro-batch",
            {{"decode memory", e.decode_memory_s, "s"},
             {"decode compute", e.decode_compute_s, "s"},
             {"decode TP", e.decode_tp_s, "s"},
             {"decode EP", e.decode_ep_s, "s"}},
            "roofline (Williams et al. 2009)");
    if (e.pp > 1)
        out.add("decode.pp_s", e.decode_pp_s, "s",
                "(PP - 1) x ((b + prefill tokens) x h x 2 bytes / max(TP, EP) / link bandwidth + latency)",
                {pp_input,
                 {"stage link (" + std::string(inferenceLinkId(e.stage_link)) + ")",
                  e.stage_bytes_per_s / kGiga, "GB/s"}},
                kPpSource);
    out.add(
        "tpot_s", e.decode_step_s, "s", "PP x decode stage + stage hand-offs",
        {pp_input, {"decode stage", e.decode_stage_s, "s"}, {"hand-offs", e.decode_pp_s, "s"}},
        "roofline (Williams et al. 2009); every sequence gets one token per pass through the stages, the PP "
        "micro-batches keeping every stage busy");
    out.add("ttft_s", e.time_to_first_token_s, "s",
            "max(prefill compute, prefill weight read) + prefill TP + EP + hand-offs (+ KV transfer when "
            "disaggregated) + one iteration",
            {{"prefill compute", e.prefill_compute_s, "s"},
             {"prefill weight read", e.prefill_memory_s, "s"},
             {"prefill TP", e.prefill_tp_s, "s"},
             {"prefill EP", e.prefill_ep_s, "s"},
             {"prefill hand-offs", e.prefill_pp_s, "s"},
             {"KV transfer", e.disaggregated ? e.disaggregated->kv_transfer_s : 0.0, "s"},
             {"iteration it joins", e.decode_step_s, "s"}},
            "roofline (Williams et al. 2009); no queueing (a load below the replicas' capacity)");
    out.add("request_s", e.request_s, "s", "ttft + (output - 1) x tpot",
            {{"ttft", e.time_to_first_token_s, "s"},
             {"output", double(spec.output_tokens), "tokens"},
             {"tpot", e.decode_step_s, "s"}},
            "continuous batching");
    out.add("tokens_per_s_per_replica", e.tokens_per_s_per_replica, "tokens/s",
            "batch / tpot (output tokens)", {{"batch", b, "sequences"}, {"tpot", e.decode_step_s, "s"}},
            "continuous batching: steady state");
    if (e.disaggregated)
        addDisaggregated(out, spec, e, *e.disaggregated);
    else
        out.add("tokens_per_s_per_gpu", e.tokens_per_s_per_gpu, "tokens/s",
                "tokens per replica x replicas per server / GPUs per server (a replica spanning servers: / "
                "its GPUs)",
                {{"tokens_per_s_per_replica", e.tokens_per_s_per_replica, "tokens/s"},
                 {"replicas per server", double(e.replicas_per_server), ""},
                 {"GPUs per replica", double(e.gpus_per_replica), ""},
                 {"GPUs per server", double(cluster.gpus_per_node), ""}},
                "continuous batching: steady state");
    out.add("tokens_per_s_per_server", e.tokens_per_s_per_server, "tokens/s",
            "tokens_per_s_per_gpu x GPUs per server (output tokens)",
            {{"tokens_per_s_per_gpu", e.tokens_per_s_per_gpu, "tokens/s"},
             {"GPUs per server", double(cluster.gpus_per_node), ""}},
            "continuous batching: steady state");
    out.add("replicas", e.replicas, "replicas",
            "servers x replicas per server (a replica spanning servers: servers / its servers)",
            {{"servers", double(e.servers), ""},
             {"replicas per server", double(e.replicas_per_server), ""},
             {"servers per replica", double(e.servers_per_replica), ""}},
            "the plan's cluster");
    out.add("tokens_per_s", e.tokens_per_s, "tokens/s", "servers x tokens_per_s_per_server",
            {{"servers", double(e.servers), ""},
             {"tokens_per_s_per_server", e.tokens_per_s_per_server, "tokens/s"}},
            "continuous batching: steady state");
    if (e.sizing) {
        const InferenceSizing& z = *e.sizing;
        const double per_replica = e.tokens_per_s_per_replica;
        out.add("load.output_tokens_per_s", z.output_tokens_per_s, "tokens/s",
                spec.load.requests_per_s > 0 ? "requests_per_s x output tokens" : "inference.load",
                {{"requests per second", spec.load.requests_per_s, "requests/s"},
                 {"output", double(spec.output_tokens), "tokens"}},
                "the plan's load");
        if (e.disaggregated) {
            const DisaggregatedServing& d = *e.disaggregated;
            out.add("load.prefill_replicas_needed", z.prefill_replicas, "replicas",
                    "ceil(load / output tokens / prompts per second per prefill replica)",
                    {{"load", z.output_tokens_per_s, "tokens/s"},
                     {"output", double(spec.output_tokens), "tokens"},
                     {"prompts per second per replica", d.prefill_prompts_per_s_per_replica, "prompts/s"}},
                    kDisaggregatedSource);
            out.add("load.decode_replicas_needed", z.decode_replicas, "replicas",
                    "ceil(load / tokens per second per decode replica)",
                    {{"load", z.output_tokens_per_s, "tokens/s"}, {"per replica", per_replica, "tokens/s"}},
                    kDisaggregatedSource);
            out.add("load.prefill_gpus_needed", double(z.prefill_gpus), "GPUs",
                    "prefill replicas x GPUs per replica",
                    {{"prefill replicas", double(z.prefill_replicas), ""},
                     {"GPUs per replica", double(e.gpus_per_replica), ""}},
                    kDisaggregatedSource);
            out.add("load.decode_gpus_needed", double(z.decode_gpus), "GPUs",
                    "decode replicas x GPUs per replica",
                    {{"decode replicas", double(z.decode_replicas), ""},
                     {"GPUs per replica", double(e.gpus_per_replica), ""}},
                    kDisaggregatedSource);
        }
        out.add("load.replicas_needed", z.replicas, "replicas",
                e.disaggregated ? "prefill replicas + decode replicas"
                                : "ceil(load / tokens per second per replica)",
                {{"load", z.output_tokens_per_s, "tokens/s"}, {"per replica", per_replica, "tokens/s"}},
                "continuous batching: steady state");
        out.add("load.gpus_needed", double(z.gpus), "GPUs", "replicas x GPUs per replica",
                {{"replicas", double(z.replicas), ""}, {"GPUs per replica", double(e.gpus_per_replica), ""}},
                "the plan's load");
        out.add("load.servers_needed", double(z.servers), "servers",
                "ceil(replicas / replicas per server), or replicas x servers per replica (each pool)",
                {{"replicas", double(z.replicas), ""},
                 {"replicas per server", double(e.replicas_per_server), ""},
                 {"servers per replica", double(e.servers_per_replica), ""}},
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
    out["pp"] = e.pp;
    out["ep"] = e.ep;
    out["tp_link"] = std::string(inferenceLinkId(e.tp_link));
    out["stage_link"] = std::string(inferenceLinkId(e.stage_link));
    out["servers_per_replica"] = e.servers_per_replica;
    out["serving"] = e.disaggregated ? "disaggregated" : "aggregated";
    if (e.disaggregated) // beside the explained values under "disaggregated"
        out["disaggregated"]["beats_aggregated"] = e.disaggregated->beats_aggregated;
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
    out << "  Replica " << e.gpus_per_replica << " GPU(s): TP " << e.tp << linkPhrase(e.tp_link);
    if (e.pp > 1)
        out << ", PP " << e.pp << " stages" << linkPhrase(e.stage_link);
    if (e.ep > 1)
        out << ", EP " << e.ep;
    if (e.servers_per_replica > 1)
        out << " (" << e.servers_per_replica << " servers)";
    out << "; " << e.batch << " sequences in flight (set by " << e.batch_limit << "), prompt "
        << spec.prompt_tokens << " + output " << spec.output_tokens << " tokens";
    if (e.servers_per_replica == 1)
        out << ", " << e.replicas_per_server << " replica(s) per server";
    out << (e.disaggregated ? "; disaggregated prefill and decode" : "") << "\n\n";
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
        << format("%.1f ms", 1e3 * e.prefill_memory_s) << ", TP " << format("%.1f ms", 1e3 * e.prefill_tp_s);
    if (e.ep > 1)
        out << ", EP " << format("%.1f ms", 1e3 * e.prefill_ep_s);
    if (e.pp > 1)
        out << ", hand-offs " << format("%.1f ms", 1e3 * e.prefill_pp_s);
    if (e.disaggregated)
        out << ", KV transfer " << format("%.1f ms", 1e3 * e.disaggregated->kv_transfer_s);
    out << "; then the iteration it joins)\n";
    out << "Time per token      " << format("%.2f ms", 1e3 * e.decode_step_s) << "  (HBM "
        << format("%.2f ms", 1e3 * e.decode_memory_s) << ", compute "
        << format("%.2f ms", 1e3 * e.decode_compute_s) << ", TP " << format("%.2f ms", 1e3 * e.decode_tp_s);
    if (e.ep > 1)
        out << ", EP " << format("%.2f ms", 1e3 * e.decode_ep_s);
    if (e.pp > 1)
        out << " per stage; x " << e.pp << " stages + hand-offs " << format("%.2f ms", 1e3 * e.decode_pp_s);
    out << "); " << (e.decode_memory_s >= e.decode_compute_s ? "bandwidth-bound" : "compute-bound") << "\n";
    out << "  TP traffic        " << format("%.2f MB per iteration", e.tp_bytes_per_step / 1e6) << " at "
        << format("%.0f GB/s", e.tp_bus_bytes_per_s / kGiga) << "\n";
    out << "Request             " << format("%.2f s", e.request_s) << "\n";
    out << "Throughput          " << format("%.0f output tokens/s per server", e.tokens_per_s_per_server)
        << ", " << format("%.0f per GPU", e.tokens_per_s_per_gpu) << "\n";
    out << "  cluster           " << e.servers << " server(s), " << e.replicas << " replica(s), "
        << format("%.0f tokens/s", e.tokens_per_s) << format(", %.3g tokens/day", e.tokens_per_s * 86400)
        << "\n";
    if (e.disaggregated) {
        const DisaggregatedServing& d = *e.disaggregated;
        out << "Disaggregated       prefill "
            << format("%.2f prompts/s per GPU", d.prefill_prompts_per_s_per_gpu) << ", decode "
            << format("%.0f tokens/s per GPU", d.decode_tokens_per_s_per_gpu) << "; "
            << format("%.2f prefill GPUs per decode GPU", d.prefill_gpus_per_decode_gpu) << "\n";
        out << "  against aggregated " << format("%.0f tokens/s per GPU", d.tokens_per_s_per_gpu) << " vs "
            << format("%.0f", d.aggregated_tokens_per_s_per_gpu)
            << (d.aggregated_meets_slo ? "" : " (aggregated misses the targets)") << ": disaggregated "
            << (d.beats_aggregated ? "wins" : "does not win") << "\n";
    }
    if (e.sizing) {
        const InferenceSizing& z = *e.sizing;
        out << "For the load        " << format("%.0f output tokens/s: ", z.output_tokens_per_s) << z.replicas
            << " replica(s), " << z.servers << " server(s), " << z.gpus << " GPUs, "
            << format("%.1f kW", z.power_kw) << " at the servers' maximum\n";
        if (e.disaggregated)
            out << "  pools             prefill " << z.prefill_replicas << " replica(s) = " << z.prefill_gpus
                << " GPUs, decode " << z.decode_replicas << " replica(s) = " << z.decode_gpus << " GPUs\n";
    }
    return out.str();
}

} // namespace cs
