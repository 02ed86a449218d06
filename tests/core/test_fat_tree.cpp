#include "base/input_error.h"
#include "topology/fat_tree.h"

#include <functional>
#include <gtest/gtest.h>
#include <map>
#include <numeric>
#include <set>

namespace cs {
namespace {

constexpr int kQm9700Radix = 64;
constexpr int kQm8700Radix = 40;
constexpr int kQ3400Radix = 144;      // Quantum-X800: 144 x 800G XDR
constexpr int kSn5600Radix400G = 128; // Spectrum-4: 64 OSFP cages as 128 x 400GbE

// Every switch's ports stay within its radix, and no port is used twice.
void expectPortsWithinRadix(const FatTree& tree) {
    std::map<std::pair<int, int>, std::set<int>> used; // (tier, switch) -> ports
    const auto use = [&](int tier, int sw, int port) {
        EXPECT_GE(port, 0);
        EXPECT_LT(port, tree.radix);
        const bool fresh = used[{tier, sw}].insert(port).second;
        EXPECT_TRUE(fresh) << "tier " << tier << " switch " << sw << " port " << port;
    };
    for (const TierCable& c : tree.leaf_spine) {
        use(0, c.lower, c.lower_port);
        use(1, c.upper, c.upper_port);
    }
    for (const TierCable& c : tree.spine_core) {
        use(1, c.lower, c.lower_port);
        use(2, c.upper, c.upper_port);
    }
}

TEST(FatTree, AlFaresCapacities) {
    EXPECT_EQ(twoLevelCapacity(kQm9700Radix), 2048);    // k²/2
    EXPECT_EQ(threeLevelCapacity(kQm9700Radix), 65536); // k³/4
    EXPECT_EQ(twoLevelCapacity(kQm8700Radix), 800);
    EXPECT_EQ(threeLevelCapacity(kQm8700Radix), 16000);
}

// NVIDIA DGX SuperPOD H100 RA-11333 Tables 3 and 4 (32 DGX per SU, 8 rails, QM9700): leaves, spines, cores.
TEST(FatTree, MatchesSuperPodTables) {
    struct Row {
        int units, leaves, spines, cores;
    };
    for (const Row row : {Row{1, 8, 4, 0}, Row{2, 16, 8, 0}, Row{4, 32, 16, 0}, Row{8, 64, 32, 0},
                          Row{16, 128, 128, 64}, Row{32, 256, 256, 128}, Row{64, 512, 512, 256}}) {
        const RailPlan rails = planRails(32 * row.units, 8, kQm9700Radix);
        EXPECT_EQ(rails.su_servers, 32);
        EXPECT_EQ(rails.rails_per_leaf, 1);
        const FatTree tree = railOptimizedFatTree(rails);
        EXPECT_EQ(tree.leaves(), row.leaves) << row.units << " SU";
        EXPECT_EQ(tree.spines, row.spines) << row.units << " SU";
        EXPECT_EQ(tree.cores, row.cores) << row.units << " SU";
        const int gpus = 256 * row.units;
        EXPECT_EQ(static_cast<int>(tree.leaf_spine.size()),
                  gpus); // "at each level the cable count equals GPUs"
        EXPECT_EQ(static_cast<int>(tree.spine_core.size()), row.cores ? gpus : 0);
        expectPortsWithinRadix(tree);
    }
}

// NVIDIA DGX SuperPOD H100 RA Table 4: 3 SU (95 DGX) take 24 leaves and 16 spines, not the 12 that 760
// uplinks need: every leaf keeps as many cables to each spine (32 uplinks, 2 to each of 16).
TEST(FatTree, SpinesDivideTheLeafUplinks) {
    const FatTree tree = railOptimizedFatTree(planRails(95, 8, kQm9700Radix));
    EXPECT_EQ(tree.leaves(), 24);
    EXPECT_EQ(tree.spines, 16);
    expectPortsWithinRadix(tree);
}

// DGX SuperPOD B300 XDR RA (72 DGX B300 per SU, 8 rails, 144-port Q3400): leaves and spines per SU count,
// one cable per GPU at each tier.
TEST(FatTree, MatchesTheB300XdrSuperPodTable) {
    struct Row {
        int units, leaves, spines;
    };
    for (const Row row : {Row{1, 8, 4}, Row{2, 16, 8}, Row{4, 32, 18}, Row{8, 64, 36}, Row{18, 144, 72}}) {
        const RailPlan rails = planRails(72 * row.units, 8, kQ3400Radix);
        EXPECT_EQ(rails.su_servers, 72);
        const FatTree tree = railOptimizedFatTree(rails);
        EXPECT_EQ(tree.leaves(), row.leaves) << row.units << " SU";
        EXPECT_EQ(tree.spines, row.spines) << row.units << " SU";
        EXPECT_EQ(tree.cores, 0) << row.units << " SU";
        EXPECT_EQ(static_cast<int>(tree.leaf_spine.size()), 576 * row.units);
        expectPortsWithinRadix(tree);
    }
}

// DGX SuperPOD B300 Spectrum-X RA (64 DGX B300 per SU, twin-planar): each plane is a fat tree of one 400GbE
// port per GPU on SN5600s at 128 x 400GbE; the table counts both planes.
TEST(FatTree, MatchesTheB300SpectrumXSuperPodTableTwoPlanes) {
    struct Row {
        int units, leaves, spines;
    };
    for (const Row row :
         {Row{1, 16, 8}, Row{2, 32, 16}, Row{4, 64, 32}, Row{8, 128, 64}, Row{16, 256, 128}}) {
        const FatTree plane = railOptimizedFatTree(planRails(64 * row.units, 8, kSn5600Radix400G));
        EXPECT_EQ(2 * plane.leaves(), row.leaves) << row.units << " SU";
        EXPECT_EQ(2 * plane.spines, row.spines) << row.units << " SU";
        EXPECT_EQ(plane.cores, 0);
    }
}

// GB200 SuperPOD: a scalable unit is 8 NVL72 racks (576 GPUs); a rack's 72 NICs are its rails, so 64-port NDR
// leaves at 1:1 (32 down) take 4 rails of 8 racks each: 18 leaves per unit.
TEST(FatTree, Gb200ScalableUnitsAreEightRacks) {
    const RailPlan rails = planRails(16, 72, kQm9700Radix, 8);
    EXPECT_EQ(rails.su_servers, 8);
    EXPECT_EQ(rails.scalable_units, 2);
    EXPECT_EQ(rails.rails_per_leaf, 4);
    const FatTree tree = railOptimizedFatTree(rails);
    EXPECT_EQ(tree.leaves(), 36);
    EXPECT_EQ(static_cast<int>(tree.leaf_spine.size()), 16 * 72);
    expectPortsWithinRadix(tree);
}

TEST(FatTree, TwentyThousandGpusTakeThreeLevels) {
    const FatTree tree = railOptimizedFatTree(planRails(2560, 8, kQm9700Radix));
    EXPECT_EQ(tree.leaves(), 640); // 80 SU x 8 rails
    EXPECT_EQ(tree.spines, 640);   // 20,480 uplinks / 32 down ports per spine
    EXPECT_EQ(tree.cores, 320);    // 20,480 spine uplinks / 64 ports
    EXPECT_EQ(tree.levels(), 3);
    expectPortsWithinRadix(tree);
}

TEST(FatTree, EveryLeafReachesEverySpineInTwoLevels) {
    const FatTree tree = railOptimizedFatTree(planRails(100, 8, kQm9700Radix)); // a partial last SU
    ASSERT_EQ(tree.levels(), 2);
    std::map<int, std::set<int>> reached;
    for (const TierCable& c : tree.leaf_spine)
        reached[c.lower].insert(c.upper);
    for (int leaf = 0; leaf < tree.leaves(); ++leaf) {
        if (tree.leaf_up[static_cast<std::size_t>(leaf)] >= tree.spines) {
            EXPECT_EQ(static_cast<int>(reached[leaf].size()), tree.spines) << leaf;
        }
        EXPECT_EQ(tree.leaf_up[static_cast<std::size_t>(leaf)],
                  tree.leaf_down[static_cast<std::size_t>(leaf)]);
    }
    expectPortsWithinRadix(tree);
}

TEST(FatTree, SmallClustersFoldRails) {
    const RailPlan example = planRails(16, 8, kQm9700Radix); // the 128-GPU example: 4 leaves, 2 spines
    EXPECT_EQ(example.rails_per_leaf, 2);
    const FatTree tree = railOptimizedFatTree(example);
    EXPECT_EQ(tree.leaves(), 4);
    EXPECT_EQ(tree.spines, 2);
    EXPECT_EQ(example.leafOf(0, 0), example.leafOf(15, 1)); // rails 1 and 2 of every server share a leaf
    EXPECT_EQ(example.leafPortOf(1, 0), 2);                 // server 2's NIC 1 on p-3

    const FatTree one = railOptimizedFatTree(planRails(2, 8, kQm9700Radix)); // 16 GPUs: one switch
    EXPECT_EQ(one.leaves(), 1);
    EXPECT_EQ(one.spines, 0);
    EXPECT_EQ(one.levels(), 1);
}

TEST(FatTree, HdrRadixMakesTwentyServerUnits) {
    const RailPlan rails = planRails(40, 8, kQm8700Radix); // 20 down / 20 up per leaf
    EXPECT_EQ(rails.su_servers, 20);
    EXPECT_EQ(rails.scalable_units, 2);
    const FatTree tree = railOptimizedFatTree(rails);
    EXPECT_EQ(tree.leaves(), 16);
    EXPECT_EQ(tree.spines, 10); // 320 uplinks need 8 of 40 ports; 10 divide each leaf's 20 uplinks
    expectPortsWithinRadix(tree);
}

TEST(FatTree, OversubscribedLeavesKeepTheirRatio) {
    const LeafSplit split = splitOversubscribed(100, 64, 4, 3);
    EXPECT_EQ(split.firstUplinkPort, 36); // 36 down + 27 up = 63 <= 64
    ASSERT_EQ(split.down.size(), 3u);
    EXPECT_EQ(split.down[0], 36);
    EXPECT_EQ(split.up[0], 27);
    EXPECT_EQ(split.down[2], 28);
    EXPECT_EQ(split.up[2], 21);
    const LeafSplit single = splitOversubscribed(40, 64, 4, 3);
    EXPECT_EQ(single.down.size(), 1u);
    EXPECT_EQ(fatTreeLevels(single.up, 64), 1);
}

// Any size, either radix: every switch within its ports, every uplink cabled, spines 1:1, one fabric.
TEST(FatTree, EverySizeIsOneNonBlockingFabric) {
    for (const int radix : {kQm9700Radix, kQm8700Radix}) {
        for (const int servers : {1, 3, 5, 17, 33, 65, 100, 257, 300, 999, 1000, 1500, 1999}) {
            if (std::int64_t{servers} * 8 > threeLevelCapacity(radix))
                continue;
            const FatTree tree = railOptimizedFatTree(planRails(servers, 8, radix));
            expectPortsWithinRadix(tree);
            int uplinks = 0;
            for (int up : tree.leaf_up)
                uplinks += up;
            EXPECT_EQ(static_cast<int>(tree.leaf_spine.size()), tree.leaves() > 1 ? uplinks : 0);
            std::vector<int> spineDown(static_cast<std::size_t>(tree.spines)), spineUp(spineDown);
            for (const TierCable& c : tree.leaf_spine)
                ++spineDown[static_cast<std::size_t>(c.upper)];
            for (const TierCable& c : tree.spine_core)
                ++spineUp[static_cast<std::size_t>(c.lower)];
            if (tree.cores > 0) {
                EXPECT_EQ(spineUp, spineDown) << servers;
            }
            // Union-find over leaves [0, L), spines [L, L+S), cores after.
            std::vector<int> parent(static_cast<std::size_t>(tree.leaves() + tree.spines + tree.cores));
            std::iota(parent.begin(), parent.end(), 0);
            const std::function<int(int)> root = [&](int x) {
                return parent[static_cast<std::size_t>(x)] == x ? x
                                                                : root(parent[static_cast<std::size_t>(x)]);
            };
            const auto join = [&](int a, int b) { parent[static_cast<std::size_t>(root(a))] = root(b); };
            for (const TierCable& c : tree.leaf_spine)
                join(c.lower, tree.leaves() + c.upper);
            for (const TierCable& c : tree.spine_core)
                join(tree.leaves() + c.lower, tree.leaves() + tree.spines + c.upper);
            std::set<int> roots;
            for (int i = 0; i < static_cast<int>(parent.size()); ++i)
                roots.insert(root(i));
            EXPECT_EQ(roots.size(), 1u) << servers << " servers, radix " << radix;
        }
    }
}

TEST(FatTree, RefusesWhatItCannotBuild) {
    EXPECT_THROW(planRails(0, 8, 64), InputError);
    EXPECT_THROW(planRails(4, 0, 64), InputError);
    EXPECT_THROW(planRails(4, 8, 1), InputError);
    // 200 leaves of 2-port-uplink switches in radix 4: far beyond k³/4.
    EXPECT_THROW(wireFatTree(std::vector<int>(200, 2), std::vector<int>(200, 2), 4, 2), InputError);
}

} // namespace
} // namespace cs
