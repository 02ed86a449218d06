// The plan, budget and charts docks on the 128-GPU example: the figures are core's (as `estimate --json
// --design` prints them), plan edits are undoable and survive save/reopen, errors show inline.
#include "analysis/serving_curves.h"
#include "autosave.h"
#include "base/number_format.h"
#include "budgetdock.h"
#include "chartsdock.h"
#include "commands/operationcommand.h"
#include "document.h"
#include "documentanalysis.h"
#include "estimate/cluster_from_design.h"
#include "estimate/estimate_report.h"
#include "mainwindow.h"
#include "plandock.h"
#include "statuscolors.h"
#include "studio_test_support.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>
#include <cmath>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <qcustomplot.h>

namespace cs {
namespace {

class PlanTest : public test::PlanViewsTest {
protected:
    int planTp() const { return scenario().plan["parallelism"]["tp"].get<int>(); }
    QSpinBox* field(const char* path) const { return plan_->findChild<QSpinBox*>(QLatin1String(path)); }
    QFormLayout* form() const { return plan_->findChild<QFormLayout*>(QStringLiteral("planForm")); }
    void setField(const char* path, int value) {
        field(path)->setValue(value);
        window_->analysis()->analyzeNow();
    }
};

// `estimate --json --design`: the plan file read against the catalog, then the design's cluster.
nlohmann::json cliEstimate(const Design& design, const Scenario& scenario, const Catalog& catalog) {
    Plan plan = readPlan(scenario.plan, catalog, "plan");
    applyDesignCluster(design, plan);
    EXPECT_TRUE(checkPlan(plan).empty());
    return estimateToJson(plan, estimateTraining(plan));
}

nlohmann::json::json_pointer pointerOf(std::string key) {
    std::replace(key.begin(), key.end(), '.', '/');
    return nlohmann::json::json_pointer("/" + key);
}

TEST_F(PlanTest, BudgetShowsTheEstimateTheCommandLinePrints) {
    ASSERT_EQ(scenario().id, 1u);
    EXPECT_TRUE(plan_->errors().isEmpty()) << plan_->errors().toStdString();
    const nlohmann::json expected =
        cliEstimate(window_->design(), scenario(), window_->document()->library());
    for (const std::string& key : BudgetDock::headlineKeys()) {
        EXPECT_DOUBLE_EQ(budget_->headline(key).value_or(-1), expected.at(pointerOf(key)).get<double>())
            << key;
        const auto* label = budget_->findChild<QLabel*>(QString::fromStdString(key));
        ASSERT_NE(label, nullptr) << key;
        EXPECT_FALSE(label->text().isEmpty());
        const std::string formula = expected["explain"][key]["formula"].get<std::string>();
        EXPECT_TRUE(label->toolTip().contains(QString::fromStdString(formula).toHtmlEscaped())) << key;
    }
    // As the report reads them: the MFU in per cent, the time to train in days.
    const QString mfu = budget_->findChild<QLabel*>(QStringLiteral("mfu"))->text();
    EXPECT_EQ(mfu.toStdString(), formatQuantity(expected.at("mfu").get<double>() * 100, "%"));
    EXPECT_TRUE(budget_->findChild<QLabel*>(QStringLiteral("time_to_train_s"))
                    ->text()
                    .endsWith(QLatin1String(" days")));
    Plan plan = readPlan(scenario().plan, window_->document()->library(), "plan");
    applyDesignCluster(window_->design(), plan);
    const nlohmann::json lines = budgetLinesToJson(budgetLines(plan, estimateTraining(plan)));
    ASSERT_EQ(budget_->table()->rowCount(), int(lines.size()));
    for (int row = 0; row < budget_->table()->rowCount(); ++row) {
        EXPECT_EQ(budget_->table()->item(row, 0)->text().toStdString(),
                  lines[std::size_t(row)]["label"].get<std::string>());
        EXPECT_EQ(budget_->table()->item(row, 5)->text().toStdString(),
                  lines[std::size_t(row)]["status"].get<std::string>());
        EXPECT_FALSE(budget_->table()->item(row, 4)->text().isEmpty()); // the cost of the shortfall
        EXPECT_FALSE(budget_->table()->item(row, 1)->toolTip().isEmpty());
    }
}

TEST_F(PlanTest, EditingTpChangesTheScenarioAndUndoRestoresIt) {
    ASSERT_EQ(planTp(), 8);
    setField("/parallelism/tp", 4);
    setField("/parallelism/tp", 2); // merges with the previous edit
    EXPECT_EQ(planTp(), 2);
    window_->document()->undoStack()->undo();
    window_->analysis()->analyzeNow();
    EXPECT_EQ(planTp(), 8);
    EXPECT_EQ(field("/parallelism/tp")->value(), 8);
    EXPECT_TRUE(plan_->errors().isEmpty());
}

// The failure and in-network reduction fields edit the plan; the Budget dock's goodput, wall-clock time and
// hot spares are core's for the edited plan.
TEST_F(PlanTest, FailureFieldsMoveTheGoodputAndTheHotSpares) {
    auto* restart = plan_->findChild<QDoubleSpinBox*>(QStringLiteral("/training/restart_minutes"));
    auto* repair = plan_->findChild<QDoubleSpinBox*>(QStringLiteral("/training/repair_hours"));
    auto* network = plan_->findChild<QDoubleSpinBox*>(QStringLiteral("/training/network_mtbf_server_hours"));
    auto* reduction = plan_->findChild<QComboBox*>(QStringLiteral("/parallelism/in_network_reduction"));
    ASSERT_TRUE(restart && repair && network && reduction);
    EXPECT_EQ(restart->value(), 0); // "default"
    EXPECT_EQ(reduction->currentData().toString(), QStringLiteral("auto"));
    const double goodput = budget_->headline("goodput.goodput").value_or(-1);
    const double spares = budget_->headline("goodput.spares_per_scalable_unit").value_or(-1);
    EXPECT_GT(goodput, 0.5);
    EXPECT_LT(goodput, 1);

    restart->setValue(60);
    repair->setValue(2000);
    network->setValue(500);
    reduction->setCurrentIndex(reduction->findData(QStringLiteral("off")));
    emit reduction->activated(reduction->currentIndex());
    window_->analysis()->analyzeNow();
    const nlohmann::json& edited = scenario().plan;
    EXPECT_DOUBLE_EQ(edited["training"]["restart_minutes"].get<double>(), 60);
    EXPECT_DOUBLE_EQ(edited["training"]["repair_hours"].get<double>(), 2000);
    EXPECT_DOUBLE_EQ(edited["training"]["network_mtbf_server_hours"].get<double>(), 500);
    EXPECT_EQ(edited["parallelism"]["in_network_reduction"], "off");
    EXPECT_LT(budget_->headline("goodput.goodput").value_or(-1), goodput);
    EXPECT_GT(budget_->headline("goodput.spares_per_scalable_unit").value_or(-1), spares);
    const nlohmann::json expected =
        cliEstimate(window_->design(), scenario(), window_->document()->library());
    for (const char* key : {"goodput.goodput", "goodput.wall_clock_s", "goodput.spares_per_scalable_unit"})
        EXPECT_DOUBLE_EQ(budget_->headline(key).value_or(-1), expected.at(pointerOf(key)).get<double>())
            << key;
    for (int i = 0; i < 4; ++i)
        window_->document()->undoStack()->undo();
    window_->analysis()->analyzeNow();
    EXPECT_FALSE(scenario().plan["training"].contains("restart_minutes"));
    EXPECT_DOUBLE_EQ(budget_->headline("goodput.goodput").value_or(-1), goodput);
}

TEST_F(PlanTest, InvalidTpShowsThePlanErrorAndEmptiesTheCharts) {
    setField("/parallelism/tp", 3);
    EXPECT_TRUE(plan_->errors().contains(QLatin1String("parallelism.tp"))) << plan_->errors().toStdString();
    EXPECT_EQ(charts_->plottableCount(ChartsDock::Chart::StepTime), 0); // no figure of the last valid plan
    EXPECT_TRUE(charts_->note(ChartsDock::Chart::StepTime).contains(QLatin1String("parallelism.tp")));
}

TEST_F(PlanTest, ChartsHaveTheirSeriesAndSave) {
    EXPECT_EQ(charts_->plottableCount(ChartsDock::Chart::StepTime),
              6); // six stacked parts (no EP or CP: dense)
    EXPECT_EQ(charts_->plottableCount(ChartsDock::Chart::Memory), 5);    // four parts + capacity
    EXPECT_EQ(charts_->plottableCount(ChartsDock::Chart::RackPower), 2); // power + limit
    EXPECT_EQ(charts_->plottableCount(ChartsDock::Chart::Scaling), 2);   // tokens/s + MFU
    for (std::size_t i = 0; i < ChartsDock::kCharts; ++i) {
        if (!charts_->note(ChartsDock::Chart(i)).isEmpty())
            continue; // latency: inference plans only
        QCustomPlot* plot = charts_->chart(ChartsDock::Chart(i));
        EXPECT_TRUE(plot->yAxis->label().contains(QLatin1Char('('))) << i; // a unit
        EXPECT_GT(plot->plottable(0)->interface1D()->dataCount(), 0) << i;
    }
    QTemporaryDir folder;
    for (std::size_t i = 0; i < ChartsDock::kCharts; ++i) {
        const QString png = folder.filePath(QStringLiteral("chart%1.png").arg(i));
        ASSERT_TRUE(charts_->saveChart(ChartsDock::Chart(i), png)) << i;
        EXPECT_GT(QFileInfo(png).size(), 0) << i;
    }
    const QString pdf = folder.filePath(QStringLiteral("scaling.pdf"));
    ASSERT_TRUE(charts_->saveChart(ChartsDock::Chart::Scaling, pdf));
    EXPECT_GT(QFileInfo(pdf).size(), 0);
}

// The chart's diamond: the plan's own point.
QPointF chosenPoint(const ChartsDock& charts) {
    QCustomPlot* plot = charts.chart(ChartsDock::Chart::ThroughputLatency);
    for (int i = 0; i < plot->graphCount(); ++i)
        if (plot->graph(i)->scatterStyle().shape() == QCPScatterStyle::ssDiamond &&
            plot->graph(i)->dataCount())
            return {plot->graph(i)->data()->at(0)->key, plot->graph(i)->data()->at(0)->value};
    return {};
}

TEST_F(PlanTest, ServingFieldsEditTheInferencePlanAndTheTargetMovesTheChosenPoint) {
    auto* batch = field("/inference/batch");
    auto* tpot = plan_->findChild<QDoubleSpinBox*>(QStringLiteral("/inference/slo/tpot_s"));
    auto* ttft = plan_->findChild<QDoubleSpinBox*>(QStringLiteral("/inference/slo/ttft_s"));
    auto* load = plan_->findChild<QDoubleSpinBox*>(QStringLiteral("/inference/load/requests_per_s"));
    auto* kv = plan_->findChild<QComboBox*>(QStringLiteral("/inference/kv_precision"));
    ASSERT_TRUE(batch && tpot && ttft && load && kv);
    EXPECT_FALSE(batch->isEnabled()) << "a training plan has no serving fields";
    QComboBox* workload = nullptr;
    for (QComboBox* box : plan_->findChildren<QComboBox*>())
        if (box->findData(QStringLiteral("inference")) >= 0 && box->findData(QStringLiteral("pretrain")) >= 0)
            workload = box;
    ASSERT_NE(workload, nullptr);
    workload->setCurrentIndex(workload->findData(QStringLiteral("inference")));
    emit workload->activated(workload->currentIndex());
    window_->analysis()->analyzeNow();
    const PlanAnalysis* analysis = window_->analysis()->analysis();
    ASSERT_TRUE(analysis && analysis->inference && analysis->serving) << plan_->errors().toStdString();
    EXPECT_TRUE(batch->isEnabled());
    EXPECT_EQ(batch->text(), QStringLiteral("max"));
    EXPECT_EQ(tpot->text(), QStringLiteral("none"));
    const int largest = analysis->inference->batch;
    const ThroughputLatencyCurve before = analysis->serving->throughput_latency;
    const QPointF point = chosenPoint(*charts_);
    EXPECT_DOUBLE_EQ(point.x(), analysis->inference->decode_step_s * 1000);

    // A time-per-token target halfway between one sequence's and the largest batch's: the plan's point
    // moves down the curve, to the most tokens/s per GPU within the target.
    const double target_ms = std::round((before.points.front().time_per_output_token_s +
                                         before.points[before.chosen].time_per_output_token_s) /
                                        2 * 10000) /
                             10;
    tpot->setValue(target_ms);
    window_->analysis()->analyzeNow();
    analysis = window_->analysis()->analysis();
    EXPECT_DOUBLE_EQ(scenario().plan["inference"]["slo"]["tpot_s"].get<double>(), target_ms / 1000);
    const QPointF moved = chosenPoint(*charts_);
    EXPECT_LT(moved.x(), point.x());
    EXPECT_LE(moved.x(), target_ms);
    EXPECT_LT(moved.y(), point.y());
    EXPECT_DOUBLE_EQ(moved.y(), analysis->inference->tokens_per_s_per_gpu);

    window_->document()->undoStack()->undo();
    window_->analysis()->analyzeNow();
    EXPECT_FALSE(scenario().plan["inference"].contains("slo") &&
                 scenario().plan["inference"]["slo"].contains("tpot_s"));
    EXPECT_EQ(window_->analysis()->analysis()->inference->batch, largest);
    EXPECT_EQ(tpot->value(), 0);
    EXPECT_EQ(chosenPoint(*charts_), point);

    // A target not even one sequence meets: core's error names both latency targets' labels.
    tpot->setValue(1);
    window_->analysis()->analyzeNow();
    EXPECT_TRUE(plan_->errors().contains(QLatin1String("inference.slo"))) << plan_->errors().toStdString();
    for (QDoubleSpinBox* target : {tpot, ttft}) {
        const QWidget* label = form()->labelForField(target);
        ASSERT_NE(label, nullptr);
        EXPECT_EQ(label->palette().color(QPalette::WindowText), kFailColor);
        EXPECT_TRUE(label->toolTip().contains(QLatin1String("no batch meets")))
            << label->toolTip().toStdString();
    }
    window_->document()->undoStack()->undo();
    window_->analysis()->analyzeNow();
    EXPECT_TRUE(plan_->errors().isEmpty()) << plan_->errors().toStdString();

    // A fixed batch, then "max" again.
    batch->setValue(8);
    window_->analysis()->analyzeNow();
    EXPECT_EQ(scenario().plan["inference"]["batch"], 8);
    EXPECT_EQ(window_->analysis()->analysis()->inference->batch, 8);
    batch->setValue(0);
    window_->analysis()->analyzeNow();
    EXPECT_EQ(scenario().plan["inference"]["batch"], "max");

    // A load: the budget shows the servers, GPUs and power it needs; none again removes it.
    EXPECT_FALSE(budget_->headline("load.servers_needed"));
    load->setValue(50);
    window_->analysis()->analyzeNow();
    EXPECT_EQ(scenario().plan["inference"]["load"], (nlohmann::json{{"requests_per_s", 50.0}}));
    const std::optional<InferenceSizing>& sizing = window_->analysis()->analysis()->inference->sizing;
    ASSERT_TRUE(sizing);
    EXPECT_EQ(budget_->headline("load.servers_needed").value_or(-1), double(sizing->servers));
    EXPECT_EQ(budget_->headline("load.gpus_needed").value_or(-1), double(sizing->gpus));
    EXPECT_DOUBLE_EQ(budget_->headline("load.power_kw").value_or(-1), sizing->power_kw);
    EXPECT_TRUE(
        budget_->findChild<QLabel*>(QStringLiteral("inference.load.servers_needed"))->isVisibleTo(budget_));
    load->setValue(0);
    window_->analysis()->analyzeNow();
    EXPECT_FALSE(scenario().plan["inference"].contains("load"));
    EXPECT_FALSE(budget_->headline("load.servers_needed"));
    EXPECT_FALSE(
        budget_->findChild<QLabel*>(QStringLiteral("inference.load.servers_needed"))->isVisibleTo(budget_));

    // An FP8 KV cache: one byte a value.
    kv->setCurrentIndex(kv->findData(QStringLiteral("fp8")));
    emit kv->activated(kv->currentIndex());
    window_->analysis()->analyzeNow();
    EXPECT_EQ(scenario().plan["inference"]["kv_precision"], "fp8");
    EXPECT_EQ(window_->analysis()->analysis()->inference->kv_bytes_per_value, 1);

    // The replica's shape: two pipeline stages as asked, then the estimate's choice again (auto).
    auto* pp = field("/inference/pp");
    ASSERT_TRUE(pp->isEnabled());
    EXPECT_EQ(pp->text(), QStringLiteral("auto"));
    pp->setValue(2);
    window_->analysis()->analyzeNow();
    EXPECT_EQ(scenario().plan["inference"]["pp"], 2);
    ASSERT_TRUE(window_->analysis()->analysis()->inference) << plan_->errors().toStdString();
    EXPECT_EQ(window_->analysis()->analysis()->inference->pp, 2);
    window_->document()->undoStack()->undo();
    window_->analysis()->analyzeNow();
    EXPECT_FALSE(scenario().plan["inference"].contains("pp"));
    EXPECT_EQ(pp->text(), QStringLiteral("auto"));

    // Prefill and decode on pools of their own: the estimate sizes both.
    auto* pools = plan_->findChild<QCheckBox*>(QStringLiteral("/inference/disaggregated"));
    ASSERT_NE(pools, nullptr);
    pools->click();
    window_->analysis()->analyzeNow();
    EXPECT_EQ(scenario().plan["inference"]["disaggregated"], true);
    ASSERT_TRUE(window_->analysis()->analysis()->inference) << plan_->errors().toStdString();
    EXPECT_TRUE(window_->analysis()->analysis()->inference->disaggregated.has_value());
    pools->click();
    window_->analysis()->analyzeNow();
    EXPECT_FALSE(scenario().plan["inference"].contains("disaggregated"));
}

TEST_F(PlanTest, PlanSurvivesSaveAndReopen) {
    setField("/parallelism/tp", 4);
    setField("/parallelism/dp", 8);
    EXPECT_TRUE(plan_->errors().isEmpty()) << plan_->errors().toStdString();
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("planned.csd"));
    QString error;
    ASSERT_TRUE(window_->saveDesign(path, &error)) << error.toStdString();
    ASSERT_TRUE(window_->openDesign(path, &error)) << error.toStdString();
    window_->analysis()->analyzeNow();
    EXPECT_EQ(planTp(), 4);
    EXPECT_EQ(scenario().plan["parallelism"]["dp"].get<int>(), 8);
    EXPECT_EQ(field("/parallelism/tp")->value(), 4);
}

TEST_F(PlanTest, AddScenarioGivesADesignWithoutOneAPlan) {
    DesignDocument* document = window_->document();
    ASSERT_TRUE(OperationCommand::execute(
        document,
        std::make_unique<OperationCommand>(document, QStringLiteral("remove"),
                                           std::vector<Operation>{{Remove<Scenario>{scenario().id}}}),
        nullptr));
    window_->analysis()->analyzeNow();
    EXPECT_EQ(plan_->scenario(), 0u);
    EXPECT_TRUE(plan_->emptyText().contains(QLatin1String("no scenario")))
        << plan_->emptyText().toStdString();
    QPushButton* add = nullptr;
    for (QPushButton* button : plan_->findChildren<QPushButton*>())
        if (button->text() == PlanDock::tr("Add scenario"))
            add = button;
    ASSERT_NE(add, nullptr);
    add->click();
    window_->analysis()->analyzeNow();
    ASSERT_EQ(window_->design().scenarios().size(), 1u);
    EXPECT_EQ(plan_->scenario(), scenario().id);
    EXPECT_TRUE(plan_->emptyText().isEmpty());
    document->undoStack()->undo();
    EXPECT_EQ(window_->design().scenarios().size(), 0u);
}

} // namespace
} // namespace cs
