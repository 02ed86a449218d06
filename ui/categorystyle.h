#pragma once

#include "model/catalog.h"

#include <QBrush>
#include <QIcon>
#include <QPixmap>
#include <QSizeF>
#include <QString>

namespace cs {

// How the canvas and the legend show a device category.
struct CategoryStyle {
    QSizeF size;   // the device box, in scene units
    QBrush accent; // the icon's colour, and the whole box when zoomed out
    QBrush tint;   // the tile behind the icon
    QString icon;  // SVG resource
    QString label;
};

const CategoryStyle& categoryStyle(DeviceCategory category);
// The category's name in the UI's language (core's categoryLabel() stays English).
QString categoryDisplayName(DeviceCategory category);

// The category's icon, `pixels` device pixels square; each size is rendered once and then cached.
QPixmap categoryPixmap(DeviceCategory category, int pixels);
QIcon categoryIcon(DeviceCategory category);

} // namespace cs
