#pragma once

#include "floorplansheet.h"
#include "model/design.h"

#include <QRectF>
#include <QString>
#include <filesystem>
#include <vector>

class QPainter;

namespace cs {

// Exports the floor plan (FloorPlanSheet, coloured by load) atomically:
// - PDF: A3 landscape; the whole hall on one page when it stays legible there (kMinFloorScale), else a run of
//   rows a page (and, for a hall too wide, a run of its width), each page titled, with the legend and a
//   scale bar;
// - SVG: the whole hall at scale 1 under its title, legend and scale bar.
// Returns the pages written (1 for SVG). Throws InputError for another extension, a design without racks, or
// an unwritable output.
int exportFloorPlan(const Design& design, const std::filesystem::path& output);

// The smallest scale a page draws the hall at: 12-pixel row totals stay above 4.5 points.
inline constexpr double kMinFloorScale = 0.5;

// One page of the floor plan: a part of the sheet, at a scale.
struct FloorPage {
    QRectF source; // sheet coordinates
    double scale = 1;
    QString title; // "NAME — floor plan, rows 1 to 14 of 70"
};

// The pages that show `sheet` on pages of `page` size (title band included): the whole sheet on one page at
// the largest scale up to 1 at which it fits, or at kMinFloorScale on as many pages as it needs.
std::vector<FloorPage> planFloorPages(const Design& design, const FloorPlanSheet& sheet, const QSizeF& page);
// Draws the page's title, legend, scale bar and part of the hall into `page`.
void paintFloorPage(QPainter& painter, const FloorPlanSheet& sheet, const FloorPage& floor,
                    const QRectF& page);

} // namespace cs
