#include "base/input_error.h"
#include "cli_arguments.h"
#include "cli_commands.h"
#include "estimate/plan.h"
#include "headless.h"
#include "io/design_file.h"
#include "report/report_content.h"
#include "reportwriter.h"

#include <filesystem>
#include <ostream>

namespace cs {

int runReport(const std::vector<std::string>& args, std::ostream& out) {
    const Arguments arguments = parseArguments(args, {}, {"-o", "--plan", "--scenario", "--catalogs"});
    const std::string& file = arguments.onePositional("design file");
    if (!arguments.has("-o"))
        throw InputError("report needs an output file: -o REPORT.pdf");
    const std::filesystem::path output = arguments.value("-o");
    if (output.extension() != ".pdf")
        throw InputError(output.string() + ": the report is a PDF: -o REPORT.pdf");
    const Catalog catalog = loadCatalog(arguments);
    const Design design = readDesign(file, catalog);
    if (arguments.has("--plan") && arguments.has("--scenario"))
        throw InputError("report takes --plan PLAN.json or --scenario NAME, not both");
    std::optional<NamedPlan> plan;
    if (arguments.has("--plan")) {
        const std::string path = arguments.value("--plan");
        plan = NamedPlan{std::filesystem::path(path).filename().string(), readPlanFile(path, catalog)};
    }
    const std::string scenario = arguments.has("--scenario") ? arguments.value("--scenario") : std::string();
    ReportContent content;
    try {
        content = makeReportContent(design, catalog, plan, scenario);
    } catch (const InputError& e) {
        throw InputError(file + ": " + e.what());
    }
    ensureHeadlessApplication();
    const ReportOutput report = writeReport(design, content, output);
    out << "wrote " << output.string() << " (" << report.pages << " pages)\n";
    return kExitOk;
}

} // namespace cs
