#include "interchange/drawio_export.h"

#include "base/number_format.h"
#include "io/atomic_file.h"
#include "model/canvas_style.h"

#include <bitset>
#include <map>
#include <optional>
#include <tuple>
#include <unordered_map>

namespace cs {

namespace {

using NetworkSet = std::bitset<kNetworkCount>;

constexpr std::string_view kDevicesLayer = "devices";
// The rack frame as the canvas draws it: a light tab for the name over a translucent body.
constexpr std::string_view kRackStyle =
    "swimlane;container=1;collapsible=0;horizontal=1;html=0;fontStyle=1;"
    "align=left;spacingLeft=8;fillColor=#E2E8F0;swimlaneFillColor=#F8FAFC;"
    "strokeColor=#B6BFCC;fontColor=#1E293B;";
constexpr std::string_view kLabelColor = "#1E293B";

// Short ids keep a 20,480-GPU file small: racks r<id>, devices d<id>, cables c<first link id>, layers by
// name.
std::string layerId(Network network) {
    return std::string(networkId(network));
}

std::string cellId(char prefix, std::uint32_t id) {
    std::string text(1, prefix);
    text += std::to_string(id);
    return text;
}

std::string rackCellId(RackId rack) {
    return cellId('r', rack);
}

std::string deviceCellId(DeviceId device) {
    return cellId('d', device);
}

// The cables between two devices on one network: one edge.
struct Bundle {
    Network network = Network::Compute;
    DeviceId a = 0, b = 0;
    LinkId first = 0;
    std::size_t cables = 0;
    int gbps = 0;
    bool mixed_speeds = false;
};

std::vector<Bundle> bundles(const Design& design) {
    std::vector<Bundle> result;
    std::map<std::tuple<Network, DeviceId, DeviceId>, std::size_t> index;
    for (const Link& link : design.links().items()) {
        const auto [low, high] = std::minmax(link.a.device, link.b.device);
        auto [it, added] = index.try_emplace({link.network, low, high}, result.size());
        if (added) {
            result.push_back({link.network, link.a.device, link.b.device, link.id, 0, link.gbps, false});
        }
        Bundle& bundle = result[it->second];
        ++bundle.cables;
        bundle.mixed_speeds = bundle.mixed_speeds || bundle.gbps != link.gbps;
    }
    return result;
}

// The networks each device has a port on (a switch: the one it serves), or a cable in.
std::unordered_map<DeviceId, NetworkSet> deviceNetworks(const Design& design) {
    std::unordered_map<DeviceId, NetworkSet> networks;
    networks.reserve(design.devices().size());
    for (const Device& device : design.devices().items()) {
        NetworkSet& set = networks[device.id];
        for (const PortGroup& group : design.typeOf(device).port_groups) {
            if (const std::optional<Network> network = group.network ? group.network : device.network)
                set.set(networkIndex(*network));
        }
    }
    for (const Link& link : design.links().items()) {
        networks[link.a.device].set(networkIndex(link.network));
        networks[link.b.device].set(networkIndex(link.network));
    }
    return networks;
}

std::string colour(Rgb rgb) {
    std::string text = rgb.hex();
    text.insert(text.begin(), '#');
    return text;
}

std::string deviceStyle(DeviceCategory category) {
    const CategoryLook& look = categoryLook(category);
    return "rounded=1;arcSize=10;fillColor=" + colour(look.tint) + ";strokeColor=" + colour(look.accent) +
           ";fontColor=" + std::string(kLabelColor) + ";fontSize=11;";
}

std::string edgeStyle(const Bundle& bundle) {
    const NetworkLook& look = networkLook(bundle.network);
    std::string style = "endArrow=none;strokeColor=" + colour(look.color) + ";strokeWidth=";
    if (bundle.cables == 1)
        return style + hundredthsText(look.width_pixels) + ";";
    // A bundle draws twice as wide as one cable, its count on a label.
    return style + hundredthsText(2 * look.width_pixels) + ";fontColor=" + colour(look.color) +
           ";fontSize=10;labelBackgroundColor=#FFFFFF;";
}

std::string bundleLabel(const Bundle& bundle) {
    if (bundle.cables == 1)
        return {};
    if (bundle.mixed_speeds)
        return std::to_string(bundle.cables) + " cables";
    return std::to_string(bundle.cables) + " × " + std::to_string(bundle.gbps) + "G";
}

class PageBuilder {
public:
    explicit PageBuilder(const Design& design)
        : design_(design)
        , networks_(deviceNetworks(design))
        , bundles_(bundles(design)) {
        for (const RackFrame& frame : rackFrames(design))
            frames_.emplace(frame.rack, frame);
    }

    // The page of one network, or of all of them.
    DrawioPage page(std::optional<Network> only) const {
        DrawioPage page;
        page.id = only ? "page-" + std::string(networkId(*only)) : "page-all";
        page.name = only ? std::string(networkLabel(*only)) : "All networks";
        const auto shows = [&](Network network) { return !only || *only == network; };
        const auto showsDevice = [&](const Device& device) {
            return !only || networks_.at(device.id).test(networkIndex(*only));
        };

        page.cells.push_back({DrawioCell::Kind::Layer,
                              std::string(kDevicesLayer),
                              "0",
                              "Racks and devices",
                              "",
                              {},
                              {},
                              {},
                              {}});
        for (Network network : kNetworks) {
            if (shows(network))
                page.cells.push_back({DrawioCell::Kind::Layer,
                                      layerId(network),
                                      "0",
                                      std::string(networkLabel(network)),
                                      "",
                                      {},
                                      {},
                                      {},
                                      {}});
        }

        std::unordered_map<RackId, std::size_t> shownPerRack;
        for (const Device& device : design_.devices().items()) {
            if (device.rack != kNoRack && showsDevice(device))
                ++shownPerRack[device.rack];
        }
        for (const Rack& rack : design_.racks().items()) {
            auto frame = frames_.find(rack.id);
            if (frame == frames_.end() || (only && !shownPerRack.contains(rack.id)))
                continue;
            page.cells.push_back(
                {DrawioCell::Kind::Container,
                 rackCellId(rack.id),
                 std::string(kDevicesLayer),
                 rack.name,
                 std::string(kRackStyle) + "startSize=" + hundredthsText(kRackHeader) + ";",
                 frame->second.frame,
                 {},
                 {},
                 {{"max_kw", hundredthsText(rack.max_kw)}, {"height_u", std::to_string(rack.height_u)}}});
        }

        for (const Device& device : design_.devices().items()) {
            if (showsDevice(device))
                page.cells.push_back(deviceCell(device));
        }
        for (const Bundle& bundle : bundles_) {
            if (!shows(bundle.network))
                continue;
            // The layer says the network; a bundle's data says how many cables it is.
            std::vector<std::pair<std::string, std::string>> data;
            if (bundle.cables > 1)
                data = {{"cables", std::to_string(bundle.cables)}};
            if (bundle.cables > 1 && !bundle.mixed_speeds)
                data.emplace_back("gbps", std::to_string(bundle.gbps));
            page.cells.push_back({DrawioCell::Kind::Edge,
                                  cellId('c', bundle.first),
                                  layerId(bundle.network),
                                  bundleLabel(bundle),
                                  edgeStyle(bundle),
                                  {},
                                  deviceCellId(bundle.a),
                                  deviceCellId(bundle.b),
                                  std::move(data)});
        }
        return page;
    }

private:
    DrawioCell deviceCell(const Device& device) const {
        const DeviceType& type = design_.typeOf(device);
        DrawioCell cell{DrawioCell::Kind::Vertex,
                        deviceCellId(device.id),
                        std::string(kDevicesLayer),
                        device.name + "\n" + (type.model.empty() ? type.name : type.model),
                        deviceStyle(type.category),
                        deviceBox(design_, device),
                        {},
                        {},
                        {{"type", device.type}}};
        if (auto frame = frames_.find(device.rack); frame != frames_.end()) {
            // Inside its rack's container, relative to the container's corner.
            cell.parent = rackCellId(device.rack);
            cell.geometry.x -= frame->second.frame.x;
            cell.geometry.y -= frame->second.frame.y;
        }
        if (const Rack* rack = design_.racks().find(device.rack)) {
            cell.data.emplace_back("rack", rack->name);
            if (device.rack_u > 0)
                cell.data.emplace_back("rack_u", std::to_string(device.rack_u));
        }
        if (device.network)
            cell.data.emplace_back("network", std::string(networkId(*device.network)));
        if (!device.role.empty())
            cell.data.emplace_back("role", device.role);
        return cell;
    }

    const Design& design_;
    std::unordered_map<DeviceId, NetworkSet> networks_;
    std::vector<Bundle> bundles_;
    std::unordered_map<RackId, RackFrame> frames_;
};

// Text for an XML attribute value: markup characters escaped, line breaks kept as character references, the
// control characters XML 1.0 does not allow left out.
void appendEscaped(std::string& out, std::string_view text) {
    for (char c : text) {
        switch (c) {
        case '&':
            out += "&amp;";
            break;
        case '<':
            out += "&lt;";
            break;
        case '>':
            out += "&gt;";
            break;
        case '"':
            out += "&quot;";
            break;
        case '\n':
            out += "&#10;";
            break;
        case '\t':
            out += "&#9;";
            break;
        default:
            if (static_cast<unsigned char>(c) >= 0x20)
                out += c;
        }
    }
}

void appendAttribute(std::string& out, std::string_view name, std::string_view value) {
    out += ' ';
    out += name;
    out += "=\"";
    appendEscaped(out, value);
    out += '"';
}

void appendCell(std::string& out, const DrawioCell& cell) {
    // A cell with data is an <object> holding the label, the id and the data around its <mxCell>.
    const bool object = !cell.data.empty();
    if (object) {
        out += "<object";
        appendAttribute(out, "label", cell.value);
        appendAttribute(out, "id", cell.id);
        for (const auto& [key, value] : cell.data)
            appendAttribute(out, key, value);
        out += "><mxCell";
    } else {
        out += "<mxCell";
        appendAttribute(out, "id", cell.id);
        if (!cell.value.empty())
            appendAttribute(out, "value", cell.value);
    }
    if (!cell.style.empty())
        appendAttribute(out, "style", cell.style);
    switch (cell.kind) {
    case DrawioCell::Kind::Layer:
        appendAttribute(out, "parent", cell.parent);
        out += "/>\n";
        return;
    case DrawioCell::Kind::Container:
    case DrawioCell::Kind::Vertex:
        appendAttribute(out, "vertex", "1");
        appendAttribute(out, "parent", cell.parent);
        out += "><mxGeometry";
        appendAttribute(out, "x", hundredthsText(cell.geometry.x));
        appendAttribute(out, "y", hundredthsText(cell.geometry.y));
        appendAttribute(out, "width", hundredthsText(cell.geometry.width));
        appendAttribute(out, "height", hundredthsText(cell.geometry.height));
        out += " as=\"geometry\"/></mxCell>";
        break;
    case DrawioCell::Kind::Edge:
        appendAttribute(out, "edge", "1");
        appendAttribute(out, "parent", cell.parent);
        appendAttribute(out, "source", cell.source);
        appendAttribute(out, "target", cell.target);
        out += "><mxGeometry relative=\"1\" as=\"geometry\"/></mxCell>";
        break;
    }
    out += object ? "</object>\n" : "\n";
}

} // namespace

std::vector<DrawioPage> drawioPages(const Design& design) {
    const PageBuilder builder(design);
    std::vector<DrawioPage> pages;
    pages.push_back(builder.page(std::nullopt));
    for (Network network : kNetworks)
        pages.push_back(builder.page(network));
    return pages;
}

std::string drawioXml(const std::vector<DrawioPage>& pages) {
    // About 200 bytes a cell.
    std::size_t cells = 0;
    for (const DrawioPage& page : pages)
        cells += page.cells.size();
    std::string out;
    out.reserve(200 * cells + 1024);
    out += "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<mxfile host=\"ClusterStudio\">\n";
    for (const DrawioPage& page : pages) {
        out += "<diagram";
        appendAttribute(out, "id", page.id);
        appendAttribute(out, "name", page.name);
        out += ">\n<mxGraphModel grid=\"1\" gridSize=\"10\" guides=\"1\" tooltips=\"1\" connect=\"1\" "
               "arrows=\"0\" "
               "fold=\"1\" page=\"0\" pageScale=\"1\" math=\"0\" shadow=\"0\">\n<root>\n<mxCell id=\"0\"/>\n";
        for (const DrawioCell& cell : page.cells)
            appendCell(out, cell);
        out += "</root>\n</mxGraphModel>\n</diagram>\n";
    }
    out += "</mxfile>\n";
    return out;
}

void writeDrawio(const Design& design, const std::filesystem::path& path) {
    writeFileAtomically(path, drawioXml(drawioPages(design)));
}

} // namespace cs
