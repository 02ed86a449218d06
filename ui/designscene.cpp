#include "designscene.h"

#include "analysis/link_heat.h"
#include "blocklayeritem.h"
#include "bundlelabelsitem.h"
#include "cablegeometry.h"
#include "deviceitem.h"
#include "document.h"
#include "heatoverlay.h"
#include "heatstyle.h"
#include "linklayeritem.h"
#include "model/aggregate_view.h"
#include "model/cable_routes.h"
#include "model/canvas_geometry.h"
#include "model/rack_usage.h"
#include "rackcaption.h"
#include "rackitem.h"

#include <QCoreApplication>
#include <QGraphicsPathItem>
#include <QGraphicsSceneHelpEvent>
#include <QGraphicsView>
#include <QLocale>
#include <QPainter>
#include <QPen>
#include <QToolTip>
#include <algorithm>
#include <cmath>
#include <limits>

namespace cs {

namespace {

// Stacking, bottom to top: cables, their bundles' labels, rack frames (translucent, their name tabs above the
// cables), devices, the selected cables.
constexpr qreal kCableZ = -2;
constexpr qreal kBundleLabelsZ = -1.9; // above every network's cables
constexpr qreal kLinkMarkerZ = -1.5;   // over the cables, under the racks' tabs
constexpr qreal kRackZ = -1;
constexpr qreal kDeviceZ = 0;
constexpr qreal kSelectedLinksZ = 1;
constexpr qreal kBlocksZ = 2; // collapsed blocks cover what stands where they are

constexpr qreal kSceneMargin = 160;
constexpr QRectF kEmptyScene(0, 0, 1200, 800);
constexpr qreal kCableHoverPixels = 4; // how near the pointer must be to a cable for its heat tooltip

// Cables and racks are rebuilt this long after the last change: routing the 93,019 cables of the 20,480-GPU
// design and redrawing them takes about 0.2 s (bench_cable_routes, bench_studio), so a drag moves only its
// own cables, straight, and the routes come back when the drag pauses.
constexpr int kGeometryRefreshMs = 120;
constexpr int kRoutingPollMs = 50; // how often the canvas looks for the worker's routes

QPen selectedLinkPen() {
    QPen pen(QColor(0x25, 0x63, 0xEB), 4);
    pen.setCosmetic(true);
    return pen;
}

// The cable under the pointer: the selection's blue, lighter and thinner, below the selection.
QPen hoveredLinkPen() {
    QPen pen(QColor(0x25, 0x63, 0xEB, 0x8C), 3);
    pen.setCosmetic(true);
    return pen;
}
constexpr qreal kHoveredLinkZ = 0.9;

// A cable with a finding: a dashed stroke in the severity's colour on a white casing, which stands out from
// every network's colour (the compute cables are red-orange themselves).
constexpr qreal kLinkMarkerPixels = 3;
constexpr qreal kLinkCasingPixels = 7;

// A cable that is down in the what-if: a dark red, finer dash, above the findings' halos.
const QColor kLinkDownColor(0x99, 0x1B, 0x1B);
constexpr qreal kLinkDownZ = -1.4;

class LinkMarkerItem final : public QGraphicsPathItem {
public:
    explicit LinkMarkerItem(Severity severity)
        : LinkMarkerItem(severity == Severity::Error ? QColor(0xDC, 0x26, 0x26) : QColor(0xD9, 0x77, 0x06),
                         Qt::DashLine, kLinkMarkerZ) {}
    LinkMarkerItem(const QColor& color, Qt::PenStyle style, qreal z) {
        QPen pen(color, kLinkMarkerPixels, style, Qt::FlatCap);
        pen.setCosmetic(true);
        setPen(pen);
        setZValue(z);
        setAcceptedMouseButtons(Qt::NoButton);
    }

    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override {
        static const QPen casing = [] {
            QPen pen(QColor(0xFF, 0xFF, 0xFF, 230), kLinkCasingPixels, Qt::SolidLine, Qt::RoundCap);
            pen.setCosmetic(true);
            return pen;
        }();
        painter->strokePath(path(), casing);
        QGraphicsPathItem::paint(painter, option, widget);
    }
};

// The parent of one block's cards and frames: hiding it hides them in one step, and the scene skips their
// drawing while it is hidden.
class BlockGroupItem final : public QGraphicsItem {
public:
    BlockGroupItem() { setFlag(ItemHasNoContents); }
    QRectF boundingRect() const override { return {}; }
    void paint(QPainter*, const QStyleOptionGraphicsItem*, QWidget*) override {}
};

} // namespace

DesignScene::DesignScene(const Design& design, bool aggregated, QObject* parent)
    : QGraphicsScene(parent)
    , design_(design)
    , selected_links_item_(new QGraphicsPathItem)
    , hovered_link_item_(new QGraphicsPathItem)
    , error_links_item_(new LinkMarkerItem(Severity::Error))
    , warning_links_item_(new LinkMarkerItem(Severity::Warning))
    , links_down_item_(new LinkMarkerItem(kLinkDownColor, Qt::DotLine, kLinkDownZ)) {
    // Near, a fixed rect and a BSP index: point and area queries stay fast with tens of thousands of devices.
    // From afar, no index: a repaint walks the few hundred blocks, not the hidden devices in the index.
    aggregated_ = far_ = aggregated;
    setItemIndexMethod(far_ ? NoIndex : BspTreeIndex);

    block_layer_ = new BlockLayerItem;
    block_layer_->setZValue(kBlocksZ);
    addItem(block_layer_);
    if (aggregated_)
        rebuildBlocks();
    device_items_.reserve(design.devices().size());
    for (std::size_t i = 0; i < design.devices().size(); ++i)
        addDevice(design.devices().items()[i], aggregated_ ? block_groups_[aggregate_->blockOf(i)] : nullptr);
    for (Network network : kNetworks) {
        auto* layer = new LinkLayerItem(network);
        // Within the cables, compute on top: it is the fabric the diagram is about.
        layer->setZValue(kCableZ - 0.1 * static_cast<qreal>(networkIndex(network)) / kNetworkCount);
        addItem(layer);
        link_layers_[networkIndex(network)] = layer;
    }
    bundle_labels_ = new BundleLabelsItem(link_layers_);
    bundle_labels_->setZValue(kBundleLabelsZ);
    addItem(bundle_labels_);
    if (far_)
        cables_dirty_ = true; // routed once shown
    else
        rebuildCables();
    rebuildRacks();
    selected_links_item_->setPen(selectedLinkPen());
    selected_links_item_->setZValue(kSelectedLinksZ);
    selected_links_item_->setAcceptedMouseButtons(Qt::NoButton);
    addItem(selected_links_item_);
    hovered_link_item_->setPen(hoveredLinkPen());
    hovered_link_item_->setZValue(kHoveredLinkZ);
    hovered_link_item_->setAcceptedMouseButtons(Qt::NoButton);
    addItem(hovered_link_item_);
    addItem(error_links_item_);
    addItem(warning_links_item_);
    addItem(links_down_item_);
    applyCableVisibility();
    applyCollapse();

    const QRectF bounds = itemsBoundingRect();
    setSceneRect(bounds.isEmpty()
                     ? kEmptyScene
                     : bounds.adjusted(-kSceneMargin, -kSceneMargin, kSceneMargin, kSceneMargin));

    geometry_timer_.setSingleShot(true);
    geometry_timer_.setInterval(kGeometryRefreshMs);
    connect(&geometry_timer_, &QTimer::timeout, this, [this] { refreshGeometry(true); });
    routing_poll_.setInterval(kRoutingPollMs);
    connect(&routing_poll_, &QTimer::timeout, this, &DesignScene::takeRoutes);
}

DesignScene::~DesignScene() {
    if (routing_.valid())
        routing_.wait(); // the worker reads its own copy of the design; it only has to end
}

void DesignScene::cacheCableLayers() {
    for (LinkLayerItem* layer : link_layers_)
        layer->setCached(true);
}

DeviceItem* DesignScene::deviceItem(DeviceId id) const {
    auto it = device_items_.find(id);
    return it == device_items_.end() ? nullptr : it->second;
}

DeviceItem* DesignScene::deviceAt(QPointF scenePoint) const {
    for (QGraphicsItem* item : items(scenePoint)) {
        if (auto* device = qgraphicsitem_cast<DeviceItem*>(item))
            return device;
    }
    return nullptr;
}

std::optional<RackId> DesignScene::rackAt(QPointF scenePoint) const {
    for (QGraphicsItem* item : items(scenePoint)) {
        if (const auto* rack = qgraphicsitem_cast<const RackItem*>(item))
            return rack->rackId();
    }
    return std::nullopt;
}

RackItem* DesignScene::rackItem(RackId id) const {
    const auto it =
        std::ranges::find_if(rack_items_, [id](const RackItem* item) { return item->rackId() == id; });
    return it == rack_items_.end() ? nullptr : *it;
}

std::vector<DeviceId> DesignScene::devicesIn(const QRectF& rect) const {
    std::vector<DeviceId> found;
    for (QGraphicsItem* item : items(rect, Qt::IntersectsItemBoundingRect)) {
        if (const auto* device = qgraphicsitem_cast<const DeviceItem*>(item))
            found.push_back(device->deviceId());
    }
    // A collapsed block stands for its devices.
    for (std::size_t b = 0; aggregate_ && b < aggregate_->blocks.size(); ++b) {
        const auto touches = [&rect](const Box& part) {
            return rect.intersects(QRectF(part.x, part.y, part.width, part.height));
        };
        if (block_layer_->isCollapsed(b) && std::ranges::any_of(aggregate_->blocks[b].parts, touches)) {
            const std::vector<DeviceId> devices = blockDevices(b);
            found.insert(found.end(), devices.begin(), devices.end());
        }
    }
    return found;
}

std::optional<std::size_t> DesignScene::collapsedBlockAt(QPointF scenePoint) const {
    return block_layer_->collapsedBlockAt(scenePoint);
}

std::optional<std::size_t> DesignScene::blockOf(DeviceId device) const {
    const DeviceItem* item = deviceItem(device);
    const auto it = item ? std::ranges::find(block_groups_, item->parentItem()) : block_groups_.end();
    if (it == block_groups_.end())
        return std::nullopt;
    return static_cast<std::size_t>(it - block_groups_.begin());
}

std::vector<DeviceId> DesignScene::blockDevices(std::size_t block) const {
    std::vector<DeviceId> devices;
    if (block >= block_groups_.size())
        return devices;
    for (QGraphicsItem* child : block_groups_[block]->childItems()) {
        if (const auto* device = qgraphicsitem_cast<const DeviceItem*>(child))
            devices.push_back(device->deviceId());
    }
    return devices;
}

void DesignScene::setBlockCollapsed(std::size_t block, bool collapsed) {
    if (block >= block_keys_.size())
        return;
    block_overrides_[block_keys_[block]] = collapsed;
    applyCollapse();
}

void DesignScene::resetBlocks() {
    block_overrides_.clear();
    applyCollapse();
}

void DesignScene::setFar(bool far) {
    if (far == far_ || !aggregated_)
        return;
    far_ = far;
    rerouting_ = rerouting_ && !far_; // from afar, the cables wait until they are shown
    setItemIndexMethod(far_ ? NoIndex : BspTreeIndex);
    if (!far_ && cables_dirty_)
        refreshGeometry(true);
    applyCableVisibility();
    applyCollapse();
}

void DesignScene::rebuildBlocks() {
    auto view = std::make_shared<AggregateView>(cs::aggregateView(design_, rackFrames(design_)));
    while (block_groups_.size() < view->blocks.size()) {
        auto* group = new BlockGroupItem;
        addItem(group);
        block_groups_.push_back(group);
    }
    const std::vector<Device>& devices = design_.devices().items();
    block_keys_.assign(view->blocks.size(), std::numeric_limits<DeviceId>::max());
    rack_blocks_.clear();
    for (std::size_t i = 0; i < devices.size(); ++i) {
        const std::size_t block = view->blockOf(i);
        block_keys_[block] = std::min(block_keys_[block], devices[i].id);
        if (DeviceItem* item = deviceItem(devices[i].id); item && item->parentItem() != block_groups_[block])
            item->setParentItem(block_groups_[block]);
        if (devices[i].rack != kNoRack)
            rack_blocks_.emplace(devices[i].rack, block);
    }
    for (RackItem* item : rack_items_) {
        if (const auto it = rack_blocks_.find(item->rackId()); it != rack_blocks_.end())
            item->setParentItem(block_groups_[it->second]);
    }
    while (block_groups_.size() > view->blocks.size()) {
        delete block_groups_.back();
        block_groups_.pop_back();
    }
    aggregate_ = view;
    block_layer_->setView(std::move(view));
    blocks_dirty_ = false;
}

void DesignScene::applyCollapse() {
    std::vector<bool> collapsed(block_keys_.size());
    for (std::size_t b = 0; b < collapsed.size(); ++b) {
        const auto it = block_overrides_.find(block_keys_[b]);
        collapsed[b] = it == block_overrides_.end() ? far_ : it->second;
        if (block_groups_[b]->isVisible() == collapsed[b])
            block_groups_[b]->setVisible(!collapsed[b]);
    }
    block_layer_->setCollapsed(std::move(collapsed));
    block_layer_->setBundlesShown(far_);
}

void DesignScene::applyCableVisibility() {
    for (Network network : kNetworks)
        linkLayer(network)->setVisible(!far_ && displays_[networkIndex(network)] != CableDisplay::Hidden);
    bundle_labels_->setVisible(!far_);
    error_links_item_->setVisible(!far_);
    warning_links_item_->setVisible(!far_);
}

int DesignScene::cableCount(Network network) const {
    return static_cast<int>(std::ranges::count_if(
        design_.links().items(), [network](const Link& link) { return link.network == network; }));
}

std::optional<LinkId> DesignScene::cableAt(QPointF scenePoint, qreal tolerance) const {
    std::optional<LinkId> nearest;
    qreal best = tolerance;
    for (Network network : kNetworks) {
        const LinkLayerItem* layer = linkLayer(network);
        if (!layer->isVisible())
            continue;
        const auto found = layer->nearestCable(scenePoint, best);
        if (found && found->first < slot_links_[networkIndex(network)].size()) {
            best = found->second;
            nearest = slot_links_[networkIndex(network)][found->first];
        }
    }
    return nearest;
}

void DesignScene::setNetworkDisplay(Network network, CableDisplay display) {
    displays_[networkIndex(network)] = display;
    block_layer_->setNetworkDisplay(network, display);
    applyCableVisibility();
    linkLayer(network)->setDimmed(display == CableDisplay::Dimmed);
    rebuildLinkMarkers();
    rebuildLinksDown();
}

void DesignScene::addDevice(const Device& device, QGraphicsItem* group) {
    auto* item = new DeviceItem(design_, device);
    item->setZValue(kDeviceZ);
    if (group)
        item->setParentItem(group); // in the scene with its parent
    else
        addItem(item);
    device_items_.emplace(device.id, item);
}

void DesignScene::applyChange(const ChangeEvent& event) {
    for (DeviceId id : event.removed_devices) {
        if (auto it = device_items_.find(id); it != device_items_.end()) {
            delete it->second;
            device_items_.erase(it);
        }
    }
    for (DeviceId id : event.added_devices) {
        if (const Device* device = design_.devices().find(id); device && !device_items_.contains(id))
            addDevice(*device, nullptr); // in its block once the blocks are rebuilt
    }
    if (failures_ && !event.added_devices.empty())
        applyFailures(); // a failed device back by an undo
    for (DeviceId id : event.changed_devices) {
        if (const Device* device = design_.devices().find(id))
            if (DeviceItem* item = deviceItem(id))
                item->sync(design_, *device);
    }
    const bool onlyMoved = !event.links && event.added_devices.empty() && event.removed_devices.empty() &&
                           !event.changed_devices.empty();
    // The layers hold the design's cables unless a change has left them behind (or the worker routes them).
    if (onlyMoved && !cables_dirty_ && !routing_.valid())
        followMovedDevices(event.changed_devices);
    const bool devicesChanged =
        !event.added_devices.empty() || !event.removed_devices.empty() || !event.changed_devices.empty();
    cables_dirty_ |= event.links || devicesChanged;
    generation_ += event.links || devicesChanged;
    racks_dirty_ |= event.racks || devicesChanged;
    blocks_dirty_ |= aggregated_ && (event.links || event.racks || devicesChanged);
    if (cables_dirty_ || racks_dirty_ || blocks_dirty_)
        geometry_timer_.start(); // restarts: one rebuild once the edits pause
    growSceneRect();
}

void DesignScene::flushPendingGeometry() {
    refreshGeometry(false);
}

void DesignScene::refreshGeometry(bool background) {
    geometry_timer_.stop();
    if (cables_dirty_ && !far_) { // from afar, the cables are routed once they are shown
        if (background && design_.links().size() >= background_routing_links_) {
            startRouting();
        } else {
            const bool wasRouting = isRouting();
            if (routing_.valid()) { // its routes would be older than these
                routing_.wait();
                routing_ = {};
                routing_poll_.stop();
            }
            rebuildCables();
            followCables();
            rerouting_ = false;
            if (wasRouting)
                emit routingChanged();
        }
        cables_dirty_ = false;
    }
    if (racks_dirty_) {
        rebuildRacks();
        growSceneRect(); // a new rack's frame may stand beside the diagram
        racks_dirty_ = false;
    }
    if (blocks_dirty_) {
        rebuildBlocks();
        applyCollapse();
    }
}

void DesignScene::followCables() {
    rebuildSelectedLinks();
    showHoveredCable(hovered_link_);
    rebuildLinkMarkers();
    rebuildLinksDown();
    applyHeat(); // the cables' places in their layers have changed
}

void DesignScene::startRouting() {
    if (routing_.valid())
        return; // takeRoutes() sees that the design has changed since, and routes again
    rerouting_ = false;
    // A copy for the worker: the design goes on changing here.
    auto snapshot = std::make_shared<const Design>(design_);
    routing_ = std::async(std::launch::async, [snapshot, frames = rackFrames(design_)] {
        return routeCables(*snapshot, frames);
    });
    routing_generation_ = generation_;
    routing_poll_.start();
    emit routingChanged();
}

void DesignScene::takeRoutes() {
    if (!routing_.valid() || routing_.wait_for(std::chrono::seconds(0)) != std::future_status::ready)
        return;
    routing_poll_.stop();
    const CableRoutes routes = routing_.get();
    if (routing_generation_ != generation_) { // the design changed while the worker routed it
        cables_dirty_ = true;
        // Routed again once shown, or once the edits pause (a drag goes on: its timer is running).
        rerouting_ = !far_;
        if (!far_ && !geometry_timer_.isActive())
            refreshGeometry(true);
        emit routingChanged();
        return;
    }
    applyRoutes(routes);
    followCables();
    emit routingChanged();
}

void DesignScene::rebuildCables() {
    applyRoutes(routeCables(design_, rackFrames(design_)));
}

void DesignScene::applyRoutes(const CableRoutes& routes) {
    QRectF labelled;
    for (Network network : kNetworks) {
        link_layers_[networkIndex(network)]->setRoutes(routes.networks[networkIndex(network)]);
        labelled |= link_layers_[networkIndex(network)]->boundingRect();
    }
    bundle_labels_->setArea(labelled);
    // The layers hold each network's links in the design's order.
    cable_slots_.clear();
    cable_slots_.reserve(design_.links().size());
    for (auto& links : slot_links_)
        links.clear();
    for (const Link& link : design_.links().items()) {
        std::vector<LinkId>& links = slot_links_[networkIndex(link.network)];
        cable_slots_.emplace(link.id, links.size());
        links.push_back(link.id);
    }
}

void DesignScene::followMovedDevices(const std::vector<DeviceId>& devices) {
    for (LinkLayerItem* layer : link_layers_)
        layer->setDraft(true);
    for (DeviceId id : devices) {
        for (LinkId linkId : design_.linksOf(id)) {
            const Link& link = *design_.links().find(linkId);
            const QRectF a = deviceRect(design_, *design_.devices().find(link.a.device));
            const QRectF b = deviceRect(design_, *design_.devices().find(link.b.device));
            link_layers_[networkIndex(link.network)]->moveCable(cable_slots_.at(linkId), cableLine(a, b));
        }
    }
}

void DesignScene::rebuildRacks() {
    for (RackItem* item : rack_items_)
        delete item;
    rack_items_.clear();
    const auto usages = rackUsages(design_);
    const QLocale locale;
    for (const auto& [rackId, box] : rackFrames(design_)) {
        const Rack& rack = *design_.racks().find(rackId);
        const QRectF frame(box.x, box.y, box.width, box.height);
        const auto used = usages.find(rack.id);
        const RackUsage usage = used == usages.end() ? RackUsage{} : used->second;
        const double utilisation = rackPowerUtilisation(usage, rack);
        const RackPowerBar bar{
            usage.max_watts, rack.max_kw * 1000, utilisation, budgetStatusOf(utilisation),
            QCoreApplication::translate("cs::DesignScene", "%1 / %2 kW")
                .arg(locale.toString(usage.max_watts / 1000, 'f', 1), locale.toString(rack.max_kw, 'g', 4))};
        const QString text = rackCaption(rack, usage);
        auto* item = new RackItem(rack, frame, text, rackLimitsExceeded(usage, rack).any());
        item->setPowerBar(bar);
        item->setMarkedSelected(std::ranges::find(selected_racks_, rack.id) != selected_racks_.end());
        item->setZValue(kRackZ);
        if (const auto block = rack_blocks_.find(rack.id); block != rack_blocks_.end())
            item->setParentItem(block_groups_[block->second]); // in the scene with its parent
        else
            addItem(item);
        rack_items_.push_back(item);
    }
}

void DesignScene::growSceneRect() {
    // The rect only grows: a fixed rect keeps the index and the view's scroll range stable while editing.
    const QRectF bounds =
        itemsBoundingRect().adjusted(-kSceneMargin, -kSceneMargin, kSceneMargin, kSceneMargin);
    if (!sceneRect().contains(bounds))
        setSceneRect(sceneRect() | bounds);
}

void DesignScene::showSelection(const Selection& selection) {
    for (DeviceId id : selected_devices_) {
        if (DeviceItem* item = deviceItem(id))
            item->setMarkedSelected(false);
    }
    selected_devices_ = selection.devices;
    for (DeviceId id : selected_devices_) {
        if (DeviceItem* item = deviceItem(id))
            item->setMarkedSelected(true);
    }
    selected_links_ = selection.links;
    rebuildSelectedLinks();
    for (RackItem* item : rack_items_)
        item->setMarkedSelected(std::ranges::find(selection.racks, item->rackId()) != selection.racks.end());
    selected_racks_ = selection.racks;
}

void DesignScene::showHoveredCable(std::optional<LinkId> link) {
    if (link && (!design_.links().contains(*link) || !cable_slots_.contains(*link)))
        link.reset();
    if (link == hovered_link_ && !cables_dirty_)
        return;
    hovered_link_ = link;
    QPainterPath path;
    if (link)
        path.addPolygon(drawnCable(*link));
    hovered_link_item_->setPath(path);
}

void DesignScene::rebuildSelectedLinks() {
    // The whole route, above the bundles: the selection shows where the cable runs and which devices it
    // joins.
    QPainterPath path;
    for (LinkId id : selected_links_) {
        if (design_.links().contains(id) && cable_slots_.contains(id))
            path.addPolygon(drawnCable(id));
    }
    selected_links_item_->setPath(path);
}

void DesignScene::showDiagnostics(const std::vector<Diagnostic>& diagnostics) {
    std::unordered_map<DeviceId, Severity> worst;
    marked_links_.clear();
    const auto keepWorst = [](auto& marks, auto id, Severity severity) {
        auto [it, inserted] = marks.emplace(id, severity);
        if (!inserted && severity < it->second)
            it->second = severity; // Error < Warning
    };
    for (const Diagnostic& diagnostic : diagnostics) {
        if (diagnostic.severity == Severity::Info)
            continue;
        for (DeviceId id : diagnostic.devices)
            keepWorst(worst, id, diagnostic.severity);
        for (LinkId id : diagnostic.links)
            keepWorst(marked_links_, id, diagnostic.severity);
    }
    rebuildLinkMarkers();
    for (DeviceId id : marked_devices_) {
        if (DeviceItem* item = deviceItem(id))
            item->setMarker(std::nullopt);
    }
    marked_devices_.clear();
    for (const auto& [id, severity] : worst) {
        if (DeviceItem* item = deviceItem(id)) {
            item->setMarker(severity);
            marked_devices_.push_back(id);
        }
    }
}

std::optional<Severity> DesignScene::linkMarker(LinkId link) const {
    const auto it = marked_links_.find(link);
    return it == marked_links_.end() ? std::nullopt : std::optional(it->second);
}

const QGraphicsPathItem* DesignScene::linkMarkers(Severity severity) const {
    return severity == Severity::Error ? error_links_item_ : warning_links_item_;
}

QPolygonF DesignScene::drawnCable(LinkId link) const {
    const Link& cable = *design_.links().find(link);
    return linkLayer(cable.network)->route(cable_slots_.at(link));
}

void DesignScene::rebuildLinkMarkers() {
    QPainterPath errors, warnings;
    for (const auto& [id, severity] : marked_links_) {
        // Removed since the findings came, or on a hidden network.
        if (!design_.links().contains(id) || !cable_slots_.contains(id) ||
            !linkLayer(design_.links().find(id)->network)->isVisible())
            continue;
        (severity == Severity::Error ? errors : warnings).addPolygon(drawnCable(id));
    }
    error_links_item_->setPath(errors);
    warning_links_item_->setPath(warnings);
}

void DesignScene::showHeat(std::shared_ptr<const HeatLoads> heat) {
    heat_ = std::move(heat);
    applyHeat();
}

void DesignScene::applyHeat() {
    for (DeviceId id : heated_devices_) {
        if (DeviceItem* item = deviceItem(id))
            item->setHeatBucket(std::nullopt);
    }
    heated_devices_.clear();
    for (Network network : kNetworks) {
        LinkLayerItem* layer = linkLayer(network);
        if (!heat_) {
            layer->setHeat({});
            continue;
        }
        const std::vector<LinkId>& links = slot_links_[networkIndex(network)];
        std::vector<std::uint8_t> buckets(links.size(), kNoHeatBucket);
        if (heat_->valid) {
            for (std::size_t i = 0; i < links.size(); ++i) {
                const double load = heat_->linkLoad(links[i]);
                if (!std::isnan(load))
                    buckets[i] = heatBucket(heat_->band(load, network));
            }
        }
        layer->setHeat(std::move(buckets));
    }
    if (!heat_)
        return;
    for (const Device& device : design_.devices().items()) {
        if (design_.typeOf(device).category != DeviceCategory::Switch)
            continue;
        DeviceItem* item = deviceItem(device.id);
        if (!item)
            continue;
        const SwitchLoad* load = heat_->valid ? heat_->switchLoad(device.id) : nullptr;
        item->setHeatBucket(load && device.network ? heatBucket(heat_->band(load->load, *device.network))
                                                   : kNoHeatBucket);
        heated_devices_.push_back(device.id);
    }
}

void DesignScene::showFailures(std::shared_ptr<const FailureMarks> failures) {
    failures_ = std::move(failures);
    applyFailures();
}

void DesignScene::applyFailures() {
    for (DeviceId id : failure_marked_devices_) {
        if (DeviceItem* item = deviceItem(id))
            item->setFailureMark(std::nullopt);
    }
    failure_marked_devices_.clear();
    if (failures_) {
        for (const auto& [id, mark] : failures_->devices) {
            if (DeviceItem* item = deviceItem(id)) {
                item->setFailureMark(mark);
                failure_marked_devices_.push_back(id);
            }
        }
    }
    if (!cables_dirty_) // else the next geometry flush draws them, where the cables are then
        rebuildLinksDown();
}

void DesignScene::rebuildLinksDown() {
    QPainterPath path;
    if (failures_) {
        for (LinkId id : failures_->links_down) {
            // Removed since, or on a hidden network.
            if (!design_.links().contains(id) || !cable_slots_.contains(id) ||
                !linkLayer(design_.links().find(id)->network)->isVisible())
                continue;
            path.addPolygon(drawnCable(id));
        }
    }
    links_down_item_->setPath(path);
}

void DesignScene::helpEvent(QGraphicsSceneHelpEvent* event) {
    if (const auto block = collapsedBlockAt(event->scenePos())) {
        const AggregateBlock& b = aggregate_->blocks[*block];
        QString text = QStringLiteral("<b>%1</b>").arg(BlockLayerItem::title(b).toHtmlEscaped());
        for (const QString& line : BlockLayerItem::figures(b))
            text += QStringLiteral("<br>") + line.toHtmlEscaped();
        text += QStringLiteral("<br><i>%1</i>")
                    .arg(QCoreApplication::translate("cs::DesignScene",
                                                     "Double-click to expand; zoom in to see every device."));
        QToolTip::showText(event->screenPos(), text, event->widget());
        event->accept();
        return;
    }
    if (!heat_) {
        QGraphicsScene::helpEvent(event);
        return;
    }
    // In heat mode a switch or a cable under the pointer explains its load; other devices keep their own tip.
    const QPointF at = event->scenePos();
    QString text;
    if (const DeviceItem* item = deviceAt(at)) {
        const Device& device = *design_.devices().find(item->deviceId());
        if (design_.typeOf(device).category != DeviceCategory::Switch) {
            QGraphicsScene::helpEvent(event);
            return;
        }
        text = switchHeatToolTip(design_, *heat_, device);
    } else {
        const auto* view =
            event->widget() ? qobject_cast<const QGraphicsView*>(event->widget()->parentWidget()) : nullptr;
        const qreal zoom = view ? view->transform().m11() : 1.0;
        if (const auto link = cableAt(at, kCableHoverPixels / zoom))
            text = linkHeatToolTip(design_, *heat_, *design_.links().find(*link));
    }
    if (text.isEmpty()) {
        QToolTip::hideText();
    } else {
        QToolTip::showText(event->screenPos(), text, event->widget());
    }
    event->setAccepted(!text.isEmpty());
}

} // namespace cs
