#pragma once

#include <QDockWidget>
#include <array>

class QCustomPlot;
class QTabWidget;

namespace cs {

class DesignDocument;
class PlanDock;
struct PlanEstimate;

// Charts of the plan's estimate (QCustomPlot, kept out of this header: it is slow to compile): where a step's
// time goes, memory per GPU against its capacity, the design's power per rack against each rack's limit, and
// throughput and MFU against cluster size with the design's size marked. Right-click a chart to save it.
class ChartsDock final : public QDockWidget {
    Q_OBJECT

public:
    enum class Chart { StepTime, Memory, RackPower, Scaling };
    static constexpr std::size_t kCharts = 4;

    ChartsDock(DesignDocument* document, PlanDock* plan, QWidget* parent = nullptr);

    // The chart's bars and lines (QCustomPlot plottables), and their count.
    QCustomPlot* chart(Chart chart) const { return plots_[std::size_t(chart)]; }
    int plottableCount(Chart chart) const;
    // Saves the chart as PNG or PDF, by the suffix of `path`; false when it could not be written.
    bool saveChart(Chart chart, const QString& path) const;

private:
    void showEstimate(const PlanEstimate& result);
    void plotStepTime(const PlanEstimate& result);
    void plotMemory(const PlanEstimate& result);
    void plotRackPower();
    void plotScaling(const PlanEstimate& result);
    void offerSave(Chart chart, const QPoint& at);

    DesignDocument* document_;
    QTabWidget* tabs_;
    std::array<QCustomPlot*, kCharts> plots_{};
};

} // namespace cs
