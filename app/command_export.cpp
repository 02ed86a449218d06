#include "base/input_error.h"
#include "cli_arguments.h"
#include "cli_commands.h"
#include "diagramexport.h"
#include "headless.h"
#include "io/design_file.h"

#include <ostream>

namespace cs {

namespace {

int parseDpi(const Arguments& arguments) {
    const std::string text = arguments.value("--dpi", "96");
    try {
        std::size_t used = 0;
        const int dpi = std::stoi(text, &used);
        if (used == text.size())
            return dpi;
    } catch (const std::exception&) {
    }
    throw InputError("--dpi: expected a number of dots per inch, not '" + text + "'");
}

// A network by its id (compute, storage, uplink, inband, oob).
Network parseNetworkOption(const std::string& id) {
    if (const std::optional<Network> network = parseNetwork(id))
        return *network;
    throw InputError("--network: unknown network '" + id + "' (compute, storage, uplink, inband, oob)");
}

} // namespace

int runExport(const std::vector<std::string>& args, std::ostream& out) {
    const Arguments arguments =
        parseArguments(args, {}, {"-o", "--catalogs", "--network", "--title", "--dpi"});
    const std::string& file = arguments.onePositional("design file");
    if (!arguments.has("-o"))
        throw InputError("export needs an output file: -o OUT.csd, .json, .svg, .png or .pdf");
    const std::string output = arguments.value("-o");
    if (!diagramFormatOf(output)) {
        for (const char* option : {"--network", "--title", "--dpi"}) {
            if (arguments.has(option))
                throw InputError(std::string(option) + ": only for a diagram (.svg, .png or .pdf)");
        }
        designFormatOf(output); // refuse an unknown format before reading anything
        writeDesign(readDesign(file, loadCatalog(arguments)), output);
        out << "wrote " << output << "\n";
        return kExitOk;
    }

    DiagramOptions options;
    if (arguments.has("--network"))
        options.network = parseNetworkOption(arguments.value("--network"));
    options.title = QString::fromStdString(arguments.value("--title"));
    options.dpi = parseDpi(arguments);
    const Design design = readDesign(file, loadCatalog(arguments));
    ensureHeadlessApplication();
    const DiagramExport result = exportDiagram(design, output, options);
    out << "wrote " << output;
    if (result.pages > 1)
        out << " (" << result.pages << " pages)";
    if (!result.pixels.isEmpty())
        out << " (" << result.pixels.width() << "x" << result.pixels.height() << " pixels)";
    out << "\n";
    return kExitOk;
}

} // namespace cs
