#pragma once

#include "model/design_summary.h"

#include <QWidget>
#include <array>

class QCheckBox;
class QGridLayout;
class QLabel;

namespace cs {

class HeatLegend;

// What the colours and shapes on the canvas mean: the five networks with their cable counts, each with a
// checkbox that shows or hides its cables, and the device categories with their icons and counts.
class LegendWidget final : public QWidget {
    Q_OBJECT

public:
    explicit LegendWidget(QWidget* parent = nullptr);

    void showSummary(const DesignSummary& summary);
    bool isNetworkShown(Network network) const;
    QCheckBox* networkToggle(Network network) const { return network_toggles_[networkIndex(network)]; }
    QLabel* networkCount(Network network) const { return network_counts_[networkIndex(network)]; }
    // The heat overlay's key, shown while the overlay is on.
    HeatLegend* heatLegend() const { return heat_legend_; }

signals:
    void networkToggled(cs::Network network, bool shown);

private:
    void addSectionTitle(QGridLayout* grid, const QString& title, const QString& unit);

    std::array<QCheckBox*, kNetworkCount> network_toggles_{};
    std::array<QLabel*, kNetworkCount> network_counts_{};
    std::array<QLabel*, kDeviceCategories.size()> category_counts_{};
    HeatLegend* heat_legend_;
};

} // namespace cs
