#include "base/input_error.h"
#include "cli_arguments.h"
#include "cli_commands.h"
#include "io/design_file.h"
#include "model/design_summary.h"
#include "topology/cluster_generator.h"

#include <charconv>
#include <ostream>

namespace cs {

namespace {

int integerOption(const Arguments& arguments, const std::string& option) {
    const std::string text = arguments.value(option);
    int value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc() || end != text.data() + text.size())
        throw InputError(option + " needs a whole number, not '" + text + "'");
    return value;
}

double numberOption(const Arguments& arguments, const std::string& option) {
    const std::string text = arguments.value(option);
    double value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc() || end != text.data() + text.size())
        throw InputError(option + " needs a number, not '" + text + "'");
    return value;
}

} // namespace

int runGenerate(const std::vector<std::string>& args, std::ostream& out) {
    const Arguments arguments =
        parseArguments(args, {},
                       {"--servers", "--gpus", "--server", "--gpu", "--fabric", "--topology", "--planes",
                        "--storage-nodes", "--storage", "--rack-kw", "-o", "--catalogs"});
    if (!arguments.positional.empty())
        throw InputError("unexpected argument '" + arguments.positional.front() + "' (see --help)");
    if (!arguments.has("--servers") && !arguments.has("--gpus"))
        throw InputError("generate needs --servers or --gpus (see --help)");
    for (const char* required : {"--server", "-o"}) {
        if (!arguments.has(required))
            throw InputError(std::string("generate needs ") + required + " (see --help)");
    }
    const std::string output = arguments.value("-o");
    designFormatOf(output); // refuse an unknown format before building anything
    GeneratorOptions options;
    if (arguments.has("--servers"))
        options.servers = integerOption(arguments, "--servers");
    if (arguments.has("--gpus"))
        options.gpus = integerOption(arguments, "--gpus");
    options.server = arguments.value("--server");
    options.gpu = arguments.value("--gpu");
    if (arguments.has("--fabric")) {
        options.fabric = parseFabric(arguments.value("--fabric"));
        if (!options.fabric)
            throw InputError("--fabric must be xdr, ndr, hdr, spectrum-x, roce400 or roce200, not '" +
                             arguments.value("--fabric") + "'");
    }
    if (arguments.has("--topology")) {
        options.topology = parseTopology(arguments.value("--topology"));
        if (!options.topology)
            throw InputError("--topology must be fat-tree, rail-only or multi-plane, not '" +
                             arguments.value("--topology") + "'");
    }
    if (arguments.has("--planes")) {
        options.planes = integerOption(arguments, "--planes");
        if (options.planes < 2)
            throw InputError("--planes must be at least 2 (got " + std::to_string(options.planes) + ")");
    }
    if (arguments.has("--storage-nodes"))
        options.storage_nodes = integerOption(arguments, "--storage-nodes");
    if (arguments.has("--storage"))
        options.storage = arguments.value("--storage");
    if (arguments.has("--rack-kw"))
        options.rack_kw = numberOption(arguments, "--rack-kw");
    const Design design = generateCluster(options, loadCatalog(arguments));
    writeDesign(design, output);
    const DesignSummary summary = summarize(design);
    out << "wrote " << output << ": " << summary.gpus << " GPUs, " << summary.devices << " devices, "
        << summary.links << " links, " << summary.racks << " racks\n";
    return kExitOk;
}

} // namespace cs
