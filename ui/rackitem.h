#pragma once

#include "analysis/budget_status.h"
#include "model/canvas_geometry.h"
#include "model/design.h"

#include <QGraphicsItem>
#include <QString>
#include <optional>

namespace cs {

// An empty rack's frame (core's rackFrames() gives every frame; kRackPadding and kRackHeader are its
// margins).
inline constexpr QSizeF kEmptyRack(kEmptyRackSize.width, kEmptyRackSize.height);

// A rack's power bar: its devices' power against its limit, graded like the budgets (all numbers from core:
// rackUsage, rackPowerUtilisation, budgetStatusOf).
struct RackPowerBar {
    double watts = 0;
    double limit_watts = 0;
    double utilisation = 0; // watts / limit_watts; infinity with no limit
    BudgetStatus status = BudgetStatus::Pass;
    QString label; // "31.2 / 40.0 kW"
};

// A rack as a light frame around its devices, with its name and its power and unit use on a tab above the
// frame (just the name where both do not fit). The tab keeps a readable size on screen when zoomed out, as
// long as it fits the frame.
class RackItem final : public QGraphicsItem {
public:
    enum { Type = UserType + 2 };

    // `usage`: "31.2/40 kW · 24/42 U"; `overLimit`: draw it as a warning.
    RackItem(const Rack& rack, const QRectF& frame, const QString& usage = {}, bool overLimit = false);

    RackId rackId() const { return id_; }
    // The name on the tab.
    const QString& name() const { return name_; }
    QRectF frame() const { return frame_; }
    bool isMarkedSelected() const { return selected_; }
    void setMarkedSelected(bool selected);
    // The power bar, drawn in the frame's header band.
    const std::optional<RackPowerBar>& powerBar() const { return power_; }
    void setPowerBar(RackPowerBar bar);

    // The header: the frame's top band, which holds the power bar, and the name tab above the frame at
    // `zoom` (the view's scale; empty when not drawn). Both opaque: no cable shows through them.
    QRectF headerBand() const;
    QRectF tabRect(qreal zoom, bool* withUsage = nullptr) const;

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

private:
    void paintPowerBar(QPainter* painter, qreal zoom) const;

    RackId id_;
    QRectF frame_;
    QString name_;
    QString usage_;
    bool over_limit_;
    bool selected_ = false;
    std::optional<RackPowerBar> power_;
    qreal name_width_;      // at the label font's own size
    qreal usage_width_;     // with its separator
    qreal baseline_offset_; // from the label's vertical centre to its baseline
};

} // namespace cs
