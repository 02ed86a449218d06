#include "networkstyle.h"

#include "model/canvas_style.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPixmap>
#include <array>

namespace cs {

namespace {

NetworkStyle makeStyle(Network network) {
    const NetworkLook& look = networkLook(network);
    const QColor color(look.color.r, look.color.g, look.color.b);
    QPen pen(color, look.width_pixels);
    pen.setCosmetic(true);
    pen.setCapStyle(Qt::FlatCap);
    return {color, pen, QString::fromUtf8(networkLabel(network))};
}

// The networks' names in the UI's language, keyed by the core id (core keeps its English labels for files and
// the CLI). Indexed like kNetworks.
constexpr std::array<const char*, kNetworkCount> kNetworkNames = {
    QT_TRANSLATE_NOOP("cs::Network", "GPU compute"),
    QT_TRANSLATE_NOOP("cs::Network", "Storage"),
    QT_TRANSLATE_NOOP("cs::Network", "Uplink (business)"),
    QT_TRANSLATE_NOOP("cs::Network", "In-band management"),
    QT_TRANSLATE_NOOP("cs::Network", "Out-of-band management"),
    QT_TRANSLATE_NOOP("cs::Network", "Scale-up (NVLink)"),
};

} // namespace

QString networkDisplayName(Network network) {
    return QCoreApplication::translate("cs::Network", kNetworkNames[networkIndex(network)]);
}

const NetworkStyle& networkStyle(Network network) {
    static std::array<NetworkStyle, kNetworkCount> styles = [] {
        std::array<NetworkStyle, kNetworkCount> all;
        for (Network each : kNetworks)
            all[networkIndex(each)] = makeStyle(each);
        return all;
    }();
    // The label follows the installed translator (the UI thread alone draws and reads it).
    NetworkStyle& style = styles[networkIndex(network)];
    style.label = networkDisplayName(network);
    return style;
}

QIcon networkSwatch(Network network) {
    constexpr int kSize = 16;
    QPixmap pixmap(kSize, kSize);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(networkStyle(network).color);
    painter.drawRoundedRect(QRectF(1, 5, kSize - 2, 6), 3, 3);
    return QIcon(pixmap);
}

CableDisplay openingCableDisplay(int cables, CableDisplay chosen) {
    if (cables > kDimmedCables)
        return CableDisplay::Dimmed;
    return chosen == CableDisplay::Dimmed ? CableDisplay::Shown : chosen;
}

} // namespace cs
