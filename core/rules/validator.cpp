#include "rules/validator.h"

#include "rules/rules.h"

#include <algorithm>

namespace cs {

DesignIndex::DesignIndex(const Design& design, const Catalog* library)
    : design_(design)
    , library_(library) {
    const std::size_t limit = design.devices().nextId();
    devices_.assign(limit, nullptr);
    types_.assign(limit, nullptr);
    for (const Device& device : design.devices().items()) {
        devices_[device.id] = &device;
        types_[device.id] = &design.typeOf(device);
    }
}

std::string DesignIndex::label(DeviceId id) const {
    return devices_[id]->name + " (" + devices_[id]->type + ")";
}

Adjacency::Adjacency(const Design& design, std::size_t idLimit)
    : offsets_(idLimit + 1, 0) {
    for (const Link& link : design.links().items()) {
        ++offsets_[link.a.device + 1];
        ++offsets_[link.b.device + 1];
    }
    for (std::size_t i = 1; i < offsets_.size(); ++i)
        offsets_[i] += offsets_[i - 1];
    links_.resize(offsets_.back());
    std::vector<std::size_t> next(offsets_.begin(), offsets_.end() - 1);
    for (const Link& link : design.links().items()) {
        links_[next[link.a.device]++] = link.id;
        links_[next[link.b.device]++] = link.id;
    }
}

namespace {

struct ChangeCollector {
    ChangeSet& changes;

    // A device edit marks every network, even a move that changes only the position: the fabric rules then
    // re-run union-finds over all links, 2 ms at 20,480 GPUs (bench_topology).
    void device(const Device& d) {
        changes.devices.push_back(d.id);
        changes.networks.fill(true); // a device's kind and role feed every fabric rule
        changes.racks = changes.scenarios = true;
    }
    void link(const Link& l) {
        changes.links.push_back(l.id);
        changes.devices.push_back(l.a.device);
        changes.devices.push_back(l.b.device);
        changes.networks[networkIndex(l.network)] = true;
        if (l.network == Network::Scaleup) // scale-up domains join the compute rails and planes
            changes.networks[networkIndex(Network::Compute)] = true;
    }
    void operator()(const Add<Device>& op) { device(op.item); }
    void operator()(const Remove<Device>& op) { changes.devices.push_back(op.id); }
    void operator()(const Update<Device>& op) { device(op.item); }
    void operator()(const Add<Link>& op) { link(op.item); }
    void operator()(const Remove<Link>& op) { changes.links.push_back(op.id); }
    void operator()(const Update<Link>& op) { link(op.item); }
    void operator()(const Add<Rack>&) { changes.racks = true; }
    void operator()(const Remove<Rack>&) { changes.racks = true; }
    void operator()(const Update<Rack>&) { changes.racks = true; }
    void operator()(const Add<Scenario>&) { changes.scenarios = true; }
    void operator()(const Remove<Scenario>&) { changes.scenarios = true; }
    void operator()(const Update<Scenario>&) { changes.scenarios = true; }
    void operator()(const Rename&) {}
};

} // namespace

void ChangeSet::add(const Operation& operation) {
    std::visit(ChangeCollector{*this}, operation.value);
}

ChangeSet changesOf(std::span<const Operation> operations, std::span<const Operation> inverses) {
    ChangeSet changes;
    for (const Operation& operation : operations)
        changes.add(operation);
    for (const Operation& inverse : inverses)
        changes.add(inverse);
    return changes;
}

const std::vector<Diagnostic>& Validator::validate(const Design& design) {
    const DesignIndex index(design, library_);
    const Adjacency adjacency(design, index.idLimit());
    by_device_.clear();
    by_link_.clear();
    std::vector<Diagnostic> found;
    for (const Device& device : design.devices().items()) {
        checkDevice(index, device, adjacency.of(device.id), found);
        if (!found.empty())
            by_device_[device.id] = std::move(found);
        found.clear();
    }
    for (const Link& link : design.links().items()) {
        checkLink(index, link, found);
        if (!found.empty())
            by_link_[link.id] = std::move(found);
        found.clear();
    }
    for (Network network : kNetworks) {
        by_network_[networkIndex(network)].clear();
        checkNetwork(index, network, by_network_[networkIndex(network)]);
    }
    racks_.clear();
    checkRacks(index, racks_);
    suitability_.clear();
    checkSuitability(index, library_, suitability_);
    groups_.clear();
    checkScaleupGroups(index, groups_);
    collect();
    return all_;
}

const std::vector<Diagnostic>& Validator::update(const Design& design, const ChangeSet& changes) {
    const DesignIndex index(design, library_);
    std::vector<Diagnostic> found;
    // A link's findings name its devices: a renamed or retyped device changes the text of its links'
    // findings.
    std::vector<LinkId> links = changes.links;
    for (DeviceId id : changes.devices) {
        const std::vector<LinkId> attached = design.linksOf(id);
        links.insert(links.end(), attached.begin(), attached.end());
    }
    for (LinkId id : links) {
        by_link_.erase(id);
        if (const Link* link = design.links().find(id)) {
            checkLink(index, *link, found);
            if (!found.empty())
                by_link_[id] = std::move(found);
            found.clear();
        }
    }
    for (DeviceId id : changes.devices) {
        by_device_.erase(id);
        if (const Device* device = design.devices().find(id)) {
            checkDevice(index, *device, design.linksOf(id), found);
            if (!found.empty())
                by_device_[id] = std::move(found);
            found.clear();
        }
    }
    for (Network network : kNetworks) {
        if (!changes.networks[networkIndex(network)])
            continue;
        by_network_[networkIndex(network)].clear();
        checkNetwork(index, network, by_network_[networkIndex(network)]);
    }
    if (changes.racks) {
        racks_.clear();
        checkRacks(index, racks_);
    }
    if (changes.scenarios) {
        suitability_.clear();
        checkSuitability(index, library_, suitability_);
    }
    if (changes.scenarios || changes.networks[networkIndex(Network::Scaleup)]) {
        groups_.clear();
        checkScaleupGroups(index, groups_);
    }
    collect();
    return all_;
}

void Validator::collect() {
    all_.clear();
    const auto append = [this](const std::vector<Diagnostic>& list) {
        all_.insert(all_.end(), list.begin(), list.end());
    };
    for (const auto& [id, list] : by_device_)
        append(list);
    for (const auto& [id, list] : by_link_)
        append(list);
    for (const auto& list : by_network_)
        append(list);
    append(racks_);
    append(suitability_);
    append(groups_);
    sortDiagnostics(all_);
}

std::vector<Diagnostic> validateDesign(const Design& design, const Catalog* library) {
    Validator validator(library);
    return validator.validate(design);
}

} // namespace cs
