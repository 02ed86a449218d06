#include "cli_arguments.h"
#include "cli_commands.h"
#include "io/design_file.h"
#include "model/design_summary.h"

#include <ostream>

namespace cs {

int runInfo(const std::vector<std::string>& args, std::ostream& out) {
    const Arguments arguments = parseArguments(args, {"--json"}, {"--catalogs"});
    const std::string& file = arguments.onePositional("design file");
    const DesignSummary summary = summarize(readDesign(file, loadCatalog(arguments)));
    if (arguments.has("--json"))
        out << summaryToJson(summary).dump(2) << "\n";
    else
        out << summaryToText(summary);
    return kExitOk;
}

} // namespace cs
