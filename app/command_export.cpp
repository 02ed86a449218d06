#include "cli_arguments.h"
#include "cli_commands.h"
#include "design_file.h"
#include "input_error.h"

#include <ostream>

namespace cs {

int runExport(const std::vector<std::string>& args, std::ostream& out) {
    const Arguments arguments = parseArguments(args, {}, {"-o", "--catalogs"});
    const std::string& file = arguments.onePositional("design file");
    if (!arguments.has("-o"))
        throw InputError("export needs an output file: -o OUT.csd or -o OUT.json");
    const std::string output = arguments.value("-o");
    designFormatOf(output); // refuse an unknown format before reading anything
    writeDesign(readDesign(file, loadCatalog(arguments)), output);
    out << "wrote " << output << "\n";
    return kExitOk;
}

} // namespace cs
