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

// removeitems.cpp: the devices with their cables, and the cables.
std::unique_ptr<OperationCommand> removeItems(DesignDocument* document, std::span<const DeviceId> devices,
                                              std::span<const LinkId> links);

// addcables.cpp: cables already planned by core (planCable, autoCable).
std::unique_ptr<OperationCommand> addCables(DesignDocument* document, std::vector<Operation> cables,
                                            Network network);

// changeproperties.cpp: a device's name, GPU, rack, role or switch network.
std::unique_ptr<OperationCommand> changeDevice(DesignDocument* document, Device changed, const QString& text);

} // namespace cs
