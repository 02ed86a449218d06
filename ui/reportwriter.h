#pragma once

#include "model/design.h"
#include "report/report_content.h"

#include <filesystem>
#include <string>
#include <vector>

namespace cs {

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
// design and one landscape page per network after the summary. Every page but the cover has a header (the
// design, the section) and a footer (the date, "page N of M"). Laid out twice: the first pass finds the page
// numbers the contents list. Throws InputError when `output` cannot be written.
ReportOutput writeReport(const Design& design, const ReportContent& content,
                         const std::filesystem::path& output);

} // namespace cs
