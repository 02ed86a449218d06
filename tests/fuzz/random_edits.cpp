#include "random_edits.h"

#include "base/input_error.h"
#include "io/design_json.h"
#include "model/operation.h"
#include "rules/validator.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

namespace cs::fuzz {

namespace {

// One undoable edit: the operations as applied and the inverses that undo them, in order.
struct Edit {
    std::vector<Operation> operations;
    std::vector<Operation> inverses;
};

class Session {
public:
    Session(Design design, const Catalog& library, const Chooser& choose)
        : design_(std::move(design))
        , library_(library)
        , choose_(choose)
        , validator_(&library) {
        validator_.validate(design_);
    }

    EditSessionResult run(int steps) {
        const std::string original = designToJsonText(design_);
        for (int step = 0; step < steps && !result_.violation; ++step) {
            const std::uint32_t kind = choose_(10);
            if (kind < 2 && !undo_.empty())
                undo();
            else if (kind < 3 && !redo_.empty())
                redo();
            else
                edit();
        }
        while (!result_.violation && !undo_.empty())
            undo();
        if (!result_.violation && designToJsonText(design_) != original)
            result_.violation = "undoing every edit does not give the original design back";
        return result_;
    }

private:
    template <typename T> const T* pick(const Table<T>& table) {
        if (table.size() == 0)
            return nullptr;
        return &table.items()[choose_(static_cast<std::uint32_t>(table.size()))];
    }

    // A coordinate, mostly on the canvas, sometimes beyond it or not a number (which apply must refuse).
    double coordinate() {
        switch (choose_(20)) {
        case 0:
            return std::numeric_limits<double>::quiet_NaN();
        case 1:
            return 2 * design_limits::kMaxCoordinate;
        default:
            return static_cast<double>(choose_(20'000)) - 10'000;
        }
    }

    std::string name() {
        static const char* const kNames[] = {"", "leaf-1", "gpu-node-7", "spine", "機架 A", "x"};
        return kNames[choose_(std::size(kNames))];
    }

    nlohmann::json planObject() {
        static const char* const kPlans[] = {
            R"({"model": {"preset": "llama2-70b"}, "training": {"tokens": 2e12}})",
            R"({"scenario": "inference", "model": {"preset": "llama2-70b"}, "inference": {"batch": 8}})",
            R"({"model": {"preset": "gpt3-175b"}, "parallelism": {"tp": 8, "pp": 8}})",
            R"({"unknown": [[[[1]]]]})",
        };
        return nlohmann::json::parse(kPlans[choose_(std::size(kPlans))]);
    }

    std::optional<Endpoint> freePort(const Device& device) {
        const int ports = design_.typeOf(device).portCount();
        if (ports == 0)
            return std::nullopt;
        const Endpoint end{device.id, static_cast<std::uint16_t>(choose_(static_cast<std::uint32_t>(ports)))};
        return design_.linkAt(end) ? std::nullopt : std::optional(end);
    }

    std::vector<Operation> deviceEdit() {
        const Device* device = pick(design_.devices());
        if (!device)
            return {};
        Device changed = *device;
        switch (choose_(5)) {
        case 0:
            return removeDeviceWithLinks(design_, device->id);
        case 1:
            changed.x = coordinate();
            changed.y = coordinate();
            break;
        case 2:
            changed.name = name();
            break;
        case 3:
            if (const Rack* rack = pick(design_.racks())) {
                changed.rack = rack->id;
                changed.rack_u = static_cast<int>(choose_(50));
            } else {
                changed.rack = kNoRack;
                changed.rack_u = 0;
            }
            break;
        default: {
            // A copy of the device at a new id, as paste makes it.
            changed.id = design_.devices().nextId();
            changed.name += " copy";
            changed.rack = kNoRack;
            changed.rack_u = 0;
            return {{Add<Device>{changed}}};
        }
        }
        return {{Update<Device>{changed}}};
    }

    std::vector<Operation> linkEdit() {
        if (choose_(2) == 0) {
            const Device* a = pick(design_.devices());
            const Device* b = pick(design_.devices());
            if (!a || !b)
                return {};
            const auto end_a = freePort(*a), end_b = freePort(*b);
            if (!end_a || !end_b)
                return {};
            Link link;
            link.id = design_.links().nextId();
            link.a = *end_a;
            link.b = *end_b;
            link.network = design_.portNetwork(*a, end_a->port).value_or(Network::Oob);
            link.gbps = design_.typeOf(*a).groupOfPort(end_a->port).maxGbps();
            return {{Add<Link>{link}}};
        }
        const Link* link = pick(design_.links());
        if (!link)
            return {};
        Link changed = *link;
        switch (choose_(3)) {
        case 0:
            return {{Remove<Link>{link->id}}};
        case 1:
            changed.gbps = static_cast<int>(choose_(3)) == 0 ? 0 : 100 * static_cast<int>(1 + choose_(8));
            break;
        default:
            changed.length_m = choose_(10) == 0 ? -1.0 : static_cast<double>(choose_(100));
            break;
        }
        return {{Update<Link>{changed}}};
    }

    std::vector<Operation> rackEdit() {
        const Rack* rack = pick(design_.racks());
        switch (choose_(3)) {
        case 0: {
            Rack added{design_.racks().nextId(),
                       name(),
                       coordinate(),
                       coordinate(),
                       static_cast<double>(choose_(60)),
                       static_cast<int>(choose_(64))};
            return {{Add<Rack>{added}}};
        }
        case 1:
            if (rack)
                return {{Remove<Rack>{rack->id}}};
            return {};
        default:
            if (!rack)
                return {};
            Rack changed = *rack;
            changed.max_kw = static_cast<double>(choose_(100));
            changed.height_u = static_cast<int>(choose_(64));
            return {{Update<Rack>{changed}}};
        }
    }

    std::vector<Operation> scenarioEdit() {
        const Scenario* scenario = pick(design_.scenarios());
        switch (choose_(3)) {
        case 0:
            return {{Add<Scenario>{
                {design_.scenarios().nextId(), name(), planObject(), nlohmann::json::object()}}}};
        case 1:
            if (scenario)
                return {{Remove<Scenario>{scenario->id}}};
            return {};
        default:
            if (!scenario)
                return {};
            Scenario changed = *scenario;
            changed.plan = planObject();
            return {{Update<Scenario>{changed}}};
        }
    }

    std::vector<Operation> randomEdit() {
        switch (choose_(5)) {
        case 0:
            return deviceEdit();
        case 1:
            return linkEdit();
        case 2:
            return rackEdit();
        case 3:
            return scenarioEdit();
        default:
            return {{Rename{name()}}};
        }
    }

    void edit() {
        std::vector<Operation> operations = randomEdit();
        if (operations.empty())
            return;
        const std::string before = designToJsonText(design_);
        std::vector<Operation> inverses;
        try {
            inverses = design_.applyAll(operations);
        } catch (const InputError&) {
            ++result_.edits_refused;
            if (designToJsonText(design_) != before)
                result_.violation = "a refused edit changed the design";
            return;
        }
        ++result_.edits_applied;
        redo_.clear();
        check(operations, inverses);
        undo_.push_back({std::move(operations), std::move(inverses)});
    }

    void undo() {
        Edit edit = std::move(undo_.back());
        undo_.pop_back();
        replay(edit.inverses, "undo");
        ++result_.undos;
        redo_.push_back(std::move(edit));
    }

    void redo() {
        Edit edit = std::move(redo_.back());
        redo_.pop_back();
        replay(edit.operations, "redo");
        ++result_.redos;
        undo_.push_back(std::move(edit));
    }

    // Applies `operations` (an undo's inverses or a redo's operations), which must succeed.
    void replay(const std::vector<Operation>& operations, const char* what) {
        try {
            const std::vector<Operation> inverses = design_.applyAll(operations);
            check(operations, inverses);
        } catch (const InputError& e) {
            result_.violation = std::string(what) + " was refused: " + e.what();
        }
    }

    void check(const std::vector<Operation>& operations, const std::vector<Operation>& inverses) {
        const std::vector<Diagnostic> incremental =
            validator_.update(design_, changesOf(operations, inverses));
        const std::vector<Diagnostic> full = validateDesign(design_, &library_);
        if (incremental == full)
            return;
        const auto only = [](const std::vector<Diagnostic>& in, const std::vector<Diagnostic>& other) {
            for (const Diagnostic& diagnostic : in)
                if (std::find(other.begin(), other.end(), diagnostic) == other.end())
                    return diagnostic.code + " (" + diagnostic.message.str() + ")";
            return std::string("none");
        };
        result_.violation = "the incremental validator differs from a full run: only incremental " +
                            only(incremental, full) + ", only full " + only(full, incremental);
    }

    Design design_;
    const Catalog& library_;
    const Chooser& choose_;
    Validator validator_;
    std::vector<Edit> undo_, redo_;
    EditSessionResult result_;
};

} // namespace

EditSessionResult runEditSession(Design design, const Catalog& library, const Chooser& choose, int steps) {
    return Session(std::move(design), library, choose).run(steps);
}

} // namespace cs::fuzz
