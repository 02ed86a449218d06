#include "model/aggregate_view.h"

#include "base/union_find.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <tuple>
#include <unordered_map>
#include <unordered_set>

namespace cs {

namespace {

// Devices of one group that stand in one canvas row with at most this gap between their boxes are one run
// (the generator's pitch leaves 40 to 80 scene units between cards).
constexpr double kRunGap = 400;
// A run joins a block of its group above it when at most this far below it: the next row or two.
constexpr double kRowReach = 300;

struct GroupKey {
    DeviceCategory category = DeviceCategory::GpuServer;
    std::optional<Network> network;
    std::string role;
    int plane = 0;

    auto tied() const { return std::tie(category, network, role, plane); }
    bool operator<(const GroupKey& other) const { return tied() < other.tied(); }
};

struct Run {
    const GroupKey* key = nullptr;
    Box box;
    std::vector<std::size_t> devices;
};

// The devices of each group in runs: by canvas row, left to right, split where the gap is wide.
std::vector<Run> runsOf(const std::map<GroupKey, std::vector<std::size_t>>& groups,
                        const std::vector<Box>& boxes) {
    std::vector<Run> runs;
    for (const auto& [key, members] : groups) {
        std::vector<std::size_t> order = members;
        std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
            return std::tie(boxes[a].y, boxes[a].x, a) < std::tie(boxes[b].y, boxes[b].x, b);
        });
        for (std::size_t index : order) {
            const Box& box = boxes[index];
            if (runs.empty() || runs.back().key != &key || std::abs(box.y - runs.back().box.y) >= 1 ||
                box.x - runs.back().box.right() > kRunGap)
                runs.push_back({&key, box, {}});
            Run& run = runs.back();
            run.box = run.box.united(box);
            run.devices.push_back(index);
        }
    }
    return runs;
}

} // namespace

std::size_t AggregateBlock::deviceCount() const {
    std::size_t count = 0;
    for (std::size_t n : devices)
        count += n;
    return count;
}

AggregateView aggregateView(const Design& design, const std::vector<RackFrame>& frames) {
    const std::vector<Device>& devices = design.devices().items();
    const std::size_t count = devices.size();
    const auto indexOf = [&](DeviceId id) {
        return static_cast<std::size_t>(design.devices().find(id) - devices.data());
    };
    std::vector<Box> boxes(count);
    std::vector<DeviceCategory> categories(count);
    std::vector<bool> hasGpus(count);
    for (std::size_t i = 0; i < count; ++i) {
        categories[i] = design.typeOf(devices[i]).category;
        boxes[i] = deviceBox(design, devices[i]);
        hasGpus[i] = design.gpuCount(devices[i]) > 0;
    }

    // Scalable units: GPU servers joined to their compute leaves, scale-up switches and rack-mates.
    UnionFind units(count + 1);
    for (std::size_t i = 0; i < count; ++i)
        units.add(static_cast<std::uint32_t>(i + 1));
    std::vector<bool> computeSwitch(count);
    for (const Link& link : design.links().items()) {
        const std::size_t a = indexOf(link.a.device), b = indexOf(link.b.device);
        const bool leafLink =
            link.network == Network::Compute && ((hasGpus[a] && categories[b] == DeviceCategory::Switch) ||
                                                 (hasGpus[b] && categories[a] == DeviceCategory::Switch));
        if (leafLink) {
            computeSwitch[hasGpus[a] ? b : a] = true;
            units.join(static_cast<std::uint32_t>(a + 1), static_cast<std::uint32_t>(b + 1));
        } else if (link.network == Network::Scaleup) {
            units.join(static_cast<std::uint32_t>(a + 1), static_cast<std::uint32_t>(b + 1));
        }
    }
    std::unordered_map<RackId, const RackFrame*> framed;
    for (const RackFrame& frame : frames)
        framed.emplace(frame.rack, &frame);
    std::unordered_map<RackId, std::size_t> firstInRack;
    for (std::size_t i = 0; i < count; ++i) {
        if (!framed.contains(devices[i].rack))
            continue;
        const auto [it, first] = firstInRack.emplace(devices[i].rack, i);
        if (!first)
            units.join(static_cast<std::uint32_t>(it->second + 1), static_cast<std::uint32_t>(i + 1));
    }
    std::unordered_map<std::uint32_t, bool> unitHasGpus, unitHasLeaf;
    for (std::size_t i = 0; i < count; ++i) {
        const std::uint32_t root = units.root(static_cast<std::uint32_t>(i + 1));
        unitHasGpus[root] = unitHasGpus[root] || hasGpus[i];
        unitHasLeaf[root] = unitHasLeaf[root] || computeSwitch[i];
    }

    AggregateView view;
    view.block_of.assign(count, 0);
    std::unordered_map<std::uint32_t, std::vector<std::size_t>> unitMembers;
    std::map<GroupKey, std::vector<std::size_t>> groups;
    for (std::size_t i = 0; i < count; ++i) {
        const std::uint32_t root = units.root(static_cast<std::uint32_t>(i + 1));
        if (unitHasGpus[root] && unitHasLeaf[root]) {
            unitMembers[root].push_back(i);
            continue;
        }
        GroupKey key{categories[i], std::nullopt, devices[i].role, 0};
        if (categories[i] == DeviceCategory::Switch) {
            key.network = devices[i].network;
            key.plane = devices[i].plane;
        }
        groups[key].push_back(i);
    }

    std::vector<std::vector<std::size_t>> members;
    for (auto& [root, indices] : unitMembers) {
        AggregateBlock block;
        block.kind = BlockKind::ScalableUnit;
        block.box = boxes[indices.front()];
        std::unordered_set<RackId> racks;
        for (std::size_t i : indices) {
            block.box = block.box.united(boxes[i]);
            if (devices[i].rack != kNoRack)
                racks.insert(devices[i].rack);
        }
        for (RackId rack : racks) {
            if (const auto it = framed.find(rack); it != framed.end())
                block.box = block.box.united(it->second->frame);
        }
        view.blocks.push_back(std::move(block));
        members.push_back(std::move(indices));
    }

    // Groups: the runs of a group in rows near one another form one block.
    for (std::size_t b = 0; b < view.blocks.size(); ++b)
        view.blocks[b].parts = {view.blocks[b].box};
    std::vector<const GroupKey*> blockKeys(view.blocks.size(), nullptr);
    for (const Run& run : runsOf(groups, boxes)) {
        const auto joins = [&](std::size_t b) {
            return blockKeys[b] == run.key && run.box.y - view.blocks[b].box.bottom() <= kRowReach;
        };
        std::size_t b = 0;
        while (b < view.blocks.size() && !joins(b))
            ++b;
        if (b == view.blocks.size()) {
            AggregateBlock& block = view.blocks.emplace_back();
            block.category = run.key->category;
            block.network = run.key->network;
            block.role = run.key->role;
            block.plane = run.key->plane;
            block.box = run.box;
            members.emplace_back();
            blockKeys.push_back(run.key);
        }
        AggregateBlock& block = view.blocks[b];
        block.box = block.box.united(run.box);
        block.parts.push_back(run.box);
        members[b].insert(members[b].end(), run.devices.begin(), run.devices.end());
    }

    // Rows of a group that stand one above the other become one rectangle where it covers no other block.
    for (std::size_t b = 0; b < view.blocks.size(); ++b) {
        std::vector<Box>& parts = view.blocks[b].parts;
        std::vector<Box> merged;
        for (const Box& part : parts) {
            if (!merged.empty()) {
                const Box united = merged.back().united(part);
                const auto coversOther = [&](const AggregateBlock& other) {
                    return &other != &view.blocks[b] &&
                           std::ranges::any_of(other.parts, [&](const Box& p) { return p.overlaps(united); });
                };
                if (!std::ranges::any_of(view.blocks, coversOther)) {
                    merged.back() = united;
                    continue;
                }
            }
            merged.push_back(part);
        }
        parts = std::move(merged);
    }

    // Canvas order: top to bottom, left to right; scalable units first, numbered in that order.
    std::vector<std::size_t> order(view.blocks.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        const AggregateBlock& p = view.blocks[a];
        const AggregateBlock& q = view.blocks[b];
        return std::tie(p.kind, p.box.y, p.box.x, a) < std::tie(q.kind, q.box.y, q.box.x, b);
    });
    std::vector<AggregateBlock> sorted;
    sorted.reserve(order.size());
    int unitNumber = 0;
    for (std::size_t at = 0; at < order.size(); ++at) {
        AggregateBlock& block = sorted.emplace_back(std::move(view.blocks[order[at]]));
        if (block.kind == BlockKind::ScalableUnit)
            block.number = ++unitNumber;
        std::unordered_set<RackId> racks;
        for (std::size_t i : members[order[at]]) {
            view.block_of[i] = static_cast<std::uint32_t>(at);
            ++block.devices[static_cast<std::size_t>(categories[i])];
            block.gpus += design.gpuCount(devices[i]);
            block.max_kw += design.typeOf(devices[i]).max_watts / 1000;
            if (framed.contains(devices[i].rack))
                racks.insert(devices[i].rack);
        }
        block.racks = racks.size();
    }
    view.blocks = std::move(sorted);

    // The cables: within a block, or in the bundle of their network between two blocks.
    std::map<std::tuple<std::uint32_t, std::uint32_t, Network>, AggregateBundle> bundles;
    for (const Link& link : design.links().items()) {
        std::uint32_t a = view.block_of[indexOf(link.a.device)];
        std::uint32_t b = view.block_of[indexOf(link.b.device)];
        const std::size_t n = networkIndex(link.network);
        if (a == b) {
            ++view.blocks[a].cables_within[n];
            continue;
        }
        for (AggregateBlock* end : {&view.blocks[a], &view.blocks[b]}) {
            int& gbps = end->out_gbps[n];
            gbps = end->cables_out[n]++ == 0 || gbps == link.gbps ? link.gbps : 0;
        }
        if (a > b)
            std::swap(a, b);
        AggregateBundle& bundle = bundles[{a, b, link.network}];
        if (bundle.cables == 0) {
            bundle = {a, b, link.network, 0, link.gbps};
        } else if (bundle.gbps != link.gbps) {
            bundle.gbps = 0;
        }
        ++bundle.cables;
    }
    view.bundles.reserve(bundles.size());
    std::map<std::pair<std::uint32_t, Network>, AggregateTrunk> trunks;
    for (const auto& [key, bundle] : bundles) {
        view.bundles.push_back(bundle);
        // Units come first: a trunk is a bundle from a unit to a block that is not one.
        const bool fromUnit = view.blocks[bundle.a].kind == BlockKind::ScalableUnit;
        if (!fromUnit || view.blocks[bundle.b].kind == BlockKind::ScalableUnit)
            continue;
        AggregateTrunk& trunk = trunks[{bundle.b, bundle.network}];
        const Box& unit = view.blocks[bundle.a].box;
        if (trunk.units == 0) {
            trunk = {bundle.b, bundle.network, 0, bundle.gbps, 0, unit};
        } else if (trunk.gbps != bundle.gbps) {
            trunk.gbps = 0;
        }
        trunk.cables += bundle.cables;
        ++trunk.units;
        trunk.units_box = trunk.units_box.united(unit);
    }
    for (const auto& [key, trunk] : trunks)
        view.trunks.push_back(trunk);
    return view;
}

} // namespace cs
