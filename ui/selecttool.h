#pragma once

#include "model/design.h"
#include "tool.h"

#include <QPoint>
#include <unordered_map>

class QRubberBand;

namespace cs {

// Click selects a device, a cable or a rack (its frame or tab; Ctrl toggles, Shift adds), a drag on a device
// moves the selection (snapped to the grid; Alt places freely), a drag on the empty canvas selects with a
// rubber band.
class SelectTool final : public Tool {
    Q_OBJECT

public:
    SelectTool(DesignDocument* document, DesignView* view);

    void mousePressed(QMouseEvent* event, QPointF scenePos) override;
    void mouseMoved(QMouseEvent* event, QPointF scenePos) override;
    void mouseReleased(QMouseEvent* event, QPointF scenePos) override;
    void deactivate() override;

private:
    enum class Gesture { None, Moving, RubberBand };

    Gesture gesture_ = Gesture::None;
    QPointF press_scene_;
    QPoint press_view_;
    bool additive_ = false;
    std::unordered_map<DeviceId, QPointF> origins_; // where the moved devices were at the press
    QPointF anchor_origin_;                         // the pressed device's corner, which snaps to the grid
    int move_gesture_ = 0;                          // merges the moves of one drag into one undo step
    QRubberBand* rubber_band_ = nullptr;
    std::optional<RackId> pressed_rack_; // a click (no drag) there selects the rack
};

} // namespace cs
