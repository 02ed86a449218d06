#pragma once

#include "model/design.h"
#include "report/report_content.h"

#include <QRectF>
#include <QString>
#include <filesystem>
#include <string>
#include <vector>

namespace cs {

struct ElevationPlan;

// One line of the table of contents.
struct ReportTocEntry {
    std::string title;
    int page = 0;
};

struct ReportOutput {
    int pages = 0;
    std::vector<ReportTocEntry> contents;
};

// Writes the PDF report of `design` (A4; vector throughout), atomically: a cover with the headline figures,
// the table of contents, then each section of `content` on its own pages, with the diagram of the whole
// design and of each network on landscape pages after the summary: one page each when its names are legible
// at the page's scale, else an overview at block level and up to kReportDetailSheets (for one network
// kReportNetworkDetailSheets) detail pages (diagramsheets.h), then the racks' elevations, a row a page, then
// the floor plan. Every page but the cover has a header (the design, the section) and a footer (the date,
// "page N of M"). Laid out twice: the first pass finds the page numbers the contents list. Throws InputError
// when `output` cannot be written. Detail sheets after a block overview: for the diagram of all networks, and
// for each network's.
inline constexpr int kReportDetailSheets = 4, kReportNetworkDetailSheets = 2;
// Pages of rack elevations (elevationexport.h) in the report: whole rows while they fit, then a note of the
// rows left and the command that draws them all.
inline constexpr std::size_t kReportElevationPages = 8;
// Pages of the floor plan (floorplanexport.h) in the report.
inline constexpr std::size_t kReportFloorPages = 4;

// Where a landscape page of the report draws a diagram sheet: the page within its margins, below the header
// and above the footer, in CSS pixels.
QRectF reportDiagramSheet();

// The band under the rack elevations of a report page that holds the note of the rows left, in CSS pixels.
inline constexpr qreal kReportNoteHeight = 20;
// Where a report page draws its rack elevations: the diagram sheet less the note's band at the bottom.
QRectF reportElevationArea();
// The note under the last page of rack elevations: what the report leaves out and the command that draws it;
// empty when every row is drawn.
QString reportElevationNote(const ElevationPlan& plan);

ReportOutput writeReport(const Design& design, const ReportContent& content,
                         const std::filesystem::path& output);

// Where a table's rows of `heights` break across pages, given the room left on the current page below its
// header and the room of a whole page below the repeated header: the indices of the rows that start a new
// page. No orphans: the first two rows stay together (the whole table moves on when they do not fit) and
// the last two rows never part (the last row never stands alone on a page).
std::vector<std::size_t> tablePageBreaks(const std::vector<double>& heights, double room_left,
                                         double page_room);

} // namespace cs
