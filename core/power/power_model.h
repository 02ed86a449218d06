#pragma once

#include "estimate/plan.h"

#include <string>

namespace cs {

// Patterson et al. 2021 Table 4: GPT-3's V100s drew 330 W each including their share of the host, 1.10x the
// 300 W TDP. A training server at load: GPUs x TDP x 1.10, never above the server's catalog maximum.
inline constexpr double kTrainingWattsPerGpuTdp = 1.10;
// Uptime Institute 2023 global survey: average PUE 1.58.
inline constexpr double kDefaultPue = 1.58;
// Assumption (no source): an illustrative industrial tariff; set power.price_per_kwh.
inline constexpr double kDefaultPricePerKwh = 0.10;

struct PowerEstimate {
    double server_watts = 0; // one GPU server at training load
    double servers = 0;
    double gpu_servers_watts = 0;
    double other_it_watts = 0; // switches, storage, CPU servers (from a design)
    double it_watts = 0;
    double pue = 0;
    double facility_watts = 0;
    double energy_kwh = 0; // facility energy of the whole run
    double price_per_kwh = 0;
    double cost = 0;
    std::string currency; // of the price and the cost (ISO 4217)
};

PowerEstimate powerEstimate(const Plan& plan, double run_seconds);

} // namespace cs
