#pragma once

#include "model/network.h"
#include "tool.h"

#include <QPointF>
#include <QString>
#include <optional>
#include <string>

namespace cs {

// Places a device of the chosen catalog type at each click (snapped to the grid; Alt places freely), for
// laying out many of the same device without dragging each from the palette.
class PlaceTool final : public Tool {
    Q_OBJECT

public:
    PlaceTool(DesignDocument* document, DesignView* view);

    void setType(const std::string& type, std::optional<Network> network);
    const std::string& type() const { return type_; }

    void mousePressed(QMouseEvent* event, QPointF scenePos) override;
    void mouseMoved(QMouseEvent* event, QPointF scenePos) override;
    void mouseReleased(QMouseEvent* event, QPointF scenePos) override;

private:
    std::string type_;
    std::optional<Network> network_;
};

// Adds one device of a library type centred on a scene point (its corner on the grid when `snap`) and selects
// it. Returns false with the reason when the type is unknown or the design refuses it; nothing changes then.
bool placeDevice(DesignDocument* document, const std::string& type, std::optional<Network> network,
                 QPointF centre, bool snap, QString* error);

} // namespace cs
