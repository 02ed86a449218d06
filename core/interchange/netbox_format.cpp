#include "interchange/netbox_format.h"

#include <algorithm>
#include <array>
#include <cctype>

namespace cs {

namespace {

// One NetBox interface type per medium, connector and speed (NetBox's InterfaceTypeChoices). InfiniBand types
// name the data rate only: their connector is empty here and any connector matches.
struct InterfaceTypeRow {
    Media media;
    std::string_view connector;
    int gbps;
    std::string_view type;
};
constexpr std::array kInterfaceTypes = {
    InterfaceTypeRow{Media::Infiniband, "", 800, "infiniband-xdr"},
    InterfaceTypeRow{Media::Infiniband, "", 400, "infiniband-ndr"},
    InterfaceTypeRow{Media::Infiniband, "", 200, "infiniband-hdr"},
    InterfaceTypeRow{Media::Infiniband, "", 100, "infiniband-edr"},
    InterfaceTypeRow{Media::Infiniband, "", 56, "infiniband-fdr"},
    InterfaceTypeRow{Media::Infiniband, "", 40, "infiniband-qdr"},
    InterfaceTypeRow{Media::Ethernet, "rj45", 1, "1000base-t"},
    InterfaceTypeRow{Media::Ethernet, "rj45", 10, "10gbase-t"},
    InterfaceTypeRow{Media::Ethernet, "sfp+", 1, "1000base-x-sfp"},
    InterfaceTypeRow{Media::Ethernet, "sfp+", 10, "10gbase-x-sfpp"},
    InterfaceTypeRow{Media::Ethernet, "sfp28", 25, "25gbase-x-sfp28"},
    InterfaceTypeRow{Media::Ethernet, "qsfp+", 40, "40gbase-x-qsfpp"},
    InterfaceTypeRow{Media::Ethernet, "qsfp28", 100, "100gbase-x-qsfp28"},
    InterfaceTypeRow{Media::Ethernet, "qsfp56", 200, "200gbase-x-qsfp56"},
    InterfaceTypeRow{Media::Ethernet, "qsfp-dd", 100, "100gbase-x-qsfpdd"},
    InterfaceTypeRow{Media::Ethernet, "qsfp-dd", 200, "200gbase-x-qsfpdd"},
    InterfaceTypeRow{Media::Ethernet, "qsfp-dd", 400, "400gbase-x-qsfpdd"},
    InterfaceTypeRow{Media::Ethernet, "qsfp-dd", 800, "800gbase-x-qsfpdd"},
    InterfaceTypeRow{Media::Ethernet, "qsfp112", 400, "400gbase-x-qsfp112"},
    InterfaceTypeRow{Media::Ethernet, "osfp", 400, "400gbase-x-osfp"},
    InterfaceTypeRow{Media::Ethernet, "osfp", 800, "800gbase-x-osfp"},
};
constexpr std::string_view kOtherInterfaceType = "other";

// NetBox's CableTypeChoices for the catalog's cable kinds. The catalog's names say the fibre ("multimode",
// "single-mode") and whether a copper cable is active; the first row whose kind matches and whose marker the
// name contains (an empty marker matches any name) gives the type.
struct CableTypeRow {
    CableKind kind;
    std::string_view name_marker;
    std::string_view type;
};
constexpr std::array kCableTypes = {
    CableTypeRow{CableKind::Dac, "active copper", "dac-active"},
    CableTypeRow{CableKind::Dac, "", "dac-passive"},
    CableTypeRow{CableKind::Aoc, "", "aoc"},
    CableTypeRow{CableKind::Copper, "", "cat6"},
    CableTypeRow{CableKind::Transceiver, "single-mode", "smf"},
    CableTypeRow{CableKind::Transceiver, "multimode", "mmf"},
};

// Indexed like kDeviceCategories.
constexpr std::array<std::pair<std::string_view, std::string_view>, kDeviceCategories.size()> kRoles = {{
    {"GPU server", "gpu-server"},
    {"CPU server", "cpu-server"},
    {"Switch", "switch"},
    {"Storage", "storage"},
}};

constexpr std::string_view kFieldSeparator = "; ";

std::string trimmed(std::string_view text) {
    const auto first = text.find_first_not_of(' ');
    if (first == std::string_view::npos)
        return {};
    return std::string(text.substr(first, text.find_last_not_of(' ') - first + 1));
}

} // namespace

const std::vector<NetboxFileSpec>& netboxFiles() {
    static const std::vector<NetboxFileSpec> files = {
        {NetboxFile::Manufacturers,
         "manufacturers.csv",
         "Devices > Manufacturers > Import",
         {"name", "slug", "description"}},
        {NetboxFile::DeviceRoles,
         "device-roles.csv",
         "Devices > Device Roles > Import",
         {"name", "slug", "color", "description"}},
        {NetboxFile::DeviceTypes,
         "device-types.csv",
         "Devices > Device Types > Import",
         {"manufacturer", "model", "slug", "u_height", "is_full_depth", "description"}},
        {NetboxFile::Sites,
         "sites.csv",
         "Organization > Sites > Import",
         {"name", "slug", "status", "description"}},
        {NetboxFile::Locations,
         "locations.csv",
         "Organization > Locations > Import",
         {"site", "name", "slug", "status", "description"}},
        {NetboxFile::Racks,
         "racks.csv",
         "Racks > Racks > Import",
         {"site", "location", "name", "status", "form_factor", "width", "u_height", "description"}},
        {NetboxFile::Devices,
         "devices.csv",
         "Devices > Devices > Import",
         {"name", "role", "manufacturer", "device_type", "status", "site", "location", "rack", "position",
          "face", "description"}},
        {NetboxFile::Interfaces,
         "interfaces.csv",
         "Devices > Interfaces > Import",
         {"device", "name", "type", "speed", "mgmt_only", "description"}},
        {NetboxFile::Cables,
         "cables.csv",
         "Connections > Cables > Import",
         {"side_a_site", "side_a_device", "side_a_type", "side_a_name", "side_b_site", "side_b_device",
          "side_b_type", "side_b_name", "type", "status", "label", "color", "length", "length_unit",
          "description"}},
    };
    return files;
}

const NetboxFileSpec& netboxFile(NetboxFile file) {
    return netboxFiles()[static_cast<std::size_t>(file)];
}

std::string_view netboxInterfaceType(Media media, std::string_view connector, int gbps) {
    for (const InterfaceTypeRow& row : kInterfaceTypes) {
        if (row.media == media && row.gbps == gbps && (row.connector.empty() || row.connector == connector))
            return row.type;
    }
    return kOtherInterfaceType;
}

std::string_view netboxCableType(const CableType* cable) {
    if (!cable)
        return {};
    for (const CableTypeRow& row : kCableTypes) {
        if (row.kind == cable->kind && cable->name.find(row.name_marker) != std::string::npos)
            return row.type;
    }
    return {};
}

std::string netboxModel(const DeviceType& type) {
    return type.model.empty() ? type.name : type.model;
}

std::pair<std::string_view, std::string_view> netboxRole(DeviceCategory category) {
    return kRoles[static_cast<std::size_t>(category)];
}

std::string netboxSlug(std::string_view text) {
    std::string slug;
    bool gap = false;
    for (char c : text) {
        const auto u = static_cast<unsigned char>(c);
        if (std::isalnum(u) || c == '_' || c == '-') {
            if (gap && !slug.empty())
                slug += '-';
            gap = false;
            slug += static_cast<char>(std::tolower(u));
        } else {
            gap = true;
        }
    }
    return slug;
}

std::string describeFields(const std::vector<std::pair<std::string, std::string>>& fields) {
    std::string text;
    for (const auto& [key, value] : fields) {
        if (!text.empty())
            text += kFieldSeparator;
        text += key + "=" + value;
    }
    return text;
}

std::map<std::string, std::string, std::less<>> parseDescribedFields(std::string_view description) {
    std::map<std::string, std::string, std::less<>> fields;
    while (!description.empty()) {
        const auto end = description.find(';');
        const std::string_view part = description.substr(0, end);
        if (const auto equals = part.find('='); equals != std::string_view::npos)
            fields.emplace(trimmed(part.substr(0, equals)), trimmed(part.substr(equals + 1)));
        if (end == std::string_view::npos)
            break;
        description.remove_prefix(end + 1);
    }
    return fields;
}

} // namespace cs
