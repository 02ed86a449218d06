#pragma once

#include "analysis/failure_impact.h"
#include "model/catalog.h"
#include "model/design.h"

#include <map>
#include <string>
#include <vector>

namespace cs {

// The parsed command line of one sub-command: positional arguments and options.
struct Arguments {
    std::vector<std::string> positional;
    std::map<std::string, std::string> options; // "--json" -> "" for flags, "-o" -> "out.csd"

    bool has(const std::string& option) const { return options.contains(option); }
    // The value of an option, or `fallback` when it is absent.
    std::string value(const std::string& option, const std::string& fallback = "") const;
    // A whole-number option in [min, max], or `fallback` when it is absent; anything else is an InputError.
    long long integer(const std::string& option, long long min, long long max, long long fallback) const;
    // The single positional argument; an InputError naming `what` when there is not exactly one.
    const std::string& onePositional(const char* what) const;
};

// Parses `args`; `flags` take no value, `valued` take the next argument. Anything else is an InputError.
Arguments parseArguments(const std::vector<std::string>& args, const std::vector<std::string>& flags,
                         const std::vector<std::string>& valued);

// The failure set of --fail A,B,... on `design` (parseFailureSet); an InputError for an empty list or a name
// the design does not have.
FailureSet failureOption(const Arguments& arguments, const Design& design);

// The catalog named by --catalogs, or the default one.
Catalog loadCatalog(const Arguments& arguments);

} // namespace cs
