#include "io/design_file.h"
#include "model/design_summary.h"
#include "report/bom.h"
#include "test_support.h"
#include "topology/cluster_generator.h"
#include "topology/floor_plan.h"

#include <algorithm>
#include <set>

namespace cs::test {
namespace {

const fs::path kExample = kCatalogDir / "examples" / "training-128gpu.json";

const BomCableLine* findCable(const BillOfMaterials& bom, std::string_view cable, Network network) {
    for (const BomCableLine& line : bom.cables) {
        if (line.cable == cable && line.network == network)
            return &line;
    }
    return nullptr;
}

// Two QM9700s joined by `links` links of one cable type, starting at port 0 on both.
Design twoSwitches(const std::string& cable, int links) {
    Design design;
    design.adoptType(library(), "qm9700");
    design.adoptCable(library(), cable);
    design.apply(
        {Add<Device>{Device{1, "qm9700", "leaf-1", 0, 0, kNoRack, 0, "", Network::Compute, "leaf"}}});
    design.apply(
        {Add<Device>{Device{2, "qm9700", "spine-1", 0, 0, kNoRack, 0, "", Network::Compute, "spine"}}});
    for (int i = 0; i < links; ++i) {
        const auto port = static_cast<std::uint16_t>(i);
        design.apply({Add<Link>{
            Link{static_cast<LinkId>(i + 1), {1, port}, {2, port}, Network::Compute, 400, cable, 2}}});
    }
    return design;
}

TEST(Bom, DeviceQuantitiesEqualTheSummaryCounts) {
    const Design design = readDesign(kExample, library());
    const DesignSummary summary = summarize(design);
    const BillOfMaterials bom = makeBom(design);

    std::map<std::string, std::size_t> byType;
    std::array<std::size_t, kDeviceCategories.size()> byCategory{};
    for (const BomDeviceLine& line : bom.devices) {
        byType[line.type] += line.quantity;
        byCategory[static_cast<std::size_t>(line.category)] += line.quantity;
    }
    EXPECT_EQ(byType, summary.devices_by_type);
    EXPECT_EQ(byCategory, summary.devices_by_category);
    EXPECT_EQ(bom.totals.devices, summary.devices);
    EXPECT_EQ(bom.totals.gpus, 128u);
    EXPECT_EQ(bom.totals.gpus, summary.gpus);
    EXPECT_DOUBLE_EQ(bom.totals.max_watts, summary.max_watts);
    EXPECT_DOUBLE_EQ(bom.totals.idle_watts, summary.idle_watts);
    // 16 XE9680 at 6 U, 6 QM9700 at 1 U, ...: the U of every line adds up.
    std::size_t units = 0;
    for (const BomDeviceLine& line : bom.devices)
        units += line.rackUnits();
    EXPECT_EQ(bom.totals.rack_units, units);
    ASSERT_FALSE(bom.devices.empty());
    EXPECT_EQ(bom.devices.front().category, DeviceCategory::GpuServer);
    EXPECT_EQ(bom.devices.front().type, "xe9680");
    EXPECT_EQ(bom.devices.front().gpu, "h800-sxm5-80gb");
    EXPECT_EQ(bom.devices.front().quantity, 16u);
    EXPECT_EQ(bom.devices.front().gpus(), 128u);
}

TEST(Bom, CablesPerNetworkEqualLinksPerNetwork) {
    const Design design = readDesign(kExample, library());
    const DesignSummary summary = summarize(design);
    const BillOfMaterials bom = makeBom(design);
    EXPECT_EQ(bom.totals.links_by_network, summary.links_by_network);
    // Every cable in the example serves one port per end, so each link is one cable.
    EXPECT_EQ(bom.totals.cables_by_network, summary.links_by_network);
    for (const BomCableLine& line : bom.cables)
        EXPECT_FALSE(line.cable.empty()) << line.name; // the example chooses every cable
}

TEST(Bom, CountsTwoSinglePortTransceiversPerLink) {
    const BillOfMaterials bom = makeBom(readDesign(kExample, library()));
    std::size_t links = 0, transceivers = 0;
    double watts = 0;
    for (const BomCableLine& line : bom.cables) {
        if (line.cable != "osfp-400g-ndr-sr4")
            continue;
        EXPECT_EQ(line.network, Network::Compute);
        links += line.links;
        transceivers += line.transceivers;
        watts += line.power_watts;
    }
    EXPECT_EQ(links, 256u);
    EXPECT_EQ(transceivers, 512u);
    EXPECT_DOUBLE_EQ(watts, 512 * 8.0); // MMA4Z00-NS400: 8 W typical per module
    // Copper has no transceivers and no power.
    const BomCableLine* copper = findCable(bom, "cat6-rj45-1g", Network::Oob);
    ASSERT_NE(copper, nullptr);
    EXPECT_EQ(copper->transceivers, 0u);
    EXPECT_EQ(copper->power_watts, 0);
}

TEST(Bom, TwinPortItemsServeTwoPortsPerDevice) {
    // Twin-port 2x400G transceivers in 400G cages: three links use three ports per switch, two cages each.
    const BillOfMaterials optics = makeBom(twoSwitches("osfp-2x400g-ndr-sr8", 3));
    ASSERT_EQ(optics.cables.size(), 2u); // the modules, then their fibre
    EXPECT_EQ(optics.cables[0].item, BomCableItem::Transceiver);
    EXPECT_EQ(optics.cables[0].links, 3u);
    EXPECT_EQ(optics.cables[0].transceivers, 4u);
    EXPECT_EQ(optics.cables[0].quantity(), 4u);
    EXPECT_DOUBLE_EQ(optics.cables[0].power_watts, 4 * 17.0);
    EXPECT_EQ(optics.cables[1].item, BomCableItem::Fibre);
    EXPECT_EQ(optics.cables[1].cable, "mpo12-apc-mmf");
    EXPECT_EQ(optics.cables[1].quantity(), 3u); // one fibre per link
    EXPECT_EQ(optics.cables[1].length_class, LengthClass::UpTo3m);
    EXPECT_EQ(optics.cables[1].transceivers, 0u);
    EXPECT_EQ(optics.cables[1].power_watts, 0);
    EXPECT_EQ(optics.totals.links_by_network[networkIndex(Network::Compute)],
              3u); // the fibre is no extra run
    // An 800G DAC joins two cages: four links are two cables, and a DAC has no transceivers.
    const BillOfMaterials copper = makeBom(twoSwitches("osfp-800g-ndr-dac", 4));
    ASSERT_EQ(copper.cables.size(), 1u);
    EXPECT_EQ(copper.cables[0].links, 4u);
    EXPECT_EQ(copper.cables[0].cables, 2u);
    EXPECT_EQ(copper.cables[0].transceivers, 0u);
    EXPECT_EQ(copper.totals.cables_by_network[networkIndex(Network::Compute)], 2u);
}

// Every optical link of a generated cluster orders its modules and its fibre on two lines, and no line mixes
// them: a transceiver line counts modules only, the fibre line after it one cord per link of the same length.
TEST(Bom, OrdersTransceiversAndTheirFibreOnSeparateLines) {
    GeneratorOptions options;
    options.servers = 16;
    options.server = "dgx-h100";
    const BillOfMaterials bom = makeBom(generateCluster(options, library()));
    std::size_t transceiverLines = 0;
    for (std::size_t i = 0; i < bom.cables.size(); ++i) {
        const BomCableLine& line = bom.cables[i];
        EXPECT_EQ(line.item == BomCableItem::Transceiver, line.kind == CableKind::Transceiver) << line.name;
        if (line.item == BomCableItem::Cable) {
            EXPECT_EQ(line.transceivers, 0u) << line.name;
        }
        if (line.item != BomCableItem::Transceiver)
            continue;
        ++transceiverLines;
        EXPECT_EQ(line.cables, 0u) << line.name;
        EXPECT_GE(line.transceivers, line.links) << line.name;
        ASSERT_LT(i + 1, bom.cables.size());
        const BomCableLine& fibre = bom.cables[i + 1];
        EXPECT_EQ(fibre.item, BomCableItem::Fibre);
        EXPECT_EQ(fibre.cable, library().cable(line.cable)->fibre->id);
        EXPECT_EQ(fibre.network, line.network);
        EXPECT_EQ(fibre.length_class, line.length_class);
        EXPECT_EQ(fibre.cables, line.links);
    }
    EXPECT_GE(transceiverLines, 3u); // compute, storage, in-band and uplink are optical
    const std::string csv = bomToCsv(bom);
    EXPECT_NE(csv.find("\r\ntransceiver,osfp-"), std::string::npos) << csv;
    EXPECT_NE(csv.find("\r\nfibre,mpo12-"), std::string::npos) << csv;
    EXPECT_NE(bomToText(bom).find("fibre"), std::string::npos);
}

// The 1GbE out-of-band network is Cat6 copper throughout, its switch-to-switch links included, for a cluster
// of two leaves and for one with aggregation switches.
TEST(Bom, OutOfBandIsCat6CopperOnly) {
    for (int servers : {16, 256}) {
        GeneratorOptions options;
        options.servers = servers;
        options.server = "dgx-h100";
        const Design design = generateCluster(options, library());
        std::size_t switchToSwitch = 0;
        for (const Link& link : design.links().items()) {
            if (link.network != Network::Oob)
                continue;
            EXPECT_EQ(link.gbps, 1);
            EXPECT_EQ(link.cable, "cat6-rj45-1g");
            const auto isSwitch = [&](DeviceId id) {
                return design.typeOf(*design.devices().find(id)).category == DeviceCategory::Switch;
            };
            switchToSwitch += isSwitch(link.a.device) && isSwitch(link.b.device);
        }
        EXPECT_GT(switchToSwitch, 0u) << servers;
        for (const BomCableLine& line : makeBom(design).cables) {
            if (line.network == Network::Oob) {
                EXPECT_EQ(line.cable, "cat6-rj45-1g") << servers << ": " << line.name;
            }
        }
    }
}

TEST(Bom, GroupsDevicesByGpuAndNamesUnspecifiedCables) {
    Design design = smallDesign();
    design.adoptType(library(), "xe9680");
    design.apply(
        {Add<Device>{Device{5, "xe9680", "gpu-03", 0, 0, kNoRack, 0, "", std::nullopt, "training"}}});
    design.apply({Add<Device>{
        Device{6, "xe9680", "gpu-04", 0, 0, kNoRack, 0, "h200-sxm5-141gb", std::nullopt, "training"}}});
    const BillOfMaterials bom = makeBom(design);
    std::set<std::pair<std::string, std::string>> lines;
    for (const BomDeviceLine& line : bom.devices)
        lines.insert({line.type, line.gpu});
    EXPECT_EQ(lines, (std::set<std::pair<std::string, std::string>>{{"dgx-h100", "h100-sxm5-80gb"},
                                                                    {"xe9680", "h100-sxm5-80gb"},
                                                                    {"xe9680", "h200-sxm5-141gb"},
                                                                    {"qm9700", ""},
                                                                    {"r660", ""}}));
    EXPECT_EQ(bom.totals.gpus, 4 * 8u);

    // Link 1's transceivers and their fibre; link 2 of the small design has no cable and no length.
    ASSERT_EQ(bom.cables.size(), 3u);
    const BomCableLine& unspecified = bom.cables.back();
    EXPECT_TRUE(unspecified.cable.empty());
    EXPECT_EQ(unspecified.name, "unspecified osfp 400G");
    EXPECT_FALSE(unspecified.kind);
    EXPECT_EQ(unspecified.length_class, LengthClass::Unset);
    EXPECT_EQ(unspecified.cables, 1u);
    EXPECT_EQ(bom.cables.front().length_class, LengthClass::UpTo3m);
}

TEST(Bom, LengthClassesFollowTheirLimits) {
    EXPECT_EQ(lengthClassOf(0), LengthClass::Unset);
    EXPECT_EQ(lengthClassOf(0.5), LengthClass::UpTo3m);
    EXPECT_EQ(lengthClassOf(3), LengthClass::UpTo3m);
    EXPECT_EQ(lengthClassOf(3.1), LengthClass::UpTo10m);
    EXPECT_EQ(lengthClassOf(30), LengthClass::UpTo30m);
    EXPECT_EQ(lengthClassOf(100), LengthClass::UpTo100m);
    EXPECT_EQ(lengthClassOf(100.5), LengthClass::Over100m);
    EXPECT_EQ(lengthClassLabel(LengthClass::UpTo10m), "<=10 m");
}

TEST(Bom, CsvQuotesCommasQuotesAndLineBreaks) {
    Design design = smallDesign();
    Device leaf = *design.devices().find(3);
    leaf.name = "leaf \"A\", row 1";
    design.apply({Update<Device>{leaf}});
    const std::string schedule = cableScheduleToCsv(makeCableSchedule(design));
    EXPECT_EQ(schedule.rfind("link,network,gbps,cable,cable_name,length_m,a_rack,a_row,a_position,a_rack_u,"
                             "a_device,a_port,b_rack,b_row,b_position,b_rack_u,b_device,b_port\r\n",
                             0),
              0u);
    EXPECT_NE(schedule.find(",\"leaf \"\"A\"\", row 1\",p-1\r\n"), std::string::npos) << schedule;
    EXPECT_EQ(std::count(schedule.begin(), schedule.end(), '\n'), 3); // header and two links

    const std::string bom = bomToCsv(makeBom(design));
    EXPECT_EQ(bom.rfind("item,id,model,name,vendor,category,", 0), 0u);
    // header, 3 device types, the transceivers and fibre of one link, the unspecified cable of the other
    EXPECT_EQ(std::count(bom.begin(), bom.end(), '\n'), 1 + 3 + 3);
}

TEST(Bom, ScheduleHasOneSortedRowPerLink) {
    const Design design = readDesign(kExample, library());
    const CableSchedule schedule = makeCableSchedule(design);
    ASSERT_EQ(schedule.size(), design.links().size());
    const FloorPlan floor = floorPlanOf(design);
    std::set<LinkId> ids;
    for (const CableScheduleRow& row : schedule) {
        ids.insert(row.link);
        const Link& link = *design.links().find(row.link);
        EXPECT_EQ(row.network, link.network);
        EXPECT_EQ(row.a.device, design.devices().find(link.a.device)->name);
        EXPECT_EQ(row.b.port, design.portName(link.b));
        // Each end's rack stands where the floor plan puts it, counted from 1.
        for (const auto& [end, device] :
             {std::pair{&row.a, link.a.device}, std::pair{&row.b, link.b.device}}) {
            const RackSpot* spot = floor.spot(design.devices().find(device)->rack);
            ASSERT_NE(spot, nullptr);
            EXPECT_EQ(end->row, spot->row + 1);
            EXPECT_EQ(end->position, spot->position + 1);
        }
    }
    EXPECT_EQ(ids.size(), schedule.size());
    // Network first, then the a-end's rack on the floor (row, place in the row) and unit.
    EXPECT_TRUE(std::is_sorted(schedule.begin(), schedule.end(), [](const auto& p, const auto& q) {
        return std::tie(p.network, p.a.row, p.a.position, p.a.rack_u) <
               std::tie(q.network, q.a.row, q.a.position, q.a.rack_u);
    }));
    const nlohmann::json first = cableScheduleToJson(schedule).front();
    EXPECT_EQ(first["a"]["row"], schedule.front().a.row);
    EXPECT_EQ(first["b"]["position"], schedule.front().b.position);
    EXPECT_EQ(schedule.front().network, Network::Compute);
    EXPECT_EQ(schedule.back().network, Network::Oob);
}

TEST(Bom, ScheduleComparesNumbersInNamesAsNumbers) {
    Design design = smallDesign();
    for (const auto& [id, name] : {std::pair{DeviceId{1}, "gpu-10"}, std::pair{DeviceId{2}, "gpu-9"}}) {
        Device device = *design.devices().find(id);
        device.name = name;
        device.rack = kNoRack;
        device.rack_u = 0;
        design.apply({Update<Device>{device}});
    }
    const CableSchedule schedule = makeCableSchedule(design);
    ASSERT_EQ(schedule.size(), 2u);
    EXPECT_EQ(schedule[0].a.device, "gpu-9");
    EXPECT_EQ(schedule[1].a.device, "gpu-10");

    EXPECT_EQ(schedule[0].a.row, 0);
    EXPECT_EQ(schedule[0].a.position, 0);

    // A device in a rack comes before one in none.
    Device racked = *design.devices().find(1);
    racked.rack = 1;
    racked.rack_u = 1;
    design.apply({Update<Device>{racked}});
    EXPECT_EQ(makeCableSchedule(design)[0].a.device, "gpu-10");
    EXPECT_EQ(makeCableSchedule(design)[0].a.row, 1);
    EXPECT_EQ(makeCableSchedule(design)[0].a.position, 1);
}

} // namespace
} // namespace cs::test
