#pragma once

#include "analysis/link_load.h"
#include "estimate/training_estimator.h"
#include "model/design.h"

#include <QObject>
#include <QString>
#include <memory>
#include <vector>

class QAction;

namespace cs {

class DesignDocument;
class DesignScene;
class LegendWidget;
class PlanDock;
struct PlanEstimate;

// What the heat overlay shows: core's loads (linkLoads, link_load.h) for the plan of the moment, indexed by
// id for the canvas; or, when there is no valid training plan, why not (the overlay is then grey).
struct HeatLoads {
    bool valid = false;
    QString reason; // when not valid
    TrainingEstimate estimate;
    std::vector<double> link_load;       // by LinkId; NaN: not in the estimate (added since)
    std::vector<SwitchLoad> switch_load; // by DeviceId; device 0: no load known
    LinkId busiest_link = 0;
    double busiest_load = 0;

    double linkLoad(LinkId id) const;
    const SwitchLoad* switchLoad(DeviceId id) const;
};

// Core's link and switch loads of `plan` (with the design's cluster applied) and its estimate.
HeatLoads heatLoads(const Design& design, const Plan& plan, const TrainingEstimate& estimate);
HeatLoads noHeat(const QString& reason);

// The overlay's tooltips (rich text): load in Gbit/s, capacity, utilisation, and core's formula, inputs and
// source (explainLinkLoad, explainSwitchLoad).
QString linkHeatToolTip(const Design& design, const HeatLoads& heat, const Link& link);
QString switchHeatToolTip(const Design& design, const HeatLoads& heat, const Device& device);

// The View menu's heat overlay: follows the plan dock's estimates, asks core for the loads (only while the
// overlay is on, once per estimate, never on a repaint or a mouse move) and shows them on the scene and in
// the legend. The choice is saved in the settings.
class HeatOverlay final : public QObject {
    Q_OBJECT

public:
    HeatOverlay(DesignDocument* document, PlanDock* plan, LegendWidget* legend, QObject* parent = nullptr);

    // The checkable "Heat Overlay" action.
    QAction* toggleAction() const { return toggle_; }
    bool isOn() const;
    void setOn(bool on);
    // The window's scene (a new one after each open); the overlay is shown on it when on.
    void setScene(DesignScene* scene);
    // What is shown; null while off.
    const HeatLoads* loads() const { return shown_.get(); }

private:
    void onEstimated(const PlanEstimate& result);
    void onFailed();
    void refresh();

    DesignDocument* document_;
    PlanDock* plan_;
    LegendWidget* legend_;
    DesignScene* scene_ = nullptr;
    QAction* toggle_;
    // The latest estimate (plan and numbers), turned into loads when the overlay is on.
    std::shared_ptr<const Plan> plan_of_estimate_;
    std::shared_ptr<const TrainingEstimate> estimate_;
    QString failure_; // why there is no estimate; empty while waiting for the first
    std::shared_ptr<const HeatLoads> shown_;
};

} // namespace cs
