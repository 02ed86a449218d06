#pragma once

#include "base/explained.h"
#include "base/report_text.h"

#include <string>
#include <string_view>
#include <utility>

namespace cs {

// What people read for one figure of the estimate (a key of `estimate --json`): its name, and the unit and
// scale it is shown in (the MFU as a percentage, not the fraction the JSON keeps). The report's formulas
// table and the scenario comparison name their rows from here; `estimate --json` keeps the keys.
struct FigureName {
    std::string_view key;
    ReportTemplate label;
    std::string_view unit; // of the value shown; "currency" stands for the plan's currency
    double scale = 1;      // shown value = the estimate's value x scale
};

// The name of `key`, or nullptr when the estimate has no such figure.
const FigureName* figureName(std::string_view key);

// The explained value of `key` as people read it: its value x scale and the figure's unit (money keeps the
// plan's currency; a key without a name keeps its own value and unit).
std::pair<double, std::string> shownQuantity(std::string_view key, const Explained& value);
// A figure with its unit (formatQuantity), the units that are words (days, sequences) translatable.
ReportText quantityText(double value, const std::string& unit);

} // namespace cs
