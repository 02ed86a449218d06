#include "model/scaleup_domains.h"

#include "base/union_find.h"

#include <algorithm>
#include <unordered_map>

namespace cs {

std::vector<ScaleupDomain> scaleupDomains(const Design& design) {
    const std::size_t limit = design.devices().nextId();
    UnionFind components(limit);
    const auto cabled = [&](const Device& device) {
        return design.typeOf(device).groupOn(Network::Scaleup) != nullptr ||
               device.network == Network::Scaleup;
    };
    for (const Device& device : design.devices().items()) {
        if (cabled(device))
            components.add(device.id);
    }
    for (const Link& link : design.links().items()) {
        if (link.network == Network::Scaleup && components.member(link.a.device) &&
            components.member(link.b.device))
            components.join(link.a.device, link.b.device);
    }
    std::vector<ScaleupDomain> domains;
    std::unordered_map<std::uint32_t, std::size_t> domainOfRoot;
    std::vector<const Device*> sorted;
    sorted.reserve(design.devices().size());
    for (const Device& device : design.devices().items())
        sorted.push_back(&device);
    std::sort(sorted.begin(), sorted.end(), [](const Device* a, const Device* b) { return a->id < b->id; });
    std::vector<ScaleupDomain> own;
    for (const Device* device : sorted) {
        const DeviceType& type = design.typeOf(*device);
        const int gpus = design.gpuCount(*device);
        if (!cabled(*device)) {
            if (gpus == 0)
                continue;
            const int size = std::max(1, std::min(type.scaleupDomainWith(*design.gpuOf(*device)), gpus));
            for (int first = 0; first < gpus; first += size)
                own.push_back({{device->id}, {}, std::min(size, gpus - first), size, false});
            continue;
        }
        const auto [it, added] = domainOfRoot.try_emplace(components.root(device->id), domains.size());
        if (added)
            domains.push_back({{}, {}, 0, 0, true});
        ScaleupDomain& domain = domains[it->second];
        if (gpus > 0) {
            domain.servers.push_back(device->id);
            domain.gpus += gpus;
            domain.capacity = std::max(domain.capacity, type.gpu->nvlink_domain);
        } else {
            domain.switches.push_back(device->id);
        }
    }
    std::erase_if(domains, [](const ScaleupDomain& domain) { return domain.servers.empty(); });
    domains.insert(domains.end(), own.begin(), own.end());
    return domains;
}

} // namespace cs
