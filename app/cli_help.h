#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace cs {

// The command line's own description, in one place: --help prints it, and the build turns it into the man
// page and the bash completion (cli_docs), so that the three cannot disagree.
struct CommandHelp {
    std::string_view name;     // the sub-command; empty for the studio itself
    std::string_view synopsis; // after the program's name; lines separated by '\n'
    std::string_view summary;  // what it does; lines separated by '\n'
};

// Every sub-command (and the studio first), in the order --help lists them.
const std::vector<CommandHelp>& commandHelp();

// An option a command's synopsis names, and the words its value may take ("ndr|hdr" after --fabric), or the
// placeholder it stands for ("FILE").
struct OptionHelp {
    std::string name;  // "--json", "-o"
    std::string value; // "" for a flag; "FILE", "N", "ndr|hdr|roce400|roce200"
};
std::vector<OptionHelp> commandOptions(const CommandHelp& command);

// Options every sub-command takes.
struct GlobalOptionHelp {
    std::string_view name, value, summary;
};
const std::vector<GlobalOptionHelp>& globalOptions();

std::string usageText();
// A man page (roff, section 1) of the same text.
std::string manPage(std::string_view version);
// A bash completion script: the sub-commands, their options, and the words an option's value may take.
std::string bashCompletion();

} // namespace cs
