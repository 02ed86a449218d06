#include "topology/cable_fit.h"

#include <algorithm>

namespace cs {

namespace {

// Passive before active before optics: less power and cost for the same run.
int kindRank(CableKind kind) {
    switch (kind) {
    case CableKind::Dac:
    case CableKind::Copper:
        return 0;
    case CableKind::Aoc:
        return 1;
    case CableKind::Transceiver:
        return 2;
    }
    return 2;
}

} // namespace

const std::vector<const CableType*>& CableFit::fitting(const PortGroup& a, const PortGroup& b, int gbps) {
    auto [it, added] = fitting_.try_emplace({&a, &b, gbps});
    if (!added)
        return it->second;
    std::vector<const CableType*>& fitting = it->second;
    for (const auto& [id, cable] : library_.cables()) {
        if (cable.gbps == gbps && mediaCompatible(cable.media, a.media) &&
            mediaCompatible(cable.media, b.media) &&
            (cable.connector == a.connector || cable.connector == b.connector))
            fitting.push_back(&cable);
    }
    std::sort(fitting.begin(), fitting.end(), [](const CableType* x, const CableType* y) {
        return std::tuple(kindRank(x->kind), x->reach_m, x->power_watts, x->id) <
               std::tuple(kindRank(y->kind), y->reach_m, y->power_watts, y->id);
    });
    return fitting;
}

const CableType* CableFit::reaching(const PortGroup& a, const PortGroup& b, int gbps, double length_m) {
    const std::vector<const CableType*>& cables = fitting(a, b, gbps);
    const auto found = std::find_if(cables.begin(), cables.end(),
                                    [&](const CableType* cable) { return cable->reach_m >= length_m; });
    return found == cables.end() ? nullptr : *found;
}

const CableType* CableFit::furthest(const PortGroup& a, const PortGroup& b, int gbps) {
    const std::vector<const CableType*>& cables = fitting(a, b, gbps);
    const auto found = std::max_element(cables.begin(), cables.end(),
                                        [](const auto* x, const auto* y) { return x->reach_m < y->reach_m; });
    return found == cables.end() ? nullptr : *found;
}

std::optional<double> linkLengthM(const FloorPlan& floor, const Link& link, const Device& a,
                                  const Device& b) {
    if (link.network == Network::Scaleup)
        return std::nullopt;
    const std::optional<double> length = floor.cableLengthM(a, b);
    if (!length)
        return std::nullopt;
    return orderedLengthM(*length);
}

bool fitLink(Link& link, const Device& a, const Device& b, const PortGroup& groupA, const PortGroup& groupB,
             const FloorPlan& floor, CableFit& cables) {
    const std::optional<double> length = linkLengthM(floor, link, a, b);
    if (!length)
        return false;
    link.length_m = *length;
    const CableType* cable = cables.reaching(groupA, groupB, link.gbps, *length);
    if (!cable)
        cable = cables.furthest(groupA, groupB, link.gbps);
    if (cable)
        link.cable = cable->id;
    return true;
}

bool fitLink(Link& link, const Design& design, const FloorPlan& floor, CableFit& cables) {
    const Device& a = *design.devices().find(link.a.device);
    const Device& b = *design.devices().find(link.b.device);
    return fitLink(link, a, b, design.typeOf(a).groupOfPort(link.a.port),
                   design.typeOf(b).groupOfPort(link.b.port), floor, cables);
}

std::vector<Operation> fitCableOperations(const Design& design, const Catalog& library) {
    const FloorPlan floor = floorPlanOf(design);
    CableFit cables(library);
    std::vector<Operation> operations;
    for (const Link& link : design.links().items()) {
        Link fitted = link;
        if (fitLink(fitted, design, floor, cables) && fitted != link)
            operations.push_back({Update<Link>{std::move(fitted)}});
    }
    return operations;
}

void adoptCablesOf(Design& design, const Catalog& library, std::span<const Operation> operations) {
    for (const Operation& operation : operations) {
        const Link* link = nullptr;
        if (const auto* add = std::get_if<Add<Link>>(&operation.value))
            link = &add->item;
        else if (const auto* update = std::get_if<Update<Link>>(&operation.value))
            link = &update->item;
        if (link && !link->cable.empty())
            design.adoptCable(library, link->cable);
    }
}

} // namespace cs
