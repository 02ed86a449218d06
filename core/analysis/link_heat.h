#pragma once

#include "analysis/budget_status.h"
#include "analysis/link_load.h"
#include "base/explained.h"
#include "estimate/training_estimator.h"
#include "model/design.h"

#include <array>
#include <nlohmann/json_fwd.hpp>

namespace cs {

// The canvas heat overlay's colour bands over a utilisation (load / capacity, link_load.h). Our choice of
// scale: decades at the low end, because a step-averaged load spans them (the 128-GPU example's busiest link
// carries 0.9 % of its line rate, a DP-heavy plan tens of %), up to kBudgetWarnUtilisation. From there a
// colour says what the load costs, as the budget view does (budget_status.h): a link at or above 70 % of its
// capacity during its phase takes the status of its network's budget lines (pass: busy, but the overlap hides
// it; warn; fail), so a cable is red exactly when the budget fails, never for a peak the step does not feel.
inline constexpr std::array<double, 5> kHeatBandEdges = {0.001, 0.01, 0.10, 0.30, kBudgetWarnUtilisation};
inline constexpr int kHeatStatusBands = 3; // pass, warn, fail
inline constexpr int kHeatBands = static_cast<int>(kHeatBandEdges.size()) + kHeatStatusBands;

// The band of a utilisation, 0 .. kHeatBands - 1: band b < kHeatBandEdges.size() holds [edge b-1, edge b);
// at or above the last edge (infinity included) the band is kHeatBandEdges.size() + `status` (its network's
// budget status, networkBudgetStatus). NaN and negatives are band 0.
int heatBand(double utilisation, BudgetStatus status);

// The worst status of the budget lines on `network`'s links: compute (the fabric lines, EP and CP on the
// fabric), scale-up (the NVLink lines), storage; Pass for the management networks and without lines.
BudgetStatus networkBudgetStatus(const std::vector<BudgetLine>& lines, Network network);

// A link's load as the overlay explains it: the value in Gbit/s per direction (load x the link's gbps), the
// formula of its kind of link (the traffic model of link_load.h) and the estimate's inputs to it, the peak
// and the average utilisation. `load` is that link's linkLoads() entry and `estimate` the one given to
// linkLoads() (the plan is in its bytes).
Explained explainLinkLoad(const Design& design, const TrainingEstimate& estimate, const Link& link,
                          const LinkLoad& load);

// A switch's load (link_load.h: the capacity-weighted mean of its links' loads) in Gbit/s, with its
// capacity (the sum of its links' gbps) and busiest link as inputs.
Explained explainSwitchLoad(const Design& design, const SwitchLoad& load);

// The overlay as `estimate --design --json` prints it ("link_load"): per network the number of links in each
// heat band (with the network's budget status from `budget`), the `top` busiest links (ends, network, Gbit/s,
// utilisation, explanation) and the `top` busiest switches.
nlohmann::json linkLoadsToJson(const Design& design, const TrainingEstimate& estimate, const LinkLoads& loads,
                               const std::vector<BudgetLine>& budget, std::size_t top);

} // namespace cs
