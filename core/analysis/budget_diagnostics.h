#pragma once

#include "analysis/budget_status.h"
#include "rules/diagnostic.h"

#include <string>
#include <vector>

namespace cs {

inline constexpr char kBudgetExceededCode[] = "budget-exceeded";

// "GPU memory (...): 75.2 GiB of 80 GiB (94%), costs none: warn", "...: 188 GiB of 80 GiB (235%), the plan
// cannot run: fail" — a budget line in one sentence, as the
// Diagnostics dock, the report's summary and `estimate`'s stderr name it.
ReportText budgetLineSummary(const BudgetLine& line);

// A budget line that warns or fails, as a finding: code `budget-exceeded`, a warning for warn, an error for
// fail, naming the scenario, the line, demand against capacity and the cost.
struct BudgetFinding {
    Diagnostic diagnostic;
    std::string line; // the budget line's id

    bool operator==(const BudgetFinding&) const = default;
};

// One finding per line that warns or fails, in the lines' order.
std::vector<BudgetFinding> budgetFindings(const std::vector<BudgetLine>& lines, const std::string& scenario);

} // namespace cs
