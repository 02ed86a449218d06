#pragma once

#include "cablegeometry.h"
#include "network.h"

#include <QGraphicsItem>

namespace cs {

// All the cables of one network, drawn as one item: one path to index and to paint, however many cables there
// are (STYLE.md: thousands of separate cable items make the scene index the bottleneck). Which cable is under
// the mouse is a question for the model, not for this item.
class LinkLayerItem final : public QGraphicsItem {
public:
    enum { Type = UserType + 3 };

    explicit LinkLayerItem(Network network);

    Network network() const { return network_; }
    int cableCount() const { return cables_; }
    // Replaces the drawn cables: when the design changes, never per frame.
    void setCables(CableBundle bundle);

    int type() const override { return Type; }
    QRectF boundingRect() const override { return bounds_; }
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

private:
    Network network_;
    QPainterPath path_;
    QRectF bounds_;
    int cables_ = 0;
};

} // namespace cs
