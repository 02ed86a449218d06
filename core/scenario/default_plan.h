#pragma once

#include "model/catalog.h"
#include "model/design.h"

#include <nlohmann/json.hpp>
#include <optional>
#include <string>

namespace cs {

// Llama 2's global batch (Touvron et al. 2023 §2.2: 4M tokens per step); the default plan rounds it up to
// whole sequences and to a multiple of the GPU count, so that every data-parallel degree divides it.
inline constexpr double kDefaultBatchTokens = 4.0 * 1024 * 1024;

// A training plan that runs on a design, and how it was chosen.
struct DefaultPlan {
    nlohmann::json plan; // PLAN.json: model preset and parallelism (the design supplies the cluster)
    std::string model;   // the preset's name
    std::string summary; // "Llama 2 70B, TP 8 x PP 4 x DP 4, global batch 1,024"
};

// A default run trains its preset's published dataset within a few months (our choice: Llama 3 405B took
// 54 days on 16,384 H100, Meta 2024 §3.3), not for decades on a small design.
inline constexpr double kDefaultMaxTrainingDays = 90;

// The largest model preset (by parameters; those the suitability tables mark for the design's servers and
// GPUs first) for which the plan sweep (sweepPlans) finds a parallelism on the design's GPUs at a global
// batch of kDefaultBatchTokens that trains within kDefaultMaxTrainingDays, taking the fastest whose budget
// lines all pass. When no preset trains that fast, the one that trains soonest; else the fastest that fits.
// None when the design has no GPU or no preset fits.
std::optional<DefaultPlan> defaultTrainingPlan(const Design& design, const Catalog& catalog);

// The name a new default training scenario gets: it names neither model nor parallelism, which the user may
// change, so it never goes stale ("Training", "Training 2", ... when taken).
std::string defaultScenarioName(const Design& design);

// Adds the default training plan to `design` as a scenario; the plan's summary, or none (nothing added) when
// no plan fits.
std::optional<std::string> addDefaultTrainingScenario(Design& design, const Catalog& catalog);

} // namespace cs
