#pragma once

#include "model/network.h"

#include <QColor>
#include <QIcon>
#include <QPen>
#include <QString>

namespace cs {

// How the canvas and the legend show one of the six networks (docs/model.md §Networks, §Scale-up domain).
struct NetworkStyle {
    QColor color;
    QPen pen; // cosmetic: a cable keeps its on-screen width at every zoom
    QString label;
};

const NetworkStyle& networkStyle(Network network);
// The network's name in the UI's language (core's networkLabel() stays English).
QString networkDisplayName(Network network);

// A short bar in the network's colour, for lists and menus.
QIcon networkSwatch(Network network);

} // namespace cs
