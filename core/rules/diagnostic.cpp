#include "rules/diagnostic.h"

#include <algorithm>
#include <array>
#include <tuple>

namespace cs {

namespace {
constexpr std::array<std::string_view, 3> kSeverityIds = {"error", "warning", "info"};
} // namespace

std::string_view severityId(Severity severity) {
    return kSeverityIds[static_cast<std::size_t>(severity)];
}

nlohmann::json diagnosticToJson(const Diagnostic& diagnostic) {
    return {{"code", diagnostic.code},
            {"severity", severityId(diagnostic.severity)},
            {"message", diagnostic.message.str()},
            {"devices", diagnostic.devices},
            {"links", diagnostic.links},
            {"hint", diagnostic.hint.str()}};
}

bool Diagnostic::operator==(const Diagnostic& other) const {
    return code == other.code && severity == other.severity && message.str() == other.message.str() &&
           devices == other.devices && links == other.links && hint.str() == other.hint.str();
}

nlohmann::json diagnosticsToJson(const std::vector<Diagnostic>& diagnostics) {
    nlohmann::json list = nlohmann::json::array();
    for (const Diagnostic& diagnostic : diagnostics)
        list.push_back(diagnosticToJson(diagnostic));
    return {{"diagnostics", std::move(list)},
            {"errors", countSeverity(diagnostics, Severity::Error)},
            {"warnings", countSeverity(diagnostics, Severity::Warning)},
            {"infos", countSeverity(diagnostics, Severity::Info)}};
}

std::size_t countSeverity(const std::vector<Diagnostic>& diagnostics, Severity severity) {
    return static_cast<std::size_t>(std::count_if(
        diagnostics.begin(), diagnostics.end(), [&](const Diagnostic& d) { return d.severity == severity; }));
}

void sortDiagnostics(std::vector<Diagnostic>& diagnostics) {
    const auto key = [](const Diagnostic& d) {
        return std::tuple(d.severity, std::string_view(d.code), d.devices.empty() ? 0 : d.devices.front(),
                          d.links.empty() ? 0 : d.links.front(), std::string_view(d.message.str()));
    };
    std::sort(diagnostics.begin(), diagnostics.end(),
              [&](const Diagnostic& a, const Diagnostic& b) { return key(a) < key(b); });
}

} // namespace cs
