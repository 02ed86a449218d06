#include "cli_test_support.h"

#include <QFile>
#include <QXmlStreamReader>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>

namespace {

using namespace cs::test;

nlohmann::json info(const fs::path& design) {
    const Result result = run({"info", design.string(), "--json"});
    EXPECT_EQ(result.code, 0) << result.err;
    return nlohmann::json::parse(result.out);
}

// What a draw.io page holds, as a real XML reader finds it.
struct DrawioCounts {
    std::string name;
    int layers = 0, containers = 0, devices = 0, edges = 0;
    std::map<std::string, int> cables_by_layer; // an edge's cables: its "cables" data, else one
};

std::vector<DrawioCounts> readDrawio(const fs::path& path, std::string* error) {
    QFile file(QString::fromStdString(path.string()));
    if (!file.open(QIODevice::ReadOnly)) {
        *error = "cannot open";
        return {};
    }
    QXmlStreamReader xml(&file);
    std::vector<DrawioCounts> pages;
    int cables = 1; // of the <object> around the next <mxCell>
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const auto attributes = xml.attributes();
        if (xml.name() == u"diagram") {
            pages.push_back({attributes.value("name").toString().toStdString()});
        } else if (xml.name() == u"object") {
            cables = attributes.hasAttribute("cables") ? attributes.value("cables").toInt() : 1;
        } else if (xml.name() == u"mxCell" && !pages.empty()) {
            DrawioCounts& page = pages.back();
            if (attributes.value("parent") == u"0")
                ++page.layers;
            else if (attributes.value("vertex") == u"1")
                ++(attributes.value("style").contains(u"container=1") ? page.containers : page.devices);
            else if (attributes.value("edge") == u"1") {
                ++page.edges;
                page.cables_by_layer[attributes.value("parent").toString().toStdString()] += cables;
            }
            cables = 1;
        }
    }
    if (xml.hasError())
        *error = xml.errorString().toStdString() + " at line " + std::to_string(xml.lineNumber());
    return pages;
}

TEST_F(CliTest, ExportDrawioWritesAPageWithEveryNetworkAndOnePerNetwork) {
    const fs::path out = dir_ / "cluster.drawio";
    const Result result = run({"export", kExample.string(), "-o", out.string()});
    ASSERT_EQ(result.code, 0) << result.err;
    std::string error;
    const std::vector<DrawioCounts> pages = readDrawio(out, &error);
    ASSERT_TRUE(error.empty()) << error;
    const nlohmann::json summary = info(kExample);
    ASSERT_EQ(pages.size(), 6u);
    EXPECT_EQ(pages[0].name, "All networks");
    EXPECT_EQ(pages[0].layers, 6);
    EXPECT_EQ(pages[0].devices, summary["devices"]["total"].get<int>());
    EXPECT_EQ(pages[0].containers, summary["racks"].get<int>());
    for (const auto& [network, links] : summary["links"]["by_network"].items()) {
        EXPECT_EQ(pages[0].cables_by_layer.at(network), links.get<int>()) << network;
        const auto page = std::find_if(pages.begin() + 1, pages.end(), [&](const DrawioCounts& each) {
            return each.cables_by_layer.contains(network);
        });
        ASSERT_NE(page, pages.end()) << network;
        EXPECT_EQ(page->layers, 2);
        EXPECT_EQ(page->cables_by_layer.at(network), links.get<int>()) << network;
    }
    // Where the canvas bundles parallel cables, there are fewer edges than cables.
    EXPECT_LT(pages[0].edges, summary["links"]["total"].get<int>());
}

TEST_F(CliTest, ExportDrawioRefusesDiagramOptions) {
    const Result result =
        run({"export", kExample.string(), "-o", (dir_ / "x.drawio").string(), "--network", "compute"});
    EXPECT_EQ(result.code, 2);
    EXPECT_NE(result.err.find("--network: only for a diagram"), std::string::npos) << result.err;
    EXPECT_FALSE(fs::exists(dir_ / "x.drawio"));
}

TEST_F(CliTest, NetboxExportThenImportGivesTheSameInfo) {
    const fs::path folder = dir_ / "netbox";
    const Result exported = run({"export", kExample.string(), "-o", folder.string(), "--format", "netbox"});
    ASSERT_EQ(exported.code, 0) << exported.err;
    for (const char* file : {"manufacturers.csv", "device-types.csv", "device-types.yaml", "racks.csv",
                             "devices.csv", "interfaces.csv", "cables.csv", "README.txt"})
        EXPECT_TRUE(fs::exists(folder / file)) << file;

    const fs::path back = dir_ / "back.csd";
    const Result imported = run({"import", folder.string(), "-o", back.string()});
    ASSERT_EQ(imported.code, 0) << imported.err;
    EXPECT_EQ(imported.out.rfind("wrote " + back.string() + ": 36 devices, 9 racks, 401 links", 0), 0u)
        << imported.out;
    nlohmann::json before = info(kExample), after = info(back);
    before.erase("scenarios"); // NetBox keeps no plans
    after.erase("scenarios");
    EXPECT_EQ(after, before);
}

TEST_F(CliTest, NetboxImportReportsAnUnknownTypeAndWritesNothing) {
    const fs::path folder = dir_ / "netbox";
    ASSERT_EQ(run({"export", kExample.string(), "-o", folder.string(), "--format", "netbox"}).code, 0);
    std::string devices;
    {
        std::ifstream in(folder / "devices.csv", std::ios::binary);
        devices.assign(std::istreambuf_iterator<char>(in), {});
    }
    const std::size_t at = devices.find(",QM9700,");
    ASSERT_NE(at, std::string::npos);
    devices.replace(at, 8, ",QM9999,");
    std::ofstream(folder / "devices.csv", std::ios::binary) << devices;
    std::remove((folder / "device-types.csv").c_str());

    const fs::path out = dir_ / "back.csd";
    const Result result = run({"import", folder.string(), "-o", out.string()});
    EXPECT_EQ(result.code, 2);
    EXPECT_NE(result.err.find("devices.csv, device_type: 1 device type(s) match no catalog entry"),
              std::string::npos)
        << result.err;
    EXPECT_NE(result.err.find("'QM9999' by 'NVIDIA' (line 2)"), std::string::npos) << result.err;
    EXPECT_EQ(std::count(result.err.begin(), result.err.end(), '\n'), 1);
    EXPECT_FALSE(fs::exists(out));
}

TEST_F(CliTest, ExportAndImportRefuseUnknownFormatsAndMissingOutputs) {
    const std::vector<std::pair<std::vector<std::string>, std::string>> cases = {
        {{"export", kExample.string(), "-o", dir_.string(), "--format", "racktables"}, "unknown format"},
        {{"export", kExample.string(), "-o", (dir_ / "x.json").string(), "--site", "A"}, "--site: only for"},
        {{"import", dir_.string()}, "needs an output"},
        {{"import", dir_.string(), "-o", (dir_ / "x.svg").string()}, "unknown design format"},
        {{"import", (dir_ / "none").string(), "-o", (dir_ / "x.csd").string()}, "not a folder"},
        {{"import", dir_.string(), "-o", (dir_ / "x.csd").string()}, "no devices.csv"},
    };
    for (const auto& [args, expected] : cases) {
        const Result result = run(args);
        EXPECT_EQ(result.code, 2) << args[0];
        EXPECT_NE(result.err.find(expected), std::string::npos) << result.err;
    }
}

} // namespace
