#include "rackcaption.h"

#include <QCoreApplication>
#include <QLocale>

namespace cs {

QString rackCaption(const Rack& rack, const RackUsage& usage) {
    const QLocale locale;
    // Power and cooling together: the feed, then what the rack's air or liquid cooling removes.
    const double coolingKw = rackCoolingKw(rack);
    const QString cooling = rack.cooling == Cooling::Air
                                ? QCoreApplication::translate("cs::DesignScene", "air ≤ %1 kW")
                                      .arg(locale.toString(coolingKw, 'f', 0))
                                : QCoreApplication::translate("cs::DesignScene", "liquid %1 kW")
                                      .arg(locale.toString(coolingKw, 'f', 0));
    return QCoreApplication::translate("cs::DesignScene", "%1/%2 kW · %3 · %4/%5 U")
        .arg(locale.toString(usage.max_watts / 1000, 'f', 1), locale.toString(rack.max_kw, 'f', 0), cooling)
        .arg(usage.used_u)
        .arg(rack.height_u);
}

} // namespace cs
