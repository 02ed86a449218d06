#include "cli.h"

#include "catalog.h"
#include "design_file.h"
#include "design_summary.h"
#include "input_error.h"
#include "version.h"

#include <functional>
#include <map>
#include <optional>
#include <ostream>

namespace cs {

namespace {

const char* const kUsage = R"(ClusterStudio — design AI GPU clusters

usage:
  cluster-studio [FILE]                     open the studio (on FILE, or on the built-in example)
  cluster-studio info FILE [--json]         devices by kind, links by network, GPUs, racks, power
  cluster-studio export FILE -o OUT         convert a design: OUT ends in .csd or .json
  cluster-studio --help | --version

FILE is a project (.csd) or a JSON design (.json).
options:
  --catalogs DIR    read the device catalogs from DIR (default: $CLUSTER_STUDIO_CATALOGS or the built-in path)
exit codes: 0 ok, 1 findings, 2 unusable input
)";

// The parsed command line of one sub-command: positional arguments and --options.
struct Arguments {
    std::vector<std::string> positional;
    std::map<std::string, std::string> options; // "--json" -> "" for flags
};

// Options that take a value; every other option is a flag.
bool takesValue(const std::string& option) {
    return option == "-o" || option == "--catalogs";
}

Arguments parseArguments(const std::vector<std::string>& args, const std::vector<std::string>& allowed) {
    Arguments parsed;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& arg = args[i];
        if (arg.size() > 1 && arg[0] == '-') {
            if (std::find(allowed.begin(), allowed.end(), arg) == allowed.end())
                throw InputError("unknown option '" + arg + "'");
            if (takesValue(arg)) {
                if (i + 1 == args.size())
                    throw InputError("option '" + arg + "' needs a value");
                parsed.options[arg] = args[++i];
            } else {
                parsed.options[arg] = "";
            }
        } else {
            parsed.positional.push_back(arg);
        }
    }
    return parsed;
}

Catalog loadCatalog(const Arguments& arguments) {
    auto it = arguments.options.find("--catalogs");
    return Catalog::loadDirectory(it != arguments.options.end() ? std::filesystem::path(it->second)
                                                                : Catalog::defaultDirectory());
}

const std::string& onePositional(const Arguments& arguments, const char* what) {
    if (arguments.positional.size() != 1)
        throw InputError(std::string("expected one ") + what + " (see --help)");
    return arguments.positional.front();
}

int info(const std::vector<std::string>& args, std::ostream& out) {
    const Arguments arguments = parseArguments(args, {"--json", "--catalogs"});
    const std::string& file = onePositional(arguments, "design file");
    const Catalog catalog = loadCatalog(arguments);
    const DesignSummary summary = summarize(readDesign(file, catalog));
    if (arguments.options.contains("--json"))
        out << summaryToJson(summary).dump(2) << "\n";
    else
        out << summaryToText(summary);
    return kExitOk;
}

int exportDesign(const std::vector<std::string>& args, std::ostream& out) {
    const Arguments arguments = parseArguments(args, {"-o", "--catalogs"});
    const std::string& file = onePositional(arguments, "design file");
    auto output = arguments.options.find("-o");
    if (output == arguments.options.end())
        throw InputError("export needs an output file: -o OUT.csd or -o OUT.json");
    designFormatOf(output->second); // refuse an unknown format before reading anything
    const Catalog catalog = loadCatalog(arguments);
    writeDesign(readDesign(file, catalog), output->second);
    out << "wrote " << output->second << "\n";
    return kExitOk;
}

using Command = std::function<int(const std::vector<std::string>&, std::ostream&)>;

const std::map<std::string, Command>& commands() {
    static const std::map<std::string, Command> table = {{"info", info}, {"export", exportDesign}};
    return table;
}

} // namespace

bool isCliInvocation(const std::vector<std::string>& args) {
    if (args.empty())
        return false;
    const std::string& first = args.front();
    if (first.starts_with("-") || commands().contains(first))
        return true;
    // A design file opens the studio; any other word is a mistyped command.
    const std::string extension = std::filesystem::path(first).extension().string();
    return extension != ".csd" && extension != ".json";
}

int runCli(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
    if (args.empty() || args.front() == "--help" || args.front() == "-h") {
        out << kUsage;
        return kExitOk;
    }
    if (args.front() == "--version") {
        out << "cluster-studio " << appVersion() << "\n";
        return kExitOk;
    }
    auto command = commands().find(args.front());
    if (command == commands().end()) {
        err << "cluster-studio: unknown command '" << args.front() << "' (see --help)\n";
        return kExitUnusableInput;
    }
    try {
        return command->second({args.begin() + 1, args.end()}, out);
    } catch (const InputError& e) {
        err << "cluster-studio " << args.front() << ": " << e.what() << "\n";
        return kExitUnusableInput;
    } catch (const std::exception& e) {
        err << "cluster-studio " << args.front() << ": internal error: " << e.what() << "\n";
        return kExitUnusableInput;
    }
}

} // namespace cs
