#pragma once

// The report in the UI's language (issue 7): core assembles its content in English; the studio translates
// the labels (section titles, table captions and headers, facts, chart titles and axes) with the installed
// translator before writing the PDF. The CLI writes the English report.
#include "report_content.h"

namespace cs {

// `content` with every known label translated (context "cs::Report"); others, and figures, unchanged.
ReportContent localizedReport(ReportContent content);

} // namespace cs
