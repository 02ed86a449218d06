#pragma once

#include "model/design.h"

#include <string>
#include <vector>

namespace cs {

// What fails in a what-if: devices (switches, servers, storage) and cables.
struct FailureSet {
    std::vector<DeviceId> devices;
    std::vector<LinkId> links;
};

// Reads failure names: a device name, `device:ID`, `link:ID`, or `plane:N` (every switch of plane N). Throws
// InputError naming the item no device, link or plane matches.
FailureSet parseFailureSet(const Design& design, const std::vector<std::string>& names);

// One network after the failure: the GPU servers cut off from it entirely and their GPUs (on compute also the
// GPUs of a server without NVLink whose own NIC lost its link), the GPU-server links lost, and the GPU
// servers that keep the network with fewer links.
struct NetworkLoss {
    Network network = Network::Compute;
    std::vector<DeviceId> servers_cut_off;
    int gpus_cut_off = 0;
    int links_lost = 0;
    int servers_degraded = 0;
};

// A GPU server that lost a compute link, or its storage.
struct ServerImpact {
    DeviceId server = 0;
    int compute_links = 0;
    int compute_links_lost = 0;
    // The compute bandwidth it keeps (docs/model.md §Failures): links left / links with PXN, 0 with none
    // left.
    double compute_bandwidth_fraction = 1;
    bool loses_storage = false;
};

struct FailureImpact {
    std::vector<NetworkLoss> networks; // the networks the design cables, in kNetworks order
    std::vector<ServerImpact> servers; // the affected GPU servers, by id
    std::vector<DeviceId> servers_losing_storage;
    double compute_bandwidth_lost_fraction = 0; // of the whole cluster's GPU-server compute bandwidth
    int gpusCutOff(Network network) const;
};

// Who loses what when the set fails: a link survives when neither end failed and its switch stays in the
// surviving main part of its island (the part that keeps the most host links); hosts never bridge switches.
FailureImpact failureImpact(const Design& design, const FailureSet& failures);

// One switch failed alone.
struct ResilienceEntry {
    DeviceId device = 0;
    std::vector<NetworkLoss> networks; // only the switch's own network
    double compute_bandwidth_lost_fraction = 0;
    int servers_losing_storage = 0;
    int gpusCutOff(Network network) const;
};

// Every switch failed one at a time, most harmful first: GPUs cut off from compute, then compute bandwidth
// lost, then servers losing storage, then GPUs cut off from any network.
std::vector<ResilienceEntry> resilienceRanking(const Design& design);

} // namespace cs
