#include "base/input_error.h"
#include "cli_arguments.h"
#include "cli_commands.h"
#include "interchange/netbox_import.h"
#include "io/design_file.h"
#include "model/design_summary.h"

#include <ostream>

namespace cs {

int runImport(const std::vector<std::string>& args, std::ostream& out) {
    const Arguments arguments = parseArguments(args, {}, {"-o", "--format", "--catalogs"});
    const std::string& folder = arguments.onePositional("folder of NetBox CSV files");
    if (arguments.value("--format", "netbox") != "netbox")
        throw InputError("--format: unknown format '" + arguments.value("--format") + "' (netbox)");
    if (!arguments.has("-o"))
        throw InputError("import needs an output file: -o OUT.csd or OUT.json");
    const std::string output = arguments.value("-o");
    designFormatOf(output); // refuse an unknown format before reading anything
    const Design design = importNetboxFolder(folder, loadCatalog(arguments));
    writeDesign(design, output);
    const DesignSummary summary = summarize(design);
    out << "wrote " << output << ": " << summary.devices << " devices, " << summary.racks << " racks, "
        << summary.links << " links\n";
    return kExitOk;
}

} // namespace cs
