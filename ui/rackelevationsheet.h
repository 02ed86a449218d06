#pragma once

#include "model/design.h"
#include "model/rack_elevation.h"

#include <QRectF>
#include <QSizeF>
#include <QString>
#include <optional>
#include <vector>

class QPainter;

namespace cs {

// A row of racks seen from the front, side by side, as NetBox draws a rack: the unit numbers beside each
// rack, every device a box as tall as its units with its name and model, the free units hatched, and above
// each rack its name and what it holds against its limits (rackCaption). The devices without a slot are
// listed under the rack. The studio's Rack Elevation dock, the PDF/SVG export and the report draw it alike.
class RackRowSheet {
public:
    RackRowSheet(const Design& design, const std::vector<RackId>& racks);

    // The sheet's size at scale 1, in pixels (points on paper).
    QSizeF size() const;
    // The size the sheet of `racks` has, without laying it out.
    static QSizeF sizeOf(const Design& design, const std::vector<RackId>& racks);
    // Draws the sheet at scale 1 from (0, 0); `selected` devices are outlined.
    void paint(QPainter& painter, const std::vector<DeviceId>& selected = {}) const;
    // The device drawn at `point` (sheet coordinates), if any.
    std::optional<DeviceId> deviceAt(QPointF point) const;
    // Where a rack (and a device) is drawn; empty when not on this sheet.
    QRectF rackRect(RackId rack) const;
    QRectF deviceRect(DeviceId device) const;

private:
    struct DeviceBox {
        DeviceId device;
        QRectF box;
        QString name, model;
        DeviceCategory category;
    };
    struct RackColumn {
        RackElevation elevation;
        QRectF frame; // the units, U1 at the bottom
        QString name, caption, unplaced;
        bool over_limit = false;
    };

    std::vector<RackColumn> racks_;
    std::vector<DeviceBox> devices_;
    double height_ = 0, width_ = 0;
};

} // namespace cs
