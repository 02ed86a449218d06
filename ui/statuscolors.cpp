#include "statuscolors.h"

namespace cs {

QColor budgetStatusColor(BudgetStatus status) {
    switch (status) {
    case BudgetStatus::Pass:
        return kPassColor;
    case BudgetStatus::Warn:
        return kWarnColor;
    case BudgetStatus::Fail:
        break;
    }
    return kFailColor;
}

QString textColorStyle(const QColor& color, bool bold) {
    return QStringLiteral("color: %1;%2")
        .arg(color.name(), bold ? QStringLiteral(" font-weight: 600;") : QString());
}

} // namespace cs
