#include "interchange/drawio_export.h"
#include "model/design_summary.h"
#include "test_support.h"

#include <map>
#include <set>

namespace cs::test {
namespace {

const fs::path kExample = kCatalogDir / "examples" / "training-128gpu.json";

std::size_t count(const DrawioPage& page, DrawioCell::Kind kind) {
    return static_cast<std::size_t>(std::count_if(page.cells.begin(), page.cells.end(),
                                                  [&](const DrawioCell& cell) { return cell.kind == kind; }));
}

// The cables an edge stands for: its bundle's count, else one.
std::size_t cablesOf(const DrawioCell& edge) {
    for (const auto& [key, value] : edge.data) {
        if (key == "cables")
            return std::stoul(value);
    }
    return 1;
}

const DrawioCell& cell(const DrawioPage& page, std::string_view id) {
    for (const DrawioCell& each : page.cells) {
        if (each.id == id)
            return each;
    }
    throw std::logic_error("no cell " + std::string(id));
}

TEST(DrawioExport, OnePageWithEveryNetworkThenOnePerNetwork) {
    const std::vector<DrawioPage> pages = drawioPages(readDesign(kExample, library()));
    ASSERT_EQ(pages.size(), 1 + kNetworkCount);
    EXPECT_EQ(pages[0].name, "All networks");
    EXPECT_EQ(count(pages[0], DrawioCell::Kind::Layer),
              1 + kNetworkCount); // racks and devices, then networks
    for (std::size_t i = 0; i < kNetworkCount; ++i) {
        EXPECT_EQ(pages[i + 1].name, networkLabel(kNetworks[i]));
        EXPECT_EQ(count(pages[i + 1], DrawioCell::Kind::Layer), 2u);
    }
}

TEST(DrawioExport, TheAllNetworksPageHoldsEveryDeviceRackAndCable) {
    const Design design = readDesign(kExample, library());
    const DesignSummary summary = summarize(design);
    const DrawioPage page = drawioPages(design).front();
    EXPECT_EQ(count(page, DrawioCell::Kind::Vertex), summary.devices);
    EXPECT_EQ(count(page, DrawioCell::Kind::Container), rackFrames(design).size());
    EXPECT_EQ(count(page, DrawioCell::Kind::Container), summary.racks); // the example frames every rack

    std::map<std::string, std::size_t> cablesByLayer;
    std::set<std::string> ids = {"0"};
    for (const DrawioCell& each : page.cells) {
        EXPECT_TRUE(ids.contains(each.parent)) << each.id << ": its parent comes first";
        EXPECT_TRUE(ids.insert(each.id).second) << each.id << ": ids are unique";
        if (each.kind == DrawioCell::Kind::Edge) {
            cablesByLayer[each.parent] += cablesOf(each);
            EXPECT_EQ(cell(page, each.source).kind, DrawioCell::Kind::Vertex);
            EXPECT_EQ(cell(page, each.target).kind, DrawioCell::Kind::Vertex);
        }
    }
    for (Network network : kNetworks)
        EXPECT_EQ(cablesByLayer[std::string(networkId(network))],
                  summary.links_by_network[networkIndex(network)])
            << networkId(network);
}

TEST(DrawioExport, ANetworksPageShowsTheDevicesWithAPortOnIt) {
    const Design design = readDesign(kExample, library());
    const std::vector<DrawioPage> pages = drawioPages(design);
    for (Network network : kNetworks) {
        std::size_t expected = 0;
        for (const Device& device : design.devices().items()) {
            bool on = device.network == network;
            for (const PortGroup& group : design.typeOf(device).port_groups)
                on = on || group.network == network;
            expected += on ? 1 : 0;
        }
        const DrawioPage& page = pages[1 + networkIndex(network)];
        EXPECT_EQ(count(page, DrawioCell::Kind::Vertex), expected) << networkId(network);
        std::size_t cables = 0;
        for (const DrawioCell& each : page.cells)
            cables += each.kind == DrawioCell::Kind::Edge ? cablesOf(each) : 0;
        EXPECT_EQ(cables, summarize(design).links_by_network[networkIndex(network)]);
    }
    // Compute: the 16 GPU servers and 6 InfiniBand switches; their racks, not the storage rack.
    EXPECT_EQ(count(pages[1 + networkIndex(Network::Compute)], DrawioCell::Kind::Vertex), 22u);
}

TEST(DrawioExport, DevicesSitInTheirRackWhereTheCanvasDrawsThem) {
    const Design design = smallDesign();
    const DrawioPage page = drawioPages(design).front();
    const DrawioCell& rack = cell(page, "r1");
    EXPECT_EQ(rack.kind, DrawioCell::Kind::Container);
    EXPECT_EQ(rack.geometry, rackFrames(design).front().frame);
    EXPECT_NE(rack.style.find("container=1"), std::string::npos);

    const DrawioCell& gpu = cell(page, "d2"); // gpu-02 at (240, 100), in R1
    EXPECT_EQ(gpu.parent, "r1");
    EXPECT_EQ(gpu.geometry.x, 240 - rack.geometry.x);
    EXPECT_EQ(gpu.geometry.y, 100 - rack.geometry.y);
    EXPECT_EQ(gpu.value, "gpu-02\nDGX H100");
    const DrawioCell& login = cell(page, "d4"); // in no rack: on the layer, absolute
    EXPECT_EQ(login.parent, "devices");
    EXPECT_EQ(login.geometry, deviceBox(design, *design.devices().find(4)));
}

TEST(DrawioExport, ParallelCablesBetweenTwoDevicesAreOneLabelledEdge) {
    Design design = smallDesign();
    for (std::uint16_t port = 1; port < 4; ++port)
        design.apply({Add<Link>{Link{
            LinkId(10 + port), {1, port}, {3, std::uint16_t(10 + port)}, Network::Compute, 400, "", 0}}});
    const DrawioPage page = drawioPages(design).front();
    const DrawioCell& bundle = cell(page, "c1"); // gpu-01 to leaf-1: link 1 and the three new ones
    EXPECT_EQ(bundle.value, "4 × 400G");
    EXPECT_EQ(cablesOf(bundle), 4u);
    EXPECT_NE(bundle.style.find("strokeWidth=3.2"), std::string::npos); // twice the compute line
    EXPECT_EQ(count(page, DrawioCell::Kind::Edge), 2u);                 // and gpu-02's single cable
    EXPECT_EQ(cell(page, "c2").value, "");
}

TEST(DrawioExport, TheFileIsUncompressedMxGraphXmlWithEscapedText) {
    Design design = smallDesign();
    Device device = *design.devices().find(4);
    device.name = "login <1> & \"2\"";
    design.apply({Update<Device>{device}});
    const std::string xml = drawioXml(drawioPages(design));
    EXPECT_EQ(xml.rfind("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<mxfile", 0), 0u);
    EXPECT_NE(xml.find("<diagram id=\"page-all\" name=\"All networks\">\n<mxGraphModel "), std::string::npos);
    EXPECT_NE(xml.find("<root>\n<mxCell id=\"0\"/>\n<mxCell id=\"devices\" value=\"Racks and devices\" "
                       "parent=\"0\"/>\n"),
              std::string::npos);
    EXPECT_NE(xml.find("label=\"login &lt;1&gt; &amp; &quot;2&quot;&#10;R660\""), std::string::npos);
    EXPECT_NE(xml.find("<mxGeometry x=\"480\" y=\"100\" width=\"160\" height=\"56\" as=\"geometry\"/>"),
              std::string::npos);
    std::size_t diagrams = 0;
    for (std::size_t at = xml.find("<diagram "); at != std::string::npos; at = xml.find("<diagram ", at + 1))
        ++diagrams;
    EXPECT_EQ(diagrams, 1 + kNetworkCount);
    EXPECT_EQ(xml.substr(xml.size() - 10), "</mxfile>\n");
}

} // namespace
} // namespace cs::test
