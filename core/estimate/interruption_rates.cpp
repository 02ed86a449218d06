#include "estimate/interruption_rates.h"

namespace cs {

InterruptionRates interruptionRatesOf(const TrainingSpec& training) {
    InterruptionRates rates;
    if (training.node_mtbf_hours > 0)
        rates.node_mtbf_hours = training.node_mtbf_hours;
    if (training.network_mtbf_server_hours > 0)
        rates.network_mtbf_server_hours = training.network_mtbf_server_hours;
    return rates;
}

} // namespace cs
