#include "cli_arguments.h"

#include "base/input_error.h"

#include <algorithm>
#include <charconv>
#include <sstream>

namespace cs {

namespace {
bool listed(const std::vector<std::string>& options, const std::string& option) {
    return std::find(options.begin(), options.end(), option) != options.end();
}
} // namespace

std::string Arguments::value(const std::string& option, const std::string& fallback) const {
    auto it = options.find(option);
    return it == options.end() ? fallback : it->second;
}

long long Arguments::integer(const std::string& option, long long min, long long max,
                             long long fallback) const {
    if (!has(option))
        return fallback;
    const std::string text = value(option);
    long long number = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), number);
    if (error != std::errc() || end != text.data() + text.size() || number < min || number > max)
        throw InputError(option + ": expected a whole number from " + std::to_string(min) + " to " +
                         std::to_string(max) + ", not '" + text + "'");
    return number;
}

const std::string& Arguments::onePositional(const char* what) const {
    if (positional.size() != 1)
        throw InputError(std::string("expected one ") + what + " (see --help)");
    return positional.front();
}

Arguments parseArguments(const std::vector<std::string>& args, const std::vector<std::string>& flags,
                         const std::vector<std::string>& valued) {
    Arguments parsed;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& arg = args[i];
        if (arg.size() < 2 || arg[0] != '-') {
            parsed.positional.push_back(arg);
        } else if (listed(flags, arg)) {
            parsed.options[arg] = "";
        } else if (listed(valued, arg)) {
            if (i + 1 == args.size())
                throw InputError("option '" + arg + "' needs a value");
            parsed.options[arg] = args[++i];
        } else {
            throw InputError("unknown option '" + arg + "'");
        }
    }
    return parsed;
}

FailureSet failureOption(const Arguments& arguments, const Design& design) {
    std::vector<std::string> names;
    std::stringstream in(arguments.value("--fail"));
    for (std::string name; std::getline(in, name, ',');) {
        if (!name.empty())
            names.push_back(name);
    }
    if (names.empty())
        throw InputError("--fail: name at least one device, device:ID, link:ID or plane:N");
    return parseFailureSet(design, names);
}

Catalog loadCatalog(const Arguments& arguments) {
    return Catalog::loadDirectory(arguments.value("--catalogs", Catalog::defaultDirectory().string()));
}

} // namespace cs
