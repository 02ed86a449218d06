#include "analysis/failure_impact.h"
#include "analysis/link_load.h"
#include "estimate/cluster_from_design.h"
#include "estimate/communication_model.h"
#include "io/design_file.h"
#include "test_support.h"
#include "topology/cluster_generator.h"

#include <cmath>
#include <nlohmann/json.hpp>

namespace cs::test {
namespace {

struct Case {
    Design design;
    Plan plan;
    TrainingEstimate estimate;
    LinkLoads loads;
};

Case run(Design design, const nlohmann::json& plan_json) {
    Plan plan = readPlan(plan_json, library(), "plan.json");
    applyDesignCluster(design, plan);
    EXPECT_TRUE(checkPlan(plan).empty());
    const TrainingEstimate estimate = estimateTraining(plan);
    LinkLoads loads = linkLoads(design, plan, estimate);
    return {std::move(design), std::move(plan), estimate, std::move(loads)};
}

Case example() {
    return run(readDesign(kCatalogDir / "examples" / "training-128gpu.json", library()),
               nlohmann::json::parse(readFile(kCatalogDir / "examples" / "plan-llama2-70b-128gpu.json")));
}

// 64 DGX H100: two scalable units of 32, one leaf per rail per unit, 1:1 up to the spines.
Design twoScalableUnits() {
    GeneratorOptions options;
    options.servers = 64;
    options.server = "dgx-h100";
    return generateCluster(options, library());
}

nlohmann::json llama70b(int pp, int dp) {
    return {{"model", {{"preset", "llama2-70b"}}},
            {"parallelism", {{"tp", 8}, {"pp", pp}, {"dp", dp}, {"global_batch", 1024}}}};
}

bool isSwitch(const Design& design, DeviceId id) {
    return design.typeOf(*design.devices().find(id)).category == DeviceCategory::Switch;
}
const Device& deviceOf(const Design& design, DeviceId id) {
    return *design.devices().find(id);
}

enum class Kind { ServerCompute, LeafUp, SpineUp, ServerStorage, Management, Other };
Kind kindOf(const Design& design, const Link& link) {
    const bool a = isSwitch(design, link.a.device), b = isSwitch(design, link.b.device);
    if (link.network == Network::Uplink || link.network == Network::Inband || link.network == Network::Oob)
        return Kind::Management;
    const bool server_end = design.typeOf(deviceOf(design, a ? link.b.device : link.a.device)).category ==
                            DeviceCategory::GpuServer;
    if (a != b && server_end)
        return link.network == Network::Compute ? Kind::ServerCompute : Kind::ServerStorage;
    if (a && b && link.network == Network::Compute) {
        const bool leaf =
            deviceOf(design, link.a.device).role == "leaf" || deviceOf(design, link.b.device).role == "leaf";
        return leaf ? Kind::LeafUp : Kind::SpineUp;
    }
    return Kind::Other;
}

// The mean load of the links of one kind: average over a step, or (`&LinkLoad::load`) peak during its phase.
double meanLoad(const Case& c, Kind kind, double LinkLoad::*which = &LinkLoad::average_load) {
    double sum = 0;
    int count = 0;
    for (std::size_t i = 0; i < c.loads.links.size(); ++i)
        if (kindOf(c.design, c.design.links().items()[i]) == kind) {
            sum += c.loads.links[i].*which;
            ++count;
        }
    EXPECT_GT(count, 0);
    return sum / count;
}

TEST(LinkLoad, EveryLinkAndSwitchOfTheExampleHasASaneLoad) {
    const Case c = example();
    ASSERT_EQ(c.loads.links.size(), c.design.links().size());
    for (std::size_t i = 0; i < c.loads.links.size(); ++i) {
        EXPECT_EQ(c.loads.links[i].link, c.design.links().items()[i].id);
        EXPECT_TRUE(std::isfinite(c.loads.links[i].load));
        EXPECT_GE(c.loads.links[i].average_load, 0);
        EXPECT_LT(c.loads.links[i].average_load, 1); // the example is sized for this plan
        EXPECT_GE(c.loads.links[i].load, c.loads.links[i].average_load - 1e-12); // a peak is no lower
    }
    std::size_t switches = 0;
    for (const Device& device : c.design.devices().items())
        switches += isSwitch(c.design, device.id);
    ASSERT_EQ(c.loads.switches.size(), switches);
    for (const SwitchLoad& s : c.loads.switches) {
        EXPECT_GE(s.load, 0);
        EXPECT_LE(s.load, s.peak_link_load + 1e-12);
        EXPECT_LE(s.average_load, s.load + 1e-12);
    }
}

TEST(LinkLoad, ServerLinksCarryTheEstimatesNicBytes) {
    const Case c = example();
    // One 400G NIC per GPU, 1:1: the per-GPU demand over the per-GPU line rate (estimate --json's network).
    const double expected = c.estimate.nic_bytes_per_gpu / c.estimate.step_time_s / (400e9 / 8);
    EXPECT_GT(expected, 0);
    for (std::size_t i = 0; i < c.loads.links.size(); ++i) {
        if (kindOf(c.design, c.design.links().items()[i]) == Kind::ServerCompute) {
            EXPECT_NEAR(c.loads.links[i].average_load, expected, 1e-12);
        }
    }
    // The peak: the DP rate that hides the reduction in its window (the budget's compute_fabric_overlap
    // demand) plus the PP sends over the micro-batches' time.
    const StepBreakdown& b = c.estimate.breakdown;
    const double pp_bytes =
        c.estimate.micro_batches * ppBytesPerMicroBatchPerGpu(c.plan.model, c.plan.parallelism);
    const double dp_bytes = c.estimate.nic_bytes_per_gpu - pp_bytes;
    EXPECT_NEAR(dp_bytes / c.estimate.dp_overlap_window_s, c.estimate.nic_needed_bytes_per_s, 1e-3);
    const double peak =
        (c.estimate.nic_needed_bytes_per_s + pp_bytes / (b.compute_s + b.tp_comm_s + b.pp_comm_s)) /
        (400e9 / 8);
    EXPECT_NEAR(meanLoad(c, Kind::ServerCompute, &LinkLoad::load), peak, 1e-9);
    EXPECT_GT(peak, 1); // the 128-GPU example's DP window asks more than the NIC's line rate
    EXPECT_NEAR(expected,
                c.estimate.nic_bytes_per_gpu / c.estimate.step_time_s / c.estimate.nic_capacity_bytes_per_s,
                1e-12);
    EXPECT_GT(meanLoad(c, Kind::ServerStorage), 0);
    EXPECT_EQ(meanLoad(c, Kind::Management), 0);
}

TEST(LinkLoad, RailAlignmentKeepsTheExamplesTrafficInsideTheLeaves) {
    // The example folds two rails on each of its four leaves, all 16 servers on every leaf: each DP ring and
    // PP pair meets on its rail's leaf, and nothing climbs to the spines.
    const Case c = example();
    EXPECT_EQ(meanLoad(c, Kind::LeafUp), 0);
}

TEST(LinkLoad, PipelineStagesInDifferentScalableUnitsCrossTheSpines) {
    // PP 2 puts stage 0 on the first unit's 32 servers and stage 1 on the second's: every PP byte crosses,
    // DP rings stay in their unit. 1:1 leaves: the up-links carry the PP share of the server links.
    const Case c = run(twoScalableUnits(), llama70b(2, 32));
    const double pp_bytes =
        c.estimate.micro_batches * ppBytesPerMicroBatchPerGpu(c.plan.model, c.plan.parallelism);
    EXPECT_GT(pp_bytes, 0);
    const double server = meanLoad(c, Kind::ServerCompute);
    EXPECT_NEAR(meanLoad(c, Kind::LeafUp), server * pp_bytes / c.estimate.nic_bytes_per_gpu, 1e-9);
}

TEST(LinkLoad, ADataParallelRingCrossesOncePerUnitAndOversubscriptionRaisesTheLoad) {
    Case c = run(twoScalableUnits(), llama70b(1, 64));
    const double server = meanLoad(c, Kind::ServerCompute);
    // Each rail's ring of 64 servers leaves each unit's leaf once: one server's bytes over 32 up-links.
    EXPECT_NEAR(meanLoad(c, Kind::LeafUp), server / 32, 1e-12);

    // Unplug half the up-links of every compute leaf: 2:1, the rest carry twice as much.
    Design design = c.design;
    std::map<DeviceId, int> kept;
    for (const Link& link : c.design.links().items())
        if (kindOf(c.design, link) == Kind::LeafUp) {
            const DeviceId leaf =
                deviceOf(design, link.a.device).role == "leaf" ? link.a.device : link.b.device;
            if (kept[leaf]++ % 2)
                design.apply({Remove<Link>{link.id}});
        }
    const Case half = run(std::move(design), llama70b(1, 64));
    EXPECT_NEAR(half.plan.cluster.oversubscription, 2, 1e-3); // cluster_from_design counts the 1G OOB port up
    EXPECT_NEAR(meanLoad(half, Kind::LeafUp), 2 * meanLoad(half, Kind::ServerCompute) / 32, 1e-12);
}

TEST(LinkLoad, AnExpertGroupLeavingTheNvlinkDomainLoadsTheComputeFabric) {
    const auto qwen = [](int ep) {
        return nlohmann::json{
            {"model", {{"preset", "qwen3-30b-a3b"}}},
            {"parallelism", {{"tp", 1}, {"pp", 1}, {"dp", 512}, {"ep", ep}, {"global_batch", 1024}}}};
    };
    // EP 8 stays inside each DGX's NVLink: no EP byte on the fabric.
    const Case inside = run(twoScalableUnits(), qwen(8));
    EXPECT_EQ(inside.estimate.ep_scale_out_bytes_per_gpu, 0);
    // EP 64 spans 8 servers: 56 of every 64 expert copies cross the fabric, to other rails' leaves.
    const Case outside = run(twoScalableUnits(), qwen(64));
    EXPECT_GT(outside.estimate.ep_scale_out_bytes_per_gpu, 0);
    const double server_bytes_per_s = outside.estimate.nic_bytes_per_gpu / outside.estimate.step_time_s;
    const double ep_share = outside.estimate.ep_scale_out_bytes_per_gpu / outside.estimate.nic_bytes_per_gpu;
    EXPECT_GT(ep_share, 0.5);
    EXPECT_GT(server_bytes_per_s, inside.estimate.nic_bytes_per_gpu / inside.estimate.step_time_s);
    EXPECT_GT(meanLoad(outside, Kind::LeafUp), 2 * meanLoad(inside, Kind::LeafUp));
}

// The same plan and estimate on the fabric after `failures`: only the routing differs.
LinkLoads rerouted(const Case& c, const FailureSet& failures) {
    const FailureImpact impact = failureImpact(c.design, failures);
    return linkLoads(c.design, c.plan, c.estimate, &impact);
}

TEST(LinkLoad, ALeafDownMovesItsRailsBytesToTheServersOtherNics) {
    const Case c = run(generated("dgx-h100", 32), llama70b(1, 32));
    const DeviceId leaf = named(c.design, "compute-leaf-01").id;
    const LinkLoads loads = rerouted(c, {{leaf}, {}});
    int dead = 0, live = 0;
    for (std::size_t i = 0; i < loads.links.size(); ++i) {
        const Link& link = c.design.links().items()[i];
        if (kindOf(c.design, link) != Kind::ServerCompute)
            continue;
        if (link.a.device == leaf || link.b.device == leaf) {
            EXPECT_EQ(loads.links[i].average_load, 0);
            ++dead;
        } else {
            // each server's orphaned GPU spreads its bytes evenly over the 7 NICs left: 1 + 1/7
            EXPECT_NEAR(loads.links[i].average_load, c.loads.links[i].average_load * 8 / 7, 1e-12);
            ++live;
        }
    }
    EXPECT_EQ(dead, 32);
    EXPECT_EQ(live, 7 * 32);
}

TEST(LinkLoad, ASpineDownSpreadsTheLeavesCrossingBytesOverTheUpLinksLeft) {
    const Case c = run(twoScalableUnits(), llama70b(1, 64));
    std::vector<DeviceId> spines;
    for (const Device& device : c.design.devices().items())
        if (device.network == Network::Compute && device.role == "spine")
            spines.push_back(device.id);
    ASSERT_GE(spines.size(), 2u);
    const double count = static_cast<double>(spines.size());
    const LinkLoads loads = rerouted(c, {{spines.front()}, {}});
    int live = 0;
    for (std::size_t i = 0; i < loads.links.size(); ++i) {
        const Link& link = c.design.links().items()[i];
        if (kindOf(c.design, link) != Kind::LeafUp)
            continue;
        if (link.a.device == spines.front() || link.b.device == spines.front()) {
            EXPECT_EQ(loads.links[i].average_load, 0);
            continue;
        }
        EXPECT_GT(c.loads.links[i].average_load, 0);
        EXPECT_NEAR(loads.links[i].average_load, c.loads.links[i].average_load * count / (count - 1), 1e-12);
        ++live;
    }
    EXPECT_GT(live, 0);
}

} // namespace
} // namespace cs::test
