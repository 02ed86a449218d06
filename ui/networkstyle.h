#pragma once

#include "model/network.h"

#include <QColor>
#include <QIcon>
#include <QPen>
#include <QString>
#include <cstdint>

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

// How the canvas draws one network's cables: in its colour, faint behind everything else, or not at all. The
// legend shows and changes it.
enum class CableDisplay : std::uint8_t { Shown, Dimmed, Hidden };

// Above this many cables a network's lines cover the racks and the other networks in the whole-cluster view
// (a 2,048-GPU cluster: 4,096 compute, 960 storage and 921 in-band cables, spanning the canvas), so a design
// opens with them dimmed; the 128-GPU example (256 compute cables) opens with all shown.
inline constexpr int kDimmedCables = 500;

// How a newly opened design draws a network that has `cables` cables, given the display chosen before: dimmed
// when large, shown where it was dimmed only for its size, else as chosen.
CableDisplay openingCableDisplay(int cables, CableDisplay chosen);

} // namespace cs
