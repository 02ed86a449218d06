#pragma once

#include "cli.h"

#include <iosfwd>
#include <string>
#include <vector>

namespace cs {

// One function per sub-command, each in its own command_<name>.cpp. Each gets the arguments after the
// sub-command's name, prints its results to `out`, returns an ExitCode, and throws InputError for unusable
// input (runCli turns that into one line on stderr and exit code 2). `estimate` also names each failing
// budget line on `err`.
int runInfo(const std::vector<std::string>& args, std::ostream& out);
int runExport(const std::vector<std::string>& args, std::ostream& out);
int runImport(const std::vector<std::string>& args, std::ostream& out);
int runGenerate(const std::vector<std::string>& args, std::ostream& out);
int runValidate(const std::vector<std::string>& args, std::ostream& out);
int runEstimate(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);
int runBom(const std::vector<std::string>& args, std::ostream& out);
int runReport(const std::vector<std::string>& args, std::ostream& out);
int runCompare(const std::vector<std::string>& args, std::ostream& out);
int runResilience(const std::vector<std::string>& args, std::ostream& out);

} // namespace cs
