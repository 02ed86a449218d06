#pragma once

#include "model/design.h"
#include "model/rack_usage.h"

#include <QString>

namespace cs {

// What a rack holds against its limits, in one line: "10.3/20 kW · air ≤ 56 kW · 6/42 U" (the devices'
// catalog power against the feed, the cooling, the units used). The canvas' rack tab and the rack elevations
// say it in the same words.
QString rackCaption(const Rack& rack, const RackUsage& usage);

} // namespace cs
