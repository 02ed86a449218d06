#pragma once

#include "model/design_summary.h"
#include "networkstyle.h"

#include <QWidget>
#include <array>

class QCheckBox;
class QGridLayout;
class QLabel;

namespace cs {

class HeatLegend;

// What the colours and shapes on the canvas mean: the five networks with their cable counts, each with a
// checkbox that shows (checked), dims (partly checked) or hides (unchecked) its cables, a note naming the
// dimmed networks, and the device categories with their icons and counts. A click shows a dimmed network and
// toggles the others between shown and hidden.
class LegendWidget final : public QWidget {
    Q_OBJECT

public:
    explicit LegendWidget(QWidget* parent = nullptr);

    void showSummary(const DesignSummary& summary);
    CableDisplay networkDisplay(Network network) const;
    // Changes the checkbox; emits networkDisplayChanged when that changes the display.
    void setNetworkDisplay(Network network, CableDisplay display);
    QCheckBox* networkToggle(Network network) const { return network_toggles_[networkIndex(network)]; }
    // "Dimmed: GPU compute …", shown while a network is dimmed.
    QLabel* dimmedNote() const { return dimmed_note_; }
    QLabel* networkCount(Network network) const { return network_counts_[networkIndex(network)]; }
    // The heat overlay's key, shown while the overlay is on.
    HeatLegend* heatLegend() const { return heat_legend_; }

signals:
    void networkDisplayChanged(cs::Network network, cs::CableDisplay display);

private:
    void addSectionTitle(QGridLayout* grid, const QString& title, const QString& unit);
    void updateDimmedNote();

    std::array<QCheckBox*, kNetworkCount> network_toggles_{};
    std::array<QLabel*, kNetworkCount> network_counts_{};
    QLabel* dimmed_note_;
    std::array<QLabel*, kDeviceCategories.size()> category_counts_{};
    std::array<std::array<QLabel*, 2>, kDeviceCategories.size()> category_rows_{}; // icon and name
    HeatLegend* heat_legend_;
};

} // namespace cs
