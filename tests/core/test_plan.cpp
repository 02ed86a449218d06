#include "base/input_error.h"
#include "estimate/plan.h"
#include "test_support.h"

#include <nlohmann/json.hpp>

namespace cs::test {
namespace {

Plan read(const std::string& text) {
    return readPlan(nlohmann::json::parse(text), library(), "plan.json");
}

bool mentions(const std::vector<PlanError>& errors, const std::string& field) {
    for (const PlanError& error : errors)
        if (error.field == field)
            return true;
    return false;
}

TEST(Plan, ReadsTheDesignExamplePlan) {
    const Plan plan = readPlanFile((kCatalogDir / "examples" / "plan-gpt3-175b.json").string(), library());
    EXPECT_EQ(plan.model.layers, 96);
    EXPECT_EQ(plan.cluster.gpu.id, "a100-sxm4-80gb");
    EXPECT_EQ(plan.cluster.gpus, 1536);
    EXPECT_EQ(plan.cluster.nic_gbps, 200);
    EXPECT_EQ(plan.parallelism.pp, 12);
    EXPECT_EQ(plan.parallelism.recompute, Recompute::Full);
    EXPECT_EQ(plan.parallelism.microBatches(), 96);
    EXPECT_TRUE(checkPlan(plan).empty());
}

TEST(Plan, ReadsAPresetAndDefaultsTheRest) {
    const Plan plan = read(R"({"model": {"preset": "llama2-70b"}, "parallelism": {"tp": 8, "pp": 4, "dp": 4,
        "micro_batch": 1, "global_batch": 512, "recompute": "selective", "sequence_parallel": true},
        "training": {"tokens": 2.0e12}})");
    EXPECT_EQ(plan.model.kv_heads, 8);
    EXPECT_TRUE(plan.model.gated_mlp);
    EXPECT_EQ(plan.cluster.gpus, 128);
    EXPECT_EQ(plan.workload, Workload::Pretrain);
    EXPECT_TRUE(checkPlan(plan).empty());
}

TEST(Plan, UnknownKeysWrongTypesAndUnknownIdsAreInputErrors) {
    EXPECT_THROW(read(R"({"model": {"preset": "gpt3-175b"}, "parallelism": {"tq": 8}})"), InputError);
    EXPECT_THROW(read(R"({"model": {"preset": "gpt3-175b"}, "parallelism": {"tp": "8"}})"), InputError);
    EXPECT_THROW(read(R"({"model": {"preset": "gpt-5"}})"), InputError);
    EXPECT_THROW(read(R"({"model": {"preset": "gpt3-175b"}, "cluster": {"gpu": "b300"}})"), InputError);
    EXPECT_THROW(read(R"({"model": {"preset": "gpt3-175b"}, "scenario": "serve"})"), InputError);
    try {
        read(R"({"model": {"preset": "gpt3-175b"}, "parallelism": {"tq": 8}})");
    } catch (const InputError& e) {
        EXPECT_NE(std::string(e.what()).find("parallelism.tq"), std::string::npos) << e.what();
    }
}

std::string errorReading(const std::string& text) {
    try {
        read(text);
    } catch (const InputError& e) {
        return e.what();
    }
    return "read";
}

// The fabric and failure inputs: bad values are refused naming the field and the cause.
TEST(Plan, FabricAndFailureInputsAreCheckedByName) {
    const std::string model = R"({"model": {"preset": "llama2-70b"}, )";
    auto refused = [&](const std::string& rest, const std::string& field) {
        const std::string message = errorReading(model + rest);
        EXPECT_NE(message.find(field), std::string::npos) << message;
    };
    refused(R"("parallelism": {"in_network_reduction": "sharp"}})", "parallelism.in_network_reduction");
    refused(R"("cluster": {"routing": "random"}})", "cluster.routing");
    refused(R"("cluster": {"compute_switch": "sn2201"}})", "cluster.compute_switch"); // out-of-band only
    refused(R"("cluster": {"spine_oversubscription": 0.5}})", "cluster.spine_oversubscription");
    refused(R"("cluster": {"leaf_group_servers": 0}})", "cluster.leaf_group_servers");
    refused(R"("training": {"restart_minutes": -1}})", "training.restart_minutes");
    refused(R"("training": {"repair_hours": "a day"}})", "training.repair_hours");
    refused(R"("training": {"network_mtbf_server_hours": 0}})", "training.network_mtbf_server_hours");
    EXPECT_EQ(errorReading(model + R"("cluster": {"routing": "random"}})"),
              "plan.json: cluster.routing: expected adaptive or ecmp, not 'random'");
    const Plan plan = read(model + R"("cluster": {"compute_switch": "qm9700", "routing": "ecmp",
        "spine_oversubscription": 2, "leaf_group_servers": 16, "spine_group_servers": 64},
        "parallelism": {"in_network_reduction": "off"},
        "training": {"restart_minutes": 12, "repair_hours": 48, "network_mtbf_server_hours": 50000}})");
    EXPECT_EQ(plan.cluster.compute_switch, "qm9700");
    EXPECT_TRUE(plan.cluster.switch_reduction);
    EXPECT_EQ(plan.cluster.routing, Routing::Ecmp); // the plan's word over the switch's
    EXPECT_DOUBLE_EQ(plan.cluster.spine_oversubscription, 2);
    EXPECT_EQ(plan.cluster.leaf_group_servers, 16);
    EXPECT_EQ(plan.cluster.spine_group_servers, 64);
    EXPECT_EQ(plan.parallelism.in_network_reduction, InNetworkReduction::Off);
    EXPECT_DOUBLE_EQ(plan.training.restart_minutes, 12);
    EXPECT_DOUBLE_EQ(plan.training.repair_hours, 48);
    EXPECT_DOUBLE_EQ(plan.training.network_mtbf_server_hours, 50000);
}

// Products of plan fields are taken in 64 bits and checked before the plan's int fields hold them: these
// plans once divided by zero (SIGFPE) or overflowed.
TEST(Plan, ProductsAreCheckedAgainstTheirLimits) {
    EXPECT_EQ(
        errorReading(R"({"model": {"preset": "llama2-70b"},
                               "parallelism": {"dp": 65536, "micro_batch": 65536}})"),
        "plan.json: parallelism.micro_batch: micro_batch x dp = 4294967296 sequences per step; a global "
        "batch holds at most 67108864");
    EXPECT_EQ(errorReading(R"({"model": {"preset": "llama2-70b"},
                               "parallelism": {"tp": 1024, "pp": 4096, "dp": 1000000}})"),
              "plan.json: parallelism.pp: tp x cp x pp = 4194304 GPUs per replica; at most 1000000");
    EXPECT_EQ(errorReading(R"({"model": {"preset": "llama2-70b"}, "parallelism": {"tp": 8, "dp": 1000000}})"),
              "plan.json: parallelism.dp: tp x cp x pp x dp = 8000000 GPUs; at most 1000000");
    EXPECT_EQ(
        errorReading(
            R"({"model": {"preset": "llama2-70b"}, "parallelism": {"pp": 4096, "dp": 200, "micro_batch": 65536}})"),
        "plan.json: parallelism.global_batch: missing, and the default micro_batch x dp x 4 x pp = "
        "214748364800 is above the limit of 67108864: give global_batch");
}

TEST(Plan, ACustomModelMustHaveAShape) {
    const std::string shape = R"("layers": 2, "vocab": 100, "seq_len": 128)";
    EXPECT_EQ(errorReading(R"({"model": {"hidden": 64, "heads": 128, )" + shape + "}}"),
              "plan.json: model.heads: 128 heads do not divide hidden = 64");
    EXPECT_EQ(errorReading(R"({"model": {"hidden": 64, "heads": 8, "kv_heads": 3, )" + shape + "}}"),
              "plan.json: model.kv_heads: 3 KV heads do not divide heads = 8");
    EXPECT_EQ(errorReading(R"({"model": {"hidden": 64, "heads": 8, "kv_heads": 16, )" + shape + "}}"),
              "plan.json: model.kv_heads: 16 KV heads do not divide heads = 8");
}

TEST(Plan, ImpossiblePlansNameTheNumberToChange) {
    const Plan plan =
        read(R"({"model": {"preset": "gpt3-175b"}, "cluster": {"gpu": "h100-sxm5-80gb", "gpus": 1024},
        "parallelism": {"tp": 16, "pp": 7, "dp": 8, "vpp": 2, "micro_batch": 3, "global_batch": 1000}})");
    const auto errors = checkPlan(plan);
    EXPECT_TRUE(mentions(errors, "parallelism.dp"));           // 16 x 7 x 8 != 1024
    EXPECT_TRUE(mentions(errors, "parallelism.tp"));           // beyond the 8-GPU NVLink domain
    EXPECT_FALSE(mentions(errors, "parallelism.pp"));          // 96 + 2 = 7 x 2 chunks of 7: Megatron's split
    EXPECT_TRUE(mentions(errors, "parallelism.global_batch")); // 1000 % (3 x 8)
    const Plan heads =
        read(R"({"model": {"preset": "bloomberggpt-50b"}, "parallelism": {"tp": 3, "dp": 1}})");
    EXPECT_TRUE(mentions(checkPlan(heads), "parallelism.tp")); // 40 heads do not divide by 3
}

TEST(Plan, PresetsTakeOverridesAndTheNewParallelism) {
    const Plan plan = read(R"({"model": {"preset": "llama3-405b", "seq_len": 16384},
        "cluster": {"gpu": "h100-sxm5-80gb", "gpus": 16384},
        "parallelism": {"tp": 8, "pp": 16, "cp": 2, "vpp": 8, "global_batch": 1024},
        "training": {"precision": "fp8"}})");
    EXPECT_EQ(plan.model.seq_len, 16384);
    EXPECT_EQ(plan.model.layers, 126);
    EXPECT_EQ(plan.parallelism.dp, 64);   // 16384 / (8 x 2 x 16)
    EXPECT_TRUE(checkPlan(plan).empty()); // 126 layers over PP 16 x VPP 8: never refused
    const Plan moe = read(R"({"model": {"preset": "deepseek-v3", "moe": {"top_k": 4}},
        "cluster": {"gpu": "h800-sxm5-80gb", "gpus": 2048},
        "parallelism": {"pp": 8, "ep": 64, "etp": 1, "fsdp": false, "first_stage_layers": 5,
                        "last_stage_layers": 2, "global_batch": 4096}})");
    EXPECT_EQ(moe.model.features.moe.top_k, 4);
    EXPECT_EQ(moe.model.features.moe.experts, 256);
    EXPECT_EQ(moe.parallelism.ep, 64);
    EXPECT_TRUE(checkPlan(moe).empty()); // 61 - 5 - 2 = 54 over 6 middle ranks
    Plan skewed = moe;
    skewed.parallelism.first_stage_layers = 4;
    EXPECT_TRUE(mentions(checkPlan(skewed), "parallelism.first_stage_layers")); // 55 over 6 ranks
    EXPECT_EQ(errorReading(R"({"model": {"preset": "llama3-8b", "moe": {"experts": 8, "top_k": 9,
        "expert_ffn_hidden": 1024}}})"),
              "plan.json: model.moe.top_k: give the experts per token, 1 to experts = 8");
    const Plan wrong_ep = read(R"({"model": {"preset": "mixtral-8x7b"}, "cluster": {"gpus": 64},
        "parallelism": {"tp": 2, "ep": 16}, "training": {"tokens": 1e12}})");
    EXPECT_TRUE(mentions(checkPlan(wrong_ep), "parallelism.ep")); // 8 experts do not divide by 16
    const Plan nvfp4 = read(R"({"model": {"preset": "llama3-70b"}, "cluster": {"gpus": 64},
        "parallelism": {"tp": 8}, "training": {"precision": "nvfp4"}})");
    EXPECT_TRUE(mentions(checkPlan(nvfp4), "training.precision")); // H100 has no FP4 tensor cores
}

// A rack-scale system runs a plan on its compute trays (4 GPUs, 4 NICs), its NVLink domain the rack; any
// whole number of trays will do.
TEST(Plan, AcceptsRackScaleSystemsAndTheGpusAServerTakes) {
    const Plan nvl72 = read(R"({"model": {"preset": "llama3-70b"}, "cluster": {"server": "gb200-nvl72",
        "gpus": 256}, "parallelism": {"tp": 8, "pp": 4, "dp": 8, "global_batch": 512}})");
    EXPECT_EQ(nvl72.cluster.server, "gb200-nvl72");
    EXPECT_EQ(nvl72.cluster.gpu.id, "gb200");
    EXPECT_EQ(nvl72.cluster.gpus_per_node, 4);
    EXPECT_EQ(nvl72.cluster.nvlink_domain, 72);
    EXPECT_EQ(nvl72.cluster.nics_per_node, 4);
    EXPECT_EQ(nvl72.cluster.nic_gbps, 400);
    EXPECT_TRUE(checkPlan(nvl72).empty());
    Plan tp16 = nvl72;
    tp16.parallelism.tp = 16;
    tp16.parallelism.pp = 2;
    EXPECT_TRUE(mentions(checkPlan(tp16), "parallelism.tp")); // 16 does not divide the 72-GPU domain

    const Plan amd =
        read(R"({"model": {"preset": "llama3-8b"}, "cluster": {"server": "xe9680", "gpu": "mi300x",
        "gpus": 8}, "parallelism": {"tp": 8}})");
    EXPECT_EQ(amd.cluster.gpu.id, "mi300x");
    EXPECT_EQ(amd.cluster.nvlink_domain, 8);
    EXPECT_TRUE(checkPlan(amd).empty());
    // An L40S has no NVLink: in an R760xa (bridged H100 PCIe pairs) its domain is 1.
    EXPECT_EQ(read(R"({"model": {"preset": "llama3-8b"}, "cluster": {"server": "r760xa", "gpu": "l40s"}})")
                  .cluster.nvlink_domain,
              1);
    try {
        read(R"({"model": {"preset": "llama3-8b"}, "cluster": {"server": "gb200-nvl72", "gpu": "mi300x"}})");
        ADD_FAILURE() << "a GB200 rack took an MI300X";
    } catch (const InputError& e) {
        EXPECT_NE(std::string(e.what()).find("does not take GPU 'mi300x'"), std::string::npos) << e.what();
    }
}

} // namespace
} // namespace cs::test
