#include "base/input_error.h"
#include "cli_arguments.h"
#include "cli_commands.h"
#include "io/design_file.h"
#include "scenario/scenario_comparison.h"
#include "scenario/scenario_names.h"

#include <nlohmann/json.hpp>
#include <ostream>

namespace cs {

namespace {

// The scenarios named on the command line, else all of the design's (when there are 2 to 4).
std::vector<ScenarioId> chosenScenarios(const Design& design, const Arguments& arguments) {
    std::vector<ScenarioId> ids;
    if (arguments.positional.size() == 1) {
        for (const Scenario& scenario : design.scenarios().items())
            ids.push_back(scenario.id);
        if (ids.size() < kMinComparedScenarios || ids.size() > kMaxComparedScenarios)
            throw InputError(arguments.positional.front() + ": the design has " + std::to_string(ids.size()) +
                             (ids.size() == 1 ? " scenario" : " scenarios") + "; compare takes 2 to 4");
        return ids;
    }
    for (std::size_t i = 1; i < arguments.positional.size(); ++i) {
        const std::string& name = arguments.positional[i];
        const Scenario* scenario = scenarioNamed(design, name);
        if (!scenario)
            throw InputError(arguments.positional.front() + ": no scenario named '" + name + "'");
        ids.push_back(scenario->id);
    }
    return ids;
}

} // namespace

int runCompare(const std::vector<std::string>& args, std::ostream& out) {
    const Arguments arguments = parseArguments(args, {"--json"}, {"--catalogs"});
    if (arguments.positional.empty())
        throw InputError("compare: expected a design file, then optionally 2 to 4 scenario names");
    const Catalog catalog = loadCatalog(arguments);
    const Design design = readDesign(arguments.positional.front(), catalog);
    const ScenarioComparison comparison =
        compareScenarios(design, chosenScenarios(design, arguments), catalog);
    if (arguments.has("--json"))
        out << scenarioComparisonToJson(comparison).dump(2) << "\n";
    else
        out << scenarioComparisonToText(comparison);
    for (const ScenarioOutcome& s : comparison.scenarios)
        if (!s.analysis.training)
            return kExitFindings;
    return kExitOk;
}

} // namespace cs
