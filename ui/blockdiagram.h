#pragma once

#include "report/diagram_blocks.h"

#include <QRectF>
#include <vector>

class QPainter;

namespace cs {

// Text on a printed sheet is legible from 6 pt: 8 CSS pixels.
inline constexpr qreal kMinLegiblePixels = 8;

// Where each block goes on a sheet's `area` when the blocks of `source` (scene units) are shown: across, the
// canvas scaled to the area's width; down, the canvas's rows of blocks stacked without the canvas's gaps
// (the cables' room), a row of racks twice as tall as a row of switches, as tall as the area allows up to
// kMaxBlockRowPixels a row. In sheet units, in the order of `blocks`.
std::vector<QRectF> layOutBlocks(const DiagramBlocks& blocks, const QRectF& source, const QRectF& area);
inline constexpr qreal kMaxBlockRowPixels = 64;

// Paints a diagram at block level (report/diagram_blocks.h), each block at its rectangle of `rects` (sheet
// units): first the bundles, each a line between the centres of its two blocks in its network's colour,
// wider for more cables (offset by network, so that the networks between two blocks stay apart); then the
// blocks, opaque, so that no line crosses one; each labelled at its top with its name and its devices where
// the text fits at kMinLegiblePixels or more (else not at all). Returns the label rectangles.
std::vector<QRectF> paintBlocks(QPainter& painter, const DiagramBlocks& blocks,
                                const std::vector<QRectF>& rects);

} // namespace cs
