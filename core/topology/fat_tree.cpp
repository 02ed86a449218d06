#include "topology/fat_tree.h"

#include "base/input_error.h"

#include <algorithm>
#include <numeric>
#include <string>

namespace cs {

namespace {

int ceilDiv(std::int64_t a, std::int64_t b) {
    return static_cast<int>((a + b - 1) / b);
}

// Spreads the uplinks of `lowers` round-robin over `uppers` switches: consecutive uplinks of a switch go to
// consecutive upper switches, so a lower switch with at least `uppers` uplinks reaches every one of them, and
// no upper switch gets more than ceil(total / uppers) cables.
void spread(const std::vector<int>& lowerIndex, const std::vector<int>& uplinks, int firstUplinkPort,
            const std::vector<int>& upperIndex, std::vector<int>& upperNextPort,
            std::vector<TierCable>& out) {
    std::size_t next = 0;
    for (std::size_t i = 0; i < lowerIndex.size(); ++i) {
        for (int u = 0; u < uplinks[i]; ++u) {
            const int upper = upperIndex[next++ % upperIndex.size()];
            out.push_back({lowerIndex[i], firstUplinkPort + u, upper, upperNextPort[upper]++});
        }
    }
}

} // namespace

std::int64_t twoLevelCapacity(int radix) {
    return std::int64_t{radix} * radix / 2;
}

std::int64_t threeLevelCapacity(int radix) {
    return std::int64_t{radix} * radix * radix / 4;
}

FatTree wireFatTree(std::vector<int> leafDown, std::vector<int> leafUp, int radix, int leafFirstUplinkPort) {
    FatTree tree;
    tree.radix = radix;
    tree.leaf_down = std::move(leafDown);
    tree.leaf_up = std::move(leafUp);
    const int leaves = tree.leaves();
    if (leaves <= 1) { // one switch is its own non-blocking fabric
        std::fill(tree.leaf_up.begin(), tree.leaf_up.end(), 0);
        return tree;
    }
    const std::int64_t uplinks = std::accumulate(tree.leaf_up.begin(), tree.leaf_up.end(), std::int64_t{0});
    const int fullUplinks = *std::max_element(tree.leaf_up.begin(), tree.leaf_up.end());
    std::vector<int> leafIndex(static_cast<std::size_t>(leaves));
    std::iota(leafIndex.begin(), leafIndex.end(), 0);

    // Two levels while every full leaf can reach every spine: spines = ceil(uplinks / k) <= uplinks per leaf,
    // rounded up to a divisor of the uplinks per leaf (equal cables from a leaf to each spine) when one is
    // within twice that (a partial unit's odd uplink count would otherwise ask for a spine per uplink).
    const int twoLevelSpines = ceilDiv(uplinks, radix);
    if (twoLevelSpines <= fullUplinks) {
        int balanced = twoLevelSpines;
        while (fullUplinks % balanced != 0)
            ++balanced;
        tree.spines = balanced <= 2 * twoLevelSpines ? balanced : twoLevelSpines;
        std::vector<int> spineIndex(static_cast<std::size_t>(tree.spines));
        std::iota(spineIndex.begin(), spineIndex.end(), 0);
        std::vector<int> spinePort(static_cast<std::size_t>(tree.spines), 0);
        spread(leafIndex, tree.leaf_up, leafFirstUplinkPort, spineIndex, spinePort, tree.leaf_spine);
        return tree;
    }

    // Three levels (Al-Fares §3.2): pods of k/2 leaves; each pod's spines take k/2 leaf uplinks and send as
    // many up to the core group of their position in the pod.
    const int half = radix / 2;
    const int pods = ceilDiv(leaves, half);
    std::vector<std::vector<int>> podSpines(static_cast<std::size_t>(pods));
    std::vector<int> spinePort;
    for (int pod = 0; pod < pods; ++pod) {
        const auto first = leafIndex.begin() + std::int64_t{pod} * half;
        const auto last = leafIndex.begin() + std::min<std::int64_t>(std::int64_t{pod + 1} * half, leaves);
        const std::vector<int> podLeaves(first, last);
        std::vector<int> podUp;
        for (int leaf : podLeaves)
            podUp.push_back(tree.leaf_up[static_cast<std::size_t>(leaf)]);
        const int spines = ceilDiv(std::accumulate(podUp.begin(), podUp.end(), std::int64_t{0}), half);
        for (int s = 0; s < spines; ++s) {
            podSpines[static_cast<std::size_t>(pod)].push_back(tree.spines++);
            spinePort.push_back(0);
        }
        spread(podLeaves, podUp, leafFirstUplinkPort, podSpines[static_cast<std::size_t>(pod)], spinePort,
               tree.leaf_spine);
    }
    const std::vector<int> spineDown = spinePort; // non-blocking at the spine: as many up as down
    std::size_t positions = 0; // a pod with partial leaves in the middle may have fewer spines than the next
    for (const auto& spines : podSpines)
        positions = std::max(positions, spines.size());
    for (std::size_t position = 0; position < positions; ++position) {
        std::vector<int> groupSpines, groupUp;
        for (const auto& spines : podSpines) {
            if (position < spines.size()) {
                groupSpines.push_back(spines[position]);
                groupUp.push_back(spineDown[static_cast<std::size_t>(spines[position])]);
            }
        }
        const int cores = ceilDiv(std::accumulate(groupUp.begin(), groupUp.end(), std::int64_t{0}), radix);
        if (cores > *std::max_element(groupUp.begin(), groupUp.end()))
            throw InputError("the fabric needs more than three levels of " + std::to_string(radix) +
                             "-port switches (at most " + std::to_string(threeLevelCapacity(radix)) +
                             " non-blocking endpoints)");
        std::vector<int> coreIndex(static_cast<std::size_t>(cores));
        std::iota(coreIndex.begin(), coreIndex.end(), tree.cores);
        tree.cores += cores;
        std::vector<int> corePort(static_cast<std::size_t>(tree.cores), 0);
        spread(groupSpines, groupUp, half, coreIndex, corePort, tree.spine_core);
    }
    return tree;
}

int fatTreeLevels(const std::vector<int>& leafUp, int radix) {
    if (leafUp.size() <= 1)
        return 1;
    const std::int64_t uplinks = std::accumulate(leafUp.begin(), leafUp.end(), std::int64_t{0});
    return ceilDiv(uplinks, radix) <= *std::max_element(leafUp.begin(), leafUp.end()) ? 2 : 3;
}

LeafSplit splitOversubscribed(int endpoints, int radix, int ratioDown, int ratioUp) {
    LeafSplit split;
    if (endpoints <= radix) {
        split.down = {endpoints};
        split.up = {0};
        split.firstUplinkPort = radix;
        return split;
    }
    const auto upFor = [&](int down) { return ceilDiv(std::int64_t{down} * ratioUp, ratioDown); };
    int capacity = radix - 1;
    while (capacity > 1 && capacity + upFor(capacity) > radix)
        --capacity;
    for (int left = endpoints; left > 0; left -= capacity) {
        split.down.push_back(std::min(left, capacity));
        split.up.push_back(upFor(split.down.back()));
    }
    split.firstUplinkPort = capacity;
    return split;
}

std::vector<int> RailPlan::leafDownCounts() const {
    std::vector<int> counts(static_cast<std::size_t>(leaves()), 0);
    for (int group = 0; group < railGroups(); ++group) {
        for (int unit = 0; unit < scalable_units; ++unit) {
            const int unitServers = std::min(su_servers, servers - unit * su_servers);
            counts[static_cast<std::size_t>(group * scalable_units + unit)] = unitServers * rails_per_leaf;
        }
    }
    return counts;
}

bool foldKeepsNodes(int fold, int railStep) {
    return fold % railStep == 0 || railStep % fold == 0;
}

RailPlan planRails(int servers, int rails, int radix, int unitServers, int railStep) {
    if (servers < 1)
        throw InputError("the number of servers must be at least 1");
    if (rails < 1)
        throw InputError("a server needs at least one compute NIC");
    if (radix < 2)
        throw InputError("a switch needs at least two fabric ports");
    RailPlan plan{servers, rails, radix, 0, 0, 0};
    if (std::int64_t{servers} * rails <= radix) { // one switch holds every NIC
        plan.su_servers = servers;
        plan.scalable_units = 1;
        plan.rails_per_leaf = rails;
        return plan;
    }
    const int half = radix / 2; // a non-blocking leaf keeps half its ports for uplinks
    plan.su_servers = std::min({unitServers > 0 ? unitServers : half, half, servers});
    plan.scalable_units = ceilDiv(servers, plan.su_servers);
    plan.rails_per_leaf = 1;
    for (int fold = rails; fold >= 1; --fold) { // the most rails per leaf that still fit its down ports
        if (rails % fold == 0 && plan.su_servers * fold <= half && foldKeepsNodes(fold, railStep)) {
            plan.rails_per_leaf = fold;
            break;
        }
    }
    return plan;
}

FatTree railOptimizedFatTree(const RailPlan& rails) {
    std::vector<int> down = rails.leafDownCounts();
    std::vector<int> up = down; // 1:1 non-blocking
    return wireFatTree(std::move(down), std::move(up), rails.radix,
                       rails.leaves() == 1 ? rails.radix : rails.radix / 2);
}

} // namespace cs
