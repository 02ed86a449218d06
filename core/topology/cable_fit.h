#pragma once

#include "model/operation.h"
#include "topology/floor_plan.h"

#include <map>
#include <optional>
#include <span>
#include <tuple>
#include <vector>

namespace cs {

// Which catalog cable a link takes (docs/model.md §Floor plan): of the cables that run at the link's speed,
// fit one end's connector and speak both ends' media, passive copper first, then active cables, then
// transceivers, the shortest reach first (the least power and cost for the same run); the first that reaches
// the link's length. Keeps the lists it sorted, per pair of port groups and speed.
class CableFit {
public:
    explicit CableFit(const Catalog& library)
        : library_(library) {}

    // The fitting cables in the order above.
    const std::vector<const CableType*>& fitting(const PortGroup& a, const PortGroup& b, int gbps);
    // The first fitting cable that reaches `length_m`; none when none does.
    const CableType* reaching(const PortGroup& a, const PortGroup& b, int gbps, double length_m);
    // The fitting cable that reaches furthest (a cable whose length is not known yet); none when none fits.
    const CableType* furthest(const PortGroup& a, const PortGroup& b, int gbps);

private:
    const Catalog& library_;
    std::map<std::tuple<const PortGroup*, const PortGroup*, int>, std::vector<const CableType*>> fitting_;
};

// The length a link between devices `a` and `b` is ordered in on `floor` (orderedLengthM): none when either
// device stands in no rack, or for a scale-up link (the NVLink spine is built into its rack: nothing to cut
// or order).
std::optional<double> linkLengthM(const FloorPlan& floor, const Link& link, const Device& a, const Device& b);

// Gives a link between devices of port groups `groupA` and `groupB` its ordered length on `floor`
// (linkLengthM) and the cable that reaches it, else the one that reaches furthest (the validator then warns);
// a link no catalog cable fits keeps its cable. Returns false, leaving the link as it is, when it has no
// length.
bool fitLink(Link& link, const Device& a, const Device& b, const PortGroup& groupA, const PortGroup& groupB,
             const FloorPlan& floor, CableFit& cables);
// The same for a link of `design` (its devices and catalog types) on `floor`, the design's floor plan.
bool fitLink(Link& link, const Design& design, const FloorPlan& floor, CableFit& cables);

// "Fit cable lengths": an Update<Link> for every link between racked devices (scale-up links aside) whose
// length or cable fitLink changes, in link order; empty when every cable already fits. Cables come from
// `library`: adopt them (adoptCablesOf) before applying.
std::vector<Operation> fitCableOperations(const Design& design, const Catalog& library);

// Copies the library cables that the added or updated links of `operations` name into the design's catalog
// (part of the file, not of an undoable edit, as Design::adoptCable).
void adoptCablesOf(Design& design, const Catalog& library, std::span<const Operation> operations);

} // namespace cs
