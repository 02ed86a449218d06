// The charts and budget on the 128-GPU example: the new charts (time to train, power by part,
// energy and cost, inference memory and latency) carry core's numbers, save as well-formed SVG, refuse an
// unwritable path, and an inference plan's budget is `estimate --json`'s inference estimate.
#include "analysis/inference_budget.h"
#include "analysis/serving_curves.h"
#include "autosave.h"
#include "base/units.h"
#include "budgetdock.h"
#include "chartexport.h"
#include "chartsdock.h"
#include "commands/editscenario.h"
#include "document.h"
#include "documentanalysis.h"
#include "estimate/cluster_from_design.h"
#include "estimate/estimate_report.h"
#include "estimate/inference_report.h"
#include "mainwindow.h"
#include "plandock.h"
#include "power/power_breakdown.h"
#include "studio_test_support.h"

#include <QDir>
#include <QFile>
#include <QTableWidget>
#include <QXmlStreamReader>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <qcustomplot.h>

namespace cs {
namespace {

using Chart = ChartsDock::Chart;

class ChartsTest : public test::PlanViewsTest {
protected:
    // The scenario's plan as `estimate PLAN --design DESIGN` reads it.
    Plan corePlan() const {
        Plan plan = readPlan(scenario().plan, window_->document()->library(), "plan");
        applyDesignCluster(window_->design(), plan);
        return plan;
    }
    void setPlan(const nlohmann::json& plan) {
        Scenario changed = scenario();
        changed.plan = plan;
        QString error;
        ASSERT_TRUE(OperationCommand::execute(
            window_->document(),
            std::make_unique<EditScenario>(window_->document(), changed, QStringLiteral("plan")), &error))
            << error.toStdString();
        window_->analysis()->analyzeNow();
    }
    // The inference example (Llama 2 70B, TP 2, batch 16) on the design's servers.
    void useInferencePlan() {
        QFile file(QString::fromStdString(
            (Catalog::defaultDirectory() / "examples" / "plan-llama2-70b-inference.json").string()));
        ASSERT_TRUE(file.open(QIODevice::ReadOnly));
        nlohmann::json plan = nlohmann::json::parse(file.readAll().toStdString());
        plan.erase("cluster"); // the design's cluster, as in the studio
        setPlan(plan);
        ASSERT_TRUE(plan_->errors().isEmpty()) << plan_->errors().toStdString();
    }
    double barValue(Chart chart, int plottable, double key) const {
        auto* bars = qobject_cast<QCPBars*>(charts_->chart(chart)->plottable(plottable));
        EXPECT_NE(bars, nullptr);
        if (!bars)
            return 0;
        auto it = bars->data()->findBegin(key, false);
        return it != bars->data()->constEnd() && it->key == key ? it->value : 0;
    }
    double stackAt(Chart chart, double key) const {
        double sum = 0;
        for (int i = 0; i < charts_->plottableCount(chart); ++i)
            if (qobject_cast<QCPBars*>(charts_->chart(chart)->plottable(i)))
                sum += barValue(chart, i, key);
        return sum;
    }
};

TEST_F(ChartsTest, TimeToTrainPowerAndEnergyAreCoresNumbers) {
    const Plan plan = corePlan();
    const TrainingEstimate estimate = estimateTraining(plan);
    const nlohmann::json cli = estimateToJson(plan, estimate); // `estimate --json --design`

    // Time to train: the fastest plan at each size (core's scaling curve, days) and this plan.
    ASSERT_EQ(charts_->plottableCount(Chart::TimeToTrain), 2);
    QCustomPlot* time = charts_->chart(Chart::TimeToTrain);
    EXPECT_EQ(time->xAxis->scaleType(), QCPAxis::stLogarithmic);
    EXPECT_TRUE(time->yAxis->label().contains(QLatin1String("(days)")));
    const ScalingCurve curve = scalingCurve(plan);
    for (const ChartSeries& series : curve.series()) {
        if (series.id != "time_to_train")
            continue;
        auto* graph = time->graph(0);
        ASSERT_EQ(graph->dataCount(), int(series.x.size()));
        for (int i = 0; i < graph->dataCount(); ++i) {
            EXPECT_EQ(graph->data()->at(i)->key, series.x[std::size_t(i)]);
            EXPECT_DOUBLE_EQ(graph->data()->at(i)->value, series.y[std::size_t(i)]);
        }
    }
    EXPECT_DOUBLE_EQ(time->graph(1)->data()->at(0)->value, cli["time_to_train_s"].get<double>() / 86400);

    // Power: one stacked series per part; IT and facility totals in kW as estimate --json has them in W.
    const std::vector<PowerPart> parts = powerBreakdown(estimate.power, designPower(window_->design()));
    EXPECT_EQ(charts_->plottableCount(Chart::PowerByCategory), int(parts.size()));
    EXPECT_GE(parts.size(), 5u);
    EXPECT_NEAR(stackAt(Chart::PowerByCategory, 1), cli["power"]["it_watts"].get<double>() / 1000, 1e-9);
    EXPECT_NEAR(stackAt(Chart::PowerByCategory, 2), cli["power"]["facility_watts"].get<double>() / 1000,
                1e-9);
    EXPECT_TRUE(charts_->chart(Chart::PowerByCategory)->yAxis->label().contains(QLatin1String("(kW)")));

    // Energy (MWh) and cost of the run.
    ASSERT_EQ(charts_->plottableCount(Chart::Energy), 2);
    EXPECT_DOUBLE_EQ(barValue(Chart::Energy, 0, 1), cli["power"]["energy_kwh"].get<double>() / 1000);
    EXPECT_DOUBLE_EQ(barValue(Chart::Energy, 1, 2), cli["power"]["cost"].get<double>());
    EXPECT_TRUE(charts_->chart(Chart::Energy)->yAxis->label().contains(QLatin1String("(MWh)")));

    // The inference charts say so instead of showing anything.
    const Chart inferenceCharts[] = {Chart::Latency, Chart::ThroughputLatency, Chart::ServersVsLoad};
    for (Chart chart : inferenceCharts) {
        EXPECT_EQ(charts_->plottableCount(chart), 0) << int(chart);
        EXPECT_TRUE(charts_->note(chart).contains(QLatin1String("Inference plans only"))) << int(chart);
    }
    for (std::size_t i = 0; i < ChartsDock::kCharts; ++i) {
        if (std::find(std::begin(inferenceCharts), std::end(inferenceCharts), Chart(i)) !=
            std::end(inferenceCharts))
            continue;
        QCustomPlot* chart = charts_->chart(Chart(i));
        EXPECT_TRUE(charts_->note(Chart(i)).isEmpty()) << i;
        EXPECT_TRUE(chart->legend->visible()) << i;
        EXPECT_TRUE(chart->yAxis->label().contains(QLatin1Char('('))) << i; // a unit
        EXPECT_FALSE(chart->xAxis->label().isEmpty() &&
                     chart->xAxis->ticker().dynamicCast<QCPAxisTickerText>().isNull())
            << i; // a title or labelled categories
    }
}

// Counts the SVG's elements by name, and its text.
struct SvgContent {
    QString error;
    QString root;
    std::map<QString, int> elements;
    QString text;
    QString fills;
};

SvgContent readSvg(const QString& path) {
    QFile file(path);
    SvgContent out;
    if (!file.open(QIODevice::ReadOnly)) {
        out.error = file.errorString();
        return out;
    }
    QXmlStreamReader xml(&file);
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (out.root.isEmpty())
                out.root = xml.name().toString();
            ++out.elements[xml.name().toString()];
            out.fills += xml.attributes().value(QLatin1String("fill")).toString() + QLatin1Char(' ');
        } else if (xml.isCharacters()) {
            out.text += xml.text().toString();
        }
    }
    if (xml.hasError())
        out.error = xml.errorString();
    return out;
}

TEST_F(ChartsTest, EveryChartSavesAsWellFormedSvgWithItsSeries) {
    QTemporaryDir folder;
    for (std::size_t i = 0; i < ChartsDock::kCharts; ++i) {
        const QString path = folder.filePath(QStringLiteral("chart%1.svg").arg(i));
        QString error;
        ASSERT_TRUE(charts_->saveChart(Chart(i), path, &error)) << i << error.toStdString();
        SvgContent svg = readSvg(path);
        EXPECT_TRUE(svg.error.isEmpty()) << i << svg.error.toStdString();
        EXPECT_EQ(svg.root, QLatin1String("svg")) << i;
        int drawn = 0; // axes, ticks, bars and lines
        for (const char* shape : {"path", "polyline", "polygon", "rect", "line"})
            drawn += svg.elements[QLatin1String(shape)];
        if (charts_->note(Chart(i)).isEmpty())
            EXPECT_GT(drawn, 10) << i;
        else
            EXPECT_TRUE(svg.text.contains(charts_->note(Chart(i)))) << i;
        // The legend names its series.
        QCustomPlot* plot = charts_->chart(Chart(i));
        for (int p = 0; p < plot->plottableCount(); ++p)
            EXPECT_TRUE(svg.text.contains(plot->plottable(p)->name())) << i << " " << p;
    }
    // The energy bar is drawn in its colour.
    const SvgContent energy = readSvg(folder.filePath(QStringLiteral("chart%1.svg").arg(int(Chart::Energy))));
    EXPECT_TRUE(energy.fills.contains(QLatin1String("#4285f4"))) << energy.fills.left(400).toStdString();
    EXPECT_TRUE(energy.text.contains(QLatin1String("MWh")));
    // PNG and PDF as before, through the same writer; nothing left beside them.
    ASSERT_TRUE(charts_->saveChart(Chart::Energy, folder.filePath(QStringLiteral("energy.png"))));
    ASSERT_TRUE(charts_->saveChart(Chart::Energy, folder.filePath(QStringLiteral("energy.PDF"))));
    EXPECT_EQ(QDir(folder.path()).entryList(QDir::Files).size(), ChartsDock::kCharts + 2);
}

TEST_F(ChartsTest, AnUnwritablePathGivesAnErrorAndWritesNothing) {
    QTemporaryDir folder;
    QString error;
    EXPECT_FALSE(
        charts_->saveChart(Chart::Energy, folder.filePath(QStringLiteral("missing/energy.svg")), &error));
    EXPECT_TRUE(error.contains(QLatin1String("energy.svg"))) << error.toStdString();
    // A directory where the file should go: refused, the directory untouched.
    ASSERT_TRUE(QDir(folder.path()).mkdir(QStringLiteral("taken.png")));
    error.clear();
    EXPECT_FALSE(charts_->saveChart(Chart::Energy, folder.filePath(QStringLiteral("taken.png")), &error));
    EXPECT_FALSE(error.isEmpty());
    EXPECT_TRUE(QFileInfo(folder.filePath(QStringLiteral("taken.png"))).isDir());
    // An unknown format.
    error.clear();
    EXPECT_FALSE(charts_->saveChart(Chart::Energy, folder.filePath(QStringLiteral("energy.bmp")), &error));
    EXPECT_TRUE(error.contains(QLatin1String(".svg"))) << error.toStdString();
    EXPECT_EQ(QDir(folder.path()).entryList(QDir::Files | QDir::Hidden).size(), 0)
        << QDir(folder.path()).entryList(QDir::Files | QDir::Hidden).join(QLatin1Char(' ')).toStdString();
}

TEST_F(ChartsTest, InferencePlanBudgetAndChartsAreCoresInferenceEstimate) {
    ASSERT_NO_FATAL_FAILURE(useInferencePlan());
    const Plan plan = corePlan();
    ASSERT_EQ(plan.workload, Workload::Inference);
    ASSERT_TRUE(checkInferencePlan(plan).empty());
    const InferenceEstimate estimate = estimateInference(plan);
    const nlohmann::json cli = inferenceToJson(plan, estimate); // `estimate --json --design`

    for (const std::string& key : BudgetDock::inferenceHeadlineKeys()) {
        std::string path = "/" + key;
        std::replace(path.begin(), path.end(), '.', '/');
        EXPECT_DOUBLE_EQ(budget_->headline(key).value_or(-1),
                         cli.at(nlohmann::json::json_pointer(path)).get<double>())
            << key;
        const auto* label =
            budget_->findChild<QLabel*>(QStringLiteral("inference.") + QString::fromStdString(key));
        ASSERT_NE(label, nullptr) << key;
        EXPECT_TRUE(label->isVisibleTo(budget_)) << key;
        EXPECT_TRUE(label->toolTip().contains(
            QString::fromStdString(cli["explain"][key]["formula"].get<std::string>()).toHtmlEscaped()))
            << key;
    }
    EXPECT_FALSE(budget_->findChild<QLabel*>(QStringLiteral("step_time_s"))->isVisibleTo(budget_));
    EXPECT_FALSE(budget_->headline("step_time_s"));

    const std::vector<BudgetLine> lines = inferenceBudgetLines(plan, estimate);
    ASSERT_EQ(budget_->table()->rowCount(), int(lines.size()));
    for (int row = 0; row < budget_->table()->rowCount(); ++row) {
        const BudgetLine& line = lines[std::size_t(row)];
        EXPECT_EQ(budget_->table()->item(row, 0)->text().toStdString(), line.label);
        EXPECT_EQ(budget_->table()->item(row, 5)->text().toStdString(), budgetStatusId(line.status));
        EXPECT_TRUE(budget_->table()->item(row, 1)->toolTip().contains(
            QString::fromStdString(line.demand.formula).toHtmlEscaped()));
    }

    // Memory: weights, KV cache, free, the activations' and runtime's reserve + usable and capacity lines;
    // latency: the two phases' totals.
    ASSERT_EQ(charts_->plottableCount(Chart::Memory), 6);
    EXPECT_DOUBLE_EQ(barValue(Chart::Memory, 0, 1), cli["memory"]["weights_gib_per_gpu"].get<double>());
    EXPECT_DOUBLE_EQ(barValue(Chart::Memory, 1, 1), cli["memory"]["kv_cache_gib_per_gpu"].get<double>());
    const double reserve = barValue(Chart::Memory, 3, 1);
    EXPECT_NEAR(stackAt(Chart::Memory, 1) - reserve, cli["memory"]["usable_gib_per_gpu"].get<double>(), 1e-9);
    EXPECT_NEAR(stackAt(Chart::Memory, 1), estimate.capacity_bytes / kBytesPerGib, 1e-9);
    EXPECT_NEAR(reserve, (1 - kInferenceMemoryShare) * estimate.capacity_bytes / kBytesPerGib, 1e-9);
    ASSERT_EQ(charts_->plottableCount(Chart::Latency), 4);
    EXPECT_NEAR(stackAt(Chart::Latency, 1), cli["ttft_s"].get<double>() * 1000, 1e-9);
    EXPECT_NEAR(stackAt(Chart::Latency, 2), cli["tpot_s"].get<double>() * 1000, 1e-9);
    EXPECT_TRUE(charts_->chart(Chart::Latency)->yAxis->label().contains(QLatin1String("(ms)")));

    // Training-only charts say so, with no stale series; power applies to both.
    for (Chart chart : {Chart::StepTime, Chart::Scaling, Chart::TimeToTrain, Chart::Energy}) {
        EXPECT_EQ(charts_->plottableCount(chart), 0) << int(chart);
        EXPECT_TRUE(charts_->note(chart).contains(QLatin1String("Training plans only"))) << int(chart);
    }
    EXPECT_GT(charts_->plottableCount(Chart::PowerByCategory), 0);
    EXPECT_GT(charts_->plottableCount(Chart::RackPower), 0);

    // Back to training: the training figures return.
    window_->document()->undoStack()->undo();
    window_->analysis()->analyzeNow();
    EXPECT_EQ(charts_->plottableCount(Chart::StepTime), 6);
    EXPECT_TRUE(charts_->note(Chart::StepTime).isEmpty());
    EXPECT_GT(budget_->headline("step_time_s").value_or(0), 0);
}
// The graphs of a chart drawn with `shape` as their points.
std::vector<QCPGraph*> graphsDrawn(QCustomPlot* plot, QCPScatterStyle::ScatterShape shape) {
    std::vector<QCPGraph*> out;
    for (int i = 0; i < plot->graphCount(); ++i)
        if (plot->graph(i)->scatterStyle().shape() == shape)
            out.push_back(plot->graph(i));
    return out;
}

TEST_F(ChartsTest, ServingChartsShowTheAnalysisCurvesAndThePlansPoint) {
    ASSERT_NO_FATAL_FAILURE(useInferencePlan());
    nlohmann::json serving = scenario().plan;
    serving["inference"]["batch"] = "max";
    serving["inference"]["slo"] = {{"tpot_s", 0.031}}; // 29 ms at batch 1, 33 ms at the largest
    serving["inference"]["load"] = {{"requests_per_s", 30}};
    ASSERT_NO_FATAL_FAILURE(setPlan(serving));
    const PlanAnalysis* analysis = window_->analysis()->analysis();
    ASSERT_TRUE(analysis && analysis->serving);
    const ThroughputLatencyCurve& curve = analysis->serving->throughput_latency;
    const InferenceEstimate& e = *analysis->inference;

    // Every point of core's curve, split into those within the target and those beyond it (grey).
    QCustomPlot* throughput = charts_->chart(Chart::ThroughputLatency);
    EXPECT_TRUE(charts_->note(Chart::ThroughputLatency).isEmpty());
    const std::vector<QCPGraph*> points = graphsDrawn(throughput, QCPScatterStyle::ssCircle);
    ASSERT_EQ(points.size(), 2u) << "within the target, and beyond it";
    EXPECT_EQ(points[0]->dataCount() + points[1]->dataCount(), int(curve.points.size()));
    EXPECT_EQ(points[0]->dataCount(), int(curve.chosen) + 1) << "the target stops the batch";
    EXPECT_NE(points[0]->pen().color(), points[1]->pen().color());
    // The plan's point is the estimate.
    const std::vector<QCPGraph*> chosen = graphsDrawn(throughput, QCPScatterStyle::ssDiamond);
    ASSERT_EQ(chosen.size(), 1u);
    ASSERT_EQ(chosen[0]->dataCount(), 1);
    EXPECT_DOUBLE_EQ(chosen[0]->data()->at(0)->key, e.decode_step_s * 1000);
    EXPECT_DOUBLE_EQ(chosen[0]->data()->at(0)->value, e.tokens_per_s_per_gpu);
    EXPECT_TRUE(chosen[0]->name().contains(QString::number(e.batch)));
    EXPECT_TRUE(throughput->xAxis->label().contains(QLatin1String("(ms)")));
    EXPECT_TRUE(throughput->yAxis->label().contains(QLatin1String("tokens/s")));
    // The target as a line at 31 ms.
    bool target = false;
    for (int i = 0; i < throughput->graphCount(); ++i)
        target = target || (throughput->graph(i)->pen().style() == Qt::DashLine &&
                            std::abs(throughput->graph(i)->data()->at(0)->key - 31) < 1e-9);
    EXPECT_TRUE(target);

    // Servers against the load: core's steps, the plan's load marked at the estimate's sizing.
    QCustomPlot* servers = charts_->chart(Chart::ServersVsLoad);
    EXPECT_TRUE(charts_->note(Chart::ServersVsLoad).isEmpty());
    ASSERT_TRUE(e.sizing);
    EXPECT_EQ(servers->graph(0)->dataCount(), int(analysis->serving->servers_vs_load.points.size()));
    const std::vector<QCPGraph*> load = graphsDrawn(servers, QCPScatterStyle::ssDiamond);
    ASSERT_EQ(load.size(), 1u);
    EXPECT_DOUBLE_EQ(load[0]->data()->at(0)->key, 30);
    EXPECT_DOUBLE_EQ(load[0]->data()->at(0)->value, double(e.sizing->servers));
    EXPECT_TRUE(servers->xAxis->label().contains(QLatin1String("(requests/s)")));

    // Saved as SVG like every chart, with the legend's names.
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("throughput.svg"));
    ASSERT_TRUE(charts_->saveChart(Chart::ThroughputLatency, path));
    const SvgContent svg = readSvg(path);
    EXPECT_TRUE(svg.error.isEmpty());
    EXPECT_TRUE(svg.text.contains(chosen[0]->name()));

    // Weights that do not fit: the plan cannot run, and the serving charts say so with no stale points.
    serving["inference"] = {{"tp", 1}, {"batch", 64}, {"load", {{"requests_per_s", 30}}}};
    ASSERT_NO_FATAL_FAILURE(setPlan(serving));
    ASSERT_EQ(window_->analysis()->state(), DocumentAnalysis::State::Current);
    ASSERT_FALSE(window_->analysis()->analysis()->inference->fits);
    for (Chart chart : {Chart::ThroughputLatency, Chart::ServersVsLoad}) {
        EXPECT_EQ(charts_->plottableCount(chart), 0) << int(chart);
        EXPECT_TRUE(charts_->note(chart).contains(QLatin1String("cannot run"))) << int(chart);
    }
}

} // namespace
} // namespace cs
