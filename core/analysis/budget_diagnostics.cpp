#include "analysis/budget_diagnostics.h"

#include "base/number_format.h"
#include "base/units.h"

#include <cmath>

namespace cs {

ReportText budgetLineSummary(const BudgetLine& line) {
    const ReportText demand = formatQuantity(line.demand.value, line.demand.unit);
    const ReportText capacity = formatQuantity(line.capacity.value, line.capacity.unit);
    const ReportText use = std::isfinite(line.utilisation)
                               ? ReportText(formatNumber("%.0f%%", line.utilisation * kPercent))
                               : ReportText(CS_REPORT_TEXT("cs::Report", "no capacity"));
    if (line.cost.cannot_run)
        return {CS_REPORT_TEXT("cs::Report", "%1: %2 of %3 (%4), the plan cannot run: %5"),
                {line.label, demand, capacity, use, budgetStatusText(line.status)}};
    return {CS_REPORT_TEXT("cs::Report", "%1: %2 of %3 (%4), costs %5: %6"),
            {line.label, demand, capacity, use, budgetCostText(line.cost), budgetStatusText(line.status)}};
}

std::vector<BudgetFinding> budgetFindings(const std::vector<BudgetLine>& lines, const std::string& scenario) {
    std::vector<BudgetFinding> out;
    for (const BudgetLine* line : exceededBudgetLines(lines)) {
        Diagnostic d;
        d.code = kBudgetExceededCode;
        d.severity = line->status == BudgetStatus::Fail ? Severity::Error : Severity::Warning;
        d.message = {CS_REPORT_TEXT("cs::Report", "Scenario \"%1\": %2"),
                     {scenario, budgetLineSummary(*line)}};
        d.hint =
            line->fit_only
                ? CS_REPORT_TEXT("cs::Report", "The Budget dock explains the line: lower the micro-batch or "
                                               "the batch, raise TP or PP, or choose a GPU with more memory.")
                : CS_REPORT_TEXT("cs::Report", "The Budget dock explains the line; the demand falls with a "
                                               "plan that moves fewer bytes over this link, the cost with a "
                                               "faster link.");
        out.push_back({std::move(d), line->id});
    }
    return out;
}

} // namespace cs
