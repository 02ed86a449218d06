#pragma once

#include "cablegeometry.h"
#include "network.h"

#include <QGraphicsItem>
#include <QLineF>
#include <QPen>
#include <vector>

namespace cs {

// All the cables of one network, drawn as one item: one entry in the scene index, however many cables there
// are (STYLE.md: thousands of separate cable items make the scene index the bottleneck). Each repaint draws
// only the segments crossing the exposed area. Which cable is under the mouse is a question for the model.
class LinkLayerItem final : public QGraphicsItem {
public:
    enum { Type = UserType + 3 };

    explicit LinkLayerItem(Network network);

    Network network() const { return network_; }
    // The drawn segments, in the order of the design's links of this network.
    const std::vector<QLineF>& lines() const { return lines_; }
    int cableCount() const { return cables_; }
    // Replaces the drawn cables, in the order of the design's links of this network.
    void setCables(CableBundle bundle);
    // Moves one cable (by its place in that order): cheap enough for every frame of a drag.
    void moveCable(std::size_t index, const QLineF& line);
    // While a drag is under way, a large layer is drawn without smoothing; setCables() ends that.
    void setDraft(bool draft);

    int type() const override { return Type; }
    QRectF boundingRect() const override { return bounds_; }
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

private:
    const QPen& thinPen() const;

    Network network_;
    mutable QPen thin_pen_{Qt::NoPen}; // the network's pen at one pixel, made on first use
    std::vector<QLineF> lines_;
    QRectF bounds_;
    int cables_ = 0;
    bool draft_ = false;
};

} // namespace cs
