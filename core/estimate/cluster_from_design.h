#pragma once

#include "estimate/plan.h"
#include "model/design.h"

namespace cs {

// Replaces the plan's cluster with what the design really has: the GPU type, GPUs per server (or compute
// tray) of its GPU servers, the largest scale-up domain its servers and NVLink cabling form, their compute
// NICs (count and speed of the cabled compute ports), the compute leaves' oversubscription (down / up
// bandwidth) and the servers one leaf reaches, the spines' oversubscription towards a core tier and the
// servers one spine reaches, the compute switches' in-network reduction and routing, the storage nodes' read
// and write GB/s and the servers' storage links, and the power of every other device. Throws InputError when
// the design has no GPU server.
void applyDesignCluster(const Design& design, Plan& plan);

} // namespace cs
