#include "base/input_error.h"
#include "io/design_json.h"
#include "model/design.h"
#include "model/operation.h"
#include "test_support.h"

namespace cs::test {
namespace {

std::string snapshot(const Design& design) {
    return designToJsonText(design);
}

TEST(Design, PortsResolveThroughTheCatalog) {
    const Design design = smallDesign();
    const Device& leaf = *design.devices().find(3);
    EXPECT_EQ(design.portNetwork(leaf, 5), Network::Compute); // a switch port takes the switch's network
    const int mgmt = *design.typeOf(leaf).portIndex("mgmt-1");
    EXPECT_EQ(design.portNetwork(leaf, mgmt), Network::Oob);
    EXPECT_EQ(design.portName({1, 0}), "compute-1");
    EXPECT_EQ(design.linkAt({3, 1}), LinkId{2});
    EXPECT_FALSE(design.linkAt({3, 2}));
    EXPECT_EQ(design.linksOf(3), (std::vector<LinkId>{1, 2}));
    EXPECT_EQ(design.gpuCount(*design.devices().find(1)), 8);
    EXPECT_EQ(design.gpuOf(*design.devices().find(1))->id, "h100-sxm5-80gb");
    EXPECT_EQ(design.gpuOf(*design.devices().find(3)), nullptr);
}

TEST(Design, EveryOperationIsUndoneByItsInverse) {
    Design design = smallDesign();
    const std::string before = snapshot(design);
    Device moved = *design.devices().find(1);
    moved.x += 500;
    moved.name = "renamed";
    Link faster = *design.links().find(2);
    faster.b = {3, 7};
    Rack bigger = *design.racks().find(1);
    bigger.max_kw = 60;
    Scenario edited = *design.scenarios().find(1);
    edited.plan["parallelism"]["tp"] = 4;
    const std::vector<Operation> edits = {
        {Update<Device>{moved}},
        {Update<Link>{faster}},
        {Update<Rack>{bigger}},
        {Update<Scenario>{edited}},
        {Add<Device>{Device{9, "r660", "prep-01", 0, 0, 1, 20, "", std::nullopt, ""}}},
        {Add<Link>{Link{7, {9, 0}, {3, 9}, Network::Storage, 100, "", 0}}},
        {Remove<Link>{1}},
        {Add<Rack>{Rack{5, "R5", 0, 0, 10, 42}}},
        {Remove<Scenario>{1}},
        {Rename{"other"}},
    };
    for (const Operation& edit : edits) {
        const std::string previous = snapshot(design);
        const Operation inverse = design.apply(edit);
        EXPECT_NE(snapshot(design), previous);
        design.apply(inverse);
        EXPECT_EQ(snapshot(design), previous);
        design.apply(edit);
    }
    const std::vector<Operation> inverses = [&] {
        Design fresh = smallDesign();
        return fresh.applyAll(edits);
    }();
    Design replay = smallDesign();
    replay.applyAll(edits);
    replay.applyAll(inverses);
    EXPECT_EQ(snapshot(replay), before);
}

TEST(Design, RefusesWhatDoesNotFit) {
    Design design = smallDesign();
    const std::string before = snapshot(design);
    const auto refuses = [&](Operation operation, const std::string& expected) {
        try {
            design.apply(operation);
            ADD_FAILURE() << "accepted: " << expected;
        } catch (const InputError& e) {
            EXPECT_NE(std::string(e.what()).find(expected), std::string::npos) << e.what();
        }
        EXPECT_EQ(snapshot(design), before);
    };
    refuses({Add<Device>{Device{1, "r660", "dup", 0, 0}}}, "the id is taken");
    refuses({Add<Device>{Device{0, "r660", "zero", 0, 0}}}, "the id is zero");
    refuses({Add<Device>{Device{9, "cray-1", "old", 0, 0}}}, "unknown device type 'cray-1'");
    refuses({Add<Device>{Device{9, "r660", "", 0, 0}}}, "the name is empty");
    refuses({Add<Device>{Device{9, "r660", "x", 0, 0, 7}}}, "unknown rack 7");
    refuses({Add<Device>{Device{9, "dgx-h100", "x", 0, 0, 1, 40}}}, "does not fit rack 'R1'");
    refuses({Add<Device>{Device{9, "dgx-h100", "x", 0, 0, kNoRack, 0, "l4"}}}, "does not take GPU 'l4'");
    refuses({Add<Device>{Device{9, "qm9700", "x", 0, 0}}}, "needs the network it serves");
    refuses({Add<Device>{Device{9, "r660", "x", 0, 0, kNoRack, 0, "", Network::Oob}}}, "only switches");
    refuses({Add<Device>{Device{9, "r660", "x", std::nan(""), 0}}}, "not a finite number");
    refuses({Remove<Device>{1}}, "still has 1 cable(s)");
    refuses({Remove<Device>{42}}, "no such device");
    refuses({Add<Link>{Link{9, {1, 1}, {3, 0}, Network::Compute, 400}}}, "is taken by link 1");
    refuses({Add<Link>{Link{9, {1, 1}, {1, 2}, Network::Compute, 400}}}, "two different devices");
    refuses({Add<Link>{Link{9, {1, 99}, {3, 5}, Network::Compute, 400}}}, "has no port 99");
    refuses({Add<Link>{Link{9, {1, 1}, {77, 5}, Network::Compute, 400}}}, "unknown device 77");
    refuses({Add<Link>{Link{9, {1, 1}, {3, 5}, Network::Compute, 0}}}, "speed must be between 1 and 100000");
    refuses({Add<Link>{Link{9, {1, 1}, {3, 5}, Network::Compute, 200'000}}}, "speed must be between 1 and");
    refuses({Add<Link>{Link{9, {1, 1}, {3, 5}, Network::Compute, 400, "", 2e6}}},
            "length must be between 0 and 1e+06");
    refuses({Add<Device>{Device{9, "r660", "x", 2e9, 0}}},
            "x is beyond the canvas (at most 1e+09 either way)");
    refuses({Add<Rack>{Rack{2, "R2", 0, 0, 20'000, 42}}}, "max_kw must be between 0.001 and 10000");
    refuses({Add<Link>{Link{9, {1, 1}, {3, 5}, Network::Compute, 400, "string-and-cans"}}},
            "unknown cable type");
    refuses({Remove<Rack>{1}}, "still holds 3 device(s)");
    refuses({Update<Rack>{Rack{1, "R1", 0, 0, 40, 16}}}, "rack 1: leaf-1 at rack unit 17 does not fit 16 U");
    Device retyped = *design.devices().find(1);
    retyped.type = "r660";
    refuses({Update<Device>{retyped}}, "type of a cabled device cannot change");
    refuses({Add<Scenario>{Scenario{2, "bad", nlohmann::json::array(), nlohmann::json::object()}}},
            "must be JSON objects");
    nlohmann::json deep = nlohmann::json::object();
    for (int level = 0; level < 40; ++level)
        deep = {{"a", deep}};
    refuses({Add<Scenario>{Scenario{2, "deep", deep, nlohmann::json::object()}}},
            "nest deeper than 32 levels");
}

TEST(Design, ApplyAllIsAllOrNothing) {
    Design design = smallDesign();
    const std::string before = snapshot(design);
    const std::vector<Operation> edits = {
        {Remove<Link>{1}},
        {Add<Device>{Device{9, "r660", "prep-01", 0, 0}}},
        {Remove<Device>{2}}, // still cabled: fails, and the two edits before it are rolled back
    };
    EXPECT_THROW(design.applyAll(edits), InputError);
    EXPECT_EQ(snapshot(design), before);
}

TEST(Design, RemovingACabledDeviceTakesItsCablesAlong) {
    Design design = smallDesign();
    const std::string before = snapshot(design);
    const auto inverses = design.applyAll(removeDeviceWithLinks(design, 3));
    EXPECT_EQ(design.links().size(), 0u);
    EXPECT_FALSE(design.devices().contains(3));
    design.applyAll(inverses);
    EXPECT_EQ(snapshot(design), before);
}

TEST(Design, IdsAreNeverReused) {
    Design design = smallDesign();
    const DeviceId next = design.devices().nextId();
    design.applyAll(removeDeviceWithLinks(design, 4));
    EXPECT_EQ(design.devices().nextId(), next);
    EXPECT_EQ(design.links().nextId(), 3u);
}

TEST(Design, AdoptTypeCopiesTheGpusATypeTakes) {
    Design design;
    design.adoptType(library(), "xe9680");
    for (const std::string& gpu : library().device("xe9680")->gpu->supported)
        EXPECT_NE(design.catalog().gpu(gpu), nullptr) << gpu;
    EXPECT_THROW(design.adoptType(library(), "cray-1"), InputError);
}

} // namespace
} // namespace cs::test
