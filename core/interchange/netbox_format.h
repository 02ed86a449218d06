#pragma once

#include "model/catalog.h"
#include "model/network.h"

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace cs {

// The NetBox release whose CSV bulk import the files follow. The column names and choice values below were
// written from NetBox 4.2's import forms (dcim/forms/bulk_import.py) and choice lists (dcim/choices.py) from
// memory, without a NetBox at hand: each file's columns are one row of netboxFiles(), each value mapping one
// table, so that a correction is a one-line change.
inline constexpr std::string_view kNetboxVersion = "4.2";

enum class NetboxFile : std::uint8_t {
    Manufacturers,
    DeviceRoles,
    DeviceTypes,
    Sites,
    Locations,
    Racks,
    Devices,
    Interfaces,
    Cables,
};

struct NetboxFileSpec {
    NetboxFile file;
    std::string_view name;        // "devices.csv"
    std::string_view import_page; // where NetBox imports it
    std::vector<std::string_view> columns;
};

// Every file, in the order NetBox must import them (each refers to objects of the files before it).
const std::vector<NetboxFileSpec>& netboxFiles();
const NetboxFileSpec& netboxFile(NetboxFile file);

// The device types again, as multi-document YAML with their interface templates: NetBox imports component
// templates with a device type from YAML or JSON only, not from CSV.
inline constexpr std::string_view kNetboxDeviceTypesYaml = "device-types.yaml";
inline constexpr std::string_view kNetboxReadme = "README.txt";

// What every exported object is: a design, not yet built.
inline constexpr std::string_view kNetboxStatus = "planned";
// Racks: standard 19" four-post cabinets; devices face the front (ClusterStudio designs keep no rear face).
inline constexpr std::string_view kNetboxRackFormFactor = "4-post-cabinet";
inline constexpr int kNetboxRackWidthInches = 19;
inline constexpr std::string_view kNetboxFace = "front";
// Device types: the catalog keeps no chassis depth, so every type takes NetBox's default, full depth.
inline constexpr std::string_view kNetboxFullDepth = "true";
// Cables refer to interfaces.
inline constexpr std::string_view kNetboxInterfaceTermination = "dcim.interface";

// The NetBox interface type of a port group running at its fastest speed over `media` (InfiniBand by speed,
// Ethernet by connector and speed: "infiniband-ndr", "400gbase-x-osfp", "1000base-t"); "other" when NetBox
// has no type for it.
std::string_view netboxInterfaceType(Media media, std::string_view connector, int gbps);

// The NetBox cable type of a catalog cable ("dac-passive", "mmf", "smf", "aoc", "cat6"); empty for a link
// without a cable or a cable NetBox has no type for.
std::string_view netboxCableType(const CableType* cable);

// The model NetBox lists a device type by (unique per manufacturer): the catalog's short label, else its
// name.
std::string netboxModel(const DeviceType& type);

// The device role of a category: NetBox needs one per device. Name and slug.
std::pair<std::string_view, std::string_view> netboxRole(DeviceCategory category);

// A NetBox slug: lower case letters, digits, '-' and '_'; any other run of characters becomes one '-'.
std::string netboxSlug(std::string_view text);

// What NetBox has no column for (a switch's network, a GPU choice, a cable's speed, a rack's power limit)
// travels in the objects' description as "key=value; key=value", read back by the import.
std::string describeFields(const std::vector<std::pair<std::string, std::string>>& fields);
std::map<std::string, std::string, std::less<>> parseDescribedFields(std::string_view description);

} // namespace cs
