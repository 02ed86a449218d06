#pragma once

#include "topology/floor_layout.h"

#include <QRectF>
#include <QSizeF>
#include <QString>
#include <optional>
#include <unordered_set>

class QPainter;

namespace cs {

// What a rack's colour on the floor plan says: its catalog maximum power against its feed, or its cooling.
enum class FloorColouring { Load, Cooling };

// The data hall seen from above, to scale (kFloorPxPerMetre): the 0.6 m floor tiles, each row of racks with
// its label and totals at its left ("Row 3 · 24 racks · 890 kW · 192 GPUs"), the aisles between the rows
// tinted and named (cold blue, hot red), each rack a footprint coloured by its load or its cooling, its front
// (the cold side) a dark edge, its name along it where the name fits, a rack over a limit outlined in red.
// The studio's Floor Plan dock, the PDF/SVG export and the report draw it alike; every figure comes from
// core's floorLayoutOf().
class FloorPlanSheet {
public:
    explicit FloorPlanSheet(FloorLayout layout);

    const FloorLayout& layout() const { return layout_; }
    // The sheet's size at scale 1, in pixels (points on paper): the row labels, then the hall.
    QSizeF size() const;
    // Draws the part of the sheet within `exposed` (sheet coordinates). `pixelsPerUnit` is how large one
    // sheet pixel is on the device: rack names, which keep their size on the device, show only where they
    // fit, and the tiles and labels too small to see are left out. Returns the racks drawn.
    std::size_t paint(QPainter& painter, const QRectF& exposed, double pixelsPerUnit,
                      FloorColouring colouring, const std::unordered_set<RackId>& selected = {}) const;
    // The rack whose footprint holds `point`, if any.
    std::optional<RackId> rackAt(QPointF point) const;
    // Where a rack stands on the sheet; empty when it is not on the floor.
    QRectF rackRect(RackId rack) const;
    // The band of rows [first, last] on the sheet with the aisles (or the clearance) before and after it.
    QRectF rowsRect(std::size_t first, std::size_t last) const;
    // The rack's tooltip: name, devices and GPUs, kW against its feed, cooling.
    QString rackToolTip(RackId rack) const;
    // "Row 3 · 24 racks · 890 kW · 192 GPUs".
    QString rowLabel(const FloorRow& row) const;

private:
    QRectF footprint(const FloorRack& rack) const;
    void paintRows(QPainter& painter, const QRectF& exposed, double pixelsPerUnit) const;

    FloorLayout layout_;
    double hall_left_ = 0; // the hall's left edge on the sheet (after the row labels)
};

// The key of a floor plan's colours: the load bands or the cooling, the front edge, over a limit.
QSizeF floorLegendSize(FloorColouring colouring);
void paintFloorLegend(QPainter& painter, QPointF topLeft, FloorColouring colouring);

// A scale bar of a round length (1, 2, 5, 10, 20, 50 ... m) about `targetPixels` long at `pixelsPerMetre`,
// its left end at `bottomLeft`: the bar, its ticks and "5 m". Returns its width.
double paintScaleBar(QPainter& painter, QPointF bottomLeft, double pixelsPerMetre, double targetPixels);

// Sheet pixels a metre of floor is drawn: a rack 30 x 60 px, an aisle 60 px.
inline constexpr double kFloorPxPerMetre = 50;

} // namespace cs
