#pragma once

#include "model/design.h"

#include <string>
#include <vector>

namespace cs {

// A standard 19" rack: 42 U (EIA-310; the 128-GPU example uses 42 U racks).
inline constexpr int kStandardRackUnits = 42;

// Fills racks one after the other: a device goes into the current rack while the rack's power (catalog
// maximum) and height allow it, else into a new rack named "<prefix>-<n>". A liquid-cooled rack declares a
// cooling capacity equal to its power limit (its coolant loop sized to its feed).
class RackFiller {
public:
    RackFiller(std::vector<Rack>& racks, RackId& nextRackId, std::string prefix, double maxKw,
               int heightU = kStandardRackUnits, Cooling cooling = Cooling::Air);

    // Sets device.rack and device.rack_u (stacked from U1 up). Throws InputError when the device alone
    // exceeds an empty rack's power or height.
    void place(Device& device, const DeviceType& type);
    // The next device starts a new rack.
    void closeRack() { current_ = kNoRack; }

private:
    std::vector<Rack>& racks_;
    RackId& next_id_;
    std::string prefix_;
    double max_watts_;
    int height_u_;
    Cooling cooling_;
    RackId current_ = kNoRack;
    double used_watts_ = 0;
    int used_u_ = 0;
    int count_ = 0;
};

// How many devices of one type a rack holds within its power and height limits.
int devicesPerRack(const DeviceType& type, double maxKw, int heightU = kStandardRackUnits);

// Canvas geometry, in scene pixels (the 128-GPU example's pitch: servers 240 px apart, tiers 150–270 px).
struct CanvasGrid {
    double pitch_x = 240;    // horizontal distance between neighbouring devices
    double switch_row = 150; // height of a row of switches
    double server_row = 270; // height of a row of servers
    double rack_margin = 20; // a rack frame's margin around its devices
};

// Lays `devices` out left to right from (left, top), `perRow` to a row spread evenly over `width`; returns
// the y below the last row.
double layoutRows(const std::vector<Device*>& devices, double left, double top, double width, int perRow,
                  double rowHeight);

// Puts the frame of each rack whose first device has `framedRole` around its devices (top-left of that
// device, minus the margin); the other racks, whose devices are laid out by tier, go in rows below
// everything.
void frameRacks(std::vector<Rack>& racks, const std::vector<Device>& devices, const std::string& framedRole,
                const CanvasGrid& grid);

} // namespace cs
