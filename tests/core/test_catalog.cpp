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

// The hardware of 2026: Blackwell, rack-scale NVL72 systems, AMD Instinct, Dell's current servers, XDR and
// Spectrum-X switches (figures from the entries' sources; dense TFLOPS).
TEST(Catalog, CarriesTheHardwareArchitectsBuyIn2026) {
    const Catalog& catalog = library();
    for (const char* gpu :
         {"b200-sxm-180gb", "b300-sxm-288gb", "gb200", "gb300", "mi300x", "mi325x", "mi350x", "mi355x"})
        EXPECT_NE(catalog.gpu(gpu), nullptr) << gpu;
    for (const char* server : {"dgx-b200", "dgx-b300", "xe9680l", "xe9685l", "xe9780", "xe9780l", "xe9785",
                               "xe9785l", "xe7745", "q3400", "z9864f-on", "nvlink5-switch-tray"})
        EXPECT_NE(catalog.device(server), nullptr) << server;
    for (const char* system : {"gb200-nvl72", "gb300-nvl72", "xe9712"})
        EXPECT_NE(catalog.system(system), nullptr) << system;

    const GpuType& gb200 = *catalog.gpu("gb200");
    EXPECT_EQ(gb200.bf16_dense_tflops, 2500);
    EXPECT_EQ(gb200.fp8_dense_tflops, 5000);
    EXPECT_EQ(gb200.fp4_dense_tflops, 10000); // NVL72: 1,440 PF FP4 sparse / 72 / 2
    EXPECT_EQ(gb200.scaleup_domain, 72);
    EXPECT_EQ(gb200.tdp_watts, 1200);
    EXPECT_EQ(catalog.gpu("b200-sxm-180gb")->fp4_dense_tflops, 9000);
    EXPECT_EQ(catalog.gpu("gb300")->fp4_dense_tflops, 15000);
    EXPECT_EQ(catalog.gpu("b300-sxm-288gb")->architecture, "Blackwell Ultra");
    const GpuType& mi300x = *catalog.gpu("mi300x");
    EXPECT_EQ(mi300x.bf16_dense_tflops, 1307.4);
    EXPECT_FALSE(mi300x.fp4_dense_tflops.has_value());
    EXPECT_EQ(mi300x.form_factor, "oam");
    EXPECT_EQ(catalog.gpu("mi355x")->fp4_dense_tflops, 10100);
    EXPECT_EQ(catalog.gpu("h100-sxm5-80gb")->architecture, "Hopper");
    for (const auto& [id, gpu] : catalog.gpus())
        EXPECT_GT(gpu.scaleup_domain, 0) << id;

    // The XE9680 takes H200 and MI300X; the DGX B300's ConnectX-8s split into two 400GbE ports each.
    const auto& xe9680 = catalog.device("xe9680")->gpu->supported;
    EXPECT_NE(std::find(xe9680.begin(), xe9680.end(), "mi300x"), xe9680.end());
    EXPECT_NE(std::find(xe9680.begin(), xe9680.end(), "h200-sxm5-141gb"), xe9680.end());
    const DeviceType& b300 = *catalog.device("dgx-b300");
    const PortGroup& cx8 = *b300.groupOn(Network::Compute);
    EXPECT_EQ(cx8.count, 8);
    EXPECT_EQ(cx8.breakout, 2);
    EXPECT_EQ(cx8.maxGbps(), 800);
    EXPECT_EQ(b300.portIndex("compute-16"), 15);
    EXPECT_EQ(b300.cageOf(*b300.portIndex("compute-4")), *b300.portIndex("compute-3"));
    EXPECT_EQ(catalog.device("xe9680l")->cooling, Cooling::Liquid);
    EXPECT_EQ(catalog.device("dgx-b200")->cooling, Cooling::Air);
    EXPECT_EQ(catalog.device("dgx-b200")->max_watts, 14'300);
    EXPECT_EQ(catalog.device("q3400")->port_groups.front().portCount(), 144);
    EXPECT_EQ(catalog.device("sn5600")->port_groups.front().portCount(), 128); // 64 x 800G as 2 x 400GbE

    // GB200 NVL72: 18 compute trays of 4 GPUs and 9 NVLink switch trays, one 72-GPU domain, liquid-cooled.
    const SystemType& nvl72 = *catalog.system("gb200-nvl72");
    EXPECT_EQ(nvl72.compute_trays, 18);
    EXPECT_EQ(nvl72.switch_trays, 9);
    EXPECT_EQ(nvl72.cooling, Cooling::Liquid);
    EXPECT_EQ(nvl72.scalable_unit_racks, 8);
    const DeviceType& tray = *catalog.device(nvl72.compute_tray);
    EXPECT_EQ(tray.gpu->count * nvl72.compute_trays, tray.gpu->nvlink_domain);
    EXPECT_EQ(tray.groupOn(Network::Scaleup)->portCount(), 9);
    EXPECT_EQ(tray.groupOn(Network::Compute)->count, 4); // one ConnectX-7 per GPU
}

TEST(Catalog, ReadsTheEntriesOfOlderFiles) {
    // Entries embedded in older .csd files have no FP4, scale-up, architecture, cooling or breakout keys.
    json gpu = library().gpu("h100-sxm5-80gb")->entry;
    for (const char* key : {"fp4_dense_tflops", "scaleup_domain", "architecture"})
        gpu.erase(key);
    const GpuType old = Catalog::parseGpu(gpu, "old.csd");
    EXPECT_EQ(old.architecture, "H100");
    EXPECT_EQ(old.scaleup_domain, 0);
    json server = library().device("dgx-h100")->entry;
    server.erase("cooling");
    EXPECT_EQ(Catalog::parseDevice(server, "old.csd").cooling, Cooling::Air);
    EXPECT_EQ(Catalog::parseDevice(server, "old.csd").port_groups.front().breakout, 1);
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
    for (const auto& [id, cable] : catalog.cables()) {
        EXPECT_FALSE(cable.provenance.source.empty()) << id;
        // The BOM orders a transceiver's fibre by the catalog's name for it.
        EXPECT_EQ(cable.fibre.has_value(), cable.kind == CableKind::Transceiver) << id;
    }
    for (const auto& [id, system] : catalog.systems())
        EXPECT_FALSE(system.provenance.source.empty()) << id;
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
        {"cables.json", [](json& d) { d["cables"][0]["fibre"].erase("name"); }, "name: missing"},
        {"cables.json",
         [](json& d) {
             for (json& cable : d["cables"])
                 if (cable["kind"] == "dac")
                     cable["fibre"] = {{"id", "lc"}, {"name", "LC"}};
         },
         "only a transceiver takes a fibre"},
        {"servers.json", [](json& d) { d["devices"][0]["cooling"] = "water"; }, "unknown cooling 'water'"},
        {"servers.json", [](json& d) { d["devices"][0]["ports"][0]["breakout"] = 3; },
         "breakout: does not divide the top speed"},
        {"servers.json", [](json& d) { d["devices"][0]["gpu"]["nvlink_domain"] = 16; },
         "only a tray with scaleup ports spans trays"},
        {"systems.json", [](json& d) { d["systems"][0]["switch_trays"] = 8; }, "one per switch tray"},
        {"systems.json", [](json& d) { d["systems"][0]["compute_tray"] = "dgx-h100"; },
         "is not a GPU server with scaleup ports"},
        {"systems.json", [](json& d) { d["systems"][0]["rack_units"] = 20; }, "the trays do not fit 20 U"},
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
