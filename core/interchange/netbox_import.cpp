#include "interchange/netbox_import.h"

#include "base/input_error.h"
#include "interchange/netbox_format.h"
#include "io/csv.h"
#include "io/input_file.h"
#include "model/operation.h"
#include "topology/cluster_generator.h"
#include "topology/rack_column_layout.h"
#include "topology/rack_layout.h"

#include <array>
#include <charconv>
#include <cmath>
#include <limits>
#include <unordered_map>

namespace cs {

namespace {

// NetBox's cable length units (CableLengthUnitChoices), in metres.
struct LengthUnitRow {
    std::string_view unit;
    double metres;
};
constexpr std::array kLengthUnits = {
    LengthUnitRow{"m", 1},       LengthUnitRow{"cm", 0.01},   LengthUnitRow{"km", 1000},
    LengthUnitRow{"ft", 0.3048}, LengthUnitRow{"in", 0.0254}, LengthUnitRow{"mi", 1609.344},
};

// Unknown device types listed in one message: this many, then a count of the rest.
constexpr std::size_t kUnknownTypesListed = 5;

// One CSV file being read: fields by column name, and errors that name the file, line and column.
class Sheet {
public:
    explicit Sheet(CsvTable table)
        : table_(std::move(table)) {}

    const std::vector<CsvRecord>& records() const { return table_.records(); }
    const std::string& file() const { return table_.file(); }
    std::size_t required(std::string_view column) const { return table_.requiredColumn(column); }

    // The field, or "" when the file has no such column.
    std::string field(const CsvRecord& record, std::string_view column) const {
        const auto index = table_.column(column);
        return index ? record.fields[*index] : std::string();
    }

    std::string where(const CsvRecord& record, std::string_view column = {}) const {
        std::string text = file() + " line " + std::to_string(record.line);
        if (!column.empty())
            text += ", " + std::string(column);
        return text;
    }
    [[noreturn]] void fail(const CsvRecord& record, std::string_view column, const std::string& what) const {
        throw InputError(where(record, column) + ": " + what);
    }

private:
    CsvTable table_;
};

std::optional<Sheet> sheet(const NetboxFiles& files, NetboxFile which) {
    const std::string_view name = netboxFile(which).name;
    auto it = files.find(name);
    if (it == files.end())
        return std::nullopt;
    return Sheet(CsvTable::parse(it->second, std::string(name)));
}

double parseNumber(const Sheet& sheet, const CsvRecord& record, std::string_view column,
                   const std::string& text) {
    double value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc() || end != text.data() + text.size() || !std::isfinite(value))
        sheet.fail(record, column, "'" + text + "' is not a number");
    return value;
}

int parseWhole(const Sheet& sheet, const CsvRecord& record, std::string_view column,
               const std::string& text) {
    const double value = parseNumber(sheet, record, column, text);
    if (value != std::floor(value) || value < 0 || value > std::numeric_limits<int>::max())
        sheet.fail(record, column, "'" + text + "' is not a whole number of units");
    return static_cast<int>(value);
}

std::optional<Network> parseNetworkField(const Sheet& sheet, const CsvRecord& record,
                                         const std::map<std::string, std::string, std::less<>>& described) {
    auto it = described.find("network");
    if (it == described.end())
        return std::nullopt;
    if (auto network = parseNetwork(it->second))
        return network;
    sheet.fail(record, "description", "unknown network '" + it->second + "'");
}

// Maps NetBox device types to catalog entries: by the slug device-types.csv gives the type, by a catalog id
// in the device's device_type column, or by model name (and manufacturer when given).
class TypeResolver {
public:
    TypeResolver(const std::optional<Sheet>& deviceTypes, const Catalog& library)
        : library_(library) {
        if (!deviceTypes)
            return;
        const std::size_t model = deviceTypes->required("model");
        const std::size_t slug = deviceTypes->required("slug");
        for (const CsvRecord& record : deviceTypes->records())
            slugs_[{deviceTypes->field(record, "manufacturer"), record.fields[model]}] = record.fields[slug];
    }

    const DeviceType* resolve(const std::string& manufacturer, const std::string& model) const {
        if (auto it = slugs_.find({manufacturer, model}); it != slugs_.end()) {
            if (const DeviceType* type = library_.device(it->second))
                return type;
        }
        if (const DeviceType* type = library_.device(model))
            return type;
        const DeviceType* match = nullptr;
        for (const auto& [id, type] : library_.devices()) {
            if (netboxModel(type) != model || (!manufacturer.empty() && type.vendor != manufacturer))
                continue;
            if (match)
                return nullptr; // several: the row must say which
            match = &type;
        }
        return match;
    }

private:
    const Catalog& library_;
    std::map<std::pair<std::string, std::string>, std::string> slugs_; // (manufacturer, model) -> slug
};

// Every device row whose type maps to no catalog entry, reported together.
class UnknownTypes {
public:
    void add(const std::string& manufacturer, const std::string& model, std::size_t line) {
        auto [it, added] = lines_.try_emplace({manufacturer, model});
        if (added)
            order_.push_back(it->first);
        it->second.push_back(line);
    }

    void throwIfAny(const std::string& file) const {
        if (order_.empty())
            return;
        std::string message;
        for (std::size_t i = 0; i < std::min(order_.size(), kUnknownTypesListed); ++i) {
            const auto& [manufacturer, model] = order_[i];
            const std::vector<std::size_t>& lines = lines_.at(order_[i]);
            message += (i == 0 ? "" : "; ") + std::string("'") + model + "'";
            if (!manufacturer.empty())
                message += " by '" + manufacturer + "'";
            message += " (line" + std::string(lines.size() > 1 ? "s " : " ");
            for (std::size_t l = 0; l < lines.size() && l < 3; ++l)
                message += (l ? ", " : "") + std::to_string(lines[l]);
            message += lines.size() > 3 ? ", ...)" : ")";
        }
        if (order_.size() > kUnknownTypesListed)
            message += "; and " + std::to_string(order_.size() - kUnknownTypesListed) + " more";
        throw InputError(
            file + ", device_type: " + std::to_string(order_.size()) +
            " device type(s) match no catalog entry (by slug in device-types.csv, catalog id, or "
            "model and manufacturer): " +
            message + "; nothing was imported");
    }

private:
    std::map<std::pair<std::string, std::string>, std::vector<std::size_t>> lines_;
    std::vector<std::pair<std::string, std::string>> order_;
};

// "compute-1..8, storage-1..2, bmc-1": the ports a type has, for a message about one it lacks.
std::string portRanges(const DeviceType& type) {
    std::string text;
    for (const PortGroup& group : type.port_groups) {
        text += (text.empty() ? "" : ", ") + group.name + "-1";
        if (group.count > 1)
            text += ".." + std::to_string(group.count);
    }
    return text;
}

struct ImportedDevice {
    Device device;
    const DeviceType* type = nullptr;
    std::size_t line = 0;
};

struct ImportedCable {
    Link link;
    std::optional<Network> network; // from the description
    std::size_t line = 0;
};

class NetboxImporter {
public:
    NetboxImporter(const NetboxFiles& files, const Catalog& library)
        : library_(library)
        , racks_sheet_(sheet(files, NetboxFile::Racks))
        , devices_sheet_(sheet(files, NetboxFile::Devices))
        , cables_sheet_(sheet(files, NetboxFile::Cables))
        , types_(sheet(files, NetboxFile::DeviceTypes), library) {
        if (!devices_sheet_)
            throw InputError("no " + std::string(netboxFile(NetboxFile::Devices).name) + " to import");
        if (auto sites = sheet(files, NetboxFile::Sites); sites && sites->records().size() == 1)
            name_ = sites->field(sites->records().front(), "name");
    }

    Design run(const std::string& fallbackName) {
        readRacks();
        readDevices();
        readCables();
        assignSwitchNetworks();
        finishLinks();
        std::vector<Device> devices;
        devices.reserve(devices_.size());
        for (const ImportedDevice& imported : devices_)
            devices.push_back(imported.device);
        layoutRackColumns(racks_, devices, library_);

        Design design;
        design.name = name_.empty() ? fallbackName : name_;
        design.reserve(devices_.size(), cables_.size());
        for (const Rack& rack : racks_)
            applyAt(design, {Add<Rack>{rack}},
                    racks_sheet_->file() + " line " + std::to_string(rack_lines_[rack.id]));
        for (std::size_t i = 0; i < devices.size(); ++i) {
            design.adoptType(library_, devices[i].type);
            applyAt(design, {Add<Device>{devices[i]}}, devices_sheet_->where(devices_sheet_->records()[i]));
        }
        for (const ImportedCable& cable : cables_) {
            if (!cable.link.cable.empty())
                design.adoptCable(library_, cable.link.cable);
            applyAt(design, {Add<Link>{cable.link}},
                    cables_sheet_->file() + " line " + std::to_string(cable.line));
        }
        return design;
    }

private:
    static void applyAt(Design& design, const Operation& operation, const std::string& where) {
        try {
            design.apply(operation);
        } catch (const InputError&) {
            rethrowWithContext(where);
        }
    }

    void readRacks() {
        if (!racks_sheet_)
            return;
        const Sheet& sheet = *racks_sheet_;
        const std::size_t name = sheet.required("name");
        for (const CsvRecord& record : sheet.records()) {
            Rack rack;
            rack.id = static_cast<RackId>(racks_.size() + 1);
            rack.name = record.fields[name];
            if (rack.name.empty())
                sheet.fail(record, "name", "a rack needs a name");
            if (!rack_ids_.emplace(rack.name, rack.id).second)
                sheet.fail(record, "name", "a second rack named '" + rack.name + "'");
            const std::string height = sheet.field(record, "u_height");
            rack.height_u =
                height.empty() ? kStandardRackUnits : parseWhole(sheet, record, "u_height", height);
            const auto described = parseDescribedFields(sheet.field(record, "description"));
            auto maxKw = described.find("max_kw");
            rack.max_kw = maxKw == described.end() ? GeneratorOptions{}.rack_kw
                                                   : parseNumber(sheet, record, "description", maxKw->second);
            rack_lines_[rack.id] = record.line;
            racks_.push_back(std::move(rack));
        }
    }

    void readDevices() {
        const Sheet& sheet = *devices_sheet_;
        const std::size_t name = sheet.required("name");
        const std::size_t deviceType = sheet.required("device_type");
        UnknownTypes unknown;
        for (const CsvRecord& record : sheet.records()) {
            ImportedDevice imported;
            imported.line = record.line;
            Device& device = imported.device;
            device.id = static_cast<DeviceId>(devices_.size() + 1);
            device.name = record.fields[name];
            if (device.name.empty())
                sheet.fail(record, "name", "a device needs a name (cables find their devices by name)");
            if (!device_index_.emplace(device.name, devices_.size()).second)
                sheet.fail(record, "name", "a second device named '" + device.name + "'");
            const std::string manufacturer = sheet.field(record, "manufacturer");
            imported.type = types_.resolve(manufacturer, record.fields[deviceType]);
            if (!imported.type) {
                unknown.add(manufacturer, record.fields[deviceType], record.line);
                devices_.push_back(std::move(imported));
                continue;
            }
            device.type = imported.type->id;
            if (const std::string rack = sheet.field(record, "rack"); !rack.empty()) {
                auto it = rack_ids_.find(rack);
                if (it == rack_ids_.end())
                    sheet.fail(record, "rack",
                               "no rack '" + rack + "' in " +
                                   std::string(netboxFile(NetboxFile::Racks).name));
                device.rack = it->second;
            }
            if (const std::string position = sheet.field(record, "position"); !position.empty())
                device.rack_u = parseWhole(sheet, record, "position", position);
            const auto described = parseDescribedFields(sheet.field(record, "description"));
            if (imported.type->category == DeviceCategory::Switch)
                device.network = parseNetworkField(sheet, record, described);
            if (auto role = described.find("role"); role != described.end())
                device.role = role->second;
            if (auto gpu = described.find("gpu"); gpu != described.end())
                device.gpu = gpu->second;
            devices_.push_back(std::move(imported));
        }
        unknown.throwIfAny(sheet.file());
    }

    Endpoint endpoint(const Sheet& sheet, const CsvRecord& record, char side) {
        const std::string prefix = std::string("side_") + side + "_";
        if (const std::string type = sheet.field(record, prefix + "type");
            !type.empty() && type != kNetboxInterfaceTermination)
            sheet.fail(record, prefix + "type",
                       "'" + type + "': only cables between interfaces (" +
                           std::string(kNetboxInterfaceTermination) + ") are imported");
        const std::string deviceName = record.fields[sheet.required(prefix + "device")];
        auto it = device_index_.find(deviceName);
        if (it == device_index_.end())
            sheet.fail(record, prefix + "device",
                       "no device '" + deviceName + "' in " +
                           std::string(netboxFile(NetboxFile::Devices).name));
        const ImportedDevice& device = devices_[it->second];
        const std::string portName = record.fields[sheet.required(prefix + "name")];
        const std::optional<int> port = device.type->portIndex(portName);
        if (!port)
            sheet.fail(record, prefix + "name",
                       "'" + portName + "' is not a port of '" + deviceName + "', a " + device.type->id +
                           " (" + portRanges(*device.type) + ")");
        return {device.device.id, static_cast<std::uint16_t>(*port)};
    }

    void readCables() {
        if (!cables_sheet_)
            return;
        const Sheet& sheet = *cables_sheet_;
        for (const CsvRecord& record : sheet.records()) {
            ImportedCable cable;
            cable.line = record.line;
            Link& link = cable.link;
            link.id = static_cast<LinkId>(cables_.size() + 1);
            link.a = endpoint(sheet, record, 'a');
            link.b = endpoint(sheet, record, 'b');
            const auto described = parseDescribedFields(sheet.field(record, "description"));
            cable.network = parseNetworkField(sheet, record, described);
            if (auto gbps = described.find("gbps"); gbps != described.end()) {
                link.gbps = parseWhole(sheet, record, "description", gbps->second);
                if (link.gbps == 0)
                    sheet.fail(record, "description", "gbps must be positive");
            }
            if (auto id = described.find("cable"); id != described.end()) {
                if (!library_.cable(id->second))
                    sheet.fail(record, "description", "cable '" + id->second + "' is not in the catalog");
                link.cable = id->second;
            }
            link.length_m = lengthMetres(sheet, record);
            cables_.push_back(std::move(cable));
        }
    }

    static double lengthMetres(const Sheet& sheet, const CsvRecord& record) {
        const std::string length = sheet.field(record, "length");
        if (length.empty())
            return 0;
        const double value = parseNumber(sheet, record, "length", length);
        if (value < 0)
            sheet.fail(record, "length", "a length cannot be negative");
        const std::string unit = sheet.field(record, "length_unit");
        for (const LengthUnitRow& row : kLengthUnits) {
            if (row.unit == unit)
                return value * row.metres;
        }
        sheet.fail(record, "length_unit", "'" + unit + "' is not a length unit (m, cm, km, ft, in, mi)");
    }

    const PortGroup& groupOf(Endpoint end) const {
        return devices_[end.device - 1].type->groupOfPort(end.port);
    }
    // The network a port is on: its group's, or its switch's once known.
    std::optional<Network> portNetwork(Endpoint end) const {
        const PortGroup& group = groupOf(end);
        return group.network ? group.network : devices_[end.device - 1].device.network;
    }

    // A switch's network comes from its description, else from its cables (their descriptions, or the
    // fixed network of the port at the other end, passed on from switch to switch), else from the catalog.
    void assignSwitchNetworks() {
        for (bool changed = true; changed;) {
            changed = false;
            for (const ImportedCable& cable : cables_) {
                const std::optional<Network> network = cable.network ? cable.network
                                                       : portNetwork(cable.link.a)
                                                           ? portNetwork(cable.link.a)
                                                           : portNetwork(cable.link.b);
                if (!network)
                    continue;
                for (Endpoint end : {cable.link.a, cable.link.b}) {
                    ImportedDevice& device = devices_[end.device - 1];
                    if (device.type->switch_info && !device.device.network && !groupOf(end).network) {
                        device.device.network = network;
                        changed = true;
                    }
                }
            }
        }
        for (ImportedDevice& device : devices_) {
            if (device.type->switch_info && !device.device.network &&
                !device.type->switch_info->networks.empty())
                device.device.network = device.type->switch_info->networks.front();
        }
    }

    // Each cable's network and, where the description gives none, its speed: the fastest both ports run at.
    void finishLinks() {
        for (ImportedCable& cable : cables_) {
            Link& link = cable.link;
            const std::optional<Network> network = cable.network         ? cable.network
                                                   : portNetwork(link.a) ? portNetwork(link.a)
                                                                         : portNetwork(link.b);
            const std::string where = cables_sheet_->file() + " line " + std::to_string(cable.line);
            if (!network)
                throw InputError(where + ": no network for this cable (description network=compute, ...)");
            link.network = *network;
            if (link.gbps > 0)
                continue;
            const PortGroup& a = groupOf(link.a);
            const PortGroup& b = groupOf(link.b);
            for (int gbps : a.gbps) {
                if (b.supportsGbps(gbps)) {
                    link.gbps = gbps;
                    break;
                }
            }
            if (link.gbps == 0)
                throw InputError(where + ": the two ports share no speed (" + a.name + " and " + b.name +
                                 ")");
        }
    }

    const Catalog& library_;
    std::optional<Sheet> racks_sheet_, devices_sheet_, cables_sheet_;
    TypeResolver types_;
    std::string name_;
    std::vector<Rack> racks_;
    std::unordered_map<std::string, RackId> rack_ids_;
    std::unordered_map<RackId, std::size_t> rack_lines_;
    std::vector<ImportedDevice> devices_; // device id - 1
    std::unordered_map<std::string, std::size_t> device_index_;
    std::vector<ImportedCable> cables_;
};

} // namespace

NetboxFiles readNetboxFolder(const std::filesystem::path& folder) {
    if (!std::filesystem::is_directory(folder))
        throw InputError(folder.string() + ": not a folder of NetBox CSV files");
    NetboxFiles files;
    for (const NetboxFileSpec& spec : netboxFiles()) {
        const std::filesystem::path path = folder / spec.name;
        if (!std::filesystem::exists(path))
            continue;
        files.emplace(std::string(spec.name), readInputFile(path));
    }
    if (!files.contains(netboxFile(NetboxFile::Devices).name))
        throw InputError(folder.string() + ": no " + std::string(netboxFile(NetboxFile::Devices).name));
    return files;
}

Design importNetbox(const NetboxFiles& files, const Catalog& library, const std::string& fallbackName) {
    return NetboxImporter(files, library).run(fallbackName);
}

Design importNetboxFolder(const std::filesystem::path& folder, const Catalog& library) {
    const std::filesystem::path absolute = std::filesystem::absolute(folder).lexically_normal();
    const std::string name =
        absolute.has_filename() ? absolute.filename().string() : absolute.parent_path().filename().string();
    try {
        return importNetbox(readNetboxFolder(folder), library, name);
    } catch (const InputError&) {
        rethrowWithContext(folder.string());
    }
}

} // namespace cs
