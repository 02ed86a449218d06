#include "base/input_error.h"
#include "estimate/inference_estimator.h"
#include "estimate/inference_report.h"
#include "estimate/transformer_math.h"
#include "test_support.h"

#include <algorithm>
#include <cmath>
#include <nlohmann/json.hpp>

namespace cs::test {
namespace {

constexpr double kGib = 1024.0 * 1024 * 1024;

Plan inferencePlan(const std::string& inference, const std::string& model = "llama2-70b",
                   const std::string& server = "xe9680") {
    return readPlan(nlohmann::json::parse(R"({"scenario": "inference", "model": {"preset": ")" + model +
                                          R"("}, "cluster": {"server": ")" + server + R"("}, "inference": )" +
                                          inference + "}"),
                    library(), "inference.json");
}

// A plan on `gpus` GPUs of `server`.
Plan servedPlan(const std::string& inference, const std::string& model, const std::string& server, int gpus) {
    return readPlan(nlohmann::json::parse(R"({"scenario": "inference", "model": {"preset": ")" + model +
                                          R"("}, "cluster": {"server": ")" + server + R"(", "gpus": )" +
                                          std::to_string(gpus) + R"(}, "inference": )" + inference + "}"),
                    library(), "served.json");
}

// A GPU's share of its server's compute NICs at the NCCL bus efficiency, bytes/s.
double fabricBytesPerSPerGpu(const Plan& plan) {
    return 0.82 * plan.cluster.nics_per_node * plan.cluster.nic_gbps * 1e9 / 8 / plan.cluster.gpus_per_node;
}

std::string messageOf(const std::vector<PlanError>& errors, const std::string& field) {
    for (const PlanError& error : errors)
        if (error.field == field)
            return error.message;
    return {};
}

bool mentions(const std::vector<PlanError>& errors, const std::string& field) {
    for (const PlanError& error : errors)
        if (error.field == field)
            return true;
    return false;
}

TEST(InferenceEstimator, KvCacheFollowsGqaAndTp) {
    // Llama 2 70B: 80 layers, 8 KV heads of 128: 2 x 80 x 8 x 128 x 2 B = 320 KiB per token in bf16.
    const InferenceEstimate tp1 = estimateInference(inferencePlan(R"({"tp": 1})"));
    EXPECT_DOUBLE_EQ(tp1.kv_bytes_per_token_per_gpu, 320.0 * 1024);
    EXPECT_DOUBLE_EQ(estimateInference(inferencePlan(R"({"tp": 2})")).kv_bytes_per_token_per_gpu,
                     160.0 * 1024);
    // TP 8 = the 8 KV heads: one per GPU; a full-attention model of the same size would need 8x.
    EXPECT_DOUBLE_EQ(estimateInference(inferencePlan(R"({"tp": 8})")).kv_bytes_per_token_per_gpu,
                     40.0 * 1024);
    const InferenceEstimate batch = estimateInference(
        inferencePlan(R"({"tp": 2, "batch": 4, "prompt_tokens": 1000, "output_tokens": 24})"));
    EXPECT_DOUBLE_EQ(batch.kv_bytes_per_gpu, 160.0 * 1024 * 1024 * 4);
}

TEST(InferenceEstimator, WeightsHalveInFp8AndAFixedBatchTakesTheSmallestTpThatFits) {
    const InferenceEstimate bf16 = estimateInference(inferencePlan(R"({"batch": 1})"));
    EXPECT_EQ(bf16.tp, 2); // 138 GB of bf16 weights do not fit one 80 GB H100
    EXPECT_NEAR(bf16.weights_bytes_per_gpu, bf16.parameters, 1);
    const InferenceEstimate fp8 = estimateInference(inferencePlan(R"({"precision": "fp8", "batch": 1})"));
    EXPECT_EQ(fp8.tp, 1);
    EXPECT_NEAR(fp8.weights_bytes_per_gpu, fp8.parameters, 1);
    EXPECT_TRUE(fp8.fits);
    // NVFP4 on Blackwell: half a byte and an FP8 scale per 16 values.
    const InferenceEstimate fp4 =
        estimateInference(inferencePlan(R"({"precision": "nvfp4", "batch": 1})", "llama2-70b", "dgx-b200"));
    EXPECT_NEAR(fp4.weights_bytes_per_gpu, fp4.parameters * (0.5 + 1.0 / 16) / fp4.tp, 1);
    // The KV cache in fp8 beside bf16 weights.
    const InferenceEstimate kv8 = estimateInference(inferencePlan(R"({"tp": 2, "kv_precision": "fp8"})"));
    EXPECT_DOUBLE_EQ(kv8.kv_bytes_per_token_per_gpu, 80.0 * 1024);
    EXPECT_NEAR(kv8.weights_bytes_per_gpu, kv8.parameters, 1);
}

TEST(InferenceEstimator, MaxTakesTheTpWithTheMostTokensPerGpu) {
    const InferenceEstimate best = estimateInference(inferencePlan("{}"));
    EXPECT_TRUE(best.fits);
    for (int tp : {2, 4, 8}) {
        const InferenceEstimate other =
            estimateInference(inferencePlan(R"({"tp": )" + std::to_string(tp) + "}"));
        EXPECT_GE(best.tokens_per_s_per_gpu, other.tokens_per_s_per_gpu) << "TP " << tp;
    }
}

TEST(InferenceEstimator, DecodeAndPrefillByHand) {
    // Llama 2 7B (L 32, h 4096, 32 heads, SwiGLU 11008, V 32000) in bf16 on one H100 SXM (989 TFLOP/s,
    // 3.35 TB/s), one sequence of 1,024 prompt and 256 output tokens.
    const Plan plan = inferencePlan(R"({"tp": 1, "batch": 1})", "llama2-7b");
    const InferenceEstimate e = estimateInference(plan);
    // Prefill: 32 x 4*s*h^2*(1 + 1 + s/h + 1.5 * 11008/4096) + 2*h*V = 1.3814e13 FLOPs at 0.72 x 989 TFLOP/s.
    const double flops =
        32 * 4.0 * 1024 * 4096.0 * 4096 * (2 + 1024.0 / 4096 + 1.5 * 11008 / 4096) + 2.0 * 4096 * 32000;
    EXPECT_NEAR(e.prefill_flops_per_gpu, flops, 1e-6 * flops);
    EXPECT_NEAR(e.prefill_compute_s, flops / (0.72 * 989e12), 1e-3 * e.prefill_compute_s);
    // Decode: the 13.5 GB of weights plus 0.5 MiB of KV per token x 1,152 tokens, read at 0.75 x 3.35 TB/s:
    // 5.6 ms per token, bandwidth-bound.
    const double bytes = 2 * e.parameters + 32 * 2 * 4096 * 2.0 * 1152;
    EXPECT_NEAR(e.decode_bytes_per_gpu, bytes, 1e-9 * bytes);
    EXPECT_NEAR(e.decode_memory_s, bytes / (0.75 * 3.35e12), 1e-3 * e.decode_memory_s);
    EXPECT_GT(e.decode_memory_s, e.decode_compute_s);
    EXPECT_DOUBLE_EQ(e.decode_step_s, e.decode_memory_s); // TP 1: no collective
    EXPECT_NEAR(e.time_to_first_token_s, e.prefill_compute_s + e.decode_step_s, 1e-12);
    EXPECT_NEAR(e.tokens_per_s_per_server, 8 / e.decode_step_s, 1e-9); // 8 replicas of one sequence each
}

TEST(InferenceEstimator, MaxBatchIsTheLastThatFits) {
    const InferenceEstimate e = estimateInference(inferencePlan(R"({"tp": 2})"));
    ASSERT_GT(e.max_batch, 1);
    const std::string at = std::to_string(e.max_batch), over = std::to_string(e.max_batch + 1);
    EXPECT_TRUE(estimateInference(inferencePlan(R"({"tp": 2, "batch": )" + at + "}")).fits);
    EXPECT_FALSE(estimateInference(inferencePlan(R"({"tp": 2, "batch": )" + over + "}")).fits);
    EXPECT_FALSE(estimateInference(inferencePlan(R"({"tp": 1})")).fits); // 128 GiB of weights on 80 GiB
}

TEST(InferenceEstimator, ThroughputRisesWithTheBatchUntilTheTargetStopsIt) {
    double previous = 0;
    for (int batch : {1, 2, 4, 8, 16, 32, 64}) {
        const InferenceEstimate e =
            estimateInference(inferencePlan(R"({"tp": 2, "batch": )" + std::to_string(batch) + "}"));
        EXPECT_GT(e.tokens_per_s_per_gpu, previous) << batch;
        previous = e.tokens_per_s_per_gpu;
    }
    // Without targets "max" fills the memory; a time-per-token target stops it earlier, at the last batch
    // that meets it.
    const InferenceEstimate memory = estimateInference(inferencePlan(R"({"tp": 2})"));
    EXPECT_EQ(memory.batch, memory.max_batch);
    EXPECT_EQ(memory.batch_limit, "memory");
    const InferenceEstimate alone = estimateInference(inferencePlan(R"({"tp": 2, "batch": 1})"));
    const double target = 0.5 * (alone.decode_step_s + memory.decode_step_s);
    const InferenceEstimate limited =
        estimateInference(inferencePlan(R"({"tp": 2, "slo": {"tpot_s": )" + std::to_string(target) + "}}"));
    EXPECT_EQ(limited.batch_limit, "the latency targets");
    EXPECT_LT(limited.batch, memory.batch);
    EXPECT_LE(limited.decode_step_s, target);
    const InferenceEstimate next =
        estimateInference(inferencePlan(R"({"tp": 2, "batch": )" + std::to_string(limited.batch + 1) + "}"));
    EXPECT_GT(next.decode_step_s, target);
    // A target not even one sequence meets stops the plan, naming the field.
    EXPECT_TRUE(mentions(checkInferencePlan(inferencePlan(R"({"tp": 2, "slo": {"tpot_s": 0.0001}})")),
                         "inference.slo"));
    EXPECT_TRUE(
        mentions(checkInferencePlan(inferencePlan(R"({"slo": {"ttft_s": 0.001}})")), "inference.slo"));
}

TEST(InferenceEstimator, TheSizingScalesWithTheLoad) {
    const Plan plan = inferencePlan(R"({"tp": 2, "load": {"output_tokens_per_s": 100000}})");
    const InferenceEstimate one = estimateInference(plan);
    ASSERT_TRUE(one.sizing.has_value());
    const double per_replica = one.tokens_per_s_per_server / one.replicas_per_server;
    EXPECT_EQ(one.sizing->replicas, static_cast<int>(std::ceil(100000 / per_replica)));
    EXPECT_EQ(one.sizing->gpus, one.sizing->replicas * 2);
    EXPECT_EQ(one.sizing->servers, (one.sizing->replicas + 3) / 4);
    const InferenceEstimate ten =
        estimateInference(inferencePlan(R"({"tp": 2, "load": {"output_tokens_per_s": 1000000}})"));
    EXPECT_LE(ten.sizing->replicas, 10 * one.sizing->replicas);
    EXPECT_GE(ten.sizing->replicas, 10 * one.sizing->replicas - 9);
    // Requests per second count their output tokens.
    const InferenceEstimate requests = estimateInference(
        inferencePlan(R"({"tp": 2, "output_tokens": 250, "load": {"requests_per_s": 400}})"));
    EXPECT_DOUBLE_EQ(requests.sizing->output_tokens_per_s, 100000);
    EXPECT_NEAR(one.sizing->power_kw, one.sizing->servers * plan.cluster.server_max_watts / 1000, 1e-9);
}

TEST(InferenceEstimator, MoeDecodeReadsOnlyTheExpertsTheBatchTouches) {
    // DeepSeek-V3 (256 routed experts, top-8) in fp8 on eight B200: one sequence touches few experts.
    const InferenceEstimate one =
        estimateInference(inferencePlan(R"({"tp": 8, "precision": "fp8", "batch": 1, "prompt_tokens": 1000,
                         "output_tokens": 1000})",
                                        "deepseek-v3", "dgx-b200"));
    const double weights_read = one.decode_bytes_per_gpu - one.kv_bytes_per_token_per_gpu * 1500 * one.batch;
    EXPECT_LT(weights_read, 0.5 * one.weights_bytes_per_gpu);
    const InferenceEstimate many =
        estimateInference(inferencePlan(R"({"tp": 8, "precision": "fp8", "batch": 256, "prompt_tokens": 1000,
                         "output_tokens": 1000})",
                                        "deepseek-v3", "dgx-b200"));
    const double many_read = many.decode_bytes_per_gpu - many.kv_bytes_per_token_per_gpu * 1500 * many.batch;
    EXPECT_GT(many_read, 0.95 * many.weights_bytes_per_gpu);
}

TEST(InferenceEstimator, Llama405bInBf16NeedsTwoServersAndTheErrorSaysHow) {
    // 810 GB of bf16 weights on 8 x 72 GiB usable: no shape within one server holds them.
    const std::vector<PlanError> one =
        checkInferencePlan(servedPlan(R"({"precision": "bf16"})", "llama3-405b", "xe9680", 8));
    EXPECT_NE(messageOf(one, "cluster.gpus").find("TP 8 x PP 2 needs 16 GPUs (2 servers of 8)"),
              std::string::npos)
        << messageOf(one, "cluster.gpus");
    const Plan two = servedPlan(R"({"precision": "bf16"})", "llama3-405b", "xe9680", 16);
    EXPECT_TRUE(checkInferencePlan(two).empty());
    const InferenceEstimate best = estimateInference(two);
    EXPECT_TRUE(best.fits);
    EXPECT_EQ(best.gpus_per_replica, 16);
    EXPECT_EQ(best.servers_per_replica, 2);
    EXPECT_EQ(best.replicas, 1);

    // TP 8 x PP 2: half the layers per server; a token passes both stages and one hand-off on the fabric:
    // (b/2 + b/2 x prompt/output) tokens x h x 2 bytes over the 8 GPUs of a stage, + 20 us.
    const Plan pp_plan = servedPlan(R"({"tp": 8, "pp": 2, "batch": 16})", "llama3-405b", "xe9680", 16);
    const InferenceEstimate pp = estimateInference(pp_plan);
    EXPECT_TRUE(pp.fits);
    EXPECT_EQ(pp.stage_link, InferenceLink::Fabric);
    EXPECT_NEAR(pp.weights_bytes_per_gpu, pp.parameters * 2 / 16, 1);
    const double tokens = 8 + 8 * 1024.0 / 256;
    EXPECT_NEAR(pp.decode_pp_s, tokens * 16384 * 2 / 8 / fabricBytesPerSPerGpu(pp_plan) + 20e-6, 1e-12);
    EXPECT_NEAR(pp.decode_step_s, 2 * pp.decode_stage_s + pp.decode_pp_s, 1e-12);
    EXPECT_NEAR(pp.tokens_per_s_per_replica, 16 / pp.decode_step_s, 1e-9);
    EXPECT_NEAR(pp.tokens_per_s_per_gpu, pp.tokens_per_s_per_replica / 16, 1e-9);

    // TP 16 spans the two servers: its all-reduces leave NVLink for the fabric and cost more.
    const InferenceEstimate tp16 =
        estimateInference(servedPlan(R"({"tp": 16, "batch": 16})", "llama3-405b", "xe9680", 16));
    EXPECT_TRUE(tp16.fits);
    EXPECT_EQ(tp16.tp_link, InferenceLink::Fabric);
    EXPECT_GT(tp16.decode_tp_s, pp.decode_tp_s);
    // A plan that gives tp alone runs one stage: TP 8 does not hold the model.
    EXPECT_FALSE(estimateInference(servedPlan(R"({"tp": 8})", "llama3-405b", "xe9680", 16)).fits);
    // Asking for more stages than the plan has GPUs for names the field.
    EXPECT_TRUE(mentions(checkInferencePlan(servedPlan(R"({"tp": 8, "pp": 4})", "llama3-405b", "xe9680", 16)),
                         "inference.pp"));
}

TEST(InferenceEstimator, DeepSeekV3SpreadsItsExpertsOverEp) {
    const std::string tokens = R"("precision": "fp8", "prompt_tokens": 1000, "output_tokens": 1000)";
    // 671 GB of fp8 weights need two H100 servers; the best shape spreads the experts.
    EXPECT_TRUE(mentions(checkInferencePlan(servedPlan("{" + tokens + "}", "deepseek-v3", "xe9680", 8)),
                         "cluster.gpus"));
    const InferenceEstimate chosen =
        estimateInference(servedPlan("{" + tokens + "}", "deepseek-v3", "xe9680", 16));
    EXPECT_TRUE(chosen.fits);
    EXPECT_GT(chosen.ep, 1);

    // TP 1, EP 16: the routed experts over 16 GPUs, attention data-parallel in 16 groups of one GPU.
    const Plan plan =
        servedPlan(R"({"tp": 1, "ep": 16, "batch": 64, )" + tokens + "}", "deepseek-v3", "xe9680", 16);
    const InferenceEstimate ep = estimateInference(plan);
    const double routed = routedExpertParameters(plan.model) * plan.model.moeLayers();
    EXPECT_NEAR(ep.weights_bytes_per_gpu, ep.parameters - routed + routed / 16, 1);
    EXPECT_EQ(ep.gpus_per_replica, 16);
    // Each GPU caches the MLA latent of its group's 64 / 16 = 4 sequences: 61 x (512 + 64) fp8 bytes a token.
    EXPECT_DOUBLE_EQ(ep.kv_bytes_per_token_per_gpu, 61 * 576.0);
    EXPECT_DOUBLE_EQ(ep.kv_bytes_per_gpu, 61 * 576.0 * 2000 * 4);
    EXPECT_GT(ep.decode_ep_s, 0);
    EXPECT_GT(ep.prefill_ep_s, 0);
    // TP 8 x PP 2 on the same GPUs keeps every sequence's latent on every GPU of a stage: 8x fewer fit.
    const InferenceEstimate tp =
        estimateInference(servedPlan(R"({"tp": 8, "pp": 2, )" + tokens + "}", "deepseek-v3", "xe9680", 16));
    EXPECT_LT(8 * tp.max_batch, 2 * ep.max_batch);
    EXPECT_DOUBLE_EQ(tp.decode_ep_s, 0);

    // EP must divide the experts and only MoE models have them.
    EXPECT_TRUE(mentions(checkInferencePlan(servedPlan(R"({"ep": 3})", "deepseek-v3", "xe9680", 16)),
                         "inference.ep"));
    EXPECT_TRUE(mentions(checkInferencePlan(inferencePlan(R"({"ep": 2})")), "inference.ep"));
}

TEST(InferenceEstimator, DisaggregatedPoolsByHand) {
    // Llama 2 70B (L 80, h 8192, 8 KV heads of 128) in fp8 on H100, TP 2, 64 sequences in flight on the
    // decode pool, prompts of 1,000 tokens and 250 output tokens, 40 requests/s.
    const Plan plan = servedPlan(R"({"tp": 2, "precision": "fp8", "batch": 64, "prompt_tokens": 1000,
        "output_tokens": 250, "disaggregated": true, "load": {"requests_per_s": 40}})",
                                 "llama2-70b", "xe9680", 16);
    const InferenceEstimate e = estimateInference(plan);
    ASSERT_TRUE(e.disaggregated.has_value());
    ASSERT_TRUE(e.sizing.has_value());
    const DisaggregatedServing& d = *e.disaggregated;
    // The decode pool's iteration has no prefill riding along: 2 x active x 64 + 4 x 64 x 1,125 x h x L FLOPs
    // over 2 GPUs at 0.72 x 0.87 x 1,979 TFLOP/s.
    const double decode_flops = 2 * activeParameters(plan.model) * 64 + 4.0 * 64 * 1125 * 8192 * 80;
    EXPECT_NEAR(e.decode_compute_s, decode_flops / 2 / (0.72 * 0.87 * 1979e12), 1e-9);
    // The prompt's KV cache, 2 x 80 x 4 KV heads x 128 x 1 B = 80 KiB a token per GPU, crosses the fabric.
    EXPECT_DOUBLE_EQ(d.kv_transfer_bytes_per_gpu, 80.0 * 1024 * 1000);
    EXPECT_NEAR(d.kv_transfer_s, 80.0 * 1024 * 1000 / fabricBytesPerSPerGpu(plan) + 20e-6, 1e-12);
    EXPECT_NEAR(e.time_to_first_token_s,
                std::max(e.prefill_compute_s, e.prefill_memory_s) + e.prefill_tp_s + d.kv_transfer_s +
                    e.decode_step_s,
                1e-12);
    // Prefill: back-to-back prompts, compute-bound; decode: 64 / TPOT per replica of 2 GPUs.
    const double prompts_per_s = 1 / (e.prefill_compute_s + e.prefill_tp_s);
    EXPECT_NEAR(d.prefill_prompts_per_s_per_replica, prompts_per_s, 1e-9);
    const double decode_per_gpu = 64 / e.decode_step_s / 2;
    EXPECT_NEAR(d.decode_tokens_per_s_per_gpu, decode_per_gpu, 1e-9);
    EXPECT_NEAR(d.prefill_gpus_per_decode_gpu, decode_per_gpu / (250 * prompts_per_s / 2), 1e-9);
    EXPECT_NEAR(e.tokens_per_s_per_gpu, 1 / (1 / decode_per_gpu + 1 / (250 * prompts_per_s / 2)), 1e-9);
    // The load: 40 prompts/s on the prefill pool, 10,000 tokens/s on the decode pool.
    EXPECT_EQ(e.sizing->prefill_replicas, static_cast<int>(std::ceil(40 / prompts_per_s)));
    EXPECT_EQ(e.sizing->decode_replicas, static_cast<int>(std::ceil(10000 / (64 / e.decode_step_s))));
    EXPECT_EQ(e.sizing->prefill_gpus, 2 * e.sizing->prefill_replicas);
    EXPECT_EQ(e.sizing->decode_gpus, 2 * e.sizing->decode_replicas);
    EXPECT_EQ(e.sizing->gpus, e.sizing->prefill_gpus + e.sizing->decode_gpus);
    EXPECT_EQ(e.sizing->servers, (e.sizing->prefill_replicas + 3) / 4 + (e.sizing->decode_replicas + 3) / 4);
    // Aggregated serving at the same shape and batch, for the comparison.
    Plan aggregated = plan;
    aggregated.inference.disaggregated = false;
    EXPECT_DOUBLE_EQ(d.aggregated_tokens_per_s_per_gpu, estimateInference(aggregated).tokens_per_s_per_gpu);
}

TEST(InferenceEstimator, DisaggregationWinsWithLongPromptsUnderATightTpot) {
    // 3,900-token prompts for 100 output tokens: aggregated iterations carry 39 prompt tokens per sequence,
    // so a 12 ms TPOT leaves them a small batch; the decode pool alone runs a larger one.
    const std::string base = R"("tp": 4, "precision": "fp8", "disaggregated": true, )";
    const InferenceEstimate tight = estimateInference(
        servedPlan("{" + base + R"("prompt_tokens": 3900, "output_tokens": 100, "slo": {"tpot_s": 0.012}})",
                   "llama2-70b", "xe9680", 8));
    ASSERT_TRUE(tight.disaggregated.has_value());
    EXPECT_TRUE(tight.disaggregated->beats_aggregated);
    EXPECT_GT(tight.tokens_per_s_per_gpu, tight.disaggregated->aggregated_tokens_per_s_per_gpu);
    // Short prompts without targets: chunked prefill fills the decode iterations' idle compute; the prefill
    // pool's GPUs cost more than they save.
    const InferenceEstimate loose = estimateInference(
        servedPlan("{" + base + R"("prompt_tokens": 300, "output_tokens": 294})", "llama2-70b", "xe9680", 8));
    EXPECT_FALSE(loose.disaggregated->beats_aggregated);
    EXPECT_LT(loose.tokens_per_s_per_gpu, loose.disaggregated->aggregated_tokens_per_s_per_gpu);
}

TEST(InferenceEstimator, TheSizingScalesLinearlyWithTheLoadForEveryLayout) {
    for (const std::string& layout : {std::string(R"("tp": 8, "pp": 2)"),
                                      std::string(R"("tp": 8, "precision": "fp8", "disaggregated": true)")}) {
        const auto sized = [&](double tokens_per_s) {
            return estimateInference(servedPlan("{" + layout + R"(, "load": {"output_tokens_per_s": )" +
                                                    std::to_string(tokens_per_s) + "}}",
                                                "llama3-405b", "xe9680", 16))
                .sizing.value();
        };
        const InferenceSizing one = sized(20000), ten = sized(200000);
        SCOPED_TRACE(layout);
        // Ten times the load: ten times the GPUs, up to the rounding to whole replicas of each pool.
        EXPECT_LE(ten.gpus, 10 * one.gpus);
        EXPECT_GE(ten.gpus, 10 * one.gpus - 2 * 9 * 16);
        EXPECT_NEAR(ten.power_kw / ten.servers, one.power_kw / one.servers, 1e-9);
    }
}

TEST(InferenceEstimator, PcieServerTpGoesOverPcieBeyondTheBridgedPair) {
    // R760xa: four H100 PCIe, NVLink-bridged in pairs.
    const InferenceEstimate pair = estimateInference(inferencePlan(R"({"tp": 2})", "llama2-13b", "r760xa"));
    const InferenceEstimate four = estimateInference(inferencePlan(R"({"tp": 4})", "llama2-13b", "r760xa"));
    EXPECT_TRUE(pair.tp_over_nvlink);
    EXPECT_FALSE(four.tp_over_nvlink);
    EXPECT_GT(pair.tp_bus_bytes_per_s, four.tp_bus_bytes_per_s);
}

TEST(InferenceEstimator, PlanErrorsNameTheField) {
    EXPECT_TRUE(checkInferencePlan(inferencePlan("{}")).empty());
    EXPECT_TRUE(mentions(checkInferencePlan(inferencePlan(R"({"tp": 16})")), "inference.tp"));
    EXPECT_TRUE(mentions(checkInferencePlan(inferencePlan(R"({"tp": 3})")), "inference.tp"));
    Plan a100 = inferencePlan(R"({"precision": "fp8"})");
    a100.cluster.gpu = *library().gpu("a100-sxm4-80gb");
    EXPECT_TRUE(mentions(checkInferencePlan(a100), "inference.precision"));
    EXPECT_TRUE(
        mentions(checkInferencePlan(inferencePlan(R"({"prompt_tokens": 4000, "output_tokens": 200})")),
                 "inference.prompt_tokens"));
}

TEST(InferenceEstimator, ReadsTheInferenceObjectStrictly) {
    const Plan plan = inferencePlan(R"({"tp": 4, "precision": "fp8", "batch": 8, "prompt_tokens": 512,
                                        "output_tokens": 128})");
    EXPECT_EQ(plan.inference.tp, 4);
    EXPECT_EQ(plan.inference.precision, InferencePrecision::Fp8);
    EXPECT_EQ(plan.inference.batch, 8);
    EXPECT_EQ(plan.inference.prompt_tokens, 512);
    EXPECT_EQ(plan.inference.output_tokens, 128);
    EXPECT_THROW(inferencePlan(R"({"batches": 8})"), InputError);
    for (const auto& [bad, field] :
         {std::pair{R"({"pp": 0})", "inference.pp"}, std::pair{R"({"ep": 0})", "inference.ep"},
          std::pair{R"({"disaggregated": "yes"})", "inference.disaggregated"}}) {
        try {
            inferencePlan(bad);
            ADD_FAILURE() << bad;
        } catch (const InputError& error) {
            EXPECT_NE(std::string(error.what()).find(field), std::string::npos) << error.what();
        }
    }
    EXPECT_TRUE(inferencePlan(R"({"disaggregated": true})").inference.disaggregated);
    EXPECT_EQ(inferencePlan(R"({"pp": 2, "ep": 1})").inference.pp, 2);
    EXPECT_THROW(inferencePlan(R"({"precision": "int4"})"), InputError);
    EXPECT_THROW(inferencePlan(R"({"batch": 0})"), InputError);
    EXPECT_TRUE(inferencePlan(R"({"batch": "max"})").inference.batchIsMax());
    EXPECT_TRUE(inferencePlan("{}").inference.batchIsMax());
    EXPECT_THROW(inferencePlan(R"({"batch": "most"})"), InputError);
    EXPECT_THROW(inferencePlan(R"({"kv_precision": "int8"})"), InputError);
    EXPECT_THROW(inferencePlan(R"({"slo": {"ttft": 2}})"), InputError);
    EXPECT_THROW(inferencePlan(R"({"slo": {"tpot_s": -1}})"), InputError);
    EXPECT_THROW(inferencePlan(R"({"load": {}})"), InputError);
    EXPECT_THROW(inferencePlan(R"({"load": {"requests_per_s": 1, "output_tokens_per_s": 2}})"), InputError);
    const Plan served = inferencePlan(R"({"slo": {"ttft_s": 2, "tpot_s": 0.05}, "kv_precision": "fp8",
                                         "load": {"requests_per_s": 10}})");
    EXPECT_DOUBLE_EQ(served.inference.slo.ttft_s, 2);
    EXPECT_DOUBLE_EQ(served.inference.slo.tpot_s, 0.05);
    EXPECT_EQ(served.inference.kvPrecision(), Precision::Fp8);
    EXPECT_DOUBLE_EQ(served.inference.load.requests_per_s, 10);
    // A custom model without a dataset needs no training tokens for inference.
    EXPECT_NO_THROW(readPlan(nlohmann::json::parse(R"({"scenario": "inference", "model": {"layers": 2,
        "hidden": 256, "heads": 4, "vocab": 1000, "seq_len": 2048}})"),
                             library(), "custom.json"));
}

TEST(InferenceEstimator, EveryValueExplainsItself) {
    const Plan plan = inferencePlan(R"({"tp": 2, "slo": {"tpot_s": 0.05}, "load": {"requests_per_s": 5}})");
    const InferenceEstimate e = estimateInference(plan);
    ASSERT_TRUE(e.sizing.has_value());
    const nlohmann::json out = inferenceToJson(plan, e);
    for (const auto& [key, value] : explainInference(plan, e)) {
        EXPECT_FALSE(value.formula.empty()) << key;
        EXPECT_FALSE(value.unit.empty()) << key;
        EXPECT_FALSE(value.source.empty()) << key;
        EXPECT_FALSE(value.inputs.empty()) << key;
        for (const ExplainedInput& input : value.inputs)
            EXPECT_FALSE(input.name.empty()) << key;
        EXPECT_TRUE(out.at("explain").contains(key)) << key;
    }
    EXPECT_DOUBLE_EQ(out.at("memory").at("kv_cache_gib_per_gpu").get<double>(), e.kv_bytes_per_gpu / kGib);
    EXPECT_EQ(out.at("tp_link"), "nvlink");
    EXPECT_NE(inferenceToText(plan, e).find("Time to first token"), std::string::npos);
}

} // namespace
} // namespace cs::test
