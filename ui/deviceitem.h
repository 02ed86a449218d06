#pragma once

#include "model/design.h"
#include "rules/diagnostic.h"

#include <QGraphicsItem>
#include <QString>
#include <cstdint>

namespace cs {

// How the what-if overlay marks a device: failed itself (dimmed, crossed out), a GPU server cut off from
// compute, or one that keeps part of its compute links ("7/8"); and a server that loses its storage.
struct FailureMark {
    enum class State { Working, Failed, CutOff, Degraded };
    State state = State::Working;
    int compute_links_left = 0; // Degraded: of compute_links
    int compute_links = 0;
    bool loses_storage = false;
    bool operator==(const FailureMark&) const = default;
};

// One device on the canvas: a card with the category icon, the device's name and what it is. It mirrors the
// model (it keeps only what it draws) and is neither movable nor selectable by itself: tools edit the design,
// and the scene syncs the item from the model.
class DeviceItem final : public QGraphicsItem {
public:
    enum { Type = UserType + 1 };

    DeviceItem(const Design& design, const Device& device);

    DeviceId deviceId() const { return id_; }
    RackId rackId() const { return rack_; }
    // Follows the device after an edit: its place, rack, name and what it is.
    void sync(const Design& design, const Device& device);
    // The name as the card shows it: whole, or elided around its trailing number.
    const QString& shownName() const { return name_; }
    bool isMarkedSelected() const { return selected_; }
    void setMarkedSelected(bool selected);
    // The worst diagnostic about the device, shown as a dot in its corner; none: no dot.
    std::optional<Severity> marker() const { return marker_; }
    void setMarker(std::optional<Severity> severity);
    // The heat overlay's bucket of a switch (heatstyle.h): a border in its colour, a fill when zoomed out;
    // none: the card's own look.
    std::optional<std::uint8_t> heatBucket() const { return heat_; }
    void setHeatBucket(std::optional<std::uint8_t> bucket);
    // The what-if overlay's mark; none: no what-if about the device.
    const std::optional<FailureMark>& failureMark() const { return failure_; }
    void setFailureMark(std::optional<FailureMark> mark);

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

private:
    void layOutText(const Design& design, const Device& device);
    void paintMarks(QPainter* painter) const;
    void paintFailure(QPainter* painter, bool detailed) const;

    DeviceId id_;
    RackId rack_;
    DeviceCategory category_;
    QRectF box_;
    QRectF tile_;      // the tinted square behind the icon
    QRectF icon_rect_; // the icon, inside the tile
    QString name_;     // fitted to the box, its number kept whole
    QString detail_;   // "XE9680 · 8× H100", elided to the box
    QPointF name_baseline_;
    QPointF detail_baseline_;
    bool selected_ = false;
    std::optional<Severity> marker_;
    std::optional<std::uint8_t> heat_;
    std::optional<FailureMark> failure_;
};

// Where a device is on the canvas: its top-left corner from the model, its size from its category.
QRectF deviceRect(const Design& design, const Device& device);

// A card's name and its detail line (type, GPUs), in scene units: at a sheet's scale s they print at s times
// this size.
inline constexpr qreal kCardNamePixels = 12, kCardDetailPixels = 11;

} // namespace cs
