#include "movedevices.h"

#include "deviceitem.h"
#include "document.h"

#include <QCoreApplication>
#include <algorithm>

namespace cs {

namespace {

std::vector<Operation> moves(const Design& design, const std::unordered_map<DeviceId, QPointF>& positions) {
    std::vector<Operation> operations;
    operations.reserve(positions.size());
    for (const auto& [id, at] : positions) {
        Device device = *design.devices().find(id);
        device.x = at.x();
        device.y = at.y();
        operations.push_back({Update<Device>{std::move(device)}});
    }
    return operations;
}

std::vector<DeviceId> sortedIds(const std::unordered_map<DeviceId, QPointF>& positions) {
    std::vector<DeviceId> ids;
    ids.reserve(positions.size());
    for (const auto& entry : positions)
        ids.push_back(entry.first);
    std::sort(ids.begin(), ids.end());
    return ids;
}

} // namespace

MoveDevices::MoveDevices(DesignDocument* document, const std::unordered_map<DeviceId, QPointF>& positions,
                         const QString& text, int gesture)
    : OperationCommand(document, text, moves(document->design(), positions))
    , devices_(sortedIds(positions))
    , gesture_(gesture) {}

bool MoveDevices::mergeWith(const QUndoCommand* other) {
    const auto* move = static_cast<const MoveDevices*>(other);
    if (gesture_ == 0 || move->gesture_ != gesture_ || move->devices_ != devices_)
        return false;
    // This command's inverses still hold the places before the first move; the latest places win.
    operations_ = move->operations_;
    return true;
}

std::unique_ptr<MoveDevices> moveDevices(DesignDocument* document,
                                         const std::unordered_map<DeviceId, QPointF>& origins, QPointF delta,
                                         int gesture) {
    std::unordered_map<DeviceId, QPointF> positions;
    for (const auto& [id, origin] : origins)
        positions.emplace(id, origin + delta);
    // A cast among translate()'s arguments hides the text from lupdate: the count comes first.
    const int count = static_cast<int>(origins.size());
    return std::make_unique<MoveDevices>(
        document, positions, QCoreApplication::translate("cs::Commands", "Move %n Device(s)", nullptr, count),
        gesture);
}

std::unique_ptr<MoveDevices> alignDevices(DesignDocument* document, std::span<const DeviceId> devices,
                                          Alignment alignment) {
    const Design& design = document->design();
    if (devices.empty())
        return nullptr;
    const DeviceId anchorId = *std::min_element(devices.begin(), devices.end());
    const QRectF anchor = deviceRect(design, *design.devices().find(anchorId));
    std::unordered_map<DeviceId, QPointF> positions;
    for (DeviceId id : devices) {
        QRectF rect = deviceRect(design, *design.devices().find(id));
        switch (alignment) {
        case Alignment::Left:
            rect.moveLeft(anchor.left());
            break;
        case Alignment::Top:
            rect.moveTop(anchor.top());
            break;
        case Alignment::HorizontalCentre:
            rect.moveCenter({anchor.center().x(), rect.center().y()});
            break;
        case Alignment::VerticalCentre:
            rect.moveCenter({rect.center().x(), anchor.center().y()});
            break;
        }
        positions.emplace(id, rect.topLeft());
    }
    const int count = static_cast<int>(devices.size());
    return std::make_unique<MoveDevices>(
        document, positions,
        QCoreApplication::translate("cs::Commands", "Align %n Device(s)", nullptr, count));
}

} // namespace cs
