#include "base/input_error.h"
#include "estimate/inference_estimator.h"
#include "estimate/inference_report.h"
#include "test_support.h"

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
