#include "interchange/netbox_export.h"

#include "base/input_error.h"
#include "base/number_format.h"
#include "base/version.h"
#include "interchange/netbox_format.h"
#include "io/atomic_file.h"
#include "io/csv.h"
#include "model/canvas_style.h"

#include <algorithm>
#include <map>
#include <set>
#include <stdexcept>
#include <unordered_map>

namespace cs {

namespace {

// NetBox keeps interface speeds in kbit/s.
constexpr long long kKbpsPerGbps = 1'000'000;
constexpr std::string_view kLocation = "Data hall";
constexpr std::string_view kDefaultSite = "ClusterStudio design";
constexpr std::string_view kLengthUnit = "m";

// One CSV file: its header from the file table, then rows of exactly as many fields.
class CsvFileWriter {
public:
    explicit CsvFileWriter(NetboxFile file)
        : spec_(netboxFile(file)) {
        text_ = csvRow({spec_.columns.begin(), spec_.columns.end()});
    }
    void add(const std::vector<std::string>& fields) {
        if (fields.size() != spec_.columns.size())
            throw std::logic_error(std::string(spec_.name) + ": a row does not match the columns");
        text_ += csvRow(fields);
        ++rows_;
    }
    NetboxFile file() const { return spec_.file; }
    std::size_t rows() const { return rows_; }
    std::pair<std::string, std::string> finish() { return {std::string(spec_.name), std::move(text_)}; }

private:
    const NetboxFileSpec& spec_;
    std::string text_;
    std::size_t rows_ = 0;
};

// A YAML scalar as a double-quoted string (JSON's escapes are YAML's).
std::string yamlString(std::string_view text) {
    std::string quoted = "\"";
    for (char c : text) {
        if (c == '"' || c == '\\')
            quoted += '\\';
        if (c == '\n')
            quoted += "\\n";
        else
            quoted += c;
    }
    return quoted + '"';
}

// The medium a VPI port group runs in this design: InfiniBand when most of its cabled ports meet InfiniBand
// ports, else Ethernet. IB-only and Ethernet-only groups keep theirs.
class PortMedia {
public:
    explicit PortMedia(const Design& design)
        : design_(design) {
        for (const Link& link : design.links().items()) {
            tally(link.a, link.b);
            tally(link.b, link.a);
        }
    }

    Media of(const DeviceType& type, std::size_t group) const {
        const Media media = type.port_groups[group].media;
        if (media != Media::Vpi)
            return media;
        auto it = votes_.find({type.id, group});
        return it != votes_.end() && it->second > 0 ? Media::Infiniband : Media::Ethernet;
    }

private:
    std::pair<const DeviceType*, std::size_t> groupOf(Endpoint end) const {
        const DeviceType& type = design_.typeOf(*design_.devices().find(end.device));
        const PortGroup& group = type.groupOfPort(end.port);
        return {&type, static_cast<std::size_t>(&group - type.port_groups.data())};
    }
    void tally(Endpoint end, Endpoint peer) {
        const auto [type, group] = groupOf(end);
        if (type->port_groups[group].media != Media::Vpi)
            return;
        const auto [peerType, peerGroup] = groupOf(peer);
        const Media peerMedia = peerType->port_groups[peerGroup].media;
        if (peerMedia != Media::Vpi)
            votes_[{type->id, group}] += peerMedia == Media::Infiniband ? 1 : -1;
    }

    const Design& design_;
    std::map<std::pair<std::string, std::size_t>, int> votes_; // > 0: more InfiniBand peers
};

std::string_view interfaceType(const PortMedia& media, const DeviceType& type, std::size_t group) {
    const PortGroup& ports = type.port_groups[group];
    return netboxInterfaceType(media.of(type, group), ports.connector, ports.maxGbps());
}

void checkNamesAreUnique(const Design& design) {
    std::unordered_map<std::string, DeviceId> devices;
    for (const Device& device : design.devices().items()) {
        if (device.name.empty())
            throw InputError("device " + std::to_string(device.id) +
                             " has no name: NetBox finds a cable's devices by name");
        auto [it, inserted] = devices.emplace(device.name, device.id);
        if (!inserted)
            throw InputError("devices " + std::to_string(it->second) + " and " + std::to_string(device.id) +
                             " are both named '" + device.name +
                             "': NetBox needs one name per device in a site");
    }
    std::set<std::string> racks;
    for (const Rack& rack : design.racks().items()) {
        if (!racks.insert(rack.name).second)
            throw InputError("two racks are named '" + rack.name +
                             "': NetBox needs one name per rack in a site");
    }
}

std::vector<const DeviceType*> usedTypes(const Design& design) {
    std::set<std::string> ids;
    for (const Device& device : design.devices().items())
        ids.insert(device.type);
    std::vector<const DeviceType*> types;
    for (const std::string& id : ids)
        types.push_back(design.catalog().device(id));
    return types;
}

std::string deviceTypesYaml(const std::vector<const DeviceType*>& types, const PortMedia& media) {
    std::string yaml;
    for (const DeviceType* type : types) {
        yaml += "---\nmanufacturer: " + yamlString(type->vendor) +
                "\nmodel: " + yamlString(netboxModel(*type)) + "\nslug: " + yamlString(netboxSlug(type->id)) +
                "\nu_height: " + std::to_string(type->rack_units) +
                "\nis_full_depth: " + std::string(kNetboxFullDepth) +
                "\ndescription: " + yamlString(type->name) + "\n";
        if (type->portCount() == 0)
            continue;
        yaml += "interfaces:\n";
        for (std::size_t group = 0; group < type->port_groups.size(); ++group) {
            const std::string kind = yamlString(interfaceType(media, *type, group));
            const bool management = type->port_groups[group].network == Network::Oob;
            for (int i = 0; i < type->port_groups[group].count; ++i)
                yaml += "  - name: " + yamlString(type->portName(type->firstPortOf(group) + i)) +
                        "\n    type: " + kind + "\n    mgmt_only: " + (management ? "true" : "false") + "\n";
        }
    }
    return yaml;
}

std::string readme(const Design& design, const std::string& site,
                   const std::map<NetboxFile, std::size_t>& rows) {
    const auto rowsOf = [&](NetboxFile file) {
        const std::size_t count = rows.at(file);
        return std::to_string(count) + (count == 1 ? " row" : " rows");
    };
    std::string text = "NetBox import of the ClusterStudio design '" + design.name + "'\n" +
                       "written by ClusterStudio " + std::string(appVersion()) + " for NetBox " +
                       std::string(kNetboxVersion) + " (CSV bulk import; site '" + site + "').\n\n" +
                       "The column names and values follow NetBox " + std::string(kNetboxVersion) +
                       "'s import forms as ClusterStudio knows them; they\n"
                       "were not checked against a running NetBox. Import one small file first.\n\n"
                       "Import in this order (each file refers to objects of the files before it):\n";
    int step = 0;
    for (const NetboxFileSpec& spec : netboxFiles()) {
        if (spec.file == NetboxFile::Interfaces)
            continue; // listed with the devices below
        text += std::to_string(++step) + ". " + std::string(spec.name) + " (" + rowsOf(spec.file) + ") - " +
                std::string(spec.import_page) + "\n";
        if (spec.file == NetboxFile::DeviceTypes)
            text += "   or " + std::string(kNetboxDeviceTypesYaml) +
                    " (format YAML): the same device types with an interface template\n"
                    "   per port, so that every device gets its interfaces when it is created.\n";
        if (spec.file == NetboxFile::Devices)
            text += "   then, only if the device types came from " +
                    std::string(netboxFile(NetboxFile::DeviceTypes).name) +
                    " (without templates): " + std::string(netboxFile(NetboxFile::Interfaces).name) + " (" +
                    rowsOf(NetboxFile::Interfaces) + ") -\n   " +
                    std::string(netboxFile(NetboxFile::Interfaces).import_page) + "\n";
    }
    text +=
        "\nEvery object's status is '" + std::string(kNetboxStatus) +
        "'. Devices are mounted at their lowest rack unit, front face.\n"
        "Cables take the colour their network has on the ClusterStudio canvas.\n"
        "Descriptions carry what NetBox has no column for, as key=value pairs:\n"
        "  racks: max_kw (the rack's power limit)\n"
        "  devices: network (the network a switch serves), role (leaf, spine, ...), gpu (a GPU other\n"
        "    than the device type's default)\n"
        "  cables: network, gbps (the link's speed), cable (the catalog's cable or optic)\n\n"
        "cluster-studio import FOLDER -o DESIGN.csd reads racks.csv, devices.csv and cables.csv back (and\n"
        "device-types.csv, to map the device types to catalog entries by slug).\n";
    return text;
}

} // namespace

const std::string& NetboxExport::file(std::string_view name) const {
    static const std::string kNone;
    for (const auto& [fileName, content] : files) {
        if (fileName == name)
            return content;
    }
    return kNone;
}

NetboxExport exportNetbox(const Design& design, const NetboxExportOptions& options) {
    checkNamesAreUnique(design);
    const std::string site = !options.site.empty()  ? options.site
                             : !design.name.empty() ? design.name
                                                    : std::string(kDefaultSite);
    const std::vector<const DeviceType*> types = usedTypes(design);
    const PortMedia media(design);
    NetboxExport result;
    std::map<NetboxFile, std::size_t> rows;
    const auto finish = [&](CsvFileWriter& writer) {
        rows[writer.file()] = writer.rows();
        result.files.push_back(writer.finish());
    };

    CsvFileWriter manufacturers(NetboxFile::Manufacturers);
    std::set<std::string> vendors;
    for (const DeviceType* type : types)
        vendors.insert(type->vendor);
    for (const std::string& vendor : vendors)
        manufacturers.add({vendor, netboxSlug(vendor), ""});
    finish(manufacturers);

    CsvFileWriter roles(NetboxFile::DeviceRoles);
    std::set<DeviceCategory> categories;
    for (const DeviceType* type : types)
        categories.insert(type->category);
    for (DeviceCategory category : categories) {
        const auto [name, slug] = netboxRole(category);
        roles.add({std::string(name), std::string(slug), categoryLook(category).accent.hex(), ""});
    }
    finish(roles);

    CsvFileWriter deviceTypes(NetboxFile::DeviceTypes);
    for (const DeviceType* type : types)
        deviceTypes.add({type->vendor, netboxModel(*type), netboxSlug(type->id),
                         std::to_string(type->rack_units), std::string(kNetboxFullDepth), type->name});
    finish(deviceTypes);

    CsvFileWriter sites(NetboxFile::Sites);
    sites.add({site, netboxSlug(site), std::string(kNetboxStatus), "ClusterStudio design"});
    finish(sites);
    CsvFileWriter locations(NetboxFile::Locations);
    locations.add({site, std::string(kLocation), netboxSlug(kLocation), std::string(kNetboxStatus), ""});
    finish(locations);

    CsvFileWriter racks(NetboxFile::Racks);
    for (const Rack& rack : design.racks().items()) {
        racks.add({site, std::string(kLocation), rack.name, std::string(kNetboxStatus),
                   std::string(kNetboxRackFormFactor), std::to_string(kNetboxRackWidthInches),
                   std::to_string(rack.height_u), describeFields({{"max_kw", hundredthsText(rack.max_kw)}})});
    }
    finish(racks);

    CsvFileWriter devices(NetboxFile::Devices);
    for (const Device& device : design.devices().items()) {
        const DeviceType& type = design.typeOf(device);
        const Rack* rack = design.racks().find(device.rack);
        const bool mounted = rack && device.rack_u > 0;
        std::vector<std::pair<std::string, std::string>> described;
        if (device.network)
            described.emplace_back("network", std::string(networkId(*device.network)));
        if (!device.role.empty())
            described.emplace_back("role", device.role);
        if (!device.gpu.empty())
            described.emplace_back("gpu", device.gpu);
        devices.add({device.name, std::string(netboxRole(type.category).first), type.vendor,
                     netboxModel(type), std::string(kNetboxStatus), site, std::string(kLocation),
                     rack ? rack->name : "", mounted ? std::to_string(device.rack_u) : "",
                     mounted ? std::string(kNetboxFace) : "", describeFields(described)});
    }
    finish(devices);

    CsvFileWriter interfaces(NetboxFile::Interfaces);
    for (const Device& device : design.devices().items()) {
        const DeviceType& type = design.typeOf(device);
        for (std::size_t group = 0; group < type.port_groups.size(); ++group) {
            const PortGroup& ports = type.port_groups[group];
            const std::string kind(interfaceType(media, type, group));
            for (int i = 0; i < ports.count; ++i) {
                const auto port = static_cast<std::uint16_t>(type.firstPortOf(group) + i);
                const std::optional<LinkId> link = design.linkAt({device.id, port});
                const std::optional<Network> network = design.portNetwork(device, port);
                interfaces.add({device.name, type.portName(port), kind,
                                link ? std::to_string(design.links().find(*link)->gbps * kKbpsPerGbps) : "",
                                ports.network == Network::Oob ? "true" : "false",
                                network ? std::string(networkId(*network)) : ""});
            }
        }
    }
    finish(interfaces);

    CsvFileWriter cables(NetboxFile::Cables);
    for (const Link& link : design.links().items()) {
        const CableType* cable = link.cable.empty() ? nullptr : design.catalog().cable(link.cable);
        std::vector<std::pair<std::string, std::string>> described = {
            {"network", std::string(networkId(link.network))}, {"gbps", std::to_string(link.gbps)}};
        if (!link.cable.empty())
            described.emplace_back("cable", link.cable);
        const std::string interface(kNetboxInterfaceTermination);
        cables.add({site, design.devices().find(link.a.device)->name, interface, design.portName(link.a),
                    site, design.devices().find(link.b.device)->name, interface, design.portName(link.b),
                    std::string(netboxCableType(cable)), std::string(kNetboxStatus), std::to_string(link.id),
                    networkLook(link.network).color.hex(),
                    link.length_m > 0 ? hundredthsText(link.length_m) : "",
                    link.length_m > 0 ? std::string(kLengthUnit) : "", describeFields(described)});
    }
    finish(cables);

    result.files.emplace_back(std::string(kNetboxDeviceTypesYaml), deviceTypesYaml(types, media));
    result.files.emplace_back(std::string(kNetboxReadme), readme(design, site, rows));
    return result;
}

void writeNetboxFolder(const NetboxExport& files, const std::filesystem::path& folder) {
    std::error_code error;
    std::filesystem::create_directories(folder, error);
    if (error || !std::filesystem::is_directory(folder))
        throw InputError(folder.string() + ": cannot create the folder" +
                         (error ? ": " + error.message() : std::string(": a file has that name")));
    std::vector<std::pair<std::filesystem::path, std::string>> targets;
    for (const auto& [name, content] : files.files)
        targets.emplace_back(folder / name, content);
    writeFilesAtomically(targets);
}

} // namespace cs
