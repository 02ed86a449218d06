#include "base/input_error.h"
#include "interchange/netbox_export.h"
#include "interchange/netbox_format.h"
#include "interchange/netbox_import.h"
#include "io/csv.h"
#include "model/canvas_geometry.h"
#include "model/design_summary.h"
#include "test_support.h"
#include "topology/cluster_generator.h"

#include <functional>
#include <set>
#include <tuple>

namespace cs::test {
namespace {

const fs::path kExample = kCatalogDir / "examples" / "training-128gpu.json";

NetboxFiles filesOf(const NetboxExport& exported) {
    NetboxFiles files;
    for (const auto& [name, content] : exported.files)
        files.emplace(name, content);
    return files;
}

// Rewrites one CSV file: `edit` gets the header and the rows.
void rewrite(NetboxFiles& files, NetboxFile which,
             const std::function<void(const std::vector<std::string>&,
                                      std::vector<std::vector<std::string>>&)>& edit) {
    const std::string name(netboxFile(which).name);
    const CsvTable table = CsvTable::parse(files.at(name), name);
    std::vector<std::vector<std::string>> rows;
    for (const CsvRecord& record : table.records())
        rows.push_back(record.fields);
    edit(table.header(), rows);
    std::string text = csvRow(table.header());
    for (const auto& row : rows)
        text += csvRow(row);
    files[name] = text;
}

std::size_t indexOf(const std::vector<std::string>& header, std::string_view column) {
    return static_cast<std::size_t>(std::find(header.begin(), header.end(), column) - header.begin());
}

std::string importError(const NetboxFiles& files) {
    try {
        importNetbox(files, library(), "x");
    } catch (const InputError& e) {
        return e.what();
    }
    return "no error";
}

// What a NetBox round trip keeps: devices by name with type, GPU, network, role, rack and unit; links by
// their ends' names with network, speed, cable and length; racks by name with height and power limit.
using DeviceFacts =
    std::map<std::string,
             std::tuple<std::string, std::string, std::optional<Network>, std::string, std::string, int>>;
using LinkFacts = std::set<std::tuple<std::string, std::string, Network, int, std::string, double>>;
using RackFacts = std::map<std::string, std::pair<int, double>>;

DeviceFacts deviceFacts(const Design& design) {
    DeviceFacts facts;
    for (const Device& device : design.devices().items()) {
        const Rack* rack = design.racks().find(device.rack);
        facts[device.name] = {device.type,  device.gpu, device.network, device.role, rack ? rack->name : "",
                              device.rack_u};
    }
    return facts;
}

LinkFacts linkFacts(const Design& design) {
    LinkFacts facts;
    const auto end = [&](Endpoint e) {
        return design.devices().find(e.device)->name + ":" + design.portName(e);
    };
    for (const Link& link : design.links().items())
        facts.insert({end(link.a), end(link.b), link.network, link.gbps, link.cable, link.length_m});
    return facts;
}

RackFacts rackFacts(const Design& design) {
    RackFacts facts;
    for (const Rack& rack : design.racks().items())
        facts[rack.name] = {rack.height_u, rack.max_kw};
    return facts;
}

void expectSameDesign(const Design& original, const Design& imported) {
    DesignSummary before = summarize(original), after = summarize(imported);
    EXPECT_EQ(after.devices_by_type, before.devices_by_type);
    EXPECT_EQ(after.links_by_network, before.links_by_network);
    EXPECT_EQ(after.gpus_by_type, before.gpus_by_type);
    EXPECT_EQ(after.switches_by_network, before.switches_by_network);
    EXPECT_EQ(after.racks, before.racks);
    EXPECT_EQ(after.scenarios, 0u); // NetBox keeps no plans
    EXPECT_DOUBLE_EQ(after.max_watts, before.max_watts);
    EXPECT_EQ(deviceFacts(imported), deviceFacts(original));
    EXPECT_EQ(linkFacts(imported), linkFacts(original));
    EXPECT_EQ(rackFacts(imported), rackFacts(original));
}

TEST(NetboxImport, TheExampleComesBackAsItWent) {
    const Design original = readDesign(kExample, library());
    const Design imported = importNetbox(filesOf(exportNetbox(original)), library(), "fallback");
    expectSameDesign(original, imported);
    EXPECT_EQ(imported.name, original.name); // from sites.csv
}

TEST(NetboxImport, AGeneratedRoceClusterComesBackAsItWent) {
    GeneratorOptions options;
    options.servers = 40;
    options.server = "xe9680";
    options.fabric = Fabric::Roce400;
    const Design original = generateCluster(options, library());
    expectSameDesign(original, importNetbox(filesOf(exportNetbox(original)), library(), "x"));
}

TEST(NetboxImport, LaysTheDevicesOutInRackColumns) {
    const Design imported =
        importNetbox(filesOf(exportNetbox(readDesign(kExample, library()))), library(), "x");
    // Every rack frames its own devices, and only those.
    EXPECT_EQ(rackFrames(imported).size(), imported.racks().size());
    // Within a rack, a higher unit stands higher on the canvas.
    for (const Device& a : imported.devices().items()) {
        for (const Device& b : imported.devices().items()) {
            if (a.rack != kNoRack && a.rack == b.rack && a.rack_u > b.rack_u) {
                EXPECT_LT(a.y, b.y) << a.name << " above " << b.name;
            }
        }
    }
}

TEST(NetboxImport, MapsTypesByModelNameWithoutDeviceTypesCsv) {
    const Design original = readDesign(kExample, library());
    NetboxFiles files = filesOf(exportNetbox(original));
    files.erase(std::string(netboxFile(NetboxFile::DeviceTypes).name));
    EXPECT_EQ(summarize(importNetbox(files, library(), "x")).devices_by_type,
              summarize(original).devices_by_type);
}

TEST(NetboxImport, SwitchNetworksAndCableNetworksComeFromThePortsWhenNotDescribed) {
    const Design original = readDesign(kExample, library());
    NetboxFiles files = filesOf(exportNetbox(original));
    for (NetboxFile file : {NetboxFile::Devices, NetboxFile::Cables}) {
        rewrite(files, file, [](const auto& header, auto& rows) {
            for (auto& row : rows) {
                auto described = parseDescribedFields(row[indexOf(header, "description")]);
                described.erase("network");
                std::vector<std::pair<std::string, std::string>> kept(described.begin(), described.end());
                row[indexOf(header, "description")] = describeFields(kept);
            }
        });
    }
    const Design imported = importNetbox(files, library(), "x");
    EXPECT_EQ(summarize(imported).links_by_network, summarize(original).links_by_network);
    EXPECT_EQ(summarize(imported).switches_by_network, summarize(original).switches_by_network);
}

TEST(NetboxImport, UnknownDeviceTypesAreListedTogetherAndNothingIsImported) {
    NetboxFiles files = filesOf(exportNetbox(readDesign(kExample, library())));
    rewrite(files, NetboxFile::Devices, [](const auto& header, auto& rows) {
        rows[1][indexOf(header, "device_type")] = "Foo 9000";
        rows[4][indexOf(header, "device_type")] = "Foo 9000";
        rows[6][indexOf(header, "device_type")] = "Bar";
        rows[6][indexOf(header, "manufacturer")] = "Acme";
    });
    const std::string message = importError(files);
    EXPECT_NE(message.find("devices.csv, device_type: 2 device type(s) match no catalog entry"),
              std::string::npos)
        << message;
    EXPECT_NE(message.find("'Foo 9000' by 'NVIDIA' (lines 3, 6)"), std::string::npos) << message;
    EXPECT_NE(message.find("'Bar' by 'Acme' (line 8)"), std::string::npos) << message;
    EXPECT_NE(message.find("nothing was imported"), std::string::npos) << message;
}

TEST(NetboxImport, ARowThatDoesNotFitNamesItsFileLineAndColumn) {
    const NetboxFiles good = filesOf(exportNetbox(smallDesign()));
    const auto edited = [&](NetboxFile file, const char* col, std::size_t row, const std::string& value) {
        NetboxFiles files = good;
        rewrite(files, file,
                [&](const auto& header, auto& rows) { rows[row][indexOf(header, col)] = value; });
        return importError(files);
    };
    EXPECT_EQ(edited(NetboxFile::Devices, "rack", 0, "R9"),
              "devices.csv line 2, rack: no rack 'R9' in racks.csv");
    EXPECT_EQ(edited(NetboxFile::Devices, "position", 0, "1.5"),
              "devices.csv line 2, position: '1.5' is not a whole number of units");
    EXPECT_EQ(edited(NetboxFile::Cables, "side_b_name", 0, "p-99"),
              "cables.csv line 2, side_b_name: 'p-99' is not a port of 'leaf-1', a qm9700 (p-1..64, mgmt-1)");
    EXPECT_EQ(edited(NetboxFile::Cables, "side_a_device", 1, "gpu-99"),
              "cables.csv line 3, side_a_device: no device 'gpu-99' in devices.csv");
    EXPECT_EQ(edited(NetboxFile::Cables, "length_unit", 0, "furlong"),
              "cables.csv line 2, length_unit: 'furlong' is not a length unit (m, cm, km, ft, in, mi)");
    EXPECT_EQ(
        edited(NetboxFile::Cables, "side_a_type", 0, "dcim.frontport"),
        "cables.csv line 2, side_a_type: 'dcim.frontport': only cables between interfaces (dcim.interface) "
        "are imported");
    EXPECT_EQ(edited(NetboxFile::Racks, "name", 0, ""), "racks.csv line 2, name: a rack needs a name");
    // A port cabled twice: the second cable is refused by the design, with its line.
    const std::string twice = edited(NetboxFile::Cables, "side_a_device", 1, "gpu-01");
    EXPECT_EQ(twice.rfind("cables.csv line 3: link 2: port compute-1 of device 1", 0), 0u) << twice;
}

TEST(NetboxImport, LengthsInOtherUnitsBecomeMetres) {
    NetboxFiles files = filesOf(exportNetbox(smallDesign()));
    rewrite(files, NetboxFile::Cables, [](const auto& header, auto& rows) {
        rows[0][indexOf(header, "length")] = "10";
        rows[0][indexOf(header, "length_unit")] = "ft";
    });
    const Design imported = importNetbox(files, library(), "x");
    EXPECT_DOUBLE_EQ(imported.links().find(1)->length_m, 3.048);
}

class NetboxImportFolder : public TempDirTest {};

TEST_F(NetboxImportFolder, ReadsTheFilesExportWrites) {
    const Design original = smallDesign();
    writeNetboxFolder(exportNetbox(original, {"Hall A"}), dir_ / "nb");
    const Design imported = importNetboxFolder(dir_ / "nb", library());
    EXPECT_EQ(imported.name, "Hall A");
    expectSameDesign(original, imported);
    fs::remove(dir_ / "nb" / "devices.csv");
    EXPECT_THROW(importNetboxFolder(dir_ / "nb", library()), InputError);
    EXPECT_THROW(importNetboxFolder(dir_ / "missing", library()), InputError);
}

} // namespace
} // namespace cs::test
