#pragma once

#include "estimate/plan.h"
#include "estimate/training_estimator.h"
#include "model/design.h"

#include <vector>

namespace cs {

// The canvas heat overlay: the load a training plan puts on each link and switch of a design, as a fraction
// of capacity, per direction of a full-duplex link: `load` is the PEAK, the rate the phase that uses the link
// asks for (the same demand as the budget lines, budget_status.h): DP bytes over the DP overlap window (the
// compute_fabric_overlap line's demand, nic_needed_bytes_per_s) plus PP bytes over the micro-batches' time;
// `average_load` spreads the same bytes over the whole step (the compute_fabric line's demand). Storage is a
// steady stream: its peak is its average.
//
// Traffic model (the estimator's own bytes, training_estimator.cpp; no new constants):
// - Ranks: Megatron's order, TP fastest, then DP, then PP (communication_model.h dataParallelPlacement); GPU
//   ranks fill the design's GPU servers in id order (after a failure: the job's servers, jobServers); local
//   GPU i uses compute NIC i * NICs / GPUs per server, NICs being the server's cabled compute links in port
//   order (the rail).
// - Server-leaf compute links carry the estimate's nic_bytes_per_gpu of each GPU behind the NIC (DP
//   gradient reduction beyond the server, plus PP sends when stages sit on different servers).
// - EP all-to-all bytes on the fabric (the EP group's members outside the GPU's NVLink domain,
//   communication_model.h expertAllToAll) go evenly to those members; CP ring bytes that leave the NVLink
//   domain to the next CP rank.
// - A GPU's DP bytes go to the same rail of the next server of its DP ring, its PP bytes half to the previous
//   and half to the next stage (Narayanan et al. 2021 §2.2, 1F1B). Bytes whose peer NIC hangs off another
//   leaf cross the leaf: leaf up-links carry those (rail alignment keeps the rest inside the leaf, NVIDIA
//   SuperPOD RA-11333), over the leaf's real up-link capacity, so oversubscription shows as a higher load.
// - Spine up-links (to the core) carry their spine's average down-link load: the bound when every crossing
//   flow leaves the pod (ECMP spreads it evenly, Al-Fares et al. 2008 §3.4).
// - Storage: each running server reads training data and writes its share of a checkpoint once per
//   checkpoint interval (data_read + checkpoint_bytes / interval, storage_budget.h), striped over all storage
//   nodes; storage-switch interconnects carry what cannot stay on the switch (server-side traffic to nodes
//   on other switches, and back).
// - Uplink, in-band and out-of-band management: ~0 during training (login, monitoring, BMC).
// docs/model.md §Heat overlay describes this model.
// A switch's load is the capacity-weighted mean of its links' loads; `peak_link_load` is its busiest link.
struct LinkLoad {
    LinkId link = 0;
    double load = 0;         // peak during its phase, >= 0; above 1 the phase outlasts its window
    double average_load = 0; // over a step
};

struct SwitchLoad {
    DeviceId device = 0;
    double load = 0;
    double peak_link_load = 0;
    double average_load = 0; // the capacity-weighted mean of its links' average loads
};

struct LinkLoads {
    std::vector<LinkLoad> links;      // every link, in design.links().items() order
    std::vector<SwitchLoad> switches; // every switch, in design.devices().items() order
};

struct FailureImpact;

// `plan` has the design's cluster applied (applyDesignCluster) and `estimate` is its estimateTraining().
// Ranks beyond the design's GPUs are ignored; servers beyond the plan's GPUs carry nothing.
// With `failures` (the plan degraded by applyFailures) the traffic is re-routed: dead links carry nothing,
// ranks fill the job's servers (jobServers, none cut off), a GPU whose NIC is dead sends its bytes evenly
// over its server's surviving NICs (PXN), and a switch's up-bound bytes spread over its surviving up-links.
LinkLoads linkLoads(const Design& design, const Plan& plan, const TrainingEstimate& estimate,
                    const FailureImpact* failures = nullptr);

// Fat-tree tier of a switch from its role (cluster_generator.h: leaf 0, spine 1, core 2).
int fabricTier(const Device& device);

} // namespace cs
