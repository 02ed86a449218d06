#pragma once

#include "estimate/interruption_rates.h"
#include "estimate/plan.h"

namespace cs {

// What training asks of the storage (docs/model.md §Storage, §Checkpoints: data reads, periodic checkpoint
// writes, checkpoint loads after a failure reading checkpoint x DP replicas).
struct StorageBudget {
    double bytes_per_token = 0;
    double data_read_bytes_per_s = 0;
    double checkpoint_bytes = 0;
    double write_bytes_per_s = 0; // what the checkpoint write achieves: storage or server links
    double checkpoint_write_s = 0;
    double system_mtbf_s = 0;              // server-hours per interruption / servers
    double checkpoint_interval_s = 0;      // Young: sqrt(2 * C * MTBF)
    double checkpoint_overhead = 0;        // C/tau + tau/(2 MTBF): writes plus expected rework
    double required_write_bytes_per_s = 0; // to keep that overhead at the target
    double restore_read_bytes = 0;         // checkpoint x DP
    double read_bytes_per_s = 0;
    double restore_s = 0;
};

StorageBudget storageBudget(const Plan& plan, double tokens_per_s, double parameters);

} // namespace cs
