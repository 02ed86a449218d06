#pragma once

#include "model/catalog.h"
#include "model/design.h"
#include "topology/cable_fit.h"
#include "topology/fat_tree.h"

#include <set>
#include <string>
#include <vector>

namespace cs {

// Link speeds of the networks' allowed speeds (docs/model.md §Networks) that the generator builds.
inline constexpr int kStorageGbps =
    100; // 100GbE: the PowerScale front end is Ethernet (catalogs/storage.json)
inline constexpr int kInbandGbps = 100;
inline constexpr int kUplinkGbps = 25;
inline constexpr int kOobGbps = 1;

// The ports of a group that run at `gbps` at once: every logical port of a cage whose breakout shares its top
// speed at `gbps` (an 800G OSFP as 2 x 400G), else the first port of each cage.
struct FabricPorts {
    int first = 0;
    int count = 0;
    int breakout = 1;       // logical ports per cage in the group
    int ports_per_cage = 1; // of which run at `gbps` together

    // The device port of the i-th usable port.
    std::uint16_t port(int i) const {
        return static_cast<std::uint16_t>(first + i / ports_per_cage * breakout + i % ports_per_cage);
    }
};
FabricPorts usablePorts(const PortGroup& group, int firstPort, int gbps);
// A switch's fabric ports: its first group without a network of its own that runs at `gbps`.
FabricPorts fabricPorts(const DeviceType& type, int gbps);

// "0042": the number zero-padded to the width of `total` (at least two digits).
std::string zeroPadded(int n, int total);
// "gpu-0042": the prefix, a dash and the number zero-padded as zeroPadded() does.
std::string numbered(const std::string& prefix, int n, int total);

// The switches of one fat tree, by tier.
struct Tiers {
    std::vector<DeviceId> leaves, spines, cores;
};

// The devices and cables of a design under construction, and the builders of each network: fat trees for
// compute, storage and in-band, the uplink chain and the out-of-band tree. Device ids are 1..n in the order
// devices are added, link ids likewise; every catalog type and cable used is recorded for Design::adoptType.
class NetworkBuilder {
public:
    explicit NetworkBuilder(const Catalog& library)
        : library_(library)
        , cables_(library) {}

    // A catalog device type (recorded as used); InputError for an unknown id.
    const DeviceType& type(const std::string& id);
    Device& device(DeviceId id) { return devices_[id - 1]; }
    const Device& device(DeviceId id) const { return devices_[id - 1]; }
    const DeviceType& typeOf(DeviceId id) const { return *library_.device(devices_[id - 1].type); }

    DeviceId addDevice(const std::string& typeId, std::string name, std::string role,
                       std::optional<Network> network = std::nullopt);
    // A cable at `gbps`, of the fitting catalog cable type that reaches furthest (none when the catalog has
    // none), until fitCables() knows its length.
    void cable(Endpoint a, Endpoint b, Network network, int gbps);
    // Gives every cable between two racked devices its length on `floor` and the catalog cable that reaches
    // it (fitLink). The NVLink spine of a scale-up domain is built into its rack: it keeps no length.
    void fitCables(const FloorPlan& floor);

    // The switches of `tree` (named "<prefix>-leaf-01", ...; in `plane` when not 0) and the cables between
    // its tiers.
    Tiers addTree(const FatTree& tree, const std::string& switchType, Network network, int gbps,
                  const std::string& prefix, int plane = 0);
    // Storage and in-band: the endpoints on 4:3 leaves of the first candidate switch whose catalog tiers
    // cover the levels needed (else the last candidate), wired like the compute tree.
    void addEdgeFabric(const std::vector<Endpoint>& endpoints, Network network, int gbps,
                       const std::vector<std::string>& candidates);
    void addUplink(const std::vector<Endpoint>& endpoints);
    // Out-of-band: every BMC and management port of the devices added so far; those of `rowDevices` (the
    // devices of the GPU racks, rack by rack) on leaves and aggregation switches of their own.
    void addOob(const std::vector<DeviceId>& rowDevices);
    // The ports of `ids` on `network`, port-major: every device's first port, then every second port, ...
    // so that the two ports of a dual-homed device land on different leaves.
    std::vector<Endpoint> portsOn(const std::vector<DeviceId>& ids, Network network) const;

    std::vector<Device>& devices() { return devices_; }
    std::vector<Link>& links() { return links_; }
    const std::vector<DeviceId>& switches() const { return switches_; }
    const std::set<std::string>& usedTypes() const { return used_types_; }
    std::vector<std::string> usedCables() const;

private:
    const PortGroup& groupOf(Endpoint end) const { return typeOf(end.device).groupOfPort(end.port); }

    const Catalog& library_;
    std::vector<Device> devices_;
    std::vector<Link> links_;
    std::vector<DeviceId> switches_; // in the order added
    std::set<std::string> used_types_;
    CableFit cables_;
};

} // namespace cs
