#pragma once

#include "model/design.h"

#include <vector>

namespace cs {

// Lays out devices that come without canvas positions (a NetBox import) like rack elevations: each rack a
// column of its devices, top unit first, the racks side by side in rows; the devices in no rack in rows
// below, a category to a row. Sets every device's x and y and every rack's x and y (its frame's corner).
// The device types must be in `catalog`.
void layoutRackColumns(std::vector<Rack>& racks, std::vector<Device>& devices, const Catalog& catalog);

} // namespace cs
