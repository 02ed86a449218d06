#pragma once

#include "blockdiagram.h"
#include "deviceitem.h"
#include "diagramexport.h"

#include <QRectF>
#include <QString>
#include <vector>

namespace cs {

// One sheet of a diagram in the report.
struct DiagramSheet {
    SheetDetail detail = SheetDetail::Devices;
    QRectF source; // the part of the canvas, in scene units
    QString label; // for the title block: "overview ...", "detail 2 of 12: gpu-04 to gpu-06"
};

// The scale at which every text on a device card prints at kMinLegiblePixels (6 pt) or more.
inline constexpr qreal kLegibleCardScale = kMinLegiblePixels / kCardDetailPixels;

// The sheets that show `view` legibly on sheets the size of `sheet` (in CSS pixels): one at full detail when
// the whole fits at kLegibleCardScale; otherwise an overview at block level, then detail sheets at
// kLegibleCardScale, each a band of the canvas's rows of blocks (racks, runs of switches), cut between
// blocks, at most `maxDetail` of them (on one network's view those showing its switches first, then the
// first ones, in canvas order): the overview's label says how many there are and how many follow.
std::vector<DiagramSheet> planDiagramSheets(const DiagramView& view, const QRectF& sheet, int maxDetail);

} // namespace cs
