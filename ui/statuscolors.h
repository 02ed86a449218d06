#pragma once

#include "analysis/budget_status.h"

#include <QColor>
#include <QString>

namespace cs {

// The studio's pass / warn / fail colours (Material green 800, orange 800, red 800): budget lines, rack power
// bars, the heat overlay's messages, diagnostics counts and the plan's errors all say "bad" in one red.
inline const QColor kPassColor(0x2E, 0x7D, 0x32);
inline const QColor kWarnColor(0xEF, 0x6C, 0x00);
inline const QColor kFailColor(0xC6, 0x28, 0x28);

QColor budgetStatusColor(BudgetStatus status);
// A style sheet that writes text in `color` ("color: #c62828;"), bold when asked.
QString textColorStyle(const QColor& color, bool bold = false);

} // namespace cs
