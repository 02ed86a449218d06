#pragma once

#include "analysis/failure_impact.h"
#include "model/design.h"

#include <nlohmann/json_fwd.hpp>
#include <string>

namespace cs {

// What a failure set costs, as `resilience --fail` and `estimate --fail` show it: per network the GPU servers
// cut off, links lost and bisection bandwidth intact and degraded; the servers that lost compute links or
// storage, and the storage nodes lost. Devices by name.
nlohmann::json failureImpactToJson(const Design& design, const FailureImpact& impact);
std::string failureImpactToText(const Design& design, const FailureImpact& impact);

} // namespace cs
