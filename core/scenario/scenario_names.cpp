#include "scenario/scenario_names.h"

namespace cs {

const Scenario* scenarioNamed(const Design& design, std::string_view name) {
    for (const Scenario& scenario : design.scenarios().items())
        if (scenario.name == name)
            return &scenario;
    return nullptr;
}

std::string uniqueScenarioName(const Design& design, const std::string& wanted) {
    if (!scenarioNamed(design, wanted))
        return wanted;
    // n names are taken at most, so one of 2 .. n + 1 is free.
    for (std::size_t suffix = 2;; ++suffix) {
        std::string candidate = wanted + " " + std::to_string(suffix);
        if (!scenarioNamed(design, candidate))
            return candidate;
    }
}

} // namespace cs
