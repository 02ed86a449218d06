#pragma once

#include "model/cable_routes.h"
#include "model/design.h"
#include "networkstyle.h"
#include "rules/diagnostic.h"

#include <QGraphicsScene>
#include <QPolygonF>
#include <QTimer>
#include <array>
#include <cstdint>
#include <future>
#include <memory>
#include <optional>
#include <unordered_map>
#include <vector>

class QGraphicsPathItem;

namespace cs {

class BlockLayerItem;
class DeviceItem;
struct AggregateView;
struct FailureMark;
class BundleLabelsItem;
class LinkLayerItem;
class RackItem;
struct ChangeEvent;
struct HeatLoads;
struct Selection;

inline constexpr qreal kCablePickPixels = 4; // how near a click must be to a cable to pick it (cableAt)
// Below this zoom a GPU server's card is under 30 pixels wide, its cables a solid block: the canvas shows the
// design from afar (aggregate_view.h) instead.
inline constexpr qreal kAggregateBelowZoom = 0.15;

// What the what-if overlay shows on the canvas: each affected device's mark and the cables that are down
// (failed themselves or at a failed device).
struct FailureMarks {
    std::unordered_map<DeviceId, FailureMark> devices;
    std::vector<LinkId> links_down;
};

// The canvas of one design: a card per device, a frame per rack and one cable layer per network. It mirrors
// the design (the document's, which outlives the scene) and follows its change events item by item; the cable
// layers and rack frames, which depend on many devices, are redrawn at a limited rate.
//
// Seen from afar, it shows the design's blocks instead (core's aggregateView(): scalable units, tiers of
// switches, storage, ...): each block a card with its key figures, the cables between blocks as bundles with
// their counts, the devices and cables hidden. Zooming in expands the blocks; one block can be collapsed or
// expanded whatever the zoom. Far from the design, the cables are not routed until they are first shown.
//
// Routing a large design's cables takes seconds (about 2 s at 131,072 GPUs): above kBackgroundRoutingLinks
// the studio's canvas routes a copy of the design on a worker thread and the layers take the routes when they
// come (unless the design has changed meanwhile: then it routes again), so that edits and zooming stay
// fluent.
inline constexpr std::size_t kBackgroundRoutingLinks = 50'000;

class DesignScene final : public QGraphicsScene {
    Q_OBJECT

public:
    // `aggregated`: the studio's canvas, which shows blocks from afar and starts so (the cables routed only
    // once they are shown) until followZoom() says otherwise. Otherwise every device and cable, as exports
    // draw them.
    explicit DesignScene(const Design& design, bool aggregated = false, QObject* parent = nullptr);
    ~DesignScene() override;

    const Design& design() const { return design_; }
    const std::unordered_map<DeviceId, DeviceItem*>& deviceItems() const { return device_items_; }
    DeviceItem* deviceItem(DeviceId id) const;
    LinkLayerItem* linkLayer(Network network) const { return link_layers_[networkIndex(network)]; }
    // Every network's bundle labels, drawn in one pass above the cables.
    const BundleLabelsItem* bundleLabels() const { return bundle_labels_; }
    // For a scene shown in a view: the large cable layers cache their drawing (LinkLayerItem::setCached).
    void cacheCableLayers();
    // The topmost device card at a scene point, if any.
    DeviceItem* deviceAt(QPointF scenePoint) const;
    // The rack whose frame or name tab is at a scene point, if any.
    std::optional<RackId> rackAt(QPointF scenePoint) const;
    RackItem* rackItem(RackId id) const;
    // The devices whose cards intersect a scene rectangle.
    std::vector<DeviceId> devicesIn(const QRectF& rect) const;
    // The shown cable nearest to a scene point within `tolerance` scene units, if any. Answered from the
    // cables' geometry in one pass, not by hit-testing tens of thousands of items.
    std::optional<LinkId> cableAt(QPointF scenePoint, qreal tolerance) const;

    // Shows, dims or hides one network's cables; a hidden network's markers go with it (the legend's toggle).
    void setNetworkDisplay(Network network, CableDisplay display);
    // The design's cables on a network (whether or not routed yet).
    int cableCount(Network network) const;

    // The view from afar: every block collapsed (but those expanded by hand), the cables between blocks
    // bundled; or, near, every device (but the blocks collapsed by hand). followZoom() chooses by the zoom.
    void setFar(bool far);
    void followZoom(qreal zoom) { setFar(zoom < kAggregateBelowZoom); }
    bool isFar() const { return far_; }
    const BlockLayerItem* blockLayer() const { return block_layer_; }
    // The blocks (an aggregated scene only).
    const AggregateView& aggregateView() const { return *aggregate_; }
    // The collapsed block at a scene point, if any.
    std::optional<std::size_t> collapsedBlockAt(QPointF scenePoint) const;
    // The block a device belongs to.
    std::optional<std::size_t> blockOf(DeviceId device) const;
    // The devices of a block.
    std::vector<DeviceId> blockDevices(std::size_t block) const;
    // Collapses or expands one block whatever the zoom (until resetBlocks()).
    void setBlockCollapsed(std::size_t block, bool collapsed);
    // Every block as the zoom says again.
    void resetBlocks();

    void applyChange(const ChangeEvent& event);
    void showSelection(const Selection& selection);
    // The cable under the pointer, highlighted along its whole route (none: no highlight).
    void showHoveredCable(std::optional<LinkId> link);
    std::optional<LinkId> hoveredCable() const { return hovered_link_; }
    const QGraphicsPathItem* hoveredCableItem() const { return hovered_link_item_; }
    // Marks each device and cable named by a diagnostic with the worst severity naming it: a dot on the
    // device's card, a halo along the cable.
    void showDiagnostics(const std::vector<Diagnostic>& diagnostics);
    // The worst finding about a cable (errors and warnings only); none: no halo.
    std::optional<Severity> linkMarker(LinkId link) const;
    // The halos of the cables with errors (or warnings), drawn over the cable layers.
    const QGraphicsPathItem* linkMarkers(Severity severity) const;
    // Redraws cables and racks now, when a change has left them behind (the timer does it otherwise), routing
    // on this thread.
    void flushPendingGeometry();
    // Whether the cables are being routed on the worker thread; routingChanged() says when that starts and
    // when the routes are drawn.
    bool isRouting() const { return routing_.valid() || rerouting_; }
    // Routes in the background from this many cables on (kBackgroundRoutingLinks unless set).
    void setBackgroundRoutingFrom(std::size_t links) { background_routing_links_ = links; }
    // The heat overlay (heatoverlay.h): every cable in the colour of its link's load band, switches with a
    // border of theirs, and tooltips with core's explanation; all grey when the loads are not valid. Null:
    // the networks' colours again.
    void showHeat(std::shared_ptr<const HeatLoads> heat);
    const HeatLoads* heat() const { return heat_.get(); }
    // The what-if overlay: failed devices crossed out, affected servers marked, cables that are down dashed
    // red. Null: none.
    void showFailures(std::shared_ptr<const FailureMarks> failures);
    const FailureMarks* failures() const { return failures_.get(); }
    // The dashed drawing of the cables that are down.
    const QGraphicsPathItem* linksDown() const { return links_down_item_; }

signals:
    void routingChanged();

protected:
    void helpEvent(QGraphicsSceneHelpEvent* event) override;

private:
    // `group`: its block's (none: top-level until the blocks are rebuilt).
    void addDevice(const Device& device, QGraphicsItem* group);
    void rebuildBlocks();
    // Which blocks are collapsed now: their devices hidden, their cards drawn.
    void applyCollapse();
    // Shows each network's cables as the legend says, unless the view is from afar.
    void applyCableVisibility();
    // What the timer does once edits pause: the cables routed in the background when the design is large.
    void refreshGeometry(bool background);
    void rebuildCables();
    void startRouting();
    void takeRoutes();
    void applyRoutes(const CableRoutes& routes);
    // The drawings that follow the cables' places in their layers.
    void followCables();
    // Redraws the cables of moved devices straight, until the next full rebuild fans them out again.
    void followMovedDevices(const std::vector<DeviceId>& devices);
    void rebuildRacks();
    void rebuildSelectedLinks();
    void rebuildLinkMarkers();
    void applyHeat();
    void applyFailures();
    void rebuildLinksDown();
    // The cable as its network's layer draws it.
    QPolygonF drawnCable(LinkId link) const;
    void growSceneRect();

    const Design& design_;
    std::unordered_map<DeviceId, DeviceItem*> device_items_;
    std::array<LinkLayerItem*, kNetworkCount> link_layers_{};
    BundleLabelsItem* bundle_labels_ = nullptr;
    std::vector<RackItem*> rack_items_;
    BlockLayerItem* block_layer_ = nullptr;
    std::shared_ptr<const AggregateView> aggregate_;
    std::vector<QGraphicsItem*> block_groups_; // by block: the parent of its devices' cards and racks' frames
    std::vector<DeviceId> block_keys_; // by block: its lowest device id, which names it across rebuilds
    std::unordered_map<DeviceId, bool> block_overrides_; // by block key: collapsed or expanded by hand
    std::unordered_map<RackId, std::size_t> rack_blocks_;
    std::array<CableDisplay, kNetworkCount> displays_{};
    bool aggregated_ = false;
    bool far_ = false;
    std::unordered_map<LinkId, std::size_t> cable_slots_;       // a link's place in its network's layer
    std::array<std::vector<LinkId>, kNetworkCount> slot_links_; // and the link at each place
    std::vector<DeviceId> selected_devices_;
    std::vector<LinkId> selected_links_;
    std::vector<RackId> selected_racks_;
    std::vector<DeviceId> marked_devices_;
    std::unordered_map<LinkId, Severity> marked_links_;
    QGraphicsPathItem* selected_links_item_;
    std::optional<LinkId> hovered_link_;
    QGraphicsPathItem* hovered_link_item_;
    QGraphicsPathItem* error_links_item_;
    QGraphicsPathItem* warning_links_item_;
    std::shared_ptr<const HeatLoads> heat_;
    std::vector<DeviceId> heated_devices_;
    std::shared_ptr<const FailureMarks> failures_;
    std::vector<DeviceId> failure_marked_devices_;
    QGraphicsPathItem* links_down_item_;
    QTimer geometry_timer_;            // coalesces cable and rack redraws during a drag
    std::future<CableRoutes> routing_; // the worker's routes, while it routes
    std::uint64_t generation_ = 0;     // counts the changes that move cables
    std::uint64_t routing_generation_ = 0;
    std::size_t background_routing_links_ = kBackgroundRoutingLinks;
    bool rerouting_ = false; // the worker's routes came too late: routed again once the edits pause
    QTimer routing_poll_;
    bool cables_dirty_ = false;
    bool racks_dirty_ = false;
    bool blocks_dirty_ = false;
};

} // namespace cs
