#pragma once

#include "model/design.h"
#include "tool.h"

namespace cs {

// Draws a cable on one network: press on a device, release on another. Core picks free, compatible ports
// (planCable), or with Shift held at the release the user picks them (PortChooser); an impossible cable is
// refused with core's reason.
class CableTool final : public Tool {
    Q_OBJECT

public:
    CableTool(DesignDocument* document, DesignView* view, Network network);

    Network network() const { return network_; }
    void setNetwork(Network network) { network_ = network; }

    void mousePressed(QMouseEvent* event, QPointF scenePos) override;
    void mouseMoved(QMouseEvent* event, QPointF scenePos) override;
    void mouseReleased(QMouseEvent* event, QPointF scenePos) override;
    void paintOverlay(QPainter* painter) override;
    void deactivate() override;

private:
    Network network_;
    DeviceId from_ = 0; // 0: no cable under way
    QPointF from_point_;
    QPointF to_point_;
};

} // namespace cs
