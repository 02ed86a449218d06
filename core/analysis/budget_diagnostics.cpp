#include "analysis/budget_diagnostics.h"

#include "base/number_format.h"
#include "base/units.h"

#include <cmath>

namespace cs {

std::string budgetLineSummary(const BudgetLine& line) {
    std::string text = line.label + ": " + formatQuantity(line.demand.value, line.demand.unit) + " of " +
                       formatQuantity(line.capacity.value, line.capacity.unit);
    if (std::isfinite(line.utilisation))
        text += " (" + formatNumber("%.0f%%", line.utilisation * kPercent) + ")";
    text += line.cost.cannot_run ? ", the plan cannot run" : ", costs " + budgetCostText(line.cost);
    return text + ": " + std::string(budgetStatusId(line.status));
}

std::vector<BudgetFinding> budgetFindings(const std::vector<BudgetLine>& lines, const std::string& scenario) {
    std::vector<BudgetFinding> out;
    for (const BudgetLine* line : exceededBudgetLines(lines)) {
        Diagnostic d;
        d.code = kBudgetExceededCode;
        d.severity = line->status == BudgetStatus::Fail ? Severity::Error : Severity::Warning;
        d.message = "Scenario \"" + scenario + "\": " + budgetLineSummary(*line);
        d.hint = line->fit_only
                     ? "The Budget dock explains the line: lower the micro-batch or the batch, "
                       "raise TP or PP, or choose a GPU with more memory."
                     : "The Budget dock explains the line; the demand falls with a plan that moves "
                       "fewer bytes over this link, the cost with a faster link.";
        out.push_back({std::move(d), line->id});
    }
    return out;
}

} // namespace cs
