#include "networkstyle.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPixmap>
#include <array>

namespace cs {

namespace {

NetworkStyle makeStyle(Network network, QColor color, qreal widthPixels) {
    QPen pen(color, widthPixels);
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
    // Compute is the busiest and most important fabric: the strongest colour and the widest line.
    static std::array<NetworkStyle, kNetworkCount> styles = {
        makeStyle(Network::Compute, QColor(0xE0, 0x4F, 0x2A), 1.6),
        makeStyle(Network::Storage, QColor(0x25, 0x63, 0xEB), 1.4),
        makeStyle(Network::Uplink, QColor(0x16, 0xA3, 0x4A), 1.3),
        makeStyle(Network::Inband, QColor(0x93, 0x33, 0xEA), 1.3),
        makeStyle(Network::Oob, QColor(0x8B, 0x94, 0xA3), 1.0),
        // Scale-up: short, dense cabling inside a rack; amber stands apart from the five fabrics' colours.
        makeStyle(Network::Scaleup, QColor(0xD9, 0x77, 0x06), 1.2),
    };
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

} // namespace cs
