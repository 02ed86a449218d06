#pragma once

#include "estimate/plan.h"

namespace cs {

// Llama 3 (arXiv 2407.21783 §3.3.4, Table 5): 419 unexpected interruptions in 54 days on 16,384 H100 in 2,048
// servers, 54 * 24 * 2,048 = 2,654,208 server-hours, one per 6,335 server-hours. Table 5 puts 35 of them
// (8.4%) on "Network Switch/Cable"; the other 384 (GPUs, host, NICs, software) are the servers': one per
// 6,912 server-hours. The fabric's 35 are counted per server (one per 75,835 server-hours) because a fabric
// grows with the servers it joins and Llama 3 does not publish its switch or cable count.
inline constexpr double kLlama3ServerHours = 54.0 * 24 * 2048;
inline constexpr double kLlama3Interruptions = 419, kLlama3NetworkInterruptions = 35;
inline constexpr double kDefaultNodeMtbfHours =
    kLlama3ServerHours / (kLlama3Interruptions - kLlama3NetworkInterruptions);
inline constexpr double kDefaultNetworkMtbfServerHours = kLlama3ServerHours / kLlama3NetworkInterruptions;

// The failure rates a plan trains with: its own, or the Llama 3 defaults.
struct InterruptionRates {
    double node_mtbf_hours = kDefaultNodeMtbfHours;
    double network_mtbf_server_hours = kDefaultNetworkMtbfServerHours;

    // One interruption per this many server-hours, from the servers and the fabric together.
    double serverHoursPerInterruption() const {
        return 1 / (1 / node_mtbf_hours + 1 / network_mtbf_server_hours);
    }
};
InterruptionRates interruptionRatesOf(const TrainingSpec& training);

} // namespace cs
