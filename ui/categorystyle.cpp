#include "categorystyle.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPixmapCache>
#include <QSvgRenderer>
#include <array>

// cs_ui is a static library: its resources are registered only when something calls their initializer, and
// Q_INIT_RESOURCE cannot be used inside a namespace.
static void initUiResources() {
    Q_INIT_RESOURCE(resources);
}

namespace cs {

namespace {

CategoryStyle makeStyle(DeviceCategory category, QSizeF size, QColor accent, QColor tint, const char* icon) {
    return {size, accent, tint, QString::fromLatin1(icon), QString::fromUtf8(categoryLabel(category))};
}

// The categories' names in the UI's language, keyed by the core id. Indexed like kDeviceCategories.
constexpr std::array<const char*, kDeviceCategories.size()> kCategoryNames = {
    QT_TRANSLATE_NOOP("cs::Category", "GPU server"),
    QT_TRANSLATE_NOOP("cs::Category", "CPU server"),
    QT_TRANSLATE_NOOP("cs::Category", "Switch"),
    QT_TRANSLATE_NOOP("cs::Category", "Storage"),
};

} // namespace

QString categoryDisplayName(DeviceCategory category) {
    return QCoreApplication::translate("cs::Category", kCategoryNames[static_cast<std::size_t>(category)]);
}

const CategoryStyle& categoryStyle(DeviceCategory category) {
    static std::array<CategoryStyle, kDeviceCategories.size()> styles = [] {
        initUiResources();
        // GPU servers are the subject of the diagram: the widest, tallest boxes.
        return std::array{
            makeStyle(DeviceCategory::GpuServer, {200, 64}, QColor(0x0F, 0x76, 0x6E),
                      QColor(0xE2, 0xF2, 0xEF), ":/icons/gpu-server.svg"),
            makeStyle(DeviceCategory::CpuServer, {160, 56}, QColor(0x47, 0x55, 0x69),
                      QColor(0xEC, 0xEF, 0xF4), ":/icons/cpu-server.svg"),
            makeStyle(DeviceCategory::Switch, {160, 40}, QColor(0x43, 0x38, 0xCA), QColor(0xEB, 0xEA, 0xFB),
                      ":/icons/switch.svg"),
            makeStyle(DeviceCategory::Storage, {160, 56}, QColor(0x03, 0x69, 0xA1), QColor(0xE3, 0xF0, 0xF8),
                      ":/icons/storage.svg"),
        };
    }();
    CategoryStyle& style = styles[static_cast<std::size_t>(category)];
    style.label = categoryDisplayName(category); // follows the installed translator
    return style;
}

QPixmap categoryPixmap(DeviceCategory category, int pixels) {
    const QString key = QStringLiteral("cs-category-%1-%2").arg(static_cast<int>(category)).arg(pixels);
    QPixmap pixmap;
    if (QPixmapCache::find(key, &pixmap))
        return pixmap;
    pixmap = QPixmap(pixels, pixels);
    pixmap.fill(Qt::transparent);
    QSvgRenderer renderer(categoryStyle(category).icon);
    QPainter painter(&pixmap);
    renderer.render(&painter);
    painter.end();
    QPixmapCache::insert(key, pixmap);
    return pixmap;
}

QIcon categoryIcon(DeviceCategory category) {
    QIcon icon;
    for (int pixels : {16, 24, 32, 48})
        icon.addPixmap(categoryPixmap(category, pixels));
    return icon;
}

} // namespace cs
