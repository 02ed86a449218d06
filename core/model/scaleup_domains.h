#pragma once

#include "model/design.h"

#include <vector>

namespace cs {

// One scale-up domain of a design: GPUs that talk over NVLink (or AMD's Infinity Fabric) rather than a NIC.
// An HGX/OAM server holds its domains inside the chassis (no cables: a domain of `nvlink_domain` GPUs, or one
// per GPU without NVLink); the compute trays of a rack-scale system form one domain through their Scaleup
// cables and the NVLink switch trays those reach.
struct ScaleupDomain {
    std::vector<DeviceId> servers;  // GPU servers or compute trays, by id
    std::vector<DeviceId> switches; // NVLink switch trays, by id
    int gpus = 0;                   // GPUs present
    int capacity = 0;               // GPUs it is built for: the trays' (server's) nvlink_domain
    bool cabled = false;            // formed by Scaleup cables (a rack-scale system)
};

// Every domain, cabled ones first (by their first tray), then the servers' own, in device order.
std::vector<ScaleupDomain> scaleupDomains(const Design& design);

} // namespace cs
