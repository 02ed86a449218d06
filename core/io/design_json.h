#pragma once

#include "model/design.h"

#include <nlohmann/json.hpp>
#include <string>

namespace cs {

// The JSON design format: top-level keys devices, links, racks, scenarios (plus format, format_version,
// name). Written canonically — keys sorted, items by id, defaults omitted — so that equal designs give equal
// bytes.
inline constexpr int kJsonFormatVersion = 1;
inline constexpr const char* kJsonFormatName = "cluster-studio-design";

nlohmann::json designToJson(const Design& design);
std::string designToJsonText(const Design& design);

// Builds a design from its JSON form, taking the device types it names from `library`. Throws InputError
// naming the JSON path of the first problem (e.g. "links[3].a.port: 'compute-9' is not a port of dgx-h100").
Design designFromJson(const nlohmann::json& document, const Catalog& library);

} // namespace cs
