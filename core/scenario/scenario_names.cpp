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

std::string copiedScenarioName(const Design& design, const std::string& name) {
    // "Training 2" is a numbered copy when "Training" exists; "GPT 3" alone is a name of its own.
    const std::size_t space = name.find_last_of(' ');
    if (space != std::string::npos && space > 0 && space + 1 < name.size() &&
        name.find_first_not_of("0123456789", space + 1) == std::string::npos &&
        scenarioNamed(design, std::string_view(name).substr(0, space)))
        return uniqueScenarioName(design, name.substr(0, space));
    return uniqueScenarioName(design, name);
}

} // namespace cs
