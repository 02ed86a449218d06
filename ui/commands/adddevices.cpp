#include "commands.h"
#include "document.h"

#include <QCoreApplication>
#include <unordered_map>

namespace cs {

namespace {

QString tr(const char* text, int count) {
    return QCoreApplication::translate("cs::Commands", text, nullptr, count);
}

// A name no device has yet: the type's model and the new device's id ("DGX H100-37").
std::string newName(const DeviceType& type, DeviceId id) {
    return (type.model.empty() ? type.id : type.model) + "-" + std::to_string(id);
}

} // namespace

std::unique_ptr<OperationCommand> addDevices(DesignDocument* document, const std::string& type,
                                             std::optional<Network> network, std::span<const QPointF> at) {
    document->adoptType(type); // the catalog copy is part of the design file, not of the undoable edit
    const Design& design = document->design();
    const DeviceType& deviceType = *design.catalog().device(type);
    std::vector<Operation> operations;
    DeviceId next = design.devices().nextId();
    for (const QPointF& point : at) {
        Device device;
        device.id = next++;
        device.type = type;
        device.name = newName(deviceType, device.id);
        device.x = point.x();
        device.y = point.y();
        if (deviceType.category == DeviceCategory::Switch)
            device.network = network;
        operations.push_back({Add<Device>{std::move(device)}});
    }
    return std::make_unique<OperationCommand>(document, tr("Add %n Device(s)", static_cast<int>(at.size())),
                                              std::move(operations));
}

std::unique_ptr<OperationCommand> copyDevices(DesignDocument* document, const Design& source,
                                              std::span<const DeviceId> devices, QPointF offset,
                                              const QString& text) {
    for (DeviceId id : devices)
        document->adoptType(source.devices().find(id)->type);
    const Design& design = document->design();
    std::vector<Operation> operations;
    std::unordered_map<DeviceId, DeviceId> copies; // source id -> new id
    DeviceId next = design.devices().nextId();
    for (DeviceId id : devices) {
        Device copy = *source.devices().find(id);
        copy.id = next++;
        copy.name = newName(design.typeOf(copy), copy.id);
        copy.x += offset.x();
        copy.y += offset.y();
        copy.rack = kNoRack; // a copy stands beside the rack; its slot belongs to the original
        copy.rack_u = 0;
        copies.emplace(id, copy.id);
        operations.push_back({Add<Device>{std::move(copy)}});
    }
    LinkId nextLink = design.links().nextId();
    for (const Link& link : source.links().items()) {
        const auto a = copies.find(link.a.device);
        const auto b = copies.find(link.b.device);
        if (a == copies.end() || b == copies.end())
            continue; // only the cables within the copied devices come along
        Link copy = link;
        copy.id = nextLink++;
        copy.a.device = a->second;
        copy.b.device = b->second;
        operations.push_back({Add<Link>{std::move(copy)}});
    }
    return std::make_unique<OperationCommand>(document, text, std::move(operations));
}

} // namespace cs
