#pragma once

#include "model/design.h"
#include "rackelevationsheet.h"

#include <QRectF>
#include <QString>
#include <filesystem>
#include <vector>

class QPainter;

namespace cs {

// Exports the racks' front views (RackRowSheet), a row of the hall (floorPlanOf) after another, atomically:
// - PDF: A3 landscape, one page per row, titled with the design and the row; a row too wide to stay legible
//   (kMinElevationScale) on one page goes on as many pages as it needs, a run of racks each;
// - SVG: one drawing, the rows one under another, each under its title.
// Returns the pages (PDF) or rows (SVG) written. Throws InputError for another extension, a design without
// racks, or an unwritable output.
int exportRackElevations(const Design& design, const std::filesystem::path& output);

// The smallest scale a page draws a row at: 8-point unit numbers stay above 4 points.
inline constexpr double kMinElevationScale = 0.5;
// The band above a row that holds its title, in pixels.
inline constexpr double kElevationTitlePx = 40;

// One page of rack elevations: a row of the hall, or a run of its racks when the row is too wide, laid out
// once for the page.
struct ElevationPage {
    RackRowSheet sheet;
    double scale = 1;
    QString title; // "NAME — rack elevations, row 2 of 5 (racks 1 to 12 of 30)"
};

// The pages that draw the rows, and what they leave out when a cap on the pages stops them.
struct ElevationPlan {
    std::vector<ElevationPage> pages;
    std::size_t rows = 0, racks = 0;           // in the design
    std::size_t rows_left = 0, racks_left = 0; // rows not drawn whole, racks not drawn
};

// The pages that show the rows of racks on pages of `page` size (title band included), each row at the
// largest scale up to 1 at which it fits, or at kMinElevationScale on as many pages as it needs; at most
// `maxPages` pages: whole rows while they fit, or the first row's first pages when it alone needs more.
ElevationPlan planElevationPages(const Design& design, const std::vector<std::vector<RackId>>& rows,
                                 const QSizeF& page, std::size_t maxPages);
// Draws the page's title and racks into `page`.
void paintElevationPage(QPainter& painter, const ElevationPage& elevation, const QRectF& page);

} // namespace cs
