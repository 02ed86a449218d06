#include "estimate/memory_model.h"
#include "test_support.h"

namespace cs::test {
namespace {

ModelShape gpt3() {
    return {"GPT-3 175B", 96, 12288, 96, 96, 49152, false, 51200, 2048, 0, {}};
}

TEST(MemoryModel, ActivationsFollowKorthikantiTableTwo) {
    const ModelShape model = gpt3();
    Parallelism par;
    par.tp = 8;
    par.micro_batch = 1;
    par.flash_attention = false;
    const double sbh = 2048.0 * 12288, as_h = 5.0 * 96 * 2048 / 12288;
    par.recompute = Recompute::None;
    par.sequence_parallel = false;
    EXPECT_DOUBLE_EQ(activationBytesPerLayer(model, par), sbh * (10 + 24.0 / 8 + as_h / 8));
    par.sequence_parallel = true;
    EXPECT_DOUBLE_EQ(activationBytesPerLayer(model, par), sbh / 8 * (34 + as_h));
    par.recompute = Recompute::Selective;
    EXPECT_DOUBLE_EQ(activationBytesPerLayer(model, par), sbh / 8 * 34);
    par.recompute = Recompute::Full;
    EXPECT_DOUBLE_EQ(activationBytesPerLayer(model, par), 2 * sbh / 8);
}

TEST(MemoryModel, DistributedOptimizerShardsTheOptimizerOverDp) {
    const ModelShape model = gpt3();
    Parallelism par;
    par.tp = 8;
    par.pp = 8;
    par.dp = 4;
    par.global_batch = 64;
    par.distributed_optimizer = false;
    const MemoryPerGpu plain = memoryPerGpu(model, par, 1, 80.0 * (1 << 30));
    // Megatron theoretical_memory_usage: 18 bytes per parameter, 6 + 12/d with the distributed optimizer.
    EXPECT_NEAR((plain.weights_bytes + plain.gradients_bytes + plain.optimizer_bytes) / plain.parameters, 18,
                1e-9);
    par.distributed_optimizer = true;
    const MemoryPerGpu sharded = memoryPerGpu(model, par, 1, 80.0 * (1 << 30));
    EXPECT_NEAR((sharded.weights_bytes + sharded.gradients_bytes + sharded.optimizer_bytes) /
                    sharded.parameters,
                6 + 12.0 / 4, 1e-9);
    EXPECT_EQ(sharded.in_flight_micro_batches, 8); // the first stage holds p micro-batches
    EXPECT_TRUE(sharded.fits());
}

} // namespace
} // namespace cs::test
