#include "cli_arguments.h"
#include "cli_commands.h"
#include "io/atomic_file.h"
#include "io/design_file.h"
#include "report/bom.h"
#include "topology/cable_fit.h"

#include <ostream>

namespace cs {

int runBom(const std::vector<std::string>& args, std::ostream& out) {
    const Arguments arguments =
        parseArguments(args, {"--json", "--fit-lengths"}, {"-o", "--cables", "--catalogs"});
    const std::string& file = arguments.onePositional("design file");
    // Refuse an unwritable output before reading the design or writing the other output.
    for (const char* option : {"-o", "--cables"}) {
        if (arguments.has(option))
            AtomicFile probe(arguments.value(option));
    }
    const Catalog library = loadCatalog(arguments);
    Design design = readDesign(file, library);
    const bool json = arguments.has("--json");
    if (arguments.has("--fit-lengths")) {
        const std::vector<Operation> fitted = fitCableOperations(design, library);
        adoptCablesOf(design, library, fitted);
        design.applyAll(fitted);
        if (!json)
            out << "fitted the length or cable of " << fitted.size() << " cables\n";
    }
    const BillOfMaterials bom = makeBom(design);
    const CableSchedule schedule = makeCableSchedule(design);
    if (json) {
        nlohmann::json result = bomToJson(bom);
        result["cable_schedule"] = cableScheduleToJson(schedule);
        out << result.dump(2) << "\n";
    } else if (!arguments.has("-o")) {
        out << bomToText(bom);
    }
    if (arguments.has("-o")) {
        writeFileAtomically(arguments.value("-o"), bomToCsv(bom));
        if (!json)
            out << "wrote " << arguments.value("-o") << ": " << bom.devices.size() << " device lines, "
                << bom.cables.size() << " cable lines\n";
    }
    if (arguments.has("--cables")) {
        writeFileAtomically(arguments.value("--cables"), cableScheduleToCsv(schedule));
        if (!json)
            out << "wrote " << arguments.value("--cables") << ": " << schedule.size() << " cables\n";
    }
    return kExitOk;
}

} // namespace cs
