#include "cli_arguments.h"
#include "cli_commands.h"
#include "io/design_file.h"
#include "rules/validator.h"

#include <ostream>

namespace cs {

namespace {

void printTable(const std::vector<Diagnostic>& diagnostics, std::ostream& out) {
    for (const Diagnostic& d : diagnostics) {
        out << severityId(d.severity) << "  " << d.code << "  " << d.message << "\n";
        if (!d.hint.empty())
            out << "    hint: " << d.hint << "\n";
    }
    out << countSeverity(diagnostics, Severity::Error) << " error(s), "
        << countSeverity(diagnostics, Severity::Warning) << " warning(s), "
        << countSeverity(diagnostics, Severity::Info) << " note(s)\n";
}

} // namespace

int runValidate(const std::vector<std::string>& args, std::ostream& out) {
    const Arguments arguments = parseArguments(args, {"--json"}, {"--catalogs"});
    const std::string& file = arguments.onePositional("design file");
    const Catalog library = loadCatalog(arguments);
    const std::vector<Diagnostic> diagnostics = validateDesign(readDesign(file, library), &library);
    if (arguments.has("--json"))
        out << diagnosticsToJson(diagnostics).dump(2) << "\n";
    else
        printTable(diagnostics, out);
    return countSeverity(diagnostics, Severity::Error) > 0 ? kExitFindings : kExitOk;
}

} // namespace cs
