#pragma once

#include "model/catalog.h"
#include "model/network.h"

#include <cstdint>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace cs {

// Ranges every design keeps, whoever builds it: Design::apply refuses values outside them, so that whatever a
// reader or an edit accepts can be written and read back by every format.
namespace design_limits {
inline constexpr double kMaxCoordinate = 1e9; // canvas position of devices and racks, either sign
inline constexpr double kMinRackKw = 0.001, kMaxRackKw = 10'000;
inline constexpr int kMaxRackHeightU = 60;
inline constexpr int kMaxLinkGbps = 100'000;
inline constexpr double kMaxCableLengthM = 1e6;
// How deep a scenario's plan and variant objects may nest (a real plan nests three levels); well inside the
// readers' cap, so that the object still reads back inside a design file.
inline constexpr int kMaxScenarioJsonDepth = 32;
} // namespace design_limits

// Stable ids: assigned once, never reused within a design, kept by every file format.
using DeviceId = std::uint32_t;
using LinkId = std::uint32_t;
using RackId = std::uint32_t;
using ScenarioId = std::uint32_t;
inline constexpr RackId kNoRack = 0;
// Planes of a multi-plane fabric (DeepSeek's fat tree has 8; a plane per NIC port of a 64-port switch at
// most).
inline constexpr int kMaxPlanes = 64;

struct Device {
    DeviceId id = 0;
    std::string type; // catalog device type id
    std::string name;
    double x = 0, y = 0; // canvas position of the device's top-left corner
    RackId rack = kNoRack;
    int rack_u = 0;                 // lowest rack unit it occupies; 0 = not placed in a slot
    std::string gpu;                // GPU id when it differs from the type's default; empty = default
    std::optional<Network> network; // the network a switch serves (switches only)
    std::string role;               // free function tag: leaf/spine/core, management, login, ...
    int plane = 0; // a switch of a multi-plane fabric: its plane, from 1; 0 = the network has one plane

    bool operator==(const Device&) const = default;
};

// One end of a cable: a device and the index of one of its ports (DeviceType::portName gives its name).
struct Endpoint {
    DeviceId device = 0;
    std::uint16_t port = 0;

    bool operator==(const Endpoint&) const = default;
};

struct Link {
    LinkId id = 0;
    Endpoint a, b;
    Network network = Network::Compute;
    int gbps = 0;
    std::string cable; // catalog cable id; empty = not chosen yet
    double length_m = 0;

    bool operator==(const Link&) const = default;
};

struct Rack {
    RackId id = 0;
    std::string name;
    double x = 0, y = 0;
    double max_kw = 0; // the power the rack may draw
    int height_u = 42;
    Cooling cooling = Cooling::Air;
    double cooling_kw = 0; // the heat the rack's liquid cooling removes; 0 = not declared

    bool operator==(const Rack&) const = default;
};

// A named what-if: a plan for the estimator and, optionally, a variant of the design. Both are JSON objects
// whose schema belongs to the estimator; the design only keeps them.
struct Scenario {
    ScenarioId id = 0;
    std::string name;
    nlohmann::json plan = nlohmann::json::object();
    nlohmann::json variant = nlohmann::json::object();

    bool operator==(const Scenario&) const = default;
};

// Items of one kind with stable ids: contiguous storage, O(1) lookup by id, removal by swap.
template <typename T> class Table {
public:
    using Id = decltype(T::id);

    const std::vector<T>& items() const { return items_; }
    std::size_t size() const { return items_.size(); }
    const T* find(Id id) const {
        auto it = index_.find(id);
        return it == index_.end() ? nullptr : &items_[it->second];
    }
    bool contains(Id id) const { return index_.contains(id); }
    Id nextId() const { return next_id_; }

    void insert(T item) {
        index_.emplace(item.id, items_.size());
        if (item.id >= next_id_)
            next_id_ = item.id + 1;
        items_.push_back(std::move(item));
    }
    T remove(Id id) {
        const std::size_t at = index_.at(id);
        T removed = std::move(items_[at]);
        if (at + 1 != items_.size()) {
            items_[at] = std::move(items_.back());
            index_[items_[at].id] = at;
        }
        items_.pop_back();
        index_.erase(id);
        return removed;
    }
    T replace(T item) {
        T& slot = items_[index_.at(item.id)];
        std::swap(slot, item);
        return item;
    }
    void reserve(std::size_t count) {
        items_.reserve(count);
        index_.reserve(count);
    }

private:
    std::vector<T> items_;
    std::unordered_map<Id, std::size_t> index_;
    Id next_id_ = 1;
};

struct Operation;

// The document: devices, links (cables), racks and scenarios, plus the catalog entries they use. Every change
// goes through apply(), which checks the operation and returns its inverse; the editor's undo wraps that.
class Design {
public:
    std::string name;
    std::string created; // when the project file was first saved (ISO 8601, UTC); empty until then
    std::map<std::string, std::string>
        view_state; // canvas state kept by the studio (zoom, visible layers, ...)

    Catalog& catalog() { return catalog_; }
    const Catalog& catalog() const { return catalog_; }
    // Copies a device type (and the GPU types it accepts) from a library catalog when the design lacks it.
    void adoptType(const Catalog& library, const std::string& typeId);
    void adoptCable(const Catalog& library, const std::string& cableId);

    const Table<Device>& devices() const { return devices_; }
    const Table<Link>& links() const { return links_; }
    const Table<Rack>& racks() const { return racks_; }
    const Table<Scenario>& scenarios() const { return scenarios_; }

    const DeviceType& typeOf(const Device& device) const;
    // The GPU the device carries (its own choice or its type's default); nullptr for devices without GPUs.
    const GpuType* gpuOf(const Device& device) const;
    int gpuCount(const Device& device) const;
    // Whether any device carries a GPU (a plan can run on the design).
    bool hasGpus() const;
    // The network a port belongs to: its group's, or for a switch the switch's.
    std::optional<Network> portNetwork(const Device& device, int port) const;
    // Whether any port of the device belongs to `network`: what a one-network diagram shows.
    bool hasPortOn(const Device& device, Network network) const;
    std::string portName(Endpoint endpoint) const;
    // The link plugged into a port, if any.
    std::optional<LinkId> linkAt(Endpoint endpoint) const;
    std::vector<LinkId> linksOf(DeviceId device) const;

    // Applies one operation; returns the operation that undoes it. Throws InputError and changes nothing when
    // the operation does not fit the design (unknown id, port taken, device still cabled, ...).
    Operation apply(const Operation& operation);
    // Applies all or none: on failure, undoes the part already applied and rethrows. Returns the inverses in
    // the order to apply them.
    std::vector<Operation> applyAll(const std::vector<Operation>& operations);
    // Makes room for this many devices and links (a generator or a file reader knows them up front).
    void reserve(std::size_t devices, std::size_t links);

private:
    friend struct OperationApplier;
    static std::uint64_t portKey(Endpoint endpoint) {
        return (std::uint64_t{endpoint.device} << 16) | endpoint.port;
    }
    void checkEndpoint(const Endpoint& endpoint, const char* side) const;

    Catalog catalog_;
    Table<Device> devices_;
    Table<Link> links_;
    Table<Rack> racks_;
    Table<Scenario> scenarios_;
    std::unordered_map<std::uint64_t, LinkId> port_links_; // portKey -> link plugged into that port
    std::unordered_map<RackId, int> rack_occupants_;       // rack -> devices in it
};

} // namespace cs
