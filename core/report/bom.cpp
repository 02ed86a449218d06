#include "report/bom.h"

#include "base/number_format.h"
#include "io/csv.h"
#include "topology/floor_plan.h"

#include <algorithm>
#include <map>
#include <tuple>

namespace cs {

using nlohmann::json;

namespace {

// Upper bounds of the length classes after Unset, in metres (see LengthClass).
constexpr std::array kLengthClassLimits = {3.0, 10.0, 30.0, 100.0};

std::string_view cableKindId(CableKind kind) {
    switch (kind) {
    case CableKind::Transceiver:
        return "transceiver";
    case CableKind::Aoc:
        return "aoc";
    case CableKind::Dac:
        return "dac";
    case CableKind::Copper:
        return "copper";
    }
    return "";
}

std::string speedLabel(int gbps) {
    return std::to_string(gbps) + "G";
}

// Compares names with their digit runs as numbers, so that "gpu-2" sorts before "gpu-10".
bool naturalLess(std::string_view a, std::string_view b) {
    const auto isDigit = [](char c) { return c >= '0' && c <= '9'; };
    std::size_t i = 0, j = 0;
    while (i < a.size() && j < b.size()) {
        if (isDigit(a[i]) && isDigit(b[j])) {
            const std::size_t startA = i, startB = j;
            while (i < a.size() && isDigit(a[i]))
                ++i;
            while (j < b.size() && isDigit(b[j]))
                ++j;
            std::string_view runA = a.substr(startA, i - startA), runB = b.substr(startB, j - startB);
            runA.remove_prefix(std::min(runA.find_first_not_of('0'), runA.size()));
            runB.remove_prefix(std::min(runB.find_first_not_of('0'), runB.size()));
            if (runA.size() != runB.size())
                return runA.size() < runB.size();
            if (runA != runB)
                return runA < runB;
        } else {
            if (a[i] != b[j])
                return a[i] < b[j];
            ++i;
            ++j;
        }
    }
    return a.size() - i < b.size() - j;
}

// Rows of cells printed in aligned columns; the columns named numeric are right-aligned.
class TextTable {
public:
    TextTable(std::vector<std::string> header, std::vector<bool> numeric)
        : numeric_(std::move(numeric)) {
        rows_.push_back(std::move(header));
    }
    void add(std::vector<std::string> row) { rows_.push_back(std::move(row)); }

    std::string render() const {
        std::vector<std::size_t> widths(numeric_.size(), 0);
        for (const auto& row : rows_) {
            for (std::size_t column = 0; column < row.size(); ++column)
                widths[column] = std::max(widths[column], row[column].size());
        }
        std::string text;
        for (const auto& row : rows_) {
            std::string line = " ";
            for (std::size_t column = 0; column < row.size(); ++column) {
                const std::string padding(widths[column] - row[column].size(), ' ');
                line += ' ';
                line += numeric_[column] ? padding + row[column] : row[column] + padding;
            }
            line.erase(line.find_last_not_of(' ') + 1);
            text += line + "\n";
        }
        return text;
    }

private:
    std::vector<bool> numeric_;
    std::vector<std::vector<std::string>> rows_;
};

// The rate of a port (its fastest speed), which is what a twin-port module carries twice.
int portGbps(const Design& design, Endpoint end) {
    return design.typeOf(*design.devices().find(end.device)).groupOfPort(end.port).maxGbps();
}

std::string unspecifiedCableName(const Design& design, const Link& link) {
    const auto connector = [&design](Endpoint end) {
        return design.typeOf(*design.devices().find(end.device)).groupOfPort(end.port).connector;
    };
    std::string connectors = connector(link.a);
    if (const std::string other = connector(link.b); other != connectors)
        connectors += "/" + other;
    return "unspecified " + connectors + " " + speedLabel(link.gbps);
}

// What a cable line counts before its items are worked out. Twin-port items are paired per device (two
// ports of one device share a cage) and twin-port cables per pair of devices.
struct CableTally {
    std::size_t single_ends = 0, single_links = 0;
    std::map<DeviceId, std::size_t> twin_ends_by_device;
    std::map<std::pair<DeviceId, DeviceId>, std::size_t> twin_links_by_devices;
};

// Twin-port items needed for these counts of ports: half of each, rounded up.
template <typename Key> std::size_t twinItems(const std::map<Key, std::size_t>& ports) {
    std::size_t items = 0;
    for (const auto& [key, count] : ports)
        items += (count + 1) / 2;
    return items;
}

CableEnd cableEnd(const Design& design, const FloorPlan& floor, Endpoint endpoint) {
    const Device& device = *design.devices().find(endpoint.device);
    CableEnd end;
    if (const Rack* rack = design.racks().find(device.rack))
        end.rack = rack->name;
    if (const RackSpot* spot = floor.spot(device.rack)) {
        end.row = spot->row + 1;
        end.position = spot->position + 1;
    }
    end.rack_u = device.rack_u;
    end.device = device.name;
    end.port = design.portName(endpoint);
    return end;
}

json endToJson(const CableEnd& end) {
    return {{"rack", end.rack},     {"row", end.row},       {"position", end.position},
            {"rack_u", end.rack_u}, {"device", end.device}, {"port", end.port}};
}

} // namespace

LengthClass lengthClassOf(double length_m) {
    if (length_m <= 0)
        return LengthClass::Unset;
    for (std::size_t i = 0; i < kLengthClassLimits.size(); ++i) {
        if (length_m <= kLengthClassLimits[i])
            return static_cast<LengthClass>(i + 1);
    }
    return LengthClass::Over100m;
}

std::string_view bomCableItemId(BomCableItem item) {
    switch (item) {
    case BomCableItem::Transceiver:
        return "transceiver";
    case BomCableItem::Fibre:
        return "fibre";
    case BomCableItem::Cable:
        return "cable";
    }
    return "";
}

std::string_view lengthClassLabel(LengthClass length_class) {
    switch (length_class) {
    case LengthClass::Unset:
        return "not set";
    case LengthClass::UpTo3m:
        return "<=3 m";
    case LengthClass::UpTo10m:
        return "<=10 m";
    case LengthClass::UpTo30m:
        return "<=30 m";
    case LengthClass::UpTo100m:
        return "<=100 m";
    case LengthClass::Over100m:
        return ">100 m";
    }
    return "";
}

BillOfMaterials makeBom(const Design& design) {
    BillOfMaterials bom;
    bom.design = design.name;

    using DeviceKey = std::tuple<DeviceCategory, std::string, std::string>; // category, type, GPU
    std::map<DeviceKey, BomDeviceLine> devices;
    for (const Device& device : design.devices().items()) {
        const DeviceType& type = design.typeOf(device);
        const GpuType* gpu = design.gpuOf(device);
        BomDeviceLine& line = devices[{type.category, type.id, gpu ? gpu->id : ""}];
        if (line.quantity == 0) {
            line.type = type.id;
            line.model = type.model;
            line.name = type.name;
            line.vendor = type.vendor;
            line.category = type.category;
            line.gpu = gpu ? gpu->id : "";
            line.gpus_each = gpu ? design.gpuCount(device) : 0;
            line.rack_units_each = type.rack_units;
            line.idle_watts_each = type.idle_watts;
            line.max_watts_each = type.max_watts;
        }
        ++line.quantity;
    }
    for (auto& [key, line] : devices) {
        bom.totals.devices += line.quantity;
        bom.totals.gpus += line.gpus();
        bom.totals.rack_units += line.rackUnits();
        bom.totals.idle_watts += line.idleWatts();
        bom.totals.max_watts += line.maxWatts();
        bom.devices.push_back(std::move(line));
    }

    // Unspecified cables sort after the chosen ones of their network.
    using CableKey = std::tuple<Network, bool, std::string, LengthClass>;
    std::map<CableKey, std::pair<BomCableLine, CableTally>> cables;
    for (const Link& link : design.links().items()) {
        const CableType* type = link.cable.empty() ? nullptr : design.catalog().cable(link.cable);
        const std::string name = type ? type->name : unspecifiedCableName(design, link);
        const LengthClass length_class = lengthClassOf(link.length_m);
        auto& [line, tally] = cables[{link.network, type == nullptr, type ? type->id : name, length_class}];
        if (line.links == 0) {
            line.item = type && type->kind == CableKind::Transceiver ? BomCableItem::Transceiver
                                                                     : BomCableItem::Cable;
            line.cable = link.cable;
            line.name = name;
            line.kind = type ? std::optional(type->kind) : std::nullopt;
            line.network = link.network;
            line.length_class = length_class;
        }
        ++line.links;
        if (!type)
            continue;
        for (Endpoint end : {link.a, link.b}) {
            if (type->gbps == 2 * portGbps(design, end))
                ++tally.twin_ends_by_device[end.device];
            else
                ++tally.single_ends;
        }
        if (type->gbps == 2 * portGbps(design, link.a) && type->gbps == 2 * portGbps(design, link.b))
            ++tally.twin_links_by_devices[std::minmax(link.a.device, link.b.device)];
        else
            ++tally.single_links;
    }
    for (auto& [key, entry] : cables) {
        auto& [line, tally] = entry;
        const std::size_t network = networkIndex(line.network);
        bom.totals.links_by_network[network] += line.links;
        if (!line.kind) {
            line.cables = line.links;
        } else if (*line.kind == CableKind::Transceiver) {
            const CableType& type = *design.catalog().cable(line.cable);
            line.transceivers = tally.single_ends + twinItems(tally.twin_ends_by_device);
            line.power_watts = type.power_watts * static_cast<double>(line.transceivers);
            bom.totals.transceivers += line.transceivers;
            bom.totals.cable_power_watts += line.power_watts;
            BomCableLine fibre;
            fibre.item = BomCableItem::Fibre;
            // A file written before the catalog named fibres still gets its fibre line, named after the
            // module.
            fibre.cable = type.fibre ? type.fibre->id : "";
            fibre.name = type.fibre ? type.fibre->name : "fibre patch cord for " + type.name;
            fibre.network = line.network;
            fibre.length_class = line.length_class;
            fibre.links = line.links;
            fibre.cables = line.links;
            bom.totals.cables_by_network[network] += fibre.cables;
            bom.cables.push_back(std::move(line));
            bom.cables.push_back(std::move(fibre));
            continue;
        } else {
            const CableType& type = *design.catalog().cable(line.cable);
            line.cables = tally.single_links + twinItems(tally.twin_links_by_devices);
            line.power_watts = type.power_watts * static_cast<double>(2 * line.cables);
            bom.totals.cable_power_watts += line.power_watts;
        }
        bom.totals.cables_by_network[network] += line.cables;
        bom.cables.push_back(std::move(line));
    }
    return bom;
}

json bomToJson(const BillOfMaterials& bom) {
    json devices = json::array();
    for (const BomDeviceLine& line : bom.devices) {
        devices.push_back({{"type", line.type},
                           {"model", line.model},
                           {"name", line.name},
                           {"vendor", line.vendor},
                           {"category", categoryId(line.category)},
                           {"gpu", line.gpu},
                           {"quantity", line.quantity},
                           {"gpus_each", line.gpus_each},
                           {"gpus", line.gpus()},
                           {"rack_units_each", line.rack_units_each},
                           {"rack_units", line.rackUnits()},
                           {"idle_watts_each", line.idle_watts_each},
                           {"idle_watts", line.idleWatts()},
                           {"max_watts_each", line.max_watts_each},
                           {"max_watts", line.maxWatts()}});
    }
    json cables = json::array();
    for (const BomCableLine& line : bom.cables) {
        cables.push_back({{"item", bomCableItemId(line.item)},
                          {"cable", line.cable},
                          {"name", line.name},
                          {"kind", line.kind ? json(cableKindId(*line.kind)) : json(nullptr)},
                          {"network", networkId(line.network)},
                          {"length_class", lengthClassLabel(line.length_class)},
                          {"links", line.links},
                          {"quantity", line.quantity()},
                          {"cables", line.cables},
                          {"transceivers", line.transceivers},
                          {"power_watts", line.power_watts}});
    }
    json links = json::object(), cablesByNetwork = json::object();
    for (Network network : kNetworks) {
        links[std::string(networkId(network))] = bom.totals.links_by_network[networkIndex(network)];
        cablesByNetwork[std::string(networkId(network))] =
            bom.totals.cables_by_network[networkIndex(network)];
    }
    const BomTotals& totals = bom.totals;
    return {{"design", bom.design},
            {"devices", devices},
            {"cables", cables},
            {"totals",
             {{"devices", totals.devices},
              {"gpus", totals.gpus},
              {"rack_units", totals.rack_units},
              {"idle_watts", totals.idle_watts},
              {"max_watts", totals.max_watts},
              {"links_by_network", links},
              {"cables_by_network", cablesByNetwork},
              {"transceivers", totals.transceivers},
              {"cable_power_watts", totals.cable_power_watts}}}};
}

std::string bomToCsv(const BillOfMaterials& bom) {
    std::string csv = csvRow({"item",
                              "id",
                              "model",
                              "name",
                              "vendor",
                              "category",
                              "gpu",
                              "network",
                              "length_class",
                              "quantity",
                              "gpus_each",
                              "gpus",
                              "rack_units_each",
                              "rack_units",
                              "idle_watts_each",
                              "idle_watts",
                              "max_watts_each",
                              "max_watts",
                              "links",
                              "transceivers",
                              "power_watts"});
    for (const BomDeviceLine& line : bom.devices) {
        const bool hasGpus = line.gpus_each > 0;
        csv += csvRow({"device",
                       line.type,
                       line.model,
                       line.name,
                       line.vendor,
                       std::string(categoryId(line.category)),
                       line.gpu,
                       "",
                       "",
                       std::to_string(line.quantity),
                       hasGpus ? std::to_string(line.gpus_each) : "",
                       hasGpus ? std::to_string(line.gpus()) : "",
                       std::to_string(line.rack_units_each),
                       std::to_string(line.rackUnits()),
                       hundredthsText(line.idle_watts_each),
                       hundredthsText(line.idleWatts()),
                       hundredthsText(line.max_watts_each),
                       hundredthsText(line.maxWatts()),
                       "",
                       "",
                       ""});
    }
    for (const BomCableLine& line : bom.cables) {
        csv += csvRow({std::string(bomCableItemId(line.item)),
                       line.cable,
                       "",
                       line.name,
                       "",
                       line.kind ? std::string(cableKindId(*line.kind)) : "",
                       "",
                       std::string(networkId(line.network)),
                       std::string(lengthClassLabel(line.length_class)),
                       std::to_string(line.quantity()),
                       "",
                       "",
                       "",
                       "",
                       "",
                       "",
                       "",
                       "",
                       std::to_string(line.links),
                       std::to_string(line.transceivers),
                       hundredthsText(line.power_watts)});
    }
    return csv;
}

std::string bomToText(const BillOfMaterials& bom) {
    const BomTotals& totals = bom.totals;
    std::string text =
        "Bill of materials: " + (bom.design.empty() ? "(unnamed)" : bom.design) + "\n\nDevices\n";
    TextTable devices(
        {"id", "model", "category", "GPU", "qty", "GPUs", "U each", "U", "max W each", "max kW"},
        {false, false, false, false, true, true, true, true, true, true});
    for (const BomDeviceLine& line : bom.devices) {
        const bool hasGpus = line.gpus_each > 0;
        devices.add({line.type, line.model, std::string(categoryLabel(line.category)),
                     hasGpus ? std::to_string(line.gpus_each) + "x " + line.gpu : "",
                     std::to_string(line.quantity), hasGpus ? std::to_string(line.gpus()) : "",
                     std::to_string(line.rack_units_each), std::to_string(line.rackUnits()),
                     hundredthsText(line.max_watts_each), hundredthsText(line.maxWatts() / 1000)});
    }
    devices.add({"total", "", "", "", std::to_string(totals.devices), std::to_string(totals.gpus), "",
                 std::to_string(totals.rack_units), "", hundredthsText(totals.max_watts / 1000)});
    text += devices.render();

    text += "\nCables and optics\n";
    TextTable cables({"network", "item", "cable", "length", "links", "cables", "transceivers", "power W"},
                     {false, false, false, false, true, true, true, true});
    for (const BomCableLine& line : bom.cables) {
        const bool modules = line.item == BomCableItem::Transceiver;
        cables.add({std::string(networkLabel(line.network)), std::string(bomCableItemId(line.item)),
                    line.cable.empty() ? line.name : line.cable,
                    std::string(lengthClassLabel(line.length_class)), std::to_string(line.links),
                    modules ? "" : std::to_string(line.cables),
                    modules ? std::to_string(line.transceivers) : "", hundredthsText(line.power_watts)});
    }
    for (Network network : kNetworks) {
        const std::size_t index = networkIndex(network);
        if (totals.links_by_network[index] > 0)
            cables.add({std::string(networkLabel(network)), "total", "", "",
                        std::to_string(totals.links_by_network[index]),
                        std::to_string(totals.cables_by_network[index]), "", ""});
    }
    cables.add({"total", "", "", "", "", "", std::to_string(totals.transceivers),
                hundredthsText(totals.cable_power_watts)});
    text += cables.render();

    // Counted apart: a switch's catalog maximum may already include the optics in its cages.
    text += "\nIT power of the devices: " + hundredthsText(totals.idle_watts / 1000) + " kW idle, " +
            hundredthsText(totals.max_watts / 1000) +
            " kW max\nOptics and active cables (catalog figures per end): " +
            hundredthsText(totals.cable_power_watts / 1000) + " kW\n";
    return text;
}

CableSchedule makeCableSchedule(const Design& design) {
    CableSchedule schedule;
    schedule.reserve(design.links().size());
    std::vector<std::uint16_t> a_ports; // the a-end port index of each row, for ordering
    a_ports.reserve(design.links().size());
    const FloorPlan floor = floorPlanOf(design);
    for (const Link& link : design.links().items()) {
        CableScheduleRow row;
        row.link = link.id;
        row.network = link.network;
        row.gbps = link.gbps;
        row.cable = link.cable;
        if (const CableType* type = link.cable.empty() ? nullptr : design.catalog().cable(link.cable))
            row.cable_name = type->name;
        row.length_m = link.length_m;
        row.a = cableEnd(design, floor, link.a);
        row.b = cableEnd(design, floor, link.b);
        schedule.push_back(std::move(row));
        a_ports.push_back(link.a.port);
    }
    std::vector<std::size_t> order(schedule.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::sort(order.begin(), order.end(), [&](std::size_t x, std::size_t y) {
        const CableScheduleRow& p = schedule[x];
        const CableScheduleRow& q = schedule[y];
        if (p.network != q.network)
            return p.network < q.network;
        if ((p.a.row == 0) != (q.a.row == 0))
            return q.a.row == 0;
        if (p.a.row != q.a.row)
            return p.a.row < q.a.row;
        if (p.a.position != q.a.position)
            return p.a.position < q.a.position;
        if (p.a.rack_u != q.a.rack_u)
            return p.a.rack_u < q.a.rack_u;
        if (p.a.device != q.a.device)
            return naturalLess(p.a.device, q.a.device);
        if (a_ports[x] != a_ports[y])
            return a_ports[x] < a_ports[y];
        return p.link < q.link;
    });
    CableSchedule sorted;
    sorted.reserve(schedule.size());
    for (std::size_t i : order)
        sorted.push_back(std::move(schedule[i]));
    return sorted;
}

json cableScheduleToJson(const CableSchedule& schedule) {
    json rows = json::array();
    for (const CableScheduleRow& row : schedule) {
        rows.push_back({{"link", row.link},
                        {"network", networkId(row.network)},
                        {"gbps", row.gbps},
                        {"cable", row.cable},
                        {"cable_name", row.cable_name},
                        {"length_m", row.length_m},
                        {"a", endToJson(row.a)},
                        {"b", endToJson(row.b)}});
    }
    return rows;
}

std::string cableScheduleToCsv(const CableSchedule& schedule) {
    std::string csv = csvRow({"link", "network", "gbps", "cable", "cable_name", "length_m", "a_rack", "a_row",
                              "a_position", "a_rack_u", "a_device", "a_port", "b_rack", "b_row", "b_position",
                              "b_rack_u", "b_device", "b_port"});
    // Row, place and unit count from 1; 0 (in no rack, no slot) is left empty.
    const auto unit = [](int number) { return number > 0 ? std::to_string(number) : ""; };
    for (const CableScheduleRow& row : schedule) {
        csv += csvRow({std::to_string(row.link), std::string(networkId(row.network)),
                       std::to_string(row.gbps), row.cable, row.cable_name,
                       row.length_m > 0 ? hundredthsText(row.length_m) : "", row.a.rack, unit(row.a.row),
                       unit(row.a.position), unit(row.a.rack_u), row.a.device, row.a.port, row.b.rack,
                       unit(row.b.row), unit(row.b.position), unit(row.b.rack_u), row.b.device, row.b.port});
    }
    return csv;
}

} // namespace cs
