#include "estimate/communication_model.h"
#include "estimate/pipeline_split.h"
#include "estimate/training_estimator.h"
#include "estimate/transformer_math.h"
#include "test_support.h"

#include <nlohmann/json.hpp>

namespace cs::test {
namespace {

ModelShape preset(const char* id) {
    return modelShapeOf(*library().model(id));
}

// Published total and active parameters (billions), and whether the publisher's active figure leaves out
// the input embedding (DeepSeek's weights note and OpenAI's model card do; the others count it).
struct Published {
    const char* id;
    double total, active;
    bool active_without_input_embedding;
    double tolerance; // relative; 1% unless the published figure is rounded coarser than that
};

TEST(MoeModel, PresetsMatchThePublishedTotalAndActiveParameters) {
    const Published published[] = {
        {"deepseek-v3", 671, 36.7, true, 0.01},     // README 671B; README_WEIGHTS 36.7B activated
        {"qwen3-235b-a22b", 235, 22, false, 0.01},  // Qwen3 model card
        {"qwen3-30b-a3b", 30.5, 3.3, false, 0.017}, // "3.3B" for 3.354B: 1.6%
        {"gpt-oss-120b", 116.8, 5.13, true, 0.01},  // model card: 116.8B total, 5.13B active
        {"gpt-oss-20b", 20.9, 3.61, true, 0.01},    // model card: 20.9B total, 3.61B active
        {"mixtral-8x7b", 46.7, 12.9, false, 0.01},  // Jiang et al. 2024 Table 1
        {"mixtral-8x22b", 141, 39, false, 0.01},    // Mistral announcement
        {"llama4-maverick", 400, 17, false, 0.015}, // "17B": rounded to the billion
        {"dbrx", 132, 36, false, 0.015},            // "36B": rounded to the billion
        {"llama3-405b", 405.9, 405.9, false, 0.01}, // dense: every parameter is active
    };
    for (const Published& p : published) {
        SCOPED_TRACE(p.id);
        const ModelShape model = preset(p.id);
        EXPECT_NEAR(totalParameters(model) / 1e9, p.total, 0.01 * p.total);
        const double input_embedding = double(model.vocab) * model.hidden;
        const double active =
            activeParameters(model) + (p.active_without_input_embedding ? 0 : input_embedding);
        EXPECT_NEAR(active / 1e9, p.active, p.tolerance * p.active);
    }
    // Llama 4 Scout: the published 109B counts the vision encoder; the text model is 107.8B [derived].
    EXPECT_NEAR(totalParameters(preset("llama4-scout")) / 1e9, 107.8, 0.01 * 107.8);
    EXPECT_NEAR((activeParameters(preset("llama4-scout")) + 202048.0 * 5120) / 1e9, 17, 0.015 * 17);
}

TEST(MoeModel, MoeLayerFlopsCountTopKAndSharedExpertsByHand) {
    ModelShape model{"tiny-moe", 4, 1024, 8, 8, 4096, true, 1000, 2048, 0, {}};
    model.features.moe = {8, 2, 512, 1, 256, 1, 1, 0};
    EXPECT_EQ(model.moeLayers(), 3);
    EXPECT_FALSE(model.isMoeLayer(0));
    EXPECT_TRUE(model.isMoeLayer(1));
    const double tokens = 2 * 2048.0, h = 1024;
    const LayerFlops moe = layerForwardFlopsByPart(model, 2, true);
    EXPECT_DOUBLE_EQ(moe.experts, 2 * tokens * 2 * 3 * h * 512);
    EXPECT_DOUBLE_EQ(moe.mlp, 2 * tokens * (3 * h * 256 + h * 8));
    EXPECT_DOUBLE_EQ(moe.attention_linear, 2 * tokens * 4 * h * h);
    EXPECT_DOUBLE_EQ(moe.attention_core, 4 * 2 * 2048.0 * 2048 * h);
    // Total: 1 dense layer + 3 MoE layers with all 8 experts, plus the tied embedding.
    const double attention = 4 * h * h;
    const double dense = attention + 3 * h * 4096 + (3 * h + h + 4096 + h + 4 * h);
    const double moe_layer = attention + h * 8 + 8 * 3 * h * 512 + 3 * h * 256 + (3 * h + h + 4 * h);
    EXPECT_DOUBLE_EQ(totalParameters(model), dense + 3 * moe_layer + (1000 + 2048) * h);
    EXPECT_DOUBLE_EQ(activeParameters(model), totalParameters(model) - 3 * 6 * 3 * h * 512 - 1000 * h);
}

TEST(MoeModel, MlaAttentionWeightsFollowDeepSeekV2) {
    const ModelShape v3 = preset("deepseek-v3");
    const double h = 7168, a = 128;
    const double expected =
        h * 1536 + 1536 * a * 192 + h * (512 + 64) + 512 * a * (128 + 128) + a * 128 * h + 1536 + 512;
    EXPECT_DOUBLE_EQ(attentionWeights(v3), expected);
}

TEST(MoeModel, SlidingWindowsShortenTheAttentionCore) {
    ModelShape model = preset("gpt-oss-120b");
    const double full = layerForwardFlopsByPart(model, 1, true).attention_core;
    model.features.sliding_window = 0;
    const double s = model.seq_len;
    EXPECT_DOUBLE_EQ(layerForwardFlopsByPart(model, 1, true).attention_core, 2 * s * s * 64 * 128);
    // Half the layers see 128 keys, half all 4,096.
    EXPECT_DOUBLE_EQ(full, 2 * s * (0.5 * 128 + 0.5 * s) * 64 * 128);
    // Under the causal mask query i sees min(i, 128) keys in a windowed layer and i in a full one.
    model.features.sliding_window = 128;
    const double windowed_keys = (128.0 * 129 / 2 + (s - 128) * 128) / s;
    EXPECT_DOUBLE_EQ(layerForwardFlopsByPart(model, 1, true).attention_core_causal,
                     2 * s * (0.5 * windowed_keys + 0.5 * (s + 1) / 2) * 64 * 128);
}

TEST(PipelineSplit, Llama405BOverPp16Vpp8IsMegatronsSplit) {
    std::string error;
    const PipelineSplit split = splitPipeline(126, 16, 8, 0, 0, &error);
    ASSERT_EQ(split.chunk_layers.size(), 128u) << error;
    EXPECT_EQ(split.rule, PipelineSplit::Rule::EmbeddingLoss);
    EXPECT_EQ(split.chunk_layers.front(), 0); // the embedding's slot
    EXPECT_EQ(split.chunk_layers.back(), 0);  // the loss's slot
    const std::vector<int> stages = split.stageLayers();
    EXPECT_EQ(stages.front(), 7);
    EXPECT_EQ(stages.back(), 7);
    EXPECT_EQ(stages[1], 8);
    EXPECT_EQ(split.describe().substr(0, 9), "7 + 8 + 8");
    // PP 8 without interleaving: 15 + 16 x 6 + 15 (Megatron, both account_for flags).
    const PipelineSplit pp8 = splitPipeline(126, 8, 1, 0, 0, &error);
    EXPECT_EQ(pp8.stageLayers(), (std::vector<int>{15, 16, 16, 16, 16, 16, 16, 15}));
}

TEST(PipelineSplit, UnevenLayersAreSplitAsEvenlyAsPossible) {
    std::string error;
    // DeepSeek-V3: 61 layers over PP 8 x VPP 4 (neither 61 nor 63 divides by 32).
    const PipelineSplit v3 = splitPipeline(61, 8, 4, 0, 0, &error);
    EXPECT_EQ(v3.rule, PipelineSplit::Rule::AsEven);
    EXPECT_EQ(v3.stageLayers(), (std::vector<int>{7, 8, 8, 8, 8, 8, 7, 7}));
    // BLOOM: 70 layers over PP 12 (72 divides: the embedding and loss slots).
    EXPECT_EQ(splitPipeline(70, 12, 1, 0, 0, &error).stageLayers().front(), 5);
    // First/last given: the middle ranks share the rest.
    EXPECT_EQ(splitPipeline(126, 8, 1, 15, 15, &error).stageLayers(),
              (std::vector<int>{15, 16, 16, 16, 16, 16, 16, 15}));
    EXPECT_TRUE(splitPipeline(126, 8, 1, 14, 15, &error).chunk_layers.empty());
    EXPECT_NE(error.find("do not divide"), std::string::npos);
    EXPECT_TRUE(splitPipeline(10, 4, 4, 0, 0, &error).chunk_layers.empty());
}

Plan moePlan(int ep, int nvlink_domain) {
    Plan plan;
    plan.model = preset("deepseek-v3");
    plan.cluster.gpu = *library().gpu("h800-sxm5-80gb");
    plan.cluster.gpus = 256;
    plan.cluster.nvlink_domain = nvlink_domain;
    plan.cluster.gpus_per_node = 8;
    plan.cluster.nics_per_node = 8;
    plan.cluster.nic_gbps = 400;
    plan.cluster.storage_read_gbytes_per_s = 40;
    plan.cluster.storage_write_gbytes_per_s = 20;
    Parallelism& par = plan.parallelism;
    par.tp = 1;
    par.pp = 8;
    par.vpp = 1;
    par.dp = 32;
    par.ep = ep;
    par.micro_batch = 1;
    par.global_batch = 1024;
    par.recompute = Recompute::Full;
    par.sequence_parallel = false;
    plan.training.tokens = 1e12;
    plan.training.precision = Precision::Fp8;
    return plan;
}

TEST(ExpertParallel, AllToAllBytesByHand) {
    const Plan plan = moePlan(32, 8);
    // 4,096 tokens per GPU, top-8, h 7168, fp8 dispatch (1 + 4/128 bytes) + bf16 combine.
    const double per_copy = 4096.0 * 7168 * (1 + 4.0 / 128 + 2);
    const AllToAll a2a = expertAllToAll(plan.model, plan.parallelism, plan.cluster, 1 + 4.0 / 128);
    // 8 of the 32 EP ranks in the GPU's NVLink domain: 8 x 7/32 copies over NVLink, 8 x 24/32 = 6 remote
    // copies, capped at 4 by node-limited routing; the 6 then forwarded over NVLink.
    EXPECT_DOUBLE_EQ(a2a.scale_out_bytes, per_copy * 4);
    EXPECT_DOUBLE_EQ(a2a.nvlink_bytes, per_copy * (8 * 7.0 / 32 + 6));
}

TEST(ExpertParallel, AnEpGroupLeavingTheNvlinkDomainMovesTrafficToTheComputeFabric) {
    const TrainingEstimate inside = estimateTraining(moePlan(8, 8));
    const TrainingEstimate outside = estimateTraining(moePlan(32, 8));
    EXPECT_EQ(inside.ep_scale_out_bytes_per_gpu, 0);
    EXPECT_GT(inside.ep_nvlink_bytes_per_gpu, 0);
    EXPECT_GT(outside.ep_scale_out_bytes_per_gpu, 0);
    EXPECT_GT(outside.nic_bytes_per_gpu, inside.nic_bytes_per_gpu);
    // The same EP 32 inside a 72-GPU NVLink domain stays off the fabric.
    const TrainingEstimate rack = estimateTraining(moePlan(32, 72));
    EXPECT_EQ(rack.ep_scale_out_bytes_per_gpu, 0);
    EXPECT_LT(rack.breakdown.ep_comm_s, outside.breakdown.ep_comm_s);
    EXPECT_GT(outside.breakdown.ep_comm_s, 0);
    EXPECT_NEAR(outside.active_parameters / 1e9, 36.6, 0.2);
}

TEST(ContextParallel, RingBytesByHandAndExposedOnlyBeyondAttention) {
    Plan plan;
    plan.model = preset("llama3-8b");
    plan.model.seq_len = 131072;
    Parallelism& par = plan.parallelism;
    par.tp = 4;
    par.cp = 4;
    par.micro_batch = 1;
    // K and V: 2 x 32768 tokens x 8 KV heads x 128 / TP 4 x 2 bytes, passed 3 times.
    EXPECT_DOUBLE_EQ(contextParallelForwardBytes(plan.model, par), 2 * 32768.0 * 8 * 128 / 4 * 2 * 3);
    par.cp = 1;
    EXPECT_EQ(contextParallelForwardBytes(plan.model, par), 0);
}

TEST(PipelineSplit, TheSlowestStageSetsTheStep) {
    Plan plan = moePlan(8, 8);
    plan.parallelism.pp = 8;
    const TrainingEstimate even = estimateTraining(plan);
    EXPECT_EQ(even.stage_layers, (std::vector<int>{7, 8, 8, 8, 8, 8, 7, 7}));
    plan.parallelism.first_stage_layers = 5;
    plan.parallelism.last_stage_layers = 2;
    plan.parallelism.pp = 8;
    // 61 - 7 = 54 over 6 middle ranks: 9 each, slower than 8.
    const TrainingEstimate skewed = estimateTraining(plan);
    EXPECT_EQ(skewed.stage_layers[1], 9);
    EXPECT_GT(skewed.breakdown.compute_s, even.breakdown.compute_s);
}

} // namespace
} // namespace cs::test
