#include "cli_test_support.h"
#include "model/network.h"

#include <QFile>
#include <QXmlStreamReader>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <set>

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
    std::set<std::string> ids;                  // of the cells read so far
};

// The mxGraph model's rules draw.io relies on: the root cell "0" first, every id once per page, a cell's
// parent (and an edge's ends) defined before it, vertices and edges with a geometry. "" when they hold.
std::string mxGraphFault(QXmlStreamReader& xml, DrawioCounts& page, const QXmlStreamAttributes& cell,
                         const QString& id) {
    const std::string name = id.toStdString();
    if (page.ids.empty()) {
        page.ids.insert(name);
        return name == "0" && !cell.hasAttribute("parent") ? "" : "the first cell is not the root \"0\"";
    }
    if (name.empty() || !page.ids.insert(name).second)
        return "cell id '" + name + "' is empty or repeated";
    for (const char* reference : {"parent", "source", "target"}) {
        if (cell.hasAttribute(reference) &&
            !page.ids.contains(cell.value(reference).toString().toStdString()))
            return "cell " + name + ": " + reference + " '" + cell.value(reference).toString().toStdString() +
                   "' is no earlier cell";
    }
    if (!cell.hasAttribute("parent"))
        return "cell " + name + " has no parent";
    if (cell.value("vertex") == u"1" || cell.value("edge") == u"1") {
        xml.readNextStartElement();
        if (xml.name() != u"mxGeometry" || xml.attributes().value("as") != u"geometry")
            return "cell " + name + " has no geometry";
    }
    return "";
}

std::vector<DrawioCounts> readDrawio(const fs::path& path, std::string* error) {
    QFile file(QString::fromStdString(path.string()));
    if (!file.open(QIODevice::ReadOnly)) {
        *error = "cannot open";
        return {};
    }
    QXmlStreamReader xml(&file);
    std::vector<DrawioCounts> pages;
    int cables = 1;   // of the <object> around the next <mxCell>
    QString objectId; // an <object> holds its cell's id
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const auto attributes = xml.attributes();
        if (xml.name() == u"diagram") {
            pages.push_back({attributes.value("name").toString().toStdString()});
        } else if (xml.name() == u"object") {
            cables = attributes.hasAttribute("cables") ? attributes.value("cables").toInt() : 1;
            objectId = attributes.value("id").toString();
        } else if (xml.name() == u"mxCell" && !pages.empty()) {
            DrawioCounts& page = pages.back();
            const QString id = attributes.hasAttribute("id") ? attributes.value("id").toString() : objectId;
            objectId.clear();
            if (std::string fault = mxGraphFault(xml, page, attributes, id); !fault.empty()) {
                *error = page.name + ": " + fault;
                return pages;
            }
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
    ASSERT_EQ(pages.size(), 1 + cs::kNetworkCount) << "one page with all networks, then one per network";
    EXPECT_EQ(pages[0].name, "All networks");
    EXPECT_EQ(pages[0].layers, static_cast<int>(cs::kNetworkCount) + 1)
        << "the devices, then a layer per network";
    EXPECT_EQ(pages[0].devices, summary["devices"]["total"].get<int>());
    EXPECT_EQ(pages[0].containers, summary["racks"].get<int>());
    for (const auto& item : summary["links"]["by_network"].items()) {
        const std::string network = item.key(); // a named copy: clang 14's lambdas cannot capture a binding
        const int links = item.value().get<int>();
        if (links == 0)
            continue; // a network the design does not cable (the example's scale-up)
        EXPECT_EQ(pages[0].cables_by_layer.at(network), links) << network;
        const auto page = std::find_if(pages.begin() + 1, pages.end(), [&](const DrawioCounts& each) {
            return each.cables_by_layer.contains(network);
        });
        ASSERT_NE(page, pages.end()) << network;
        EXPECT_EQ(page->layers, 2);
        EXPECT_EQ(page->cables_by_layer.at(network), links) << network;
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

TEST_F(CliTest, NetboxImportNamesTheFileLineAndColumnOfABadValue) {
    const fs::path folder = dir_ / "netbox";
    // A site name without a comma: no field of cables.csv is quoted, so the test can split records at commas.
    ASSERT_EQ(
        run({"export", kExample.string(), "-o", folder.string(), "--format", "netbox", "--site", "hall"})
            .code,
        0);
    std::string cables;
    {
        std::ifstream in(folder / "cables.csv", std::ios::binary);
        cables.assign(std::istreambuf_iterator<char>(in), {});
    }
    // The third record's length (line 4; the header says which column that is).
    std::vector<std::string> lines;
    for (std::size_t at = 0; at < cables.size();) {
        const std::size_t end = cables.find('\n', at);
        lines.push_back(cables.substr(at, end - at + 1));
        at = end + 1;
    }
    ASSERT_GT(lines.size(), 4u);
    const auto fieldStart = [](const std::string& line, std::size_t index) {
        std::size_t at = 0;
        for (std::size_t i = 0; i < index; ++i)
            at = line.find(',', at) + 1;
        return at;
    };
    const std::string header = "," + lines[0].substr(0, lines[0].find_first_of("\r\n")) + ",";
    const std::size_t column =
        static_cast<std::size_t>(std::count(header.begin(), header.begin() + header.find(",length,"), ','));
    const std::size_t from = fieldStart(lines[3], column), to = lines[3].find(',', from);
    lines[3].replace(from, to - from, "long");
    std::ofstream out(folder / "cables.csv", std::ios::binary);
    for (const std::string& line : lines)
        out << line;
    out.close();

    const Result result = run({"import", folder.string(), "-o", (dir_ / "back.csd").string()});
    EXPECT_EQ(result.code, 2);
    EXPECT_NE(result.err.find("cables.csv line 4, length: 'long' is not a number"), std::string::npos)
        << result.err;
    EXPECT_FALSE(fs::exists(dir_ / "back.csd"));
}

TEST_F(CliTest, ExportsRackElevationsAsPdfAndSvg) {
    const fs::path pdf = dir_ / "racks.pdf", svg = dir_ / "racks.svg";
    const Result pages = run({"export", kExample.string(), "-o", pdf.string(), "--format", "elevations"});
    ASSERT_EQ(pages.code, 0) << pages.err;
    EXPECT_NE(pages.out.find("(4 pages)"), std::string::npos) << pages.out; // the example's four rows
    EXPECT_GT(fs::file_size(pdf), 1000u);
    const Result rows = run({"export", kExample.string(), "-o", svg.string(), "--format", "elevations"});
    ASSERT_EQ(rows.code, 0) << rows.err;
    std::ifstream in(svg);
    const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    EXPECT_NE(text.find("gpu-16"), std::string::npos);
    EXPECT_NE(text.find("ib-spine-1"), std::string::npos);
    const Result png =
        run({"export", kExample.string(), "-o", (dir_ / "racks.png").string(), "--format", "elevations"});
    EXPECT_EQ(png.code, 2);
    EXPECT_NE(png.err.find("written as .pdf or .svg"), std::string::npos) << png.err;
    EXPECT_FALSE(fs::exists(dir_ / "racks.png"));
}

TEST_F(CliTest, ExportsTheFloorPlanAsPdfAndSvg) {
    const fs::path pdf = dir_ / "plan.pdf", svg = dir_ / "plan.svg";
    const Result pages = run({"export", kExample.string(), "-o", pdf.string(), "--format", "floorplan"});
    ASSERT_EQ(pages.code, 0) << pages.err;
    EXPECT_NE(pages.out.find("(1 pages)"), std::string::npos) << pages.out; // the example's hall fits a page
    std::ifstream pdfIn(pdf, std::ios::binary);
    std::string head(5, '\0');
    pdfIn.read(head.data(), 5);
    EXPECT_EQ(head, "%PDF-");
    EXPECT_GT(fs::file_size(pdf), 1000u);
    const Result drawing = run({"export", kExample.string(), "-o", svg.string(), "--format", "floorplan"});
    ASSERT_EQ(drawing.code, 0) << drawing.err;
    std::ifstream in(svg);
    const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    EXPECT_NE(text.find("<svg"), std::string::npos);
    EXPECT_NE(text.find("Cold aisle"), std::string::npos);
    EXPECT_NE(text.find("Row 4"), std::string::npos);
    // Another extension, or a place that cannot be written: exit 2, nothing left behind.
    const Result png =
        run({"export", kExample.string(), "-o", (dir_ / "plan.png").string(), "--format", "floorplan"});
    EXPECT_EQ(png.code, 2);
    EXPECT_NE(png.err.find("written as .pdf, .svg or .json"), std::string::npos) << png.err;
    EXPECT_FALSE(fs::exists(dir_ / "plan.png"));
    const fs::path unwritable = dir_ / "no-such-folder" / "plan.pdf";
    const Result nowhere =
        run({"export", kExample.string(), "-o", unwritable.string(), "--format", "floorplan"});
    EXPECT_EQ(nowhere.code, 2);
    EXPECT_NE(nowhere.err.find("plan.pdf"), std::string::npos) << nowhere.err;
    EXPECT_FALSE(fs::exists(unwritable));
    // The figures as JSON: every rack once, the rows' totals adding up to the hall's.
    const fs::path json = dir_ / "plan.json";
    const Result figures = run({"export", kExample.string(), "-o", json.string(), "--format", "floorplan"});
    ASSERT_EQ(figures.code, 0) << figures.err;
    EXPECT_NE(figures.out.find("(9 racks in 4 rows)"), std::string::npos) << figures.out;
    const auto layout = nlohmann::json::parse(std::ifstream(json));
    int gpus = 0, racks = 0;
    for (const auto& row : layout["rows"]) {
        gpus += row["gpus"].get<int>();
        racks += static_cast<int>(row["racks"].size());
    }
    EXPECT_EQ(gpus, 128);
    EXPECT_EQ(racks, layout["racks"].get<int>());
    EXPECT_EQ(layout["aisles"][0]["kind"], "cold");
    EXPECT_EQ(layout["aisles"][1]["kind"], "hot");
    // A design without racks has no floor to draw.
    const fs::path empty = dir_ / "empty.json";
    std::ofstream(empty) << R"({"format": "cluster-studio-design", "format_version": 1, "name": "empty hall",
                        "devices": [], "links": [], "racks": [], "scenarios": []})";
    const Result bare =
        run({"export", empty.string(), "-o", pdf.string() + ".2.pdf", "--format", "floorplan"});
    EXPECT_EQ(bare.code, 2);
    EXPECT_NE(bare.err.find("no rack to draw"), std::string::npos) << bare.err;
    EXPECT_FALSE(fs::exists(pdf.string() + ".2.pdf"));
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
