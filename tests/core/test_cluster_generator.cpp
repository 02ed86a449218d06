#include "base/input_error.h"
#include "estimate/cluster_from_design.h"
#include "io/design_json.h"
#include "model/canvas_geometry.h"
#include "model/design_summary.h"
#include "model/scaleup_domains.h"
#include "rules/validator.h"
#include "test_support.h"
#include "topology/cluster_generator.h"
#include "topology/fat_tree.h"

#include <set>

namespace cs::test {
namespace {

GeneratorOptions options(int servers, const std::string& server = "xe9680") {
    GeneratorOptions o;
    o.servers = servers;
    o.server = server;
    return o;
}

std::vector<Diagnostic> problems(const Design& design) {
    std::vector<Diagnostic> found;
    for (Diagnostic& d : validateDesign(design, &library())) {
        if (d.severity != Severity::Info)
            found.push_back(std::move(d));
    }
    return found;
}

std::string describe(const std::vector<Diagnostic>& diagnostics) {
    std::string text;
    for (std::size_t i = 0; i < std::min<std::size_t>(diagnostics.size(), 5); ++i)
        text += diagnostics[i].code + ": " + diagnostics[i].message.str() + "\n";
    return text;
}

struct Tiers {
    std::size_t leaves, spines, cores;
};

// 16 to 20,480 GPUs of 8-GPU servers on NDR: no findings at all, and the compute switches of fat-tree
// arithmetic.
TEST(ClusterGenerator, GeneratedDesignsValidateAndFollowFatTreeArithmetic) {
    const std::vector<std::pair<int, Tiers>> sizes = {{2, {1, 0, 0}},     // 16 GPUs: one switch
                                                      {16, {4, 2, 0}},    // 128: the hand-made example's
                                                      {32, {8, 4, 0}},    // 256: SuperPOD 1 SU
                                                      {128, {32, 16, 0}}, // 1,024: SuperPOD 4 SU
                                                      {2560, {640, 640, 320}}}; // 20,480: 80 SU, three levels
    for (const auto& [servers, tiers] : sizes) {
        const Design design = generateCluster(options(servers), library());
        const DesignSummary summary = summarize(design);
        EXPECT_EQ(summary.gpus, static_cast<std::size_t>(servers) * 8);
        EXPECT_EQ(summary.compute_leaves, tiers.leaves) << servers;
        EXPECT_EQ(summary.compute_spines, tiers.spines) << servers;
        EXPECT_EQ(summary.compute_cores, tiers.cores) << servers;
        // One compute NIC per GPU, and as many cables at each tier above as GPUs (non-blocking).
        const std::size_t levels = tiers.cores ? 3 : tiers.spines ? 2 : 1;
        EXPECT_EQ(summary.links_by_network[networkIndex(Network::Compute)], summary.gpus * levels) << servers;
        // No catalogued in-band switch lists a core tier; beyond two tiers (20,480 GPUs) the in-band cores
        // are SN4600C and the validator says so. Nothing else.
        for (const Diagnostic& d : problems(design)) {
            EXPECT_EQ(d.code, "switch-tier-unsuited") << servers << ": " << d.message;
            EXPECT_TRUE(d.message.str().starts_with("inband-core-")) << d.message;
        }
    }
}

TEST(ClusterGenerator, EveryFabricAndServerKindValidates) {
    struct Case {
        std::string server;
        Fabric fabric;
        int servers;
    };
    for (const Case& c : {Case{"dgx-h100", Fabric::Ndr, 64}, Case{"dgx-h800", Fabric::Hdr, 50},
                          Case{"xe9680", Fabric::Roce400, 40}, Case{"dgx-h100", Fabric::Roce200, 33},
                          Case{"r750xa", Fabric::Hdr, 24}}) {
        GeneratorOptions o = options(c.servers, c.server);
        o.fabric = c.fabric;
        const Design design = generateCluster(o, library());
        std::vector<std::string> codes;
        for (const Diagnostic& d : problems(design))
            codes.push_back(d.code);
        // A 4-GPU R750xa has two compute NICs: the NIC-per-GPU warning is the only finding, and it is right.
        const std::set<std::string> expected =
            c.server == "r750xa" ? std::set<std::string>{"compute-nic-per-gpu"} : std::set<std::string>{};
        EXPECT_EQ(std::set<std::string>(codes.begin(), codes.end()), expected)
            << c.server << " " << fabricId(c.fabric) << "\n"
            << describe(problems(design));
    }
}

// NVIDIA's SuperPOD tables: B200 (NDR, 32 DGX per SU) 4 SU = 32 leaves / 16 spines, 16 SU = 128 / 128 / 64
// cores; B300 XDR (Q3400, 72 DGX per SU) 18 SU = 144 leaves / 72 spines; GB200 scalable units of 8 racks.
TEST(ClusterGenerator, SwitchCountsMatchNvidiaSuperPodTables) {
    struct Case {
        std::string server;
        int servers;
        std::optional<Fabric> fabric;
        Tiers tiers;
    };
    for (const Case& c : {Case{"dgx-b200", 128, std::nullopt, {32, 16, 0}},
                          Case{"dgx-b200", 512, std::nullopt, {128, 128, 64}},
                          Case{"dgx-b300", 1296, Fabric::Xdr, {144, 72, 0}},
                          Case{"gb200-nvl72", 16, std::nullopt, {36, 32, 0}}}) {
        GeneratorOptions o = options(c.servers, c.server);
        o.fabric = c.fabric;
        const DesignSummary summary = summarize(generateCluster(o, library()));
        EXPECT_EQ(summary.compute_leaves, c.tiers.leaves) << c.server << " x " << c.servers;
        EXPECT_EQ(summary.compute_spines, c.tiers.spines) << c.server << " x " << c.servers;
        EXPECT_EQ(summary.compute_cores, c.tiers.cores) << c.server << " x " << c.servers;
    }
    // The B300 defaults to XDR (its ConnectX-8 runs 800G), the B200 to NDR.
    EXPECT_NE(generateCluster(options(2, "dgx-b300"), library()).name.find("xdr"), std::string::npos);
}

// 256 GB200 GPUs are 64 compute trays in 4 racks (the last one holds 10); each rack is one 72-GPU NVLink
// domain of 18 tray slots and 9 NVLink switch trays, liquid-cooled, and the design validates.
TEST(ClusterGenerator, Gb200RacksAreSeventyTwoGpuNvlinkDomains) {
    GeneratorOptions o = options(0, "gb200-nvl72");
    o.gpus = 256;
    const Design design = generateCluster(o, library());
    const DesignSummary summary = summarize(design);
    EXPECT_EQ(summary.gpus, 256u);
    EXPECT_EQ(summary.devices_by_type.at("gb200-nvl72-tray"), 64u);
    EXPECT_EQ(summary.devices_by_type.at("nvlink5-switch-tray"), 36u);
    EXPECT_EQ(summary.scaleup_domain_gpus, 72);
    EXPECT_EQ(summary.scaleup_domains, 4u);
    EXPECT_EQ(summary.links_by_network[networkIndex(Network::Scaleup)], 64u * 9);
    const auto domains = scaleupDomains(design);
    ASSERT_EQ(domains.size(), 4u);
    EXPECT_EQ(domains.back().gpus, 40);
    EXPECT_EQ(domains.back().switches.size(), 9u);
    for (const ScaleupDomain& domain : domains) {
        const RackId rack = design.devices().find(domain.servers.front())->rack;
        for (DeviceId id : domain.switches)
            EXPECT_EQ(design.devices().find(id)->rack, rack);
        const Rack& frame = *design.racks().find(rack);
        EXPECT_EQ(frame.cooling, Cooling::Liquid);
        EXPECT_GT(frame.cooling_kw, 0);
    }
    EXPECT_EQ(describe(problems(design)), "");
    Plan plan;
    applyDesignCluster(design, plan);
    EXPECT_EQ(plan.cluster.nvlink_domain, 72);
    EXPECT_EQ(plan.cluster.gpus_per_node, 4);
    EXPECT_EQ(plan.cluster.nics_per_node, 4);
    // --servers counts whole racks.
    EXPECT_EQ(summarize(generateCluster(options(2, "gb200-nvl72"), library())).gpus, 144u);
}

// Every new system on its fabrics and topologies: no findings.
TEST(ClusterGenerator, EveryNewSystemFabricAndTopologyValidates) {
    struct Case {
        std::string server, gpu;
        std::optional<Fabric> fabric;
        std::optional<Topology> topology;
        int servers, planes;
    };
    const std::vector<Case> cases = {
        {"dgx-b200", "", Fabric::Ndr, Topology::FatTree, 40, 0},
        {"dgx-b200", "", Fabric::SpectrumX, std::nullopt, 20, 0},
        {"dgx-b300", "", Fabric::Xdr, std::nullopt, 80, 0},
        {"dgx-b300", "", Fabric::SpectrumX, std::nullopt, 70, 0}, // twin-plane by default
        {"dgx-b300", "", Fabric::Xdr, Topology::RailOnly, 20, 0},
        {"dgx-h800", "", Fabric::Ndr, Topology::MultiPlane, 40, 8}, // DeepSeek's 8 planes
        {"gb200-nvl72", "", Fabric::Ndr, std::nullopt, 9, 0},
        {"gb200-nvl72", "", Fabric::Ndr, Topology::RailOnly, 3, 0},
        {"gb300-nvl72", "", std::nullopt, std::nullopt, 2, 0},
        {"gb300-nvl72", "", Fabric::SpectrumX, Topology::MultiPlane, 2, 2},
        {"xe9712", "", std::nullopt, std::nullopt, 1, 0},
        {"xe9680", "mi300x", Fabric::Roce400, std::nullopt, 4, 0},
        {"xe9680l", "", std::nullopt, std::nullopt, 8, 0},
        {"xe9685l", "", std::nullopt, std::nullopt, 8, 0},
        {"xe9780", "b200-sxm-180gb", Fabric::Ndr, std::nullopt, 8, 0},
        {"xe9780l", "", std::nullopt, std::nullopt, 8, 0},
        {"xe9785", "mi350x", std::nullopt, std::nullopt, 4, 0},
        {"xe9785l", "", std::nullopt, Topology::RailOnly, 8, 0},
        {"xe7745", "", std::nullopt, std::nullopt, 4, 0},
    };
    for (const Case& c : cases) {
        GeneratorOptions o = options(c.servers, c.server);
        o.gpu = c.gpu;
        o.fabric = c.fabric;
        o.topology = c.topology;
        o.planes = c.planes;
        const Design design = generateCluster(o, library());
        EXPECT_EQ(describe(problems(design)), "") << c.server << " " << design.name;
    }
}

// A multi-plane fabric: switches per plane; every GPU's ConnectX-8 on both planes; cutting one plane halves
// the compute bandwidth per GPU that `info` and the budgets (through the plan's cluster) show.
TEST(ClusterGenerator, CuttingOnePlaneHalvesTheComputeBandwidthPerGpu) {
    GeneratorOptions o = options(64, "dgx-b300");
    o.fabric = Fabric::SpectrumX;
    Design design = generateCluster(o, library());
    const DesignSummary whole = summarize(design);
    ASSERT_EQ(whole.compute_planes.size(), 2u);
    EXPECT_EQ(whole.compute_planes[0].leaves, 8u); // SuperPOD B300 Spectrum-X, 1 SU: 16 leaves, 8 spines
    EXPECT_EQ(whole.compute_planes[1].spines, 4u);
    EXPECT_EQ(whole.compute_gbps_per_gpu, 800);
    Plan before;
    applyDesignCluster(design, before);

    std::vector<Operation> cut;
    for (const Link& link : design.links().items()) {
        for (DeviceId end : {link.a.device, link.b.device}) {
            if (design.devices().find(end)->plane == 2) {
                cut.push_back({Remove<Link>{link.id}});
                break;
            }
        }
    }
    design.applyAll(cut);
    EXPECT_EQ(summarize(design).compute_gbps_per_gpu, 400);
    Plan after;
    applyDesignCluster(design, after);
    EXPECT_EQ(after.cluster.nics_per_node * after.cluster.nic_gbps,
              before.cluster.nics_per_node * before.cluster.nic_gbps / 2);
}

TEST(ClusterGenerator, GpusRoundUpToWholeServers) {
    GeneratorOptions o = options(0);
    o.gpus = 12;
    EXPECT_EQ(summarize(generateCluster(o, library())).gpus, 16u);
}

TEST(ClusterGenerator, EveryBmcIsOnOutOfBandAndEveryRackWithinLimits) {
    GeneratorOptions o = options(100, "dgx-h100");
    o.rack_kw = 25;
    const Design design = generateCluster(o, library());
    std::set<DeviceId> onOob;
    for (const Link& link : design.links().items()) {
        if (link.network == Network::Oob) {
            onOob.insert(link.a.device);
            onOob.insert(link.b.device);
        }
    }
    std::map<RackId, double> watts;
    for (const Device& device : design.devices().items()) {
        if (design.typeOf(device).bmc) {
            EXPECT_TRUE(onOob.contains(device.id)) << device.name;
        }
        ASSERT_NE(device.rack, kNoRack) << device.name;
        watts[device.rack] += design.typeOf(device).max_watts;
    }
    for (const auto& [rack, w] : watts)
        EXPECT_LE(w, 25'000.0);
    // 25 kW holds two 10.2 kW DGX: 50 racks for 100 servers (16 per 32-server SU, 2 for the last 4).
    EXPECT_EQ(std::count_if(design.racks().items().begin(), design.racks().items().end(),
                            [](const Rack& r) { return r.name.starts_with("R"); }),
              50);
}

// The whole layout (devices with their boxes) about as wide as a 16:10 screen for a 128-, a 2,048- and a
// 10,000-GPU cluster: fitting it into the studio's view fills the view, no long strip.
TEST(ClusterGenerator, LayoutIsShapedLikeAScreen) {
    for (int servers : {16, 256, 1250}) {
        const Design design = generateCluster(options(servers, "dgx-h100"), library());
        std::optional<Box> bounds;
        for (const Device& device : design.devices().items())
            bounds = bounds ? bounds->united(deviceBox(design, device)) : deviceBox(design, device);
        ASSERT_TRUE(bounds);
        const double aspect = bounds->width / bounds->height;
        EXPECT_GT(aspect, 1.6 / 1.3) << servers << " servers: " << bounds->width << " x " << bounds->height;
        EXPECT_LT(aspect, 1.6 * 1.3) << servers << " servers: " << bounds->width << " x " << bounds->height;
    }
}

// Racks of GPU servers are named by canvas row and place ("R02-03": row 2 from the top, third from the left),
// a pattern no server name shares; every rack in a row stands at the same height, no rack straddles two rows.
TEST(ClusterGenerator, ServerRacksAreNamedByRowAndPlace) {
    const Design design = generateCluster(options(16, "dgx-h100"), library());
    std::map<std::string, const Rack*> byName;
    for (const Rack& rack : design.racks().items())
        EXPECT_TRUE(byName.emplace(rack.name, &rack).second) << "two racks named " << rack.name;
    std::map<int, std::set<double>> rowTops;
    std::set<int> rows;
    for (const Device& device : design.devices().items()) {
        if (device.role != "training")
            continue;
        const Rack& rack = *design.racks().find(device.rack);
        ASSERT_EQ(rack.name.size(), 6u) << rack.name;
        ASSERT_TRUE(rack.name[0] == 'R' && rack.name[3] == '-') << rack.name;
        EXPECT_TRUE(device.name.starts_with("gpu-")) << device.name;
        const int row = std::stoi(rack.name.substr(1, 2));
        rows.insert(row);
        rowTops[row].insert(rack.y);
    }
    // 16 DGX H100 (10.2 kW) at 40 kW: racks of three; rows of three racks make a screen's shape (a row of all
    // six would be a strip), the last seven servers the second row.
    EXPECT_EQ(rows, (std::set<int>{1, 2}));
    for (const auto& [row, tops] : rowTops)
        EXPECT_EQ(tops.size(), 1u) << "row " << row;
    EXPECT_EQ(design.racks().find(named(design, "gpu-01").rack)->name, "R01-01");
    EXPECT_EQ(design.racks().find(named(design, "gpu-04").rack)->name, "R01-02");
    EXPECT_EQ(design.racks().find(named(design, "gpu-09").rack)->name, "R01-03");
    EXPECT_EQ(design.racks().find(named(design, "gpu-10").rack)->name, "R02-01");
    EXPECT_EQ(design.racks().find(named(design, "gpu-16").rack)->name, "R02-03");
}

TEST(ClusterGenerator, LayoutGivesEveryDeviceItsOwnPlace) {
    const Design design = generateCluster(options(300), library());
    std::set<std::pair<double, double>> places;
    double serverTop = 1e18, spineBottom = -1e18;
    for (const Device& device : design.devices().items()) {
        EXPECT_TRUE(places.insert({device.x, device.y}).second) << device.name;
        if (device.role == "training")
            serverTop = std::min(serverTop, device.y);
        if (device.network == Network::Compute && device.role != "leaf")
            spineBottom = std::max(spineBottom, device.y);
    }
    EXPECT_LT(spineBottom, serverTop); // switch tiers above the servers
}

TEST(ClusterGenerator, SameOptionsSameDesign) {
    EXPECT_EQ(designToJsonText(generateCluster(options(40), library())),
              designToJsonText(generateCluster(options(40), library())));
}

TEST(ClusterGenerator, SizesStorageToTheServers) {
    const DeviceType& f710 = *library().device("powerscale-f710");
    EXPECT_EQ(defaultStorageNodes(2, f710), 3); // a minimal OneFS cluster
    EXPECT_EQ(defaultStorageNodes(2560, f710),
              static_cast<int>(std::ceil(2560 * 40.0 / 32 / f710.storage->read_gbytes_per_s)));
    GeneratorOptions o = options(16);
    o.storage_nodes = 7;
    EXPECT_EQ(summarize(generateCluster(o, library())).devices_by_type.at("powerscale-f710"), 7u);
}

TEST(ClusterGenerator, RefusesUnusableOptionsWithAClearMessage) {
    const auto message = [](GeneratorOptions o) -> std::string {
        try {
            generateCluster(o, library());
        } catch (const InputError& e) {
            return e.what();
        }
        return "no error";
    };
    EXPECT_EQ(message(options(0)), "--servers must be at least 1 (got 0)");
    EXPECT_EQ(message(options(4, "dgx-h999")), "unknown server 'dgx-h999'");
    EXPECT_EQ(message(options(4, "qm9700")), "'qm9700' is not a GPU server");
    EXPECT_EQ(message(options(4, "xr7620")), "a xr7620 has no compute ports for fabric hdr");
    GeneratorOptions ndr = options(4, "r750xa");
    ndr.fabric = Fabric::Ndr;
    EXPECT_EQ(message(ndr),
              "the compute ports of a r750xa run 200/100 Gb/s vpi; fabric ndr needs 400 Gb/s ib");
    EXPECT_NE(message(options(1'000'000)).find("exceed a three-level fat tree"), std::string::npos);
    GeneratorOptions gpu = options(4);
    gpu.gpu = "l4";
    EXPECT_EQ(message(gpu), "a xe9680 does not take GPU 'l4'");
    GeneratorOptions rack = options(4);
    rack.rack_kw = 10;
    EXPECT_EQ(message(rack), "a xe9680 (11.0 kW, 6 U) does not fit a rack of 10.0 kW, 42 U");
    rack.rack_kw = -1;
    EXPECT_EQ(message(rack), "--rack-kw must be above 0 and at most 200");
    GeneratorOptions storage = options(4);
    storage.storage_nodes = 0;
    EXPECT_EQ(message(storage), "--storage-nodes must be between 1 and 10000");
    storage.storage_nodes = std::nullopt;
    storage.storage = "r660";
    EXPECT_EQ(message(storage), "'r660' is not storage with 100 Gb/s storage ports");
    EXPECT_FALSE(parseFabric("qdr"));
    EXPECT_EQ(parseFabric("roce200"), Fabric::Roce200);
    EXPECT_EQ(parseFabric("spectrum-x"), Fabric::SpectrumX);
    EXPECT_EQ(parseTopology("rail-only"), Topology::RailOnly);
    GeneratorOptions both = options(4);
    both.gpus = 32;
    EXPECT_EQ(message(both), "give --servers or --gpus, not both");
    GeneratorOptions planes = options(4);
    planes.planes = 2;
    EXPECT_EQ(message(planes), "--planes needs --topology multi-plane");
    planes.topology = Topology::MultiPlane;
    planes.planes = 3;
    EXPECT_EQ(message(planes),
              "--planes 3 does not divide the 8 compute ports of a xe9680 (at least 2 planes)");
    EXPECT_EQ(message(options(2, "gb200-nvl72-tray")),
              "a gb200-nvl72-tray is a tray of a rack-scale system; generate the system instead");
}

} // namespace
} // namespace cs::test
