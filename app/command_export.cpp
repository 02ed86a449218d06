#include "base/input_error.h"
#include "cli_arguments.h"
#include "cli_commands.h"
#include "diagramexport.h"
#include "elevationexport.h"
#include "floorplanexport.h"
#include "headless.h"
#include "interchange/drawio_export.h"
#include "interchange/netbox_export.h"
#include "interchange/netbox_format.h"
#include "io/atomic_file.h"
#include "io/design_file.h"
#include "topology/floor_layout.h"

#include <filesystem>
#include <nlohmann/json.hpp>
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

constexpr std::string_view kNetboxFormat = "netbox";
constexpr std::string_view kElevationsFormat = "elevations";
constexpr std::string_view kFloorPlanFormat = "floorplan";
constexpr std::string_view kDrawioExtension = ".drawio";

// Options that only a diagram drawn by the studio (.svg, .png, .pdf) takes.
void refuseDiagramOptions(const Arguments& arguments) {
    for (const char* option : {"--network", "--title", "--dpi"}) {
        if (arguments.has(option))
            throw InputError(std::string(option) + ": only for a diagram (.svg, .png or .pdf)");
    }
}

int exportNetboxFolder(const Arguments& arguments, const std::string& file, const std::string& folder,
                       std::ostream& out) {
    refuseDiagramOptions(arguments);
    const Design design = readDesign(file, loadCatalog(arguments));
    const NetboxExport files = exportNetbox(design, {arguments.value("--site")});
    writeNetboxFolder(files, folder);
    out << "wrote " << folder << ": " << files.files.size() << " files for NetBox's import (see "
        << kNetboxReadme << ")\n";
    return kExitOk;
}

// The racks' front views, a row of the hall a page (PDF) or one under another (SVG); or the hall from above.
int exportRackDrawing(const Arguments& arguments, const std::string& file, const std::string& output,
                      bool floorPlan, std::ostream& out) {
    refuseDiagramOptions(arguments);
    if (arguments.has("--site"))
        throw InputError("--site: only for --format netbox");
    const std::filesystem::path extension = std::filesystem::path(output).extension();
    if (floorPlan && extension != ".pdf" && extension != ".svg" && extension != ".json")
        throw InputError(output + ": a floor plan is written as .pdf, .svg or .json");
    const Design design = readDesign(file, loadCatalog(arguments));
    if (floorPlan && extension == ".json") {
        // The figures the drawing shows, for scripts: no Qt needed.
        const FloorLayout layout = floorLayoutOf(design);
        if (layout.racks.empty())
            throw InputError(output + ": the design has no rack to draw");
        writeFileAtomically(output, floorLayoutToJson(layout).dump(2) + "\n");
        out << "wrote " << output << " (" << layout.racks.size() << " racks in " << layout.rows.size()
            << " rows)\n";
        return kExitOk;
    }
    ensureHeadlessApplication();
    const bool pdf = extension == ".pdf";
    if (floorPlan) {
        const int pages = exportFloorPlan(design, output);
        out << "wrote " << output << (pdf ? " (" + std::to_string(pages) + " pages)" : std::string()) << "\n";
        return kExitOk;
    }
    const int written = exportRackElevations(design, output);
    out << "wrote " << output << " (" << written << (pdf ? " pages" : " rows") << ")\n";
    return kExitOk;
}

} // namespace

int runExport(const std::vector<std::string>& args, std::ostream& out) {
    const Arguments arguments =
        parseArguments(args, {}, {"-o", "--catalogs", "--network", "--title", "--dpi", "--format", "--site"});
    const std::string& file = arguments.onePositional("design file");
    if (!arguments.has("-o"))
        throw InputError(
            "export needs an output: -o OUT.csd, .json, .drawio, .svg, .png or .pdf, or -o FOLDER "
            "--format netbox");
    const std::string output = arguments.value("-o");
    if (arguments.has("--format")) {
        const std::string& format = arguments.value("--format");
        if (format == kElevationsFormat || format == kFloorPlanFormat)
            return exportRackDrawing(arguments, file, output, format == kFloorPlanFormat, out);
        if (format != kNetboxFormat)
            throw InputError(
                "--format: unknown format '" + format +
                "' (netbox, elevations, floorplan; the other formats follow the output's extension)");
        return exportNetboxFolder(arguments, file, output, out);
    }
    if (arguments.has("--site"))
        throw InputError("--site: only for --format netbox");
    if (std::filesystem::path(output).extension() == kDrawioExtension) {
        refuseDiagramOptions(arguments);
        const Design design = readDesign(file, loadCatalog(arguments));
        writeDrawio(design, output);
        out << "wrote " << output << " (" << kNetworkCount + 1
            << " pages: all networks, then one per network)\n";
        return kExitOk;
    }
    if (!diagramFormatOf(output)) {
        refuseDiagramOptions(arguments);
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
