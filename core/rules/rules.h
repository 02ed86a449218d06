#pragma once

#include "rules/diagnostic.h"

#include <array>
#include <string>
#include <vector>

namespace cs {

// Dense lookups by device id for one validation pass (ids are small and dense; a hash lookup per link end
// would dominate a 100,000-link pass).
class DesignIndex {
public:
    // `library` (optional): the catalog a hint may suggest cables from (else the design's own).
    explicit DesignIndex(const Design& design, const Catalog* library = nullptr);

    const Design& design() const { return design_; }
    const Catalog& cableCatalog() const { return library_ ? *library_ : design_.catalog(); }
    const Device* device(DeviceId id) const { return id < devices_.size() ? devices_[id] : nullptr; }
    const DeviceType& type(DeviceId id) const { return *types_[id]; }
    bool isSwitch(DeviceId id) const { return types_[id]->category == DeviceCategory::Switch; }
    std::size_t idLimit() const { return devices_.size(); }
    // "gpu-0001 (xe9680)"
    std::string label(DeviceId id) const;

private:
    const Design& design_;
    const Catalog* library_;
    std::vector<const Device*> devices_;
    std::vector<const DeviceType*> types_;
};

// The links of each device, for every device at once (built in one pass over the links).
class Adjacency {
public:
    explicit Adjacency(const Design& design, std::size_t idLimit);
    std::vector<LinkId> of(DeviceId id) const {
        return {links_.begin() + offsets_[id], links_.begin() + offsets_[id + 1]};
    }

private:
    std::vector<std::size_t> offsets_;
    std::vector<LinkId> links_;
};

// Rules on one device given its links: required ports, BMC on out-of-band, networks per role, one compute
// NIC per GPU, switch placement (rules_cabling.cpp).
void checkDevice(const DesignIndex& index, const Device& device, const std::vector<LinkId>& links,
                 std::vector<Diagnostic>& out);
// Rules on one link: network, media, speed (rules_cabling.cpp).
void checkLink(const DesignIndex& index, const Link& link, std::vector<Diagnostic>& out);
// Rules on one whole network: one fabric, management present, storage reachable (rules_fabric.cpp); for
// compute the fabric rules (rules_compute.cpp) and its connectivity through planes and scale-up domains
// (rules_planes.cpp); for scale-up the completeness of each rack-scale domain (rules_scaleup.cpp).
void checkNetwork(const DesignIndex& index, Network network, std::vector<Diagnostic>& out);
void checkComputeFabric(const DesignIndex& index, const std::vector<const Link*>& links,
                        std::vector<Diagnostic>& out);
void checkComputeConnectivity(const DesignIndex& index, const std::vector<const Link*>& links,
                              std::vector<Diagnostic>& out);
void checkScaleupDomains(const DesignIndex& index, std::vector<Diagnostic>& out);
// Each scenario's TP (and EP) groups against the design's scale-up domains (rules_scaleup.cpp).
void checkScaleupGroups(const DesignIndex& index, std::vector<Diagnostic>& out);

// "{gpu-01, gpu-02, gpu-03, ... (40 devices)}"
ReportText sampleOf(const DesignIndex& index, const std::vector<DeviceId>& ids);
// One network-islands finding for `islands` (each a list of device ids) of `what` ("the compute network",
// "plane 2 of the compute network"): the islands named largest first, every device outside the largest.
void reportIslands(const DesignIndex& index, Network network, const ReportText& what,
                   std::vector<std::vector<DeviceId>> islands, std::vector<Diagnostic>& out);
// Power, height, slots and cooling of every rack (rules_racks.cpp).
void checkRacks(const DesignIndex& index, std::vector<Diagnostic>& out);
// The suitability tables (docs/model.md §Suitability) against each scenario's model and workload
// (rules_suitability.cpp).
void checkSuitability(const DesignIndex& index, const Catalog* library, std::vector<Diagnostic>& out);

} // namespace cs
