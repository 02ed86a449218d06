#pragma once

#include "model/design.h"

#include <array>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cs {

// The lengths installers order cables by. Passive DACs reach 2-3 m (catalogs/cables.json), so "<=3 m" is a
// DAC within a rack; "<=10 m" reaches the next racks, "<=30 m" across a row, "<=100 m" is the multimode
// SR4 and Cat6 limit within a hall, and anything longer needs single-mode optics. A link with length_m 0
// has no length yet.
enum class LengthClass : std::uint8_t { Unset, UpTo3m, UpTo10m, UpTo30m, UpTo100m, Over100m };
LengthClass lengthClassOf(double length_m);
std::string_view lengthClassLabel(LengthClass length_class); // "not set", "<=3 m", ..., ">100 m"

// One line per catalog device type and GPU choice (a server may carry a GPU other than its type's default).
struct BomDeviceLine {
    std::string type; // catalog id
    std::string model, name, vendor;
    DeviceCategory category = DeviceCategory::CpuServer;
    std::string gpu; // GPU id; empty for devices without GPUs
    std::size_t quantity = 0;
    int gpus_each = 0;
    int rack_units_each = 0;
    double idle_watts_each = 0, max_watts_each = 0;

    std::size_t gpus() const { return quantity * static_cast<std::size_t>(gpus_each); }
    std::size_t rackUnits() const { return quantity * static_cast<std::size_t>(rack_units_each); }
    double idleWatts() const { return static_cast<double>(quantity) * idle_watts_each; }
    double maxWatts() const { return static_cast<double>(quantity) * max_watts_each; }
};

// What a cable line orders: transceivers (modules, per port), the fibre patch cords between them, or whole
// cables (DAC, AOC, copper, or links with no cable chosen yet). A link with transceivers gives two lines, the
// modules and the fibre, so that an optic is never folded into a cable line.
enum class BomCableItem : std::uint8_t { Transceiver, Fibre, Cable };
std::string_view bomCableItemId(BomCableItem item); // "transceiver", "fibre", "cable"

// One line per item, cable type, network and length class.
//
// Counting: a link is one cable run. A module or cable whose rate is twice its port's rate is twin-port (the
// 2x400G OSFP in a QM9700 cage, an 800G DAC between two cages) and serves two ports: twin-port transceivers
// are counted as half the ports of a device that the line uses, twin-port DACs/AOCs as half the links
// between two devices, rounded up (the SuperPOD RA's Table 8 counts the switch side so: 1,536 OSFP
// transceivers for about 3,070 switch ports). Any other transceiver serves one port: two per link, one at
// each end. One fibre per link (a twin-port module takes one cord per port). A splitter cable is counted per
// leg.
struct BomCableLine {
    BomCableItem item = BomCableItem::Cable;
    std::string cable; // catalog id (of the fibre for fibre lines); empty when none is chosen or known
    std::string name;  // the catalog name, or "unspecified <connector> <speed>"
    std::optional<CableKind> kind; // the catalog cable's kind; none for unspecified cables and fibres
    Network network = Network::Compute;
    LengthClass length_class = LengthClass::Unset;
    std::size_t links = 0;        // cable runs
    std::size_t cables = 0;       // cables or fibres to order; 0 on transceiver lines
    std::size_t transceivers = 0; // modules to order; 0 unless the item is transceivers
    double power_watts = 0;       // the catalog's per-end power times the powered ends

    std::size_t quantity() const { return item == BomCableItem::Transceiver ? transceivers : cables; }
};

struct BomTotals {
    std::size_t devices = 0, gpus = 0, rack_units = 0;
    double idle_watts = 0, max_watts = 0; // devices only, as `info` sums them
    std::array<std::size_t, kNetworkCount> links_by_network{};
    std::array<std::size_t, kNetworkCount> cables_by_network{};
    std::size_t transceivers = 0;
    double cable_power_watts = 0; // optics and active cables, not part of the device figures
};

struct BillOfMaterials {
    std::string design;
    std::vector<BomDeviceLine> devices; // by category, then catalog id, then GPU
    std::vector<BomCableLine> cables; // by network, then cable, then length class; a fibre after its modules
    BomTotals totals;
};

BillOfMaterials makeBom(const Design& design);
nlohmann::json bomToJson(const BillOfMaterials& bom);
// One table with a header row: device lines, then cable lines (the `item` column says which).
std::string bomToCsv(const BillOfMaterials& bom);
// Aligned columns for a terminal.
std::string bomToText(const BillOfMaterials& bom);

// Where one end of a cable goes.
struct CableEnd {
    std::string rack; // empty when the device is in no rack
    int row = 0;      // the rack's row and place in it on the floor (floorPlanOf), from 1; 0 = in no rack
    int position = 0;
    int rack_u = 0; // lowest unit the device occupies; 0 = no slot
    std::string device;
    std::string port;
};

struct CableScheduleRow {
    LinkId link = 0;
    Network network = Network::Compute;
    int gbps = 0;
    std::string cable, cable_name; // empty when no cable is chosen
    double length_m = 0;
    CableEnd a, b;
};

// One row per link, in the order an installer walks the hall: by network, then the a-end's rack on the floor
// (racked devices first; by row, then place in the row), unit, device name and port. Device names compare
// with their numbers as numbers (gpu-2 before gpu-10).
using CableSchedule = std::vector<CableScheduleRow>;

CableSchedule makeCableSchedule(const Design& design);
nlohmann::json cableScheduleToJson(const CableSchedule& schedule);
std::string cableScheduleToCsv(const CableSchedule& schedule);

} // namespace cs
