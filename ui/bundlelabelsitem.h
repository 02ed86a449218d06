#pragma once

#include "model/network.h"

#include <QGraphicsItem>
#include <array>
#include <vector>

namespace cs {

class LinkLayerItem;

// The bundles' labels ("32 × 400G") of every network's layer, drawn above the cables in one pass so that
// no label covers another: the compute fabric's first, the diagram's subject, then the others in the
// networks' order.
class BundleLabelsItem final : public QGraphicsItem {
public:
    explicit BundleLabelsItem(std::array<LinkLayerItem*, kNetworkCount> layers);

    // The area the layers draw in (the union of their bounds), after their routes change.
    void setArea(const QRectF& area);
    // The labels the last repaint drew, in scene units.
    const std::vector<QRectF>& drawn() const { return drawn_; }

    QRectF boundingRect() const override { return area_; }
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

private:
    std::array<LinkLayerItem*, kNetworkCount> layers_;
    QRectF area_;
    std::vector<QRectF> drawn_;
};

} // namespace cs
