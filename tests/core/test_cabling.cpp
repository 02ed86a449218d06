#include "base/input_error.h"
#include "model/catalog.h"
#include "model/design.h"
#include "model/operation.h"
#include "topology/cable_fit.h"
#include "topology/cabling.h"

#include <gtest/gtest.h>

namespace cs {
namespace {

class CablingTest : public ::testing::Test {
protected:
    void SetUp() override {
        library_ = Catalog::loadDirectory(Catalog::defaultDirectory());
        for (const char* type : {"dgx-h100", "qm9700", "sn2201"})
            design_.adoptType(library_, type);
    }

    DeviceId add(const std::string& type, std::optional<Network> network = std::nullopt) {
        Device device;
        device.id = design_.devices().nextId();
        device.type = type;
        device.name = type + "-" + std::to_string(device.id);
        device.network = network;
        design_.apply({Add<Device>{device}});
        return device.id;
    }

    Catalog library_;
    Design design_;
};

TEST_F(CablingTest, PicksFreeCompatiblePortsAtTheFastestCommonSpeed) {
    const DeviceId server = add("dgx-h100");
    const DeviceId leaf = add("qm9700", Network::Compute);
    const Link first = planCable(design_, server, leaf, Network::Compute, library_);
    EXPECT_EQ(first.id, design_.links().nextId());
    EXPECT_EQ(first.network, Network::Compute);
    EXPECT_EQ(first.gbps, 400);
    EXPECT_EQ(design_.portName(first.a), "compute-1");
    EXPECT_EQ(design_.portName(first.b), "p-1");
    design_.apply({Add<Link>{first}});

    const Link second = planCable(design_, leaf, server, Network::Compute, library_);
    EXPECT_EQ(design_.portName(second.a), "p-2") << "the taken port is skipped";
    EXPECT_EQ(design_.portName(second.b), "compute-2");
}

TEST_F(CablingTest, RefusesImpossibleCablesWithTheReason) {
    const DeviceId server = add("dgx-h100");
    const DeviceId oob = add("sn2201", Network::Oob);
    const DeviceId leaf = add("qm9700", Network::Compute);
    EXPECT_THROW(planCable(design_, server, server, Network::Compute, library_), InputError);
    try {
        planCable(design_, server, oob, Network::Compute, library_);
        FAIL() << "a compute cable to an out-of-band switch";
    } catch (const InputError& e) {
        EXPECT_NE(std::string(e.what()).find("not a GPU compute switch"), std::string::npos) << e.what();
    }
    try {
        planCable(design_, server, leaf, Network::Uplink, library_);
        FAIL() << "an uplink cable to a compute switch";
    } catch (const InputError& e) {
        EXPECT_NE(std::string(e.what()).find("switch"), std::string::npos) << e.what();
    }
    // Once the eight compute NICs are cabled, a ninth cable has no port.
    for (int i = 0; i < 8; ++i)
        design_.apply({Add<Link>{planCable(design_, server, leaf, Network::Compute, library_)}});
    try {
        planCable(design_, server, leaf, Network::Compute, library_);
        FAIL() << "a ninth compute cable";
    } catch (const InputError& e) {
        EXPECT_NE(std::string(e.what()).find("no free"), std::string::npos) << e.what();
    }
    EXPECT_THROW(planCable(design_, server, 999, Network::Compute, library_), InputError);
}

TEST_F(CablingTest, ListsTheFreePortsOfANetworkForTheUserToChoose) {
    const DeviceId server = add("dgx-h100");
    const DeviceId leaf = add("qm9700", Network::Compute);
    const std::vector<std::uint16_t> nics = freePorts(design_, server, Network::Compute);
    ASSERT_EQ(nics.size(), 8u);
    EXPECT_EQ(design_.portName({server, nics.front()}), "compute-1");
    EXPECT_EQ(freePorts(design_, leaf, Network::Compute).size(), 64u) << "a switch's ports serve its network";
    EXPECT_TRUE(freePorts(design_, leaf, Network::Storage).empty());

    // The user's pick: the third NIC to the tenth leaf port.
    const std::vector<std::uint16_t> leafPorts = freePorts(design_, leaf, Network::Compute);
    const Link chosen = planCable(design_, Endpoint{server, nics[2]}, Endpoint{leaf, leafPorts[9]},
                                  Network::Compute, library_);
    EXPECT_EQ(design_.portName(chosen.a), "compute-3");
    EXPECT_EQ(design_.portName(chosen.b), "p-10");
    EXPECT_EQ(chosen.gbps, 400);
    EXPECT_EQ(chosen.id, design_.links().nextId());
    design_.apply({Add<Link>{chosen}});
    const std::vector<std::uint16_t> left = freePorts(design_, server, Network::Compute);
    EXPECT_EQ(left.size(), 7u);
    EXPECT_EQ(std::ranges::find(left, nics[2]), left.end()) << "the cabled port is no longer offered";
    EXPECT_THROW(freePorts(design_, 999, Network::Compute), InputError);
}

TEST_F(CablingTest, RefusesChosenPortsThatCannotMeetWithTheReason) {
    const DeviceId server = add("dgx-h100");
    const DeviceId leaf = add("qm9700", Network::Compute);
    const DeviceId uplink = add("sn2201", Network::Uplink);
    const std::uint16_t nic = freePorts(design_, server, Network::Compute).front();
    const std::uint16_t leafPort = freePorts(design_, leaf, Network::Compute).front();
    const auto reason = [this](Endpoint a, Endpoint b, Network network) {
        try {
            planCable(design_, a, b, network, library_);
        } catch (const InputError& e) {
            return std::string(e.what());
        }
        return std::string("accepted");
    };
    design_.apply({Add<Link>{
        planCable(design_, Endpoint{server, nic}, Endpoint{leaf, leafPort}, Network::Compute, library_)}});
    EXPECT_NE(reason({server, nic}, {leaf, static_cast<std::uint16_t>(leafPort + 1)}, Network::Compute)
                  .find("taken"),
              std::string::npos);
    const std::uint16_t uplinkNic = freePorts(design_, server, Network::Uplink).front();
    EXPECT_NE(reason({server, uplinkNic}, {leaf, static_cast<std::uint16_t>(leafPort + 1)}, Network::Compute)
                  .find("not a GPU compute port"),
              std::string::npos);
    // The switch's first ports run at 1 Gb/s only, the server's uplink NICs at 25 and 10.
    const std::uint16_t slowPort = freePorts(design_, uplink, Network::Uplink).front();
    EXPECT_NE(reason({server, uplinkNic}, {uplink, slowPort}, Network::Uplink).find("share no speed"),
              std::string::npos);
    EXPECT_NE(reason({server, nic}, {server, uplinkNic}, Network::Compute).find("two different devices"),
              std::string::npos);
}

TEST_F(CablingTest, AutoCablingIsRailOptimized) {
    std::vector<DeviceId> selection;
    for (int i = 0; i < 4; ++i)
        selection.push_back(add("dgx-h100"));
    std::vector<DeviceId> leaves;
    for (int i = 0; i < 8; ++i)
        leaves.push_back(add("qm9700", Network::Compute));
    selection.insert(selection.end(), leaves.begin(), leaves.end());
    selection.push_back(add("sn2201", Network::Oob)); // another network's switch is left alone

    const std::vector<Operation> cables = autoCable(design_, selection, Network::Compute, library_);
    ASSERT_EQ(cables.size(), 4u * 8u);
    design_.applyAll(cables);
    // NIC k of every server is on leaf k: each leaf is one rail.
    for (const Link& link : design_.links().items()) {
        const int nic = design_.typeOf(*design_.devices().find(link.a.device)).portIndex("compute-1").value();
        EXPECT_EQ(link.b.device, leaves[link.a.port - nic]) << design_.portName(link.a);
        EXPECT_EQ(link.gbps, 400);
    }
    EXPECT_TRUE(autoCable(design_, selection, Network::Compute, library_).empty()) << "nothing left to cable";
}

// A cable between racked devices gets its length on the floor plan and the library cable that reaches it;
// between unracked devices neither.
TEST_F(CablingTest, RackedCablesGetTheirLengthAndTheCableThatReaches) {
    const DeviceId server = add("dgx-h100");
    const DeviceId leaf = add("qm9700", Network::Compute);
    EXPECT_EQ(planCable(design_, server, leaf, Network::Compute, library_).cable, "");
    for (RackId rack : {1, 2}) {
        Rack frame;
        frame.id = rack;
        frame.name = "r" + std::to_string(rack);
        frame.x = rack * 1'000.0; // side by side in one row
        frame.max_kw = 40;
        design_.apply({Add<Rack>{frame}});
    }
    for (auto [id, rack] : {std::pair{server, RackId{1}}, std::pair{leaf, RackId{2}}}) {
        Device device = *design_.devices().find(id);
        device.rack = rack;
        device.rack_u = 1;
        design_.apply({Update<Device>{device}});
    }
    const Link link = planCable(design_, server, leaf, Network::Compute, library_);
    const FloorPlan floor = floorPlanOf(design_);
    const double length =
        orderedLengthM(*floor.cableLengthM(*design_.devices().find(server), *design_.devices().find(leaf)));
    EXPECT_EQ(link.length_m, length);
    CableFit fit(library_);
    const DeviceType& serverType = *library_.device("dgx-h100");
    const DeviceType& leafType = *library_.device("qm9700");
    const CableType* reaching = fit.reaching(serverType.groupOfPort(link.a.port),
                                             leafType.groupOfPort(link.b.port), link.gbps, length);
    ASSERT_NE(reaching, nullptr);
    EXPECT_EQ(link.cable, reaching->id);
    // Auto-cabling fits its cables the same way; the studio adopts them before they apply.
    const std::vector<DeviceId> both{server, leaf};
    const std::vector<Operation> cables = autoCable(design_, both, Network::Compute, library_);
    ASSERT_FALSE(cables.empty());
    EXPECT_EQ(std::get<Add<Link>>(cables.front().value).item.cable, reaching->id);
    EXPECT_EQ(design_.catalog().cable(reaching->id), nullptr);
    adoptCablesOf(design_, library_, cables);
    EXPECT_NE(design_.catalog().cable(reaching->id), nullptr);
    design_.applyAll(cables);
}

TEST_F(CablingTest, AutoCablingNeedsASwitchAndAHost) {
    const DeviceId server = add("dgx-h100");
    const DeviceId leaf = add("qm9700", Network::Compute);
    const std::vector<DeviceId> serverOnly{server};
    const std::vector<DeviceId> leafOnly{leaf};
    EXPECT_THROW(autoCable(design_, serverOnly, Network::Compute, library_), InputError);
    EXPECT_THROW(autoCable(design_, leafOnly, Network::Compute, library_), InputError);
}

} // namespace
} // namespace cs
