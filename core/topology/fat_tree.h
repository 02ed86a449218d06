#pragma once

#include <cstdint>
#include <vector>

namespace cs {

// The arithmetic of folded-Clos ("fat tree") fabrics. Sources: Al-Fares, Loukissas, Vahdat, "A Scalable,
// Commodity Data Center Network Architecture", SIGCOMM 2008 (radix k: two levels serve k²/2 endpoints, three
// levels k³/4 with 5k²/4 switches); NVIDIA DGX SuperPOD H100 RA-11333 (rail-optimized scalable units of 32
// DGX, one leaf per rail, core layer from 16 SU) and the B200, B300 XDR and B300 Spectrum-X SuperPOD
// reference architectures (scalable units of 32, 72 and 64 DGX: the servers one leaf per rail serves). See
// docs/model.md §Fat tree.

// Endpoints a non-blocking fat tree of `radix`-port switches serves with two and with three levels.
std::int64_t twoLevelCapacity(int radix);   // k²/2 (Al-Fares §3.2)
std::int64_t threeLevelCapacity(int radix); // k³/4 (Al-Fares §3.2)

// One cable between a switch of a lower tier and one of the tier above, by index within each tier and port.
struct TierCable {
    int lower = 0, lower_port = 0;
    int upper = 0, upper_port = 0;
};

// A wired fabric: how many switches each tier has and every cable between tiers. Endpoint cables to the
// leaves are the caller's (it knows which endpoint goes where, e.g. rail alignment).
struct FatTree {
    int radix = 0;
    std::vector<int> leaf_down; // endpoints cabled to each leaf
    std::vector<int> leaf_up;   // uplinks of each leaf
    int spines = 0;
    int cores = 0;
    std::vector<TierCable> leaf_spine;
    std::vector<TierCable> spine_core;

    int leaves() const { return static_cast<int>(leaf_down.size()); }
    int levels() const { return cores > 0 ? 3 : spines > 0 ? 2 : 1; }
};

// Wires leaves into spines and, when two levels cannot put every full leaf one hop from every spine, into a
// core layer of pods (k/2 leaves each) whose spines keep as many ports up as down. Two levels take the fewest
// spines that divide a full leaf's uplinks (up to twice the fewest that carry them), so that every leaf has
// as many cables to each spine: NVIDIA's
// SuperPOD tables do the same (B300 XDR: 72 uplinks per leaf, 4 SU on 18 spines and 8 SU on 36, not 16 and
// 32; H100: 3 SU on 16 spines, not 12). Leaf uplinks use ports from `leafFirstUplinkPort` on. Throws
// InputError when three levels are not enough.
FatTree wireFatTree(std::vector<int> leafDown, std::vector<int> leafUp, int radix, int leafFirstUplinkPort);

// Where the compute NICs of a rail-optimized fabric go: servers are grouped into scalable units, and NIC r
// (the rail) of every server of a unit goes to the same leaf. Small clusters fold several rails onto a leaf
// (the 128-GPU example: two rails per leaf) and a cluster that fits one switch uses one leaf.
struct RailPlan {
    int servers = 0;
    int rails = 0; // compute NICs per server
    int radix = 0;
    int su_servers = 0; // servers per scalable unit
    int scalable_units = 0;
    int rails_per_leaf = 0;

    int railGroups() const { return rails / rails_per_leaf; }
    int leaves() const { return scalable_units * railGroups(); }
    // Leaves are numbered rail-group-major, so that the leaves of one rail share a pod of a three-level tree.
    int leafOf(int server, int rail) const {
        return (rail / rails_per_leaf) * scalable_units + server / su_servers;
    }
    // Down ports: server by server, its rails side by side (the 128-GPU example: compute-1, -2 on p-1, p-2).
    int leafPortOf(int server, int rail) const {
        return (server % su_servers) * rails_per_leaf + rail % rails_per_leaf;
    }
    std::vector<int> leafDownCounts() const;
};

// Throws InputError for non-positive counts or a radix below 2. A scalable unit is `unitServers` servers, at
// most the k/2 that one leaf per rail serves (SuperPOD: 32 DGX on 64-port QM9700, 72 on 144-port Q3400, 64
// on SN5600 at 128 x 400GbE); 0 = k/2. A "server" is a scale-up domain: an 8-GPU server, or a whole NVL72
// rack whose 72 NICs are its rails (GB200 SuperPOD: a scalable unit of 8 racks).
// Rails fold onto a leaf in whole nodes: `railStep` rails belong to one node (a compute tray's 4 NICs of a
// rack's 72), and a leaf takes a multiple or a divisor of them, so that every node of a unit sends NIC i to
// the same leaf.
RailPlan planRails(int servers, int rails, int radix, int unitServers = 0, int railStep = 1);
// Whether `fold` rails per leaf keep the nodes of `railStep` rails whole (a multiple or a divisor of it).
bool foldKeepsNodes(int fold, int railStep);

// The levels wireFatTree would build for these leaf uplinks (1, 2 or 3), without wiring anything.
int fatTreeLevels(const std::vector<int>& leafUp, int radix);

// Splits endpoints over leaves oversubscribed ratioDown:ratioUp (each leaf has ceil(down · ratioUp /
// ratioDown) uplinks), filling each leaf's down ports in order; one switch, without uplinks, when they fit
// its ports.
struct LeafSplit {
    std::vector<int> down, up;
    int firstUplinkPort = 0;
};
LeafSplit splitOversubscribed(int endpoints, int radix, int ratioDown, int ratioUp);

// A rail-optimized, non-blocking compute fabric: leaves from planRails, each with as many uplinks as
// endpoints (1:1, SuperPOD RA "balanced full fat-tree").
FatTree railOptimizedFatTree(const RailPlan& rails);

} // namespace cs
