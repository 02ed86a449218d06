#include "categorystyle.h"

#include "model/canvas_geometry.h"
#include "model/canvas_style.h"

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

QColor qColor(Rgb rgb) {
    return {rgb.r, rgb.g, rgb.b};
}

// The size and colours are core's (the draw.io export draws the same boxes); the icon is the studio's.
CategoryStyle makeStyle(DeviceCategory category, const char* icon) {
    const BoxSize size = deviceBoxSize(category);
    const CategoryLook& look = categoryLook(category);
    return {QSizeF(size.width, size.height), qColor(look.accent), qColor(look.tint),
            QString::fromLatin1(icon), QString::fromUtf8(categoryLabel(category))};
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
        return std::array{
            makeStyle(DeviceCategory::GpuServer, ":/icons/gpu-server.svg"),
            makeStyle(DeviceCategory::CpuServer, ":/icons/cpu-server.svg"),
            makeStyle(DeviceCategory::Switch, ":/icons/switch.svg"),
            makeStyle(DeviceCategory::Storage, ":/icons/storage.svg"),
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
