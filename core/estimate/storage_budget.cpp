#include "estimate/storage_budget.h"

#include "base/units.h"

#include <algorithm>
#include <cmath>

namespace cs {

namespace {

// Megatron indexed datasets store token ids as uint16 when the vocabulary fits, else int32
// (megatron/core/datasets/indexed_dataset.py DType.optimal_dtype).
constexpr int kUint16Tokens = 65500;

} // namespace

StorageBudget storageBudget(const Plan& plan, double tokens_per_s, double parameters) {
    const ClusterSpec& cluster = plan.cluster;
    const Parallelism& par = plan.parallelism;
    StorageBudget budget;
    budget.bytes_per_token = plan.model.vocab < kUint16Tokens ? 2 : 4;
    budget.data_read_bytes_per_s = tokens_per_s * budget.bytes_per_token;
    // docs/model.md §Checkpoints: parameters x bytes per parameter (16 by default: 2.8 TB for 175B).
    budget.checkpoint_bytes = parameters * plan.training.checkpoint_bytes_per_param;

    const double node_bytes_per_s = cluster.node_storage_gbps * kGiga / kBitsPerByte;
    // One DP replica writes (its t*p GPUs); the distributed optimizer spreads the shards over every server.
    const int writer_gpus = par.distributed_optimizer ? cluster.gpus : par.tp * par.pp;
    const int writer_nodes = std::max(1, (writer_gpus + cluster.gpus_per_node - 1) / cluster.gpus_per_node);
    const double storage_write = cluster.storage_write_gbytes_per_s * kGiga;
    budget.write_bytes_per_s =
        node_bytes_per_s > 0 ? std::min(storage_write, writer_nodes * node_bytes_per_s) : storage_write;
    budget.checkpoint_write_s = budget.checkpoint_bytes / budget.write_bytes_per_s;

    // Server and fabric failures both stop the job.
    budget.system_mtbf_s =
        interruptionRatesOf(plan.training).serverHoursPerInterruption() * kSecondsPerHour / cluster.nodes();
    // Young 1974 / Daly 2006 first order: tau = sqrt(2 C M); the time lost is C/tau + tau/(2M) = sqrt(2C/M).
    budget.checkpoint_interval_s = std::sqrt(2 * budget.checkpoint_write_s * budget.system_mtbf_s);
    budget.checkpoint_overhead = std::sqrt(2 * budget.checkpoint_write_s / budget.system_mtbf_s);
    const double target = plan.training.checkpoint_overhead_target;
    const double allowed_write_s = target * target * budget.system_mtbf_s / 2;
    budget.required_write_bytes_per_s = budget.checkpoint_bytes / allowed_write_s;

    // docs/model.md §Checkpoints: after a failure every DP replica loads the checkpoint, checkpoint x DP
    // bytes.
    budget.restore_read_bytes = budget.checkpoint_bytes * par.dp;
    const double storage_read = cluster.storage_read_gbytes_per_s * kGiga;
    budget.read_bytes_per_s =
        node_bytes_per_s > 0 ? std::min(storage_read, cluster.nodes() * node_bytes_per_s) : storage_read;
    budget.restore_s = budget.restore_read_bytes / budget.read_bytes_per_s;
    return budget;
}

} // namespace cs
