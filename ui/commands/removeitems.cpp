#include "commands.h"
#include "document.h"

#include <QCoreApplication>
#include <algorithm>
#include <unordered_set>

namespace cs {

std::unique_ptr<OperationCommand> removeItems(DesignDocument* document, std::span<const DeviceId> devices,
                                              std::span<const LinkId> links, std::span<const RackId> racks) {
    const Design& design = document->design();
    std::vector<Operation> operations;
    std::unordered_set<LinkId> removed;
    for (LinkId id : links) {
        if (removed.insert(id).second)
            operations.push_back({Remove<Link>{id}});
    }
    for (DeviceId id : devices) {
        // A cable between two deleted devices, or one selected as well, goes only once.
        for (LinkId link : design.linksOf(id)) {
            if (removed.insert(link).second)
                operations.push_back({Remove<Link>{link}});
        }
    }
    for (DeviceId id : devices)
        operations.push_back({Remove<Device>{id}});
    // A rack goes once it is empty: the devices it held and that stay are taken out of it first.
    for (const Device& device : design.devices().items()) {
        if (std::ranges::find(racks, device.rack) != racks.end() &&
            std::ranges::find(devices, device.id) == devices.end()) {
            Device unracked = device;
            unracked.rack = kNoRack;
            unracked.rack_u = 0;
            operations.push_back({Update<Device>{std::move(unracked)}});
        }
    }
    for (RackId id : racks)
        operations.push_back({Remove<Rack>{id}});
    const int count = static_cast<int>(devices.size() + links.size() + racks.size());
    return std::make_unique<OperationCommand>(
        document, QCoreApplication::translate("cs::Commands", "Delete %n Item(s)", nullptr, count),
        std::move(operations));
}

} // namespace cs
