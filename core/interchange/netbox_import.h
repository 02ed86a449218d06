#pragma once

#include "model/design.h"

#include <filesystem>
#include <functional>
#include <map>
#include <string>

namespace cs {

// The text of the files of a NetBox import, by file name ("devices.csv", ...).
using NetboxFiles = std::map<std::string, std::string, std::less<>>;

// Reads the files of netboxFiles() that the folder holds. Throws InputError when it is not a folder or has no
// devices.csv.
NetboxFiles readNetboxFolder(const std::filesystem::path& folder);

// A design from NetBox's import format: racks.csv, devices.csv and cables.csv (racks and cables optional),
// the design's name from sites.csv when it names one site. A device type maps to the catalog entry whose id
// is its slug in device-types.csv, else to the entry whose id, or model and manufacturer, the device names;
// the descriptions' key=value fields give back what NetBox has no column for. Devices are laid out in rack
// columns. All or nothing: any row that does not fit (an unknown device type, rack, device or port, a port
// cabled twice) throws InputError naming the file, the line, the column and the value, and unknown device
// types are listed together.
Design importNetbox(const NetboxFiles& files, const Catalog& library, const std::string& fallbackName);
Design importNetboxFolder(const std::filesystem::path& folder, const Catalog& library);

} // namespace cs
