#include "base/input_error.h"
#include "commands.h"
#include "designview.h"
#include "deviceitem.h"
#include "document.h"
#include "model/rack_usage.h"
#include "rackitem.h"
#include "topology/rack_layout.h"

#include <QCoreApplication>
#include <cmath>

namespace cs {

namespace {

// A new rack's power limit: a common air-cooled budget, one of the inspector's presets.
constexpr double kNewRackKw = 40;
constexpr qreal kStackGap = 20; // between devices stacked into a rack, in scene units

QString tr(const char* text, int count = -1) {
    return QCoreApplication::translate("cs::Commands", text, nullptr, count);
}

} // namespace

std::unique_ptr<OperationCommand> addRack(DesignDocument* document, QPointF at) {
    Rack rack;
    rack.id = document->design().racks().nextId();
    rack.name = tr("Rack %1").arg(rack.id).toStdString();
    rack.x = at.x();
    rack.y = at.y();
    rack.max_kw = kNewRackKw;
    rack.height_u = kStandardRackUnits;
    return std::make_unique<OperationCommand>(document, tr("New Rack"),
                                              std::vector<Operation>{{Add<Rack>{std::move(rack)}}});
}

std::unique_ptr<OperationCommand> changeRack(DesignDocument* document, Rack changed, const QString& text) {
    return std::make_unique<OperationCommand>(document, text,
                                              std::vector<Operation>{{Update<Rack>{std::move(changed)}}});
}

std::unique_ptr<OperationCommand> moveIntoRack(DesignDocument* document, std::span<const DeviceId> devices,
                                               RackId rack) {
    const Design& design = document->design();
    const std::vector<int> lowestUnits = freeSlots(design, rack, devices);
    const Rack& target = *design.racks().find(rack);
    // The devices already in the rack, which the moved ones go below.
    QRectF members;
    for (const Device& device : design.devices().items()) {
        if (device.rack == rack && std::ranges::find(devices, device.id) == devices.end())
            members |= deviceRect(design, device);
    }
    const qreal left = members.isNull() ? target.x + kRackPadding : members.left();
    qreal top = members.isNull() ? target.y + kRackHeader : members.bottom() + kStackGap;
    std::vector<Operation> operations;
    for (std::size_t i = 0; i < devices.size(); ++i) {
        Device device = *design.devices().find(devices[i]);
        if (lowestUnits[i] == 0)
            throw InputError("“" + target.name + "” has no free slot of " +
                             std::to_string(design.typeOf(device).rack_units) + " U for “" + device.name +
                             "”");
        device.rack = rack;
        device.rack_u = lowestUnits[i];
        device.x = left;
        device.y = std::ceil(top / kGridStep) * kGridStep;
        top = device.y + deviceRect(design, device).height() + kStackGap;
        operations.push_back({Update<Device>{std::move(device)}});
    }
    return std::make_unique<OperationCommand>(
        document, tr("Move %n Device(s) into Rack", static_cast<int>(devices.size())), std::move(operations));
}

} // namespace cs
