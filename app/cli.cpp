#include "cli.h"

#include "base/components.h"
#include "base/input_error.h"
#include "base/version.h"
#include "cli_commands.h"

#include <filesystem>
#include <functional>
#include <map>
#include <ostream>

namespace cs {

namespace {

const char* const kUsage = R"(ClusterStudio — design AI GPU clusters

usage:
  cluster-studio [FILE]                     open the studio (on FILE, or on the built-in example)
  cluster-studio info FILE [--json]         devices by kind, links by network, GPUs, racks, power,
                                            switches per tier (and plane), compute Gb/s per GPU, scale-up domain
  cluster-studio validate FILE [--json]     every design rule: code, severity, message, hint (exit 1 on errors)
  cluster-studio generate (--servers N | --gpus G) --server ID [--gpu ID]
                 [--fabric xdr|ndr|hdr|spectrum-x|roce400|roce200]
                 [--topology fat-tree|rail-only|multi-plane [--planes N]]
                 [--storage-nodes K] [--storage ID] [--rack-kw KW] -o OUT
                                            build a complete cluster; OUT ends in .csd or .json. ID is a GPU
                                            server or a rack-scale system (gb200-nvl72: N counts whole racks,
                                            G rounds up to whole compute trays)
  cluster-studio export FILE -o OUT [--network NAME] [--title TEXT] [--dpi N]
                                            convert a design (OUT ends in .csd or .json) or draw its diagram
                                            (.svg, .png at N dpi, default 96; .pdf, tiled when large), of all
                                            networks or one: compute, storage, uplink, inband, oob, scaleup
  cluster-studio report FILE [--plan PLAN.json | --scenario NAME] -o REPORT.pdf
                                            PDF report: summary, diagrams, validation, BOM, bandwidth, storage,
                                            power, scenarios, formulas (the plan: PLAN.json, else the scenario
                                            NAME, else the first training scenario)
  cluster-studio estimate PLAN.json [--design FILE] [--json] [--sweep [--top N]]
                                            training time, memory, network, storage and power of a plan
  cluster-studio compare FILE [NAME...] [--json]
                                            2 to 4 of the design's scenarios side by side (default: all),
                                            what differs from the first marked with its change
  cluster-studio bom FILE [-o BOM.csv] [--cables CABLES.csv] [--json]
                                            bill of materials (devices, cables and optics by length class);
                                            -o writes it as CSV, --cables writes the cable schedule as CSV
  cluster-studio --help | --version

FILE is a project (.csd) or a JSON design (.json).
options:
  --catalogs DIR    read the device catalogs from DIR (default: $CLUSTER_STUDIO_CATALOGS or the built-in path)
exit codes: 0 ok, 1 findings, 2 unusable input
)";

using Command = std::function<int(const std::vector<std::string>&, std::ostream&)>;

const std::map<std::string, Command>& commands() {
    static const std::map<std::string, Command> table = {{"info", runInfo},         {"export", runExport},
                                                         {"estimate", runEstimate}, {"generate", runGenerate},
                                                         {"validate", runValidate}, {"bom", runBom},
                                                         {"report", runReport},     {"compare", runCompare}};
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
