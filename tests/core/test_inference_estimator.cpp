#include "base/input_error.h"
#include "estimate/inference_estimator.h"
#include "estimate/inference_report.h"
#include "test_support.h"

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

TEST(InferenceEstimator, WeightsHalveInFp8AndTheDefaultTpIsTheSmallestThatFits) {
    const InferenceEstimate bf16 = estimateInference(inferencePlan("{}"));
    EXPECT_EQ(bf16.tp, 2); // 138 GB of bf16 weights do not fit one 80 GB H100
    EXPECT_NEAR(bf16.weights_bytes_per_gpu, bf16.parameters, 1);
    const InferenceEstimate fp8 = estimateInference(inferencePlan(R"({"precision": "fp8"})"));
    EXPECT_EQ(fp8.tp, 1);
    EXPECT_NEAR(fp8.weights_bytes_per_gpu, fp8.parameters, 1);
    EXPECT_TRUE(fp8.fits);
}

TEST(InferenceEstimator, DecodeIsBoundByHbmAndPrefillByCompute) {
    const Plan plan = inferencePlan(R"({"tp": 2})");
    const InferenceEstimate e = estimateInference(plan);
    EXPECT_GT(e.decode_memory_s, 10 * e.decode_compute_s);
    EXPECT_NEAR(e.decode_memory_s,
                e.decode_bytes_per_gpu / (kDecodeHbmEfficiency * plan.cluster.gpu.memory_gbytes_per_s * 1e9),
                1e-12);
    EXPECT_GT(e.prefill_compute_s, e.prefill_memory_s);
    EXPECT_NEAR(e.time_to_first_token_s, e.prefill_compute_s + e.prefill_tp_s, 1e-12);
    EXPECT_TRUE(e.tp_over_nvlink);
    EXPECT_EQ(e.replicas_per_server, 4);
    // A bigger batch costs little per step (the weights are read once) and multiplies the throughput.
    const InferenceEstimate big = estimateInference(inferencePlan(R"({"tp": 2, "batch": 32})"));
    EXPECT_LT(big.decode_step_s, 2 * e.decode_step_s);
    EXPECT_GT(big.tokens_per_s_per_server, 10 * e.tokens_per_s_per_server);
    EXPECT_NEAR(big.tokens_per_s_per_gpu * 8, big.tokens_per_s_per_server, 1e-9);
}

TEST(InferenceEstimator, MaxBatchIsTheLastThatFits) {
    const InferenceEstimate e = estimateInference(inferencePlan(R"({"tp": 2})"));
    ASSERT_GT(e.max_batch, 1);
    const std::string at = std::to_string(e.max_batch), over = std::to_string(e.max_batch + 1);
    EXPECT_TRUE(estimateInference(inferencePlan(R"({"tp": 2, "batch": )" + at + "}")).fits);
    EXPECT_FALSE(estimateInference(inferencePlan(R"({"tp": 2, "batch": )" + over + "}")).fits);
    EXPECT_FALSE(estimateInference(inferencePlan(R"({"tp": 1})")).fits); // 128 GiB of weights on 80 GiB
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
    // A custom model without a dataset needs no training tokens for inference.
    EXPECT_NO_THROW(readPlan(nlohmann::json::parse(R"({"scenario": "inference", "model": {"layers": 2,
        "hidden": 256, "heads": 4, "vocab": 1000, "seq_len": 2048}})"),
                             library(), "custom.json"));
}

TEST(InferenceEstimator, EveryValueExplainsItself) {
    const Plan plan = inferencePlan(R"({"tp": 2, "batch": 8})");
    const InferenceEstimate e = estimateInference(plan);
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
