#pragma once

#include "model/catalog.h"
#include "model/design.h"

#include <optional>
#include <string>
#include <string_view>

namespace cs {

// The compute fabrics `generate` builds: InfiniBand NDR or HDR, or RoCE Ethernet at 400 or 200 Gb/s
// (docs/model.md §Networks: 400G and 200G IB on compute; RoCE as the Ethernet option).
enum class Fabric : std::uint8_t { Ndr, Hdr, Roce400, Roce200 };
std::string_view fabricId(Fabric fabric); // ndr, hdr, roce400, roce200
std::optional<Fabric> parseFabric(std::string_view id);

// The catalog switch and link speed of each compute fabric.
struct FabricSwitch {
    std::string type;
    int gbps = 0;
    Media media = Media::Infiniband;
};
FabricSwitch fabricSwitch(Fabric fabric);

struct GeneratorOptions {
    int servers = 0;
    std::string server;               // catalog id of the GPU server
    std::string gpu;                  // GPU id; empty = the server's default
    std::optional<Fabric> fabric;     // none: NDR when the server's compute NICs run 400G, else HDR
    std::optional<int> storage_nodes; // none: sized to the servers (defaultStorageNodes)
    std::string storage =
        "powerscale-f710"; // DGX SuperPOD-certified Ethernet storage (catalogs/storage.json)
    double rack_kw = 40;   // SuperPOD RA: 4 DGX H100 per rack, "over 40 kW"; presets in docs/model.md §Power
    std::string name;      // empty: described from the options
};

// Storage nodes for `servers` GPU servers: enough aggregate read bandwidth for the SuperPOD RA Table 6
// "Better" tier (40 GB/s per scalable unit of 32 servers), and at least a minimal OneFS cluster.
int defaultStorageNodes(int servers, const DeviceType& storage);

// Builds a complete five-network design for N GPU servers: a rail-optimized non-blocking compute fat tree
// (scalable units of 32, leaf/spine/core by radix), a 4:3 storage fabric with storage nodes, in-band and
// out-of-band management, the uplink (business) network, management and login servers, racks filled within
// power and height, and a canvas layout by tiers. Every device with a BMC is cabled to out-of-band. Throws
// InputError (one line) for unusable options: N < 1, an unknown or unfit server, GPU, fabric or storage,
// sizes beyond a three-level fat tree, a rack that cannot hold one server.
Design generateCluster(const GeneratorOptions& options, const Catalog& library);

} // namespace cs
