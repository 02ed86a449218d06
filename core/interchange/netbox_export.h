#pragma once

#include "model/design.h"

#include <filesystem>
#include <string>
#include <utility>
#include <vector>

namespace cs {

struct NetboxExportOptions {
    std::string site; // the NetBox site the racks and devices go into; empty: the design's name
};

// The files of a NetBox import, by name, in import order: the CSV files of netboxFiles(), device-types.yaml
// (the device types with their interface templates) and README.txt (the order, and what each file holds).
struct NetboxExport {
    std::vector<std::pair<std::string, std::string>> files;

    // The content of a file by name; an empty string when there is none.
    const std::string& file(std::string_view name) const;
};

// Manufacturers and device types (with one interface template per catalog port) of the devices, the device
// roles (one per category), a site with one location, the racks, the devices with rack, position (their
// lowest unit) and face, every port as an interface, and every link as a cable with its NetBox type, length
// and the canvas colour of its network. Throws InputError when NetBox could not tell two devices apart (an
// empty or repeated device name) or two racks apart (a repeated rack name).
NetboxExport exportNetbox(const Design& design, const NetboxExportOptions& options = {});

// Writes the files into `folder` (created when missing); no file changes unless all of them can be written.
void writeNetboxFolder(const NetboxExport& files, const std::filesystem::path& folder);

} // namespace cs
