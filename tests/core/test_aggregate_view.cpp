#include "model/aggregate_view.h"
#include "test_support.h"

#include <map>

namespace cs::test {
namespace {

AggregateView aggregated(const Design& design) {
    return aggregateView(design, rackFrames(design));
}

// The counts the aggregated view shows add up to the model's: every device in one block, every GPU, every
// cable within a block or in one bundle between two.
void expectCountsOfTheModel(const Design& design, const AggregateView& view) {
    ASSERT_EQ(view.block_of.size(), design.devices().size());
    std::size_t devices = 0;
    std::int64_t gpus = 0;
    std::array<std::size_t, kNetworkCount> within{}, out{}, bundled{}, links{};
    for (const AggregateBlock& block : view.blocks) {
        devices += block.deviceCount();
        gpus += block.gpus;
        for (std::size_t n = 0; n < kNetworkCount; ++n) {
            within[n] += block.cables_within[n];
            out[n] += block.cables_out[n];
        }
    }
    for (const AggregateBundle& bundle : view.bundles) {
        EXPECT_LT(bundle.a, bundle.b);
        bundled[networkIndex(bundle.network)] += bundle.cables;
    }
    for (const Link& link : design.links().items())
        ++links[networkIndex(link.network)];
    EXPECT_EQ(devices, design.devices().size());
    std::int64_t designGpus = 0;
    for (const Device& device : design.devices().items())
        designGpus += design.gpuCount(device);
    EXPECT_EQ(gpus, designGpus);
    for (std::size_t n = 0; n < kNetworkCount; ++n) {
        EXPECT_EQ(within[n] + bundled[n], links[n]) << networkId(kNetworks[n]);
        EXPECT_EQ(out[n], 2 * bundled[n]) << networkId(kNetworks[n]);
    }
    for (std::size_t i = 0; i < design.devices().size(); ++i)
        ASSERT_LT(view.blockOf(i), view.blocks.size());
    // The trunks gather every bundle from a unit to another kind of block.
    std::array<std::size_t, kNetworkCount> unitBundles{}, trunked{};
    for (const AggregateBundle& bundle : view.bundles) {
        if (view.blocks[bundle.a].kind == BlockKind::ScalableUnit &&
            view.blocks[bundle.b].kind != BlockKind::ScalableUnit)
            unitBundles[networkIndex(bundle.network)] += bundle.cables;
    }
    for (const AggregateTrunk& trunk : view.trunks) {
        EXPECT_NE(view.blocks[trunk.block].kind, BlockKind::ScalableUnit);
        trunked[networkIndex(trunk.network)] += trunk.cables;
    }
    EXPECT_EQ(trunked, unitBundles);
}

void expectNoOverlap(const AggregateView& view) {
    for (std::size_t a = 0; a < view.blocks.size(); ++a) {
        for (std::size_t b = a + 1; b < view.blocks.size(); ++b) {
            for (const Box& p : view.blocks[a].parts) {
                for (const Box& q : view.blocks[b].parts)
                    EXPECT_FALSE(p.overlaps(q)) << "blocks " << a << " and " << b;
            }
        }
    }
}

TEST(AggregateView, AScalableUnitIsItsServersWithTheirLeavesAndRacks) {
    // 128 8-GPU servers in NDR: four SuperPOD scalable units of 32 servers, each on its 8 rail leaves.
    const Design design = generated("dgx-h100", 128);
    const AggregateView view = aggregated(design);
    expectCountsOfTheModel(design, view);
    expectNoOverlap(view);
    std::vector<const AggregateBlock*> units;
    for (const AggregateBlock& block : view.blocks) {
        if (block.kind == BlockKind::ScalableUnit)
            units.push_back(&block);
    }
    ASSERT_EQ(units.size(), 4u);
    for (std::size_t u = 0; u < units.size(); ++u) {
        const AggregateBlock& unit = *units[u];
        EXPECT_EQ(unit.number, static_cast<int>(u + 1));
        EXPECT_EQ(unit.devices[static_cast<std::size_t>(DeviceCategory::GpuServer)], 32u);
        EXPECT_EQ(unit.devices[static_cast<std::size_t>(DeviceCategory::Switch)], 8u);
        EXPECT_EQ(unit.gpus, 256);
        EXPECT_EQ(unit.racks, 11u); // 3 DGX H100 (10.2 kW) a rack at 40 kW
        EXPECT_EQ(unit.cables_within[networkIndex(Network::Compute)], 256u);
        EXPECT_EQ(unit.cables_out[networkIndex(Network::Compute)], 256u); // 1:1 up to the spines
        EXPECT_GT(unit.max_kw, 32 * 10.0);
    }
    // One compute trunk to the spines: 4 units x 256 uplinks.
    const auto compute = std::ranges::find_if(
        view.trunks, [](const AggregateTrunk& trunk) { return trunk.network == Network::Compute; });
    ASSERT_NE(compute, view.trunks.end());
    EXPECT_EQ(compute->cables, 1024u);
    EXPECT_EQ(compute->units, 4u);
    EXPECT_EQ(compute->gbps, 400);
    EXPECT_EQ(view.blocks[compute->block].role, "spine");
    // The unit's block holds its devices' boxes.
    for (std::size_t i = 0; i < design.devices().size(); ++i) {
        const Box box = deviceBox(design, design.devices().items()[i]);
        const Box& block = view.blocks[view.blockOf(i)].box;
        EXPECT_TRUE(box.x >= block.x && box.right() <= block.right() && box.y >= block.y &&
                    box.bottom() <= block.bottom())
            << design.devices().items()[i].name;
    }
}

TEST(AggregateView, TheOtherDevicesGroupByNetworkRoleAndPlane) {
    const Design design = generated("dgx-h100", 128);
    const AggregateView view = aggregated(design);
    std::map<std::pair<std::string, std::string>, std::size_t> switches;
    for (const AggregateBlock& block : view.blocks) {
        if (block.kind == BlockKind::Group && block.category == DeviceCategory::Switch) {
            ASSERT_TRUE(block.network.has_value());
            switches[{std::string(networkId(*block.network)), block.role}] += block.deviceCount();
        }
    }
    std::map<std::pair<std::string, std::string>, std::size_t> expected;
    for (const Device& device : design.devices().items()) {
        if (device.network && !(device.network == Network::Compute && device.role == "leaf"))
            ++expected[{std::string(networkId(*device.network)), device.role}];
    }
    EXPECT_EQ(switches, expected);
    // Every tier is one block, though its rows share the canvas's rows with other tiers.
    std::map<std::pair<std::string, std::string>, std::size_t> blocks;
    for (const AggregateBlock& block : view.blocks) {
        if (block.kind == BlockKind::Group && block.category == DeviceCategory::Switch) {
            const std::pair<std::string, std::string> key{std::string(networkId(*block.network)), block.role};
            EXPECT_EQ(++blocks[key], 1u) << networkId(*block.network) << " " << block.role;
        }
    }
}

TEST(AggregateView, TheTiersOfALargeClusterAreOneBlockEach) {
    const Design design = generated("dgx-h100", 512);
    const AggregateView view = aggregated(design);
    expectCountsOfTheModel(design, view);
    expectNoOverlap(view);
    std::map<std::pair<std::string, std::string>, std::size_t> blocks;
    for (const AggregateBlock& block : view.blocks) {
        if (block.kind == BlockKind::Group && block.network)
            ++blocks[{std::string(networkId(*block.network)), block.role}];
    }
    for (const auto& [key, count] : blocks)
        EXPECT_EQ(count, 1u) << key.first << " " << key.second;
    EXPECT_GT(blocks.size(), 6u);
}

TEST(AggregateView, RackScaleSystemsAndPlanesAddUp) {
    for (const Design& design : {generated("gb200-nvl72", 8), generated("dgx-b200", 64, Fabric::SpectrumX)}) {
        const AggregateView view = aggregated(design);
        expectCountsOfTheModel(design, view);
        expectNoOverlap(view);
        std::size_t units = 0;
        for (const AggregateBlock& block : view.blocks)
            units += block.kind == BlockKind::ScalableUnit;
        EXPECT_GE(units, 1u) << design.name;
    }
}

TEST(AggregateView, AHandMadeDesignAddsUp) {
    const Design design = readDesign(kCatalogDir / "examples" / "training-128gpu.json", library());
    const AggregateView view = aggregated(design);
    expectCountsOfTheModel(design, view);
    const Design small = smallDesign();
    expectCountsOfTheModel(small, aggregated(small));
}

} // namespace
} // namespace cs::test
