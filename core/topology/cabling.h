#pragma once

#include "model/operation.h"

#include <span>
#include <vector>

namespace cs {

// Plans the cable between two devices on one network: a free port of that network on each (for a switch, any
// free port when it serves that network), media that can meet, and the fastest speed both ports run at.
// The returned link takes the design's next link id; when both devices stand in racks, its length on the
// design's floor plan and the cable of `library` that reaches it (fitLink; adopt it with adoptCablesOf),
// else no length and no cable.
// Throws InputError with the reason when no such cable exists (same device, a device without free ports on
// the network, no common speed, InfiniBand meets Ethernet, a switch serving another network).
Link planCable(const Design& design, DeviceId a, DeviceId b, Network network, const Catalog& library);

// The free ports of `network` on a device, in port order (for a switch serving that network, all its free
// ports): what the user picks from to choose a cable's ports. Throws InputError for an unknown device.
std::vector<std::uint16_t> freePorts(const Design& design, DeviceId device, Network network);

// Plans the cable between two ports the user chose: both free and on `network` (a switch serving it), media
// that can meet, and the fastest speed both run at; its length and cable as above. Throws InputError with the
// reason otherwise.
Link planCable(const Design& design, Endpoint a, Endpoint b, Network network, const Catalog& library);

// Cables every free port of `network` on the selected non-switch devices to the selected switches serving
// that network: port k of a device goes to switch k mod S (in id order), so that on the compute network NIC k
// of every server lands on the same leaf: rail-optimized (NVIDIA DGX SuperPOD RA, "rail-optimized" compute
// fabric). Ports that find no free, compatible switch port stay uncabled. Returns the Add<Link> operations,
// with consecutive new ids, each with its length and cable as planCable gives them; an empty list when there
// is nothing to cable. Throws InputError when the selection holds no switch serving the network, or no other
// device.
std::vector<Operation> autoCable(const Design& design, std::span<const DeviceId> devices, Network network,
                                 const Catalog& library);

} // namespace cs
