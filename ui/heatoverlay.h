#pragma once

#include "analysis/link_load.h"
#include "analysis/plan_analysis.h"
#include "model/design.h"

#include <QObject>
#include <QString>
#include <array>
#include <memory>
#include <vector>

class QAction;

namespace cs {

class DesignDocument;
class DesignScene;
class DocumentAnalysis;
class LegendWidget;

// What the heat overlay shows: core's loads (linkLoads, link_load.h) for the plan of the moment, indexed by
// id for the canvas; or, when there is no valid training plan, why not (the overlay is then grey).
struct HeatLoads {
    bool valid = false;
    QString reason; // when not valid
    TrainingEstimate estimate;
    std::vector<double> link_load;         // peak, by LinkId; NaN: not in the estimate (added since)
    std::vector<double> link_average_load; // over a step, by LinkId
    std::vector<SwitchLoad> switch_load;   // by DeviceId; device 0: no load known
    LinkId busiest_link = 0;
    double busiest_load = 0;         // peak during its phase
    double busiest_average_load = 0; // the same link over a step
    // Each network's budget status (networkBudgetStatus): the colour of its links at or above 70 %.
    std::array<BudgetStatus, kNetworkCount> network_status{};

    double linkLoad(LinkId id) const;
    // The heat band of a link or switch load on `network` (heatBand with the network's budget status).
    int band(double load, Network network) const;
    const SwitchLoad* switchLoad(DeviceId id) const;
};

// Core's link and switch loads (the analysis's linkLoads) of a training estimate, indexed by id, with the
// budget status of each network.
HeatLoads heatLoads(const Design& design, const PlanAnalysis& analysis);
HeatLoads noHeat(const QString& reason);

// The overlay's tooltips (rich text): load in Gbit/s, capacity, utilisation, and core's formula, inputs and
// source (explainLinkLoad, explainSwitchLoad).
QString linkHeatToolTip(const Design& design, const HeatLoads& heat, const Link& link);
QString switchHeatToolTip(const Design& design, const HeatLoads& heat, const Device& device);

// The View menu's heat overlay: a view of the document's analysis, which computes the loads only while the
// overlay is on (once per analysis, never on a repaint or a mouse move); shows them on the scene and in the
// legend, or, while the plan cannot be estimated, why not. The choice is saved in the settings.
class HeatOverlay final : public QObject {
    Q_OBJECT

public:
    HeatOverlay(DesignDocument* document, DocumentAnalysis* analysis, LegendWidget* legend,
                QObject* parent = nullptr);

    // The checkable "Heat Overlay" action.
    QAction* toggleAction() const { return toggle_; }
    bool isOn() const;
    void setOn(bool on);
    // The window's scene (a new one after each open); the overlay is shown on it when on.
    void setScene(DesignScene* scene);
    // What is shown; null while off.
    const HeatLoads* loads() const { return shown_.get(); }

private:
    QString noLoadsReason() const;
    void refresh();

    DesignDocument* document_;
    DocumentAnalysis* analysis_;
    LegendWidget* legend_;
    DesignScene* scene_ = nullptr;
    QAction* toggle_;
    std::shared_ptr<const HeatLoads> shown_;
};

} // namespace cs
