#pragma once

#include <iosfwd>
#include <string>
#include <vector>

namespace cs {

// Exit codes of every sub-command.
enum ExitCode : int { kExitOk = 0, kExitFindings = 1, kExitUnusableInput = 2 };

// True when the arguments (without the program name) ask for a command-line sub-command rather than the
// studio.
bool isCliInvocation(const std::vector<std::string>& args);

// Runs one sub-command; prints results to `out` and one-line errors to `err`; returns the exit code.
int runCli(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

} // namespace cs
