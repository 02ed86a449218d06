#pragma once

#include "base/report_text.h"
#include "model/design.h"

#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

namespace cs {

enum class Severity : std::uint8_t { Error, Warning, Info };
std::string_view severityId(Severity severity); // error, warning, info

// One finding of the validator. `code` is stable: tools and tests match on it, and a code is never reused
// for another rule nor renamed. The rules and their codes (the facts they use: docs/model.md §Networks,
// §Suitability, §Power):
// clang-format off
//
// | code                       | severity | rule                                                            |
// |----------------------------|----------|-----------------------------------------------------------------|
// | required-port-uncabled     | error    | a port group the catalog marks required has no cabled port      |
// | bmc-not-on-oob             | error    | a device with a BMC has no out-of-band link                     |
// | role-network-missing       | error    | a GPU server off compute (unless role "inference"), storage     |
// |                            |          | or in-band; storage off storage; a CPU server off in-band       |
// | compute-nic-per-gpu        | warning  | a GPU server (not "inference") has fewer compute links          |
// |                            |          | than GPUs                                                       |
// | switch-network-unsuited    | warning  | a switch serves a network its catalog entry is not meant for    |
// | switch-tier-unsuited       | warning  | a switch role (leaf/spine/core) not among its catalog tiers     |
// | link-network-mismatch      | error    | a link's network differs from the network of one of its ports   |
// | link-media-incompatible    | error    | InfiniBand meets Ethernet                                       |
// | link-speed-unsupported     | error    | a port does not run at the link's speed                         |
// | link-speed-not-allowed     | warning  | the network does not allow the speed (docs/model.md §Networks;  |
// |                            |          | ISL rule below)                                                 |
// | link-length-beyond-reach   | warning  | a link's length exceeds its catalog cable's reach; the hint     |
// |                            |          | names the cable that reaches (docs/model.md §Floor plan)        |
// | network-islands            | error    | a network is not one connected fabric; the islands are named    |
// |                            |          | (hosts do not bridge switches; mis-marked links do not count).  |
// |                            |          | Compute: per plane, and rail islands that scale-up domains join |
// |                            |          | are one fabric (rail-only); scale-up: one fabric per domain     |
// | management-network-missing | error    | devices have in-band / out-of-band ports, no switch serves it   |
// | storage-unreachable        | error    | a GPU server's storage switches reach no storage device         |
// | leaf-oversubscribed        | warning  | a compute leaf has more bandwidth down than up (want 1:1)       |
// | rail-misaligned            | warning  | NIC i of a server off the leaf of NIC i of its scalable unit    |
// |                            |          | (servers sharing its first NIC's leaf), or on other rails' leaf |
// | compute-fabric             | info     | compute switches per tier and the worst leaf oversubscription   |
// | rack-power-exceeded        | error    | catalog maximum power of a rack's devices exceeds its max_kw    |
// | rack-height-exceeded       | error    | a rack's devices need more units than it has                    |
// | rack-slot-overlap          | error    | two devices claim the same rack unit                            |
// | server-unsuited            | warning  | the suitability table does not mark the server for a            |
// |                            |          | scenario's parameter scale and workload                         |
// | gpu-unsuited               | warning  | the same for the GPU                                            |
// | plane-cross-connected      | error    | a link joins compute switches of two planes (plane 0: none)     |
// | plane-unreached            | error    | a GPU server's compute links reach fewer planes than it has     |
// |                            |          | links (up to the plane count), or one NIC's ports share a plane |
// | rail-only-unreachable      | error    | compute islands (rails without a spine) that no scale-up domain |
// |                            |          | joins: some GPUs cannot reach others                            |
// | scaleup-incomplete         | error    | a rack-scale NVLink domain lacks switch trays, a tray misses a  |
// |                            |          | switch tray, or it holds more GPUs than it is built for         |
// | scaleup-group-split        | error    | a scenario's TP (or EP) size does not divide a scale-up domain  |
// | rack-air-cooling-exceeded  | error    | an air-cooled rack draws more than 56 kW (rules_racks.cpp)      |
// | rack-cooling-capacity      | error    | a liquid-cooled rack draws more than its declared cooling_kw    |
// |                            |          | (or declares none)                                              |
// | rack-cooling-mismatch      | error    | a liquid-cooled device (catalog) in an air-cooled rack          |
// | gpu-generations-mixed      | warning  | one compute fabric joins GPUs of different architectures        |
// | port-split-exceeded        | error    | the split ports of one cage or NIC (breakout) carry more than   |
// |                            |          | its top speed together                                          |
// | budget-exceeded            | warning, | a budget line of the scenario's plan warns (warning) or fails   |
// |                            | error    | (error) by what its shortfall costs (docs/model.md §Budget      |
// |                            |          | status); from the plan analysis, not the validator              |
//
// clang-format on
// ISL rule: a link between two switches on storage, uplink, in-band or out-of-band may run at any speed at
// or above the network's slowest allowed speed (an aggregation link carries many device links); compute ISLs
// follow the table. "No device has more cables than ports" and "one cable per port" are enforced by
// Design::apply itself: a design that breaks them cannot be loaded (InputError, CLI exit 2).
// The message and hint are translatable (report_text.h): the studio and the report show them in the user's
// language, the CLI and JSON in English.
struct Diagnostic {
    std::string code;
    Severity severity = Severity::Error;
    ReportText message;
    std::vector<DeviceId> devices;
    std::vector<LinkId> links;
    ReportText hint;

    bool operator==(const Diagnostic& other) const;
};

nlohmann::json diagnosticToJson(const Diagnostic& diagnostic);
// {"diagnostics": [...], "errors": n, "warnings": n, "infos": n}
nlohmann::json diagnosticsToJson(const std::vector<Diagnostic>& diagnostics);
std::size_t countSeverity(const std::vector<Diagnostic>& diagnostics, Severity severity);
// Errors first, then warnings, then infos; by code, then by the first device and link named.
void sortDiagnostics(std::vector<Diagnostic>& diagnostics);

} // namespace cs
