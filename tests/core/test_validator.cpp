#include "base/input_error.h"
#include "io/design_json.h"
#include "rules/validator.h"
#include "test_support.h"
#include "topology/cable_fit.h"
#include "topology/cluster_generator.h"

#include <algorithm>
#include <map>
#include <set>

namespace cs::test {
namespace {

// A valid five-network design: `servers` XE9680 on NDR (2 servers: one compute switch; 16: four leaves, two
// spines, as in the hand-made 128-GPU example).
Design base(int servers = 2, const std::string& server = "xe9680", const std::string& gpu = "") {
    GeneratorOptions options;
    options.servers = servers;
    options.server = server;
    options.gpu = gpu;
    return generateCluster(options, library());
}

std::multiset<std::string> findings(const std::vector<Diagnostic>& diagnostics) {
    std::multiset<std::string> codes;
    for (const Diagnostic& d : diagnostics) {
        if (d.severity != Severity::Info)
            codes.insert(d.code);
    }
    return codes;
}

std::set<std::string> codesOf(const Design& design) {
    const auto all = findings(validateDesign(design, &library()));
    return {all.begin(), all.end()};
}

std::vector<Link> linksOn(const Design& design, const std::string& name, Network network) {
    std::vector<Link> result;
    for (LinkId id : design.linksOf(named(design, name).id)) {
        const Link& link = *design.links().find(id);
        if (link.network == network)
            result.push_back(link);
    }
    std::sort(result.begin(), result.end(), [](const Link& a, const Link& b) { return a.id < b.id; });
    return result;
}

std::uint16_t port(const Design& design, const std::string& device, const std::string& portName) {
    return static_cast<std::uint16_t>(*design.typeOf(named(design, device)).portIndex(portName));
}

std::uint16_t freePort(const Design& design, const std::string& device, const std::string& group) {
    const Device& d = named(design, device);
    for (int n = 1;; ++n) {
        const auto index = design.typeOf(d).portIndex(group + "-" + std::to_string(n));
        if (!index)
            throw std::runtime_error("no free " + group + " port on " + device);
        if (!design.linkAt({d.id, static_cast<std::uint16_t>(*index)}))
            return static_cast<std::uint16_t>(*index);
    }
}

// Applies an edit the way the studio does, re-validates incrementally, and checks that the incremental
// result equals a validation from scratch, before and after undoing the edit.
std::set<std::string> breakWith(Design& design, const std::vector<Operation>& edit) {
    Validator validator(&library());
    const auto before = validator.validate(design);
    const std::vector<Operation> inverses = design.applyAll(edit);
    const auto incremental = validator.update(design, changesOf(edit, inverses));
    EXPECT_EQ(incremental, validateDesign(design, &library()));
    const std::multiset<std::string> all = findings(incremental);
    design.applyAll(inverses);
    EXPECT_EQ(validator.update(design, changesOf(inverses, edit)), before);
    design.applyAll(edit);
    return {all.begin(), all.end()};
}

LinkId nextLink(const Design& design) {
    return design.links().nextId();
}

TEST(Validator, GeneratedBaseHasNoFindingsAndReportsItsFabric) {
    const auto diagnostics = validateDesign(base(16), &library());
    EXPECT_TRUE(findings(diagnostics).empty());
    ASSERT_EQ(diagnostics.size(), 1u);
    EXPECT_EQ(diagnostics[0].code, "compute-fabric");
    EXPECT_EQ(diagnostics[0].message,
              "compute fabric: 4 leaf, 2 spine, 0 core switches; worst leaf oversubscription 1.00:1");
}

TEST(Validator, RequiredPortUncabled) {
    Design design = base();
    std::vector<Operation> edit;
    for (const Link& link : linksOn(design, "gpu-01", Network::Storage))
        edit.push_back({Remove<Link>{link.id}});
    EXPECT_EQ(breakWith(design, edit), std::set<std::string>{"required-port-uncabled"});
}

TEST(Validator, BmcNotOnOob) {
    Design design = base();
    const Link bmc = linksOn(design, "gpu-01", Network::Oob).front();
    EXPECT_EQ(breakWith(design, {{Remove<Link>{bmc.id}}}), std::set<std::string>{"bmc-not-on-oob"});
}

TEST(Validator, RoleNetworkMissing) {
    // Compute ports are optional on an R760xa, but a training server needs the compute network.
    Design design = base(1, "r760xa");
    EXPECT_EQ(codesOf(design), std::set<std::string>{"compute-nic-per-gpu"}); // 4 GPUs, 2 compute NICs
    std::vector<Operation> edit;
    for (const Link& link : linksOn(design, "gpu-01", Network::Compute))
        edit.push_back({Remove<Link>{link.id}});
    EXPECT_EQ(breakWith(design, edit), std::set<std::string>{"role-network-missing"});
}

TEST(Validator, ComputeNicPerGpu) {
    Design design = base();
    const Link nic = linksOn(design, "gpu-01", Network::Compute).back();
    EXPECT_EQ(breakWith(design, {{Remove<Link>{nic.id}}}), std::set<std::string>{"compute-nic-per-gpu"});
}

TEST(Validator, SwitchNetworkUnsuited) {
    // Z9432F-ON has the S5232F-ON's port layout but is catalogued for compute and storage only.
    nlohmann::json json = designToJson(base());
    for (auto& device : json["devices"]) {
        if (device["name"] == "inband-leaf-01")
            device["type"] = "z9432f-on";
    }
    EXPECT_EQ(codesOf(designFromJson(json, library())), std::set<std::string>{"switch-network-unsuited"});
}

TEST(Validator, SwitchTierUnsuited) {
    Design design = base();
    Device uplink = named(design, "uplink-sw-01");
    uplink.role = "spine"; // an S5248F-ON is a leaf only
    EXPECT_EQ(breakWith(design, {{Update<Device>{uplink}}}), std::set<std::string>{"switch-tier-unsuited"});
}

TEST(Validator, LinkNetworkMismatch) {
    Design design = base();
    Link link = linksOn(design, "login-01", Network::Uplink).front();
    link.network = Network::Inband;
    EXPECT_EQ(breakWith(design, {{Update<Link>{link}}}), std::set<std::string>{"link-network-mismatch"});
}

TEST(Validator, LinkMediaIncompatible) {
    // An Ethernet SN5600 spine cabled to an InfiniBand QM9700 spine above the (1:1) compute leaf.
    Design design = base();
    design.adoptType(library(), "sn5600");
    const DeviceId ib = design.devices().nextId(), eth = ib + 1;
    std::vector<Operation> edit = {
        {Add<Device>{Device{ib, "qm9700", "ib-spine", 0, -300, kNoRack, 0, "", Network::Compute, "spine"}}},
        {Add<Device>{
            Device{eth, "sn5600", "eth-spine", 300, -300, kNoRack, 0, "", Network::Compute, "spine"}}}};
    design.applyAll(edit);
    LinkId id = nextLink(design);
    const DeviceId leaf = named(design, "compute-leaf-01").id;
    std::vector<Operation> cables;
    for (std::uint16_t p = 0; p < 16; ++p)
        cables.push_back({Add<Link>{
            Link{id++, {leaf, static_cast<std::uint16_t>(16 + p)}, {ib, p}, Network::Compute, 400}}});
    cables.push_back({Add<Link>{Link{id++,
                                     {named(design, "oob-leaf-02").id, freePort(design, "oob-leaf-02", "p")},
                                     {ib, port(design, "ib-spine", "mgmt-1")},
                                     Network::Oob,
                                     1}}});
    design.applyAll(cables);
    cables.clear();
    cables.push_back({Add<Link>{Link{id++,
                                     {named(design, "oob-leaf-02").id, freePort(design, "oob-leaf-02", "p")},
                                     {eth, port(design, "eth-spine", "mgmt-1")},
                                     Network::Oob,
                                     1}}});
    design.applyAll(cables);
    EXPECT_EQ(codesOf(design), std::set<std::string>{"network-islands"}); // the Ethernet spine, alone
    const Link bad{id, {ib, 16}, {eth, 0}, Network::Compute, 400};
    EXPECT_EQ(breakWith(design, {{Add<Link>{bad}}}), std::set<std::string>{"link-media-incompatible"});
}

TEST(Validator, LinkSpeedUnsupported) {
    Design design = base();
    Link link = linksOn(design, "gpu-01", Network::Compute).front();
    link.gbps = 100; // QM9700 ports run 400 or 200
    EXPECT_EQ(breakWith(design, {{Update<Link>{link}}}), std::set<std::string>{"link-speed-unsupported"});
}

TEST(Validator, LinkSpeedNotAllowed) {
    Design design = base();
    Link link = linksOn(design, "login-01", Network::Inband).front();
    link.gbps = 25; // both ports run 25GbE, in-band allows 100GbE only (docs/model.md §Networks)
    EXPECT_EQ(breakWith(design, {{Update<Link>{link}}}), std::set<std::string>{"link-speed-not-allowed"});
}

TEST(Validator, LinkLengthBeyondReach) {
    Design design = base();
    Link link = linksOn(design, "gpu-01", Network::Compute).front();
    const CableType* cable = design.catalog().cable(link.cable);
    ASSERT_NE(cable, nullptr);
    link.length_m = cable->reach_m; // as far as it reaches: fine
    EXPECT_TRUE(breakWith(design, {{Update<Link>{link}}}).empty());
    link.length_m = cable->reach_m + 1;
    EXPECT_EQ(breakWith(design, {{Update<Link>{link}}}), std::set<std::string>{"link-length-beyond-reach"});
    const auto hint = [&] {
        for (const Diagnostic& d : validateDesign(design, &library()))
            if (d.code == "link-length-beyond-reach")
                return d.hint.str();
        return std::string("no finding");
    };
    // The hint names the library cable that reaches, from the same choice the generator makes.
    const Device& a = *design.devices().find(link.a.device);
    const Device& b = *design.devices().find(link.b.device);
    CableFit fit(library());
    const CableType* reaching =
        fit.reaching(design.typeOf(a).groupOfPort(link.a.port), design.typeOf(b).groupOfPort(link.b.port),
                     link.gbps, link.length_m);
    ASSERT_NE(reaching, nullptr);
    EXPECT_NE(hint().find("use " + reaching->id), std::string::npos) << hint();
    link.length_m = 100'000; // beyond every catalog cable
    design.apply({Update<Link>{link}});
    EXPECT_NE(hint().find("no catalog cable"), std::string::npos) << hint();
}

TEST(Validator, SwitchToSwitchLinksMayRunFaster) {
    // The two out-of-band leaves (generated with a 1GbE copper ISL) also joined at 100G over their QSFP28
    // uplinks: the ISL exception, no finding.
    Design design = base();
    design.apply({Add<Link>{Link{nextLink(design),
                                 {named(design, "oob-leaf-01").id, freePort(design, "oob-leaf-01", "uplink")},
                                 {named(design, "oob-leaf-02").id, freePort(design, "oob-leaf-02", "uplink")},
                                 Network::Oob,
                                 100}}});
    EXPECT_TRUE(codesOf(design).empty());
}

TEST(Validator, NetworkIslandsAreNamed) {
    Design design = base();
    design.adoptType(library(), "s5248f-on");
    const DeviceId second = design.devices().nextId();
    design.apply({Add<Device>{
        Device{second, "s5248f-on", "uplink-sw-02", 0, 0, kNoRack, 0, "", Network::Uplink, "leaf"}}});
    design.apply({Add<Link>{Link{nextLink(design),
                                 {named(design, "oob-leaf-02").id, freePort(design, "oob-leaf-02", "p")},
                                 {second, port(design, "uplink-sw-02", "mgmt-1")},
                                 Network::Oob,
                                 1}}});
    std::vector<Operation> edit;
    LinkId id = nextLink(design);
    for (const Link& link : linksOn(design, "login-01", Network::Uplink)) {
        edit.push_back({Remove<Link>{link.id}});
        Link moved = link;
        moved.id = id++;
        (moved.a.device == named(design, "login-01").id ? moved.b : moved.a) = {
            second, static_cast<std::uint16_t>(edit.size() - 1)};
        edit.push_back({Add<Link>{moved}});
    }
    EXPECT_EQ(breakWith(design, edit), std::set<std::string>{"network-islands"});
    for (const Diagnostic& d : validateDesign(design)) {
        if (d.code == "network-islands") {
            EXPECT_EQ(d.message,
                      "the uplink network is 2 separate islands: {mgmt-01, mgmt-02, uplink-sw-01}, "
                      "{login-01, uplink-sw-02}");
            EXPECT_EQ(d.devices, (std::vector<DeviceId>{named(design, "login-01").id, second}));
        }
    }
}

TEST(Validator, DualHomedServersDoNotHideASplitFabric) {
    // 16 servers: 40 storage ports on three 4:3 S5232F-ON leaves; every server has a port on two leaves.
    Design design = base(16);
    std::vector<Operation> edit;
    for (const Link& link : linksOn(design, "storage-leaf-01", Network::Storage)) {
        if (design.devices().find(link.a.device)->role == "spine" ||
            design.devices().find(link.b.device)->role == "spine")
            edit.push_back({Remove<Link>{link.id}});
    }
    ASSERT_FALSE(edit.empty());
    // Split, yet every server still reaches storage through its second port.
    EXPECT_EQ(breakWith(design, edit), std::set<std::string>{"network-islands"});
}

TEST(Validator, ManagementNetworkMissing) {
    Design design;
    design.adoptType(library(), "r660");
    design.apply({Add<Device>{Device{1, "r660", "a", 0, 0}}});
    design.apply({Add<Device>{Device{2, "r660", "b", 240, 0}}});
    const DeviceType& r660 = *design.catalog().device("r660");
    const auto p = [&](const char* name) { return static_cast<std::uint16_t>(*r660.portIndex(name)); };
    design.apply({Add<Link>{Link{1, {1, p("inband-1")}, {2, p("inband-1")}, Network::Inband, 100}}});
    design.apply({Add<Link>{Link{2, {1, p("bmc-1")}, {2, p("bmc-1")}, Network::Oob, 1}}});
    const auto diagnostics = validateDesign(design);
    EXPECT_EQ(findings(diagnostics),
              (std::multiset<std::string>{"management-network-missing", "management-network-missing"}));
}

TEST(Validator, StorageUnreachable) {
    Design design = base();
    std::vector<Operation> edit;
    for (const char* node : {"storage-01", "storage-02", "storage-03"}) {
        const auto remove = removeDeviceWithLinks(design, named(design, node).id);
        edit.insert(edit.end(), remove.begin(), remove.end());
    }
    EXPECT_EQ(breakWith(design, edit), std::set<std::string>{"storage-unreachable"});
}

TEST(Validator, LeafOversubscribed) {
    Design design = base(16);
    Link uplink;
    for (const Link& link : linksOn(design, "compute-leaf-01", Network::Compute)) {
        if (design.devices().find(link.b.device)->role == "spine")
            uplink = link;
    }
    EXPECT_EQ(breakWith(design, {{Remove<Link>{uplink.id}}}), std::set<std::string>{"leaf-oversubscribed"});
}

TEST(Validator, RailMisaligned) {
    Design design = base(16);
    const std::vector<Link> nics = linksOn(design, "gpu-03", Network::Compute);
    Link first = nics[0], third = nics[2]; // NIC 1 on the leaf of rails 1-2, NIC 3 on the leaf of rails 3-4
    std::swap(first.b, third.b);
    first.id = nextLink(design);
    third.id = first.id + 1;
    EXPECT_EQ(
        breakWith(
            design,
            {{Remove<Link>{nics[0].id}}, {Remove<Link>{nics[2].id}}, {Add<Link>{first}}, {Add<Link>{third}}}),
        std::set<std::string>{"rail-misaligned"});
}

TEST(Validator, RackPowerExceeded) {
    Design design = base();
    Rack rack = *design.racks().find(named(design, "gpu-01").rack);
    rack.max_kw = 15;
    EXPECT_EQ(breakWith(design, {{Update<Rack>{rack}}}), std::set<std::string>{"rack-power-exceeded"});
}

TEST(Validator, RackHeightExceeded) {
    Design design = base();
    Rack rack = *design.racks().find(named(design, "gpu-01").rack);
    rack.height_u = 12; // just the slots of two 6 U servers (a rack cannot shrink below a slotted device)
    Device moved = *std::find_if(design.devices().items().begin(), design.devices().items().end(),
                                 [&](const Device& d) { return d.rack != kNoRack && d.rack != rack.id; });
    moved.rack = rack.id; // in the rack, without a slot
    moved.rack_u = 0;
    EXPECT_EQ(breakWith(design, {{Update<Rack>{rack}}, {Update<Device>{moved}}}),
              std::set<std::string>{"rack-height-exceeded"});
}

TEST(Validator, RackSlotOverlap) {
    Design design = base();
    Device server = named(design, "gpu-02");
    server.rack_u = 3; // gpu-01 holds U1-U6
    EXPECT_EQ(breakWith(design, {{Update<Device>{server}}}), std::set<std::string>{"rack-slot-overlap"});
}

TEST(Validator, ServerUnsuited) {
    Design design = base();
    const Scenario inference{1,
                             "7B inference",
                             {{"model", {{"preset", "llama2-7b"}}}, {"scenario", "inference"}},
                             nlohmann::json::object()};
    EXPECT_EQ(breakWith(design, {{Add<Scenario>{inference}}}), std::set<std::string>{"server-unsuited"});
    EXPECT_TRUE(findings(validateDesign(design)).empty()); // without the suitability tables, no judgement
}

TEST(Validator, GpuUnsuited) {
    Design design = base(2, "xe9680", "h800-sxm5-80gb");
    // 12·24·2048²·(1 + ...) ≈ 1.3B parameters: the 1B class, where the table marks A800 and L40S for
    // pre-training.
    const Scenario small{1,
                         "1B pre-train",
                         {{"model", {{"layers", 24}, {"hidden", 2048}, {"vocab", 50000}, {"seq_len", 2048}}}},
                         nlohmann::json::object()};
    EXPECT_EQ(breakWith(design, {{Add<Scenario>{small}}}), std::set<std::string>{"gpu-unsuited"});
}

TEST(Validator, PlaneCrossConnected) {
    // DeepSeek-style: 40 DGX H800 on two planes, each a two-level fat tree; a cable joins their spines.
    Design design = generated("dgx-h800", 40, Fabric::Ndr, Topology::MultiPlane, 2);
    ASSERT_TRUE(codesOf(design).empty());
    const Link bridge{nextLink(design),
                      {named(design, "compute-p1-spine-01").id, freePort(design, "compute-p1-spine-01", "p")},
                      {named(design, "compute-p2-spine-01").id, freePort(design, "compute-p2-spine-01", "p")},
                      Network::Compute,
                      400};
    EXPECT_EQ(breakWith(design, {{Add<Link>{bridge}}}), std::set<std::string>{"plane-cross-connected"});
}

TEST(Validator, PlaneUnreached) {
    // Twin-plane Spectrum-X: each ConnectX-8 has one 400GbE port on each plane. Unplug gpu-01 from plane 2.
    Design design = generated("dgx-b300", 2, Fabric::SpectrumX);
    ASSERT_TRUE(codesOf(design).empty());
    std::vector<Operation> edit;
    for (const Link& link : linksOn(design, "gpu-01", Network::Compute)) {
        if (design.devices().find(link.a.device)->plane == 2 ||
            design.devices().find(link.b.device)->plane == 2)
            edit.push_back({Remove<Link>{link.id}});
    }
    ASSERT_EQ(edit.size(), 8u);
    EXPECT_EQ(breakWith(design, edit), std::set<std::string>{"plane-unreached"});
}

TEST(Validator, RailOnlyUnreachable) {
    // Rail-only: 17 DGX H100, four rail switches of two rails each, joined through the servers' NVLink.
    // Recable servers 1-8 onto rail switches 1-2 only and servers 9-17 onto 3-4: no server joins the two
    // halves.
    Design design = generated("dgx-h100", 17, Fabric::Ndr, Topology::RailOnly);
    ASSERT_TRUE(codesOf(design).empty());
    std::vector<Operation> edit;
    std::map<std::string, std::uint16_t> next;
    LinkId id = nextLink(design);
    const auto name = [](int s) { return (s < 10 ? "gpu-0" : "gpu-") + std::to_string(s); };
    for (int s = 1; s <= 17; ++s) {
        for (const Link& link : linksOn(design, name(s), Network::Compute))
            edit.push_back({Remove<Link>{link.id}});
    }
    for (int s = 1; s <= 17; ++s) {
        const std::string server = name(s);
        for (int nic = 0; nic < 8; ++nic) {
            const std::string rail = "rail-0" + std::to_string((s <= 8 ? 1 : 3) + nic / 4) + "-leaf-01";
            edit.push_back({Add<Link>{
                Link{id++,
                     {named(design, server).id, port(design, server, "compute-" + std::to_string(nic + 1))},
                     {named(design, rail).id, next[rail]++},
                     Network::Compute,
                     400}}});
        }
    }
    EXPECT_EQ(breakWith(design, edit), std::set<std::string>{"rail-only-unreachable"});
}

TEST(Validator, ScaleupIncomplete) {
    Design design = generated("gb200-nvl72", 1);
    ASSERT_TRUE(codesOf(design).empty());
    const Link nvlink = linksOn(design, "tray-01-07", Network::Scaleup).front();
    EXPECT_EQ(breakWith(design, {{Remove<Link>{nvlink.id}}}), std::set<std::string>{"scaleup-incomplete"});
}

TEST(Validator, ScaleupGroupSplit) {
    Design design = generated("gb200-nvl72", 1);
    const Scenario tp16{1,
                        "TP16",
                        {{"model", {{"preset", "llama3-70b"}}}, {"parallelism", {{"tp", 16}, {"pp", 1}}}},
                        nlohmann::json::object()};
    EXPECT_EQ(breakWith(design, {{Add<Scenario>{tp16}}}), std::set<std::string>{"scaleup-group-split"});
    Scenario tp8 = tp16;
    tp8.plan["parallelism"]["tp"] = 8; // 72 = 9 groups of 8
    design.apply({Update<Scenario>{tp8}});
    EXPECT_TRUE(codesOf(design).empty());
}

TEST(Validator, RackAirCoolingExceeded) {
    GeneratorOptions options;
    options.servers = 6;
    options.server = "xe9680";
    options.rack_kw = 70; // six 11 kW XE9680 in one air-cooled rack
    EXPECT_EQ(codesOf(generateCluster(options, library())),
              std::set<std::string>{"rack-air-cooling-exceeded"});
}

TEST(Validator, ScaleupIncompleteWithoutOneSwitchTray) {
    // Unplug the ninth NVLink switch tray: every compute tray reaches 8 of its 9, the domain has 8 of 9.
    Design design = generated("gb200-nvl72", 1);
    std::vector<Operation> edit;
    for (const Link& link : linksOn(design, "nvsw-01-09", Network::Scaleup))
        edit.push_back({Remove<Link>{link.id}});
    ASSERT_EQ(edit.size(), 18u);
    EXPECT_EQ(breakWith(design, edit), std::set<std::string>{"scaleup-incomplete"});
}

TEST(Validator, ScaleupGroupSplitForInferenceTp) {
    // An inference scenario's TP is checked as a training one's: 72 GPUs do not split into groups of 16.
    Design design = generated("gb200-nvl72", 1);
    const Scenario serve{
        1,
        "serve",
        {{"scenario", "inference"}, {"model", {{"preset", "llama3-70b"}}}, {"inference", {{"tp", 16}}}},
        nlohmann::json::object()};
    EXPECT_EQ(breakWith(design, {{Add<Scenario>{serve}}}), std::set<std::string>{"scaleup-group-split"});
}

TEST(Validator, FourDgxB300FillTheDensestAirCooledRack) {
    // The B300 XDR SuperPOD's air-cooled rack: four 14 kW DGX B300, 56 kW, at the air-cooling limit.
    GeneratorOptions options;
    options.servers = 4;
    options.server = "dgx-b300";
    options.rack_kw = 60;
    const Design design = generateCluster(options, library());
    const Rack& rack = *design.racks().find(named(design, "gpu-01").rack);
    EXPECT_EQ(rack.cooling, Cooling::Air);
    EXPECT_EQ(named(design, "gpu-04").rack, rack.id);
    EXPECT_TRUE(codesOf(design).empty());
}

TEST(Validator, RackCoolingCapacity) {
    Design design = generated("gb200-nvl72", 1);
    Rack rack = *design.racks().find(named(design, "tray-01-01").rack);
    rack.cooling_kw = 100; // the rack draws about 120 kW
    EXPECT_EQ(breakWith(design, {{Update<Rack>{rack}}}), std::set<std::string>{"rack-cooling-capacity"});
    rack.cooling_kw = 0;
    EXPECT_EQ(breakWith(design, {{Update<Rack>{rack}}}), std::set<std::string>{"rack-cooling-capacity"});
}

TEST(Validator, RackCoolingMismatch) {
    Design design = generated("xe9680l", 2); // liquid-cooled B200 servers
    ASSERT_TRUE(codesOf(design).empty());
    Rack rack = *design.racks().find(named(design, "gpu-01").rack);
    rack.cooling = Cooling::Air;
    rack.cooling_kw = 0;
    EXPECT_EQ(breakWith(design, {{Update<Rack>{rack}}}), std::set<std::string>{"rack-cooling-mismatch"});
}

TEST(Validator, GpuGenerationsMixed) {
    Design design = base();
    Device server = named(design, "gpu-02");
    server.gpu = "mi300x"; // an XE9680 takes MI300X: CDNA 3 beside Hopper on one compute fabric
    EXPECT_EQ(breakWith(design, {{Update<Device>{server}}}), std::set<std::string>{"gpu-generations-mixed"});
}

TEST(Validator, PortSplitExceeded) {
    // XDR: each ConnectX-8 runs one 800G port; cabling its second port as well asks 1,200 Gb/s of it.
    Design design = generated("dgx-b300", 2, Fabric::Xdr);
    ASSERT_TRUE(codesOf(design).empty());
    const Link second{nextLink(design),
                      {named(design, "gpu-01").id, port(design, "gpu-01", "compute-2")},
                      {named(design, "compute-leaf-01").id, freePort(design, "compute-leaf-01", "p")},
                      Network::Compute,
                      400};
    EXPECT_EQ(breakWith(design, {{Add<Link>{second}}}), std::set<std::string>{"port-split-exceeded"});
}

TEST(Validator, ADeviceCannotHaveMoreCablesThanPorts) {
    Design design = base();
    const Link taken = linksOn(design, "gpu-01", Network::Compute).front();
    Link second = taken;
    second.id = nextLink(design);
    second.b = {named(design, "compute-leaf-01").id, freePort(design, "compute-leaf-01", "p")};
    EXPECT_THROW(design.apply({Add<Link>{second}}), InputError); // the port is taken: enforced by the model
}

TEST(Validator, IncrementalAfterAMoveKeepsTheResult) {
    Design design = base(16);
    Validator validator(&library());
    const auto before = validator.validate(design);
    Device moved = named(design, "gpu-05");
    moved.x += 1000;
    const Operation edit{Update<Device>{moved}};
    const Operation inverse = design.apply(edit);
    EXPECT_EQ(validator.update(design, changesOf({&edit, 1}, {&inverse, 1})), before);
}

TEST(Validator, DiagnosticsAsJson) {
    Design design = base();
    Device server = named(design, "gpu-02");
    server.rack_u = 3;
    design.apply({Update<Device>{server}});
    const nlohmann::json json = diagnosticsToJson(validateDesign(design));
    EXPECT_EQ(json["errors"], 1);
    EXPECT_EQ(json["warnings"], 0);
    const auto& first = json["diagnostics"][0];
    EXPECT_EQ(first["code"], "rack-slot-overlap");
    EXPECT_EQ(first["severity"], "error");
    EXPECT_EQ(first["devices"].size(), 2u);
    EXPECT_FALSE(first["hint"].get<std::string>().empty());
}

} // namespace
} // namespace cs::test

namespace cs::test {
namespace {

TEST(Validator, TheHandMadeExampleHasNoFindings) {
    const Design design = designFromJson(
        nlohmann::json::parse(readFile(kCatalogDir / "examples" / "training-128gpu.json")), library());
    EXPECT_TRUE(findings(validateDesign(design, &library())).empty());
}

} // namespace
} // namespace cs::test

namespace cs::test {
namespace {

// A walk of edits and undos, as the studio would make them: after each, the incremental result equals a
// validation from scratch.
// Random edits, each re-validated incrementally and from scratch: 8-GPU servers, and rack-scale GB200 racks
// on a rail-only fabric with a TP scenario (scale-up cables feed the compute, group and completeness rules).
void walkOfEdits(Design design) {
    Validator validator(&library());
    validator.validate(design);
    std::uint32_t state = 12345;
    const auto next = [&state](std::size_t bound) { // a fixed LCG: the same walk every run
        state = state * 1664525u + 1013904223u;
        return static_cast<std::size_t>(state >> 8) % bound;
    };
    for (int step = 0; step < 60; ++step) {
        std::vector<Operation> edit;
        const auto& links = design.links().items();
        const auto& devices = design.devices().items();
        switch (next(4)) {
        case 0: // pull a cable
            edit.push_back({Remove<Link>{links[next(links.size())].id}});
            break;
        case 1: { // re-mark a cable's speed
            Link link = links[next(links.size())];
            link.gbps = link.gbps == 1 ? 100 : 1;
            edit.push_back({Update<Link>{link}});
            break;
        }
        case 2: { // take a device out of its rack
            Device device = devices[next(devices.size())];
            device.rack = kNoRack;
            device.rack_u = 0;
            edit.push_back({Update<Device>{device}});
            break;
        }
        default: // delete a device with its cables
            edit = removeDeviceWithLinks(design, devices[next(devices.size())].id);
            break;
        }
        std::vector<Operation> inverses = design.applyAll(edit);
        EXPECT_EQ(validator.update(design, changesOf(edit, inverses)), validateDesign(design, &library()))
            << "step " << step;
        if (next(3) == 0) { // sometimes undo right away
            design.applyAll(inverses);
            EXPECT_EQ(validator.update(design, changesOf(inverses, edit)), validateDesign(design, &library()))
                << "undo of step " << step;
        }
    }
}

TEST(Validator, IncrementalMatchesScratchOverAWalkOfEdits) {
    walkOfEdits(generated("dgx-h100", 40));
    Design racks = generated("gb200-nvl72", 2, Fabric::Ndr, Topology::RailOnly);
    racks.apply({Add<Scenario>{{1,
                                "TP8",
                                {{"model", {{"preset", "llama3-70b"}}}, {"parallelism", {{"tp", 8}}}},
                                nlohmann::json::object()}}});
    walkOfEdits(std::move(racks));
}

} // namespace
} // namespace cs::test
