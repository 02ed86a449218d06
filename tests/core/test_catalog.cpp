#include "base/input_error.h"
#include "model/catalog.h"
#include "test_support.h"

#include <nlohmann/json.hpp>

namespace cs::test {
namespace {

using nlohmann::json;

TEST(Catalog, HasEveryIdTheDesignNames) {
    const Catalog& catalog = library();
    for (const char* gpu : {"a100-sxm4-80gb", "a800-sxm4-80gb", "h100-sxm5-80gb", "h800-sxm5-80gb",
                            "h200-sxm5-141gb", "h100-pcie-80gb", "l40s", "l40", "l4"})
        EXPECT_NE(catalog.gpu(gpu), nullptr) << gpu;
    for (const char* server : {"dgx-h100", "dgx-h800", "xe9680", "r760xa", "r750xa", "r7625", "r7525", "r760",
                               "r750", "xr4000", "xr7620", "xr5610", "xr12", "xr11"})
        EXPECT_NE(catalog.device(server), nullptr) << server;
    for (const char* sw : {"qm9700", "qm8700", "sn5600", "sn4600c", "sn2201", "s5232f-on", "s5248f-on",
                           "s4148f-on", "n3248te-on", "z9664f-on"})
        EXPECT_NE(catalog.device(sw), nullptr) << sw;
    for (const char* model : {"gpt3-175b", "llama2-7b", "llama2-13b", "llama2-70b", "llama3-8b", "llama3-70b",
                              "llama3-405b", "bloomberggpt-50b", "chatglm2-6b"})
        EXPECT_NE(catalog.model(model), nullptr) << model;
}

TEST(Catalog, FiguresMatchTheReference) {
    const Catalog& catalog = library();
    const GpuType& h100 = *catalog.gpu("h100-sxm5-80gb");
    EXPECT_EQ(h100.bf16_dense_tflops, 989); // dense, not the 1,979 sparse figure
    EXPECT_EQ(h100.nvlink_gbytes_per_s, 900);
    EXPECT_EQ(h100.tdp_watts, 700);
    EXPECT_EQ(catalog.gpu("h800-sxm5-80gb")->nvlink_gbytes_per_s, 400);
    EXPECT_FALSE(catalog.gpu("a100-sxm4-80gb")->fp8_dense_tflops.has_value());

    const DeviceType& dgx = *catalog.device("dgx-h100");
    EXPECT_EQ(dgx.max_watts, 10'200);
    EXPECT_EQ(dgx.rack_units, 8);
    ASSERT_TRUE(dgx.gpu);
    EXPECT_EQ(dgx.gpu->count, 8);
    const PortGroup& compute = dgx.port_groups.front();
    EXPECT_EQ(compute.network, Network::Compute);
    EXPECT_EQ(compute.count, 8);
    EXPECT_EQ(compute.maxGbps(), 400);

    const DeviceType& qm9700 = *catalog.device("qm9700");
    EXPECT_EQ(qm9700.category, DeviceCategory::Switch);
    EXPECT_EQ(qm9700.port_groups.front().count, 64);
    EXPECT_EQ(qm9700.port_groups.front().media, Media::Infiniband);
}

TEST(Catalog, ReadsTheGpuMemoryKeyOfOlderFiles) {
    // .csd files embed catalog entries; those saved before the GiB rename say "memory_gb".
    json entry = library().gpu("h100-sxm5-80gb")->entry;
    const double gib = entry.at("memory_gib");
    entry.erase("memory_gib");
    entry["memory_gb"] = gib;
    EXPECT_EQ(Catalog::parseGpu(entry, "old.csd").memory_gib, gib);
}

TEST(Catalog, EveryEntryNamesItsSource) {
    const Catalog& catalog = library();
    for (const auto& [id, gpu] : catalog.gpus())
        EXPECT_FALSE(gpu.provenance.source.empty()) << id;
    for (const auto& [id, device] : catalog.devices()) {
        EXPECT_FALSE(device.provenance.source.empty()) << id;
        EXPECT_GT(device.portCount(), 0) << id;
        if (device.bmc) {
            const bool onOob = std::any_of(device.port_groups.begin(), device.port_groups.end(),
                                           [](const PortGroup& g) { return g.network == Network::Oob; });
            EXPECT_TRUE(onOob) << id << " has a BMC but no out-of-band port";
        }
    }
    for (const auto& [id, cable] : catalog.cables())
        EXPECT_FALSE(cable.provenance.source.empty()) << id;
}

TEST(Catalog, ModelsCarryTheirTrainingSetSizes) {
    const Catalog& catalog = library();
    EXPECT_EQ(catalog.model("gpt3-175b")->dataset_tokens, 8.0e11);
    EXPECT_EQ(catalog.model("bloomberggpt-50b")->dataset_tokens, 7.0e11);
    EXPECT_EQ(catalog.model("llama2-70b")->dataset_tokens, 2.0e12);
    EXPECT_EQ(catalog.model("chatglm2-6b")->dataset_tokens, 1.4e12);
    const ModelPreset& llama3 = *catalog.model("llama3-70b");
    EXPECT_TRUE(llama3.gated_mlp);
    EXPECT_EQ(llama3.kv_heads, 8);
}

TEST(Catalog, SuitabilityTablesLoadWithTheirScalesAndMarks) {
    const Suitability& suitability = library().suitability();
    ASSERT_EQ(suitability.scales.size(), 3u);
    EXPECT_EQ(suitability.scaleOf(175)->id, "100b");
    EXPECT_EQ(suitability.scaleOf(70)->id, "10b");
    EXPECT_EQ(suitability.scaleOf(7)->id, "1b");
    EXPECT_EQ(suitability.scaleOf(0.1), nullptr);
    using Ids = std::vector<std::string>;
    const auto& servers = suitability.servers.suitable;
    EXPECT_EQ(servers.at({"100b", Workload::Pretrain}), (Ids{"xe9680", "dgx-h800"}));
    EXPECT_EQ(servers.at({"10b", Workload::Inference}).size(), 8u);
    EXPECT_EQ(servers.at({"1b", Workload::Inference}),
              (Ids{"r760xa", "r750xa", "r7625", "r7525", "r760", "r750"}));
    const auto& gpus = suitability.gpus.suitable;
    EXPECT_EQ(gpus.at({"100b", Workload::Pretrain}), (Ids{"h800-sxm5-80gb"}));
    EXPECT_EQ(gpus.at({"1b", Workload::Inference}), (Ids{"l40s", "l40", "l4"}));
    EXPECT_EQ(servers.size(), 9u);
    EXPECT_EQ(gpus.size(), 9u);
}

TEST(Catalog, PortNamesAndIndicesAgree) {
    const DeviceType& dgx = *library().device("dgx-h100");
    for (int port = 0; port < dgx.portCount(); ++port)
        EXPECT_EQ(dgx.portIndex(dgx.portName(port)), port);
    EXPECT_EQ(dgx.portName(0), "compute-1");
    EXPECT_EQ(dgx.portIndex("compute-8"), 7);
    EXPECT_FALSE(dgx.portIndex("compute-9"));
    EXPECT_FALSE(dgx.portIndex("compute-0"));
    EXPECT_FALSE(dgx.portIndex("compute-1x"));
    EXPECT_FALSE(dgx.portIndex("nothing"));
    EXPECT_FALSE(dgx.portIndex("-1"));
}

// Copies the shipped catalogs, lets a test edit one file, and returns the loader's error.
class BrokenCatalog : public TempDirTest {
protected:
    std::string loadWith(const std::string& file, const std::function<void(json&)>& edit) {
        fs::copy(kCatalogDir, dir_, fs::copy_options::recursive);
        json document = json::parse(readFile(dir_ / file));
        edit(document);
        writeFile(dir_ / file, document.dump(2));
        try {
            Catalog::loadDirectory(dir_);
        } catch (const InputError& e) {
            return e.what();
        }
        return "loaded";
    }
};

TEST_F(BrokenCatalog, NamesFileEntryAndKey) {
    std::string firstId;
    const std::string message = loadWith("gpus.json", [&](json& d) {
        firstId = d["gpus"][0]["id"];
        d["gpus"][0].erase("source");
    });
    EXPECT_EQ(message, (dir_ / "gpus.json").string() + ": gpus[0] (" + firstId + ").source: missing");
}

TEST_F(BrokenCatalog, RefusesEveryKindOfMistake) {
    const std::vector<std::tuple<std::string, std::function<void(json&)>, std::string>> cases = {
        {"gpus.json", [](json& d) { d["gpus"][0]["bf16_dense_tflops"] = "fast"; },
         "bf16_dense_tflops: expected a number"},
        {"gpus.json", [](json& d) { d["gpus"][0]["colour"] = "green"; }, "colour: unknown key"},
        {"gpus.json", [](json& d) { d["gpus"].push_back(d["gpus"][0]); }, "is defined twice"},
        {"servers.json", [](json& d) { d["devices"][0]["gpu"]["id"] = "gtx-1080"; },
         "does not list the default GPU"},
        {"servers.json", [](json& d) { d["devices"][0]["gpu"]["supported"].push_back("gtx-1080"); },
         "unknown GPU 'gtx-1080'"},
        {"servers.json", [](json& d) { d["devices"][0]["ports"][0]["network"] = "wifi"; },
         "unknown network 'wifi'"},
        {"servers.json",
         [](json& d) {
             d["devices"][0]["ports"][0]["gbps"] = json::array({200, 400});
         },
         "fastest first"},
        {"servers.json", [](json& d) { d["devices"][0]["power_watts"]["idle"] = 1e9; }, "out of range"},
        {"switches.json", [](json& d) { d["devices"][0].erase("switch"); }, "switch: missing"},
        {"switches.json", [](json& d) { d["devices"][0]["ports"][0]["media"] = "smoke"; },
         "unknown media 'smoke'"},
        {"models.json", [](json& d) { d["models"][0]["hidden"] = 12289; }, "does not divide hidden"},
        {"suitability.json", [](json& d) { d["suitability"]["servers"]["columns"].push_back("pdp-11"); },
         "unknown id 'pdp-11'"},
        {"cables.json", [](json& d) { d["cables"][0]["kind"] = "string"; }, "unknown kind 'string'"},
        {"switches.json",
         [](json& d) {
             json& ports = d["devices"][0]["ports"];
             for (const char* name : {"a", "b", "c", "d", "e"})
                 ports.push_back({{"group", name},
                                  {"count", 1000},
                                  {"gbps", {400}},
                                  {"connector", "osfp"},
                                  {"media", "ib"},
                                  {"required", false}});
         },
         "at most 4096 per device"},
    };
    for (const auto& [file, edit, expected] : cases) {
        fs::remove_all(dir_);
        fs::create_directories(dir_);
        const std::string message = loadWith(file, edit);
        EXPECT_NE(message.find(file), std::string::npos) << message;
        EXPECT_NE(message.find(expected), std::string::npos) << message;
    }
}

TEST_F(BrokenCatalog, TruncatedFileIsMalformedJson) {
    fs::copy(kCatalogDir, dir_, fs::copy_options::recursive);
    const std::string text = readFile(dir_ / "switches.json");
    writeFile(dir_ / "switches.json", text.substr(0, text.size() / 2));
    try {
        Catalog::loadDirectory(dir_);
        FAIL() << "loaded a truncated catalog";
    } catch (const InputError& e) {
        EXPECT_NE(std::string(e.what()).find("switches.json: malformed JSON"), std::string::npos) << e.what();
    }
}

} // namespace
} // namespace cs::test
