#include "cli.h"

#include "base/components.h"
#include "base/input_error.h"
#include "base/version.h"
#include "cli_commands.h"
#include "cli_help.h"
#include "model/catalog.h"

#include <filesystem>
#include <functional>
#include <map>
#include <ostream>

namespace cs {

namespace {

using Command = std::function<int(const std::vector<std::string>&, std::ostream&, std::ostream&)>;

// A command that writes only to standard output.
template <int (*run)(const std::vector<std::string>&, std::ostream&)>
int outOnly(const std::vector<std::string>& args, std::ostream& out, std::ostream&) {
    return run(args, out);
}

const std::map<std::string, Command>& commands() {
    static const std::map<std::string, Command> table = {
        {"info", outOnly<runInfo>},         {"export", outOnly<runExport>},
        {"import", outOnly<runImport>},     {"estimate", runEstimate},
        {"generate", outOnly<runGenerate>}, {"validate", outOnly<runValidate>},
        {"bom", outOnly<runBom>},           {"report", outOnly<runReport>},
        {"compare", outOnly<runCompare>},   {"resilience", outOnly<runResilience>}};
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
        out << usageText();
        return kExitOk;
    }
    if (args.front() == "--version") {
        // Where the catalogs come from, for an installation that cannot find them; the libraries linked.
        out << "cluster-studio " << appVersion() << "\ncatalogs: " << Catalog::defaultDirectory().string()
            << "\n";
        for (const Component& component : coreComponents())
            out << "  " << component.name << ' ' << component.version << " (" << component.licence << ")\n";
        return kExitOk;
    }
    auto command = commands().find(args.front());
    if (command == commands().end()) {
        err << "cluster-studio: unknown command '" << args.front() << "' (see --help)\n";
        return kExitUnusableInput;
    }
    try {
        return command->second({args.begin() + 1, args.end()}, out, err);
    } catch (const InputError& e) {
        err << "cluster-studio " << args.front() << ": " << e.what() << "\n";
        return kExitUnusableInput;
    } catch (const std::exception& e) {
        err << "cluster-studio " << args.front() << ": internal error: " << e.what() << "\n";
        return kExitUnusableInput;
    }
}

} // namespace cs
