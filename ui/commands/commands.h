#pragma once

#include "operationcommand.h"

#include <QPointF>
#include <span>

namespace cs {

class DesignDocument;

// The edits of the studio, one file each, named after their verb. Each builds the operations and the undo
// text; OperationCommand::execute applies and records it.

// adddevices.cpp: devices of `type` at scene points (top-left corners); a switch serves `network`.
std::unique_ptr<OperationCommand> addDevices(DesignDocument* document, const std::string& type,
                                             std::optional<Network> network, std::span<const QPointF> at);
// adddevices.cpp: copies of devices and the cables among them, offset by `offset` (duplicate, paste).
// `devices` may come from another design (the clipboard's), with the same catalog types.
std::unique_ptr<OperationCommand> copyDevices(DesignDocument* document, const Design& source,
                                              std::span<const DeviceId> devices, QPointF offset,
                                              const QString& text);

// removeitems.cpp: the devices with their cables, the cables, and the racks (the devices a removed rack
// held stay, out of any rack).
std::unique_ptr<OperationCommand> removeItems(DesignDocument* document, std::span<const DeviceId> devices,
                                              std::span<const LinkId> links,
                                              std::span<const RackId> racks = {});

// addcables.cpp: cables already planned by core (planCable, autoCable).
std::unique_ptr<OperationCommand> addCables(DesignDocument* document, std::vector<Operation> cables,
                                            Network network);
// fitcables.cpp: every cable between racked devices gets its length on the floor plan and the library cable
// that reaches it (core's fitCableOperations); none when every cable already fits.
std::unique_ptr<OperationCommand> fitCableLengths(DesignDocument* document);

// changeproperties.cpp: a device's name, GPU, rack, role or switch network.
std::unique_ptr<OperationCommand> changeDevice(DesignDocument* document, Device changed, const QString& text);

// editracks.cpp: a new empty rack of the standard height, its frame's top-left corner at `at`.
std::unique_ptr<OperationCommand> addRack(DesignDocument* document, QPointF at);
// editracks.cpp: a rack's name, power limit or height.
std::unique_ptr<OperationCommand> changeRack(DesignDocument* document, Rack changed, const QString& text);
// editracks.cpp: the devices into `rack`, each in the lowest free slot that fits (core's freeSlots), stacked
// on the canvas below the rack's devices so that its frame takes them in. Throws InputError, naming the
// device, when one fits in no slot.
std::unique_ptr<OperationCommand> moveIntoRack(DesignDocument* document, std::span<const DeviceId> devices,
                                               RackId rack);

} // namespace cs
