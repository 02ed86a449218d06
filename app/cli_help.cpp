#include "cli_help.h"

#include "model/network.h"

#include <algorithm>
#include <cctype>
#include <set>
#include <sstream>

namespace cs {

namespace {

constexpr std::string_view kProgram = "cluster-studio";
constexpr std::string_view kTitle = "design AI GPU clusters";
constexpr std::string_view kFileNote = "FILE is a project (.csd) or a JSON design (.json).";
constexpr std::string_view kExitCodes = "exit codes: 0 ok, 1 findings, 2 unusable input";
// --help's layout: the summary starts in this column, beside a synopsis short enough, else below it.
constexpr std::size_t kSummaryColumn = 44;
constexpr std::string_view kIndent = "  ";
constexpr std::size_t kOptionGap = 4; // between an option and its summary

std::vector<std::string_view> lines(std::string_view text) {
    std::vector<std::string_view> result;
    while (true) {
        const auto end = text.find('\n');
        result.push_back(text.substr(0, end));
        if (end == std::string_view::npos)
            return result;
        text.remove_prefix(end + 1);
    }
}

std::vector<std::string> words(std::string_view text) {
    std::vector<std::string> result;
    std::istringstream in{std::string(text)};
    for (std::string word; in >> word;) {
        word.erase(std::remove_if(word.begin(), word.end(), [](char c) { return c == '[' || c == ']'; }),
                   word.end());
        if (!word.empty() && word != "|")
            result.push_back(word);
    }
    return result;
}

// A value written in lower case names the words it may be ("ndr|hdr", "netbox"); upper case is a placeholder.
bool isLiteral(std::string_view value) {
    return std::none_of(value.begin(), value.end(),
                        [](char c) { return std::isupper(static_cast<unsigned char>(c)); });
}

// A placeholder that stands for a file (FILE, OUT, PLAN.json), or a folder.
bool namesFile(std::string_view value) {
    return value == "FILE" || value == "OUT" || value.find('.') != std::string_view::npos;
}
bool namesFolder(std::string_view value) {
    return value == "DIR" || value == "FOLDER";
}

// The words an option's value may take where its synopsis shows a placeholder.
std::string valueWords(const OptionHelp& option) {
    if (option.name == "--network") {
        std::string ids;
        for (Network network : kNetworks) {
            if (!ids.empty())
                ids += '|';
            ids += networkId(network);
        }
        return ids;
    }
    return isLiteral(option.value) ? option.value : std::string();
}

// Roff text: backslashes and hyphens escaped, a leading dot or quote kept from being read as a request.
std::string roff(std::string_view text) {
    std::string out;
    for (char c : text) {
        if (c == '\\')
            out += "\\e";
        else if (c == '-')
            out += "\\-";
        else
            out += c;
    }
    if (!out.empty() && (out.front() == '.' || out.front() == '\''))
        out.insert(0, "\\&");
    return out;
}

std::string upper(std::string_view text) {
    std::string out(text);
    std::transform(out.begin(), out.end(), out.begin(),
                   [](char c) { return std::toupper(static_cast<unsigned char>(c)); });
    return out;
}

} // namespace

const std::vector<CommandHelp>& commandHelp() {
    static const std::vector<CommandHelp> commands = {
        {"", "[FILE]", "open the studio (on FILE, or on the built-in example)"},
        {"info", "info FILE [--json]",
         "devices by kind, links by network, GPUs, racks, power,\n"
         "switches per tier (and plane), compute Gb/s per GPU, scale-up domain"},
        {"validate", "validate FILE [--json]",
         "every design rule: code, severity, message, hint (exit 1 on errors)"},
        {"generate",
         "generate (--servers N | --gpus G) --server ID [--gpu ID]\n"
         "[--fabric xdr|ndr|hdr|spectrum-x|roce400|roce200]\n"
         "[--topology fat-tree|rail-only|multi-plane [--planes N]]\n"
         "[--storage-nodes K] [--storage ID] [--rack-kw KW] -o OUT",
         "build a complete cluster; OUT ends in .csd or .json. ID is a GPU\n"
         "server or a rack-scale system (gb200-nvl72: N counts whole racks,\n"
         "G rounds up to whole compute trays)"},
        {"export", "export FILE -o OUT [--network NAME] [--title TEXT] [--dpi N]",
         "convert a design (OUT ends in .csd or .json) or draw its diagram\n"
         "(.svg, .png at N dpi, default 96; .pdf, tiled when large), of all\n"
         "networks or one: compute, storage, uplink, inband, oob, scaleup; .drawio: a\n"
         "draw.io file, a page per network and one with all, racks as containers"},
        {"export", "export FILE -o FOLDER --format netbox [--site NAME]",
         "the CSV files of NetBox's bulk import (NetBox 4.2): manufacturers,\n"
         "device types (also as YAML with interface templates), site, racks,\n"
         "devices, interfaces and cables, and README.txt with the import order"},
        {"export", "export FILE -o OUT --format elevations",
         "the racks' front views (devices by unit, free units, power, cooling),\n"
         "a row of the hall at a time: OUT ends in .pdf (a page per row, A3)\n"
         "or .svg (the rows one under another)"},
        {"export", "export FILE -o OUT --format floorplan",
         "the data hall from above: rows of racks to scale on 0.6 m tiles,\n"
         "cold and hot aisles, each rack coloured by its load against its\n"
         "feed: OUT ends in .pdf (A3, more pages for a long hall) or .svg;\n"
         ".json: the figures drawn (hall, rows, racks, aisles)"},
        {"import", "import FOLDER -o OUT [--format netbox]",
         "a design (OUT ends in .csd or .json) from NetBox CSV files: racks,\n"
         "devices and cables, device types mapped to catalog entries; all or\n"
         "nothing"},
        {"report", "report FILE [--plan PLAN.json | --scenario NAME] -o REPORT.pdf",
         "PDF report: summary, diagrams, validation, BOM, bandwidth, storage,\n"
         "power, scenarios, formulas (the plan: PLAN.json, else the scenario\n"
         "NAME, else the first training scenario)"},
        {"estimate",
         "estimate PLAN.json [--design FILE [--fail NAME[,NAME...]]] [--json]\n"
         "[--sweep [--top N]]",
         "training time, memory, network, storage and power of a plan; an\n"
         "inference plan (inference: tp, pp, ep, precision, batch, slo, load,\n"
         "disaggregated): TTFT, TPOT, tokens/s, the replica and the load's GPUs;\n"
         "--sweep: the best parallel plans (inference: TP/PP/EP, precision and\n"
         "disaggregation ranked by tokens/s per GPU under the targets; exit 1\n"
         "when none meets them);\n"
         "--fail: on the design's fabric after the failure (NAME as for\n"
         "resilience): who lost what, bisection, the step time against the\n"
         "intact one, or why the plan cannot run (exit 1)"},
        {"compare", "compare FILE [NAME...] [--json]",
         "2 to 4 of the design's scenarios side by side (default: all),\n"
         "what differs from the first marked with its change"},
        {"bom", "bom FILE [-o BOM.csv] [--cables CABLES.csv] [--fit-lengths] [--json]",
         "bill of materials (devices, cables and optics by length class);\n"
         "-o writes it as CSV, --cables writes the cable schedule as CSV;\n"
         "--fit-lengths: as if every racked cable had its length on the floor\n"
         "plan and the catalog cable that reaches it (the studio's Fit Cable\n"
         "Lengths)"},
        {"resilience",
         "resilience FILE [--plan PLAN.json] [--top N] [--fail NAME[,NAME...]]\n"
         "[--json]",
         "every switch and one link of each link class failed alone, the N\n"
         "most harmful first (default 10): GPUs cut off per network, with\n"
         "--plan the plan's step-time increase (cannot run first), compute\n"
         "bandwidth lost, servers losing storage; --fail: what a failure set\n"
         "costs (NAME: a device name, device:ID, link:ID or plane:N), per\n"
         "network and per GPU server, with bisection bandwidth"},
        {"", "--help | --version", ""},
    };
    return commands;
}

const std::vector<GlobalOptionHelp>& globalOptions() {
    static const std::vector<GlobalOptionHelp> options = {
        {"--catalogs", "DIR",
         "read the device catalogs from DIR (default: $CLUSTER_STUDIO_CATALOGS,\n"
         "else the catalogs installed with the program, else the source tree's)"},
    };
    return options;
}

std::vector<OptionHelp> commandOptions(const CommandHelp& command) {
    std::vector<OptionHelp> options;
    const std::vector<std::string> tokens = words(command.synopsis);
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        if (!tokens[i].starts_with('-') || tokens[i] == "--help" || tokens[i] == "--version")
            continue;
        const bool valued = i + 1 < tokens.size() && !tokens[i + 1].starts_with('-');
        options.push_back({tokens[i], valued ? tokens[i + 1] : ""});
    }
    return options;
}

std::string usageText() {
    std::string text = "ClusterStudio — " + std::string(kTitle) + "\n\nusage:\n";
    for (const CommandHelp& command : commandHelp()) {
        const std::vector<std::string_view> synopsis = lines(command.synopsis);
        std::vector<std::string> rows;
        for (std::size_t i = 0; i < synopsis.size(); ++i)
            rows.push_back(std::string(kIndent) + std::string(i == 0 ? kProgram : std::string_view()) +
                           std::string(i == 0 ? 1 : kProgram.size() + 1, ' ') + std::string(synopsis[i]));
        const std::vector<std::string_view> summary =
            command.summary.empty() ? std::vector<std::string_view>() : lines(command.summary);
        std::size_t next = 0;
        if (synopsis.size() == 1 && rows.back().size() < kSummaryColumn - 1 && !summary.empty()) {
            rows.back().resize(kSummaryColumn, ' ');
            rows.back() += summary[next++];
        }
        for (; next < summary.size(); ++next)
            rows.push_back(std::string(kSummaryColumn, ' ') + std::string(summary[next]));
        for (const std::string& row : rows)
            text += row + "\n";
    }
    text += "\n" + std::string(kFileNote) + "\noptions:\n";
    for (const GlobalOptionHelp& option : globalOptions()) {
        const std::string head = std::string(kIndent) + std::string(option.name) + " " +
                                 std::string(option.value) + std::string(kOptionGap, ' ');
        const std::vector<std::string_view> summary = lines(option.summary);
        for (std::size_t i = 0; i < summary.size(); ++i)
            text += (i == 0 ? head : std::string(head.size(), ' ')) + std::string(summary[i]) + "\n";
    }
    return text + std::string(kExitCodes) + "\n";
}

std::string manPage(std::string_view version) {
    std::string page = ".TH " + upper(kProgram) + " 1 \"\" \"ClusterStudio " + std::string(version) +
                       "\" \"User Commands\"\n.SH NAME\n" + roff(kProgram) + " \\- " + std::string(kTitle) +
                       "\n.SH SYNOPSIS\n";
    for (const CommandHelp& command : commandHelp()) {
        std::string synopsis(command.synopsis);
        std::replace(synopsis.begin(), synopsis.end(), '\n', ' ');
        page += ".B " + roff(kProgram) + "\n" + roff(synopsis) + "\n.br\n";
    }
    page +=
        ".SH DESCRIPTION\nClusterStudio designs AI GPU clusters: GPU servers, switches and storage cabled on "
        "the "
        "networks an AI cluster needs, with real catalog data, validation, training and inference estimates, "
        "power, reports and exports. Without a sub-command it opens the studio; each sub-command runs the "
        "same computations on the command line.\n.PP\n" +
        roff(kFileNote) + "\n.SH COMMANDS\n";
    for (const CommandHelp& command : commandHelp()) {
        if (command.summary.empty())
            continue;
        std::string synopsis(command.synopsis), summary(command.summary);
        std::replace(synopsis.begin(), synopsis.end(), '\n', ' ');
        std::replace(summary.begin(), summary.end(), '\n', ' ');
        page += ".TP\n.B " + roff(synopsis) + "\n" + roff(summary) + "\n";
    }
    page += ".SH OPTIONS\n";
    for (const GlobalOptionHelp& option : globalOptions()) {
        std::string summary(option.summary);
        std::replace(summary.begin(), summary.end(), '\n', ' ');
        page += ".TP\n.BI " + roff(option.name) + " \" " + roff(option.value) + "\"\n" + roff(summary) + "\n";
    }
    page +=
        ".TP\n.B \\-\\-help\nprint the usage and exit\n.TP\n.B \\-\\-version\nprint the version and exit\n"
        ".SH EXIT STATUS\n" +
        roff(kExitCodes) +
        "; unusable input prints one line naming the file and the cause.\n"
        ".SH ENVIRONMENT\n.TP\n.B CLUSTER_STUDIO_CATALOGS\nthe folder of the device catalogs, unless "
        "\\-\\-catalogs names one\n.SH FILES\n.TP\n.I share/cluster\\-studio/catalogs\nthe catalogs "
        "installed "
        "with the program, beside its bin folder\n";
    return page;
}

std::string bashCompletion() {
    std::set<std::string> commands;
    std::string optionCases, valueCases;
    std::set<std::string> valued;
    for (const CommandHelp& command : commandHelp())
        if (!command.name.empty())
            commands.insert(std::string(command.name));
    for (const std::string& name : commands) {
        std::set<std::string> options;
        for (const GlobalOptionHelp& option : globalOptions())
            options.insert(std::string(option.name));
        for (const CommandHelp& command : commandHelp()) {
            if (command.name != name)
                continue;
            for (const OptionHelp& option : commandOptions(command)) {
                options.insert(option.name);
                if (option.value.empty() || !valued.insert(option.name).second)
                    continue;
                const std::string literal = valueWords(option);
                std::string action;
                if (!literal.empty()) {
                    std::string list = literal;
                    std::replace(list.begin(), list.end(), '|', ' ');
                    action = "COMPREPLY=($(compgen -W \"" + list + "\" -- \"$cur\"))";
                } else if (namesFile(option.value)) {
                    action = "COMPREPLY=($(compgen -f -- \"$cur\"))";
                } else if (namesFolder(option.value)) {
                    action = "COMPREPLY=($(compgen -d -- \"$cur\"))";
                } else {
                    action = "COMPREPLY=()";
                }
                valueCases += "        " + option.name + ") " + action + "; return ;;\n";
            }
        }
        std::string list;
        for (const std::string& option : options) {
            if (!list.empty())
                list += ' ';
            list += option;
        }
        optionCases += "        " + name + ") options=\"" + list + "\" ;;\n";
    }
    for (const GlobalOptionHelp& option : globalOptions())
        valueCases +=
            "        " + std::string(option.name) + ") COMPREPLY=($(compgen -d -- \"$cur\")); return ;;\n";
    std::string names;
    for (const std::string& name : commands) {
        if (!names.empty())
            names += ' ';
        names += name;
    }

    return "# bash completion for " + std::string(kProgram) +
           ", generated from its --help\n"
           "_cluster_studio() {\n"
           "    local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD-1]} options\n"
           "    if ((COMP_CWORD == 1)); then\n"
           "        if [[ $cur == -* ]]; then\n"
           "            COMPREPLY=($(compgen -W \"--help --version\" -- \"$cur\"))\n"
           "        else\n"
           "            COMPREPLY=($(compgen -W \"" +
           names +
           "\" -- \"$cur\") $(compgen -f -X '!*.@(csd|json)' -- \"$cur\"))\n"
           "        fi\n"
           "        return\n"
           "    fi\n"
           "    case $prev in\n" +
           valueCases +
           "    esac\n"
           "    case ${COMP_WORDS[1]} in\n" +
           optionCases +
           "        *) return ;;\n"
           "    esac\n"
           "    if [[ $cur == -* ]]; then\n"
           "        COMPREPLY=($(compgen -W \"$options\" -- \"$cur\"))\n"
           "    else\n"
           "        COMPREPLY=($(compgen -f -- \"$cur\"))\n"
           "    fi\n"
           "}\n"
           "complete -o filenames -F _cluster_studio " +
           std::string(kProgram) + "\n";
}

} // namespace cs
