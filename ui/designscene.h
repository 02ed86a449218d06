#pragma once

#include "model/design.h"
#include "networkstyle.h"
#include "rules/diagnostic.h"

#include <QGraphicsScene>
#include <QPolygonF>
#include <QTimer>
#include <array>
#include <memory>
#include <optional>
#include <unordered_map>
#include <vector>

class QGraphicsPathItem;

namespace cs {

class DeviceItem;
struct FailureMark;
class BundleLabelsItem;
class LinkLayerItem;
class RackItem;
struct ChangeEvent;
struct HeatLoads;
struct Selection;

inline constexpr qreal kCablePickPixels = 4; // how near a click must be to a cable to pick it (cableAt)

// What the what-if overlay shows on the canvas: each affected device's mark and the cables that are down
// (failed themselves or at a failed device).
struct FailureMarks {
    std::unordered_map<DeviceId, FailureMark> devices;
    std::vector<LinkId> links_down;
};

// The canvas of one design: a card per device, a frame per rack and one cable layer per network. It mirrors
// the design (the document's, which outlives the scene) and follows its change events item by item; the cable
// layers and rack frames, which depend on many devices, are redrawn at a limited rate.
class DesignScene final : public QGraphicsScene {
public:
    explicit DesignScene(const Design& design, QObject* parent = nullptr);

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
    // Redraws cables and racks now, when a change has left them behind (the timer does it otherwise).
    void flushPendingGeometry();
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

protected:
    void helpEvent(QGraphicsSceneHelpEvent* event) override;

private:
    void addDevice(const Device& device);
    void rebuildCables();
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
    QTimer geometry_timer_; // coalesces cable and rack redraws during a drag
    bool cables_dirty_ = false;
    bool racks_dirty_ = false;
};

} // namespace cs
