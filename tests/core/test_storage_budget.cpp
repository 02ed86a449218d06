#include "estimate/storage_budget.h"
#include "estimate/transformer_math.h"
#include "test_support.h"

#include <cmath>
#include <nlohmann/json.hpp>

namespace cs::test {
namespace {

Plan gpt3Plan() {
    return readPlanFile((kCatalogDir / "examples" / "plan-gpt3-175b.json").string(), library());
}

TEST(StorageBudget, TheCheckpointOf175bIs24TerabytesOr28WithGradients) {
    Plan plan = gpt3Plan();
    const StorageBudget budget = storageBudget(plan, 1e5, totalParameters(plan.model));
    // docs/model.md §Checkpoints: 14 bytes per parameter (bf16 weights, fp32 master weights, m, v), 2.44 TB.
    EXPECT_NEAR(budget.checkpoint_bytes / 1e12, 2.44, 0.01);
    EXPECT_DOUBLE_EQ(budget.checkpoint_bytes, 14 * totalParameters(plan.model));
    // With ZeRO's 16 (gradients too): the brief's ~2.8 TB.
    plan.training.checkpoint_bytes_per_param = 16;
    EXPECT_NEAR(storageBudget(plan, 1e5, totalParameters(plan.model)).checkpoint_bytes / 1e12, 2.8, 0.05);
}

TEST(StorageBudget, RestoreReadsTheCheckpointOncePerDataParallelReplica) {
    const Plan plan = gpt3Plan();
    const StorageBudget budget = storageBudget(plan, 1e5, totalParameters(plan.model));
    EXPECT_EQ(plan.parallelism.dp, 16);
    EXPECT_DOUBLE_EQ(budget.restore_read_bytes, 16 * budget.checkpoint_bytes);
    EXPECT_DOUBLE_EQ(budget.restore_s, budget.restore_read_bytes / budget.read_bytes_per_s);
}

TEST(StorageBudget, YoungDalyIntervalAndOverhead) {
    const Plan plan = gpt3Plan();
    const StorageBudget b = storageBudget(plan, 1e5, totalParameters(plan.model));
    // MTBF of the system: the Llama 3 node MTBF over the 192 servers.
    // Llama 3: 419 interruptions (384 servers', 35 the fabric's) in 2,654,208 server-hours, 6,335 h apart.
    EXPECT_NEAR(b.system_mtbf_s, kLlama3ServerHours / kLlama3Interruptions * 3600 / 192, 1e-6);
    EXPECT_DOUBLE_EQ(b.checkpoint_write_s, b.checkpoint_bytes / b.write_bytes_per_s);
    EXPECT_DOUBLE_EQ(b.checkpoint_interval_s, std::sqrt(2 * b.checkpoint_write_s * b.system_mtbf_s));
    // At the optimal interval, writes (C/tau) and expected rework (tau/2M) cost the same.
    const double tau = b.checkpoint_interval_s;
    EXPECT_NEAR(b.checkpoint_overhead, b.checkpoint_write_s / tau + tau / (2 * b.system_mtbf_s), 1e-12);
    // Writing at the required bandwidth gives exactly the target overhead.
    const double write_s = b.checkpoint_bytes / b.required_write_bytes_per_s;
    EXPECT_NEAR(std::sqrt(2 * write_s / b.system_mtbf_s), plan.training.checkpoint_overhead_target, 1e-12);
}

TEST(StorageBudget, ServerLinksCapTheStorageAndTokenIdsSetTheReadRate) {
    Plan plan = gpt3Plan();
    plan.cluster.storage_write_gbytes_per_s = 1000;
    plan.cluster.node_storage_gbps = 8; // 1 GB/s per server
    const StorageBudget capped = storageBudget(plan, 1e5, totalParameters(plan.model));
    // Without the distributed optimizer one replica's TP x PP = 96 GPUs (12 servers) write.
    const int writers = plan.parallelism.distributed_optimizer ? plan.cluster.nodes() : 12;
    EXPECT_DOUBLE_EQ(capped.write_bytes_per_s, writers * 1e9);
    EXPECT_EQ(capped.bytes_per_token, 2); // 51,200 tokens fit uint16
    EXPECT_DOUBLE_EQ(capped.data_read_bytes_per_s, 2e5);
    plan.model.vocab = 128256;
    EXPECT_EQ(storageBudget(plan, 1e5, totalParameters(plan.model)).bytes_per_token, 4);
}

} // namespace
} // namespace cs::test
