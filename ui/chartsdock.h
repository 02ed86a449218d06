#pragma once

#include <QDockWidget>
#include <array>

class QCustomPlot;
class QTabWidget;

namespace cs {

class PlanDock;
struct PlanEstimate;

// Charts of the plan's estimate (QCustomPlot, kept out of this header: it is slow to compile). Training
// plans: where a step's time goes, memory per GPU against its capacity, throughput and MFU against cluster
// size, time to train against GPU count, and the run's energy and cost. Inference plans: memory per GPU
// (weights, KV cache, free) and latency (prefill vs decode). Both: the design's power per rack against each
// rack's limit and the facility's power by part. A chart that does not apply to the plan's workload shows a
// short note instead of stale data. Right-click a chart to save it as PNG, PDF or SVG.
class ChartsDock final : public QDockWidget {
    Q_OBJECT

public:
    enum class Chart { StepTime, Memory, RackPower, Scaling, TimeToTrain, PowerByCategory, Energy, Latency };
    static constexpr std::size_t kCharts = 8;

    // The charts follow the plan dock's estimates, which carry the design's power.
    explicit ChartsDock(PlanDock* plan, QWidget* parent = nullptr);

    // The chart's bars and lines (QCustomPlot plottables), and their count.
    QCustomPlot* chart(Chart chart) const { return plots_[std::size_t(chart)]; }
    int plottableCount(Chart chart) const;
    // Why the chart is empty ("Training plans only ..."); empty when it shows data.
    QString note(Chart chart) const { return notes_[std::size_t(chart)]; }
    // Saves the chart as PNG, PDF or SVG by the suffix of `path` (chartexport.h); false, with the reason in
    // *error, when it could not be written.
    bool saveChart(Chart chart, const QString& path, QString* error = nullptr) const;

private:
    void showEstimate(const PlanEstimate& result);
    void plotStepTime(const PlanEstimate& result);
    void plotMemory(const PlanEstimate& result);
    void plotInferenceMemory(const PlanEstimate& result);
    void plotRackPower(const PlanEstimate& result);
    void plotScaling(const PlanEstimate& result);
    void plotTimeToTrain(const PlanEstimate& result);
    void plotPowerByCategory(const PlanEstimate& result);
    void plotEnergy(const PlanEstimate& result);
    void plotLatency(const PlanEstimate& result);
    // Empties the chart and resets its axes; a non-empty `note` is shown in its middle.
    QCustomPlot* reset(Chart chart, const QString& note = {});
    void finish(Chart chart);
    void offerSave(Chart chart, const QPoint& at);

    QTabWidget* tabs_;
    std::array<QCustomPlot*, kCharts> plots_{};
    std::array<QString, kCharts> notes_;
};

} // namespace cs
