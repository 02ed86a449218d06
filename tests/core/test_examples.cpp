#include "base/input_error.h"
#include "io/csd_file.h"
#include "io/design_file.h"
#include "io/design_json.h"
#include "model/design_summary.h"
#include "test_support.h"

namespace cs::test {
namespace {

const std::vector<std::string> kExamples = {"training-128gpu.json", "finetune-l40s-4server.json",
                                            "edge-site.json"};

class Examples : public TempDirTest {};

TEST_F(Examples, JsonToCsdToJsonIsByteIdentical) {
    for (const std::string& name : kExamples) {
        const fs::path source = kCatalogDir / "examples" / name;
        const fs::path csd = dir_ / "example.csd";
        const fs::path json = dir_ / "example.json";
        writeDesign(readDesign(source, library()), csd);
        writeDesign(readDesign(csd, library()), json);
        EXPECT_EQ(readFile(json), readFile(source)) << name;
    }
}

TEST_F(Examples, TrainingClusterIsThe128GpuExample) {
    const Design design = readDesign(kCatalogDir / "examples" / "training-128gpu.json", library());
    const DesignSummary summary = summarize(design);
    EXPECT_EQ(summary.gpus, 128u);
    EXPECT_EQ(summary.devices_by_category[static_cast<std::size_t>(DeviceCategory::GpuServer)], 16u);
    EXPECT_GE(summary.devices_by_category[static_cast<std::size_t>(DeviceCategory::CpuServer)], 2u);
    EXPECT_GE(summary.devices_by_category[static_cast<std::size_t>(DeviceCategory::Storage)], 1u);
    for (Network network : kNetworks) {
        if (network != Network::Scaleup) { // the deck's five; the example has no rack-scale system
            EXPECT_GT(summary.links_by_network[networkIndex(network)], 0u) << networkId(network);
        }
    }
    // One 400G compute NIC per GPU, each cabled.
    std::size_t computeNics = 0;
    for (const Device& device : design.devices().items()) {
        if (design.typeOf(device).category != DeviceCategory::GpuServer)
            continue;
        for (LinkId id : design.linksOf(device.id)) {
            const Link& link = *design.links().find(id);
            computeNics += link.network == Network::Compute && link.gbps == 400;
        }
    }
    EXPECT_EQ(computeNics, 128u);
    // Every link joins two ports of its own network.
    for (const Link& link : design.links().items()) {
        EXPECT_EQ(design.portNetwork(*design.devices().find(link.a.device), link.a.port), link.network);
        EXPECT_EQ(design.portNetwork(*design.devices().find(link.b.device), link.b.port), link.network);
    }
}

TEST_F(Examples, SmallerSitesLoad) {
    const DesignSummary l40s =
        summarize(readDesign(kCatalogDir / "examples" / "finetune-l40s-4server.json", library()));
    EXPECT_EQ(l40s.devices_by_type.at("r760xa"), 4u);
    EXPECT_EQ(l40s.gpus_by_type.at("l40s"), 16u);
    const DesignSummary edge = summarize(readDesign(kCatalogDir / "examples" / "edge-site.json", library()));
    EXPECT_GT(edge.gpus_by_type.at("l4"), 0u);
    EXPECT_EQ(edge.links_by_network[networkIndex(Network::Compute)], 0u);
}

TEST_F(Examples, ACatalogEditThatBreaksAFileIsReported) {
    fs::copy(kCatalogDir, dir_ / "catalogs", fs::copy_options::recursive);
    nlohmann::json servers = nlohmann::json::parse(readFile(dir_ / "catalogs" / "servers.json"));
    for (auto& entry : servers["devices"]) {
        if (entry["id"] == "xe9680")
            entry["ports"][0]["count"] = 4; // a catalog edit: only four compute ports now
    }
    writeFile(dir_ / "catalogs" / "servers.json", servers.dump(2));
    const Catalog edited = Catalog::loadDirectory(dir_ / "catalogs");
    const fs::path example = kCatalogDir / "examples" / "training-128gpu.json";
    try {
        readDesign(example, edited);
        FAIL() << "the edit went unnoticed";
    } catch (const InputError& e) {
        EXPECT_NE(std::string(e.what()).find(example.string() + ": links["), std::string::npos) << e.what();
        EXPECT_NE(std::string(e.what()).find("'compute-5' is not a port of xe9680"), std::string::npos)
            << e.what();
    }
}

} // namespace
} // namespace cs::test
