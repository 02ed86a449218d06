#pragma once

#include "model/operation.h"
#include "rules/diagnostic.h"

#include <array>
#include <span>
#include <unordered_map>
#include <vector>

namespace cs {

// What an edit touched: the ids it added, removed or changed, and the networks whose fabric it may change.
// Built from the operations of an edit together with their inverses (both carry the items, so a removal
// still names the removed link's ends and network).
struct ChangeSet {
    std::vector<DeviceId> devices;
    std::vector<LinkId> links;
    std::array<bool, kNetworkCount> networks{};
    bool racks = false;     // a rack, or a device's rack or slot, changed
    bool scenarios = false; // a scenario, or the devices the suitability tables judge, changed

    void add(const Operation& operation);
};

// The change set of applying `operations`, whose inverses Design::apply returned.
ChangeSet changesOf(std::span<const Operation> operations, std::span<const Operation> inverses);

// Runs every rule (see diagnostic.h for the codes) and keeps the results per device, per link
// and per network, so that after an edit only what the edit touched is checked again: the touched devices
// and links, the fabric (union-find) of each touched network, the racks, the suitability tables, the
// scenarios' parallel groups against the scale-up domains. The studio
// calls update() after each undo command with changesOf(command's operations, their inverses).
class Validator {
public:
    // `library` (optional) supplies the suitability tables and model presets; without it the
    // suitability rules are skipped.
    explicit Validator(const Catalog* library = nullptr)
        : library_(library) {}

    const std::vector<Diagnostic>& validate(const Design& design);
    const std::vector<Diagnostic>& update(const Design& design, const ChangeSet& changes);
    // Sorted as sortDiagnostics does.
    const std::vector<Diagnostic>& diagnostics() const { return all_; }

private:
    void collect();

    const Catalog* library_;
    std::unordered_map<DeviceId, std::vector<Diagnostic>> by_device_;
    std::unordered_map<LinkId, std::vector<Diagnostic>> by_link_;
    std::array<std::vector<Diagnostic>, kNetworkCount> by_network_;
    std::vector<Diagnostic> racks_, suitability_, groups_, all_;
};

// One-shot validation from scratch.
std::vector<Diagnostic> validateDesign(const Design& design, const Catalog* library = nullptr);

} // namespace cs
