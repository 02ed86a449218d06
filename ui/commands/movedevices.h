#pragma once

#include "operationcommand.h"

#include <QPointF>
#include <span>
#include <unordered_map>

namespace cs {

// Moves devices to new top-left corners. The moves of one drag (one gesture, sent move by move) merge into
// one undo step; gesture 0 never merges.
class MoveDevices final : public OperationCommand {
public:
    static constexpr int kMergeId = 1;

    MoveDevices(DesignDocument* document, const std::unordered_map<DeviceId, QPointF>& positions,
                const QString& text, int gesture = 0);

    int id() const override { return kMergeId; }
    bool mergeWith(const QUndoCommand* other) override;

private:
    std::vector<DeviceId> devices_; // sorted: what a following move must match to merge
    int gesture_;
};

// A drag (gesture) by `delta` of the devices from where they were at the drag's start.
std::unique_ptr<MoveDevices> moveDevices(DesignDocument* document,
                                         const std::unordered_map<DeviceId, QPointF>& origins, QPointF delta,
                                         int gesture);

enum class Alignment { Left, Top, HorizontalCentre, VerticalCentre };
// Lines the devices up on the first one (the lowest id): their left or top edges, or their centres.
std::unique_ptr<MoveDevices> alignDevices(DesignDocument* document, std::span<const DeviceId> devices,
                                          Alignment alignment);

} // namespace cs
