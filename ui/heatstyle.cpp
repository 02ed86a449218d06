#include "heatstyle.h"

#include "analysis/link_heat.h"

#include <QCoreApplication>
#include <QLocale>
#include <algorithm>
#include <array>

namespace cs {

namespace {

struct BucketStyle {
    QColor color;
    qreal width_pixels;
};

// Bucket 0 (no data) then one per band of kHeatBandEdges: < 0.1, 0.1-1, 1-10, 10-30, 30-70, 70-100, >= 100 %.
// The widths grow with the load so that the busy links stand out of a dense fabric.
const std::array<BucketStyle, kHeatBands + 1>& bucketStyles() {
    static const std::array<BucketStyle, kHeatBands + 1> styles = {{
        {QColor(0xCB, 0xD5, 0xE1), 1.0}, // no valid plan: light slate
        {QColor(0xA7, 0xB8, 0xAE), 1.0}, // grey-green: idle
        {QColor(0x4D, 0xA3, 0x73), 1.4}, // green
        {QColor(0xA3, 0xB8, 0x1F), 1.6}, // yellow-green
        {QColor(0xF5, 0xB3, 0x0B), 1.8}, // amber
        {QColor(0xEA, 0x6A, 0x0C), 2.2}, // orange: up to the warn threshold
        {QColor(0xDC, 0x26, 0x26), 2.6}, // red: warn, near capacity
        {QColor(0xC0, 0x26, 0xD3), 3.2}, // magenta: at or over capacity, the bottleneck
    }};
    return styles;
}

QPen makePen(const BucketStyle& style, qreal width) {
    QPen pen(style.color, width);
    pen.setCosmetic(true);
    pen.setCapStyle(Qt::FlatCap);
    return pen;
}

} // namespace

std::uint8_t heatBucket(int band) {
    return static_cast<std::uint8_t>(std::clamp(band, 0, kHeatBands - 1) + 1);
}

int heatBucketCount() {
    return kHeatBands + 1;
}

QColor heatBucketColor(std::uint8_t bucket) {
    return bucketStyles().at(bucket).color;
}

const QPen& heatBucketPen(std::uint8_t bucket, bool thin) {
    static const auto pens = [] {
        std::array<std::array<QPen, 2>, kHeatBands + 1> made;
        for (std::size_t i = 0; i < made.size(); ++i)
            made[i] = {makePen(bucketStyles()[i], bucketStyles()[i].width_pixels),
                       makePen(bucketStyles()[i], 1)};
        return made;
    }();
    return pens.at(bucket)[thin ? 1 : 0];
}

QString heatBandLabel(int band) {
    const QLocale locale;
    const auto percent = [&locale](double fraction) { return locale.toString(fraction * 100, 'g', 3); };
    if (band <= 0)
        return QCoreApplication::translate("cs::HeatStyle", "< %1 %").arg(percent(kHeatBandEdges.front()));
    if (band >= kHeatBands - 1)
        return QCoreApplication::translate("cs::HeatStyle", "≥ %1 %").arg(percent(kHeatBandEdges.back()));
    return QCoreApplication::translate("cs::HeatStyle", "%1–%2 %")
        .arg(percent(kHeatBandEdges[static_cast<std::size_t>(band - 1)]),
             percent(kHeatBandEdges[static_cast<std::size_t>(band)]));
}

} // namespace cs
