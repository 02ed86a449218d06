#pragma once

#include "design.h"

#include <QGraphicsItem>
#include <QString>

namespace cs {

// A rack's frame around its devices; the top leaves room for the name tab (the example layouts use the same
// margins). An empty rack's frame has a fixed size at the rack's own place.
inline constexpr qreal kRackPadding = 20;
inline constexpr qreal kRackHeader = 40;
inline constexpr QSizeF kEmptyRack(200, 120);

// A rack as a light frame around its devices, with its name and its power and unit use on a tab above the
// frame (just the name where both do not fit). The tab keeps a readable size on screen when zoomed out, as
// long as it fits the frame.
class RackItem final : public QGraphicsItem {
public:
    enum { Type = UserType + 2 };

    // `usage`: "31.2/40 kW · 24/42 U"; `overLimit`: draw it as a warning.
    RackItem(const Rack& rack, const QRectF& frame, const QString& usage = {}, bool overLimit = false);

    RackId rackId() const { return id_; }
    QRectF frame() const { return frame_; }
    bool isMarkedSelected() const { return selected_; }
    void setMarkedSelected(bool selected);

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

private:
    RackId id_;
    QRectF frame_;
    QString name_;
    QString usage_;
    bool over_limit_;
    bool selected_ = false;
    qreal name_width_;      // at the label font's own size
    qreal usage_width_;     // with its separator
    qreal baseline_offset_; // from the label's vertical centre to its baseline
};

} // namespace cs
