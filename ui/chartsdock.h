#pragma once

#include <QDockWidget>
#include <array>

class QCustomPlot;
class QTabWidget;

namespace cs {

class DocumentAnalysis;
struct PlanAnalysis;

// Charts of the plan's estimate (QCustomPlot, kept out of this header: it is slow to compile). Training
// plans: where a step's time goes, memory per GPU against its capacity, throughput and MFU against cluster
// size, time to train against GPU count, and the run's energy and cost. Inference plans: memory per GPU
// (weights, KV cache, free, and the share kept for activations and the runtime), latency (prefill vs decode),
// throughput against latency over the batch size, and servers needed against the load. Both: the design's
// power per rack against each rack's limit and the facility's power by part. A chart that does not apply to
// the plan's workload shows a short note instead of stale data; while the plan cannot be estimated, or cannot
// run (a budget line says so: the model does not fit), every chart is empty and says why. Right-click a chart
// to save it as PNG, PDF or SVG.
class ChartsDock final : public QDockWidget {
    Q_OBJECT

public:
    enum class Chart {
        StepTime,
        Memory,
        RackPower,
        Scaling,
        TimeToTrain,
        PowerByCategory,
        Energy,
        Latency,
        ThroughputLatency,
        ServersVsLoad
    };
    static constexpr std::size_t kCharts = 10;

    // The charts follow the document's analysis, which carries the design's power.
    explicit ChartsDock(DocumentAnalysis* analysis, QWidget* parent = nullptr);

    // The chart's bars and lines (QCustomPlot plottables), and their count.
    QCustomPlot* chart(Chart chart) const { return plots_[std::size_t(chart)]; }
    int plottableCount(Chart chart) const;
    // Why the chart is empty ("Training plans only ..."); empty when it shows data.
    QString note(Chart chart) const { return notes_[std::size_t(chart)]; }
    // Saves the chart as PNG, PDF or SVG by the suffix of `path` (chartexport.h); false, with the reason in
    // *error, when it could not be written.
    bool saveChart(Chart chart, const QString& path, QString* error = nullptr) const;

signals:
    // A chart was saved from its context menu to `path`.
    void exported(const QString& path);

private:
    void showAnalysis();
    void clearCharts(const QString& reason);
    void showEstimate(const PlanAnalysis& result);
    void plotStepTime(const PlanAnalysis& result);
    void plotMemory(const PlanAnalysis& result);
    void plotInferenceMemory(const PlanAnalysis& result);
    void plotRackPower(const PlanAnalysis& result);
    void plotScaling(const PlanAnalysis& result);
    void plotTimeToTrain(const PlanAnalysis& result);
    void plotPowerByCategory(const PlanAnalysis& result);
    void plotEnergy(const PlanAnalysis& result);
    void plotLatency(const PlanAnalysis& result);
    void plotThroughputLatency(const PlanAnalysis& result);
    void plotServersVsLoad(const PlanAnalysis& result);
    // Empties the chart and resets its axes; a non-empty `note` is shown in its middle.
    QCustomPlot* reset(Chart chart, const QString& note = {});
    void finish(Chart chart);
    void offerSave(Chart chart, const QPoint& at);

    DocumentAnalysis* analysis_;
    QTabWidget* tabs_;
    std::array<QCustomPlot*, kCharts> plots_{};
    std::array<QString, kCharts> notes_;
};

} // namespace cs
