#pragma once

#include <QColor>
#include <QPen>
#include <QString>
#include <cstdint>

namespace cs {

// How the heat overlay colours a utilisation band (core's heatBand(), link_heat.h). A cable or switch is in
// one bucket: kNoHeatBucket (grey: no valid plan, or added since the estimate) or heatBucket(band).
inline constexpr std::uint8_t kNoHeatBucket = 0;
std::uint8_t heatBucket(int band);
int heatBucketCount(); // kHeatBands + 1

// A sequential scale, cool grey-green through amber to red; over capacity a distinct magenta.
QColor heatBucketColor(std::uint8_t bucket);
// Cosmetic pens: `thin` is one pixel (the raster engine's fast path, for far zooms); otherwise the band's own
// width, wider as the load rises.
const QPen& heatBucketPen(std::uint8_t bucket, bool thin);
// "10–30 %", "≥ 100 %", in the UI's locale.
QString heatBandLabel(int band);

} // namespace cs
