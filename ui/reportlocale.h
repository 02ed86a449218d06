#pragma once

// The report in the UI's language: core assembles its content as English message templates with
// their arguments (report_text.h); the studio translates every template with the installed translator
// (QCoreApplication::translate, in the template's context) before writing the PDF. The CLI writes English.
#include "report/report_content.h"

#include <QString>

namespace cs {

// `content` with every text translated; names and figures, which are verbatim, unchanged.
ReportContent localizedReport(ReportContent content);
// One text in the UI's language (the studio shows some of core's report words too: the comparison's rows).
QString localizedText(const ReportText& text);

} // namespace cs
