#pragma once

#include "design.h"

#include <QGraphicsItem>
#include <QString>

namespace cs {

// A rack as a light frame around its devices, with its name on a tab above the frame. The tab keeps a
// readable size on screen when zoomed out, as long as it fits the frame.
class RackItem final : public QGraphicsItem {
public:
    enum { Type = UserType + 2 };

    RackItem(const Rack& rack, const QRectF& frame);

    RackId rackId() const { return id_; }

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

private:
    RackId id_;
    QRectF frame_;
    QString name_;
    qreal name_width_;      // at the label font's own size
    qreal baseline_offset_; // from the label's vertical centre to its baseline
};

} // namespace cs
