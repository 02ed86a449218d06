#pragma once

#include "estimate/plan.h"
#include "model/catalog.h"
#include "model/design.h"

#include <nlohmann/json_fwd.hpp>
#include <optional>
#include <string>
#include <vector>

namespace cs {

// A scenario's "variant": what differs from the design for this what-if, applied to the cluster the
// estimator sees (the Design itself never changes). Every key is optional:
//   {"gpu": "h100-sxm5-80gb",   another GPU the design's GPU servers accept (catalog "supported")
//    "nic_gbps": 200,           line rate of every compute NIC (the fabric keeps its oversubscription)
//    "storage_nodes": 8,        storage nodes of the design's storage type (read/write GB/s and power scale)
//    "servers": 32}             GPU servers of the design's type; switches and other IT stay the design's
// The variant's ranges, as readScenarioVariant() checks them: NICs up to 1.6 Tb/s (IEEE 802.3dj).
inline constexpr double kVariantMaxNicGbps = 1600;
inline constexpr int kVariantMaxCount = 1'000'000; // storage nodes, servers

struct ScenarioVariant {
    std::optional<std::string> gpu;
    std::optional<double> nic_gbps;
    std::optional<int> storage_nodes;
    std::optional<int> servers;

    bool operator==(const ScenarioVariant&) const = default;
};

// Reads a variant strictly: unknown keys, wrong types and out-of-range values are InputErrors naming `where`
// and the key. GPU ids are checked when the variant is applied (they depend on the design's servers).
ScenarioVariant readScenarioVariant(const nlohmann::json& variant, const std::string& where);
nlohmann::json scenarioVariantToJson(const ScenarioVariant& variant);

// The GPUs a variant may choose: those the design's GPU servers accept (catalog "supported" of its first GPU
// server, as applyScenarioVariant checks); empty for a design without GPU servers.
std::vector<std::string> variantGpus(const Design& design);

// Changes `plan.cluster` (already derived from `design` by applyDesignCluster) as the variant says. GPUs come
// from the design's catalog, else `library`. Throws InputError for a GPU the servers do not accept, or
// storage nodes on a design without any.
void applyScenarioVariant(const ScenarioVariant& variant, const Design& design, const Catalog& library,
                          Plan& plan);

// What the estimator sees for a scenario: its plan read as PLAN.json against `library` (as `estimate` does),
// the design's cluster (applyDesignCluster, as `estimate --design` does), then the variant. Errors name the
// scenario.
Plan scenarioPlan(const Design& design, const Scenario& scenario, const Catalog& library);

} // namespace cs
