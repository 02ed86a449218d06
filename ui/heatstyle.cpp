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

// Bucket 0 (no data) then one per band (link_heat.h): blues that darken with the load (< 0.1, 0.1-1, 1-10,
// 10-30, 30-70 %), then at or above 70 % the colour of the network's budget status: violet (pass: busy in its
// phase, hidden by overlap), amber (warn), red (fail). The widths grow with the load so that the busy links
// stand out of a dense fabric.
const std::array<BucketStyle, kHeatBands + 1>& bucketStyles() {
    static const std::array<BucketStyle, kHeatBands + 1> styles = {{
        {QColor(0xCB, 0xD5, 0xE1), 1.0}, // no valid plan: light slate
        {QColor(0xA7, 0xB8, 0xAE), 1.0}, // grey-green: idle
        {QColor(0x93, 0xC5, 0xFD), 1.3}, // light blue
        {QColor(0x60, 0xA5, 0xFA), 1.6}, // blue
        {QColor(0x25, 0x63, 0xEB), 1.9}, // strong blue
        {QColor(0x1E, 0x3A, 0x8A), 2.2}, // navy: up to the warn threshold
        {QColor(0x7C, 0x3A, 0xED), 2.6}, // violet: >= 70 %, the budget passes
        {QColor(0xF5, 0x9E, 0x0B), 2.9}, // amber: >= 70 %, the budget warns
        {QColor(0xDC, 0x26, 0x26), 3.2}, // red: >= 70 %, the budget fails
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
    const int edges = static_cast<int>(kHeatBandEdges.size());
    if (band <= 0)
        return QCoreApplication::translate("cs::HeatStyle", "< %1 %").arg(percent(kHeatBandEdges.front()));
    if (band < edges)
        return QCoreApplication::translate("cs::HeatStyle", "%1–%2 %")
            .arg(percent(kHeatBandEdges[static_cast<std::size_t>(band - 1)]),
                 percent(kHeatBandEdges[static_cast<std::size_t>(band)]));
    const QString top = percent(kHeatBandEdges.back());
    switch (static_cast<BudgetStatus>(std::min(band - edges, kHeatStatusBands - 1))) {
    case BudgetStatus::Pass:
        return QCoreApplication::translate("cs::HeatStyle", "≥ %1 %, the budget passes (hidden by overlap)")
            .arg(top);
    case BudgetStatus::Warn:
        return QCoreApplication::translate("cs::HeatStyle", "≥ %1 %, the budget warns").arg(top);
    case BudgetStatus::Fail:
        return QCoreApplication::translate("cs::HeatStyle", "≥ %1 %, the budget fails").arg(top);
    }
    return {};
}

} // namespace cs
