#pragma once

#include "model/design.h"

#include <functional>
#include <optional>
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
    // Bisection bandwidth of the fabric, intact and after the failure (docs/model.md §Bisection bandwidth):
    // half the capacity of each island's narrowest tier boundary, summed over the islands.
    double intact_bisection_gbps = 0;
    double bisection_gbps = 0;
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
    // Its GPUs cut off from compute: all when it is cut off, else those behind its lost links when its GPUs
    // share no NVLink (no PXN).
    int gpus_cut_off = 0;
};

struct FailureImpact {
    std::vector<NetworkLoss> networks; // the networks the design cables, in kNetworks order
    std::vector<ServerImpact> servers; // the affected GPU servers, by id
    std::vector<DeviceId> servers_losing_storage;
    double compute_bandwidth_lost_fraction = 0; // of the whole cluster's GPU-server compute bandwidth
    // The highest live down / live up capacity of a compute leaf that lost up-link capacity and still serves
    // hosts; 0 when no leaf lost any.
    double worst_leaf_oversubscription = 0;
    std::vector<DeviceId> storage_nodes_lost; // failed, or cut off from the storage network, by id
    std::vector<LinkId> dead_links; // links that carry nothing: failed, at a failed device, or cut off; by id
    int gpusCutOff(Network network) const;
    const NetworkLoss* loss(Network network) const; // nullptr when the design does not cable `network`
    bool isDead(LinkId link) const;                 // binary search in dead_links
};

// Who loses what when the set fails: a link survives when neither end failed and its switch stays in the
// surviving main part of its island (the part that keeps the most host links); hosts never bridge switches.
FailureImpact failureImpact(const Design& design, const FailureSet& failures);

// One switch, or one link of a link class, failed alone.
struct ResilienceEntry {
    DeviceId device = 0;    // the switch; 0 for a link class
    LinkId link = 0;        // the link class's representative: its first link in the design
    std::string link_class; // "compute server-leaf", "compute leaf-spine", "storage storage-leaf", ...
    std::vector<NetworkLoss> networks; // only the failed item's own network
    double compute_bandwidth_lost_fraction = 0;
    int servers_losing_storage = 0;
    // With a plan: its step time on the degraded fabric, or why it cannot run there.
    std::optional<double> step_time_s;
    std::string cannot_run;
    int gpusCutOff(Network network) const;
};

// A plan's step time (or why it cannot run) on the fabric `impact` describes; resilienceRanking calls it for
// each entry (degraded_cluster.h planOnDegradedFabric).
using DegradedStep = std::function<void(const FailureSet&, const FailureImpact&, ResilienceEntry&)>;

// Every switch failed one at a time, and one representative link of each link class (network x tier pair),
// most harmful first: plans that cannot run, GPUs cut off from compute, then the step-time increase, then
// compute bandwidth lost, then servers losing storage, then GPUs cut off from any network. `step` (optional)
// fills each entry's step time.
std::vector<ResilienceEntry> resilienceRanking(const Design& design, const DegradedStep& step = {});

} // namespace cs
