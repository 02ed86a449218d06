#pragma once

#include "model/catalog.h"
#include "model/design.h"

#include <optional>
#include <string>
#include <string_view>

namespace cs {

// The compute fabrics `generate` builds: InfiniBand XDR, NDR or HDR, NVIDIA Spectrum-X Ethernet at 400GbE, or
// RoCE Ethernet at 400 or 200 Gb/s (docs/model.md §Networks: 400G and 200G IB on compute; RoCE as the
// Ethernet option; XDR and Spectrum-X from the DGX SuperPOD B300 reference architectures).
enum class Fabric : std::uint8_t { Ndr, Hdr, Roce400, Roce200, Xdr, SpectrumX };
std::string_view fabricId(Fabric fabric); // ndr, hdr, roce400, roce200, xdr, spectrum-x
std::optional<Fabric> parseFabric(std::string_view id);

// The catalog switch and link speed of each compute fabric.
struct FabricSwitch {
    std::string type;
    int gbps = 0;
    Media media = Media::Infiniband;
};
FabricSwitch fabricSwitch(Fabric fabric);

// How the compute fabric is wired:
// - fat-tree: one rail-optimized non-blocking fat tree (SuperPOD scalable units, two or three tiers);
// - rail-only: a Clos per rail group without the spine; traffic between rails crosses the scale-up domain
//   (Wang et al., "Rail-only", arXiv 2307.12169);
// - multi-plane: the NIC ports of every GPU spread over N independent fat trees (Spectrum-X twin-plane; the
//   DeepSeek-V3 8-plane fat tree, arXiv 2505.09343); the planes never meet.
enum class Topology : std::uint8_t { FatTree, RailOnly, MultiPlane };
std::string_view topologyId(Topology topology); // fat-tree, rail-only, multi-plane
std::optional<Topology> parseTopology(std::string_view id);

struct GeneratorOptions {
    int servers = 0;              // GPU servers, or whole racks of a rack-scale system
    int gpus = 0;                 // instead of servers: enough servers (or compute trays) for this many GPUs
    std::string server;           // catalog id of a GPU server or of a rack-scale system (gb200-nvl72)
    std::string gpu;              // GPU id; empty = the server's default
    std::optional<Fabric> fabric; // none: XDR at 800G NICs, NDR at 400G, else HDR
    std::optional<Topology> topology; // none: multi-plane for Spectrum-X on NICs that split, else fat tree
    int planes = 0; // multi-plane: 0 = the ports a NIC splits into at the fabric's speed (at least 2)
    std::optional<int> storage_nodes; // none: sized to the servers (defaultStorageNodes)
    std::string storage =
        "powerscale-f710"; // DGX SuperPOD-certified Ethernet storage (catalogs/storage.json)
    // The racks the generator fills (SuperPOD RA: 4 DGX H100 per rack, "over 40 kW"; presets in docs/model.md
    // §Power); a rack-scale system comes in its own rack, with its catalog feed and cooling.
    double rack_kw = 40;
    std::string name; // empty: described from the options
};

// Storage nodes for `servers` GPU servers: enough aggregate read bandwidth for the SuperPOD RA Table 6
// "Better" tier (40 GB/s per scalable unit of 32 servers), and at least a minimal OneFS cluster.
int defaultStorageNodes(int servers, const DeviceType& storage);

// Builds a complete design: the compute fabric of the chosen topology (rail-optimized, scalable units,
// leaf/spine/core by radix, planes tagged on their switches), for a rack-scale system its racks of compute
// trays and NVLink switch trays with the scale-up cabling, a 4:3 storage fabric with storage nodes, in-band
// and out-of-band management, the uplink (business) network, management and login servers, racks filled
// within power and height and cooled as their devices need, and a canvas layout by tiers. Every device with a
// BMC is cabled to out-of-band. Throws InputError (one line) for unusable options: no size, an unknown or
// unfit server, GPU, fabric, topology or storage, sizes beyond a three-level fat tree, a rack that cannot
// hold one server.
Design generateCluster(const GeneratorOptions& options, const Catalog& library);

} // namespace cs
