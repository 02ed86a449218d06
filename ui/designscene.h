#pragma once

#include "design.h"

#include <QGraphicsScene>
#include <array>
#include <vector>

namespace cs {

class DeviceItem;
class LinkLayerItem;

// The canvas of one design: a card per device, a frame per rack and one cable layer per network. Built from
// the design, which it mirrors without keeping a reference to it.
class DesignScene final : public QGraphicsScene {
public:
    explicit DesignScene(const Design& design, QObject* parent = nullptr);

    const std::vector<DeviceItem*>& deviceItems() const { return device_items_; }
    LinkLayerItem* linkLayer(Network network) const { return link_layers_[networkIndex(network)]; }

private:
    void addRacks(const Design& design);
    bool enclosesOnlyRack(const QRectF& frame, RackId rack) const;

    std::vector<DeviceItem*> device_items_;
    std::array<LinkLayerItem*, kNetworkCount> link_layers_{};
};

} // namespace cs
