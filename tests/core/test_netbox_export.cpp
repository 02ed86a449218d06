#include "base/input_error.h"
#include "interchange/netbox_export.h"
#include "interchange/netbox_format.h"
#include "io/csv.h"
#include "model/canvas_style.h"
#include "model/design_summary.h"
#include "test_support.h"

#include <set>

namespace cs::test {
namespace {

const fs::path kExample = kCatalogDir / "examples" / "training-128gpu.json";

CsvTable table(const NetboxExport& files, NetboxFile file) {
    const std::string_view name = netboxFile(file).name;
    return CsvTable::parse(files.file(name), std::string(name));
}

// The values of one column, row by row.
std::vector<std::string> column(const CsvTable& csv, std::string_view name) {
    std::vector<std::string> values;
    const std::size_t index = csv.requiredColumn(name);
    for (const CsvRecord& record : csv.records())
        values.push_back(record.fields[index]);
    return values;
}

TEST(NetboxExport, EachFileHasItsColumnsAndAsManyRowsAsInfoCounts) {
    const Design design = readDesign(kExample, library());
    const DesignSummary summary = summarize(design);
    const NetboxExport files = exportNetbox(design);

    std::vector<std::string> names;
    for (const auto& [name, content] : files.files)
        names.push_back(name);
    std::vector<std::string> expected;
    for (const NetboxFileSpec& spec : netboxFiles())
        expected.emplace_back(spec.name);
    expected.emplace_back(kNetboxDeviceTypesYaml);
    expected.emplace_back(kNetboxReadme);
    EXPECT_EQ(names, expected); // in import order

    for (const NetboxFileSpec& spec : netboxFiles()) {
        const CsvTable csv = table(files, spec.file);
        EXPECT_EQ(csv.header(), std::vector<std::string>(spec.columns.begin(), spec.columns.end()))
            << spec.name;
    }
    EXPECT_EQ(table(files, NetboxFile::Devices).records().size(), summary.devices);
    EXPECT_EQ(table(files, NetboxFile::Racks).records().size(), summary.racks);
    EXPECT_EQ(table(files, NetboxFile::Cables).records().size(), summary.links);
    EXPECT_EQ(table(files, NetboxFile::Interfaces).records().size(), summary.ports);
    EXPECT_EQ(table(files, NetboxFile::DeviceTypes).records().size(), summary.devices_by_type.size());
    EXPECT_EQ(column(table(files, NetboxFile::Manufacturers), "name"),
              (std::vector<std::string>{"Dell", "NVIDIA"}));
    EXPECT_EQ(table(files, NetboxFile::DeviceRoles).records().size(), kDeviceCategories.size());
    EXPECT_EQ(column(table(files, NetboxFile::Sites), "name"), std::vector<std::string>{design.name});
    EXPECT_EQ(table(files, NetboxFile::Locations).records().size(), 1u);
}

TEST(NetboxExport, EveryReferenceNamesAnObjectOfAnEarlierFile) {
    const NetboxExport files = exportNetbox(readDesign(kExample, library()));
    const auto names = [&](NetboxFile file, std::string_view col) {
        const std::vector<std::string> values = column(table(files, file), col);
        return std::set<std::string>(values.begin(), values.end());
    };
    const std::set<std::string> manufacturers = names(NetboxFile::Manufacturers, "name");
    const std::set<std::string> models = names(NetboxFile::DeviceTypes, "model");
    const std::set<std::string> roles = names(NetboxFile::DeviceRoles, "name");
    const std::set<std::string> sites = names(NetboxFile::Sites, "name");
    const std::set<std::string> racks = names(NetboxFile::Racks, "name");
    for (const std::string& value : names(NetboxFile::DeviceTypes, "manufacturer"))
        EXPECT_TRUE(manufacturers.contains(value)) << value;
    const CsvTable devices = table(files, NetboxFile::Devices);
    for (const CsvRecord& row : devices.records()) {
        EXPECT_TRUE(models.contains(row.fields[devices.requiredColumn("device_type")]));
        EXPECT_TRUE(roles.contains(row.fields[devices.requiredColumn("role")]));
        EXPECT_TRUE(sites.contains(row.fields[devices.requiredColumn("site")]));
        const std::string& rack = row.fields[devices.requiredColumn("rack")];
        EXPECT_TRUE(rack.empty() || racks.contains(rack)) << rack;
    }
    std::set<std::pair<std::string, std::string>> interfaces;
    const CsvTable ports = table(files, NetboxFile::Interfaces);
    for (const CsvRecord& row : ports.records())
        interfaces.insert(
            {row.fields[ports.requiredColumn("device")], row.fields[ports.requiredColumn("name")]});
    const CsvTable cables = table(files, NetboxFile::Cables);
    for (const CsvRecord& row : cables.records()) {
        for (const char* side : {"side_a_", "side_b_"}) {
            const std::string prefix(side);
            EXPECT_EQ(row.fields[cables.requiredColumn(prefix + "type")], kNetboxInterfaceTermination);
            EXPECT_TRUE(interfaces.contains({row.fields[cables.requiredColumn(prefix + "device")],
                                             row.fields[cables.requiredColumn(prefix + "name")]}))
                << "line " << row.line;
        }
    }
}

TEST(NetboxExport, CablesTakeTheirNetworksCanvasColourTypeAndLength) {
    const Design design = readDesign(kExample, library());
    const DesignSummary summary = summarize(design);
    const CsvTable cables = table(exportNetbox(design), NetboxFile::Cables);
    std::map<std::string, std::size_t> byColour;
    for (const std::string& colour : column(cables, "color"))
        ++byColour[colour];
    for (Network network : kNetworks)
        EXPECT_EQ(byColour[networkLook(network).color.hex()], summary.links_by_network[networkIndex(network)])
            << networkId(network);

    const Link& first = design.links().items().front(); // gpu-01 compute-1 to a leaf, an SR4 module
    ASSERT_EQ(first.cable, "osfp-400g-ndr-sr4");
    const CsvRecord& row = cables.records().front();
    EXPECT_EQ(row.fields[cables.requiredColumn("type")], "mmf");
    EXPECT_EQ(row.fields[cables.requiredColumn("length")], "6");
    EXPECT_EQ(row.fields[cables.requiredColumn("length_unit")], "m");
    EXPECT_EQ(row.fields[cables.requiredColumn("status")], "planned");
    EXPECT_EQ(row.fields[cables.requiredColumn("label")], std::to_string(first.id));
    EXPECT_EQ(row.fields[cables.requiredColumn("description")],
              "network=compute; gbps=400; cable=osfp-400g-ndr-sr4");
}

TEST(NetboxExport, CatalogCablesMapToNetboxCableTypes) {
    const auto typeOf = [](const char* id) { return std::string(netboxCableType(library().cable(id))); };
    EXPECT_EQ(typeOf("osfp-400g-ndr-sr4"), "mmf");
    EXPECT_EQ(typeOf("qsfp28-100g-cwdm4"), "smf");
    EXPECT_EQ(typeOf("osfp-800g-ndr-dac"), "dac-passive");
    EXPECT_EQ(typeOf("osfp-800g-ndr-acc"), "dac-active");
    EXPECT_EQ(typeOf("qsfp56-200g-hdr-aoc"), "aoc");
    EXPECT_EQ(typeOf("cat6-rj45-1g"), "cat6");
    EXPECT_EQ(netboxCableType(nullptr), "");
    for (const auto& [id, cable] : library().cables())
        EXPECT_FALSE(netboxCableType(&cable).empty()) << id << ": every catalog cable has a NetBox type";
}

TEST(NetboxExport, PortsMapToNetboxInterfaceTypes) {
    EXPECT_EQ(netboxInterfaceType(Media::Infiniband, "osfp", 400), "infiniband-ndr");
    EXPECT_EQ(netboxInterfaceType(Media::Infiniband, "qsfp56", 200), "infiniband-hdr");
    EXPECT_EQ(netboxInterfaceType(Media::Ethernet, "osfp", 800), "800gbase-x-osfp");
    EXPECT_EQ(netboxInterfaceType(Media::Ethernet, "qsfp28", 100), "100gbase-x-qsfp28");
    EXPECT_EQ(netboxInterfaceType(Media::Ethernet, "rj45", 1), "1000base-t");
    EXPECT_EQ(netboxInterfaceType(Media::Ethernet, "cxp", 12), "other");
    // Every Ethernet and InfiniBand port group of the catalog, on the connectors catalogs/README.md lists,
    // has its own NetBox type.
    const std::set<std::string> connectors = {"osfp",  "qsfp112", "qsfp56", "qsfp28", "qsfp-dd",
                                              "qsfp+", "sfp28",   "sfp+",   "rj45"};
    for (const auto& [id, type] : library().devices()) {
        for (const PortGroup& group : type.port_groups) {
            if (!connectors.contains(group.connector))
                continue;
            const Media media = group.media == Media::Vpi ? Media::Ethernet : group.media;
            EXPECT_NE(netboxInterfaceType(media, group.connector, group.maxGbps()), "other")
                << id << " " << group.name;
        }
    }

    // In the example, the XE9680's VPI compute NICs meet QM9700 InfiniBand ports: NDR; the BMC is management.
    const CsvTable interfaces = table(exportNetbox(readDesign(kExample, library())), NetboxFile::Interfaces);
    std::map<std::string, std::vector<std::string>> gpu01;
    for (const CsvRecord& row : interfaces.records()) {
        if (row.fields[interfaces.requiredColumn("device")] == "gpu-01")
            gpu01[row.fields[interfaces.requiredColumn("name")]] = row.fields;
    }
    const std::size_t type = interfaces.requiredColumn("type");
    EXPECT_EQ(gpu01.at("compute-1")[type], "infiniband-ndr");
    EXPECT_EQ(gpu01.at("compute-1")[interfaces.requiredColumn("speed")], "400000000"); // kbit/s
    EXPECT_EQ(gpu01.at("bmc-1")[type], "1000base-t");
    EXPECT_EQ(gpu01.at("bmc-1")[interfaces.requiredColumn("mgmt_only")], "true");
    EXPECT_EQ(gpu01.at("compute-1")[interfaces.requiredColumn("mgmt_only")], "false");
    EXPECT_EQ(gpu01.at("bmc-1")[interfaces.requiredColumn("description")], "oob");
}

TEST(NetboxExport, DevicesKeepRackPositionFaceAndWhatNetboxHasNoColumnFor) {
    Design design = smallDesign();
    Device gpu = *design.devices().find(1);
    gpu.gpu = "h100-sxm5-80gb";
    design.apply({Update<Device>{gpu}});
    const CsvTable devices = table(exportNetbox(design, {"Hall A"}), NetboxFile::Devices);
    std::map<std::string, std::vector<std::string>> rows;
    for (const CsvRecord& row : devices.records())
        rows[row.fields.front()] = row.fields;
    const auto field = [&](const char* device, const char* col) {
        return rows.at(device)[devices.requiredColumn(col)];
    };
    EXPECT_EQ(field("gpu-01", "rack"), "R1");
    EXPECT_EQ(field("gpu-01", "position"), "1");
    EXPECT_EQ(field("gpu-01", "face"), "front");
    EXPECT_EQ(field("gpu-01", "site"), "Hall A");
    EXPECT_EQ(field("gpu-01", "role"), "GPU server");
    EXPECT_EQ(field("gpu-01", "device_type"), "DGX H100");
    EXPECT_EQ(field("gpu-01", "description"), "role=training; gpu=h100-sxm5-80gb");
    EXPECT_EQ(field("leaf-1", "description"), "network=compute; role=leaf");
    EXPECT_EQ(field("login-01", "rack"), "");
    EXPECT_EQ(field("login-01", "position"), "");
    EXPECT_EQ(field("login-01", "face"), "");
}

TEST(NetboxExport, DeviceTypesYamlHasAnInterfaceTemplatePerPort) {
    const Design design = readDesign(kExample, library());
    const NetboxExport files = exportNetbox(design);
    const std::string& yaml = files.file(kNetboxDeviceTypesYaml);
    std::size_t documents = 0, templates = 0, expectedTemplates = 0;
    for (std::size_t at = yaml.find("---\n"); at != std::string::npos; at = yaml.find("---\n", at + 1))
        ++documents;
    for (std::size_t at = yaml.find("  - name: "); at != std::string::npos;
         at = yaml.find("  - name: ", at + 1))
        ++templates;
    for (const auto& [type, count] : summarize(design).devices_by_type)
        expectedTemplates += static_cast<std::size_t>(library().device(type)->portCount());
    EXPECT_EQ(documents, summarize(design).devices_by_type.size());
    EXPECT_EQ(templates, expectedTemplates);
    EXPECT_NE(yaml.find("manufacturer: \"NVIDIA\"\nmodel: \"QM9700\"\nslug: \"qm9700\"\nu_height: 1\n"),
              std::string::npos);
    EXPECT_NE(yaml.find("  - name: \"mgmt-1\"\n    type: \"1000base-t\"\n    mgmt_only: true\n"),
              std::string::npos);
}

TEST(NetboxExport, ReadmeGivesTheImportOrder) {
    const std::string& readme = exportNetbox(smallDesign()).file(kNetboxReadme);
    std::size_t last = 0;
    for (const NetboxFileSpec& spec : netboxFiles()) {
        const std::size_t at = readme.find(std::string(spec.name) + " (");
        ASSERT_NE(at, std::string::npos) << spec.name;
        if (spec.file != NetboxFile::Interfaces) { // listed with the devices, as the alternative to templates
            EXPECT_GT(at, last) << spec.name;
            last = at;
        }
    }
    EXPECT_NE(readme.find("NetBox " + std::string(kNetboxVersion)), std::string::npos);
    EXPECT_NE(readme.find("devices.csv (4 rows)"), std::string::npos);
}

TEST(NetboxExport, RefusesDeviceNamesNetboxCannotTellApart) {
    Design design = smallDesign();
    Device copy = *design.devices().find(4);
    copy.name = "gpu-01";
    design.apply({Update<Device>{copy}});
    try {
        exportNetbox(design);
        FAIL() << "exported two devices named gpu-01";
    } catch (const InputError& e) {
        EXPECT_NE(std::string(e.what()).find("devices 1 and 4 are both named 'gpu-01'"), std::string::npos)
            << e.what();
    }
}

class NetboxFolder : public TempDirTest {};

TEST_F(NetboxFolder, WritesEveryFileOrNone) {
    const NetboxExport files = exportNetbox(smallDesign());
    writeNetboxFolder(files, dir_ / "netbox");
    for (const auto& [name, content] : files.files)
        EXPECT_EQ(readFile(dir_ / "netbox" / name), content) << name;

    writeFile(dir_ / "taken", "a file, not a folder");
    EXPECT_THROW(writeNetboxFolder(files, dir_ / "taken"), InputError);
    // A folder where one file cannot be written: none of them is.
    fs::create_directories(dir_ / "half" / std::string(netboxFile(NetboxFile::Cables).name));
    EXPECT_THROW(writeNetboxFolder(files, dir_ / "half"), InputError);
    EXPECT_FALSE(fs::exists(dir_ / "half" / std::string(netboxFile(NetboxFile::Devices).name)));
    EXPECT_EQ(std::distance(fs::directory_iterator(dir_ / "half"), fs::directory_iterator()), 1);
}

} // namespace
} // namespace cs::test
