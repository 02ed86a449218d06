#include "designscene.h"

#include "cablegeometry.h"
#include "deviceitem.h"
#include "linklayeritem.h"
#include "rackitem.h"

#include <unordered_map>

namespace cs {

namespace {

// Stacking, bottom to top: cables, rack frames (translucent, their name tabs above the cables), devices.
constexpr qreal kCableZ = -2;
constexpr qreal kRackZ = -1;
constexpr qreal kDeviceZ = 0;

// Around a rack's devices; the top leaves room for the name tab (the example layouts use the same margins).
constexpr qreal kRackPadding = 20;
constexpr qreal kRackHeader = 40;
constexpr QSizeF kEmptyRack(200, 120);

constexpr qreal kSceneMargin = 160;
constexpr QRectF kEmptyScene(0, 0, 1200, 800);

} // namespace

DesignScene::DesignScene(const Design& design, QObject* parent)
    : QGraphicsScene(parent) {
    // A fixed rect and a BSP index: point and area queries stay fast with tens of thousands of devices.
    setItemIndexMethod(BspTreeIndex);

    DeviceRects rects;
    rects.reserve(design.devices().size());
    device_items_.reserve(design.devices().size());
    for (const Device& device : design.devices().items()) {
        auto* item = new DeviceItem(design, device);
        item->setZValue(kDeviceZ);
        addItem(item);
        device_items_.push_back(item);
        rects.emplace(device.id, deviceRect(design, device));
    }

    auto bundles = cableBundles(design, rects);
    for (Network network : kNetworks) {
        auto* layer = new LinkLayerItem(network);
        // Within the cables, compute on top: it is the fabric the diagram is about.
        layer->setZValue(kCableZ - 0.1 * static_cast<qreal>(networkIndex(network)) / kNetworkCount);
        layer->setCables(std::move(bundles[networkIndex(network)]));
        addItem(layer);
        link_layers_[networkIndex(network)] = layer;
    }

    addRacks(design);

    const QRectF bounds = itemsBoundingRect();
    setSceneRect(bounds.isEmpty()
                     ? kEmptyScene
                     : bounds.adjusted(-kSceneMargin, -kSceneMargin, kSceneMargin, kSceneMargin));
}

void DesignScene::addRacks(const Design& design) {
    std::unordered_map<RackId, QRectF> members;
    for (const DeviceItem* item : device_items_) {
        if (item->rackId() != kNoRack)
            members[item->rackId()] |= item->sceneBoundingRect();
    }
    for (const Rack& rack : design.racks().items()) {
        auto it = members.find(rack.id);
        const QRectF frame = it == members.end() ? QRectF(QPointF(rack.x, rack.y), kEmptyRack)
                                                 : it->second.adjusted(-kRackPadding, -kRackHeader,
                                                                       kRackPadding, kRackPadding);
        // A rack whose devices are spread over the canvas (a network rack drawn by fabric tier) would frame
        // other racks' devices and misstate where they are: such a rack gets no frame.
        if (!enclosesOnlyRack(frame, rack.id))
            continue;
        auto* item = new RackItem(rack, frame);
        item->setZValue(kRackZ);
        addItem(item);
    }
}

bool DesignScene::enclosesOnlyRack(const QRectF& frame, RackId rack) const {
    for (QGraphicsItem* item : items(frame, Qt::IntersectsItemBoundingRect)) {
        if (const auto* device = qgraphicsitem_cast<const DeviceItem*>(item);
            device && device->rackId() != rack)
            return false;
    }
    return true;
}

} // namespace cs
